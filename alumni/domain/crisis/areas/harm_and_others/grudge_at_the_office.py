"""A grudge held against a manager or HR, threatened in few words (round 25, holdout 72):

- knowing where someone lives or parks, and that they will pay: "I know where the HR lady parks her
  car. she ruined my life, she will pay for it", "tichya gharcha patta ahe mazyakade. baghtoch ata";
- not sparing someone, and a blow to come: "us TL ko chhodunga nahi. kal uski gaadi rok ke maarunga".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

# Not sparing someone: also, beside where they live, their paying for it.
_WONT_SPARE_SAID = ("chhodunga nahi", "छोड़ूंगा नहीं", "छोडूंगा नहीं", "chodunga nahi", "sodnar nahi", "सोडणार नाही")

NEW: dict[str, tuple[str, ...]] = {
    "gt_know_where": ("know where he", "know where she", "know where they", "know where his", "know where her",
                      "know where my", "know where that", "know where the hr", "gharcha patta", "घरचा पत्ता",
                      "gharcha pata", "ghar ka pata", "घर का पता", "ghar maloom", "घर मालूम", "where she lives",
                      "where he lives", "where they live", "parks her car", "parks his car", "parks his bike", "parks her bike", "which bus he takes", "which bus she takes", "where she parks",
                      "where he parks"),
    "gt_pay_for_it": ("pay for it", "pay for this", "pay for what", "he'll pay", "she'll pay", "they'll pay",
                      "he will pay", "she will pay", "they will pay", "hell pay", "shell pay", "theyll pay",
                      "baghtoch", "बघतोच", "dekh lunga", "देख लूंगा", "sodnar nay", "sabak sikha*", "सबक सिखा*",
                      "dhada shikav*", "धडा शिकव*", "won't let", "wont let", "regret it", "wont walk out", "won't walk out",
                     "will not walk out", "won't reach home", "wont reach home", "will not reach home",
                     "doesn't walk again", "doesnt walk again", "won't walk again", "wont walk again", "never walk again",
                     "he wont go back", "he won't go back", "he will not go back") + _WONT_SPARE_SAID,
    "gt_wont_spare": _WONT_SPARE_SAID + ("won't spare", "wont spare", "not going to spare"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

GRUDGE_AT_THE_OFFICE: tuple[Combination, ...] = (
    Combination(HO, (_g("gt_know_where"), _g("gt_pay_for_it")), 24, across=True),
    Combination(HO, (_g("gt_wont_spare"), _g("kill", "strike", "violence")), 16, order=True, across=True,
                unless=_g("self", "habit_word", "alcohol", "drugs", "cannabis"), unless_reach=4),
)
