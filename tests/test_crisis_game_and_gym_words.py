"""An end said in a game's or a match's words, one's own body struck after a loss, and the
ground's and gym's talk that only sounds like danger."""
import pytest

from alumni.domain.crisis import Category, detect


@pytest.mark.parametrize("text, category", [
    ("is baar respawn nahi karna mujhe, bas", Category.SUICIDE),
    ("no respawn for me this time guys", Category.SUICIDE),
    ("logging out of life, gg", Category.SUICIDE),
    ("khud ko uninstall kar raha hu aaj", Category.SUICIDE),
    ("majhya aayushyachi final whistle vajli", Category.SUICIDE),
    ("papa ko bolna sorry. phone ka password 2580 hai, sab usme likh diya hai", Category.SUICIDE),
    ("पंख्याला दोर बांधलाय, सगळे झोपल्यावर", Category.SUICIDE),
    ("ab jeena chhod dena chahta hu", Category.SUICIDE),
    ("haarne ke baad khud ke sar pe danda maara", Category.SELF_HARM),
    ("स्वतःच्या हातावर वीट मारली रागात", Category.SELF_HARM),
])
def test_an_end_in_game_words_alerts(text, category):
    detection = detect(text, second_opinion=False)
    assert category in detection.categories, detection.explain()


@pytest.mark.parametrize("text", [
    "respawn nahi hua, server lag kar raha tha",
    "semi final me unko maar ke haraya, 35-20",
    "डाव मारून चित्त केलं त्याला, आज मेडल मिळालं",
    "cardio ne aaj maar dala yaar 😅",
    "suicide squad dekhi kal, bakwas film",
    "match जीता without daaru, सिर्फ नारियल पानी",
    "200 skips with a new rope, feeling strong",
    "nashe wala jeena chhod diya, 6 mahine ho gaye",
])
def test_ground_and_gym_talk_is_quiet(text):
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "Dad says he wants to die and wont eat since 3 days",
    "practice ke baad usko maar dunga",
    "final haar gaya, ab khud ko maar dunga",
    "I'll kill him and beat his wife",
    "bhai ne jor se maara usko, khoon nikla",
])
def test_threats_and_wishes_beside_a_match_still_alert(text):
    detection = detect(text, second_opinion=False)
    assert detection.crisis, detection.explain()
