"""The words of the message-wide evidence's signal classes (alumni.domain.crisis.evidence),
one module per category, in English, Hindi and Marathi, both scripts (compared by skeleton)."""
from __future__ import annotations

from alumni.domain.crisis.evidence_words import harm, overdose, self_harm, suicide, whereabouts
from alumni.domain.crisis.word_lists import join_modules

SIGNAL_WORDS: dict[str, tuple[str, ...]] = join_modules(suicide, overdose, harm, self_harm, whereabouts)
