"""Tomorrow's event not to be seen (round 20): "she won't see tomorrow's match, she has exams",
"i won't make it to tomorrow's meeting": the possessive makes "tomorrow" a match, a show or a
meeting, not the day one will not live to see. The day itself ("he won't see tomorrow",
"i won't see tomorrow's sunrise") keeps its reading. Hindi and Marathi name the event apart
("kal ka match", "उद्याची मॅच") and never read as the day. Read by
alumni.domain.crisis.scenes_told before the rules."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_TOMORROWS = frozenset({"tomorrow's", "tomorrow’s", "tmrw's", "tmrw’s", "tommorow's", "tommorrow's", "tomorow's",
                        "tomorrows"})
_EVENT = frozenset({"match", "game", "final", "finals", "semi", "semifinal", "exam", "paper", "test", "show",
                    "episode", "movie", "film", "concert", "meeting", "class", "lecture", "session", "party",
                    "function", "wedding", "ceremony", "result", "results", "news", "shift", "interview", "flight",
                    "train", "race", "event", "parade", "practice", "training", "rehearsal", "performance", "play",
                    "launch", "fireworks", "presentation", "appointment", "programme", "program", "seminar",
                    "webinar", "stream", "premiere", "release", "trip", "puja", "aarti", "prayer", "assembly",
                    "ipl", "cricket", "football", "tournament", "sale", "eclipse"})


def forget_tomorrows_event(c: Concepts) -> None:
    found = c.of("tomorrow_sun")
    if not found:
        return
    words = c.words
    for hit in found:
        last = words[hit.end - 1]
        if last.raw not in _TOMORROWS:
            continue
        after = words[hit.end:hit.end + 3]
        if any(w.raw in _EVENT and w.clause == last.clause for w in after):
            c.drop("tomorrow_sun", hit.start, hit.end)
