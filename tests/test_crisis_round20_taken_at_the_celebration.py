"""Using again and craving told at festivals, weddings and parties, read by the rules alone in
English, Hindi and Marathi, Latin and Devanagari. Using again: a drink handed over and not
refused, a drag taken and begun again, country liquor counted by the glass, the vow broken beside
the drink, a stop at the country-liquor shop, the drink and a fresh start, the drink and "not
proud". Craving: a drinking day near and the mind restless, a gifted bottle watched all day,
bottles in the house and the mind unsteady, something missing without a glass. Their ordinary
twins (a shop passed by, desi ghee, a fresh start at the gym, pride in others) stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "shaadi me mama ne peg banaya, maine mana nahi kiya",
    "cousin handed me a beer at the mehndi and i didn't say no",
    "मामांनी quarter दिला, मी नकार दिला नाही",
    "holi pe kash laga liya, phir se shuru ho gaya",
    "took a drag at the new year party, started again",
    "barat me desi le li, 3 peg",
    "लग्नात देशी घेतली, दोन पेग",
    "ganpati me kasam tod di, daru pi",
    "i broke my vow on diwali night. two beers",
    "जत्रेतून येताना देशीच्या दुकानात थांबलो",
    "wapas aate waqt desi ke theke pe ruka",
    "diwali party me whisky. fir se shuruaat",
    "had rum at the christmas party. not proud of myself",
])
def test_using_again_at_celebrations_is_read(text: str) -> None:
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "desi ke theke ke saamne se nikla, ruka nahi",
    "gym me fir se shuruaat ki, 3 din ho gaye",
    "my cousins drank rum all night. not proud of them",
    "friends had beers, i was not proud of how drunk they got",
])
def test_ordinary_celebrations_stay_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "gatari javal aali, man bechain ahe",
    "31st night aa rahi hai, man bechain hai",
    "boss ne whisky gift ki, almari me hai, din bhar dhyan wahi",
    "मेहुण्यांनी दारूच्या बाटल्या आणल्यात. मन स्थिर नाही",
    "wedding ke din haath me glass nahi tha to kuch kami lagta raha",
])
def test_craving_at_festivals_is_read(text: str) -> None:
    assert_rules_find(text, Category.CRAVING)
