"""The non-response ladder's decisions, without a database."""
import pytest

from alumni.domain.ladder import LadderSettings, Rung, Step, next_rung, parse_channels, suggest_supporters

ALL = {"sms", "whatsapp", "email"}


def test_unanswered_sms_checkin_is_nudged_on_whatsapp():
    assert next_rung(LadderSettings(), tried=["sms"], consented=ALL) == Rung(Step.NUDGE, "whatsapp")


def test_nudge_skips_a_channel_without_consent():
    assert next_rung(LadderSettings(), tried=["sms"], consented={"sms", "email"}) == Rung(Step.NUDGE, "email")


def test_after_the_plans_nudges_a_call_task_opens():
    assert next_rung(LadderSettings(max_nudges=1), tried=["sms", "whatsapp"], consented=ALL) == Rung(Step.CALL_TASK)


def test_two_nudges_climb_sms_whatsapp_email_then_call():
    settings = LadderSettings(max_nudges=2)
    assert next_rung(settings, tried=["sms"], consented=ALL).channel == "whatsapp"
    assert next_rung(settings, tried=["sms", "whatsapp"], consented=ALL).channel == "email"
    assert next_rung(settings, tried=["sms", "whatsapp", "email"], consented=ALL).step == Step.CALL_TASK


def test_email_checkin_wraps_round_to_sms():
    assert next_rung(LadderSettings(), tried=["email"], consented=ALL) == Rung(Step.NUDGE, "sms")


def test_no_other_consented_channel_goes_straight_to_a_call():
    assert next_rung(LadderSettings(), tried=["sms"], consented={"sms"}) == Rung(Step.CALL_TASK)


def test_a_plan_without_ladder_channels_opens_a_call_task_at_once():
    assert next_rung(LadderSettings(channels=()), tried=["sms"], consented=ALL) == Rung(Step.CALL_TASK)


def test_channels_setting_is_parsed_in_order_and_checked():
    assert parse_channels(" SMS, email,sms ") == ("sms", "email")
    assert parse_channels("") == ()
    with pytest.raises(ValueError, match="not a channel"):
        parse_channels("sms, pigeon")


class _Supporter:
    def __init__(self, name, may_contact):
        self.name, self.may_contact = name, may_contact


def test_supporters_with_consent_are_suggested_only_when_unreachable():
    people = [_Supporter("Mother", True), _Supporter("Neighbour", False)]
    assert [s.name for s in suggest_supporters("missed", people)] == ["Mother"]
    assert [s.name for s in suggest_supporters("unreachable", people)] == ["Mother"]
    assert suggest_supporters("crisis", people) == []
