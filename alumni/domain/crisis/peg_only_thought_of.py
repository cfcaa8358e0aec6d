"""A peg only thought of (round 20): "ek peg ka khayal aa raha hai", "ek peg ki yaad aa rahi
hai", "ek peg ki talab", "एक पेग ची आठवण येतेय": the peg is the object of a thought, a memory
or a longing, not a drink had. Its drinking words are forgotten and a craving read in their
place, so the message is urgent rather than a relapse. A peg had ("ek peg maar liya", "ek peg
le liya") keeps its reading. Read by alumni.domain.crisis.scenes_told before the rules."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_PEG = frozenset({"peg", "पेग", "pegg", "paig", "पैग"})
_OF = frozenset({"ka", "ki", "ke", "का", "की", "के", "chi", "cha", "chya", "ची", "चा", "च्या", "of", "for"})
# The thought, the memory, the longing: "khayal", "yaad", "talab", "आठवण", "thought".
_THOUGHT = ("khayal", "khayaal", "ख्याल", "ख़्याल", "yaad", "याद", "talab", "तलब", "aathvan", "athvan", "आठवण",
            "aathavan", "tallaf", "talap", "तलफ", "ichha", "इच्छा", "thought", "thoughts", "craving", "urge",
            "itch", "vichar", "विचार", "man", "मन")
_HAD = ("drank", "some_amount", "drink_verb", "take_any", "use", "alcohol")


def forget_peg_only_thought_of(c: Concepts) -> None:
    if c.typed_words.isdisjoint(_PEG):
        return
    words = c.words
    for i, token in enumerate(words[:-2]):
        if token.raw not in _PEG or words[i + 1].raw not in _OF:
            continue
        thought = words[i + 2]
        if not thought.raw.startswith(_THOUGHT) or thought.sentence != token.sentence:
            continue
        start = i - 1 if i and words[i - 1].raw in ("ek", "एक", "one", "a") else i
        for name in _HAD:
            c.drop(name, start, i + 2)
        c.add("craving", i + 2, i + 3)
