"""Drinking hidden in a pilgrim town, and the pull come back after a pilgrimage (round 30,
holdout 87):

- a bottle kept hidden and sipped a little every night, a relapse told as a habit: "प्रसाद के
  थैले में बोतल छुपा के रखता हूँ, रोज़ रात थोड़ी-थोड़ी";
- the same pull begun again once home: "wari sampli ani ghari alyavar parat tich odh suru",
  "वारी संपली, घरी आलो आणि परत ओढ लागलीय", a craving;
- the pills remembered, longed for (a craving, not a count of pills taken): "goli ki bahut yaad
  aati hai", read by the base rules' pills-and-a-quantity rule as what cancels it.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR, RE = Category.CRAVING, Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    "bo_sipped_nightly": ("थोड़ी थोड़ी", "थोड़ी-थोड़ी", "thodi thodi", "थोडी थोडी", "थोडं थोडं", "thoda thoda",
                          "a little every night", "every night a little", "sip every night", "roj thodi",
                          "रोज थोडी"),
    "bo_kept_hidden": ("छुपा के रखता", "छुपा के रखती", "chhupa ke rakhta", "chupa ke rakhta", "chhupa ke rakhti",
                       "लपवून ठेवतो", "lapvun thevto", "लपवून ठेवली", "lapvun thevli", "keep it hidden",
                       "kept it hidden", "hide it in"),
    "bo_the_pull": ("odh", "ओढ"),
    # Pills remembered or missed: "goli ki bahut yaad aati hai", "गोळ्यांची आठवण येते खूप".
    "bo_pills_missed": ("yaad", "याद", "aathvan", "athvan", "आठवण", "miss them", "miss those",
                        # round 31: "bas goli ka khayal aata hai"
                        "khayal", "ख्याल", "khyal"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

BOTTLE_AMONG_OFFERINGS: tuple[Combination, ...] = (
    Combination(RE, (_g("bottle_word"), _g("bo_kept_hidden"), _g("bo_sipped_nightly")), 12, across=True,
                unless=_g("relation")),
    Combination(CR, (_g("bo_the_pull"), _g("again", "begin_word")), 2, unless=_g("negation", "quit")),
    # Pills given on time to someone are a chore ("पापा की BP tablet रोज याद से दिलाता हूं": the
    # counter's remind_of, at_the_counter.py).
    # (a negation before the pills is another clause's: "neend nahi aati, goli ki bahut yaad aati hai")
    Combination(CR, (_g("pills", "sedatives"), _g("bo_pills_missed")), 4, order=True,
                unless=_g("quit", "remind_of")),
)
