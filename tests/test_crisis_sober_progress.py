"""Progress told with the words of using (alumni.domain.crisis.sober_progress): a slip placed
in the past beside a clean count now, the old habit remembered against today, the others who
drank while the writer did not, a count "off" a substance. And what stays a relapse: a slip
with a recent anchor, the writer joining in, "like before"."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import detect


def _explain(text: str) -> str:
    return f"{text!r} -> {detect(text).explain()!r}"


@pytest.mark.parametrize("text", [
    "had a slip back in october, but its day 75 now and counting",
    "I relapsed last year around diwali. 8 months clean today",
    "pichle saal ek baar phisal gaya tha, ab 5 mahine se saaf hu",
    "अगस्त में एक बार फिसल गया था, अब 90 दिन हो गए",
    "magchya varshi ekda ghasarlo hoto, ata 6 mahine zale",
    "मागच्या वर्षी एकदा घसरलो होतो, आता १०० दिवस पूर्ण",
])
def test_a_slip_in_the_past_beside_a_clean_count_now_is_progress(text):
    assert not detect(text).crisis, _explain(text)


@pytest.mark.parametrize("text", [
    "pichle saal roz daru peeta tha, aaj khet me kaam kar raha hu",
    "पिछले साल इन दिनों रोज़ शराब पीता था, आज बच्चों के साथ मेला देखा",
    "magchya varshi roj daru pit hoto, aaj shetat kaam kela",
    "मागच्या वर्षी रोज दारू पीत होतो, आज बँकेत खाते उघडले",
])
def test_the_old_habit_remembered_against_today_is_progress(text):
    assert not detect(text).crisis, _explain(text)


@pytest.mark.parametrize("text", [
    "my cousins were drinking all night at the wedding, i stuck to nimbu pani",
    "the boys at work were smoking weed behind the godown, i said no thanks and went home",
    "my uncle poured me a peg at the party. I said no thank you",
    "found the bottle i had hidden behind the tv and poured it down the sink",
    "dost log daru pee rahe the, maine sirf cold drink li",
    "saheb ne whisky ki botal gift ki, maine wapas kar di",
    "शादी में सब शराब पी रहे थे, मैंने सिर्फ जूस पिया",
    "भाई ने दारू की बोतल दी, मैंने वापस कर दी",
    "mitra beer pit hote, mi limbu pani ghetla ani ghari aalo",
    "भावाने बाटली दिली, मी परत केली",
    # the writer's own drink is a coke, a pepsi: the others' was the alcohol
    "yaar log daru pee rahe the, maine coke li",
    "यार लोग दारू पी रहे थे, मैंने कोक ली",
    "lagnat sagle beer ghet hote, mi coke ghetla",
    # the writer drove the others home; "drunk colleagues" describes them
    "office party, everyone on whisky, i was the driver and dropped 3 drunk colleagues home",
    "shaadi me sab daru pe the, main driver tha, sabko ghar chhoda",
    "शादी में सब दारू पी रहे थे, मैं गाड़ी चला रहा था",
])
def test_the_others_drank_and_the_writer_did_not(text):
    assert not detect(text).crisis, _explain(text)


@pytest.mark.parametrize("text", [
    "4 months off heroin, got my first salary today",
    "2 years off smack this diwali",
])
def test_a_count_off_a_substance_is_sobriety(text):
    assert not detect(text).crisis, _explain(text)


@pytest.mark.parametrize("text", [
    # a recent anchor beside the slip
    "slipped last night after 60 days",
    "relapsed this week after 8 months clean",
    "kal raat phir se daru pi li, 3 mahine ke baad",
    "pichle saal chhodi thi, par is hafte phir se pi li",
    "काल रात्री परत दारू प्यायलो, ९० दिवस गेले",
    # the old habit, and a use now after it
    "used to drink daily last year, and yesterday I drank again",
    # "like before" is no past
    "पहले जैसी दारू पी ली कल, 6 महीने बाद",
    "pehle jaisa phir se chitta le liya, 90 din ke baad",
    # the writer joined the others
    "sab pee rahe the, maine bhi pi li",
    "everyone was drinking and I had three beers",
    "सब पी रहे थे, मैंने भी दो पेग लिए",
    "mitra pit hote, mi pan ghetli",
    "sab daru pee rahe the, maine bhi coke ke saath mila ke pi li",
    "the guys were smoking up in the car and so did i, then i went home",
    "दोस्त लोग पी रहे थे, मैं भी बैठ गया, फिर घर आ गया",
    "मित्र दारू पीत होते, मी पण घेतली, मग घरी आलो",
])
def test_a_slip_now_or_the_writer_joining_in_stays_a_relapse(text):
    assert detect(text).crisis, _explain(text)


def test_the_classifier_relapse_defers_to_a_count_clean_of_a_substance():
    # the rules find nothing; the classifier's resemblance to relapse messages gives way to a
    # count of days without the substance (alumni.domain.crisis.sober_progress.clean_count_told)
    text = "counting: 120 days without charas. wrote the number on the mirror"
    assert not detect(text).crisis, _explain(text)


def test_a_count_of_days_is_not_an_amount_taken():
    # "din 40": the number counts the days clean, it is not a dose read across the message
    text = "din 40, chitta nahi liya, diary me likha"
    assert not detect(text).crisis, _explain(text)
