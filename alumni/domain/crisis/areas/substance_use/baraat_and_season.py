"""Using again told by musicians and farmers (round 33, holdouts 102 and 105: wedding bands on tour,
dairy farmers after the evening milking):

- the pegs "inside": "कल बारात में बारातियों ने गिलास पकड़ा दिया, चार पैग अंदर", "teen peg andar";
- back to the bottle: "lagna season सुरू झाला आणि मी परत बाटलीकडे", "wapas botal ki taraf";
- painkillers with no pain: "painkiller phir kha raha hu bina dard ke", "दर्द है नहीं फिर भी दर्द
  वाली गोलियां रोज़ खा रहा हूँ";
- so much of a drug that the heart stops (an overdose said as a plan): "आज इतकी एमडी घेणार की
  हृदयच बंद पडेल".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE, OD = Category.RELAPSE, Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    # (not the Latin "peg aat": it folds onto "a peg at the farewell")
    "bs_pegs_inside": ("पैग अंदर", "पेग अंदर", "peg andar", "pag andar", "pegs andar", "पेग आत गेले", "pegs down"),
    "bs_back_to_the_bottle": ("परत बाटलीकडे", "parat batlikade", "parat baatlikade", "wapas botal ki taraf",
                              "वापस बोतल की तरफ", "फिर से बोतल की तरफ", "phir se botal ki taraf", "back to the bottle",
                              "back on the bottle"),
    "bs_no_pain": ("bina dard ke", "बिना दर्द के", "दर्द है नहीं", "dard hai nahi", "dard nahi hai phir bhi",
                   "दर्द नहीं है फिर भी", "without any pain", "no pain but", "वेदना नसताना", "vedna nastana",
                   "dukhat nasatana", "दुखत नसताना"),
    "bs_heart_stops": ("हृदयच बंद पडेल", "हृदय बंद पडेल", "hruday band padel", "dil band ho jaye",
                       "दिल बंद हो जाए", "दिल ही बंद हो जाए", "heart stops", "heart will stop", "heart just stops"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

BARAAT_AND_SEASON: tuple[Combination, ...] = (
    Combination(RE, (_g("bs_pegs_inside"),), 0, unless=_g("negation", "want", "craving")),
    Combination(RE, (_g("bs_back_to_the_bottle"),), 0, unless=_g("negation", "want", "craving", "fear")),
    Combination(RE, (_g("pills", "opioids"), _g("bs_no_pain")), 8),
    Combination(OD, (_g(*ANY, "pills"), _g("bs_heart_stops")), 8),
)
