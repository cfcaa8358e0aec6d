"""Self-harm told by people who inject or are on a substitution dose: old injection marks or
wounds picked open on purpose or till they bleed; slapping oneself till the lips split; one's
fingers or hand burnt with a lighter or a cigarette ("lighter से अपनी उंगलियां जलाईं", "सिगारेटने
हात जाळतोय", also when a peer reports it); an empty needle pushed into one's own thigh; blood
seen and calm felt ("ragat disla ki shant vatta"); a blade drawn across a calf, a thigh or a
wrist.

What keeps each quiet is named beside it: an accident, a mistake, the kitchen or a shave
("दाढी करताना", "galti se"); a slap on one's own face said as a figure ("jaise apne munh pe
thappad") stays quiet because it needs the striking kept up or the hurt it left.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SH = Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # Picking or scratching a wound open.
    "hod_pick_open": (
        "picking open", "pick open", "picked open", "picking at", "scratching open", "scratch open",
        "scratched open", "kured", "kured ke", "कुरेद", "कुरेदता", "कुरेदती", "kuredta", "khartadto", "खरवडतो",
        "kharavadto", "ukhadto", "उकरतो", "ukarto",
    ),
    # The marks and wounds: injection marks, scabs, tracks, "जखम".
    "hod_wound": (
        "marks", "injection marks", "track marks", "tracks", "scabs", "scab", "wounds", "wound", "zakham",
        "ज़ख्म", "जख्म", "jakham", "जखम", "जखमा", "nishan", "निशान", "vran", "व्रण", "khapli", "खपली",
    ),
    # Done on purpose or kept at: "on purpose", "till it bleeds", "i still do it".
    "hod_meant_or_kept": (
        "on purpose", "jaan bujh ke", "जान बूझ के", "जानबूझकर", "muddam", "मुद्दाम", "till it bleeds",
        "till they bleed", "khoon aane tak", "खून आने तक", "ragat yeiparyant", "रक्त येईपर्यंत",
        "i still do it", "still do it", "keep doing it", "can't stop", "cant stop", "every night",
    ),
    # Slapping one's own face.
    "hod_self_slap": (
        "apne hi munh pe thappad", "apne munh pe thappad", "अपने ही मुंह पर थप्पड़", "अपने मुंह पर थप्पड़",
        "khud ko thappad", "खुद को थप्पड़", "apne aap ko thappad", "अपने आप को थप्पड़", "slapped myself",
        "slapping myself", "swatahla thobadit", "स्वतःच्या थोबाडीत", "स्वतःला थोबाडीत", "swatachya thobadit",
    ),
    # Kept up, or till it hurt: "maarta raha", "jab tak hont phat gaye", "till my lip split".
    "hod_till_hurt": (
        "maarta raha", "मारता रहा", "maarti rahi", "मारती रही", "jab tak", "जब तक", "phat gaye", "फट गए",
        "phat gaya", "फट गया", "till my lip", "till it bled", "kept slapping", "marat rahilo", "मारत राहिलो",
        "फुटेपर्यंत", "futeparyant", "khoon", "खून", "ragat", "रक्त",
    ),
    # The hand and fingers: one's own.
    "hod_hand": (
        "ungliyan", "उंगलियां", "उंगलियाँ", "ungli", "उंगली", "fingers", "finger", "hath", "हाथ", "haat", "हात",
        "bote", "बोटं", "बोटे", "hand", "hands", "kalai", "कलाई", "arm",
    ),
    # Burnt by oneself: "जलाईं", "jala li", "जाळतोय", "burnt".
    "hod_burnt": (
        "jalayi", "jalai", "जलाईं", "जलाई", "जलाए", "jala di", "जला दी", "jala li", "जला ली", "jala liya",
        "जला लिया", "burnt", "burned", "burning", "jaalla", "जाळला", "जाळले", "जाळतोय", "जाळतो", "jaltoy",
        "jaalto", "jaaltoy", "चटके दिले", "chatke dile", "daag diya", "दाग दिया",
    ),
    # The lighter or the cigarette.
    "hod_flame": (
        "lighter", "लाइटर", "लायटर", "cigarette", "सिगरेट", "सिगारेट", "सिगारेटने", "beedi", "बीड़ी", "बिडी",
        "matchstick", "maachis", "माचिस", "kaadi", "काडी",
    ),
    # An accident, a mistake, the kitchen, a shave: an ordinary hurt.
    "hod_accident": (
        "galti se", "गलती से", "chukun", "चुकून", "by mistake", "accidentally", "accident", "by accident",
        "daadhi karte", "दाढ़ी करते", "दाढी करताना", "dadhi kartana", "while shaving", "shaving karte",
        "chulha", "चूल्हा", "stove", "gas", "roti", "रोटी", "chapati", "chai", "चाय", "cooking", "diwa",
        "दिवा", "pooja", "पूजा", "patakha", "पटाखा", "fatake", "फटाके", "kitchen",
        # round 55: the halwai's kadhai while frying
        "frying", "while frying", "talte", "तलते", "talatana", "तळताना", "talat hoto", "तळत होतो",
    ),
    # Pushed into one's own flesh: "khupasto", "gadaata hu", "stab".
    "hod_pushed_in": (
        "khupasto", "खुपसतो", "khupasla", "खुपसली", "खुपसला", "khupasli", "chubhata", "चुभाता", "chubho",
        "chubha leta", "चुभा लेता", "gadata", "गड़ाता", "stab", "stabbing", "jab it", "poke", "poking",
    ),
    # One's own flesh: thigh, calf, arm, "swatachya mandit".
    "hod_own_flesh": (
        "swatachya mandit", "स्वतःच्या मांडीत", "apni jaangh", "अपनी जांघ", "apni jangh", "my thigh", "my arm",
        "my leg", "my skin", "mandit", "मांडीत", "मांडीवर", "mandivar", "पोटरीवर", "potrivar", "पोटरी",
        "potri", "पिंडरी", "pindli", "पिंडली", "calf", "thigh", "jangh", "जांघ", "managat", "मनगट", "मनगटावर",
        "wrist",
        # round 31: "cannula ki sui se ... apne pair me chubhata"
        "apne pair me", "अपने पैर में", "apne pairon me",
    ),
    # Blood seen, and calm: "ragat disla ki shant vatta".
    "hod_blood_calm": (
        "ragat disla ki shant", "रक्त दिसलं की शांत", "रक्त दिसलं की बरं", "ragat baghun shant", "रक्त बघून शांत",
        "khoon dekh ke sukoon", "खून देख के सुकून", "खून देखकर सुकून", "khoon dekh ke shanti", "खून देख के शांति",
        "seeing blood calms", "blood calms me", "calm when i see blood", "calm when i bleed",
    ),
    # A blade: "ब्लेडने", "blade se".
    "hod_blade": ("blade", "ब्लेड", "ब्लेडने", "bladene", "blade se", "ब्लेड से", "razor", "रेज़र", "patti", "पत्ती"),
    # Cut: "कापलं", "kaat liya", "cut".
    "hod_cut_done": (
        "कापलं", "कापले", "कापला", "kapla", "kaapla", "kaat liya", "काट लिया", "kaat diya", "काट दिया", "cut",
        "chira", "चीरा", "ghasla", "घासलं", "ओढलं", "odhla",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

HURT_OVER_THE_DOSE: tuple[Combination, ...] = (
    # Wounds picked open, on purpose or kept at.
    Combination(SH, (_g("hod_pick_open"), _g("hod_wound"), _g("hod_meant_or_kept")), 12, across=True,
                unless=_g("hod_accident"), unless_reach=3),
    # Slapping oneself, kept up or till it split.
    Combination(SH, (_g("hod_self_slap"), _g("hod_till_hurt")), 8),
    # Fingers or a hand burnt with a lighter or a cigarette; an accident or the kitchen keeps it quiet.
    Combination(SH, (_g("hod_flame"), _g("hod_hand"), _g("hod_burnt")), 6,
                unless=_g("hod_accident"), unless_reach=4),
    # A needle or something sharp pushed into one's own flesh.
    Combination(SH, (_g("needle", "fest_hurt_small_sharp"), _g("hod_own_flesh"), _g("hod_pushed_in")), 6,
                unless=_g("hod_accident"), unless_reach=3),
    # Blood seen and calm felt.
    Combination(SH, (_g("hod_blood_calm"),), 0),
    # A blade across a calf, a thigh or a wrist; a shave's nick or an accident is another cut.
    Combination(SH, (_g("hod_blade"), _g("hod_own_flesh"), _g("hod_cut_done")), 6,
                unless=_g("hod_accident"), unless_reach=4),
)
