"""Camp talk among queer and trans friends read by the rules alone: a threat with a kiss over
make-up, clothes or a date, a look or a dish that "kills everyone", "I'm deceased" over a walk,
drag as the art, and "as" that is no self-harm shorthand, in English, Hindi and Marathi, Latin
and Devanagari, stay quiet; their earnest twins (a threat over a sister with no trifle and no
kiss, a threat with a knife, killing everyone at a party, dead inside and wanting to die, "sh"
typed) still alert."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "touch my eyeliner again and I'll kill you, babe 😘",
    "if you're late for brunch one more time I'll murder you darling",
    "meri lipstick phir se li to maar dalungi tujhe, pyaar se 😘",
    "मेरा दुपट्टा फिर से पहना तो जान से मार दूँगी तुझे 😂",
    "majhi heels parat nahi keli tar maarun takin tula, premane",
    "उद्या मेकअप ला उशीर केलास तर जीव घेईन तुझा 😂",
    "ye lehenga sabko maar dalega behen",
    "तुझी नथ सगळ्यांना मारून टाकेल",
    "his mom's biryani could kill a man, I swear",
    "I'm dead 💀 did you see his runway walk",
    "drag show tonight, front row seats!!",
    "started sertraline as the doctor prescribed, one a day",
])
def test_camp_talk_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text, category", [
    ("agar tune meri behen ko phir chhua to maar dalungi tujhe", Category.HARM_TO_OTHERS),
    ("agar tu late aaya to maar dalunga tujhe, mere paas chaku hai", Category.HARM_TO_OTHERS),
    ("party me sabko maar dalunga", Category.HARM_TO_OTHERS),
    ("I'm dead inside, want to die", Category.SUICIDE),
    ("sh again after 40 days clean", Category.SELF_HARM),
])
def test_earnest_twins_alert(text: str, category: Category) -> None:
    assert_rules_find(text, category)
