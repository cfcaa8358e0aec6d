"""Threats told by their word and the means named, and a head to be struck off (round 26,
holdout 76, the opium belt and its highways):

- a threat to kill, said as such: "papa धमका रहे हैं कि जान से मार देंगे", "he threatened to cut
  me with the sickle if I dont give money for doda";
- a head struck off, the Marathi threat: "saasra parat kahi bolla tar tyacha mundka udvin".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "th_head_struck_off": ("mundka udvin", "mundkach udvin", "mundka udavin", "mundke udvin", "mundak udvin",
                           "मुंडकं उडवीन", "मुंडकेच उडवीन", "मुंडके उडवीन", "मुंडका उडवीन", "मुंडकंच उडवीन",
                           "mundka udavto", "मुंडकं उडवतो", "mundka chhatin", "मुंडकं छाटीन", "gardan uda dunga",
                           "गर्दन उड़ा दूंगा", "gardan kaat dunga", "गर्दन काट दूंगा", "sar kalam", "सर कलम",
                           "sir kalam", "सिर कलम", "cut his head off", "chop his head off", "cut off his head"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

THREATENED_ON_THE_HIGHWAY: tuple[Combination, ...] = (
    # The threat's word and what it threatens: killing, a weapon, a farm blade, a limb broken.
    Combination(HO, (_g("threat_made"), _g("kill", "weapon", "blade_of_the_farm", "maim")), 6,
                unless=_g("self"), unless_reach=3),
    Combination(HO, (_g("th_head_struck_off"),)),
)
