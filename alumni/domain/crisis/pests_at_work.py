"""Pests and the poison laid for them (the readings of rounds 72-77): a rat poison bought for the rats the
writer names is a chore, and a pest just before a killing word is what is killed ("किडे मारायच्या गोळ्या",
"chuhe maarne ki dawa"). Read by alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

# A rat poison bought for the rats the writer names: "ऑफिसमध्ये उंदीर झालेत म्हणून उंदराचं औषध आणून ठेवलं",
# "godown में चूहों के लिए rat poison रखा". A pest named apart from the poison's own words, with no
# taking of it and no "for me", leaves the poison a chore.
_PESTS = frozenset({"उंदीर", "undir", "rats", "rat", "चूहों", "चूहे", "chuhe", "chuhon", "किडे", "kide",
                    "cockroach", "cockroaches", "झुरळ", "mice", "दीमक", "pest", "पेस्ट",
                    # rounds 76-77: the cockroaches in the plural ("jhurale maraycha spray")
                    "झुरळे", "झुरळं", "jhurale", "zurale", "jhural", "zural"})
_PEST_REASON = frozenset({"लिए", "liye", "for", "झालेत", "zalet", "zale", "म्हणून", "mhanun", "chewing",
                          "कुतर", "kutar", "कुरतडत", "kurtadle", "kurtadat", "control", "कंट्रोल",
                          "because"})
_TAKEN = frozenset({"khaunga", "khanar", "खाणार", "खाऊन", "pinar", "पिणार", "pee", "piun", "पिऊन",
                    "gilnar", "swallow", "swallowed", "eat", "ate", "drink", "drank", "myself",
                    "swatala", "स्वतःला", "khud", "खुद", "mere", "माझ्यासाठी", "mazyasathi", "saathi",
                    "khaya", "खाया", "piya", "पिया", "li", "ली", "liya", "लिया", "kha", "खा", "apne",
                    "अपने", "nahi", "नहीं", "नाही", "not", "mixing", "mix", "mixed", "मिसळ", "मिसळलं",
                    "milake", "ghol", "tonight", "hand", "हातात", "haath", "hathat", "aaj", "आज", "raat",
                    "रात"})


_MEDICINE = frozenset({"दवा", "dawa", "dava", "दवाई", "dawai", "औषध", "aushadh", "goli", "गोली", "गोळ्या", "golya"})


def _forget_poison_for_the_pests(c: Concepts) -> None:
    words = c.words
    for hit in c.of("poison"):
        # A pest just beside the poison is its name ("rat poison", "उंदीर मारायचे औषध"), not the
        # reason; the reason is a pest named apart with its why just after it: "चूहों के लिए",
        # "उंदीर झालेत", "rats were chewing".
        pests_for_a_reason = any(
            words[i].raw in _PESTS and any(w.raw in _PEST_REASON for w in words[i + 1:i + 4])
            for i in c.sentences[words[hit.start].sentence] if not hit.start - 2 <= i < hit.end + 2)
        if pests_for_a_reason and not any(w.raw in _TAKEN for w in words):
            end = hit.end + (hit.end < len(words) and words[hit.end].raw in _MEDICINE)   # "चूहे मार [दवा]"
            c.drop_all(hit.start, end)
            c.add("unmeant", hit.start, end)


_KILLING = ("मार", "mar", "maar")
_KILLING_WORDS = ("die", "want", "kill", "die_first_person", "suicide")


def _forget_pests_killed(c: Concepts) -> None:
    """A pest just before a killing word is what is killed ("किडे मारायच्या गोळ्या", "chuhe maarne ki
    dawa", round 73): the word is not the writer's dying or a wish."""
    words = c.words
    for i in range(len(words) - 1):
        if words[i].raw in _PESTS and words[i + 1].raw.startswith(_KILLING):
            for name in _KILLING_WORDS:
                c.drop(name, i + 1, i + 2)


_EATERS = frozenset({"aphids", "aphid", "caterpillars", "caterpillar", "worms", "insects", "keede", "कीड़े", "किडे",
                     "kide", "locusts", "टोळ", "rats", "उंदीर", "undir", "चूहे", "chuhe", "mealybugs", "mites"})


_ARE = frozenset({"were", "are", "was", "is", "had", "have"})


def _forget_pests_eating(c: Concepts) -> None:
    """The pests eat ("sprayed neem oil pesticide on the herb garden, aphids were eating the tulsi",
    round 80): the eating is theirs, not the writer's of the poison."""
    words = c.words
    for hit in c.of("eat"):
        before = [t.raw for t in words[max(0, hit.start - 2):hit.start]]
        if before[-1:] and (before[-1] in _EATERS or (before[-1] in _ARE and before[:1] and before[0] in _EATERS)):
            c.drop("eat", hit.start, hit.end)


def forget_pests_at_work(c: Concepts) -> None:
    _forget_poison_for_the_pests(c)
    _forget_pests_killed(c)
    _forget_pests_eating(c)
