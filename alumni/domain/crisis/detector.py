"""detect(text): clean the text, find the concepts, combine them by the rules.

Three passes beyond the word-by-word one keep a strong word from slipping through: the
text with its spaces removed ("iwanttokillmyself", "s u i c i d e"), and long words one
typo away from a strong word ("sucide", "overdoze"). When the rules find no crisis, a
small learned classifier gives a second opinion (alumni.domain.crisis.model). Errs towards a
person reading it: a false alarm costs a phone call; a miss can cost a life.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from alumni.domain.crisis.apology_for_a_day import apology_for_a_day
from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.detection import CRISIS_CATEGORIES, Category, Detection, Finding
from alumni.domain.crisis.evidence import evidence_findings
from alumni.domain.crisis.model import model_findings
from alumni.domain.crisis.rules import findings
from alumni.domain.crisis.sober_progress import PROGRESS_TOLD, clean_count_told, only_refused_use
from alumni.domain.crisis.soft_drinks import only_soft_drinks
from alumni.domain.crisis.spelling import Token, clean, despaced, skeleton, skeletons, tokens

# Skeletons of strong words that are still unmistakable with the spaces gone.
_DESPACED = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in {
    "suicide": "suicid|sucid|suisid|kudkusi|tmhty|(?<!s)kill?myself|(?<!s)kill?myslf|endmylife|unlive"
               "|vnt(?:to|2)?die(?!t)|pointofliving|vntodie",
    "overdose": "overdos|overdoj|ovrdos",
    "self_harm": "selfhrm|selfinjur",
    "hanging": "hngmyself|glfs",
}.items()))
_CATEGORY = {"suicide": Category.SUICIDE, "overdose": Category.OVERDOSE,
             "self_harm": Category.SELF_HARM, "hanging": Category.SUICIDE}

# Long strong words that a single slip of the thumb must not hide.
_TYPO_TARGETS = {skeleton(w): c for w, c in (
    ("suicide", Category.SUICIDE), ("suicidal", Category.SUICIDE),
    ("overdose", Category.OVERDOSE), ("overdosed", Category.OVERDOSE),
    ("overdosing", Category.OVERDOSE), ("selfharm", Category.SELF_HARM),
    ("khudkushi", Category.SUICIDE), ("relapsed", Category.RELAPSE),
    ("relapsing", Category.RELAPSE))}
_TYPO_STEMS = tuple(_TYPO_TARGETS)
# Real words one slip away from a target: not a crisis on their own.
_TYPO_EXCEPTIONS = skeletons("overdone", "overdoes", "relapse", "relapses",
                             "overdue", "overused", "overdosage")
# Texts longer than this are read in full; only the typo pass stops here.
_TYPO_SCAN_WORDS = 400


def detect(text: object, *, second_opinion: bool = True) -> Detection:
    """What `text` says about danger. Never raises; any input is read as text.
    second_opinion=False: the rules alone, without the classifier (its training labels and
    backtests)."""
    words = tokens(clean(text))
    if not words:
        return Detection()
    concepts = Concepts(words)
    found = findings(concepts)
    found += evidence_findings(concepts, {f.category for f in found})
    seen = {f.category for f in found}
    for category, word in _despaced(words):
        if category not in seen:
            found.append(Finding(category, (category.value, "no spaces"), (word,)))
            seen.add(category)
    for category, word in _typos(words):
        if category not in seen:
            found.append(Finding(category, (category.value, "typo"), (word,)))
            seen.add(category)
    if second_opinion and seen.isdisjoint(CRISIS_CATEGORIES):
        # The rules found no crisis: the classifier's second opinion (alumni.domain.crisis.model).
        opinions = model_findings(words, urgent_already=Category.CRAVING in seen)
        if concepts.of(PROGRESS_TOLD) or clean_count_told(concepts) or only_refused_use(concepts) \
                or only_soft_drinks(concepts):
            # The rules read the using words as the past or someone else's, beside the
            # writer's sobriety ("slipped in march, day 60 today"), the message counts days
            # clean of a substance ("100 days without chitta"), or its every using word is
            # refused ("dont want to get drunk ever again"), or what was drunk is a soft drink
            # ("chaas pee li", round 13): a relapse that only resembles
            # relapse messages defers to that reading; any other opinion stands.
            opinions = [f for f in opinions if f.category is not Category.RELAPSE]
        if apology_for_a_day(concepts):
            # "sorry for everything yesterday, i was rude": the day and the wrong are named,
            # which a farewell's apology does not do.
            opinions = [f for f in opinions if f.category is not Category.SUICIDE]
        found += opinions
    return Detection(tuple(found))


def _despaced(words: list[Token]) -> list[tuple[Category, str]]:
    reading, parts = despaced(words)
    joined = "".join(parts)
    if not _DESPACED.search(joined):
        return []
    starts: list[int] = []
    position = 0
    for part in parts:
        starts.append(position)
        position += len(part)
    out: list[tuple[Category, str]] = []
    for match in _DESPACED.finditer(joined):
        group = match.lastgroup
        if group is None:       # never: every alternative is a named group
            continue
        first = bisect_right(starts, match.start()) - 1
        last = bisect_right(starts, max(match.start(), match.end() - 1)) - 1
        if first == last and starts[first] == match.start() and not _digit_joined(parts[first]):
            continue    # the word itself ("suicidal"): the word-by-word reading had its say
        out.append((_CATEGORY[group],
                    " ".join(t.surface for t in reading[first:last + 1])))
    return out


def _digit_joined(skel: str) -> bool:
    """"want2die", "wnt2die": words joined by a digit typed for "to", which the word-by-word
    reading takes for one word."""
    return any(ch.isdigit() for ch in skel)


def _typos(words: list[Token]) -> list[tuple[Category, str]]:
    out = []
    for token in words[:_TYPO_SCAN_WORDS]:
        category = _typo_of(token.skeleton)
        if category is not None:
            out.append((category, token.surface))
    return out


@lru_cache(maxsize=65536)
def _typo_of(skel: str) -> Category | None:
    if len(skel) < 6 or not skel.isascii() or skel in _TYPO_EXCEPTIONS or skel in _TYPO_TARGETS:
        return None
    if skel.startswith(_TYPO_STEMS):
        return None     # "overdoses": an inflection the lexicon's stems read (an idiom may have cleared it)
    for target, category in _TYPO_TARGETS.items():
        if _one_slip(skel, target):
            return category
    return None


def _one_slip(a: str, b: str) -> bool:
    """a and b differ by at most one insertion, deletion, substitution or swap."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (len(diffs) == 2 and diffs[1] == diffs[0] + 1
                and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]
