"""Danger told by security guards and watchmen on night duty (round 37, holdout 120):

- the licensed gun, the twelve-bore, and the thought of putting it to one's own head: "night duty
  ला 12 bore असते, कधी कधी वाटतं स्वतःच्या डोक्याला लावावी";
- the gun to "blow away" the agency man who has not paid: "agency वाल्याला gun ने उडवणार";
- the writer's own face slapped on duty, alone: "swatahachya tondat thappad marto roj",
  "एजंटचा फोन आला की स्वतःच्या कानफटात मारतो".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH, HO = Category.SUICIDE, Category.SELF_HARM, Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "ng_to_the_head": ("डोक्याला लावावी", "dokyala lavavi", "डोक्याला लावू", "dokyala lavu", "डोक्याला लावून",
                       "dokyala lavun", "कनपटी पे", "kanpatti pe", "kanpati pe", "कनपटी पर", "sar pe rakh",
                       "सर पे रख", "सिर पर रख", "to my head", "to my own head", "in my mouth", "under my chin"),
    "ng_blow_away": ("उडवणार", "udavnar", "udvnar", "उडवीन", "udavin", "uda dunga", "उड़ा दूंगा", "उड़ा दूँगा",
                     "उडा दूंगा", "goli maar dunga", "गोली मार दूंगा", "गोली मार दूँगा", "goli marnar", "गोळी मारणार",
                     "shoot him", "shoot that", "put a bullet"),
    "ng_slapped": ("कानफटात मारतो", "kanfatat marto", "कानशिलात मारतो", "kanshilat marto", "tondat thappad marto",
                   "thappad marto", "थप्पड मारतो", "थप्पड़ मारता", "थप्पड़ मारती", "thappad marta", "thappad marti",
                   "slap myself", "slapping myself", "slapped myself", "चापट मारतो", "chapat marto",
                   "कानफटात मारली", "kanfatat marli"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

NIGHT_GATE_AND_GUN: tuple[Combination, ...] = (
    Combination(S, (_g("gun", "long_gun", "weapon"), _g("self", "my_own"), _g("ng_to_the_head")), 12, across=True),
    Combination(HO, (_g("gun", "long_gun", "weapon"), _g("ng_blow_away"), _g("named_target", "other_target",
                                                                             "third_person", "relation")), 6),
    Combination(SH, (_g("self", "my_own"), _g("ng_slapped")), 4),
)
