"""Sobriety milestones, periodically: owe the text for each milestone falling today or
tomorrow where the alumnus lives. It only creates CheckIn rows (each once, by the
milestone's unique key); the dispatcher job sends them."""
from __future__ import annotations

from alumni.recovery.milestones_texts import owe_milestone_texts


def owe_milestones() -> dict:
    return {"owed": owe_milestone_texts()}
