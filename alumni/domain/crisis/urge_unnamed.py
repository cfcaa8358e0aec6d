"""An urge with nothing named (round 23), read by alumni.domain.crisis.scenes_told before the
rules. Written to a recovery service, a strong wish with no object and a mind held back are
the craving itself; the rules otherwise need a substance or a plea beside them:

- a wish made strong and left without an object: "aaj bahut mann ho raha hai", "bahut zyada
  mann kar raha hai sir", "आज खूप मन होतंय". "bahut mann ho raha hai ghar jaane ka" and "khup
  man hotay gavala jaycha" name what is wished, and stay quiet;
- the mind or the self held back, or the wish that will not stop: "mann ko rok raha hu", "मन
  को रोक रहा हूँ", "khud ko rok raha hu", "ichha thambat nahi", "मन नहीं मान रहा". Held back
  from something named ("mann ko rok raha hu shopping se") stays quiet.

A craving is read in their place: an urgent case, no helpline text.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.spelling import Token

_MIND = frozenset({"mann", "man", "mn", "मन", "dil", "दिल", "ichha", "iccha", "इच्छा"})
# The wish's verb after the mind: "kar raha", "ho raha", "hotay", "kartay".
_WISH_VERB = ("kar", "kr", "ho", "hot", "kart", "karat", "कर", "हो", "होत", "करत", "करतं", "होतं")
_STRONG = frozenset({"bahut", "bohot", "bohut", "bht", "bhot", "boht", "bahot", "zyada", "jyada", "jada",
                     "बहुत", "ज़्यादा", "ज्यादा", "itna", "इतना", "khup", "khoop", "खूप", "far", "फार", "lai",
                     "लई", "bharpur", "भरपूर", "very", "so"})
# A verbal noun names what is wished: "jaane ka", "milne ka", "jaycha", "खाण्याचं".
_OBJECT_ENDINGS = ("ne", "na", "ने", "ना", "aycha", "aychi", "aychay", "ayche", "ayla", "ycha", "ychi", "ायचं",
                   "ायचा", "ायची", "ायला", "ण्याचं", "ण्याची", "ण्याचा", "nyacha", "nyachi", "nyach")
# The mind or the self held back: "mann ko rok", "khud ko rok", "manala aavar".
_HELD = ("mann ko rok", "man ko rok", "मन को रोक", "mann ko samjha", "man ko samjha", "मन को समझा",
         "khud ko rok", "खुद को रोक", "khud ko sambhal", "खुद को संभाल", "mann nahi maan", "man nahi maan",
         "मन नहीं मान", "dil nahi maan", "दिल नहीं मान", "ichha thambat nahi", "इच्छा थांबत नाही",
         "ichha thambat nahiye", "इच्छा थांबत नाहीये", "manala aavarto", "manala avarto", "मनाला आवरतो",
         "swatahla rokun", "स्वतःला रोखून", "swatala rokun")
# Every reading here begins with one of these words: most texts are let go on one look.
_HELD_PARTS = tuple((held, held.split()) for held in _HELD)
_FIRST_WORDS = _MIND | frozenset(parts[0] for _, parts in _HELD_PARTS)
_FROM = frozenset({"se", "से", "pasun", "पासून", "from"})
# "kal se", "subah se": since when, not from what.
_SINCE = frozenset({"kal", "कल", "aaj", "आज", "subah", "सुबह", "shaam", "sham", "शाम", "raat", "रात", "din", "दिन",
                    "dino", "दिनों", "hafte", "हफ्ते", "tab", "तब", "parso", "परसों", "kalpasun", "sakal", "सकाळ",
                    "morning", "yesterday", "then", "days", "weeks", "ghante", "घंटे"})


def read_urge_unnamed(c: Concepts) -> None:
    if c.typed_words.isdisjoint(_FIRST_WORDS):
        return
    words = c.words
    for k, token in enumerate(words):
        if token.raw in _MIND and _strong_wish(words, k) and not _object_named(words, k):
            c.add("craving", max(0, k - 1), min(len(words), k + 3))
    present = [parts for held, parts in _HELD_PARTS if " " + held in c.typed]
    for k in range(len(words)):
        for parts in present:
            last = k + len(parts) - 1
            if last < len(words) and [t.raw for t in words[k:last]] == parts[:-1] \
                    and words[last].raw.startswith(parts[-1]) and not _held_from_something(words, last + 1):
                c.add("craving", k, last + 1)
                break


def _strong_wish(words: list[Token], k: int) -> bool:
    after = [w.raw for w in words[k + 1:k + 3] if w.raw not in _STRONG]
    if not after or not after[0].startswith(_WISH_VERB):
        return False
    near = words[max(0, k - 2):k] + words[k + 1:k + 4]
    return any(w.raw in _STRONG for w in near if w.clause == words[k].clause)


def _object_named(words: list[Token], k: int) -> bool:
    """A verbal noun in the wish's clause ("ghar jaane ka", "gavala jaycha") names its object."""
    clause = words[k].clause
    return any(w.raw.endswith(_OBJECT_ENDINGS) for w in words if w.clause == clause and w is not words[k])


def _held_from_something(words: list[Token], after: int) -> bool:
    """"mann ko rok raha hu shopping se": held back from a thing named."""
    clause = words[after - 1].clause
    return any(w.raw in _FROM and words[i - 1].raw not in _SINCE
               for i, w in enumerate(words[after:after + 5], start=after) if w.clause == clause)
