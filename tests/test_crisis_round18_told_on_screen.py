"""Round 18 (films): deaths and poisons that belong to a screen, a stage or a meme stay quiet for
the rules alone: a film's hero or villain who dies at the end, a film, a play or a series titled
poison, the poison of a detective plot, a skull and "im dead" at a meme or a reel, in English,
Hindi and Marathi, both scripts. Each beside its earnest twin that still alerts: the writer who
will do the same as the hero, a poison taken after the film of that name, "dead serious" with a
wish to die."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "movie ke end me villain mar jata hai, bachche khush ho gaye",
    "in the last scene the hero dies, my wife cried",
    "picture pahila, shevti heroine mar jate, sagle radle",
    "'विष' नावाचं नाटक पाहिलं काल, छान होतं",
    "Zeher movie ke gaane aaj bhi sunta hu",
    "poison naam ki web series dekhi, mast thi",
    "murder mystery novel padh raha hu, butler ne chai me poison diya",
    "जासूसी सीरियल में कातिल ने दूध में ज़हर मिलाया था, क्या ट्विस्ट था",
    "that reel 💀 im dead",
    "lmao this meme, dead 💀",
    "शेवटी हिरो मरतो, सगळे रडले",
    "the villain died in the end, so satisfying",
    "last episode me heroine mar gayi yaar, kya serial hai",
    "विष नावाची मालिका पाहतोय",
    "'Poison' gaana sun raha hu repeat pe",
    "💀💀 this reel. im dead",
])
def test_screen_and_meme_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text, category", [
    ("hero aakhri scene me mar jata hai, main bhi waise hi marna chahta hu", Category.SUICIDE),
    ("film me hero zeher khata hai, main bhi zeher kha lunga aaj", Category.OVERDOSE),
    ("Zeher film dekhi, ab zeher kha lunga", Category.OVERDOSE),
    ("serial me chai me vish diya, mi pan vish pinar aaj", Category.OVERDOSE),
    ("this meme is funny but im dead serious, i want to die tonight", Category.SUICIDE),
    ("film ke end me hero mar jata hai, aur main bhi aaj mar jaunga", Category.SUICIDE),
    ("meme dekha 💀 im dead, par sach me marna chahta hu", Category.SUICIDE),
    ("detective serial dekh raha tha, maine bhi chai me zeher mila ke pi liya", Category.OVERDOSE),
])
def test_earnest_twins_alert(text, category):
    assert_rules_find(text, category)
