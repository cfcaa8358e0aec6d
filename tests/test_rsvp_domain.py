"""YES/NO to an invitation in English, Hindi and Marathi, and which question a reply answers."""
from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alumni.domain.reply_attribution import (
    OpenQuestion,
    Outcome,
    QuestionKind,
    ReplyShape,
    attribute_reply,
    may_answer_invitation,
)
from alumni.domain.rsvp import RsvpAnswer, confirmation_text, is_mentor_request, parse_rsvp

YES = ["YES", "yes", "Yes!", " y ", "haan", "Haan ji", "हाँ", "हां", "जी हाँ", "हो", "होय", "ho", "OK"]
NO = ["NO", "no.", "nope", "nahi", "NAHIN", "नहीं", "नही", "नाही", "nako", "नको", "ना"]


@pytest.mark.parametrize("text", YES)
def test_every_language_form_of_yes_is_a_yes(text):
    assert parse_rsvp(text, "en") == RsvpAnswer.YES


@pytest.mark.parametrize("text", NO)
def test_every_language_form_of_no_is_a_no(text):
    assert parse_rsvp(text, "mr") == RsvpAnswer.NO


@pytest.mark.parametrize("text", ["", "yes but I'll be late", "maybe", "4", "STOP", "हाँ शायद"])
def test_anything_but_a_clean_yes_or_no_is_not_an_rsvp(text):
    assert parse_rsvp(text, "hi") is None


def test_mentor_keyword_in_any_script():
    assert is_mentor_request("MENTOR")
    assert is_mentor_request("mentor!")
    assert is_mentor_request("मेंटर")
    assert not is_mentor_request("my mentor is great")


def test_confirmation_is_in_the_alumnus_language():
    assert "धन्यवाद" in confirmation_text(RsvpAnswer.YES, "hi")
    assert confirmation_text(RsvpAnswer.NO, "xx").startswith("Thank you")


T0 = datetime(2026, 3, 1, 10, 0)
INVITE = OpenQuestion(QuestionKind.INVITATION, 1, T0)
CHECKIN_OLDER = OpenQuestion(QuestionKind.CHECKIN, 7, T0 - timedelta(days=1))
CHECKIN_NEWER = OpenQuestion(QuestionKind.CHECKIN, 8, T0 + timedelta(hours=2))


def test_yes_answers_the_open_invitation():
    result = attribute_reply(ReplyShape(rsvp="yes"), [INVITE, CHECKIN_OLDER])
    assert result.outcome == Outcome.ANSWER and result.question == INVITE


def test_the_most_recent_of_two_invitations_wins():
    newer = OpenQuestion(QuestionKind.INVITATION, 2, T0 + timedelta(days=1))
    assert attribute_reply(ReplyShape(rsvp="no"), [INVITE, newer]).question == newer


def test_a_score_answers_the_check_in_even_when_an_invitation_is_newer():
    result = attribute_reply(ReplyShape(score=4), [INVITE, CHECKIN_OLDER])
    assert result.outcome == Outcome.ANSWER and result.question == CHECKIN_OLDER


def test_yes_after_a_newer_check_in_goes_to_a_human():
    assert attribute_reply(ReplyShape(rsvp="yes"), [INVITE, CHECKIN_NEWER]).outcome == Outcome.HUMAN


def test_yes_and_a_score_together_go_to_a_human():
    assert attribute_reply(ReplyShape(rsvp="yes", score=4, mixed=True), [INVITE]).outcome == Outcome.HUMAN


def test_yes_with_no_open_invitation_is_left_to_ordinary_handling():
    assert attribute_reply(ReplyShape(rsvp="yes"), []).outcome == Outcome.PASS
    assert attribute_reply(ReplyShape(rsvp="yes"), [CHECKIN_OLDER]).outcome == Outcome.PASS


def test_free_text_and_unasked_scores_are_left_to_ordinary_handling():
    assert attribute_reply(ReplyShape(), [INVITE]).outcome == Outcome.PASS
    assert attribute_reply(ReplyShape(score=3), [INVITE]).outcome == Outcome.PASS
    assert attribute_reply(ReplyShape(score=3), []).outcome == Outcome.PASS


@given(score=st.one_of(st.none(), st.integers(1, 5)), rsvp=st.sampled_from([None, "yes", "no"]),
       mixed=st.booleans(),
       questions=st.lists(st.tuples(st.sampled_from(list(QuestionKind)), st.integers(0, 10_000)), max_size=5))
def test_open_invitations_matter_only_when_may_answer_invitation_says_so(score, rsvp, mixed, questions):
    """The inbound path skips the invitation look-up when may_answer_invitation is False:
    then the answer must be the same with or without the open invitations."""
    shape = ReplyShape(rsvp=rsvp, score=score, mixed=mixed)
    asked = [OpenQuestion(kind, i, datetime(2025, 1, 1) + timedelta(minutes=minutes))
             for i, (kind, minutes) in enumerate(questions)]
    without_invitations = [q for q in asked if q.kind != QuestionKind.INVITATION]
    if not may_answer_invitation(shape):
        assert attribute_reply(shape, asked).outcome == attribute_reply(shape, without_invitations).outcome
        assert attribute_reply(shape, asked).question == attribute_reply(shape, without_invitations).question
