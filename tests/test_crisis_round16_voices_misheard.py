"""What a phone's voice typing or autocorrect does to a message still reaches a person:
"jeena" heard as "Gina", vowels dropped ("mra phn", "zrurat nhi"), "bear" for beer after a
count or before a verb of drinking, and beer or wine told as not counting beside the cans or
glasses drunk. The same words where nothing is meant stay quiet: a friend called Gina, "bear
with me", the animal, a question about beer with nothing drunk. Dying of a trifle (hunger
typed in English, a chilli chutney, the month's targets) is a figure of speech, its earnest
twin (a wish said, a method, no trifle) alerts; the others' pegs at a party with the writer's
"मैंने नहीं लिया" is sobriety, the writer's "maine bhi" is not. An apology for voice-typing
errors is everyday talk."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "ab aur Gina nahi hai mujhe, thak gaya",
    "sach bolu to Geena nahi chahta ab",
    "mra mann nahi lagta, ab jeena nahi",
    "mre bachon ko bolna sorry, mra phn bech dena ab zrurat nhi",
])
def test_living_refused_through_voice_typing_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "Gina is coming over for tea tomorrow",
    "Gina ne call kiya tha, kal milte hain",
    "mra phn kharab hai, naya lena hai",
])
def test_a_name_or_a_phone_told_plainly_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "had 2 bear last night with the office guys",
    "kal raat do bear pi li yaar",
    "a couple bear after work, sorry sir",
    "I had few bears at the wedding only",
])
def test_bear_for_beer_after_a_count_or_before_drinking_is_using_again(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "bear with me for a minute, the call dropped",
    "I can't bear the noise at the office",
    "we saw a black bear on the safari",
    "my son wants a teddy bear for his birthday",
])
def test_bear_the_verb_or_the_animal_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "wine doesn't count right? had two glasses at dinner",
    "beer to sharab nahi hoti na, 4 bottle pee li",
    "बियर म्हणजे दारू नाही ना? दोन बाटली घेतल्या",
    "does beer count? I had 3 cans with the cricket team",
])
def test_a_drink_told_as_not_counting_beside_a_drink_taken_is_using_again(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "beer daaru hoti hai kya? bas pooch raha hu, group me bahas chali",
    "does beer count as alcohol for the program rules?",
])
def test_the_question_with_nothing_drunk_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "itna hungry hu ki mar jaunga, mess band hai",
    "इतनी भूखी हूं कि मर जाऊंगी, lunch late है",
    "आईने केलेली मिरचीची चटणी खाऊन मेलो 😂",
    "field me targets se mar rahe hain sab MR log",
    "sales targets ne maar dala is quarter",
])
def test_dying_of_hunger_a_chilli_or_targets_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "itna akela hu ki mar jaunga",
    "itna hungry hu par marna hai mujhe, sab khatam",
    "targets se pareshan hu, ab zeher kha ke mar jaunga",
])
def test_dying_with_no_trifle_or_with_a_wish_still_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "shaadi में सब peg ले रहे थे, मैंने नहीं लिया, juice पिया",
    "office party me sab peg le rahe the, maine nahi liya",
])
def test_the_others_pegs_and_the_writer_keeping_out_stays_quiet(text):
    assert_rules_stay_quiet(text)


def test_the_writer_joining_the_others_pegs_is_using_again():
    assert_rules_find("party में सब peg ले रहे थे, मैंने भी दो लिए", Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "voice typing se galtiyan hoti hain, sorry, sab theek hai",
    "sorry for the typos, autocorrect on hai, all good here",
    "voice typing mule chukicha shabd aala, maaf kara, sagla bara ahe",
])
def test_an_apology_for_voice_typing_errors_stays_quiet(text):
    assert_rules_stay_quiet(text)
