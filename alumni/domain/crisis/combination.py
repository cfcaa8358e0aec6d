"""A combination of concepts that together mean danger: the unit every rule is written in."""
from __future__ import annotations

from dataclasses import dataclass

from alumni.domain.crisis.detection import Category

Group = tuple[str, ...]     # any one of these concepts


@dataclass(frozen=True)
class Combination:
    category: Category
    parts: tuple[Group, ...]        # one hit of each, all within `window` words
    window: int = 4                 # words allowed between the first and last part
    unless: Group = ()              # not when one of these sits in the window
    unless_reach: int = 2           # words either side of the finding where `unless` still counts
    same_word: bool = False         # one word may stand for two parts ("marunga")
    order: bool = False             # parts must appear in the order given
    across: bool = False            # parts may sit in neighbouring sentences ("a plan. the tracks")


# A refusal or someone else's: the writer's own use is not what the words say.
NOT_MINE: Group = ("negation", "third_person")


def _g(*names: str) -> Group:
    return names
