"""The drink's money saved (round 36, sugarcane cutters: "bacchon ke school bag le liye, daru ka
paisa bacha to", "यावेळी पोरांसाठी सायकल घेतली, दारूचे पैसे वाचले"): the drink names whose money
it was, and the money was kept, so the drink was not bought. The substance word is the
money's owner, not a use, and a purchase beside it ("bag le liye") is the children's.

Only with the keeping said ("bacha", "वाचले", "saved"): the drink's money spent ("daru ke paise
udaye"), wanted ("daru ke liye paise chahiye") or missing stays as it was.

The money that "used to go" on the drink, said so, is the same (round 72-73: "darusathi jayche te paise
vachvun nava microscope ghetla", "जो पैसे दारू में जाते थे उनसे नया माइक्रोस्कोप ले लिया"): the habit is
the past one, and what it buys now is not the drink. Called from substance_context.read_substance_context."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.concepts import Concepts

_OF = frozenset({"ka", "ke", "ki", "का", "के", "की", "cha", "che", "chi", "chya", "चा", "चे", "ची", "च्या"})
_OF_GLUED = ("चे", "चा", "च्या", "cha", "che", "chya")
_MONEY = frozenset({"paisa", "paise", "paisaa", "पैसा", "पैसे", "money", "rupaye", "rupay", "रुपये", "kharcha",
                    "खर्चा", "kharch", "खर्च", "पैसों", "paison", "paiso", "पैशांतून", "paishantun"})
# The saved money spent on something else: "दारू के बचे पैसों से पायल ली", "daru ke bache paise se bag liya".
_WITH_IT = frozenset({"se", "से", "sey", "tun", "तून", "मधून", "madhun", "madhe", "मध्ये"})
_KEPT = ("bach", "बच", "vach", "वाच", "saved", "save")
_USE_VERBS = ("use", "took", "down_it", "took_in_past", "take_any", "acquire", "accepted")


# "jayche", "जाते थे": the money's habitual going, in the past.
_WENT_ON = frozenset({"jayche", "जायचे", "jaayche", "jaycha", "जायचा", "jaychi", "जायची"})
_WENT_ON_PAIRS = frozenset({("jaate", "the"), ("jate", "the"), ("जाते", "थे"), ("jata", "tha"), ("जाता", "था")})
_AGAIN = ("again", "again_strict", "relapse", "gave_in")


def _money_that_went_on_it(c: Concepts) -> None:
    words = c.words
    went = [i for i in range(len(words)) if words[i].raw in _WENT_ON
            or (i + 1 < len(words) and (words[i].raw, words[i + 1].raw) in _WENT_ON_PAIRS)]
    if not went or c.of(*_AGAIN):
        return
    for hit in c.of(*ANY):
        sentence = words[hit.start].sentence
        near = range(max(0, hit.start - 4), min(len(words), hit.end + 4))
        if not any(i in near for i in went) or not any(words[i].raw in _MONEY for i in near):
            continue
        c.drop(hit.concept, hit.start, hit.end)
        for name in _USE_VERBS:     # what that money bought: "nava microscope ghetla"
            for verb in c.of(name):
                if words[verb.start].sentence == sentence:
                    c.drop(name, verb.start, verb.end)
        c.add("quit", hit.start, hit.end)
        c.add("not_a_substance", hit.start, hit.end)


def read_drink_money_saved(c: Concepts) -> None:
    _money_that_went_on_it(c)
    words = c.words
    for hit in c.of(*ANY):
        i = hit.end
        if i < len(words) and words[i].raw in _OF:
            i += 1
        elif not words[hit.end - 1].raw.endswith(_OF_GLUED) and words[hit.start].raw not in ("booze", "drink"):
            continue
        # the keeping said before the money: "daru ke bache paise", "दारूचे वाचलेले पैसे"
        kept_first = i + 1 < len(words) and words[i].raw.startswith(_KEPT) and words[i + 1].raw in _MONEY
        if kept_first:
            i += 1
        if i >= len(words) or words[i].raw not in _MONEY:
            continue
        sentence = words[hit.start].sentence
        kept = [i - 1] if kept_first else [k for k in range(i + 1, min(len(words), i + 4))
                                            if words[k].raw.startswith(_KEPT) and words[k].sentence == sentence]
        if not kept and not (hit.start and words[hit.start - 1].raw.startswith(_KEPT)):
            continue
        if any(n.start in (k + 1, k + 2) for k in kept for n in c.of("negation")):
            continue        # "दारूचे पैसे वाचले नाहीत": not kept
        if kept_first and (c.of(*_AGAIN) or any(
                h.start > i and words[h.start].sentence == sentence
                for h in c.of(*ANY, "measure", "alcohol", "alcohol_maybe", "quantity"))):
            continue        # spent on a drink all the same: "daru ke bache paise se 2 peg le liye"
        c.drop(hit.concept, hit.start, hit.end)
        spent_on = kept_first and i + 1 < len(words) and words[i + 1].raw in _WITH_IT
        for name in _USE_VERBS:     # what was bought before it: "bacchon ke bag le liye", or with it after
            for verb in c.of(name):
                if words[verb.start].sentence == sentence and (verb.end <= hit.start or (spent_on and verb.start > i)):
                    c.drop(name, verb.start, verb.end)
        c.add("quit", hit.start, i + 1)
        c.add("not_a_substance", hit.start, hit.end)    # nor under its case ending ("दारूचे")
