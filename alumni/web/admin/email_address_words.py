"""Why an e-mail address was refused on the new-user form, in the reader's language:
email-validator says it in English (alumni/accounts/accounts.py passes its reason on), and
the page reads the common reasons back through their shapes here
(alumni/core/sentences_read_back.py); a test checks each shape against the library.

    email_address_words("An email address must have an @-sign.")
        ->  "ईमेल पत्त्यात @ चिन्ह असायलाच हवे." (Marathi)
"""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_babel import lazy_pgettext

from alumni.core.reader_language import current_language
from alumni.core.sentences_read_back import read_back_known
from alumni.domain.staff_languages import DEFAULT_STAFF_LANGUAGE

# email-validator's sentences, by their shapes; {mark} is the character it names.
EMAIL_ADDRESS_WORDS = {
    "An email address must have an @-sign.": _l("An email address must have an @-sign."),
    "There must be something before the @-sign.": _l("There must be something before the @-sign."),
    "There must be something after the @-sign.": _l("There must be something after the @-sign."),
    "The part after the @-sign is not valid. It should have a period.":
        _l("The part after the @-sign is not valid. It should have a period."),
    "An email address cannot have two periods in a row.": _l("An email address cannot have two periods in a row."),
    "An email address cannot have a period and a hyphen next to each other.":
        _l("An email address cannot have a period and a hyphen next to each other."),
    "An email address cannot start with a {mark}.": _l("An email address cannot start with a %(mark)s."),
    "An email address cannot end with a {mark}.": _l("An email address cannot end with a %(mark)s."),
    "An email address cannot have a {mark} immediately before the @-sign.":
        _l("An email address cannot have a %(mark)s immediately before the @-sign."),
    "An email address cannot have a {mark} immediately after the @-sign.":
        _l("An email address cannot have a %(mark)s immediately after the @-sign."),
    "The email address contains invalid characters before the @-sign: {characters}.":
        _l("The email address contains invalid characters before the @-sign: %(characters)s."),
    "The part after the @-sign contains invalid characters: {characters}.":
        _l("The part after the @-sign contains invalid characters: %(characters)s."),
    "The part after the @-sign is a special-use or reserved name that cannot be used with email.":
        _l("The part after the @-sign is a special-use or reserved name that cannot be used with email."),
}
MARK_WORDS = {"period": lazy_pgettext("a character in an email address", "period"),
              "hyphen": lazy_pgettext("a character in an email address", "hyphen")}
NOT_AN_EMAIL_ADDRESS = _l("This is not a valid email address.")


def email_address_words(english: str) -> str:
    """email-validator's reason in the reader's words. A reason not listed (the library has
    rarer ones, and adds some) is said as the plain refusal in Marathi or Hindi rather than
    left in English; English readers read the library's own."""
    said = read_back_known(english, EMAIL_ADDRESS_WORDS, {"mark": lambda mark: str(MARK_WORDS.get(mark, mark))})
    if said is not None:
        return said
    return english if current_language() == DEFAULT_STAFF_LANGUAGE else str(NOT_AN_EMAIL_ADDRESS)
