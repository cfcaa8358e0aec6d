"""Drunkenness seen, not had (round 18): a film's drunk scene or its title ("the hangover
morning scene from The Hangover", "Devdas ka sharabi wala scene", "movie madhla drunk
character"), and people in general "when drunk" after the news or the street ("scary what
people do when drunk", "log nashe me kya kya karte hain"). Read by
alumni.domain.crisis.idioms before the rules: the word of being drunk is forgotten there.

Only a drunk word tied to the screen word next to it (a scene, a film, a character, a song),
or to people in general with no "I" between them, goes: "watched the film and got drunk",
"had a hangover after the movie night", "i do stupid things when drunk" keep their reading,
as does "people say i'm a mess when drunk"."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_DRUNK = ("intoxicated", "drank", "alcohol", "high_word", "eat", "drink_verb", "use")
# What a drunk word names when one of these follows it: "hangover scene", "drunk character".
_SCREEN = frozenset({"scene", "scenes", "movie", "movies", "film", "films", "character", "characters",
                     "song", "songs", "episode", "dialogue", "dialog", "sequence", "trailer", "clip", "meme",
                     "memes", "सीन", "फिल्म", "गाना", "गाणं", "सिनेमा", "picture", "pikchar"})
# A title after a screen word: "scene from The Hangover", "watched The Hangover".
_TITLE_BEFORE = frozenset({"from", "watched", "watching", "movie", "film", "dekhi", "dekha", "पाहिला", "बघितला"})
# People in general, and the writer.
_PEOPLE = frozenset({"people", "log", "लोग", "lok", "लोक", "they", "some", "men", "guys", "drivers"})
_WRITER = frozenset({"i", "i'm", "im", "me", "my", "main", "मैं", "mi", "मी", "maine", "मैंने", "mala", "मला",
                     "mujhe", "मुझे", "we", "hum", "हम", "amhi", "आम्ही"})
_WHEN = frozenset({"when", "jab", "जब", "if", "after", "getting", "get"})


def _named_on_screen(c: Concepts, start: int, end: int) -> bool:
    words = c.words
    after = [w for w in words[end:end + 2] if w.clause == words[start].clause]
    if any(w.raw in _SCREEN for w in after):
        return True
    before = words[max(0, start - 2):start]
    return (words[start].surface[:1].isupper() and any(w.raw == "the" for w in before)
            and any(w.raw in _TITLE_BEFORE for w in before))


def _people_when_drunk(c: Concepts, start: int) -> bool:
    words = c.words
    if start == 0:
        return False
    if words[start - 1].raw in _PEOPLE and c.of("story"):
        # "news me dikhaya, log nashe me kya karte hain": people in general, on the news.
        return True
    if words[start - 1].raw not in _WHEN:
        return False
    clause = words[start].clause
    for w in reversed(words[max(0, start - 6):start - 1]):
        if w.clause != clause or w.raw in _WRITER:
            return False
        if w.raw in _PEOPLE:
            return True
    return False


def forget_drunk_on_screen(c: Concepts) -> None:
    for hit in c.of("intoxicated", "drank"):
        if _named_on_screen(c, hit.start, hit.end) or _people_when_drunk(c, hit.start):
            for name in _DRUNK:
                c.drop(name, hit.start, hit.end)
