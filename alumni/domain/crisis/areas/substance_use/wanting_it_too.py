"""Craving told with its object left out (round 41: the retired, the mines, the boats): wanting
it too while everyone around drinks ("boat varche sagle ratri pitat, mala pan havi vattey",
"everyone is drinking after the shift, i want to so badly"), the heart set on one sip ("सुबह से
जी मचल रहा है एक घूंट के लिए"), and wishing to take the cough medicine ("मेडिकलच्या
दुकानासमोर उभा आहे, खोकल्याचं औषध घ्यावंसं वाटतंय"). Urgent, not a crisis: nothing was taken.
A wanting refused ("mala nako vatat") is the craving rules' negation. Words and the rules that
read them (appended to the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR = Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    # The object left out of the wanting: "i want to so badly".
    "wit_want_badly": ("want to so badly", "want to so bad", "wanted to so badly", "so badly want to",
                       "want it so badly", "want one so badly"),
    # The heart set on it: "जी मचल रहा है", "man machal raha".
    "wit_heart_set": ("जी मचल", "ji machal", "jee machal", "मन मचल", "man machal", "mann machal", "jeev tutat",
                      "जीव तुटत"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

WANTING_IT_TOO: tuple[Combination, ...] = (
    Combination(CR, (_g("drinking_around"), _g("want_one", "wit_want_badly")), 8, across=True,
                unless=_g("beverage", "ws_soft_mixer")),
    Combination(CR, (_g("sip_word"), _g("wit_heart_set")), 6),
    Combination(CR, (_g("cough_medicine"), _g("take_wish")), 3),
)
