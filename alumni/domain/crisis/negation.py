"""Negation and sobriety words beside a finding: they cancel relapse and craving ("not
drinking", "daru nahi pi", "no cravings"); for the other categories they only mark the
finding negated, so "I am not suicidal" still reaches a person."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination
from alumni.domain.crisis.concepts import SUBSTANCES, Concepts, Hit
from alumni.domain.crisis.detection import Category
from alumni.domain.crisis.windows import near, span

# Concepts that name evidence rather than meaning: never reported as "negated" by them.
NEGATORS = ("negation", "weak_negation")


# "abhi tak li nahi, par man dol raha hai": a refusal turned round by a "but" is no refusal
# of what follows.
# "and", "then" between two acts told in turn
_THEN = frozenset({"and", "then", "aur", "और", "ani", "आणि", "phir", "fir", "फिर", "mag", "मग"})
_BUT = frozenset({"but", "par", "pr", "पर", "lekin", "लेकिन", "magar", "मगर", "pan", "पण", "tari", "तरी"})


# "because", after which a reason is told: Hindi, Marathi, English and their SMS spellings;
# and "so", "therefore" (म्हणून, isliye), after which the consequence is: "झोप येत नाही
# म्हणून पुन्हा गांजा चालू केला" negates the sleep, not the using.
_BECAUSE = frozenset({"because", "becoz", "bcoz", "bcz", "coz", "cuz", "cause", "kyunki", "kyonki", "kyuki", "kyoki",
                      "kyunke", "क्योंकि", "क्यूंकि", "क्युंकि", "क्यूँकि", "karan", "कारण",
                      "म्हणून", "mhanun", "mhanoon", "mhnun", "isliye", "islie", "isiliye", "इसलिए", "इसीलिए",
                      "therefore",
                      # "so", "then", after a condition: "बेटा ठीक से नहीं बोला तो theke चला गया" (round 41)
                      "तो", "toh", "tar", "तर"})


# "दारूशिवाय", "daarushivay": the substance with "without" glued on is a day kept clean of it,
# unless a negation follows in its clause ("दारूशिवाय राहवत नाही": cannot do without it).
_WITHOUT_GLUED = ("शिवाय", "shivay", "shivaay", "विना")


def without_glued(c: Concepts, start: int, end: int) -> bool:
    """The substance word at start:end carries "without" ("दारूशिवाय") and no negation
    follows it in its clause."""
    words = c.words
    if not words[end - 1].raw.endswith(_WITHOUT_GLUED):
        return False
    clause = words[end - 1].clause
    return not any(n.start >= end and words[n.start].clause == clause for n in c.of(*NEGATORS))


def _but_between(c: Concepts, start: int, end: int) -> bool:
    return any(w.raw in _BUT for w in c.words[start:end])


def _then_between(c: Concepts, start: int, end: int) -> bool:
    return any(w.raw in _THEN for w in c.words[start:end])


def _near_in_sentence(c: Concepts, hits: tuple[Hit, ...], names: tuple[str, ...], before: int,
                      after: int) -> Hit | None:
    """A negation or a refusal near the finding; one after it counts only in its sentence: the next
    sentence's "no" is its own ("मी घेतली. नाही म्हणू शकलो नाही", rounds 66-67)."""
    found = near(c, hits, names, before=before, after=after)
    _, end = span(hits)
    if found is not None and found.start >= end and c.words[found.start].sentence != c.words[end - 1].sentence:
        found = near(c, hits, names, before=before, after=0)
    return found


def cancelled(c: Concepts, combo: Combination, hits: tuple[Hit, ...]) -> bool:
    """Relapse: "not drinking", "daru nahi pi", "दारू सोडून". Craving: "no cravings",
    "don't want a drink" (a negation on the wanting, not "struggling not to use")."""
    if any(h.concept in NEGATORS for h in hits):
        return False
    if combo.category is Category.CRAVING:
        heads = tuple(h for h in hits if h.concept not in SUBSTANCES
                      and h.concept not in ("drink_verb", "drank", "use_strong", "use"))
        if not heads:
            return False
        # "no cravings", "don't want a drink", "will not drink"; but "struggling not to use"
        # is still a struggle.
        first_head = min(heads, key=lambda h: h.start)
        _, end = span(hits)
        reach = end if first_head.concept in ("want", "copula") else first_head.start
        return any(first_head.start - 1 <= h.start < reach
                   and c.words[h.start].clause == c.words[first_head.start].clause
                   for h in c.of(*NEGATORS)) or any(
            0 <= first_head.start - h.end <= 1 and not _but_between(c, h.end, first_head.start)
            for h in c.of("quit"))   # "resisted the urge", not "ali nahi, par man dol raha"
    if any(h.concept in SUBSTANCES and without_glued(c, h.start, h.end) for h in hits):
        return True
    start, _ = span(hits)
    clause = c.words[start].clause
    negation = _near_in_sentence(c, hits, NEGATORS, 3, 2)
    if negation is not None and negation.start < start:
        # "sir ko message nahi kiya kyunki 2 din se ganja pe tha": a "because" between them makes
        # the negation the consequence's; the reason after it is told as it happened.
        # A "but" turns the same way: "sangaycha nahi hota pan mi parat suru kela" refuses the
        # telling, not the using after the turn.
        because = max((i for i in range(negation.end, start) if c.words[i].raw in _BECAUSE or c.words[i].raw in _BUT),
                      default=None)
        if because is not None:
            negation = near(c, hits, NEGATORS, before=start - because - 2, after=2)
    quit = _near_in_sentence(c, hits, ("quit",), 2, 2)
    if quit is not None and quit.end <= start and _then_between(c, quit.end, start):
        quit = None     # "walked past the bar, stopped and had a beer": one act after another (round 113)
    return (negation is not None
            or quit is not None
            # a long refusal that ends where the finding begins: "kept away from the bottle".
            or any(0 <= start - q.end <= 1 and c.words[q.start].clause == clause
                   and not _then_between(c, q.end, start) for q in c.of("quit")))
