"""What the crisis detector says about one text: which categories of danger it found, and
the concepts and words that made it say so (staff see them on the case). Pure types."""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Category(StrEnum):
    SUICIDE = "suicide"
    SELF_HARM = "self_harm"
    OVERDOSE = "overdose"
    HARM_TO_OTHERS = "harm_to_others"
    RELAPSE = "relapse"          # using again: handled as a crisis, and recorded as an event
    CRAVING = "craving"          # craving, an urge, "help me": an urgent case, no helpline text


# The categories that get the helpline reply, the top case and the on-call alert.
CRISIS_CATEGORIES = frozenset({Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE,
                               Category.HARM_TO_OTHERS, Category.RELAPSE})


@dataclass(frozen=True)
class Finding:
    category: Category
    concepts: tuple[str, ...]        # e.g. ("living", "negation")
    words: tuple[str, ...]           # the words of the text that matched, e.g. ("jeena", "nahi")
    third_party: bool = False        # "my brother took all his pills"
    negated: bool = False            # "I am not suicidal": still reaches a person
    substance: str | None = None     # relapse only, when named: "alcohol", "cannabis", ...
    # Set when the classifier (alumni.domain.crisis.model), not a rule, made the finding: the
    # kind of alert the text resembles. A crisis finding has it as its category; an urgent
    # one (a craving: a person reads it today) names it as "possible ...".
    resembles: Category | None = None

    def explain(self) -> str:
        who = " (about someone else)" if self.third_party else ""
        if self.resembles is not None:
            kind = self.resembles.replace("_", " ")
            head = kind if self.category is self.resembles else f"possible {kind}"
            return f"{head}{who} (resembles {kind} messages: {', '.join(self.words)})"
        return f"{self.category.replace('_', ' ')}{who} (matched: {' + '.join(self.words)})"


@dataclass(frozen=True)
class Detection:
    findings: tuple[Finding, ...] = ()

    @property
    def crisis(self) -> bool:
        return any(f.category in CRISIS_CATEGORIES for f in self.findings)

    @property
    def urgent(self) -> bool:
        """Craving or a plea for help with no crisis concept: a same-day case."""
        return not self.crisis and any(f.category is Category.CRAVING for f in self.findings)

    @property
    def relapse(self) -> Finding | None:
        return next((f for f in self.findings if f.category is Category.RELAPSE), None)

    @property
    def categories(self) -> tuple[Category, ...]:
        return tuple(f.category for f in self.findings)

    def explain(self) -> str:
        """'suicide (matched: jeena + nahi); relapse (matched: ganja + phir se)', at most 200
        characters (it is stored on the case)."""
        return "; ".join(f.explain() for f in self.findings)[:200]
