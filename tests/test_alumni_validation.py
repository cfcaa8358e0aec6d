"""The enrolment rules, checked without a database (the same rules serve form, CSV, API)."""
from datetime import date

import pytest

from alumni.domain.alumni_validation import parse_day, validate_enrolment
from alumni.domain.phones import is_mobile, parse_phone, phone_search_forms

TODAY = date(2025, 6, 1)


@pytest.mark.parametrize("typed", ["98123 45678", "098123-45678", "+91 98123 45678", "0091 98123 45678",
                                   "(+91) 9812345678", "91-9812345678"])
def test_a_phone_typed_in_any_indian_format_is_stored_as_e164(typed):
    assert parse_phone(typed, "IN") == "+919812345678"


@pytest.mark.parametrize("typed, words", [("", "Enter a phone number"), ("12", "too few or too many digits"),
                                          ("call me", "does not look like a phone number")])
def test_a_bad_phone_is_refused_in_plain_words(typed, words):
    with pytest.raises(ValueError, match=words):
        parse_phone(typed, "IN")


def test_mobile_and_landline_numbers_are_told_apart():
    assert is_mobile("+919812345678")
    assert not is_mobile(parse_phone("022 2656 1234", "IN"))


def test_a_phone_fragment_is_searched_by_its_digits():
    assert phone_search_forms("98123 45", "IN") == ["9812345"]
    assert phone_search_forms("098123-45678", "IN") == ["+919812345678"]


def test_a_complete_enrolment_passes_with_clean_values():
    result = validate_enrolment({"first_name": " राहुल ", "last_name": "वर्मा", "phone": "98123 45678",
                                 "discharge_date": "31/03/2025", "consent_sms": "yes", "language": "HI"},
                                today=TODAY)
    assert result.ok, result.errors
    assert result.values["first_name"] == "राहुल"
    assert result.values["phone"] == "+919812345678"
    assert result.values["discharge_date"] == date(2025, 3, 31)
    assert result.values["language"] == "hi"
    assert result.values["timezone"] == "Asia/Kolkata"
    assert result.values["consent_sms"] is True and result.values["consent_email"] is False


def test_every_bad_field_gets_its_own_plain_error():
    result = validate_enrolment({"phone": "12", "email": "asha@", "language": "fr", "timezone": "Mars/Base",
                                 "discharge_date": "2099-01-01", "sobriety_date": "yesterday",
                                 "preferred_channel": "pigeon", "preferred_hour": "25",
                                 "consent_email": "maybe"}, today=TODAY)
    assert set(result.errors) == {"first_name", "phone", "email", "language", "timezone", "discharge_date",
                                  "sobriety_date", "preferred_channel", "preferred_hour", "consent_email"}
    assert result.errors["discharge_date"] == "The discharge date cannot be in the future."
    assert result.errors["timezone"].startswith("Use a time zone name")


def test_sms_consent_needs_a_mobile_and_email_consent_needs_an_email():
    landline = validate_enrolment({"first_name": "A", "phone": "022 2656 1234", "discharge_date": "2025-01-01",
                                   "consent_sms": True}, today=TODAY)
    assert "mobile" in landline.errors["phone"]
    no_email = validate_enrolment({"first_name": "A", "phone": "9812345678", "discharge_date": "2025-01-01",
                                   "consent_email": True}, today=TODAY)
    assert no_email.errors == {"email": "Email check-ins need an email address."}


def test_someone_with_neither_phone_nor_email_cannot_be_reached():
    result = validate_enrolment({"first_name": "A", "discharge_date": "2025-01-01"}, today=TODAY)
    assert result.errors == {"phone": "Enter a phone number or an email address."}


def test_dates_are_read_iso_or_day_first():
    assert parse_day("2025-02-03") == date(2025, 2, 3)
    assert parse_day("03/02/2025") == date(2025, 2, 3)
    with pytest.raises(ValueError, match="no such day"):
        parse_day("31/02/2025")
