"""The base of every staff form: WTForms' own messages ("This field is required.", "Not a valid
choice.", "Field cannot be longer than 480 characters." ...) in the reader's language.

WTForms asks a form's Meta.get_translations for an object with gettext and ngettext, and
puts its values into the words it gets back ("%(max)d"); Flask-WTF's default looks only in
WTForms' own catalogues, which have no Marathi or Hindi. Ours answers from the app's
catalogue (translations/), where wtforms_messages() below lists the msgids for
`pybabel extract`. A test checks every form derives from StaffForm and every message is
translated."""
from __future__ import annotations

from flask_babel import get_translations
from flask_wtf import FlaskForm


class CatalogueTranslations:
    """What WTForms calls to say its messages: the reader's catalogue, the values left in."""

    def gettext(self, string: str) -> str:
        return get_translations().ugettext(string)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return get_translations().ungettext(singular, plural, n)


FORM_WORDS = CatalogueTranslations()


class StaffForm(FlaskForm):
    class Meta:
        def get_translations(self, form):
            return FORM_WORDS


def wtforms_messages(n: int = 1) -> list[str]:
    """Each message WTForms (3.x, wtforms/locale/wtforms.pot) can show on our forms, asked as
    WTForms asks for it, so `pybabel extract` finds the msgids (gettext and ngettext are among
    its default keywords) and a test reads each one. Left out: the messages of a programming
    mistake ("Invalid field name", "Choices cannot be None.") and of WTForms' own CSRF, which
    Flask-WTF replaces."""
    said = FORM_WORDS
    return [
        said.gettext("This field is required."),
        said.gettext("Invalid input."),
        said.gettext("Invalid email address."),
        said.gettext("Invalid URL."),
        said.gettext("Field must be equal to %(other_name)s."),
        said.ngettext("Field must be at least %(min)d character long.",
                      "Field must be at least %(min)d characters long.", n),
        said.ngettext("Field cannot be longer than %(max)d character.",
                      "Field cannot be longer than %(max)d characters.", n),
        said.ngettext("Field must be exactly %(max)d character long.",
                      "Field must be exactly %(max)d characters long.", n),
        said.gettext("Field must be between %(min)d and %(max)d characters long."),
        said.gettext("Number must be at least %(min)s."),
        said.gettext("Number must be at most %(max)s."),
        said.gettext("Number must be between %(min)s and %(max)s."),
        said.gettext("Date must be at least %(min)s."),
        said.gettext("Date must be at most %(max)s."),
        said.gettext("Date must be between %(min)s and %(max)s."),
        said.gettext("Invalid value, must be one of: %(values)s."),
        said.gettext("Invalid value, can't be any of: %(values)s."),
        said.gettext("This field cannot be edited."),
        said.gettext("This field is disabled and cannot have a value."),
        said.gettext("Invalid Choice: could not coerce."),
        said.gettext("Not a valid choice."),
        said.gettext("Invalid choice(s): one or more data inputs could not be coerced."),
        said.ngettext("'%(value)s' is not a valid choice for this field.",
                      "'%(value)s' are not valid choices for this field.", n),
        said.gettext("Not a valid datetime value."),
        said.gettext("Not a valid date value."),
        said.gettext("Not a valid time value."),
        said.gettext("Not a valid week value."),
        said.gettext("Not a valid integer value."),
        said.gettext("Not a valid decimal value."),
        said.gettext("Not a valid float value."),
    ]
