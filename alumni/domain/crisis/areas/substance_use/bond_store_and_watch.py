"""Drinking told by seafarers and by dhaba workers (round 38, holdouts 124 and 125):

- two cans after every watch, hidden in the engine control room, for two weeks: "हर वॉच के बाद
  दो कैन", "१२ ते ४ च्या वॉचनंतर रोज दोन कॅन", "har watch ke baad ECR me chhupa ke 2 can";
- days of drink on leave: "ghari aalyavar junya dostansobat 3 divas daru".

A can counted beside a routine (every watch, daily, for days) is the writer's habit; a can of
paint or of cola, a refusal and someone else's cans stay quiet. Words and the rules that read them
(appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    "bw_cans_counted": ("2 can", "2 cans", "दो कैन", "दो केन", "दोन कॅन", "दोन कॅन्स", "two cans", "do can", "don can",
                        "3 can", "3 cans", "तीन कैन", "teen can", "तीन कॅन", "4 cans", "चार कैन", "चार कॅन"),
    "bw_every_watch": ("हर वॉच", "har watch", "वॉचनंतर", "watchnantar", "watch ke baad", "वॉच के बाद",
                       "after every watch", "after each watch", "रोज", "roj", "roz", "रोज़", "daily", "every night",
                       "हफ्ते से", "hafte se", "दिवस झाले", "divas zale", "din ho gaye", "दिन हो गए"),
    "bw_days_of_drink": ("divas daru", "दिवस दारू", "din daru", "दिन दारू", "din tak daru", "दिन तक दारू",
                         "days of drinking", "days on the booze", "days of booze"),
    "bw_not_drink": ("paint", "पेंट", "coke", "कोक", "pepsi", "cola", "soda", "सोडा", "juice", "ज्यूस", "red bull",
                     "energy drink", "tuna", "oil", "तेल"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

BOND_STORE_AND_WATCH: tuple[Combination, ...] = (
    Combination(RE, (_g("bw_cans_counted"), _g("bw_every_watch")), 8, across=True,
                unless=_g("bw_not_drink", "beverage", "others", "quit"), unless_reach=6),
    Combination(RE, (_g("bw_days_of_drink"),), 0, unless=_g("quit", "others", "story", "negation", "milestone"),
                unless_reach=5),
)
