"""Harm to others, overdose, a sportsman reported, using again and craving in the gym's and the
ground's words, read by the rules alone in English, Hindi and Marathi, Latin and Devanagari: a
head broken beside his house or a rod, a stump carried to his house, his brakes taken off; vials
put in at once with an end said; a wrestler who keeps saying he will go with his phone off, or
whose last bout is said done and who has not come for days; the bonus blown at the den, straight
to the country-liquor shop, rum brought and the writer's share taken; and craving told as not
taken yet beside a pull or a plea. The ordinary twins (a bat taken to a match, brakes at a garage,
a doctor's drip, a trip to the village, a drink refused, a not-yet counted in days, the mind
pulled home) stay quiet, and the earnest twins still alert."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    ("uske ghar ka pata hai. agli baar pairon pe nahi jayega", Category.HARM_TO_OTHERS),
    ("referee ka ghar pata hai, agli baar chal ke nahi jayega", Category.HARM_TO_OTHERS),
    ("stump lekar uske ghar ja raha hu, sabak sikhaunga", Category.HARM_TO_OTHERS),
    ("taking a bat to his house tonight, he will learn", Category.HARM_TO_OTHERS),
    ("उसकी बाइक के ब्रेक निकाल दूंगा, तब पता चलेगा", Category.HARM_TO_OTHERS),
    ("4 termin ek saath laga raha hu, ab bas", Category.OVERDOSE),
    ("3 termin ek saath bhar liye syringe me, khel khatam", Category.OVERDOSE),
    ("ti mhantoy mi jaanar, phone switch off aahe", Category.SUICIDE),
    ("meri aakhri kushti ho gayi bola tha dost ko, 2 din se nahi aaya", Category.SUICIDE),
    ("salary sagli gutyat udavli", Category.RELAPSE),
    ("बोनस मिला तो सारे अड्डे पे उड़ा दिए", Category.RELAPSE),
    ("bonus mila aur seedha desi ke theke pe", Category.RELAPSE),
    ("पोरांनी दारू आणली, मी पण घेतली", Category.RELAPSE),
    ("havent had it yet but the voice is loud tonight, please call", Category.CRAVING),
    ("man khup odhtay, kunashi tari bolaycha aahe", Category.CRAVING),
])
def test_the_grounds_dangers_are_read(text: str, category: Category) -> None:
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "uske ghar ka pata hai, kal uski shaadi ka card dene jaunga",
    "stump lekar uske ghar ja raha hu, kal match hai",
    "taking a bat to his house tonight for the match tomorrow",
    "गाडीचा ब्रेक काढून ठेवला, गॅरेजवाला नवीन बसवणार",
    "hospital madhe doctor ne mephentermine che 2 ampoule ekdach dile, drip lavli. bas zala aata aaram",
    "to mhantoy mi jaanar gavala, phone switch off aahe, network nahi",
    "uski aakhri kushti kal thi, aaj vo gaon gaya hai 2 din ke liye",
    "पोरांनी दारू आणली, मी पण घेतली नाही",
    "havent had it, 90 days today",
    "gharakade man khup odhtay, aai shi bolaycha aahe",
])
def test_ordinary_twins_stay_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)
