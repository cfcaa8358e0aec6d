"""Self-harm told in the dialect's verbs (round 11: holdouts 29 and 30): a hand burnt with a
bidi or a cigarette ("bidi ne hat jalavla", "sigrat naal haath jalaya"), a hand crushed
with a stone ("हाताले दगडानं ठेचलं"), a head struck against a wall in Punjabi ("sir deewar te
maarda"). Only words: the base rules already read a burning thing, a hand and a burn, or a
head, a wall and a blow, together. Round 12 (holdout 32): the burn in the writer's plural or
honorific present ("सिगरेट से बांह जला लेते हैं"), and biting oneself ("स्वतःला चावा घेतो",
"hatala chavun ghetla rakt yeiparyant"), which needs a rule of its own (BITTEN)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

NEW: dict[str, tuple[str, ...]] = {
    # Burnt, in Marathi: "hat jalavla", "चटका दिला". Not "जाळला": it folds like "झाला", happened.
    "burn": ("jala leta", "jala leti", "jala lete", "जला लेता", "जला लेती", "जला लेते", "jala deta", "jala deti",
             "jala dete", "जला देता", "जला देती", "जला देते", "jalavla", "jalavli", "jalavle", "jaalavla",
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
    # Biting, of oneself: "चावा घेतो", "chavun ghetla", "काट खाता हूं" (not "kaat": that is cutting).
    "bite": ("chava ghet*", "चावा घेत*", "chavun ghet*", "चावून घेत*", "chavto", "चावतो", "chavte", "चावते",
             "chavla", "चावला", "chavli", "चावली", "bite myself", "biting myself", "bit myself", "bite my",
             "biting my", "bit my", "daant gada*", "दांत गड़ा*", "daat gada*", "kaat khata", "काट खाता",
             "kaat khati", "काट खाती"),
    # Who else bites: a dog, a mosquito, a snake; and what one bites by habit or by accident.
    "bitten_by": ("dog", "kutra", "कुत्रा", "कुत्र्याने", "kutryane", "kutta", "कुत्ता", "कुत्ते", "machhar",
                  "मच्छर", "daas", "डास", "saap", "साप", "सांप", "snake", "mungi", "मुंगी", "ant", "ants",
                  "nakh", "नखं", "नख", "nails", "nakhun", "नाखून", "jeebh", "जीभ", "jibh", "जीभ", "tongue",
                  "ooth", "होंठ", "lip", "lips", "baby", "bala", "बाळ", "bachcha", "बच्चा"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

BITTEN: tuple[Combination, ...] = (
    # Biting oneself: "मी स्वतःला चावा घेतो", "i keep biting my arm".
    Combination(Category.SELF_HARM, (_g("bite"), _g("self")), 3, unless=_g("bitten_by")),
    # Biting a hand or an arm till it bleeds: "hatala chavun ghetla rakt yeiparyant".
    Combination(Category.SELF_HARM, (_g("bite"), _g("hand_part", "cut_site"), _g("bleed", "on_purpose")), 6,
                unless=_g("bitten_by")),
)
