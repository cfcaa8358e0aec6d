"""The pay, or all of it, gone into the drink or the bar (the reading of rounds 76-77): "pagar zala ani
sagla permit room madhe gela", "sagla daru madhe gela", and (rounds 78-79) blown or used up there,
"अर्धे भट्टीवर उडवले", "bar madhe sarle". Relapse: the money went where the drink is.

The pay that used to go there ("jata tha", "जायचा") is another module's past (drink_money_saved.py):
only the perfective "gela", "gaya" is read here.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # All of it or half, the money (not "sagle", "सगळे": everyone).
    "pg_all_of_it": ("sagla", "सगळा", "सगळं", "sagala", "sagle paise", "सगळे पैसे", "pura", "पूरा", "poora", "पूरी",
                     "सारा", "saara", "sara", "all of it", "whole", "all my", "अर्धे", "ardhe", "aadhe", "आधे", "half"),
    # Gone into it: "madhe gela", "में चला गया".
    # (not "gele", "गेले": "sagle bar madhe gele" is everyone gone to the bar)
    "pg_went_into": ("madhe gela", "मध्ये गेला", "मधे गेला", "मध्ये गेलं", "me gaya",
                     "में गया", "mein gaya", "me chala gaya", "में चला गया", "mein chala gaya", "went on", "went into",
                     # (rounds 78-79) blown or used up there: "अर्धे भट्टीवर उडवले", "bar madhe sarle"
                     "उडवले", "udavle", "udvle", "madhe sarle", "मध्ये सरले", "मधे सरले"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

PAY_GONE_INTO_DRINK: tuple[Combination, ...] = (
    Combination(RE, (_g("pg_all_of_it"), _g("alcohol", "liquor_place", "drink_place", "bar_inflected"),
                     _g("pg_went_into")), 6, unless=_g("negation", "quit")),
    Combination(RE, (_g("payday", "earnings", "pd_pay_came"), _g("alcohol", "liquor_place", "drink_place", "bar_inflected"),
                     _g("pg_went_into")), 10, unless=_g("negation", "quit")),
)
