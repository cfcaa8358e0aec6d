"""Harmless scenes at festivals, read by the rules alone: a bottle got rid of (burnt with the
effigy, given back, poured away), the others' drink beside the writer's own soft one or sobriety,
and praise said with dying ("so good you'd die") or killing ("you killed the dance floor"), in
English, Hindi and Marathi, Latin and Devanagari. Each has an earnest twin that still alerts: the
bottle drunk before it was given back, the writer drinking too, "I want to die", a man killed."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "होलिका में अपनी बोतल भी जला दी, 60 दिन हो गए",
    "boss ki di hui whisky bottle wapas kar di, proud",
    "gifted bottle parat keli, aaj 5 mahine",
    "new year party me sab beer pi rahe the, main juice",
    "लग्नात काका टाइट होते, मी सरबत घेतलं",
    "गच्चीवर दारू होती पण मी लाडू खाल्ला",
    "ye rasmalai aisi thi ki mar hi jao",
    "tune to stage pe katl kar diya yaar 🔥",
])
def test_festival_scenes_stay_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text, category", [
    ("पूरी बोतल पी ली, फिर बोतल वापस कर दी", Category.RELAPSE),
    ("new year party me sab beer pi rahe the, main bhi pi liya", Category.RELAPSE),
    ("गच्चीवर दारू होती आणि मी पण घेतली", Category.RELAPSE),
    ("aisi zindagi hai ki mar jaun", Category.SUICIDE),
    ("main uska katl kar dunga dance floor pe", Category.HARM_TO_OTHERS),
])
def test_earnest_twins_still_alert(text: str, category: Category) -> None:
    assert_rules_find(text, category)
