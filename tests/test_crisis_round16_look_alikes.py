"""Words that fold onto danger words, told apart by what is typed (round 16): the head that
aches ("sar dard", "सिर दर्द") is no "sir" to harm, and "bahar" (outside) is no bar. The same
words in their earnest sense still alert."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category, detect
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "sar dard se mar raha hu, dawai kha li",
    "सिर दर्द से मर रहा हूं, बाम लगाया है",
    "bahar khana khaya dosto ke saath, maza aaya",
    "sab bar gaye, main bahar ruka raha",
])
def test_an_aching_head_and_outside_stay_quiet(text):
    assert_rules_stay_quiet(text)


def test_a_sir_threatened_is_still_harm_to_others():
    assert_rules_find("sir ka sar phod dunga kal office me", Category.HARM_TO_OTHERS)


def test_a_bar_gone_to_is_still_a_relapse():
    assert_rules_find("bar gaya aur 2 peg liye kal", Category.RELAPSE)


def test_outside_the_bar_is_still_a_craving():
    detection = detect("bar ke bahar khada hu, andar jaane ka man hai", second_opinion=False)
    assert detection.urgent or detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "mere bina sab theek rahenge, goa trip pe ja raha hu 3 din",
    "office mere bina sab thik chalega, chutti pe hu",
])
def test_fine_without_me_on_a_trip_stays_quiet(text):
    # A rule of one concept takes its cancels too (windows.find_hits), here as far as the trip.
    assert_rules_stay_quiet(text)


def test_fine_without_me_said_alone_alerts():
    assert_rules_find("mere bina sab theek rahenge", Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "Gina nahi aayi aaj class me",
    "Gina ne call kiya tha, maine nahi uthaya",
    "few bears at the zoo today with the kids",
])
def test_a_gina_who_is_someone_and_bears_at_the_zoo_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "mujhe ab gina nahi hai, bahut ho gaya",
    "ab Gina bekar lagta hai",
])
def test_gina_typed_for_jeena_still_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "doctor ko bataye bina cough syrup phir se shuru kiya",
    "ghar pe bataye bina 2 peg le liye kal",
])
def test_used_without_telling_anyone_is_a_relapse(text):
    # "bina" belongs to the telling, not to the using (taken_as_prescribed.py).
    assert_rules_find(text, Category.RELAPSE)


def test_without_the_drink_itself_is_still_sobriety():
    assert_rules_stay_quiet("bina daru ke 100 din ho gaye, sab khush hain")


def test_a_needle_pricked_while_sewing_stays_quiet():
    assert_rules_stay_quiet("needle se ungli me chubha silai karte waqt, khoon aaya thoda")


def test_a_needle_pushed_in_on_purpose_till_it_bleeds_alerts():
    assert_rules_find("needle se ungli me chubhaya jaan bujh ke, khoon aane tak", Category.SELF_HARM)


def test_a_suit_is_no_shooting():
    # "सूट" (a suit) folds onto "shoot"; the suit wanted for a wedding is no threat.
    assert_rules_stay_quiet("भाई के लिए नया सूट लाना है, उसे सूट बहुत पसंद है")
    assert_rules_find("उसे शूट कर दूंगा", Category.HARM_TO_OTHERS)
