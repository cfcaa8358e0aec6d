"""A poison held or mixed ready to drink (round 27, holdouts 78 and 79): "उंदीर मारायचं औषध हातात
आहे, पाण्यात कालवलंय", "godown chi undir marnyachi aushadh glass madhe kalavli ahe, pinarch ahe",
"have the rat poison packet from the fad godown in my hand right now". Bought for the godown's
rats and kept there is quiet (nothing in hand or stirred); in the writer's hand, or stirred into water or a glass, it is an
overdose about to happen.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

OD = Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    "pm_in_my_hand": ("हातात आहे", "haatat ahe", "hatat ahe", "in my hand", "हाथ में है", "haath me hai",
                      "hath me hai", "हातात घेतलंय", "haatat ghetlay"),
    "pm_mixed": ("कालवलंय", "kalavlay", "kalavli", "कालवली", "घोल दिया", "ghol diya",
                 "ghol liya", "घोल लिया", "मिला दिया", "mixed it", "mixed in water", "stirred",
                 # round 35 (domestic workers): "चूहे मारने की दवा घोल के रखी है गिलास में"
                 "घोल के रखी", "ghol ke rakhi", "घोल के रखा", "ghol ke rakha"),
    # Bought as if for the godown, and said to be for the writer: "its actually for me".
    "pm_for_me": ("its for me", "it's for me", "actually for me", "its actually for me", "mere liye hai",
                  "मेरे लिए है", "majhyasathi ahe", "माझ्यासाठी आहे"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

POISON_MIXED_IN_HAND: tuple[Combination, ...] = (
    Combination(OD, (_g("poison"), _g("pm_in_my_hand", "pm_mixed", "pm_for_me")), 12, across=True),
    # A note found beside the emptied pill packets: "त्यांच्या खोलीत चिठ्ठी आणि गोळ्यांची रिकामी पाकिटं सापडली".
    Combination(OD, (_g("wrote_note", "farewell_note", "letter_left_out"), _g("pills_found_gone")), 12, across=True),
)
