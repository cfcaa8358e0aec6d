"""Using again told as a contest lost or a count broken: "the bottle won this week",
"दारू जिंकली", "my sober streak ended at 61 days". Words and the rules that read them
(appended to the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # The substance as the winner: only right after it ("the bottle won"), since "won a
    # bottle in the draw" and "our team won, beer for all" name a prize or a party.
    "beat_me": (
        "won", "wins", "won again", "won this week", "beat me", "got the better of me", "jeet gayi",
        "jeet gaya", "jeet gai", "jeet gyi", "jit gayi", "जीत गई", "जीत गया", "जीत गयी", "jinkli",
        "jinkla", "jinkla", "जिंकली", "जिंकला", "jinkli parat", "hara diya", "हरा दिया",
        "harvla", "हरवलं", "हरवला",
    ),
    # A count of days broken: "streak ended", "streak toot gaya", "streak तुटला".
    "streak_broken": (
        "streak ended", "streak is over", "streak broke", "streak is broken", "streak gone",
        "streak toot gaya", "streak tut gaya", "streak toot gayi", "streak टूट गया", "स्ट्रीक टूट गई",
        "streak tutla", "streak तुटला", "स्ट्रीक तुटली", "ginti toot gayi", "गिनती टूट गई",
        "count toot gaya", "count tutla", "मोजणी तुटली", "back to day one", "back to day 1",
        "phir se day 1", "fir se day 1", "parat day 1", "परत day 1", "फिर से day 1",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

LOST_TO_IT: tuple[Combination, ...] = (
    Combination(RE, (ANY + ("alcohol_maybe",), _g("beat_me")), 1, order=True,
                unless=_g("beverage", "laugh")),
    # "my sober streak ended": the sobriety named is the count that broke, so the quitting
    # word is part of the finding and does not cancel it.
    Combination(RE, (_g("quit"), _g("streak_broken")), 2, order=True, unless=_g("gym", "laugh")),
    # The streak broken, and the substance or the sobriety it counted named nearby.
    Combination(RE, (_g("streak_broken"), ANY + ("quit",)), 10, across=True,
                unless=_g("gym", "laugh")),
)
