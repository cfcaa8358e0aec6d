"""Self-harm told in the dialect's verbs (round 11: holdouts 29 and 30): a hand burnt with a
bidi or a cigarette ("bidi ne hat jalavla", "sigrat naal haath jalaya"), a hand crushed
with a stone ("हाताले दगडानं ठेचलं"), a head struck against a wall in Punjabi ("sir deewar te
maarda"). Only words: the base rules already read a burning thing, a hand and a burn, or a
head, a wall and a blow, together."""
from __future__ import annotations

NEW: dict[str, tuple[str, ...]] = {
    # Burnt, in Marathi: "hat jalavla", "चटका दिला". Not "जाळला": it folds like "झाला", happened.
    "burn": ("jalavla", "jalavli", "jalavle", "jaalavla",
             "chatka dila", "चटका दिला", "chatke dile", "चटके दिले", "chatka ghetla", "चटका घेतला",
             "daag dila", "डाग दिला", "dagla", "डागला"),
    # The cigarette as typed ("sigrat"), and the bidi however spelt.
    "burning_tool": ("sigrat*", "sigreat*", "sigarat*", "सिगरट*", "bidi", "बिडी", "बीडी", "bidine", "बिडीने"),
    # A hand or a head with the Varhadi dative on it: "हाताले", "डोक्याले".
    # Not "बोटाला" (a finger's): it folds like "botal", a bottle.
    "hand_part": ("हाताले", "hatale", "haatale", "हाताला", "hatala", "haatala", "हातावर", "hatavar"),
    "head": ("डोक्याले", "dokyale"),
    # A stone in the instrumental: "दगडानं", "पत्थर से".
    "blunt_object": ("दगडानं", "दगडाने", "dagadan", "dagadane", "dagdane", "पत्थर से", "patthar se",
                     "pathar se", "वीटेने", "vitene", "ईंट से", "eent se", "int naal", "patthar naal"),
    # A wall in Punjabi: "sir kandh te maarda".
    "hard_surface": ("kandh", "कंध", "kandh te", "kandh naal"),
    # Crushed, struck: Marathi "ठेचलं", Punjabi "maarda", Hindi "kuchal diya".
    "strike": ("ठेचलं", "ठेचला", "ठेचले", "thechla", "thechle", "thechla", "ठेचून", "thechun", "kuchla",
               "कुचला", "kuchal diya", "कुचल दिया", "kuchal liya", "कुचल लिया", "maarda", "marda", "maardi",
               "maarda reha", "maarda rehnda", "maareya", "mareya", "maarya", "pataka", "patakla", "पटकला"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}
