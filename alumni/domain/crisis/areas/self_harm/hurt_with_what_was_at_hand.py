"""Self-harm said in Marathi- and Hindi-speaking homes with what was at hand: a sharpener's or a
razor's blade taken out and drawn over a thigh or an arm ("sharpener मधलं पातं काढून मांडीवर
ओढलं"); the fist struck on the wall again and again till the knuckles bled; pinching oneself till
the hands went blue.

What keeps each quiet is named beside it: a pencil sharpened or vegetables cut for the blade; a
nail hammered, a wall built or a boxing bag for the fist; a child's game or a photo's pose for
the pinch.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SH = Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # A blade taken out of something ordinary.
    "hh_blade": ("पातं", "paata", "paat", "blade", "ब्लेड", "blaid", "पाती", "razor", "रेझर", "रेज़र"),
    "hh_drawn_over_body": (
        "मांडीवर ओढलं", "mandivar odhla", "मांडीवर", "mandivar", "thigh", "जांघ", "jangh", "जांघ पर",
        "kalai", "कलाई", "मनगटावर", "managatavar", "wrist", "हातावर ओढलं", "hatavar odhla", "ओढलं",
        "odhla", "खींच दिया", "kheench diya", "फिरवलं", "firavla", "pher diya", "फेर दिया",
    ),
    "hh_blade_use": ("pencil", "पेन्सिल", "shave", "shaving", "दाढी", "dadhi", "bhaji", "भाजी", "sabzi",
                     "सब्ज़ी", "kapda", "कापड", "tailor", "craft", "project", "paper", "kagad", "कागद"),
    # The fist on the wall, the knuckles bleeding.
    "hh_fist_on_wall": (
        "fist दीवार", "fist deewar", "fist wall", "मुक्का दीवार", "mukka deewar", "दीवार पे मारता",
        "deewar pe marta", "भिंतीवर बुक्के", "bhintivar bukke", "punched the wall", "punching the wall",
        "मुक्के मारे", "mukke mare", "बुक्के मारले", "bukke marle",
    ),
    "hh_knuckles_bleed": (
        "खून निकल", "khoon nikal", "रक्त आलं", "rakt aala", "bleeding", "bleed",
        "सूज", "sooj", "सुजले", "sujle", "फुटले", "phutle",
    ),
    "hh_wall_use": ("keel", "कील", "nail", "hammer", "हथौड़ा", "boxing", "punching bag", "bag", "practice",
                    "gym", "plaster", "paint", "khela", "खेळ", "game",
                    "match", "india", "lost", "haare", "हारे", "a bit", "thoda", "थोड़ा", "थोडं"),
    # Pinching oneself till bruised.
    "hh_pinch_self": (
        "स्वतःला चिमटे", "swatahla chimte", "khud ko chikoti", "खुद को चिकोटी", "chimte kadhte",
        "चिमटे काढते", "चिमटे काढतो", "pinch myself", "pinching myself", "chikoti kaatti",
        "चिकोटी काटती", "चिकोटी काटता",
    ),
    "hh_bruised": ("निळे", "nile", "निळं", "blue", "नीले", "neele", "bruise", "bruises", "bruised", "निशान",
                   "nishan", "वळ", "val", "काळे", "kale"),
    "hh_pinch_use": ("photo", "pose", "dream", "sapna", "स्वप्न", "swapna", "khel", "खेळ", "bal", "बाळ",
                     "baby", "gaal", "गाल", "cheeks", "joke", "masti", "मस्ती"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

HURT_WITH_WHAT_WAS_AT_HAND: tuple[Combination, ...] = (
    # A blade drawn over a thigh or a wrist; a pencil or vegetables are what a blade is for.
    Combination(SH, (_g("hh_blade"), _g("hh_drawn_over_body")), 8, unless=_g("hh_blade_use"), unless_reach=8),
    # The fist on the wall till the knuckles bled; a nail hammered or a boxing bag is not.
    Combination(SH, (_g("hh_fist_on_wall"), _g("hh_knuckles_bleed")), 14, across=True,
                unless=_g("hh_wall_use"), unless_reach=8),
    # Pinching oneself till bruised; a dream checked or a baby's cheeks is not.
    Combination(SH, (_g("hh_pinch_self"), _g("hh_bruised")), 12, across=True,
                unless=_g("hh_pinch_use"), unless_reach=8),
)
