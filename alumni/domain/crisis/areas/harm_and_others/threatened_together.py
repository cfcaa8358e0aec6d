"""A couple threatened together (round 21, holdout 61): a family that will kill the writer and
the partner both ("her brothers say they'll kill us both", "hum dono ko jaan se maar denge",
"आम्हा दोघींना मारून टाकतील"). The writer is one of the two, so it is the threat against the
writer of against_the_writer.py in the plural: the service calls the writer.

Quiet: a scolding laughed off ("mummy will kill us both if we're late again 😂"), which the
laugh cancels, and a game or a film the two lost in (no person does the killing)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    # The writer and the partner, as the object of the threat.
    "us_both": ("us both", "both of us", "the two of us", "us two", "hum dono ko", "हम दोनों को", "hum donon ko",
                "ham dono ko", "हम दोनो को", "dono ko", "दोनों को", "amha doghanna", "amha doghinna",
                "आम्हा दोघांना", "आम्हा दोघींना", "amha dogha", "आम्हा दोघा", "doghanna", "दोघांना",
                "doghinna", "दोघींना", "aamha doghanna", "aamha doghinna"),
    # What makes it no threat: a game, a film, a scolding over a trifle.
    "together_in_play": ("game", "match", "ludo", "carrom", "pubg", "film", "movie", "picture", "serial",
                         "boss", "teacher", "ma'am", "sir"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

THREATENED_TOGETHER: tuple[Combination, ...] = (
    # "हम दोनों को जान से मार देंगे", "आम्हा दोघींना मारून टाकतील", "will kill us both".
    Combination(HO, (_g("us_both"), _g("kill")), 3, unless=_g("laugh", "together_in_play"), unless_reach=8),
)
