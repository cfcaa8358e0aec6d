"""Suicide told by a fumigator as the gas let out with the mask left off and no coming out (round
54's reading of rounds 54-55, holdouts 186, 188-190, 192 and 193): "अगली बार गोदाम में गैस छोड़ूंगा
तो मास्क नहीं पहनूंगा, बाहर भी नहीं आऊँगा", "fumigation chya veli mask nahi ghalnar, baher yenar nahi".

A mask forgotten and the sealed godown told as a scare ("mask visarlo, lagech baher aalo") stays
quiet: the coming out is the point. Words and the rule that reads them (appended to the area's
COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The mask not to be worn: "मास्क नहीं पहनूंगा", "mask nahi ghalnar", "without the mask".
    "gm_no_mask": ("मास्क नहीं पहनूंगा", "mask nahi pahnunga", "mask nahi pehnunga", "mask nahi lagaunga",
                   "मास्क नहीं लगाऊंगा", "मास्क नाही घालणार", "mask nahi ghalnar", "mask nahi lavnar", "मास्क नाही लावणार",
                   "without the mask", "without a mask", "won't wear the mask", "wont wear the mask",
                   "bina mask ke", "बिना मास्क के", "mask shivay", "मास्कशिवाय"),
    # And not coming out: "बाहर भी नहीं आऊँगा", "baher yenar nahi".
    "gm_not_out": ("बाहर भी नहीं आऊँगा", "बाहर भी नहीं आऊंगा", "बाहर नहीं आऊंगा", "बाहर नहीं आऊँगा", "bahar nahi aaunga",
                   "bahar bhi nahi aaunga", "बाहेर येणार नाही", "baher yenar nahi", "bahere yenar nahi",
                   "won't come out", "wont come out", "not coming out", "stay inside till the end"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

GAS_WITHOUT_THE_MASK: tuple[Combination, ...] = (
    Combination(S, (_g("gm_no_mask"), _g("gm_not_out")), 12, across=True),
)
