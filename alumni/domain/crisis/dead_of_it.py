"""Dead and dying, said of tiredness, laughter and embarrassment, removed with the other
everyday idioms (everyday_idioms.py) when nothing grave is in the message:

- dead on one's feet: tired;
- "I'm dead 💀 that meme", "dying 😂 this reel": laughing;
- "i'm dead 😭 prof called me 'beta' on the zoom call with 200 ppl": dead of embarrassment,
  with the scene before an audience told in the same breath.

A wish of one's own ("want to be dead") keeps it alerting.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts, Hit
from alumni.domain.crisis.spelling import Token

_WISHES = frozenset({"want", "wanna", "wish", "chahta", "chahti", "चाहता", "चाहती", "icchha", "इच्छा"})


def _sentence_of(words: list[Token], hit: Hit) -> list[Token]:
    return [t for t in words if t.sentence == words[hit.start].sentence]


def _wish_in(words: list[Token]) -> bool:
    return any(t.raw in _WISHES for t in words)


# "dead on my feet": tired.
_FEET = frozenset({"feet", "foot", "legs"})


def _dead_on_ones_feet(c: Concepts) -> None:
    words = c.words
    for hit in c.of("die"):
        after = [t.raw for t in words[hit.end:hit.end + 3]]
        if words[hit.start].raw == "dead" and after[:1] == ["on"] and _FEET.intersection(after[1:]):
            c.drop("die", hit.start, hit.end)
            c.drop("want", max(0, hit.start - 2), hit.start)     # "I'm", "I am"


# "I'm dead 💀 that meme", "dying 😂 this reel": laughing at something funny.
_FUNNY = frozenset({"meme", "memes", "joke", "jokes", "reel", "reels", "video", "videos", "clip", "post",
                    "comment", "comments", "tweet", "standup", "stand-up", "roast", "pic", "caption", "sketch"})
_SKULL = frozenset({"skull"})


def _laughing_dead(c: Concepts) -> None:
    words = c.words
    for hit in c.of("die"):
        sentence = _sentence_of(words, hit)
        if words[hit.start].raw not in ("dead", "ded", "dying", "dyin") or _wish_in(sentence):
            continue
        laughs = [i for i in range(hit.end, min(len(words), hit.end + 3))
                  if words[i].raw in _SKULL or words[i].raw == "lol"]
        if laughs and any(t.raw in _FUNNY for t in sentence):
            c.drop("die", hit.start, max(laughs) + 1)      # the skulls are "die" too
            c.drop("want", max(0, hit.start - 2), hit.start)


# Round 15: "i'm dead 😭 prof called me 'beta' on the zoom call with 200 ppl": dead of
# embarrassment, a bare "dead" and the scene of it before an audience (a call, the class, a
# crowd "in front of" whom). "dead inside", a wish, or "i'm dead" with no such scene still alert.
_CROWD = frozenset({"ppl", "people", "log", "लोग", "students", "kids"})
_WHOLE = frozenset({"whole", "entire", "poori", "puri", "पूरी", "saari", "sari", "सारी"})
_GATHERED = frozenset({"class", "office", "school", "college", "family", "group", "team", "department", "batch"})
_BEFORE_THEM = frozenset({"infront", "saamne", "samne", "सामने", "samor", "समोर", "sabke", "सबके", "saglyansamor",
                          "सगळ्यांसमोर"})
_ON_A_CALL = frozenset({"zoom", "meet", "teams", "call", "stage", "mic"})
_STILL_DEAD = frozenset({"inside", "already", "soon", "tonight", "anyway", "to", "by"})


def _dead_of_embarrassment(c: Concepts) -> None:
    words = c.words
    for hit in c.of("die"):
        if words[hit.start].raw not in ("dead", "ded") or hit.start == 0 \
                or words[hit.start - 1].raw not in ("i'm", "im", "am"):
            continue
        if hit.end < len(words) and words[hit.end].raw in _STILL_DEAD:
            continue
        scene = _sentence_of(words, hit)      # the scene told in the same breath
        if _wish_in(scene):
            continue
        if any(_a_scene(scene, k) for k in range(len(scene))):
            c.drop("die", hit.start, hit.end)
            c.drop("want", hit.start - 1, hit.start)


def _a_scene(words: list[Token], k: int) -> bool:
    """"with 200 ppl", "the whole class", "in front of", "sabke saamne", "on the zoom call"."""
    raw, before = words[k].raw, words[k - 1].raw if k > 0 else ""
    return (raw in _CROWD and before.isdigit()) or (raw in _GATHERED and before in _WHOLE) \
        or raw in _BEFORE_THEM or (raw == "front" and k + 1 < len(words) and words[k + 1].raw == "of") \
        or (raw in _ON_A_CALL and before in ("on", "the", "a"))


def remove_dead_of_it(c: Concepts) -> None:
    _dead_on_ones_feet(c)
    _laughing_dead(c)
    _dead_of_embarrassment(c)
