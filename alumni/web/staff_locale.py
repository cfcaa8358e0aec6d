"""The staff screens in each person's language: Flask-Babel's locale is the signed-in
user's choice (users.language), English before sign-in and for anyone who has not chosen.

Catalogues live in translations/<language>/LC_MESSAGES/messages.po, compiled to .mo by
`make translations` (docs/development.md, "Adding a translation")."""
from __future__ import annotations

from flask import Flask, has_request_context, request
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from alumni.core.reader_language import current_language, language_word
from alumni.domain.staff_languages import DEFAULT_STAFF_LANGUAGE, STAFF_LANGUAGES, staff_language
from alumni.domain.vocabulary import Role

TRANSLATIONS = "../translations"  # relative to the app's root_path, alumni/
ROLE_WORDS = {Role.ADMIN: _l("Admin"), Role.COORDINATOR: _l("Coordinator"), Role.STAFF: _l("Staff")}


def role_word(role: str) -> str:
    return ROLE_WORDS.get(role, role)


def select_locale() -> str:
    """Asked once per request by Flask-Babel. Signed in: the person's choice. Before
    signing in: the browser's language, so the sign-in page of a Marathi browser is in
    Marathi. Outside a request (a job, a CLI command) and in the API: English."""
    if not has_request_context():
        return DEFAULT_STAFF_LANGUAGE
    if request.blueprint == "api":
        return DEFAULT_STAFF_LANGUAGE  # a machine's contract: the API's words stay English for every token
    if current_user and current_user.is_authenticated:
        return staff_language(getattr(current_user, "language", None))
    return request.accept_languages.best_match(list(STAFF_LANGUAGES), default=DEFAULT_STAFF_LANGUAGE)


def number(value: int | float | None) -> str:
    """A count as the staff member's language groups it (Indian grouping in Marathi and
    Hindi: 1,23,456); English output is the plain number, as before."""
    from babel.numbers import format_decimal
    if value is None:
        return ""
    language = current_language()
    if language == DEFAULT_STAFF_LANGUAGE:
        return str(value)
    return format_decimal(value, locale=language)


def init_staff_locale(app: Flask) -> None:
    from alumni.extensions import babel
    babel.init_app(app, default_locale=DEFAULT_STAFF_LANGUAGE, default_translation_directories=TRANSLATIONS,
                   locale_selector=select_locale)
    app.add_template_filter(number, "number")
    app.context_processor(lambda: {"staff_languages": STAFF_LANGUAGES, "page_language": current_language,
                                           "role_word": role_word, "language_word": language_word})
