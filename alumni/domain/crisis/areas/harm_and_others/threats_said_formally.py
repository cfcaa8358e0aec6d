"""Harm to others threatened in the formal register (round 15: holdout 42): the Sanskrit and
Urdu nouns of killing ("हत्या", "वध") with the writer's own verb of doing it to come
("मैं उसकी हत्या कर दूँगा", "tyachi hatya karen", "उसका वध करना चाहता हूँ"). Words and the rule
that reads them (appended to the area's COMBINATIONS by rules.py).

The nouns are also the news's ("गाँव में हत्या हुई", "हत्या के आरोप में गिरफ्तार") and a
court's, so only a verb in the writer's future or will makes a threat: a killing reported,
or "हत्या करने वाले को सज़ा मिले", stays quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    # The formal noun of a killing: "हत्या", "वध" ("क़त्ल" and "खून कर*" are the murder words,
    # which the idioms may clear when a mother-in-law says them laughing).
    "slaying_formal": ("हत्या", "hatya", "hatyaa", "वध", "vadh"),
    # The writer's verb of doing it to come: "कर दूँगा", "करेन", "करणार", "कर डालूँगा".
    "will_do_it": ("कर दूँगा", "कर दूंगा", "कर दूँगी", "कर दूंगी", "kar dunga", "kar dungi", "kar doonga",
                   "कर डालूँगा", "कर डालूंगा", "kar dalunga", "kar daalunga", "करूँगा", "करूंगा", "karunga",
                   "करूँगी", "करूंगी", "karungi", "कर देंगे", "kar denge", "करेन", "karen", "करीन", "karin",
                   "करणार", "karnar", "करून टाकीन", "karun takin", "करून टाकणार", "karun taknar",
                   "करायचा आहे", "karaycha ahe", "करना चाहता", "karna chahta", "करना है", "karna hai"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

THREATS_SAID_FORMALLY: tuple[Combination, ...] = (
    # "मैं उसकी हत्या कर दूँगा": the noun, then the writer's verb to come.
    Combination(HO, (_g("slaying_formal"), _g("will_do_it")), 1, order=True),
)
