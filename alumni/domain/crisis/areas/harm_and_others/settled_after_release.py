"""Harm to others told by those in and out of jail (round 30, holdout 90):

- the informer strangled, his skull broken, his Diwali not to be seen: "त्या खबऱ्याचा गळा
  दाबणार", "once i find him im breaking his skull", "I know where Sunil stays now ... he wont
  see diwali";
- a threat against the writer told by her: "mere pati ne dhamki di hai ki chhoot ke aate hi mujhe
  khatam kar denge".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "sr_strangle": ("गळा दाबणार", "gala dabnar", "गळा दाबीन", "gala dabin", "गला दबा दूंगा", "गला दबा दूँगा",
                    "gala daba dunga", "strangle him", "choke him"),
    "sr_skull": ("breaking his skull", "break his skull", "crack his skull", "sar phod dunga", "सर फोड़ दूंगा",
                 "सिर फोड़ दूंगा", "सिर फोड़ दूँगा", "sir phod dunga", "डोकं फोडीन", "doka phodin", "डोकं फोडणार",
                 "doka phodnar", "टाळकं फोडणार", "talka phodnar"),
    "sr_wont_see": ("wont see diwali", "won't see diwali", "wont see the new year", "won't see the new year",
                    "diwali nahi dekhega", "दिवाली नहीं देखेगा", "diwali baghnar nahi", "दिवाळी बघणार नाही",
                    "holi nahi dekhega", "होली नहीं देखेगा", "wont see another", "won't see another"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

SETTLED_AFTER_RELEASE: tuple[Combination, ...] = (
    Combination(HO, (_g("sr_strangle", "sr_skull"),), 0),
    Combination(HO, (_g("sr_wont_see"),), 0),
    Combination(HO, (_g("dhamki", "threat_made"), _g("me"), _g("end", "kill")), 8, order=True),
)
