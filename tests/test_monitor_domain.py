"""The recovery monitor's decisions, as plain functions: reading an answer in en/hi/mr
(Latin and Devanagari), the sub-scores, what signals danger, the questions' wording
(discreet without treatment terms), and which question a digit answers."""
from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alumni.domain.monitor import SubScores, danger, parse_answer, set_declining, sub_scores
from alumni.domain.monitor_items import ITEMS, question_text
from alumni.domain.reply_attribution import OpenQuestion, Outcome, QuestionKind, ReplyShape, attribute_reply

ITEM = {item.key: item for item in ITEMS}
TREATMENT_WORDS = ("recover", "sober", "treatment", "rehab", "addiction", "alcohol", "drug", "drink", "sponsor",
                   "craving", "शराब", "नशा", "नशे", "दारू", "उपचार", "इलाज", "व्यसन", "पीने", "पिण्याची")


def test_seven_items_over_the_three_areas():
    assert 5 <= len(ITEMS) <= 7
    assert {item.area for item in ITEMS} == {"use", "risk", "protection"}


@pytest.mark.parametrize(("key", "text", "language", "value"), [
    ("use_days", "0", "en", 0), ("use_days", "none", "en", 0), ("use_days", "nahi", "hi", 0),
    ("use_days", "नाही", "mr", 0), ("use_days", "शून्य", "hi", 0), ("use_days", "३", "hi", 3),
    ("use_days", "12 days", "en", 12), ("use_days", "२ दिवस", "mr", 2), ("use_days", "30", "en", 30),
    ("use_days", "31", "en", None), ("use_days", "a few", "en", None),
    ("cravings", "4", "en", 4), ("cravings", "४", "mr", 4), ("cravings", "char", "hi", 4),
    ("cravings", "चार", "mr", 4), ("cravings", "two", "en", 2), ("cravings", "0", "en", None),
    ("cravings", "6", "en", None), ("cravings", "4 but rough", "en", None), ("cravings", "no", "en", None),
    ("home", "yes", "en", 1), ("home", "haan", "hi", 1), ("home", "हो", "mr", 1), ("home", "mostly", "en", 2),
    ("home", "बहुतेक", "mr", 2), ("home", "no", "en", 3), ("home", "नहीं", "hi", 3), ("home", "३", "mr", 3),
    ("home", "4", "en", None),
    ("support", "8", "en", 8), ("support", "4 times", "en", 4), ("support", "never", "en", 0),
])
def test_an_answer_is_a_number_or_a_short_word_in_any_script(key, text, language, value):
    assert parse_answer(ITEM[key], text, language) == value


@given(st.text(max_size=60))
def test_reading_an_answer_never_raises(text):
    for item in ITEMS:
        value = parse_answer(item, text, "hi")
        assert value is None or isinstance(value, int)


def test_sub_scores_are_the_mean_of_the_answered_items_of_each_area():
    best = {"use_days": 0, "cravings": 1, "sleep": 5, "mood": 5, "confidence": 5, "support": 12, "home": 1}
    assert sub_scores(best) == SubScores(use_days=0, risk=0, protection=100)
    worst = {"use_days": 9, "cravings": 5, "sleep": 1, "mood": 1, "confidence": 1, "support": 0, "home": 3}
    assert sub_scores(worst) == SubScores(use_days=9, risk=100, protection=0)
    # Half answered (an expired set): the same scale.
    assert sub_scores({"use_days": 0, "cravings": 3}) == SubScores(use_days=0, risk=50, protection=None)
    assert sub_scores({}) == SubScores()


def test_any_day_of_use_is_a_relapse_the_moment_it_is_answered():
    assert danger(ITEM["use_days"], 1, SubScores(use_days=1), finished=False).relapse
    assert not danger(ITEM["use_days"], 0, SubScores(use_days=0), finished=False).relapse
    # A later answer does not raise the same relapse again.
    assert not danger(ITEM["mood"], 3, SubScores(use_days=4, risk=50), finished=False).relapse


def test_high_risk_with_low_protection_is_declining_once_the_set_is_finished():
    grim = SubScores(use_days=0, risk=75, protection=25)
    assert not danger(ITEM["support"], 0, grim, finished=False).declining
    finished = danger(ITEM["home"], 3, grim, finished=True)
    assert finished.declining and "risk 75/100 with protection 25/100" in finished.why
    assert not set_declining(SubScores(risk=75, protection=50))
    assert not set_declining(SubScores(risk=50, protection=0))
    assert not set_declining(SubScores(risk=None, protection=0))


@pytest.mark.parametrize("language", ["en", "hi", "mr"])
def test_discreet_questions_name_no_treatment_drink_or_drug(language):
    for index in range(len(ITEMS)):
        text = question_text(index, language, discreet=True)
        assert text.startswith(f"({index + 1}/{len(ITEMS)}) ")
        assert not [w for w in TREATMENT_WORDS if w in text.lower()], text
    assert "drugs" in question_text(0, "en", discreet=False)


def test_a_question_asked_again_says_the_answer_could_not_be_read():
    assert question_text(2, "en", discreet=False, reask=True).startswith("Sorry, we could not read that answer. (3/7)")
    assert question_text(2, "hi", discreet=False, reask=True).startswith("माफ़ कीजिए")


T0 = datetime(2026, 5, 1, 10, 0)
MONITOR = OpenQuestion(QuestionKind.MONITOR, 1, T0)
LATER_CHECKIN = OpenQuestion(QuestionKind.CHECKIN, 2, T0 + timedelta(hours=1))
EARLIER_CHECKIN = OpenQuestion(QuestionKind.CHECKIN, 3, T0 - timedelta(hours=1))
INVITATION = OpenQuestion(QuestionKind.INVITATION, 4, T0 + timedelta(hours=2))
DIGIT = ReplyShape(score=3, monitor=True)


def test_a_digit_answers_the_newest_open_question_it_fits():
    assert attribute_reply(DIGIT, [MONITOR, EARLIER_CHECKIN]).question == MONITOR
    assert attribute_reply(DIGIT, [MONITOR, LATER_CHECKIN]).question == LATER_CHECKIN
    # A newer invitation never takes a number: the newest of the rest does.
    assert attribute_reply(DIGIT, [MONITOR, EARLIER_CHECKIN, INVITATION]).question == MONITOR


def test_a_number_out_of_the_monitor_range_still_answers_a_check_in():
    out_of_range = ReplyShape(score=None, monitor=True)   # "12": days, not a 1-5 score
    assert attribute_reply(out_of_range, [MONITOR, LATER_CHECKIN]).question == MONITOR
    five = ReplyShape(score=5, monitor=False)              # "5" to the safe-home item (1-3)
    assert attribute_reply(five, [MONITOR, EARLIER_CHECKIN]).question == EARLIER_CHECKIN


def test_a_no_is_the_monitors_when_its_question_is_newest_and_ambiguous_after_a_newer_check_in():
    no_days = ReplyShape(rsvp="no", monitor=True)
    invitation = OpenQuestion(QuestionKind.INVITATION, 5, T0 - timedelta(hours=2))
    assert attribute_reply(no_days, [MONITOR, invitation]).question == MONITOR
    assert attribute_reply(no_days, [MONITOR, invitation, LATER_CHECKIN]).outcome == Outcome.HUMAN
    assert attribute_reply(no_days, [MONITOR, INVITATION]).question == INVITATION
