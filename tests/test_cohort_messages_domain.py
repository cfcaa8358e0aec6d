"""A message to a group, decided on plain facts: who is in the audience, who is skipped and
why, which language each person reads, and what each text costs in SMS segments."""
from datetime import date

from alumni.domain.cohort_messages import (
    Audience,
    AudienceKind,
    Person,
    SkipReason,
    preview,
    signed,
    skip_reason,
    text_for,
    text_problems,
)


def person(alumnus_id=1, **facts) -> Person:
    values = dict(alumnus_id=alumnus_id, status="active", language="en", channel="sms", has_consent=True,
                  has_address=True, cohort_id=7, programme="Residential", discharge_date=date(2025, 6, 14))
    values.update(facts)
    return Person(**values)


def test_each_kind_of_audience_picks_its_people_and_never_the_withdrawn():
    june, meeting = Audience(AudienceKind.DISCHARGE_MONTH, "2025-06"), Audience(AudienceKind.MEETING, "42")
    texts = {"en": "Closed on Friday for Diwali."}
    people = [person(1), person(2, discharge_date=date(2025, 7, 1)), person(3, status="withdrawn"),
              person(4, status="erased"), person(5, invited_to=frozenset({42}), discharge_date=date(2024, 1, 1))]
    assert preview(june, people, texts).recipients == [1]
    assert preview(meeting, people, texts).recipients == [5]
    assert preview(Audience(AudienceKind.COHORT, "7"), people, texts).recipients == [1, 2, 5]
    assert preview(Audience(AudienceKind.PROGRAMME, " residential"), people, texts).recipients == [1, 2, 5]
    assert preview(Audience(AudienceKind.LANGUAGE, "mr"), people, texts).recipients == []


def test_skipped_people_are_counted_with_the_reason_the_dispatcher_would_give():
    assert skip_reason(person(status="paused", has_consent=False)) == SkipReason.PAUSED
    assert skip_reason(person(has_consent=False, has_address=False)) == SkipReason.NO_CONSENT
    assert skip_reason(person(has_address=False)) == SkipReason.NO_ADDRESS
    assert skip_reason(person()) is None
    result = preview(Audience(AudienceKind.COHORT, "7"), [person(1), person(2, has_consent=False),
                                                           person(3, has_consent=False), person(4, status="paused")],
                     {"en": "Hello"})
    assert result.recipients == [1]
    assert result.skipped_by_reason == {SkipReason.NO_CONSENT: 2, SkipReason.PAUSED: 1}


def test_a_reader_gets_their_language_or_english_when_theirs_is_empty():
    texts = {"en": "Meeting moves to the hall.", "hi": "बैठक हॉल में होगी।", "mr": "  "}
    assert text_for("hi", texts) == ("बैठक हॉल में होगी।", "hi")
    assert text_for("mr", texts) == ("Meeting moves to the hall.", "en")
    result = preview(Audience(AudienceKind.COHORT, "7"),
                     [person(1, language="hi"), person(2, language="mr"), person(3)], texts)
    assert result.by_language["hi"].recipients == 1
    assert result.by_language["en"].recipients == 2 and result.by_language["en"].instead_of == {"mr": 1}
    assert "mr" not in result.by_language


def test_segments_are_counted_per_text_with_the_centres_signature():
    texts = {"en": "x" * 150, "mr": "नमस्कार " * 8}
    result = preview(Audience(AudienceKind.COHORT, "7"), [person()], texts, centre_name="Sunrise Recovery")
    assert result.by_language["en"].segments.segments == 2      # 150 + " - Sunrise Recovery" > 160
    assert result.by_language["mr"].segments.encoding == "UCS-2"
    assert preview(Audience(AudienceKind.COHORT, "7"), [person()], texts).by_language["en"].segments.segments == 1


def test_discreet_readers_get_the_text_without_the_centres_name():
    assert signed("See you Sunday.", "Sunrise", discreet=False) == "See you Sunday. - Sunrise"
    assert signed("See you Sunday.", "Sunrise", discreet=True) == "See you Sunday."


def test_the_english_text_is_required_and_every_text_is_bounded():
    assert set(text_problems({"en": " ", "hi": "नमस्ते"})) == {"en"}
    assert set(text_problems({"en": "ok", "mr": "x" * 481})) == {"mr"}
    assert text_problems({"en": "ok", "hi": "", "mr": ""}) == {}
