"""Using again told by musicians and farmers (round 33, holdouts 102 and 105: wedding bands on tour,
dairy farmers after the evening milking):

- the pegs "inside": "कल बारात में बारातियों ने गिलास पकड़ा दिया, चार पैग अंदर", "teen peg andar";
- back to the bottle: "lagna season सुरू झाला आणि मी परत बाटलीकडे", "wapas botal ki taraf";
- painkillers with no pain: "painkiller phir kha raha hu bina dard ke", "दर्द है नहीं फिर भी दर्द
  वाली गोलियां रोज़ खा रहा हूँ";
- the cough syrup on again, two bottles a day ("Rexcof fir se chalu hai, 2 shishi roj"), a half
  bottle finished alone ("देसी का अद्धा ... सारा खत्म कर दिया अकेले");
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
    # a half bottle finished alone: "देसी का अद्धा ले आया था, सारा खत्म कर दिया अकेले"
    "bs_half_bottle": ("अद्धा", "addha", "adhha", "अद्धी", "addhi", "half bottle", "हाफ बोतल"),
    # round 34 (tailors): solution sniffed, glasses "downed", a habit back on
    # large pegs downed: "press club में कल 4 large मार दिए", "lost count after the 4th large"
    "bs_large_downed": ("large मार दिए", "large maar diye", "large मारले", "large marle", "after the 4th large",
                        "after the third large", "4 large maar"),
    "bs_sniffed": ("सूँघ ली", "सूंघ ली", "सूँघ लिया", "सूंघ लिया", "sungh li", "soongh li", "husakla", "हुसकला",
                   "hungla", "हुंगलं", "हुंगला", "sniffed it"),
    "bs_downed": ("ग्लास मारले", "glass marle", "glass maarle", "पेग मारले", "peg marle", "dum marla", "दम मारला",
                  "ek dum marla", "एक दम मारला", "beer sampavlya", "बियर संपवल्या", "large मार दिए", "large maar diye",
                  "large मारले", "large marle"),
    "bs_back_on": ("both back", "parat suru", "परत सुरू", "परत start", "parat start", "पुन्हा चालू", "punha chalu", "परत चालू", "parat chalu", "phir se chalu",
                   "फिर से चालू", "back on"),
    "bs_tobacco": ("gutka", "गुटखा", "मावा", "mawa", "maava", "तंबाखू", "tambakhu", "tambaku", "तंबाकू", "kharra",
                   "खर्रा"),
    "bs_heart_stops": ("हृदयच बंद पडेल", "हृदय बंद पडेल", "hruday band padel", "dil band ho jaye",
                       "दिल बंद हो जाए", "दिल ही बंद हो जाए", "heart stops", "heart will stop", "heart just stops"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

BARAAT_AND_SEASON: tuple[Combination, ...] = (
    Combination(RE, (_g("bs_pegs_inside"),), 0, unless=_g("negation", "want", "craving")),
    Combination(RE, (_g("bs_back_to_the_bottle"),), 0, unless=_g("negation", "want", "craving", "fear")),
    Combination(RE, (_g("pills", "opioids"), _g("bs_no_pain")), 8),
    Combination(OD, (_g(*ANY, "pills"), _g("bs_heart_stops")), 8),
    # the cough syrup on again, bottles a day
    Combination(RE, (_g("cough_medicine"), _g("again", "again_strict", "habit_started"), _g("bottle_word", "routine")),
                10, across=True, unless=_g("negation", "as_told"), unless_reach=3),
    Combination(RE, (_g("bs_half_bottle"), _g("finished_off", "all_of_it"), _g("alone")), 8),
    # (a bottle only when finished: "alone at the counter with all those bottles" is a craving)
    Combination(RE, (_g("bottle_word"), _g("finished_off"), _g("alone")), 8),
    Combination(RE, (_g("inhalants", "solvent_named"), _g("bs_sniffed")), 8, unless=_g("negation"), unless_reach=2),
    Combination(RE, (_g(*ANY, "drink_unit", "bb_country_liquor"), _g("bs_downed")), 6),
    Combination(RE, (_g("bs_large_downed"),), 0, unless=_g("negation"), unless_reach=2),
    Combination(RE, (_g(*ANY, "bs_tobacco", "cough_medicine"), _g("bs_back_on")), 4, unless=_g("negation"),
                unless_reach=2),
)
