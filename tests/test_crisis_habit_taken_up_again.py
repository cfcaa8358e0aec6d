"""Using again told as the habit, the haunt or the bottle taken up again, often after a
medicine was stopped: "मूड की दवा बंद की और पीना चालू कर दिया", "lithium chhod ke bottle pakad
li", "लिथियम बंद केलं आणि गुत्त्यावर जायला लागलो", "wahi aadat bahar bhi chalu ho gayi", "सवय परत
सुरू झाली", "chillum is back every evening". Habits of anything else, a den no longer gone to,
water drunk and a substance in the news stay quiet."""
import pytest

from alumni.domain.crisis import detect


@pytest.mark.parametrize("text", [
    "neend nahi aati thi, dawai band ki aur pina chalu kar diya",
    "lithium chhod ke bottle pakad li, hafta ho gaya",
    "लिथियम बंद केलं आणि गुत्त्यावर जायला लागलो",
    "valproate sodla ani bevda parat suru",
    "jail me ganja milta tha, wahi aadat bahar bhi chalu ho gayi",
    "सवय परत सुरू झाली सर, रोज संध्याकाळी",
    "chillum is back every evening after work",
    "theke pe jaane laga hu fir se",
    "बोतल पकड़ ली है फिर से, माफ़ करना",
])
def test_the_habit_taken_up_again_is_a_relapse(text):
    detection = detect(text, second_opinion=False)
    assert detection.relapse is not None, detection.explain()


@pytest.mark.parametrize("text", [
    "padhne ki aadat chalu ho gayi, roz 2 ghante",
    "morning walk ki aadat chalu hai",
    "jaldi uthne ki savay suru zali",
    "theke pe jaana band kar diya",
    "bar bar uske ghar jaane laga, shaadi ki baat chal rahi hai",
    "started drinking more water and less tea",
    "ganja is back in the news, police raid in the next village",
    "dawai band ki doctor ke kehne pe, ab daru bhi band hai",
])
def test_other_habits_and_denials_are_quiet(text):
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()
