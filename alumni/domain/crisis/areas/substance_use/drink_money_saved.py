"""The drink's money saved (round 36, sugarcane cutters: "bacchon ke school bag le liye, daru ka
paisa bacha to", "यावेळी पोरांसाठी सायकल घेतली, दारूचे पैसे वाचले"): the drink names whose money
it was, and the money was kept, so the drink was not bought. The substance word is the
money's owner, not a use, and a purchase beside it ("bag le liye") is the children's.

Only with the keeping said ("bacha", "वाचले", "saved"): the drink's money spent ("daru ke paise
udaye"), wanted ("daru ke liye paise chahiye") or missing stays as it was. Called from
substance_context.read_substance_context."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.concepts import Concepts

_OF = frozenset({"ka", "ke", "ki", "का", "के", "की", "cha", "che", "chi", "chya", "चा", "चे", "ची", "च्या"})
_OF_GLUED = ("चे", "चा", "च्या", "cha", "che", "chya")
_MONEY = frozenset({"paisa", "paise", "paisaa", "पैसा", "पैसे", "money", "rupaye", "rupay", "रुपये", "kharcha",
                    "खर्चा", "kharch", "खर्च"})
_KEPT = ("bach", "बच", "vach", "वाच", "saved", "save")
_USE_VERBS = ("use", "took", "down_it", "took_in_past", "take_any", "acquire", "accepted")


def read_drink_money_saved(c: Concepts) -> None:
    words = c.words
    for hit in c.of(*ANY):
        i = hit.end
        if i < len(words) and words[i].raw in _OF:
            i += 1
        elif not words[hit.end - 1].raw.endswith(_OF_GLUED) and words[hit.start].raw not in ("booze", "drink"):
            continue
        if i >= len(words) or words[i].raw not in _MONEY:
            continue
        sentence = words[hit.start].sentence
        kept = [k for k in range(i + 1, min(len(words), i + 4))
                if words[k].raw.startswith(_KEPT) and words[k].sentence == sentence]
        if not kept and not (hit.start and words[hit.start - 1].raw.startswith(_KEPT)):
            continue
        if any(n.start in (k + 1, k + 2) for k in kept for n in c.of("negation")):
            continue        # "दारूचे पैसे वाचले नाहीत": not kept
        c.drop(hit.concept, hit.start, hit.end)
        for name in _USE_VERBS:     # what was bought before it: "bacchon ke bag le liye"
            for verb in c.of(name):
                if words[verb.start].sentence == sentence and verb.end <= hit.start:
                    c.drop(name, verb.start, verb.end)
        c.add("quit", hit.start, i + 1)
        c.add("not_a_substance", hit.start, hit.end)    # nor under its case ending ("दारूचे")
