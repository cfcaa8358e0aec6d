"""Suicide said indirectly in Marathi- and Hindi-speaking homes as a place or a means, read by the
rules alone in English, Hindi and Marathi, Latin and Devanagari: the river or the well calling;
the thought of going in at the ghat; the well's edge while the house sleeps; a well or a valley
deep enough; the tracks with the train awaited or the hand let go; the fan looked at as strong; a
cloth and a stool made ready; a note for the mother to read in the morning; God asked to take
the writer; the body left behind; the home above set off for; a jump if anyone comes near; a
strip of sleeping pills all at once. Their ordinary twins (a holy dip, a pilgrimage, a swim or a
devotional song; the summer's water level; a ticket or a reel at the station; a fan's breeze; a
tailor or a cradle; a love letter; a lift to the floor above; pills bought for the month) stay
quiet, and the earnest twin of each still alerts."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "गंगा का पानी आज मुझे बुला रहा है",
    "nadi cha paani mala bolavtay ratri",
    "the river is calling me tonight",
    "घाटावर बसलोय, पाण्यात उतरायचा विचार येतोय",
    "नदी किनारे खड़ा हूँ, वापस जाने का मन नहीं",
    "vihirichya kathavar baslo, sagle zoplet, mula zopli",
    "कुएं के किनारे बैठी हूँ, बच्चे सो गए",
    "दरी खूप खोल आहे, बस एक पाऊल",
    "the well behind the house is deep, one step",
    "railway crossing pe khada hu, sahi train ka intezaar",
    "रुळावरून चाललोय, कुठे थांबायचं ते माहीत आहे",
    "this fan looks strong enough to hold my weight",
    "पंखा मजबूत दिसतोय आज",
    "odhni aur stool kamre mein rakh diya hai",
    "दोर आणि खुर्ची तयार आहे, फक्त वेळ",
    "चिठ्ठी उशीखाली ठेवली, सकाळी आई वाचेल",
    "letter table pe hai, subah padhegi maa",
    "vitthala mala ghe tujhya paashi, kahi urla nahi",
    "भगवान मुझे अपने पास बुला ले, यहाँ कुछ नहीं बचा",
    "mi pan jaato deh maage sodun",
    "माझं घर आता वर आहे, तिकडे निघालो",
    "koi paas aaya to kood jaunga",
])
def test_places_and_means_are_read(text):
    assert_rules_find(text, Category.SUICIDE)


def test_a_strip_all_at_once_is_an_overdose():
    assert_rules_find("neend wali poori patti rakhi hai, aaj sab ek saath", Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "गंगा मैया बुला रही है, कुंभ में स्नान करने जा रहे हैं",
    "nadi cha paani bolavtay, udya pohayla jau",
    "घाटावर बसलोय, पाण्यात उतरायचा विचार, मासे पकडायला",
    "vihir khup khol ahe, unhalyat pani patli khali geli, ekda pump lavla",
    "station pe sahi train ka intezaar, ticket le liya",
    "naya fan bahut strong hai, hawa itni ki kagaz ud gaye",
    "darzi ko dupatta diya, stool pe rakh diya silai ke liye",
    "prem patra likha hai, subah padhegi, surprise",
    "vitthala mala ghe tujhya paashi, kahi urla nahi - he abhang aaji gaate",
    "माझं घर आता वर आहे, तिसऱ्या मजल्यावर, lift ने निघालो",
    "mahine ki neend wali patti ek saath kharidi chemist se",
])
def test_ordinary_uses_stay_quiet(text):
    assert_rules_stay_quiet(text)
