"""A count of tablets spread over a span of time (round 20): "took 10 tablets of vitamin c this
month", "is mahine 20 goliyan khayi", "ya mahinyat 15 golya ghetlya", "30 tablets in two weeks":
the number is a total over weeks, not a handful swallowed at once. Its count is forgotten when
a span (this week or month, "in a month", "is mahine", "या महिन्यात") is named in the same
sentence. A moment named ("this morning", "just now", "abhi", "ek saath", "tonight") keeps the
count, as does a count with no span. Read by alumni.domain.crisis.scenes_told before the rules."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_COUNTS = ("count", "few_count", "exf_many", "more_than_one")
# The span, by its last word: "this month", "is mahine", "ya mahinyat", "in 2 weeks".
_SPAN_NOUNS = frozenset({"month", "months", "week", "weeks", "mahine", "mahina", "महीने", "महीना", "hafte", "हफ्ते",
                         "hafton", "हफ्तों", "mahino", "महीनों", "mahinyat", "महिन्यात", "महिन्याभरात", "mahinyabharat",
                         "aathavdyat", "आठवड्यात", "athavdyat", "aathvadyat", "fortnight"})
# What makes "month"/"week" the span the count is spread over, just before it.
# ("last week", "the week he died": a point in time, when a handful may have been taken)
_SPAN_LEADS = frozenset({"this", "a", "one", "in", "over", "per", "whole", "entire", "is",
                         "इस", "ek", "एक", "ya", "या", "pure", "poore", "पूरे", "2", "3", "4", "two", "three",
                         "do", "दो", "teen", "तीन", "don", "दोन"})
# A moment, not a span: the count was taken at once.
_MOMENT = frozenset({"now", "abhi", "अभी", "ata", "aata", "आता", "morning", "tonight", "sakali", "सकाळी", "subah",
                     "सुबह", "raat", "रात", "ratri", "रात्री", "together", "once", "saath", "साथ", "saathe", "ekdam",
                     "एकदम", "ekdum", "sobat", "सोबत", "minutes", "minute", "hour", "hours",
                     # "ek baar me", "एकदाच": at one go
                     "baar", "बार", "ekdach", "एकदाच", "ekda", "एकदा", "go", "sitting"})


_THROUGH = frozenset({"over", "during", "through", "throughout", "across", "for", "in"})
# "a week ago", "do hafte pehle": a point in the past, not a span.
_AGO = frozenset({"ago", "back", "pehle", "पहले", "purvi", "पूर्वी", "aadhi", "आधी", "before"})


def _spans_named(c: Concepts) -> set[int]:
    """The sentences that name a span of weeks or a month."""
    words = c.words
    out = set()
    for i, token in enumerate(words):
        if token.raw not in _SPAN_NOUNS or (i + 1 < len(words) and words[i + 1].raw in _AGO):
            continue
        lead = words[i - 1].raw if i else ""
        # "over the month", "during the week": "the" only after a word of duration.
        through_the = lead == "the" and i > 1 and words[i - 2].raw in _THROUGH
        if token.raw.endswith(("yat", "यात", "भरात")) or lead in _SPAN_LEADS or through_the:
            out.add(token.sentence)
    return out


def forget_pills_over_a_span(c: Concepts) -> None:
    if not c.of("pills", "pill_count") or not c.of(*_COUNTS):
        return
    if c.typed_words.isdisjoint(_SPAN_NOUNS):
        return
    spans = _spans_named(c)
    if not spans:
        return
    words = c.words
    moments = {t.sentence for t in words if t.raw in _MOMENT}
    for hit in c.of(*_COUNTS):
        sentence = words[hit.start].sentence
        if sentence in spans and sentence not in moments:
            c.drop(hit.concept, hit.start, hit.end)
