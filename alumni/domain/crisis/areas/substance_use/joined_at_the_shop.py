"""Drinking owned up to through the shop and the company (the reading of rounds 78-79: buffalo sheds,
bidi rollers, parlours, idol workshops): everyone drinking there and the writer sat down with them too
("tithe sagle pit hote, mi pan basloy 3 divas"); days sat at the theka ("thekyavar basloy 3 diwas");
glasses counted at the toddy shop ("tadi wale ki dukan pe ruk gaya ... do glass"); the kalari, the
liquor shop of Madhya Pradesh and Vidarbha, gone to ("is hafte teen baar kalari gaya"). Relapse.

"Everyone drank, I sat with the bullocks", "the theka's on my road, I didn't sit" stay quiet: the
writer's own sitting or glasses must be there, and not denied.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # The writer sat down with them too.
    "js_me_too_sat": ("mi pan basloy", "mi pan baslo", "मी पण बसलो", "मी पण बसलोय", "mi bhi baslo",
                      "main bhi baith gaya", "मैं भी बैठ गया", "mai bhi baith gaya", "main bhi baitha",
                      "i sat with them too", "i joined them"),
    # Sat there (at the shop), for days.
    "js_sat_there": ("basloy", "baslo", "बसलोय", "बसलो", "baitha raha", "बैठा रहा", "baithe raha", "sat there"),
    "js_days": ("divas", "diwas", "दिवस", "din", "दिन", "days"),
    # Glasses counted.
    "js_glasses": ("do glass", "दो ग्लास", "don glass", "दोन ग्लास", "teen glass", "तीन ग्लास", "2 glass",
                   "3 glass", "two glasses", "three glasses"),
    # The kalari by name ("bar" is also "baar", times).
    "js_kalari": ("kalari", "kalaari", "कलारी", "कलारीत", "kalarit"),
    # Gone there, so many times; or only passed in front of it.
    "js_went": ("gaya", "गया", "gelo", "गेलो", "went", "gaye"),
    "js_times": ("baar", "बार", "vela", "वेळा", "times"),
    "js_passing": ("saamne se", "ke saamne", "samne se", "passed", "samorun", "समोरून", "सामने से"),
    "js_long_ago": ("gaya tha", "गया था", "pichle saal", "पिछले साल", "last year", "saal pehle", "साल पहले"),
    "js_not_drink": ("chai", "चाय", "चहा", "chaha", "tea", "juice", "lassi", "लस्सी", "coffee"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # The kalari.
    "liquor_place": ("kalari", "kalaari", "कलारी", "कलारीत", "kalarit", "कलारी पे", "kalari pe"),
}

JOINED_AT_THE_SHOP: tuple[Combination, ...] = (
    Combination(RE, (_g("drinking_around"), _g("js_me_too_sat")), 12, across=True, unless=_g("negation")),
    Combination(RE, (_g("liquor_place", "bar_inflected", "drink_place"), _g("js_sat_there"), _g("js_days")), 6,
                unless=_g("negation")),
    Combination(RE, (_g("liquor_place", "drink_place", "alcohol"), _g("js_glasses")), 14, across=True,
                unless=_g("negation", "quit", "js_not_drink")),
    Combination(RE, (_g("js_kalari"), _g("js_went"), _g("js_times")), 4,
                unless=_g("negation", "js_passing", "js_long_ago")),
)
