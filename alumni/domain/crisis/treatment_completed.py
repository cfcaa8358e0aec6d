"""Treatment told in its own words (round 21, treatment and harm reduction), read by
alumni.domain.crisis.scenes_told before the rules:

- "TB" ("tb", "टीबी") is the illness, whose report, course and clinic alumni write about: the
  'pills' the skeleton of "tab" finds in it is forgotten ("TB report negative aala", "TB cha
  course purna"). After a number ("2 tb") it stays tablets, and any other pill word keeps its
  reading ("TB ki saari goliyan ek saath kha li");
- "पूरा"/"poora"/"purna"/"पूर्ण" followed by a verb of doing or becoming ("पूरा किया", "पूर्ण झाला",
  "purna zala", "poora ho gaya") is a course or a taper completed, not all of something: its
  quantity is forgotten; so is one after a span of time, "ek varsh purna" (a year complete),
  when no pill word is in its clause. "poori goliyan kha li", "purna tola" keep it.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_TB = frozenset({"tb", "टीबी", "t.b", "t.b."})
_COMPLETE = frozenset({"poora", "pura", "पूरा", "purna", "poorna", "पूर्ण", "complete", "completed"})
# What makes it completion: done or become, or the "and" that follows a course named done.
_DONE = frozenset({"kiya", "किया", "kia", "hua", "हुआ", "ho", "हो", "hoga", "होगा", "zala", "jhala", "झाला",
                   "zhala", "kela", "केला", "keli", "केली", "kele", "केले", "hoil", "होईल", "ani", "आणि", "aur",
                   "और", "and", "zale", "झाले", "karun", "करून", "kar", "कर"})
# A span of time completed (round 23): "ek varsh purna", "सहा महिने पूर्ण".
_PERIOD = frozenset({"varsh", "वर्ष", "varsha", "saal", "साल", "sal", "mahine", "महिने", "mahina", "महिना",
                     "divas", "दिवस", "din", "दिन", "year", "years", "months", "month", "days", "weeks", "hafte",
                     "हफ्ते", "aathavde", "आठवडे"})
_NUMBER_LIKE = frozenset({"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "ek", "do", "teen", "don", "एक",
                          "दो", "दोन", "तीन", "one", "two", "three"})


def forget_treatment_completed(c: Concepts) -> None:
    words = c.words
    if "pills" in c.present() and not c.typed_words.isdisjoint(_TB):
        for hit in c.of("pills"):
            raw = words[hit.start].raw
            if raw in _TB and not (hit.start and words[hit.start - 1].raw in _NUMBER_LIKE):
                c.drop("pills", hit.start, hit.end)
    if "quantity" in c.present() and not c.typed_words.isdisjoint(_COMPLETE):
        for hit in c.of("quantity"):
            i = hit.start
            after_period = i > 0 and words[i - 1].raw in _PERIOD and not any(
                words[p.start].clause == words[i].clause for p in c.of("pills"))
            if words[i].raw in _COMPLETE and (after_period or i + 1 < len(words) and words[i + 1].raw in _DONE):
                for name in ("quantity", "all_of_it", "it_all"):
                    c.drop(name, hit.start, hit.end)
