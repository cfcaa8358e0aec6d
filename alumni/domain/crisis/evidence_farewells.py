"""Farewells read across the message from the words around them (alumni.domain.crisis
.evidence), in English, Hindi and Marathi: contact refused from a time on ("dont call this
number after tonight", "आज के बाद मेरा फोन मत लगाना"), the writer leaving with nowhere named
("मी जातो." at the end of the message), and an ending verb with no object after the writer
("aata mi pan sampvto"). Each adds the words to a signal class; like every signal it counts
only beside another one."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts, Hit
from alumni.domain.crisis.evidence_signals import Signals

# Words that may sit between the writer and the verb, or follow it, without being its object.
_FILLERS = frozenset({"pan", "पण", "bhi", "भी", "ata", "aata", "आता", "ab", "अब", "aaj", "आज", "now",
                      "ekdach", "एकदाच", "hi", "ही", "ch", "च", "hamesha", "हमेशा", "forever", "bas", "बस",
                      "hu", "hun", "hoon", "हूं", "हूँ", "hai", "है", "ahe", "aahe", "आहे", "ok"})


def read_farewells(c: Concepts, s: Signals) -> None:
    _contact_refused_after(c, s)
    _leaving_for_nowhere(c, s)
    _ending_with_no_object(c, s)


def _add(s: Signals, name: str, start: int, end: int) -> None:
    s.words.setdefault(name, []).append((start, end))


def _near(c: Concepts, a: Hit, b: Hit, gap: int) -> bool:
    words = c.words
    if abs(words[a.start].sentence - words[b.start].sentence) > 1:
        return False
    return max(a.start - b.end, b.start - a.end) <= gap


def _contact_refused_after(c: Concepts, s: Signals) -> None:
    """"Don't call after tonight", "आज के बाद फोन मत लगाना", "you won't need to call me next week":
    the writer's time, not a number changed (a weak sign alone, strong beside another)."""
    refusals = [(w, d) for w in c.of("contact_word") for d in c.of("dont_do", "cut_off") if _near(c, w, d, 2)]
    for when in c.of("onward_time"):
        for word, dont in refusals:
            if _near(c, when, word, 6) or _near(c, when, dont, 6):
                _add(s, "gone", min(word.start, dont.start, when.start), max(word.end, dont.end, when.end))
                return


def _end_of_clause(c: Concepts, end: int) -> bool:
    """Nothing but fillers between `end` and the end of its clause."""
    words = c.words
    clause = words[end - 1].clause
    return all(words[i].raw in _FILLERS for i in range(end, len(words)) if words[i].clause == clause)


def _writer_just_before(c: Concepts, verb: Hit) -> bool:
    """The writer, then nothing but fillers, then the verb: "मी जातो", "mi pan sampvto"."""
    words = c.words
    for person in c.of("first_person", "first_person_mr"):
        if person.start == verb.start:
            return True     # "im going": the writer inside the verb's words
        between = range(person.end, verb.start)
        if 0 <= verb.start - person.end <= 2 and all(words[i].raw in _FILLERS for i in between):
            return True
    return False


def _leaving_for_nowhere(c: Concepts, s: Signals) -> None:
    """"आईले सांगा माफ कर. मी जातो", "mai ja reha hamesha layi": the writer going, with no place
    named after it, in the message's last sentence: a goodbye (weak)."""
    if c.of("commute", "away_trip", "clock_time", "errand", "gone_travelling"):
        return      # "tell dad i'll be late, im going": to work, to a train, at an hour
    last = c.words[-1].sentence
    for verb in c.of("going_off"):
        if c.words[verb.start].sentence == last and _writer_just_before(c, verb) and _end_of_clause(c, verb.end):
            _add(s, "bye", verb.start, verb.end)
            return


def _ending_with_no_object(c: Concepts, s: Signals) -> None:
    """"aata mi pan sampvto": the writer ends, and nothing is said to be ended."""
    for verb in c.of("end_bare"):
        if _writer_just_before(c, verb) and _end_of_clause(c, verb.end):
            _add(s, "ending", verb.start, verb.end)
            return
