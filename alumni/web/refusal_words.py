"""Why something was refused, in the staff member's language. The enrolment rules
(alumni/domain/alumni_validation.py, phones.py), the on-call rota's (domain/on_call.py,
workspace/on_call.py) and the records services (alumni/records/) refuse in English, which is
what the API, the CLI and the logs read; a page reads each sentence back through its shape
here (alumni/core/sentences_read_back.py). A fixed sentence is a msgid below; a sentence
carrying a value (a number, a line, a status) has a shape with "{}" for each value, as a scan
of the services' f-strings writes it, and a function that says it again with a placeholder.
A test checks that every sentence those modules write has its entry
(tests/test_staff_languages_records.py).

    refusal_words("The discharge date cannot be in the future.")
        ->  "डिस्चार्जची तारीख भविष्यातील असू शकत नाही." (Marathi)
"""
from __future__ import annotations

from collections.abc import Callable

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

from alumni.core.sentences_read_back import read_back
from alumni.web.display_words import status_words

REFUSALS = {
    # The enrolment rules, for the form, a CSV row and a supporter.
    "Answer yes or no.": _l("Answer yes or no."),
    "Write the date as YYYY-MM-DD, for example 2024-03-31.":
        _l("Write the date as YYYY-MM-DD, for example 2024-03-31."),
    "There is no such day in the calendar.": _l("There is no such day in the calendar."),
    "This contains a character that cannot be stored.": _l("This contains a character that cannot be stored."),
    "Enter the first name.": _l("Enter the first name."),
    "Choose English (en), Hindi (hi) or Marathi (mr).": _l("Choose English (en), Hindi (hi) or Marathi (mr)."),
    "Use a time zone name such as Asia/Kolkata.": _l("Use a time zone name such as Asia/Kolkata."),
    "Choose sms, whatsapp or email.": _l("Choose sms, whatsapp or email."),
    "Give an hour of the day from 0 to 23.": _l("Give an hour of the day from 0 to 23."),
    "Enter the discharge date.": _l("Enter the discharge date."),
    "The discharge date cannot be in the future.": _l("The discharge date cannot be in the future."),
    "The sobriety date cannot be in the future.": _l("The sobriety date cannot be in the future."),
    "Enter a phone number or an email address.": _l("Enter a phone number or an email address."),
    "SMS and WhatsApp need a mobile number.": _l("SMS and WhatsApp need a mobile number."),
    "This is not a mobile number; SMS and WhatsApp need one.":
        _l("This is not a mobile number; SMS and WhatsApp need one."),
    "Email check-ins need an email address.": _l("Email check-ins need an email address."),
    "This is not a valid email address.": _l("This is not a valid email address."),
    "Enter a phone number.": _l("Enter a phone number."),
    "This does not look like a phone number.": _l("This does not look like a phone number."),
    "This phone number has too few or too many digits.": _l("This phone number has too few or too many digits."),
    "This is not a valid phone number for its country.": _l("This is not a valid phone number for its country."),
    "Enter the supporter's name.": _l("Enter the supporter's name."),
    # What an enrolment, an edit or a CSV row names that the database does not hold.
    "No active staff member with this email.": _l("No active staff member with this email."),
    "No follow-up plan has this name.": _l("No follow-up plan has this name."),
    # A record that no longer allows the change.
    "This record was erased.": _l("This record was erased."),
    "This record was erased and cannot be changed.": _l("This record was erased and cannot be changed."),
    "This record is already erased.": _l("This record is already erased."),
    "No such supporter.": _l("No such supporter."),
    "Say why, in a few words: it is kept on the record.": _l("Say why, in a few words: it is kept on the record."),
    # The CSV file as a whole, and a row of it.
    "The file is not UTF-8 text. In Excel, save it as 'CSV UTF-8 (Comma delimited)'.":
        _l("The file is not UTF-8 text. In Excel, save it as 'CSV UTF-8 (Comma delimited)'."),
    "The file is empty.": _l("The file is empty."),
    "Unknown column; the template lists the columns we read.":
        _l("Unknown column; the template lists the columns we read."),
    "This column is missing.": _l("This column is missing."),
    "Add a phone or an email column.": _l("Add a phone or an email column."),
    "This row has more cells than the header has columns.": _l("This row has more cells than the header has columns."),
    "The file has a header but no rows.": _l("The file has a header but no rows."),
    "This is the template's example row; delete it.": _l("This is the template's example row; delete it."),
    # The import refused as a whole.
    "The file could not be read; nothing was imported.": _l("The file could not be read; nothing was imported."),
    "Some rows have problems; nothing was imported.": _l("Some rows have problems; nothing was imported."),
    "No row is valid; nothing was imported.": _l("No row is valid; nothing was imported."),
    "Someone enrolled one of these phone numbers meanwhile; nothing was imported. Check the file again.":
        _l("Someone enrolled one of these phone numbers meanwhile; nothing was imported. Check the file again."),
    # The on-call rota.
    "Choose at least one weekday.": _l("Choose at least one weekday."),
    "Choose weekdays from Monday to Sunday.": _l("Choose weekdays from Monday to Sunday."),
    "The shift starts at an hour from 0 to 23.": _l("The shift starts at an hour from 0 to 23."),
    "The shift ends at an hour from 0 to 24 (0 and 24 are both midnight).":
        _l("The shift ends at an hour from 0 to 24 (0 and 24 are both midnight)."),
    "A shift must end at a different hour from the one it starts at.":
        _l("A shift must end at a different hour from the one it starts at."),
    "Choose an active staff member.": _l("Choose an active staff member."),
}


def _cannot_become(status: str, becoming: str) -> str | None:
    """The status as staff read it, in lower case mid-sentence (Devanagari has no case)."""
    said = status_words(status).lower()
    if becoming == "paused":
        return _("An alumnus who is %(status)s cannot be paused.", status=said)
    if becoming == "withdrawn":
        return _("An alumnus who is %(status)s cannot be withdrawn.", status=said)
    if becoming == "active":
        return _("An alumnus who is %(status)s cannot be active.", status=said)
    return None


def _under(limit: str) -> str:
    return ngettext("Keep this under %(num)s character.", "Keep this under %(num)s characters.", int(limit))


# Sentences with a value in them: the English shape ("{}" for each value) and how to say it.
REFUSAL_SHAPES: dict[str, Callable[..., str | None]] = {
    "Keep this under {} characters.": _under,
    "This phone number already belongs to alumnus {}.":
        lambda alumnus_id: _("This phone number already belongs to alumnus %(id)s.", id=alumnus_id),
    "The record conflicts with another change made at the same moment ({}).":
        lambda constraint: _("The record conflicts with another change made at the same moment (%(constraint)s).",
                             constraint=constraint),
    "An alumnus who is {} cannot be {}.": _cannot_become,
    "This number now belongs to alumnus #{}, who is followed up instead. Change the number on this record first.":
        lambda alumnus_id: _("This number now belongs to alumnus #%(id)s, who is followed up instead. "
                             "Change the number on this record first.", id=alumnus_id),
    "The same phone number is on line {}.": lambda line: _("The same phone number is on line %(line)s.", line=line),
    "Already enrolled: alumnus {} has this phone number.":
        lambda alumnus_id: _("Already enrolled: alumnus %(id)s has this phone number.", id=alumnus_id),
    # The csv module's own reason stays as it wrote it.
    "The file cannot be read past here: {}.": lambda why: _("The file cannot be read past here: %(why)s.", why=why),
}
_EVERY_SHAPE = {**REFUSALS, **REFUSAL_SHAPES}


def refusal_words(english: str) -> str:
    """The refusal in the reader's language; a sentence not known here (already in words,
    or a library's own) comes back as it was, Markup included."""
    return read_back(english, _EVERY_SHAPE)


def field_refusals(fields: dict[str, str]) -> dict[str, str]:
    """A service's refusals by field name (ValidationFailed.fields), each in words."""
    return {name: refusal_words(message) for name, message in fields.items()}
