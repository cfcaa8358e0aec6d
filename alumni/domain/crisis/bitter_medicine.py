"""A bitter medicine that "is poison" in its taste, and taken all the same (round 38): "हे कडू औषध
म्हणजे विषच, पण घेतलं", "ये कड़वी दवाई ज़हर जैसी लगती है पर पी ली". The poison is likened (जैसी,
म्हणजे, विषच) to a medicine named bitter just before it; the taking in that sentence is taking
the medicine. A poison mixed into the medicine ("kadvi dawai me zeher mila ke pi liya") is not
likened and still alerts. Called from hyperbole.remove_hyperbole, where it was first read."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.word_context import sentence_words_before

_BITTER = frozenset({"कडू", "kadu", "kadoo", "कड़वी", "कडवी", "kadvi", "karwi", "kadwi", "कड़वा", "kadva", "karwa",
                     "bitter"})
_LIKE_IT = frozenset({"जैसी", "जैसा", "jaisi", "jaisa", "सारखं", "सारखी", "सारखा", "sarkha", "sarkhi", "like"})
_MEDICINE_NAMED = frozenset({"औषध", "aushadh", "ausadh", "दवाई", "दवा", "dawai", "dawa", "davai", "medicine", "syrup",
                             "सिरप", "tonic", "काढा", "kadha", "गोळी", "goli", "गोली", "tablet", "गोळ्या"})
_TAKING = ("drank", "eat", "use", "took", "medicine_drunk", "drink_verb", "consume")


def forget_bitter_medicine(c: Concepts) -> None:
    words = c.words
    for hit in c.of("poison"):
        sentence = words[hit.start].sentence
        before = sentence_words_before(words, hit, 4)
        after = words[hit.end].raw if hit.end < len(words) else ""
        likened = after in _LIKE_IT or words[hit.start].raw.endswith("च") or any(w.raw in ("म्हणजे", "mhanje")
                                                                                 for w in before)
        if likened and any(w.raw in _BITTER for w in before) and any(w.raw in _MEDICINE_NAMED for w in before):
            c.drop("poison", hit.start, hit.end)
            c.add("unmeant", hit.start, hit.end)
            for name in _TAKING:
                for taken in c.of(name):
                    if words[taken.start].sentence == sentence:
                        c.drop(name, taken.start, taken.end)
