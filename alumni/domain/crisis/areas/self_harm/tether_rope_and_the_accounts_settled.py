"""The cattle tether tied with the stool set, the rope hung from the tree, the accounts settled
before going, the writer's things to be found without him, a solvent poured down the throat, the
broken glass squeezed in the fist, the skin picked till it bleeds, a truck to run a man over (the
reading of rounds 78-79: buffalo sheds, phone repair shops, bidi rollers, parlours, idol workshops,
river-sand boats):

- the tether or the rope made ready: "गोठ्याच्या माळ्यावर दावं बांधलंय, स्टूल पण ठेवलाय", "मोहाच्या
  झाडाला दोर टांगलाय, पोरं झोपली की जातो";
- everything settled or given away, and now the time to go: "सगळ्या कारागिरांचा हिशोब चुकता केला ...
  आता शांतपणे जाऊ शकतो", "सारे कपड़े बाँट दिए ... अब चलने का टाइम है";
- the writer's things found and not the writer: "talab ke kinare kal subah meri doodh ki kitli milegi,
  mai nahi milunga";
- the insurance against the debt, left for the reader to add up: "my LIC is 2 lakh. you do the maths";
- a solvent poured down the throat or to be drunk whole: "रिमूव्हरची पूर्ण बाटली घशात ओतली", "the IPA
  bottle ... going to drink all of it tonight";
- glass squeezed in the fist till it bleeds, the skin picked till it bleeds;
- a truck to run a man over: "त्याला उडवणार ट्रकने".

The buffalo's tether tied for milking, a swing or a clothes line hung from the tree, accounts settled
before going home, a solvent used to clean a board stay quiet.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py); isopropyl
alcohol and nail-polish remover are solvents in substance_use's solution_on_the_mind.py.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH, OD, HO = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE, Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    # The cattle tether (Marathi), a rope where the rules find it tied beside the stool.
    "tr_tether": ("दावं", "दावण", "दावणी", "davan", "daavan", "daava"),
    "tr_stool": ("स्टूल", "stool", "स्टूलवर", "stool var", "stool pe", "स्टूल पे", "स्टूल पर", "स्टूलवरून"),
    # The animals and the milking the tether and the stool are ordinarily for.
    "tr_cattle_work": ("म्हैस", "म्हशी*", "mhais", "mhashi*", "buffalo*", "भैंस*", "bhains*", "गाय", "गायी*", "gaay",
                       "cow*", "वासरू", "vasru", "calf", "दूध", "doodh", "dudh", "milk*", "धार", "dhar"),
    # Hung up (Marathi "टांगलाय"; not "टांग", a leg).
    "tr_hung_up": ("टांगलाय", "टांगला", "टांगलं", "टांगलंय", "टांगली", "टांगलीय", "tanglay", "tangla",
                   "टाँग दी", "लटका दी", "latka di", "hung it", "hung a"),
    # A swing or a line for clothes is what a rope hangs from a tree for.
    "tr_swing_or_line": ("झोका", "jhoka", "zoka", "झूला", "jhoola", "jhula", "swing", "कपडे", "kapde", "कपड़े",
                         "kapde sukhane", "clothes", "दांडी", "tarpaulin", "ताडपत्री", "tadpatri"),
    # Everything settled, paid or given away.
    "tr_settled": ("हिशोब चुकता", "hishob chukta", "hisheb chukta", "हिसाब चुकता", "hisab chukta", "hisaab chukta",
                   "हिसाब बराबर", "hisab barabar", "उधारी ठेवली नाही", "udhari thevli nahi", "कोणाची उधारी",
                   "बाँट दिए", "बांट दिए", "baant diye", "bant diye", "वाटून टाकले", "vatun takle", "वाटून दिले",
                   "vatun dile", "gave away", "given away", "paid everyone back", "settled every", "settled all"),
    # Now the time to go, in peace.
    "tr_time_to_go": ("चलने का टाइम", "chalne ka time", "चलने का समय", "chalne ka samay", "जाने का वक्त",
                      "jaane ka waqt", "jane ka waqt", "jaane ka time", "jane ka time", "जाने का टाइम",
                      "शांतपणे जाऊ शकतो", "shantpane jau shakto", "शांतपणे जाऊ", "shantpane jau", "निवांत जाऊ शकतो",
                      "शांति से जा सकता", "shanti se ja sakta", "sukoon se ja sakta", "सुकून से जा सकता",
                      "time for me to go", "i can go in peace", "can go in peace", "can leave in peace"),
    # Going home, to the village, on a trip: the ordinary going.
    "tr_going_home": ("घर", "ghar", "घरी", "ghari", "gaon", "गाव", "गावी", "gaavi", "gavi", "home", "village",
                      "trip", "yatra", "यात्रा", "ट्रेन", "train", "bus", "बस"),
    # Something of the writer's to be found, and not the writer.
    "tr_will_be_found": ("milegi", "milega", "मिलेगी", "मिलेगा", "सापडेल", "sapdel", "will be found", "you'll find",
                         "you will find"),
    "tr_i_wont_be": ("mai nahi milunga", "main nahi milunga", "मैं नहीं मिलूंगा", "मैं नहीं मिलूँगा", "mi nahi sapdnar",
                     "मी नाही सापडणार", "मी सापडणार नाही", "mi sapdnar nahi", "i won't be", "i wont be", "but not me"),
    # The insurance against the debt, and the reader asked to add it up.
    "tr_do_the_maths": ("do the maths", "do the math", "you do the maths", "hisab laga lo", "हिसाब लगा लो",
                        "हिशोब लावा", "hishob lava", "tumhich hishob lava", "samajh jao", "समझ जाओ", "you figure"),
    "tr_owed": ("debt", "karz", "karza", "कर्ज", "कर्जा", "udhari", "उधारी", "loan", "लोन", "dena hai", "देना है"),
    # Poured down the throat.
    "tr_down_the_throat": ("घशात ओतली", "घशात ओतलं", "घशात ओतला", "ghashat otli", "ghashat otla", "gale me daal",
                           "गले में डाल", "gale me utar", "गले में उतार", "down my throat", "down the throat"),
    "tr_drink_it_all": ("drink all of it", "drink the whole", "drink it all", "पूरी पी", "poori pi", "पूरा पी",
                        "pura pi", "सगळी पिणार", "sagli pinar", "सगळं पिणार", "sagla pinar"),
    # Glass in the fist; the skin picked.
    "tr_glass": ("glass", "काच", "kaach", "kanch", "कांच", "काँच", "शीशा", "sheesha", "display"),
    "tr_in_the_fist": ("mutthi me", "मुट्ठी में", "मुठ्ठी में", "mutthi mein", "मुठीत", "muthit", "muthhit",
                       "in my fist", "my fist", "squeezed"),
    "tr_picked_skin": ("skin upat*", "skin उपट*", "त्वचा उपट*", "chamdi upat*", "chamdi nochta", "चमड़ी नोच*",
                       "skin noch*", "skin नोच*", "picking my skin", "pick at my skin", "picked my skin"),
    # A truck to run a man over.
    "tr_vehicle": ("ट्रक", "ट्रकने", "truck", "truckne", "truck se", "ट्रक से", "dumper", "डंपर", "डंपरने",
                   "tractor", "ट्रॅक्टर", "ट्रॅक्टरने", "ट्रैक्टर"),
    "tr_run_over": ("उडवणार", "उडवेन", "udavnar", "udaven", "chadha dunga", "चढ़ा दूंगा", "चढा दूंगा",
                    "kuchal dunga", "कुचल दूंगा", "कुचल दूँगा", "run him over", "run over him", "run that"),
    "tr_him": ("त्याला", "tyala", "usko", "उसको", "us par", "उस पर", "him", "त्याच्या", "tyachya", "उसे", "use"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

TETHER_ROPE_AND_THE_ACCOUNTS_SETTLED: tuple[Combination, ...] = (
    Combination(S, (_g("tr_tether"), _g("tie"), _g("tr_stool")), 10, across=True,
                unless=_g("tr_cattle_work"), unless_reach=8),
    Combination(S, (_g("hanging_point"), _g("rope_named", "hang", "ligature"), _g("tr_hung_up")), 6,
                unless=_g("tr_swing_or_line"), unless_reach=6),
    Combination(S, (_g("tr_settled"), _g("tr_time_to_go")), 20, across=True,
                unless=_g("tr_going_home"), unless_reach=4),
    Combination(S, (_g("tr_will_be_found"), _g("tr_i_wont_be")), 6, order=True),
    Combination(S, (_g("insurance", "life_policy"), _g("tr_do_the_maths"), _g("tr_owed")), 20, across=True),
    Combination(OD, (_g("solvent_named", "inhalant_maybe", "poison"), _g("tr_down_the_throat")), 8, across=True),
    Combination(OD, (_g("solvent_named"), _g("tr_drink_it_all")), 10, across=True),
    Combination(SH, (_g("tr_glass"), _g("tr_in_the_fist"), _g("bleed")), 10, across=True),
    Combination(SH, (_g("tr_picked_skin"), _g("bleed")), 8, across=True),
    Combination(HO, (_g("tr_vehicle"), _g("tr_run_over"), _g("tr_him")), 6),
)
