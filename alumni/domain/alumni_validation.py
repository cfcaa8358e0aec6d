"""The rules an enrolment must meet, the same for the form, a CSV row and the API.

validate_enrolment takes what a person typed (strings, or JSON values) and returns the
clean, typed values or an error per field in plain words. No Flask, no database: the
service checks what needs the database (duplicates, cohort, staff, plan) afterwards."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import TypeAlias, TypeVar
from zoneinfo import available_timezones

from email_validator import EmailNotValidError, validate_email

from alumni.domain.milestones import MILESTONE_CONSENT
from alumni.domain.phones import parse_phone_and_kind
from alumni.domain.vocabulary import PHONE_CHANNELS, Channel

LANGUAGE_NAMES = {"en": "English", "hi": "Hindi", "mr": "Marathi"}
# What people write in a language column: the code, the English name or the name in its
# own script (Hindi is spelt both with anusvara and with a half-n).
LANGUAGE_ALIASES = {"english": "en", "hindi": "hi", "हिंदी": "hi", "हिन्दी": "hi",
                    "marathi": "mr", "मराठी": "mr"}
CHANNELS = tuple(Channel)

# Every field an enrolment may carry, in the order of the CSV template.
FIELDS = (
    "first_name", "last_name", "phone", "email", "language", "timezone", "programme", "cohort",
    "discharge_date", "sobriety_date", "preferred_channel", "preferred_hour", "consent_sms",
    "consent_whatsapp", "consent_email", "consent_milestones", "assigned_staff", "plan", "discreet", "notes",
)
# Each consent a record carries, by field: one per channel, and the opt-in to a text on each
# sobriety milestone (a consent row of that kind). None is ever assumed: blank is no.
CONSENT_FIELDS = {**{f"consent_{channel}": str(channel) for channel in CHANNELS},
                  "consent_milestones": MILESTONE_CONSENT}
_TRUE = {"1", "true", "yes", "y", "on", "t", "x", "हाँ", "हो"}
_FALSE = {"", "0", "false", "no", "n", "off", "f", "नहीं", "नाही"}
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
MAX_LENGTHS = {"first_name": 120, "last_name": 120, "programme": 120, "cohort": 120,
               "plan": 120, "notes": 5000}

# A clean field: text, an hour, a yes/no, a day, or None where the field was left empty.
EnrolmentValue: TypeAlias = str | int | bool | date | None
_Parsed = TypeVar("_Parsed", bound=EnrolmentValue)


@dataclass
class Validated:
    values: dict[str, EnrolmentValue] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


@lru_cache(maxsize=1)
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


def _text(value: object) -> str:
    if value is None:
        return ""
    return str(value).strip()


def parse_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError("Answer yes or no.")


def parse_day(value: object) -> date | None:
    """ISO dates (2024-03-31), or day first as written in India (31/03/2024, 31-03-2024)."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    text = _text(value)
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    match = _DAY_FIRST.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            raise ValueError("There is no such day in the calendar.") from None
    raise ValueError("Write the date as YYYY-MM-DD, for example 2024-03-31.")


def parse_language(value: object) -> str:
    """The language code for a code or a language name; anything else comes back as
    written (lower case) for the caller to refuse. Empty means English."""
    text = unicodedata.normalize("NFC", _text(value)).lower() or "en"
    return LANGUAGE_ALIASES.get(text, text)


def parse_email(value: object) -> str | None:
    text = _text(value)
    if not text:
        return None
    try:
        # No DNS look-up: enrolment must work offline and must not leak who we enrol.
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        raise ValueError("This is not a valid email address.") from None


def validate_enrolment(data: Mapping[str, object], *, default_region: str = "IN",
                       default_timezone: str = "Asia/Kolkata", today: date | None = None) -> Validated:
    """Check every field, collect every error; nothing is half-accepted."""
    today = today or date.today()
    result = Validated()
    values, errors = result.values, result.errors

    for name in FIELDS:
        if "\x00" in _text(data.get(name)):
            # A NUL byte cannot be stored (PostgreSQL refuses it) and is never typed on purpose.
            errors[name] = "This contains a character that cannot be stored."
    if errors:
        return result

    def take(name: str, parse: Callable[[object], _Parsed]) -> _Parsed | None:
        """The parsed value, also kept in `values`; None (and an error) when it does not parse."""
        try:
            parsed = values[name] = parse(data.get(name))
        except ValueError as error:
            errors[name] = str(error)
            return None
        return parsed

    for name, limit in MAX_LENGTHS.items():
        text = _text(data.get(name))
        if len(text) > limit:
            errors[name] = f"Keep this under {limit} characters."
        values[name] = text or None
    if not values.get("first_name"):
        errors.setdefault("first_name", "Enter the first name.")
    values["last_name"] = values.get("last_name") or ""

    values["phone_is_mobile"] = False
    if _text(data.get("phone")):
        try:
            values["phone"], values["phone_is_mobile"] = parse_phone_and_kind(_text(data.get("phone")), default_region)
        except ValueError as error:
            errors["phone"] = str(error)
    else:
        values["phone"] = None
    take("email", parse_email)

    language = parse_language(data.get("language"))
    if language not in LANGUAGE_NAMES:
        errors["language"] = "Choose English (en), Hindi (hi) or Marathi (mr)."
    values["language"] = language

    zone = _text(data.get("timezone")) or default_timezone
    if zone not in _zones():
        errors["timezone"] = "Use a time zone name such as Asia/Kolkata."
    values["timezone"] = zone

    channel = _text(data.get("preferred_channel")).lower() or Channel.SMS
    if channel not in CHANNELS:
        errors["preferred_channel"] = "Choose sms, whatsapp or email."
    values["preferred_channel"] = channel

    hour = data.get("preferred_hour")
    hour_text = _text(hour)
    if hour_text == "":
        values["preferred_hour"] = 10
    elif isinstance(hour, bool) or not re.fullmatch(r"\d{1,2}", hour_text) or int(hour_text) > 23:
        errors["preferred_hour"] = "Give an hour of the day from 0 to 23."
    else:
        values["preferred_hour"] = int(hour_text)

    discharged = take("discharge_date", parse_day)
    if "discharge_date" not in errors:
        if discharged is None:
            errors["discharge_date"] = "Enter the discharge date."
        elif discharged > today:
            errors["discharge_date"] = "The discharge date cannot be in the future."
    sober_since = take("sobriety_date", parse_day)
    if sober_since and sober_since > today:
        errors["sobriety_date"] = "The sobriety date cannot be in the future."

    for name in CONSENT_FIELDS:
        take(name, parse_bool)
    take("discreet", parse_bool)
    values["assigned_staff"] = _text(data.get("assigned_staff")) or None

    _check_reachability(values, errors)
    return result


def _check_reachability(values: Mapping[str, EnrolmentValue], errors: dict[str, str]) -> None:
    """A channel someone consents to, or prefers, needs an address that can receive it."""
    phone, email = values.get("phone"), values.get("email")
    if "phone" not in errors and "email" not in errors and not phone and not email:
        errors["phone"] = "Enter a phone number or an email address."
        return
    wants_phone = values.get("preferred_channel") in PHONE_CHANNELS or any(
        values.get(f"consent_{c}") for c in PHONE_CHANNELS)
    if wants_phone and "phone" not in errors:
        if not phone:
            errors["phone"] = "SMS and WhatsApp need a mobile number."
        elif not values.get("phone_is_mobile"):
            errors["phone"] = "This is not a mobile number; SMS and WhatsApp need one."
    wants_email = values.get("preferred_channel") == Channel.EMAIL or values.get("consent_email")
    if wants_email and not email and "email" not in errors:
        errors["email"] = "Email check-ins need an email address."
