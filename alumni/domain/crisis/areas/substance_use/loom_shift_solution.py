"""Using again on the loom's night shift (round 30, holdout 92: power looms, mills, diamond units):

- "solution" sniffed or taken again to stay up for an order: "took solution again to stay up for
  the order, 2 days now", "सॉल्यूशन का ट्यूब फिर खरीदा और सूंघा" (the glue on its own is work);
- the bonus or the pay and a bottle brought home: "बोनस मिला तो अंग्रेज़ी की बोतल ले आया";
- the pull: the solution missed, "wanting a drink since morning", the den outside the mill's
  gate and the wish every day.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR, RE = Category.CRAVING, Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    "ls_brought_home": ("ले आया", "le aaya", "le aya", "ghevun aalo", "घेऊन आलो", "gheun aalo", "kharidi", "खरीदी",
                        "bought a"),
    "ls_wanting_one": ("wanting a drink", "want a drink so bad", "need a drink so bad"),
    "ls_wish_each_day": ("roj mann hota", "रोज मन होतं", "roz mann hota", "रोज़ मन होता", "मन होतं", "mann hota"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

LOOM_SHIFT_SOLUTION: tuple[Combination, ...] = (
    Combination(RE, (_g("inhalant_maybe", "solvent_named"), _g("use", "sniff"), _g("again", "again_strict")), 4),
    Combination(RE, (_g("inhalant_maybe", "solvent_named"), _g("sniff")), 6),
    Combination(RE, (_g("pd_pay_came"), _g("bottle_word", "alcohol"), _g("ls_brought_home")), 10, across=True),
    Combination(CR, (_g("ls_wanting_one"),), 0),
    Combination(CR, (_g("liquor_place", "drink_place"), _g("ls_wish_each_day")), 10, across=True),
    Combination(CR, (_g("inhalant_maybe", "solvent_named"), _g("bo_pills_missed")), 4, order=True,
                unless=_g("quit", "remind_of")),
)
