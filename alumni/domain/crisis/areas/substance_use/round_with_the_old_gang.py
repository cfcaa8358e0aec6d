"""Using again with the old company after jail (round 30, holdout 90):

- a whole bottle finished: "kaal ratri junya gang barobar basun full batli samplavli";
- a round of charas gone round with friends: "charas ka round ho gaya dosto ke saath kal";
- an old friend from the barrack calling with the stuff, and the wish to go: "जुन्या barrack
  मधल्या मित्राचा call आला, माल आहे म्हणाला. जायची इच्छा होतेय", a craving.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR, RE = Category.CRAVING, Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    "rg_bottle_finished": ("batli samplavli", "बाटली संपवली", "batli sampavli", "full batli", "फुल बाटली",
                           "poori botal khatam", "पूरी बोतल खत्म", "finished the bottle", "finished a whole bottle",
                           "whole bottle"),
    "rg_round_done": ("round ho gaya", "round hua", "राउंड हो गया", "राउंड हुआ", "round zala", "राउंड झाला",
                      "round chala", "राउंड चला"),
    "rg_stuff_on_offer": ("माल आहे", "maal ahe", "माल है", "maal hai", "stuff is there", "maal aaya hai"),
    "rg_wish_to_go": ("जायची इच्छा", "jaaychi ichha", "jaychi ichha", "jaane ka mann", "जाने का मन", "want to go",
                      "जावंसं वाटतंय", "javasa vattay"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

ROUND_WITH_THE_OLD_GANG: tuple[Combination, ...] = (
    Combination(RE, (_g("rg_bottle_finished"),), 0,
                unless=_g("relation", "third_person", "beverage", "water_fetched", "water_glass")),
    Combination(RE, (ANY, _g("rg_round_done")), 3),
    Combination(CR, (_g("rg_stuff_on_offer"), _g("rg_wish_to_go")), 12, across=True),
)
