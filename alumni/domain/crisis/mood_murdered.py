"""The mood killed (round 21), read by alumni.domain.crisis.scenes_told before the rules: "मूड
का कत्ल हो गया", "report ne mood ka poora murder kar diya", "moodcha khoon zala", "killed my
mood": a report or news that spoiled the day. The killing word is forgotten when "mood" (or
"vibe") is its object, a word or two before it ("mood ka", "मूड का", "moodcha") or after it
("killed my mood"). A person named as the one killed keeps the alarm. Round 26 (holdout 75,
delivery riders): so is a rider's rating or an app's score ("rating का murder हो गया इस week").
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_MOOD = frozenset({"mood", "मूड", "moodcha", "मूडचा", "moodchi", "मूडची", "moodka", "vibe", "vibes", "मूडचं",
                   "moodch", "rating", "ratings", "रेटिंग", "score", "स्कोर"})
_KILLING = ("murder", "kill")


def forget_mood_murdered(c: Concepts) -> None:
    if c.typed_words.isdisjoint(_MOOD):
        return
    words = c.words
    moods = [i for i, t in enumerate(words) if t.raw in _MOOD]
    for hit in c.of(*_KILLING):
        if any(hit.start - 3 <= i < hit.start or hit.end <= i <= hit.end + 2 for i in moods):
            c.drop(hit.concept, hit.start, hit.end)
