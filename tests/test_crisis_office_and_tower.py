"""The end said through the office and the tower, a grudge at the office, and their everyday
twins: a child watched from the terrace, a process killed, a last commit before a holiday."""
import pytest

from alumni.domain.crisis import Category, detect


@pytest.mark.parametrize("text, category", [
    ("11th floor ki balcony ki railing pe baitha hu, neend nahi aa rahi", Category.SUICIDE),
    ("ऑफिसच्या गच्चीवर आहे, खाली बघतोय, कोणी नाही इथे", Category.SUICIDE),
    ("platform pe hu, agli local ka wait, chadhne ke liye nahi", Category.SUICIDE),
    ("logging off for good, thanks for everything team", Category.SUICIDE),
    ("meri life ka last commit ho gaya aaj", Category.SUICIDE),
    ("office ka aakhri din aaj, aur zindagi ka bhi", Category.SUICIDE),
    ("policy sab biwi ke naam kar di, ab chain se ja sakta hu", Category.SUICIDE),
    ("highway pe car divider la thokaycha vichar yeto", Category.SUICIDE),
    ("bhagwan se roz kehta hu neend mein hi utha le", Category.SUICIDE),
    ("i know where my manager lives. he will pay for this", Category.HARM_TO_OTHERS),
    ("us HR ko chhodunga nahi, kal maarunga usko", Category.HARM_TO_OTHERS),
    ("स्वतःला मारलं इतकं की डोळा सुजला", Category.SELF_HARM),
    ("muddam istri hatavar thevli, bhajla", Category.SELF_HARM),
    ("flat ki pest control wali dawa pi li", Category.OVERDOSE),
])
def test_the_end_said_through_the_office_alerts(text, category):
    detection = detect(text, second_opinion=False)
    assert category in detection.categories, detection.explain()


@pytest.mark.parametrize("text", [
    "terrace var ubha ahe, khali mula cricket khelat ahet",
    "gonna kill the server and restart it, prod is fine",
    "last commit pushed, off for a week to goa",
    "pest control wale aaye the, flat me dawa chhidki",
    "I know where the new office is, will pay the deposit tomorrow",
])
def test_office_talk_is_quiet(text):
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()
