"""An apology for one day's behaviour ("sorry for everything yesterday, i was rude", "kal ke liye
sorry, maine gussa kiya", "कालच्या बद्दल सॉरी, मी ओरडलो"): the writer names the day and what
they did wrong in it. A farewell's "sorry for everything" names neither, so the classifier's
opinion that such a message resembles suicide messages defers to this reading
(alumni.domain.crisis.detector); the rules' own findings are untouched."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_SORRY = frozenset({"sorry", "sry", "sorri", "सॉरी", "maaf", "माफ", "माफ़", "apologies", "apologise", "apologize"})
_A_DAY_PAST = frozenset({"yesterday", "yday", "kal", "कल", "kaal", "काल", "kalchya", "कालच्या", "kalcha",
                         "कालचा", "kalchi", "कालची", "tonight's", "morning's"})
# What was done wrong that day, by the writer.
_MISBEHAVED = ("i was rude", "was rude", "i shouted", "i yelled", "i was angry", "i snapped", "i lost my temper",
               "gussa kiya", "gussa ho gaya", "chillaya", "chilla diya", "गुस्सा किया", "चिल्लाया",
               "rude tha", "rude thi", "badtameezi", "बदतमीज़ी", "बदतमीजी", "ordlo", "ओरडलो", "ओरडले",
               "ragavlo", "रागावलो", "रागावले", "chidlo", "चिडलो")


def apology_for_a_day(c: Concepts) -> bool:
    typed = c.typed_words
    if _SORRY.isdisjoint(typed) or _A_DAY_PAST.isdisjoint(typed):
        return False
    return c.may_hold(_MISBEHAVED)
