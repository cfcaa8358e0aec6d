"""Threats of a push under a train and of burning alive (round 24, holdouts 68 and 70):

- "tyala aaj lokal khali dhakalnar", "next time that dealer stands near the edge im pushing him under
  the local": a push, in the future or the present of a plan, with a train, the tracks or "under";
- "बायकोच्या प्रियकराला जिवंत जाळीन", "zinda jala dunga usko": burning someone alive; of oneself
  ("swatahala", "khud ko") it is read as self-harm elsewhere.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "pb_push": ("dhakalnar", "ढकलणार", "dhakalin", "ढकलीन", "dhakalun dein", "ढकलून देईन", "dhakalun deto",
                "ढकलून देतो", "dhakel dunga", "धकेल दूंगा", "dhakel dalunga", "धकेल डालूंगा", "dhakka de dunga",
                "धक्का दे दूंगा", "dhakka maar dunga", "pushing him", "pushing her", "push him", "push her",
                "push them", "gonna push", "will push", "dhakka deun", "धक्का देऊन"),
    "pb_under_a_train": ("under", "khali", "खाली", "niche", "नीचे", "lokal", "लोकल", "local", "train", "ट्रेन",
                         "tren", "gaadi", "गाडी", "patri", "पटरी", "tracks", "track", "रूळ", "rul", "platform",
                         "प्लॅटफॉर्म", "truck", "bus", "nadi", "नदी", "vihirit", "विहिरीत", "kuye", "कुएं"),
    "pb_burnt_alive": ("jivant jaal*", "जिवंत जाळ*", "jivanta jaal*", "zinda jala*", "ज़िंदा जला*",
                       "जिंदा जला*", "jinda jala*", "jinda jal*", "burn him alive", "burn her alive",
                       "burn them alive", "burn you alive"),
    "pb_self": ("swatahala", "स्वतःला", "swatala", "khud ko", "खुद को", "apne aap ko", "अपने आप को", "myself",
                "mala", "मला", "mujhe", "मुझे"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

PUSHED_UNDER_OR_BURNT_ALIVE: tuple[Combination, ...] = (
    Combination(HO, (_g("pb_push"), _g("pb_under_a_train")), 4, unless=_g("negation"), unless_reach=2),
    Combination(HO, (_g("pb_under_a_train"), _g("pb_push")), 4, order=True, unless=_g("negation"), unless_reach=2),
    Combination(HO, (_g("pb_burnt_alive"),), 0, unless=_g("pb_self", "negation"), unless_reach=2),
)
