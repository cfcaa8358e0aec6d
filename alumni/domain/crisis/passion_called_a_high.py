"""A passion called a high (the reading of rounds 62-63): "बेटे को पतंगबाजी का नशा चढ़ गया है",
"पोराला क्रिकेटची नशा चढलीय", "kaam ka nasha chadh gaya hai aajkal", "मोबाइल गेम का नशेड़ी": the
"high" or the "addict" of something named before it in the genitive, which is no substance. Only
that thing is read: "daru ka nasha chadh gaya", "गांज्याची नशा" stay what they were, and so does a
high with nothing named before it. Read by alumni.domain.crisis.idioms."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.concepts import Concepts

_HIGH = ("nasha", "nashe", "nashaa", "नशा", "नशे", "नशेड़ी", "नशेडी", "nashedi", "नशेबाज", "nashebaj",
         "addict", "addiction")
# "of": the Hindi and Marathi genitive, alone or glued to the thing ("क्रिकेटची", "kaamachi").
_OF = frozenset({"ka", "ki", "ke", "का", "की", "के", "cha", "chi", "che", "chya", "चा", "ची", "चे", "च्या", "of"})
_OF_GLUED = ("ची", "चा", "चे", "च्या", "chi", "cha", "che", "chya")
_MORE_THAN_THE_THING = ("drink", "drinking", "drug", "drugs", "peene", "pine", "पीने", "piney", "smoking", "smoke")


def forget_passion_called_a_high(c: Concepts) -> None:
    words = c.words
    substance_at = {k for hit in c.of(*ANY) for k in range(hit.start, hit.end)}
    for k, token in enumerate(words):
        if not token.raw.startswith(_HIGH) or k == 0:
            continue
        before = words[k - 1]
        if before.raw in _OF and k >= 2:
            thing = k - 2
        elif before.raw.endswith(_OF_GLUED) and len(before.raw) > 4:
            thing = k - 1
        else:
            continue
        if thing in substance_at or words[thing].clause != token.clause \
                or words[thing].raw.startswith(_MORE_THAN_THE_THING):
            continue
        end = k + 1
        while end < len(words) and end <= k + 2 and words[end].clause == token.clause:
            end += 1
        c.drop_all(k, end)
        c.add("unmeant", k, end)
