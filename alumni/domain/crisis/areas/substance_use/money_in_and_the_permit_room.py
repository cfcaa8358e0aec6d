"""The money in and the permit room (the relapses of rounds 122-123: agro-input shops, soda and ice units,
wedding photographers):

- the money came "and all of it went to the bar", "sat in the permit room that night", "beer and
  feni in me", "three days now, taking half daily, hidden", "two days nonstop".

Words and the rules that read them (appended to the area's COMBINATIONS by readings_from_round_88.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    "pb_money_came": ("paise aale", "पैसे आले", "पेमेंट आया", "payment aaya", "payment aala", "पेमेंट आलं", "paisa aaya", "पैसा आया", "pay came", "got paid"),
    "pb_at_the_bar": ("bar madhe gele", "बार मध्ये गेले", "बारमध्ये गेले", "bar me gaye", "बार में गए",
                      "परमिट रूममध्ये बसलो", "permit room madhe baslo", "permit room me baitha", "bar me baitha",
                      "theke pe baitha"),
    # (not "पोटात", in the belly: its letters are "pot")
    "pb_in_me": ("in me", "andar gayi", "अंदर गई"),
    "pb_drink_names": ("feni", "फेणी", "फेनी"),
    "pb_days_daily": ("din se roz", "दिन से रोज", "divsanpasun roj", "दिवसांपासून रोज"),
    "pb_taking_it": ("le raha hu", "ले रहा हूँ", "ले रहा हूं", "laga raha", "लगा रहा", "ghetoy", "घेतोय"),
    "pb_nonstop": ("सतत चालू आहे", "satat chalu ahe", "lagatar chal raha", "लगातार चल रहा", "nonstop", "non stop"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

MONEY_IN_AND_THE_PERMIT_ROOM: tuple[Combination, ...] = (
    Combination(RE, (_g("pb_money_came"), _g("pb_at_the_bar")), 20, across=True),
    Combination(RE, (_g("alcohol", "pb_drink_names"), _g("pb_in_me")), 4),
    Combination(RE, (_g("pb_days_daily"), _g("pb_taking_it")), 4),
    Combination(RE, (_g("pb_nonstop"), _g("alcohol")), 12, across=True),
)
