"""Using again with the drink left unnamed (round 23), as it is said with shame: "kal sham ko ho
gayi thodi, aaj sharam aa rahi hai", "lagna madhe thodi zali, sorry", "kal raat thodi si chakh
li", "i had a couple last night, im so ashamed". Hindi and Marathi leave the drink out and keep
its gender ("thodi", a little of her: daru, sharab); English leaves it out after "a couple"
and "a few". It is read beside the evening, a party or the friends it was had with, or an
apology.

What keeps it quiet is named beside it: a little rain, a delay, a problem or a quarrel ("thodi
der ho gayi", "thodi problem zali"), food tasted ("sabzi chakh li"), and a couple or a few of
something counted ("a couple of days", "a few friends").
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # A little of her had: "ho gayi thodi", "थोडी झाली", "thodi chakh li", "had a couple".
    "unnamed_drink_had": (
        "ho gayi thodi", "हो गई थोड़ी", "हो गयी थोड़ी", "thodi ho gayi", "थोड़ी हो गई", "थोड़ी हो गयी", "thodi si ho gayi",
        "थोड़ी सी हो गई", "thodi zali", "थोडी झाली", "thodi jhali", "thodishi zali", "थोडीशी झाली", "zali thodi",
        "झाली थोडी", "thodi chakh li", "थोड़ी चख ली", "thodi si chakh li", "थोड़ी सी चख ली", "chakh li thodi",
        "le li thodi", "ले ली थोड़ी", "li thodi", "ली थोड़ी",
        # English leaves it out only before the time or the place: "had a couple last night".
        "had a couple last night", "had a few last night", "had a couple yesterday", "had a few yesterday",
        "had a couple tonight", "had a few tonight", "had a couple at the party", "had a few at the party",
        "had a couple at the wedding", "had a few at the wedding", "had a couple after work",
        "had a few after work", "had a couple with the boys", "had a few with the boys",
    ),
    # When, where and with whom it is had, and the shame after it.
    "unnamed_drink_scene": (
        "kal raat", "कल रात", "kal sham", "kal shaam", "कल शाम", "raat ko", "रात को", "party", "पार्टी", "shaadi",
        "शादी", "lagna", "lagnat", "लग्नात", "lagna madhe", "लग्नामध्ये", "wedding", "dosto", "दोस्तों", "mitra", "मित्र",
        "mitransobat", "मित्रांसोबत", "friends", "last night", "yesterday", "sorry", "सॉरी", "maaf", "माफ़", "माफ",
        "galti", "गलती", "sharam", "शर्म", "chuk", "चूक", "ashamed", "guilty", "regret", "relapse",
    ),
    # A little of something else, or a couple of something counted.
    "unnamed_drink_other": (
        "der", "देर", "baarish", "बारिश", "paus", "पाऊस", "problem", "प्रॉब्लम", "madad", "मदद", "takleef", "तकलीफ",
        "bahas", "बहस", "bhandan", "भांडण", "jhagda", "झगड़ा", "kaam", "काम", "sabzi", "सब्ज़ी", "khana", "खाना",
        "chai", "चाय", "coffee", "mithai", "मिठाई", "meetha", "मीठा", "biryani", "dal", "jevan", "जेवण",
        "bhaji", "भाजी", "of days", "of hours", "of weeks", "of friends", "of times", "of questions", "of calls",
        "hours", "days", "weeks", "minutes", "bites", "slices", "laughs", "tries", "words", "changes", "drinks of water",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

DRINK_LEFT_UNNAMED: tuple[Combination, ...] = (
    Combination(RE, (_g("unnamed_drink_had"), _g("unnamed_drink_scene")), 10, across=True,
                unless=_g("unnamed_drink_other"), unless_reach=3),
)
