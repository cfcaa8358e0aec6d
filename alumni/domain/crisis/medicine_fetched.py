"""A relative's medicine fetched (round 19): "mummy ki sugar ki goli lene gaya tha", "papa
chi BP chi goli aanayla gelo", "went to get mom's thyroid tablets": the pills are an
errand's, a named illness's, for someone else. Their pill word is forgotten when a relative
and an illness are named before it and an errand (to fetch, to buy) follows it in the
sentence. "mummy ki neend ki goliyan sab kha li", "papa chi BP chi goli ghetli saglya" (the
pills taken) and a count of pills beside the writer keep their reading. Read by
alumni.domain.crisis.idioms before the rules."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_PILLS = ("pills", "pill_count", "pill_holder", "medicine_word")
# Kin typed as such: "aai" and "आई" fold onto "I", so the word itself is asked too.
_KIN = ("aai", "आई", "mummy", "mumm", "mom", "maa", "मां", "माँ", "मम्मी", "papa", "पापा", "baba", "बाबा",
        "dad", "dadi", "दादी", "aaji", "आजी", "nani", "नानी", "ajoba", "आजोबा", "dada", "दादा", "nana", "नाना")
_TAKEN = ("eat", "swallow", "took", "take", "pill_use", "use_strong", "drank", "overdose_word")


def forget_medicine_fetched(c: Concepts) -> None:
    errands = c.of("errand")
    if not errands or not c.of("pills"):
        return
    words = c.words
    for hit in c.of("pills"):
        span = c.sentences[words[hit.start].sentence]
        before = range(max(span.start, hit.start - 6), hit.start)
        if not (any(h.start in before for h in c.of("relation"))
                or any(words[k].raw.startswith(_KIN) for k in before)):
            continue
        if not any(h.start in before for h in c.of("illness", "chronic_illness")):
            continue
        if not any(hit.end <= h.start < min(span.stop, hit.end + 4) for h in errands):
            continue
        if any(span.start <= h.start < span.stop for h in c.of(*_TAKEN)):
            continue
        for name in _PILLS:
            c.drop(name, hit.start, hit.end)
