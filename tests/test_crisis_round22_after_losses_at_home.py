"""Suicide said indirectly in Marathi- and Hindi-speaking homes after a loss, read by the rules
alone in English, Hindi and Marathi, Latin and Devanagari: a high terrace after a job lost or
with nothing to tell the parents; leaning forward on a terrace; the burden taken off the parents
after what they spent; the family crying for the mourning days, then free; what comes after
death found out today; the family told they will be free beside a gun; fed up and stopping
everything; never to be seen again, crying or with the phone off. Their ordinary twins (a kite
on the terrace, a bag's burden, a grandfather's thirteenth-day rites, a documentary, a gun's
licence, a rest till tomorrow, a detox trip) stay quiet, and the earnest twin of each still
alerts. The look-alikes of the other round-22 modules (a poem of the next life, snoring, chess,
an exam, a baby watching the fan, a new fan, someone's death anniversary) are here too."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "naukri gayi, kya bataun ghar pe. chhat pe khada hu, 9th floor",
    "lost my job today. on the terrace of our building, 12th floor",
    "गच्चीवर उभा आहे, सातवा मजला. कर्ज फेडता येत नाही",
    "on the terrace since midnight, thinking of just leaning forward",
    "बाबांनी खेत गिरवी ठेवून इलाज केला. आज त्यांचं ओझं कमी करतो",
    "papa ne zameen girvi rakhi mere ilaaj ke liye. ye bojh aaj utar dunga",
    "sab 13 din royenge aur phir azad",
    "सगळे १३ दिवस रडतील, मग मोकळे",
    "marne ke baad kya hota hai, aaj pata chal jayega",
    "मेल्यावर काय होतं ते आज कळेल",
    "you will all be free tomorrow, the gun is loaded",
    "कंटाळा आला सगळ्याचा. सगळं थांबवतो आता",
    "i am so tired of all this. ending it all",
    "रडत म्हणाला आता कोणालाच दिसणार नाही",
    "she called crying, said nobody will see me again",
])
def test_after_losses_are_read(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "naukri gayi to kya, chhat pe patang uda raha hu, 9th floor se view mast",
    "bag ka bojh utar dunga, saman bahut hai, papa ne gahan rakh ke fees bhari",
    "dadaji ki terahvi pe sab royenge, 13 din baad sab free",
    "marne ke baad kya hota hai, documentary dekh raha hu, aaj pata chal jayega",
    "kal tum log azad ho jaoge, bandook ka licence thane mein jama",
    "कंटाळा आला, सगळं थांबवतो आता, उद्या बघू",
    "trek pe ja raha, kisi ko nazar nahi aaunga, phone band, detox",
    "pudhchya janmi bhetu ashi ek kavita vachli",
    "मी नसेल तर घरात सगळे निवांत झोपतात, माझ्या घोरण्यामुळे",
    "ye khel khatam karta hu, chess mein checkmate",
    "मी उत्तर द्यायला नसेन उद्या, परीक्षा आहे",
    "pankhyakade baghat baslay bal, aaichi kalji ghe mhanun aaji hasli",
    "naya pankha laga, bahut strong hai",
    "dadaji ki barsi hai aaj, ram naam satya wala din yaad aaya, meri maa jaldi aayegi",
    "आता एकच मार्ग उरला, माफी मागणे",
])
def test_ordinary_twins_stay_quiet(text):
    assert_rules_stay_quiet(text)
