"""Scores in every form, calls, and the certainty rule, as pure functions."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from alumni.domain.keywords import Keyword
from alumni.domain.replies import describe_plan, interpret_reply, plan_reply
from alumni.domain.reply_texts import Answer

SCORE_FORMS = [
    ("1", "en", 1), ("5", "en", 5), ("3.", "en", 3), (" 4 ", "en", 4), ("2!", "en", 2),
    ("4/5", "en", 4), ("4 / 5", "en", 4), ("3 out of 5", "en", 3), ("3 of 5", "en", 3),
    ("१", "hi", 1), ("२", "hi", 2), ("३", "mr", 3), ("४", "mr", 4), ("५", "hi", 5), ("३/५", "hi", 3),
    ("one", "en", 1), ("Two", "en", 2), ("THREE", "en", 3), ("four", "hi", 4), ("five", "mr", 5),
    ("ek", "hi", 1), ("do", "hi", 2), ("teen", "hi", 3), ("char", "hi", 4), ("paanch", "hi", 5),
    ("ek", "mr", 1), ("don", "mr", 2), ("teen", "mr", 3), ("char", "mr", 4), ("pach", "mr", 5),
    ("एक", "hi", 1), ("दो", "hi", 2), ("तीन", "hi", 3), ("चार", "hi", 4), ("पाँच", "hi", 5),
    ("पांच", "hi", 5), ("एक", "mr", 1), ("दोन", "mr", 2), ("तीन", "mr", 3), ("चार", "mr", 4),
    ("पाच", "mr", 5), ("दो", "en", 2),
]


@pytest.mark.parametrize("text,language,score", SCORE_FORMS,
                         ids=[f"{text}-{language}" for text, language, _ in SCORE_FORMS])
def test_scores_in_all_forms_are_clean(text, language, score):
    reply = interpret_reply(text, language)
    assert reply.score == score
    assert reply.is_clean_score


@pytest.mark.parametrize("text,language", [("0", "en"), ("6", "en"), ("10", "en"), ("45", "en"),
                                           ("do", "en"), ("char", "en"), ("3.5", "en")])
def test_numbers_outside_one_to_five_or_out_of_language_are_not_clean_scores(text, language):
    assert not interpret_reply(text, language).is_clean_score


def test_a_score_with_more_text_keeps_the_score_and_needs_a_reader():
    reply = interpret_reply("4 - rough week at work", "en")
    assert reply.score == 4 and reply.uncertain and not reply.is_clean_score


@pytest.mark.parametrize("text", ["1", "2", "एक", "do"])
def test_one_and_two_are_low_scores(text):
    assert interpret_reply(text, "hi").low_score


@pytest.mark.parametrize("text,language", [("CALL", "en"), ("call me please", "en"), ("Can someone call me?", "en"),
                                           ("I need to talk", "en"), ("कॉल करो", "hi"), ("baat karni hai", "hi"),
                                           ("मला फोन करा", "mr"), ("bolaycha ahe", "mr")])
def test_a_plain_request_to_talk_is_a_callback(text, language):
    reply = interpret_reply(text, language)
    assert reply.callback and not reply.uncertain


def test_a_call_request_inside_more_text_is_a_callback_that_a_person_also_reads():
    reply = interpret_reply("please call me, things are hard at home", "en")
    assert reply.callback and reply.uncertain


@pytest.mark.parametrize("text", ["", "   ", "?!", "ok", "thanks", "who is this"])
def test_anything_else_needs_a_reader(text):
    reply = interpret_reply(text, "en")
    assert reply.uncertain and reply.keyword is None and reply.score is None


def test_keywords_are_certain():
    assert interpret_reply("STOP", "hi") == interpret_reply("stop", "en").__class__(
        keyword=Keyword.STOP, normalised="stop")


@given(st.text(), st.sampled_from(["en", "hi", "mr", "xx"]))
def test_random_text_never_raises_and_is_handled_or_read(text, language):
    reply = interpret_reply(text, language)
    assert reply.keyword or reply.is_clean_score or reply.callback or reply.uncertain or reply.crisis


@given(st.integers(min_value=1, max_value=5), st.sampled_from(["०१२३४५६७८९", "0123456789"]))
def test_devanagari_and_ascii_digits_mean_the_same(score, digits):
    assert interpret_reply(digits[score], "hi").score == score


@given(st.integers(min_value=1, max_value=5),
       st.text(alphabet=st.characters(categories=["L"]), min_size=1, max_size=30))
def test_a_leading_score_followed_by_words_is_never_clean(score, words):
    reply = interpret_reply(f"{score} {words}", "en")
    assert not reply.is_clean_score or reply.normalised == str(score)


@pytest.mark.parametrize("language", ["en", "hi", "mr"])
@pytest.mark.parametrize("answer", list(__import__("alumni.domain.reply_texts", fromlist=["Answer"]).Answer))
def test_every_answer_exists_in_every_language_and_discreet_ones_never_name_the_centre(language, answer):
    from alumni.domain.reply_texts import reply_text
    plain = reply_text(answer, language, centre="Sunrise Recovery Centre", contact="+91 20 5555 0100",
                       helpline="Tele-MANAS 14416")
    discreet = reply_text(answer, language, centre="Sunrise Recovery Centre", contact="+91 20 5555 0100",
                          helpline="Tele-MANAS 14416", discreet=True)
    assert plain and "{" not in plain and "Sunrise" not in discreet
    if answer == "crisis":
        assert "14416" in plain and "14416" in discreet


# --- what the ordinary pipeline does with a reply (plan_reply, describe_plan) -------------


def test_a_clean_score_answers_the_open_checkin_and_opens_nothing():
    plan = plan_reply(interpret_reply("4"), has_open_checkin=True)
    assert plan.answers_checkin and plan.cases == () and plan.answer is Answer.SCORE_THANKS
    assert describe_plan(interpret_reply("4"), plan, {}) == "Score 4 recorded"


def test_a_score_with_no_open_checkin_is_read_by_a_person():
    reply = interpret_reply("4")
    plan = plan_reply(reply, has_open_checkin=False)
    assert plan.cases == ("unread_text",) and plan.answer is Answer.READ_SOON
    assert describe_plan(reply, plan, {"unread_text": True}) == \
        "A 4 but no open check-in to attach it to; opened an unread-text case"


def test_a_low_score_with_words_opens_both_cases_in_order():
    reply = interpret_reply("2 rough week")
    plan = plan_reply(reply, has_open_checkin=True)
    assert plan.cases == ("low_score", "unread_text")
    assert describe_plan(reply, plan, {"low_score": True, "unread_text": False}) == \
        "Score 2 recorded; opened a low-score case; added to the open unread-text case"


def test_a_crisis_names_its_terms_and_needs_no_separate_reader():
    reply = interpret_reply("I want to die")
    plan = plan_reply(reply, has_open_checkin=False)
    assert plan.cases == ("crisis",) and plan.answer is Answer.CRISIS
    assert "and alerted on-call staff" in describe_plan(reply, plan, {"crisis": True})


@pytest.mark.parametrize("language", ["en", "hi", "mr"])
def test_help_without_a_contact_names_the_centre_once(language):
    from alumni.domain.reply_texts import reply_text
    answer = reply_text(Answer.HELP, language, centre="Alumni Programme", contact="")
    assert answer.count("Alumni Programme") == 1 and "CALL" in answer and "STOP" in answer
    assert "Alumni Programme: Alumni Programme" not in answer
    discreet = reply_text(Answer.HELP, language, centre="Alumni Programme", contact="", discreet=True)
    assert "Alumni Programme" not in discreet and "CALL" in discreet and not discreet.startswith(("us", "Contact"))


def test_help_with_a_contact_still_gives_it():
    from alumni.domain.reply_texts import reply_text
    assert reply_text(Answer.HELP, "en", centre="Sunrise", contact="+91 20 5555 0100") == (
        "Sunrise: +91 20 5555 0100. Reply CALL for a call back, STOP to end messages.")
