"""Self-harm told by laundries and repair shops (round 44, holdouts 146, 147 and 149): a hot tool
laid on one's own skin (the coal iron on the thigh, the soldering tip on the wrist, the heat gun
on the arm, the palm held on the steam press's plate), a screwdriver driven into one's own hand,
bleach rubbed in until the skin came off, the face scratched with the nails or a leg scraped on
purpose; and (round 45, holdout 150) caustic poured on one's own hand on purpose, the head banged
on the loom's frame in a rage; (rounds 46-47) a finger held to the polishing wheel on purpose, the
head banged again and again till it bled. A tool that
slipped ("soldering iron se haath jal gaya", "burnt while ironing") is an accident, and the
burn is said in the deliberate form ("जला दी", "भाजून घेतली", "रख दी"), not the passive one.
Words and the rules that read them (appended to the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SH = Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    "ht_hot_tool": ("soldering", "सोल्डरिंग", "solder", "soldering iron", "heat gun", "हीट गन", "heatgun", "हीट गनने",
                    "heat gun ne", "हीट गन से", "heat gun se", "steam press", "press plate", "प्रेस की गरम भाप",
                    "कोयले वाली इस्त्री", "koyle wali istri", "कोळशाची इस्त्री", "garam tip", "गरम टिप", "hot tip",
                    "garam bhaap", "गरम भाप", "गरम वाफ", "garam vaaf", "hot rod", "garam salakh", "गरम सलाख", "गरम सळई",
                    "garam sali", "गरम इस्त्री", "garam istri", "hot iron", "istri", "इस्त्री",
                    # a flame, a furnace, a hot pipe, pan or oil (rounds 48-49)
                    "गैस की लौ", "gas ki lau", "लौ पर", "lau pe", "flame", "the flame", "भट्टी पर", "bhatti pe",
                    "bhatti par", "भट्टीवर", "bhattivar", "garam pipe", "गरम pipe", "गरम पाइप", "hot pipe",
                    "roasting pan", "hot pan", "तव्यावर", "tavyavar", "garam tawe", "गरम तवे", "hot oil",
                    "hot shell oil", "garam tel", "गरम तेल", "गरम तेलात", "garam telat",
                    # a burning coal (round 51, potters)
                    "jalta kolsa", "जळता कोळसा", "jalta koyla", "जलता कोयला", "burning coal", "hot coal",
                    # tongs heated on the stove (round 54)
                    "chimta garam", "चिमटा गरम", "garam chimta", "गरम चिमटा", "hot tongs"),
    # Warmth put on an ache: "garam tel hatala lavla, dukhat hota" (a remedy, not a burn).
    "ht_remedy": ("dukhat", "दुखत", "dard", "दर्द", "maalish", "मालिश", "massage", "sujan", "सूज", "aaram", "आराम",
                  "shek", "शेक", "malam", "मलम", "balm", "vicks", "ointment"),
    # Laid on the skin or held there, the writer's act.
    "ht_laid_on": ("lavla", "लावला", "लावलं", "lavli", "लावली", "रख दी", "रख दिया", "रख दिये", "rakh di", "rakh diya", "rakh dia", "पर हाथ रखा", "pe haath rakha",
                   "ठेवली", "thevli", "ठेवला", "thevla", "ठेवून दिला",
                   "pressed it on", "pressed it to", "touched it to", "जला दी", "जला दिया", "jala di", "jala diya", "jala dali", "जला डाली", "भाजून घेतली",
                   "भाजून घेतला", "bhajun ghetli", "bhajun ghetla", "bhajun ghetle", "भाजून घेतलं", "burnt my",
                   "burned my"),
    # The hand laid on it, the body named with the act: "hold my palm on", "पर हाथ रखा".
    "ht_hand_held_on": ("hold my palm on", "held my palm on", "held my hand on", "hold my hand on", "पर हाथ रखा",
                        "pe haath rakha", "par haath rakha", "पे हाथ रखा", "वर हात ठेवला", "var haat thevla",
                        "हाथ दबा के रखा", "haath daba ke rakha", "हात दाबून ठेवला", "haat dabun thevla",
                        "hatat dharla", "हातात धरला", "haath me pakda", "हाथ में पकड़ा", "held it in my hand"),
    # The body laid on it: thigh, wrist, calf, palm ("कलाई" alone folds onto "खाली", empty).
    "ht_skin": ("jangh", "जाँघ", "जांघ", "जांघ पर", "thigh", "palm", "palms", "कलाई पे", "कलाई पर", "kalai pe", "kalai par", "wrist", "बांह",
                "baanh", "banh", "पोटरी", "potri", "पोटरीला", "arm", "arms", "हाथ", "haath", "hath", "हात", "hatavar",
                "हातावर", "मांडी", "मांडीवर", "mandi var", "mandivar", "dand", "दंड", "दंडावर"),
    # A pointed tool driven into one's own hand, again and again.
    "ht_own_body": ("स्वतःच्या हातावर", "swatahchya hatavar", "swatachya hatavar", "अपनी ही उंगलियों",
                    "apni hi ungliyon", "apne hi haath", "अपने ही हाथ", "my own hand", "my own palm"),
    "ht_driven": ("टोचत", "tochat", "टोचलं", "tochla", "tochli", "टोचली", "मूठ मारता", "muth marta", "maarta raha",
                  "मारता रहा", "jabbing", "jabbed", "stabbing my", "stabbed my", "ghusadta", "घुसाड"),
    # Bleach or acid rubbed in until the skin came off.
    "ht_rubbed": ("ragadta", "रगड़ता", "रगडता", "ragda", "ragad", "रगड़", "scrubbed", "scrubbing", "ghasla", "घासलं",
                  "ghasat", "घासत", "rubbed", "rubbing"),
    "ht_until_skin": ("jab tak chamdi", "जब तक चमड़ी", "जब तक चमडी", "till the skin", "until the skin",
                      "साल निघेपर्यंत", "saal nighe paryant", "kaatdi nighe paryant", "कातडी निघेपर्यंत",
                      # the skin peeled (round 50): "phenyl daal ke ragad diya, chamdi chhil gayi"
                      "chamdi chhil", "चमड़ी छिल", "chamdi chil", "skin peeled", "skin came off", "साल निघाली",
                      "saal nighali"),
    # The polishing wheel or the grinder, a finger held to it on purpose (round 46, diamond units).
    "ht_wheel": ("ghanti", "घंटी", "ghantivar", "घंटीवर", "ghanti pe", "polishing wheel", "grinding wheel",
                 "the wheel", "grinder", "ग्राइंडर", "grinderla", "ग्राइंडरला"),
    # The head banged again and again, till it bled (rounds 46-47).
    "ht_banged_again": ("aadalto", "आदळतो", "aadalla", "आदळलं", "आदळत", "kept banging", "bang my head",
                        "banging my head", "sir patakta", "सिर पटकता", "sir patak", "सिर पटक",
                        # round 50: "hit my head on the pole again n again"
                        "hit my head", "hitting my head", "again n again", "again and again"),
    "ht_till_blood": ("ragat yeiparyant", "रक्त येईपर्यंत", "ragat yeparyant", "khoon aane tak", "खून आने तक",
                      "till it bled", "until it bled", "bleeding a bit", "forehead all swollen", "when no one is around",
                      "till it bleeds", "until it bleeds", "khoon nikal aaya", "खून निकल आया", "khoon nikal aya",
                      "ragat aala", "रक्त आलं", "रक्त आले", "forehead bleeding", "head bleeding", "forehead is bleeding",
                      "knuckles split", "knuckles bleeding"),
    # The face scratched with the nails.
    "ht_nails": ("नखांनी", "nakhanni", "nakhani", "nakhon se", "नाखूनों से", "नाखून से", "nakhun se", "with my nails"),
    "ht_scratched": ("ओरबाडतो", "orbadto", "ओरबाडलं", "orbadla", "ओरबाडते", "nochta", "नोचता", "nochti", "नोचती",
                     "noch liya", "नोच लिया", "scratch my face", "scratched my face", "scratching my face",
                     "khurach", "खुरच", "khurchadla", "खुरचडला", "kharchatla", "खरचटलं", "खरचटला"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_SLIPPED = _g("burnt_by_mistake", "ll_accident", "relation", "third_person")

HOT_TOOL_ON_THE_SKIN: tuple[Combination, ...] = (
    # (in this order: "soldering iron stand pe rakh diya aur haath dhoya" put the tool down)
    Combination(SH, (_g("ht_hot_tool"), _g("ht_skin", "cut_site", "hand_part", "bop_arm"), _g("ht_laid_on")), 7,
                order=True, unless=_SLIPPED + _g("ht_remedy"), unless_reach=4),
    Combination(SH, (_g("ht_hot_tool"), _g("ht_hand_held_on")), 5, unless=_SLIPPED, unless_reach=4),
    # The hand named first: "हाथ गैस की लौ पर रख दिया", "अपना हाथ भट्टी पर रख दिया" (rounds 48-49).
    Combination(SH, (_g("ht_skin", "hand_part"), _g("ht_hot_tool"), _g("ht_laid_on")), 6,
                order=True, unless=_SLIPPED, unless_reach=4),
    Combination(SH, (_g("ht_own_body"), _g("bp_pointed_tool"), _g("ht_driven")), 6),
    Combination(SH, (_g("ht_own_body"), _g("ht_driven"), _g("bp_pointed_tool")), 6),
    Combination(SH, (_g("ht_rubbed"), _g("ht_until_skin")), 4, order=True, unless=_g("relation", "third_person")),
    Combination(SH, (_g("ht_nails"), _g("ht_scratched")), 4, unless=_g("relation", "third_person")),
    # A chemical poured on one's own hand on purpose: "कॉस्टिक जाणूनबुजून हातावर टाकलं" (round 45).
    Combination(SH, (_g("pn_work_chemical", "poison"), _g("on_purpose"), _g("ht_skin", "hand_part", "cut_site")), 5,
                unless=_g("relation", "third_person")),
    # The head banged in a rage: "रागाच्या भरात मागाच्या फ्रेमवर डोकं आपटलं" (round 45).
    Combination(SH, (_g("in_a_rage"), _g("head"), _g("bang")), 8, order=True, unless=_g("relation", "third_person")),
    Combination(SH, (_g("ht_wheel"), _g("on_purpose"), _g("ht_skin", "hand_part", "cut_site", "exh_fingers")), 6,
                unless=_g("relation", "third_person", "burnt_by_mistake")),
    Combination(SH, (_g("ht_banged_again", "bang"), _g("head"), _g("ht_till_blood", "ht_banged_again")), 10,
                across=True, unless=_g("relation", "third_person", "by_accident")),
    # "apna sar shutter pe maarta hu, aaj khoon nikal aaya" (round 49; "sar" is also "sir", a relation).
    Combination(SH, (_g("mine_own", "my_own"), _g("head"), _g("strike"), _g("ht_till_blood")), 10,
                across=True, unless=_g("third_person", "by_accident"), unless_reach=0),
    # Fingers dipped in hot oil on purpose: "dipped my fingers in the hot shell oil ... on purpose".
    Combination(SH, (_g("ht_hot_tool"), _g("on_purpose"), _g("ht_skin", "hand_part", "cut_site", "exh_fingers")), 12,
                across=True, unless=_g("relation", "third_person")),
    # Scraped on purpose: "paay khurchadla muddam".
    Combination(SH, (_g("ht_scratched"), _g("on_purpose")), 3, unless=_g("relation", "third_person")),
    # The wrist scratched raw and hidden (round 56: "तारेने मनगट ओरबाडलं, बायकोपासून लपवतो"); a cat's
    # scratch is not hidden.
    Combination(SH, (_g("vein"), _g("ht_scratched"), _g("hide", "hidden")), 8, across=True,
                unless=_g("third_person"), unless_reach=2),
)
