"""The pillow and the oxygen (the harm of rounds 120-121: hostel staff, record-room clerks, home nurses,
phlebotomists):

- "I know where he parks; he won't walk properly after this"; "I'll have an accident arranged for that QC
  man, I know his bike's number"; "if she says it again I'll raise my hand on her"; "next time he sleeps
  I'll put the pillow on his face"; "I'll pull the oxygen off her old man"; the knife "I'll put into" the
  recovery agent.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "px_i_know_where": ("i know where he", "i know where she", "मला माहित आहे तो कुठे", "mala mahit aahe to kuthe",
                        "mujhe pata hai wo kahan", "मुझे पता है वो कहाँ", "uska ghar pata hai", "उसका घर पता है",
                        "number भी पता है", "number bhi pata hai", "त्याचं घर माहित आहे", "tyacha ghar mahit aahe"),
    "px_wont_walk": ("wont walk properly", "won't walk properly", "will never walk again", "chal nahi payega",
                     "चल नहीं पाएगा", "chalu shaknar nahi", "चालू शकणार नाही", "pair pe khada nahi ho payega",
                     "पैरों पे खड़ा नहीं हो पाएगा"),
    "px_accident_arranged": ("accident करवा दूंगा", "accident करवा दूँगा", "accident karva dunga", "accident karwa dunga",
                             "एक्सीडेंट करवा दूंगा", "accident karvin", "accident करवीन", "अपघात घडवून आणीन",
                             "apghat ghadvun anin", "arrange an accident"),
    "px_after_this": ("after this", "after what i do", "iske baad", "इसके बाद", "yanantar", "यानंतर"),
    "px_raise_hand": ("haat uchlen", "हात उचलेन", "हात उचलीन", "haat uchlin", "हाथ उठा दूंगा", "haath utha dunga",
                      "hath utha dunga", "हाथ उठाऊंगा", "hath uthaunga", "raise my hand on"),
    "px_on_them": ("tichyavar", "तिच्यावर", "tyachyavar", "त्याच्यावर", "uspe", "उसपे", "us par", "उस पर", "on her",
                   "on him", "biwi pe", "बीवी पर", "baykovar", "बायकोवर"),
    "px_pillow_face": ("pillow on his face", "pillow on her face", "takiya muh pe", "तकिया मुँह पे", "तकिया मुंह पर",
                       "उशी तोंडावर", "ushi tondavar", "उशी त्याच्या तोंडावर"),
    "px_oxygen_off": ("oxygen nikal dunga", "ऑक्सीजन निकाल दूंगा", "oxygen निकाल दूंगा", "oxygen band kar dunga",
                      "ऑक्सिजन काढीन", "oxygen kadhin", "pull his oxygen", "pull her oxygen", "oxygen hata dunga",
                      "ऑक्सीजन हटा दूंगा"),
    "px_stab_will": ("घालीन", "ghalin", "भोसकीन", "bhoskin", "भोसकेन", "ghop dunga", "घोंप दूंगा", "will stab",
                     "stab him", "stab her"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

PILLOW_AND_THE_OXYGEN: tuple[Combination, ...] = (
    Combination(HO, (_g("px_i_know_where"), _g("px_wont_walk", "sl_never_again_him", "px_accident_arranged", "weapon",
                                                 "kill", "violence")), 20, across=True),
    Combination(HO, (_g("px_wont_walk"), _g("px_after_this")), 4),
    Combination(HO, (_g("px_accident_arranged"),)),
    Combination(HO, (_g("px_raise_hand"), _g("px_on_them")), 4),
    Combination(HO, (_g("px_pillow_face"),)),
    Combination(HO, (_g("px_oxygen_off"),)),
    Combination(HO, (_g("weapon"), _g("px_stab_will")), 4),
)
