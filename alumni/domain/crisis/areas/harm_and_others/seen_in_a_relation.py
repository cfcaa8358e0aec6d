"""Danger to someone close told by what the writer sees: a brother or a friend sitting by a pool,
a river or a roof sending goodbye messages to everyone ("सगळ्यांना गुडबाय मेसेज पाठवतोय", "sabko
goodbye message bhej raha hai"), a roommate or a sister cutting a hand or a wrist, with blood
("bathroom मध्ये हात कापत बसला होता, खूप blood").

A farewell at a transfer, a retirement or a last day, a trip abroad, vegetables or nails being cut
stay quiet: the goodbye needs a relation and no such occasion, the cutting a relation and the hand
or the wrist cut with blood, and chopping or an accident cancels it.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SU = Category.SUICIDE
SH = Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # Goodbye messages sent: "गुडबाय मेसेज पाठवतोय", "goodbye message bhej raha", "texting everyone bye".
    "goodbye_messages": ("गुडबाय मेसेज", "goodbye message", "goodbye messages", "goodbye msg", "goodbye msgs",
                         "goodbye text", "goodbye texts", "bye messages", "bye message", "alvida message",
                         "अलविदा मेसेज", "अलविदा का मैसेज", "गुडबाय मैसेज", "गुडबाय का मैसेज", "nirop message",
                         "निरोपाचे मेसेज", "निरोपाचा मेसेज", "texting everyone goodbye", "saying goodbye to everyone",
                         "sabko bye bol raha", "सबको बाय बोल रहा", "sagalyanna bye", "सगळ्यांना बाय"),
    # The occasion that makes a goodbye ordinary: a transfer, a last day, a trip.
    "goodbye_occasion": ("transfer", "retirement", "retire", "last day", "farewell party", "send off", "send-off",
                         "shifting", "moving to", "abroad", "visa", "flight", "airport", "graduation", "batch",
                         "convocation", "resign", "resigned", "notice period", "new job", "trip", "tour",
                         "बदली", "badli", "nivrutti", "निवृत्ती", "शेवटचा दिवस", "aakhri din", "आखिरी दिन"),
    # Someone else cutting a hand or a wrist: "हात कापत", "haath kaat raha", "cutting his wrist".
    "cutting_their_hand": ("हात कापत", "haat kapat", "hat kapat", "हात कापून घेत", "haat kapun ghet",
                           "mangat kapat", "मनगट कापत", "हाथ काट रहा", "haath kaat raha", "hath kaat raha",
                           "haath kaat rahi", "हाथ काट रही", "kalai kaat raha", "कलाई काट रहा", "kalai kaat rahi",
                           "कलाई काट रही", "nas kaat raha", "नस काट रहा", "cutting his hand", "cutting her hand",
                           "cutting his wrist", "cutting her wrist", "cutting his arm", "cutting her arm",
                           "cutting himself", "cutting herself", "was cutting himself", "slitting his wrist"),
    # Chopping or an accident: why a hand is cut on an ordinary day.
    "cut_by_chore": ("vegetable", "vegetables", "sabzi", "सब्ज़ी", "भाजी", "bhaji", "onion", "kanda", "कांदा",
                     "chopping", "nails", "nakh", "नख", "नखं", "nakhun", "chukun", "चुकून", "galti se",
                     "गलती से", "by mistake", "accidentally", "glass broke", "kaach", "काच", "कांच", "paper cut"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

SEEN_IN_A_RELATION: tuple[Combination, ...] = (
    # A relation or a friend sending goodbye messages to everyone, with no transfer or trip.
    Combination(SU, (_g("relation"), _g("goodbye_messages")), 12, unless=_g("goodbye_occasion"), unless_reach=12),
    # A relation or a roommate cutting a hand or a wrist, with blood.
    Combination(SH, (_g("relation"), _g("cutting_their_hand"), _g("bleed")), 14, across=True,
                unless=_g("cut_by_chore"), unless_reach=10),
)
