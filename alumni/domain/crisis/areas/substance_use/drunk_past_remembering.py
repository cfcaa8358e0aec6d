"""Drunk past remembering (a reading of an older set's relapse that both the rules and the classifier missed):
so much drunk that nothing is remembered ("वरातीत इतकी घेतली की शुद्धच नव्हती", "itki pyalo ki athvat nahi").

Tried with it and taken back: the pay in "and straight to the liquor den", and the offer pressed "and I took
it". In the sets those words are mostly sobriety ("got paid and went straight home, didn't even look at the
den"; "the boss gave a party, I took only a cold drink") and other purchases ("bought the boy a cycle"): 23
older lines read worse, four of them closed.

Words and the rules that read them (appended to the area's COMBINATIONS by readings_from_round_88.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    "pz_so_much": ("itni pi", "इतनी पी", "itki ghetli", "इतकी घेतली", "itna piya", "इतना पिया", "itki pyalo",
                   "इतकी प्यायलो", "so drunk"),
}

# The blackout is excuses_and_blackouts.py's memory_lost (its Marathi "शुद्धच नव्हती" added there).
EXTENDS: dict[str, tuple[str, ...]] = {}

DRUNK_PAST_REMEMBERING: tuple[Combination, ...] = (
    Combination(RE, (_g("pz_so_much"), _g("memory_lost")), 8),
)
