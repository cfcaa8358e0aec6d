"""Using again told by the morning after (round 19, this session's probes): an offer the writer
could not refuse, and the head that pounds or the hangover after it ("the old friends came over
last night and i couldn't say no. head is pounding", "yaar log aaye, mana nahi kar paya, subah
se sir phat raha hai", "नको म्हणता आलं नाही, आज डोकं जड आहे"). Neither alone says a drink was
taken; together they do.

Work that could not be refused ("couldn't say no to the extra shift, head is pounding") is an
aching head of another kind and stays quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # The offer not refused: "couldn't say no", "mana nahi kar paya", "नको म्हणता आलं नाही".
    "could_not_refuse": ("couldn't say no", "couldnt say no", "could not say no", "cudnt say no",
                         "mana nahi kar paya", "mana nahi kar payi", "मना नहीं कर पाया", "मना नहीं कर पाई",
                         "mana nahi kar saka", "मना नहीं कर सका", "na nahi bol paya", "ना नहीं बोल पाया",
                         "nako mhanta aala nahi", "नको म्हणता आलं नाही", "nahi mhanu shaklo nahi",
                         "नाही म्हणू शकलो नाही", "naahi mhanta aala nahi", "नाही म्हणता आलं नाही",
                         # not avoided, or no "no" said at all: "नाही टाळता आलं", "मी नाही म्हणालो नाही"
                         "नाही टाळता आलं", "टाळता आलं नाही", "nahi talta aala", "nahi talta ala", "talta aala nahi",
                         "talta ala nahi", "नाही म्हणालो नाही", "nahi mhanalo nahi", "naahi mhanalo nahi",
                         "didnt say no", "didn't say no", "did not say no", "couldnt avoid it", "couldn't avoid it",
                         "टाल नहीं पाया", "taal nahi paya", "mana nai kar paya", "mana nhi kar paya",
                         "mana nai kar payi"),
    # The morning after: the pounding head, the hangover, the heaviness not gone.
    "morning_head": ("head is pounding", "head pounding", "pounding head", "hangover", "hungover", "hung over",
                     "sar phat raha", "sir phat raha", "सिर फट रहा", "सर फट रहा", "sir bhari hai", "सिर भारी है",
                     "doka jad", "डोकं जड", "doka jad aahe", "khumari", "खुमारी", "abhi tak utri nahi",
                     "अभी तक उतरी नहीं"),
    # What else is not refused and aches the head: work asked of one.
    "work_asked": ("work", "kaam", "काम", "overtime", "extra shift", "shift", "project", "deadline", "favour",
                   "favor", "duty", "ड्यूटी", "boss", "बॉस"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

MORNING_AFTER: tuple[Combination, ...] = (
    Combination(RE, (_g("could_not_refuse"), _g("morning_head")), 16, order=True, across=True,
                unless=_g("work_asked"), unless_reach=6),
)
