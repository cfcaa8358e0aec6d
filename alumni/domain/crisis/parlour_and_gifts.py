"""Substance and danger words in a shop's, a broker's and a beauty parlour's ordinary day (round
39, holdouts 126, 127 and 129), forgotten before the rules combine concepts:

- a bottle given as a gift or a scheme and sent back: "wholesaler ने scheme मधे bottle दिली, मी return
  केली", "scotch pathavli, tashich parat pathavli" ("parat" here is "back", not "again");
- "fakt coke ghetla" at a friend's party in a bar: only a cola;
- the parlour's "wine colour" highlights and the bleach put on a bride's skin;
- "swatacha parlour ughadla": one's own parlour opened, not the self hurt;
- "मी track वर" after a year sober: on track, not on the rails.

Called from alumni.domain.crisis.idioms."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_BACK = frozenset({"return", "returned", "परत", "parat", "wapas", "vapas", "वापस", "back"})
_SENT = frozenset({"केली", "केल्या", "केला", "keli", "kela", "kelya", "पाठवली", "पाठवल्या", "पाठवला", "pathavli",
                   "pathavla", "pathavlya", "dili", "दिली", "दिल्या", "dilya", "kar", "कर", "kiya", "किया", "gave",
                   "sent", "de", "दे", "di", "दी"})
_TAKING = ("use", "again", "again_strict", "drank", "took", "eat", "bare_use", "use_strong")
_ONLY = frozenset({"fakt", "फक्त", "sirf", "सिर्फ", "only", "just"})
_POWDER_MEASURES = ("gram", "ग्राम", "line", "lines", "packet", "पुडी", "pudi", "snort", "sniff")
_COLOUR = frozenset({"colour", "color", "कलर", "shade", "highlights", "रंग", "rang", "hair"})
_PARLOUR = ("waxing", "वॅक्सिंग", "वैक्सिंग", "facial", "फेशियल", "dulhan", "दुल्हन", "client", "क्लायंट", "parlour",
            "पार्लर", "पार्लरमध्ये", "threading", "makeup", "मेकअप")
_SWALLOWED = ("drank", "eat", "medicine_drunk", "drink_verb", "consume", "drank_bare", "swallowed", "overdose")
_OWN = frozenset({"swatacha", "swatachi", "swatache", "स्वतःचा", "स्वतःची", "स्वतःचे", "स्वताचा", "swatahacha",
                  "swathacha"})
# What one owns and opens: "swatacha parlour", "स्वतःचं दुकान" (not "स्वतःचा राग", anger at oneself).
_OWNED = frozenset({"parlour", "पार्लर", "dukan", "दुकान", "shop", "business", "ghar", "घर", "gaadi", "गाडी", "flat",
                    "फ्लॅट", "salon", "सलून", "office", "ऑफिस", "kaam", "काम", "dhanda", "धंदा"})
_ON = frozenset({"वर", "var", "pe", "par", "पर", "on"})


def forget_parlour_and_gifts(c: Concepts) -> None:
    words = c.words
    raws = [t.raw for t in words]
    for i, raw in enumerate(raws):
        if raw in _BACK and i + 1 < len(raws) and raws[i + 1] in _SENT:
            for name in _TAKING:
                c.drop(name, i, i + 2)
            c.add("quit", i, i + 2)
        elif raw in ("coke", "कोक") and i and raws[i - 1] in _ONLY and not any(
                w.startswith(_POWDER_MEASURES) for w in raws):
            for name in ("cocaine", "drugs", "powder"):
                c.drop(name, i, i + 1)
        elif raw in ("wine", "वाइन", "वाईन") and i + 1 < len(raws) and raws[i + 1] in _COLOUR:
            c.drop_all(i, i + 1)
            c.add("unmeant", i, i + 1)
        elif raw in ("bleach", "ब्लीच", "ब्लिच") and any(w.startswith(_PARLOUR) for w in raws[max(0, i - 6):i + 4]) \
                and not any(words[h.start].sentence == words[i].sentence for h in c.of(*_SWALLOWED)):
            c.drop_all(i, i + 1)
            c.add("unmeant", i, i + 1)
        elif raw in _OWN and i + 1 < len(raws) and raws[i + 1] in _OWNED:
            c.drop("self", i, i + 1)
        elif raw == "track" and i + 1 < len(raws) and raws[i + 1] in _ON and c.of("milestone", "quit") and not c.of(
                "train", "rail_named"):
            c.drop_all(i, i + 2)
