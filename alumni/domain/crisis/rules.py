"""Which combinations of concepts are a crisis, and what cancels or qualifies them.

A combination is a few concepts within a short window of words, in any order ("jeena ...
nahi", "nahi jeena"), inside one sentence. Before combining, idioms remove the concepts
they use up ("this heat is killing me", "phone mar gaya", "drinking water"). After
combining:

- suicide, self-harm, overdose and harm to others are never cancelled: a negation nearby
  only marks the finding `negated` ("I am not suicidal" still reaches a person);
- relapse and craving are cancelled by a negation or a quitting word next to them ("not
  drinking", "daru nahi pi", "दारू सोडून"): sobriety is progress, not a crisis;
- a finding is about someone else when the nearest subject before it is another person
  ("my brother took all his pills", "bhai ne zehar kha liya").
"""
from __future__ import annotations

from alumni.domain.crisis.areas import AREA_COMBINATIONS
from alumni.domain.crisis.areas.harm_and_others.spanner_and_the_slab_plate import NAMED_TARGETS
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.concepts import SUBSTANCE_CONCEPTS, Concepts
from alumni.domain.crisis.detection import Category, Finding
from alumni.domain.crisis.idioms import remove_idioms
from alumni.domain.crisis.negation import NEGATORS, cancelled
from alumni.domain.crisis.pills_counted_off import pills_counted_off
from alumni.domain.crisis.sober_progress import told_as_progress
from alumni.domain.crisis.substance_named import named_substance
from alumni.domain.crisis.third_party import about_someone_else
from alumni.domain.crisis.windows import find_hits, near

S, SH, OD, HO = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE, Category.HARM_TO_OTHERS
RE, CR = Category.RELAPSE, Category.CRAVING
# The words of a harm finding that name the one threatened, or their shop or house; a named target too (round 57:
# "उस अफसर की गाड़ी के नीचे बम लगा दूंगा"), and round 118's ("with him in it", "in his water", "on him").
_TARGETS = frozenset({"other_target", "relation", "property", "named_target", "bk_target"}) | NAMED_TARGETS
ANY_SUBSTANCE = SUBSTANCE_CONCEPTS

# Strongest first: the first combination found for a category names the finding.
COMBINATIONS: tuple[Combination, ...] = (
    Combination(S, (_g("suicide"),)),
    Combination(S, (_g("hanging"),)),
    Combination(S, (_g("goodbye"),)),
    Combination(SH, (_g("self_harm"),)),
    Combination(OD, (_g("overdose"),)),
    Combination(HO, (_g("murder"),)),
    Combination(S, (_g("kill"), _g("self")), 3),
    # ("सेठ मुझे मार डालेगा अगर टेंट टाइम पे नहीं लगा": the boss's "kill me if" is the idiom)
    Combination(S, (_g("kill"), _g("me")), 1, unless=_g("if_clause"), unless_reach=4),
    Combination(S, (_g("die"), _g("want")), 4, same_word=True),
    Combination(S, (_g("die", "suicide", "hang", "jump"), _g("talk_of", "dhamki")), 3),
    Combination(S, (_g("die"), _g("copula")), 1, order=True),
    Combination(S, (_g("live"), _g("negation")), 4),
    Combination(S, (_g("live"), _g("weak_negation")), 0),
    Combination(S, (_g("live", "life"), _g("pointless")), 5),
    Combination(S, (_g("live", "life"), _g("point"), _g("negation")), 5),
    Combination(S, (_g("life"), _g("end")), 3),
    Combination(S, (_g("end"), _g("self")), 3),
    Combination(S, (_g("end"), _g("quantity"), _g("want", "copula")), 3),
    Combination(S, (_g("end"), _g("it_all")), 1, unless=_g("work_load")),
    Combination(S, (_g("life", "live"), _g("fed_up")), 4),
    Combination(S, (_g("life", "live"), _g("exit")), 3),
    Combination(S, (_g("wake"), _g("negation", "weak_negation"), _g("want", "forever", "sleep")), 4,
                unless=_g("clock_time")),
    Combination(S, (_g("burden"), _g("better")), 6),
    Combination(S, (_g("die"), _g("better")), 3),
    Combination(S, (_g("sleep"), _g("forever")), 2, unless=_g("sleep_idiom")),
    Combination(S, (_g("violence"), _g("self")), 3),
    Combination(S, (_g("vehicle"), _g("under"), _g("want", "die", "jump", "plan_made")), 4),
    Combination(S, (_g("hang"), _g("acquire", "time", "mind")), 4, unless=_g("hanging_harmless")),
    Combination(S, (_g("height"), _g("edge", "plan_made")), 5, across=True),
    Combination(S, (_g("jaan"), _g("give")), 1, order=True),
    Combination(S, (_g("negation"), _g("go_on")), 1, order=True),
    Combination(S, (_g("jaan"), _g("take"), _g("self")), 3),
    Combination(S, (_g("jaan"), _g("take_mine")), 1, order=True, unless=_g("other_target", "third_person", "laugh"),
                unless_reach=3),
    Combination(S, (_g("life"), _g("negation"), _g("want")), 4),
    Combination(S, (_g("hang"), _g("self")), 3),
    Combination(S, (_g("hang"), _g("want")), 3, unless=_g("hung_object"), unless_reach=3),
    Combination(S, (_g("jump"), _g("height", "want", "self")), 5),
    Combination(OD, (_g("poison"), _g("eat", "want", "self", "swallow")), 5),
    Combination(S, (_g("burden"), _g("first_person", "me", "self")), 4),
    Combination(S, (_g("endure"), _g("negation"), _g("anymore")), 5),
    Combination(S, (_g("pointless"), _g("anymore")), 3),
    Combination(S, (_g("negation"), _g("point"), _g("anymore")), 2, order=True),
    Combination(S, (_g("disappear"), _g("forever", "want")), 5),
    Combination(S, (_g("world"), _g("leave")), 4),
    Combination(S, (_g("god"), _g("take_me")), 3),
    Combination(SH, (_g("hurt"), _g("self")), 3),
    Combination(SH, (_g("cut"), _g("self", "vein")), 3),
    Combination(SH, (_g("cut"), _g("again")), 1, unless=_g("cut_harmless")),
    Combination(SH, (_g("weapon"), _g("self")), 3),
    Combination(SH, (_g("hurt", "cut", "bang"), _g("on_purpose")), 5),
    Combination(SH, (_g("hurt"), _g("cigarette")), 4),
    Combination(SH, (_g("bang"), _g("wall")), 4),
    Combination(SH, (_g("bleed"), _g("bang")), 5),
    Combination(SH, (_g("cut", "hurt", "bang"), _g("reflexive")), 1, order=True),
    # "goli ki bahut yaad aati hai": the pills missed, a craving (round 30).
    Combination(OD, (_g("pills", "sedatives"), _g("quantity")), 4, unless=_g("bo_pills_missed"), unless_reach=2),
    Combination(OD, (_g("pill_count", "sedatives"), _g("count")), 4),
    Combination(OD, (_g("pills", "sedatives"), _g("too_much")), 4),
    Combination(OD, (_g("pills", "sedatives"), _g("sleep"), _g("eat", "want")), 5, unless=_g("dose")),
    Combination(OD, (_g("swallow"), _g("something", "pills", "quantity")), 3),
    Combination(OD, (_g("pills", "sedatives"), _g("stockpile")), 3,
                unless=_g("chronic_illness", "away_trip"), unless_reach=6),
    Combination(OD, (_g("unconscious"),), unless=_g("od_kept_conscious")),
    Combination(OD, (_g("breathing"), _g("negation")), 3, unless=_g("breathing_practice"), unless_reach=3),
    Combination(OD, (_g("too_much"), ANY_SUBSTANCE, _g("use", "drank")), 4),
    Combination(HO, (_g("kill"), _g("other_target", "relation")), 3),
    Combination(HO, (_g("kill"), _g("want")), 3, unless=_g("self", "me")),
    Combination(HO, (_g("jaan"), _g("take"), _g("other_target")), 3),
    Combination(HO, (_g("hurt"), _g("other_target"), _g("want")), 4, unless=_g("self")),
    Combination(HO, (_g("weapon"), _g("other_target", "kill", "third_person", "relation")), 4),
    Combination(HO, (_g("violence"), _g("other_target", "relation", "third_person"), _g("want")), 4,
                same_word=True),
    Combination(HO, (_g("jaan"), _g("take"), _g("other_target", "third_person")), 3),
    Combination(HO, (_g("end"), _g("other_target", "relation")), 2),
    Combination(HO, (_g("live"), _g("other_target", "third_person", "relation"), _g("violence")), 4),
    Combination(RE, (_g("relapse"),)),
    Combination(RE, (_g("intoxicated"),)),
    Combination(RE, (_g("drank"),)),
    Combination(RE, (ANY_SUBSTANCE, _g("use", "drink_verb")), 3),
    Combination(RE, (ANY_SUBSTANCE, _g("again")), 3, unless=_g("craving", "want")),
    Combination(RE, (ANY_SUBSTANCE, _g("time")), 2, unless=_g("craving", "want", "ps_pictured")),
    Combination(RE, (_g("drink_verb"), _g("again", "time")), 3, unless=_g("craving", "want")),
    Combination(RE, (_g("use_strong"), _g("again")), 2),
    Combination(RE, (_g("pill_use"), _g("pills")), 3),
    Combination(RE, (_g("bare_use"),)),
    Combination(RE, (_g("use_strong"), _g("time")), 2),
    Combination(RE, (_g("pills", "sedatives"), _g("use"), _g("regret")), 6),
    Combination(RE, (_g("some_amount"), _g("use")), 0, order=True),
    # "ek peg" longed for ("ek peg ki talab", "man kar raha ek peg") is a craving, not a drink; "wanted
    # one drink and ended up having six" is one wanted and more had.
    Combination(RE, (_g("alcohol"), _g("some_amount")), 2, same_word=True, unless=_g("craving", "want"),
                unless_reach=6),
    Combination(RE, (_g("alcohol", "some_amount"), _g("contrast_then"), _g("few_count", "more_than_one")), 5,
                order=True),
    Combination(CR, (_g("craving"),)),
    Combination(CR, (_g("help_plea"),)),
    Combination(CR, (ANY_SUBSTANCE + _g("drink_verb", "drank", "use_strong"), _g("want")), 3),
    Combination(CR, (_g("drink_verb"), _g("copula")), 2, order=True),
    Combination(CR, (_g("struggle"), ANY_SUBSTANCE + _g("drink_verb", "drank", "use_strong", "use")), 4),
    Combination(CR, (ANY_SUBSTANCE + _g("drink_verb"), _g("mind")), 4),
    Combination(CR, (_g("liquor_place"), _g("near")), 3),
    Combination(CR, (_g("restrain"), _g("negation")), 3),
    Combination(CR, (ANY_SUBSTANCE + _g("drink_verb", "drank", "use_strong"), _g("cant_without")), 3),
    Combination(CR, (_g("call_plea"), _g("urgency", "struggle")), 4),
) + AREA_COMBINATIONS

# Negation cancels these (sobriety is progress); for the rest it only marks the finding.
CANCELLED_BY_NEGATION = frozenset({RE, CR})

def _index_by_first_part(combinations: tuple[Combination, ...]) -> dict[str, tuple[int, ...]]:
    """Which combinations each concept can begin: a text holds a few dozen of the lexicon's
    concepts, so only the combinations whose first part one of them fills are tried."""
    index: dict[str, list[int]] = {}
    for number, combo in enumerate(combinations):
        for name in combo.parts[0]:
            index.setdefault(name, []).append(number)
    return {name: tuple(numbers) for name, numbers in index.items()}


_BY_FIRST_PART = _index_by_first_part(COMBINATIONS)


def _number_parts(combinations: tuple[Combination, ...]
                  ) -> tuple[dict[str, frozenset[int]], tuple[frozenset[int], ...]]:
    """Every distinct part after the first numbered once: (the parts each concept fills, the
    parts each combination needs). 724 combinations share some 760 parts, so a text's filled
    parts are found once and each combination is one subset test."""
    numbers: dict[frozenset[str], int] = {}
    needed = tuple(frozenset(numbers.setdefault(frozenset(part), len(numbers)) for part in combo.parts[1:])
                   for combo in combinations)
    filled_by: dict[str, set[int]] = {}
    for part, number in numbers.items():
        for name in part:
            filled_by.setdefault(name, set()).add(number)
    return {name: frozenset(parts) for name, parts in filled_by.items()}, needed


_FILLED_BY, _NEEDED = _number_parts(COMBINATIONS)


def _candidates(c: Concepts) -> list[int]:
    """The combinations, in their order, whose every part has a concept present in the text
    (find_hits would give up on any other at its first empty part)."""
    present = c.present()
    filled: set[int] = set()
    for name in present:
        filled |= _FILLED_BY.get(name, frozenset())
    numbers = {n for name in present for n in _BY_FIRST_PART.get(name, ())}
    return sorted(n for n in numbers if _NEEDED[n] <= filled)


def findings(c: Concepts) -> list[Finding]:
    remove_idioms(c)
    words = c.words
    found: dict[Category, Finding] = {}
    used_by: dict[Category, set[int]] = {}
    for number in _candidates(c):
        combo = COMBINATIONS[number]
        if combo.category in found:
            continue
        hits = find_hits(c, combo)
        if hits is None:
            continue
        hits = tuple(sorted(hits, key=lambda h: h.start))
        negated = False
        if combo.category in CANCELLED_BY_NEGATION:
            if cancelled(c, combo, hits):
                continue
            # "slipped in march, day 60 today", "sab pee rahe the, maine juice piya".
            if combo.category is RE and told_as_progress(c, [(h.start, h.end) for h in hits]):
                continue
        elif combo.category is OD and pills_counted_off(c, [(h.start, h.end) for h in hits]):
            continue    # "तीन महीने से नींद की गोली नहीं ली": months without the pill, not a dose
        else:
            negated = (not any(h.concept in NEGATORS for h in hits)
                       and near(c, hits, NEGATORS, before=3, after=2) is not None)
        indices = sorted({i for h in hits for i in range(h.start, h.end)})
        surface = tuple(dict.fromkeys(" ".join(words[i].surface for i in range(h.start, h.end))
                                      for h in hits))
        found[combo.category] = Finding(
            category=combo.category,
            concepts=tuple(h.concept for h in hits),
            words=surface,
            third_party=about_someone_else(c, hits, combo.category),
            negated=negated,
            substance=named_substance(c, hits) if combo.category is RE else None,
        )
        used_by[combo.category] = set(indices)
    # "mar"/"maar" is both dying and killing: the same words read as suicide and as harm to
    # others. Someone else, or their shop or house ("theke ko aag laga dunga"), as the object
    # makes it harm to others; otherwise it is suicide.
    if HO in found and S in found and used_by[S] & used_by[HO]:
        if not _TARGETS.isdisjoint(found[HO].concepts):
            if not {"self", "me"} & set(found[S].concepts):
                del found[S]
        else:
            del found[HO]
    return list(found.values())
