"""Harm to others threatened the way a film's hero does it: burying someone where he stands
("उसे वहीं गाड़ दूंगा", "zinda gaad dunga", "त्याला पुरून टाकीन", "I'll bury him"), often said
"Singham style" or "filmy style", which makes the threat no less meant.

A pole, a flag, a stake, a tent or a plant is what one plants ("jhanda gaad denge", "khoonta
gaad diya"): with one of those beside it, the burying verb stays quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    # Burying someone, as a threat: "गाड़ दूंगा", "purun takin", "bury him".
    "bury_threat": ("gaad dunga", "gaad doonga", "gaad dungi", "गाड़ दूंगा", "गाड़ दूँगा", "गाड दूंगा", "गाड़ दूंगी",
                    "gaad denge", "गाड़ देंगे", "gaad du", "gaad dun", "गाड़ दूं", "गाड़ दूँ", "gaad daalunga",
                    "गाड़ डालूंगा", "zinda gaad", "जिंदा गाड़", "ज़िंदा गाड़", "purun takin", "पुरून टाकीन",
                    "purun takel", "पुरून टाकेल", "purun taknar", "पुरून टाकणार", "jivant purin", "जिवंत पुरीन",
                    "bury him", "bury her", "bury them", "bury you", "bury that", "will bury", "gonna bury"),
    # What is planted, not buried: a flag, a pole, a stake, a tent, a plant.
    "planted_thing": ("jhanda", "jhande", "झंडा", "झंडे", "zenda", "झेंडा", "flag", "flags", "khoonta", "khunta",
                      "खूंटा", "khamba", "खंभा", "खांब", "pole", "stake", "tent", "tambu", "तंबू", "paudha",
                      "पौधा", "paudhe", "पौधे", "rop", "रोप", "seed", "beej", "बीज", "treasure", "khazana",
                      "खज़ाना", "खजाना", "hatchet", "time capsule"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

FILMY_THREATS: tuple[Combination, ...] = (
    # Someone to be buried by the writer: "उसे वहीं गाड़ दूंगा", "त्याला पुरून टाकीन".
    Combination(HO, (_g("other_target", "bystander", "relation", "second_person"), _g("bury_threat")), 6,
                unless=_g("planted_thing"), unless_reach=6),
)
