"""Whether a finding is about someone else: the nearest subject before it is another person
("my brother took all his pills", "bhai ne zehar kha liya"), not the writer."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts, Hit
from alumni.domain.crisis.detection import Category
from alumni.domain.crisis.windows import span

_YOU = frozenset({"tumhi", "तुम्ही", "tum", "तुम", "tumne", "तुमने", "aap", "आप", "aapne", "आपने", "apne", "tu",
                  "तू", "tune", "तूने", "you", "u"})
_MY_MARATHI = frozenset({"majhi", "mazhi", "mazi", "maazi", "maajhi", "माझी", "माझि"})


def about_someone_else(c: Concepts, hits: tuple[Hit, ...], category: Category) -> bool:
    """The nearest subject before the finding is another person (and not after "with")."""
    words = c.words
    start, end = span(hits)
    if category is Category.RELAPSE and _writer_joined(c, end):
        return False
    # Marathi "majhi", "माझी" (my) alone folds onto "mamaji" (an uncle): the writer's own
    # ("majhi ata jagaychi ichha nahi"); "माझी आई" (my mother) is read whole and stays.
    people = {h.start: "relation" for h in c.of("relation")
              if not (h.end - h.start == 1 and words[h.start].raw in _MY_MARATHI)}
    people.update({h.start: "third" for h in c.of("third_person")})
    first = {h.start for h in c.of("first_person", "self")}
    prepositions = {h.start for h in c.of("preposition")} - {h.start for h in c.of("first_person")}
    sentence = words[start].sentence
    for i in range(start - 1, max(-1, start - 9), -1):
        if words[i].sentence != sentence:
            break
        if i in first:
            return False
        if i in people:
            if people[i] == "relation" and (i - 1 in prepositions or (i - 2 in prepositions and i - 1 not in first)):
                continue
            if people[i] == "relation" and i + 1 < len(words) and words[i + 1].raw in _YOU:
                continue    # "mentor dada, tumhi khup kela": the one written to, not the one in danger
            return True
    if category is Category.HARM_TO_OTHERS:      # "uska gala daba dunga": the other person is the one threatened
        return False

    possessive = {h.start for h in c.of("third_person")} - _god_spoken_of(c)
    return any(start <= i < end + 2 for i in possessive) and not any(start <= i < end for i in first)


def _god_spoken_of(c: Concepts) -> set[int]:
    """"god will understand, he knows my pain", "bhagwan samajh lenge, wo sab jaante hain": a he or
    his a few words after God, in the same sentence, is God (round 14)."""
    words = c.words
    gods = c.of("god", "god_by_name")
    return {h.start for h in c.of("third_person")
            if any(0 <= h.start - g.end <= 4 and words[g.start].sentence == words[h.start].sentence
                   for g in gods)}


def _writer_joined(c: Concepts, end: int) -> bool:
    """The writer joins the others right after their using ("the boys had MD in the parking
    and I joined them", "दोस्त पी रहे थे. मैं भी बैठ गया"): their using is the writer's too."""
    words = c.words
    sentence = words[end - 1].sentence
    return any(h.start >= end and words[h.start].sentence - sentence <= 1 for h in c.of("joined_in"))
