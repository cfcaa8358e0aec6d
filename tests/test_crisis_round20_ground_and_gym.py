"""The ground's and the gym's everyday words, read by the rules alone in English, Hindi and
Marathi, Latin and Devanagari (ground_and_gym.py): a team murdered in a final with the score, the
coach's "suicides" drill, "the coach will kill me if I'm late", a tetanus shot after a nail,
weevils and ticks given their medicine, the weedkiller gone to be sprayed on the cane, a gym's
offer refused in recovery's words, a bottle party left with nothing drunk. Each stays quiet, and
its earnest twin (a murder still to come, suicide said to the coach, a threat bound to the police,
the sulphas eaten, the weedkiller drunk, the offer taken, a drink had before leaving) alerts."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "we murdered them in the final 42-18",
    "कबड्डी फाइनल में उनका murder कर दिया 40 - 22",
    "coach ne aaj 12 suicides karwaye, legs gone",
    "कोच ने 8 suicides लगवाए ground पे",
    "papa mujhe jaan se maar denge agar aaj bhi late hua",
    "coach मला जीवे मारेल जर आज पण उशीरा गेलो",
    "टिटनेस का इंजेक्शन लगवाया, कील से पैर कटा था",
    "got a tetanus injection, stepped on a nail at the ground",
    "कोठी में सल्फास की गोलियां रखीं घुन के लिए",
    "गोठ्यात गोचिडांसाठी औषध मारलं",
    "usala tanashak marayla gelo hoto",
    "gym madhe injection cha offer aala, sangitla mi recovery madhe aahe ani nighalo",
    "bottle party thi, maine kuch nahi piya aur nikal aaya",
])
def test_the_grounds_words_stay_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text, category", [
    ("final haar gaye, ab referee ka murder karunga", Category.HARM_TO_OTHERS),
    ("coach ke saamne bola tha ki suicide kar lunga", Category.SUICIDE),
    ("pati mujhe jaan se maar dega agar maine police ko bataya", Category.HARM_TO_OTHERS),
    ("सल्फास की गोलियां खा लीं मैंने", Category.OVERDOSE),
    ("गेहूं की कोठी में सल्फास की गोलियां रखीं घुन के लिए, अब मैं खा लूंगा", Category.OVERDOSE),
    ("usala tanashak pyayla gelo hoto", Category.OVERDOSE),
    ("gym madhe injection cha offer aala, ghetla ani nighalo", Category.RELAPSE),
    ("bottle party thi, thodi pi li aur nikal aaya", Category.RELAPSE),
    # the clinic's shot is one sentence's; the evening after the party is the writer's own
    ("tetanus ka injection lagwaya, phir shaam ko brown sugar ka injection bhi le liya", Category.RELAPSE),
    ("party me bottle khuli, nikal aaya, kuch nahi piya. ghar aake khud ki bottle khol di", Category.RELAPSE),
])
def test_their_earnest_twins_alert(text: str, category: Category) -> None:
    assert_rules_find(text, category)
