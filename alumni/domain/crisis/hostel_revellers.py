"""A whole hostel wing drunk while the writer did something else (round 19): "the whole wing
was drunk after the last paper, i ordered maggi and watched cricket", "poora hostel tight tha,
main so gaya", "अख्खी wing टाईट होती, मी मॅगी खाल्ली आणि झोपलो". The drunk word's subject is a
group (a wing, a hostel, a floor, a batch, a class) and the writer's own evening, told right
after it, is a meal, a match, sleep or study: the group's drunkenness is forgotten. "the whole
wing was drunk and so was i", "poora hostel tight tha, maine bhi pi" and a writer who joined
them keep their reading: only the listed sober doings count, and any drinking of the writer's
told elsewhere is read by the rules as before. Read by alumni.domain.crisis.idioms before the
rules; sober_among_revellers.py reads the same scene when the writer names his sobriety."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_GROUP = ("wing", "hostel", "हॉस्टेल", "हॉस्टल", "floor", "batch", "class", "क्लास", "flat", "pg", "mess",
          "gang", "group", "ग्रुप", "विंग", "बॅच", "बैच", "room", "रूम")
_WHOLE = frozenset({"whole", "entire", "poora", "pura", "poori", "puri", "पूरा", "पूरी", "सारा", "saara",
                    "akkhi", "akkha", "अख्खी", "अख्खा", "saglya", "sagli", "सगळी", "सगळा", "all", "the"})
_WRITER = frozenset({"i", "main", "mai", "मैं", "mi", "मी", "maine", "मैंने"})
_SOBER_DOING = ("order", "watch", "slept", "sleep", "studied", "study", "called", "played", "maggi",
                "मैगी", "मॅगी", "padh", "पढ़", "khaya", "khayi", "खाया", "खाई", "खाल्ल", "khalla", "khalli",
                "jhop", "झोप", "zop", "abhyas", "अभ्यास", "dekh", "देख", "pahil", "पाहिल", "chai", "चाय",
                "चहा", "coffee")
# Short words asked whole: "so gaya" (slept), not "soon"; "ate", not "later".
_SOBER_WORDS = frozenset({"so", "सो", "ate", "read", "eat"})
_DRUNK = ("intoxicated", "drank", "alcohol", "eat", "drugs", "high_word")
_TOO = frozenset({"too", "also", "bhi", "भी", "pan", "पण", "suddha", "सुद्धा", "joined", "with"})


def _group_before(c: Concepts, start: int) -> bool:
    words = c.words
    clause = words[start].clause
    for k in range(max(0, start - 4), start):
        if words[k].clause == clause and words[k].raw.startswith(_GROUP) and k and words[k - 1].raw in _WHOLE:
            return True
    return False


def _writer_sober_after(c: Concepts, end: int) -> bool:
    words = c.words
    sentence = words[end - 1].sentence
    window = [w for w in words[end:end + 8] if w.sentence == sentence]
    for i, w in enumerate(window):
        if w.raw in _WRITER:
            rest = window[i + 1:i + 4]
            if any(r.raw in _TOO for r in rest):
                return False
            return any(r.raw.startswith(_SOBER_DOING) or r.raw in _SOBER_WORDS for r in rest)
    return False


def forget_hostel_revellers(c: Concepts) -> None:
    if not c.of("intoxicated") or not c.may_hold(_GROUP):
        return
    for hit in c.of("intoxicated"):
        if _group_before(c, hit.start) and _writer_sober_after(c, hit.end):
            for name in _DRUNK:
                c.drop(name, hit.start, hit.end)
