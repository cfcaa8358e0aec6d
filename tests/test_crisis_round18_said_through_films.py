"""Round 18 (films, songs, poetry, statuses): a status, a song, a line of poetry or a film's
scene quoted and then meant of oneself ("sach me", "for real", "खरंच") with a going or a
dying; a song or a status marked the last with the person missing; "me too, the same way" after
a film's end; death's day and "mine is today"; the lamp put out on oneself; belongings given
back and only the going left; each read by the rules alone, in English, Hindi and Marathi, in
both scripts. Their ordinary twins (a status about a trip, a song liked, someone late from a
party, a lamp put out at bedtime) stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    ('ye gaana sach me mera haal hai, ab bas ud jaana hai', Category.SUICIDE),
    ('"alvida" wala status lagaya, for real i am signing off for good', Category.SUICIDE),
    ('स्टेटस पे शायरी डाली है, सच में अब मुझे चले जाना है', Category.SUICIDE),
    ('स्टेटसवर कविता ठेवली, खरंच सांगतो आता नाही राहायचं', Category.SUICIDE),
    ('status var gaana thevla, kharach ata udun jayche', Category.SUICIDE),
    ('that dialogue about death is literally me, i want to go now', Category.SUICIDE),
    ('मेरे भाई ने स्टेटस पे last time लिखा और घर नहीं आया, फोन बंद है', Category.SUICIDE),
    ('tichya statusla alvida lihila ahe, ghari nahi aali, phone lagat nahi', Category.SUICIDE),
    ('बहिणीने स्टोरीवर शेवटचं गाणं ठेवलं, कुठे आहे माहीत नाही', Category.SUICIDE),
    ('my son put a goodbye song as his status, dont know where he is', Category.SUICIDE),
    ('hero ka last scene dekha, mujhe bhi waise hi chale jaana hai', Category.SUICIDE),
    ('चित्रपटाचा शेवट पाहिला, मला पण तसंच निघून जायचं', Category.SUICIDE),
    ('film ke end jaisa, mera bhi ant aisa hi chahiye, aaj hi', Category.SUICIDE),
    ('maut ka din sabka tay hai, aaj meri baari', Category.SUICIDE),
    ('आज रात्री स्वतःला विझवणार, त्या ओळीसारखं', Category.SUICIDE),
    ('khud ko bujha dunga us diye ki tarah', Category.SUICIDE),
    ('whatsapp status pe "RIP me" daala hai, for real', Category.SUICIDE),
    ('aaj ka status: the end. sach me the end', Category.SUICIDE),
    ('movie ka hero ki tarah main bhi chala jaunga, koi nahi rokega', Category.SUICIDE),
    ('बेटे ने आखिरी गाना डाला स्टेटस पे, रात से घर नहीं आया', Category.SUICIDE),
    ('sab dost logo ko unki cheezein wapas kar di, ab bas jaana baaki hai', Category.SUICIDE),
])
def test_read_as_danger(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    'status lagaya sach me, Goa ja raha hu kal',
    'ye gaana sach me mera favourite hai',
    'last time status pe photo lagaya tha, ghar nahi aaya abhi tak office se',
    'dost ka alvida song status pe, wo ghar nahi aaya abhi tak, party me hai',
    'mujhe bhi waise hi Goa jaana hai',
    'दिया मालवून टाक, झोपायची वेळ झाली',
    'my last song for the talent show was good',
    'status pe likha tha sach me, i want to go to Manali',
    'DP hata di, sach me sign off kar raha hu social media se',
    'sach me ye gaana sunke lagta hai ud jaana hai pahadon me',
    'last song of the night, phone off now, going to sleep',
])
def test_ordinary_twins_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "jaise film me hero chala jata hai waise main bhi chala jaunga",
    "जसा पिक्चरमध्ये हिरो निघून जातो तसाच मी पण निघून जाणार",
])
def test_the_same_way_as_the_hero_is_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


def test_the_hero_going_home_is_only_going_home():
    assert_rules_stay_quiet("jaise film me hero ghar jata hai waise main bhi ghar jaunga")
