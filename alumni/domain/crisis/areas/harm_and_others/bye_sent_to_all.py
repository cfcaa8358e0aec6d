"""A goodbye sent to everyone, and then silence, told by a brother or a workmate (round 44,
holdout 147): "भाई का phone off है, सबको bye का message भेजा था रात को", "karagir ratri
sagalyana bye cha msg pathavun gayab, phone band yetoy". A goodbye to all before a journey with
no network is a trip's (the unless). The rule (appended to the area's COMBINATIONS by rules.py);
its words are the lexicon's."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {}

EXTENDS: dict[str, tuple[str, ...]] = {}

BYE_SENT_TO_ALL: tuple[Combination, ...] = (
    Combination(S, (_g("everyone_all"), _g("farewell_word", "said_bye"), _g("contact_word", "text_line"),
                    _g("unreachable", "gone_missing")), 14, across=True,
                unless=_g("away_trip", "gone_travelling", "leaving_for_errand"), unless_reach=8),
)
