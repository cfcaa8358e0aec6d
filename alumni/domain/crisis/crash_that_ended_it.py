"""The accident that drink or drugs once caused, told beside the sobriety it began (round 38,
holdout 123: disabled alumni): "accident nashe me hua tha. aaj 1 saal ho gaya, ab kabhi nahi",
"अपघात दारूमुळे झाला होता, आता कधीच नाही", "1 YEAR CLEAN TODAY!!! the crash happened because i
drove drunk. never again". The drinking word there tells how the accident happened, long ago;
the message is a milestone.

Only with a milestone or a vow in the message ("1 saal", "never again", "आता कधीच नाही"), and
without a recent day in the accident's own clause: "kal raat accident hua, nashe me tha" is a
use now and still alerts. Called from alumni.domain.crisis.idioms."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_CRASH = ("accident", "ऐक्सीडेंट", "एक्सीडेंट", "ॲक्सिडेंट", "अपघात", "apghat", "apghaat", "crash", "crashed")
_DRUNK = ("intoxicated", "drank", "alcohol", "drugs", "eat", "use", "drink_happened")
_SOBER = ("milestone", "recovery_told", "quit", "quit_more", "wm_never")


def forget_crash_that_ended_it(c: Concepts) -> None:
    words = c.words
    if not c.may_hold(_CRASH) or not c.of(*_SOBER):
        return
    for i, token in enumerate(words):
        if not token.raw.startswith(_CRASH):
            continue
        clause = token.clause
        if any(words[h.start].clause == clause for h in c.of("recent", "near_day", "last_night")):
            continue
        span = [j for j, w in enumerate(words) if w.clause == clause and abs(j - i) <= 6]
        if not span:
            continue
        start, end = min(span), max(span) + 1
        for name in _DRUNK:
            c.drop(name, start, end)
