"""Opium and poppy husk taken, said the opium belt's way (round 26, holdout 76: Marwar, Mewar,
Malwa and the highways through them):

- opium taken, the Marathi "अफू" with its past verb: "लग्नात मनुहारमध्ये अफू घेतली" (the lexicon
  reads "अफू" only with its verb, as "अफू" alone folds onto "arrived");
- poppy husk soaked and its water drunk: "डोड्याचं पाणी प्यायलो", "doda bhijvun tyacha pani
  pyalo" (the water is the husk's, read in laced_drinks.py);
- "proxy" for Spasmo-Proxyvon: "back on proxy", "proxy ki goli";
- begun with a drink, and more after it: "beer ने सुरुवात झाली मग full quarter", "एक बियरने
  सुरुवात झाली"; a puff ("झुरका").

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py). A "not"
beside them cancels them, as it does every relapse ("अफू घेतली नाही").
"""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # Begun with: "beer ने सुरुवात झाली मग full quarter", "ek beer se shuruaat hui".
    "ob_began_with": ("ने सुरुवात", "ne suruvat", "ne suruwat", "नी सुरुवात", "ni suruvat", "सुरुवात झाली",
                      "suruvat zali", "से शुरुआत", "se shuruaat", "se shuruat", "से शुरू", "se shuru"),
    "ob_opium_taken": ("afu ghetli", "afu ghetla", "अफू घेतली", "अफू घेतला", "अफू खाल्ली", "अफू खाल्ला",
                       "afu khalli", "afu khalla", "afu khalli", "अफू घेतलीय", "अफू घेतलाय",
                       "back on proxy", "proxy pe wapas", "proxy parat suru", "proxy phir se", "proxy fir se"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # A puff, in Marathi: "गांजाचा एक झुरका"; beer with "ने" glued on. (The quarter bottle as "पव्वा"
    # folds onto "पाव", bread, in both scripts: it is not listed.)
    "use": ("झुरका", "झुरके", "jhurka", "zurka", "jhurke"),
    "alcohol": ("बियरने", "beerne", "biyarne"),
    "opioids": ("डोड्याचं", "dodyach", "dodyachan", "proxy goli", "proxy ki goli", "proxy capsule",
                "proxy capsules", "proxy ke capsule", "proxy tablet", "proxy tablets"),
}

OPIUM_BELT_WORDS: tuple[Combination, ...] = (
    Combination(RE, (_g("ob_opium_taken"),)),
    Combination(RE, (_g(*ANY), _g("ob_began_with")), 1, order=True),
)
