"""Suicide told as the question of what living is for (round 49, holdouts 163 and 167): "kya
fayda jee ke", "kay artha ahe jagnyat, rickshaw gela", "zinda reh ke kya ukhaad lunga". The
question joins the lexicon's pointless words; the Hindi conjunctive "jee ke" (having lived) is
read beside it, not the bare "jee", which is also "ji", the respectful "sir". Words and the rule
that reads them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {}

EXTENDS: dict[str, tuple[str, ...]] = {
    "pointless": ("kay artha ahe", "काय अर्थ आहे", "kay arth ahe", "kay artha aahe", "kya ukhaad lunga",
                  "क्या उखाड़ लूंगा", "क्या उखाड़ लूँगा", "kya ukhad lunga", "kya ukhaad lungi"),
}

NO_POINT_IN_LIVING: tuple[Combination, ...] = (
    Combination(S, (_g("pointless"), _g("live_conj")), 2),
)
