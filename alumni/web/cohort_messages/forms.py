from flask_babel import lazy_gettext as _l
from wtforms import HiddenField, SelectField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from alumni.domain.cohort_messages import MAX_TEXT_CHARS, Audience, AudienceKind
from alumni.web.cohort_messages.words import choice_said
from alumni.web.staff_forms import StaffForm

# The domain's AUDIENCE_KIND_WORDS, in the reader's language (a test checks none is missing).
KIND_WORDS = {
    AudienceKind.COHORT: _l("A cohort"),
    AudienceKind.DISCHARGE_MONTH: _l("Everyone discharged in a month"),
    AudienceKind.PROGRAMME: _l("A programme"),
    AudienceKind.LANGUAGE: _l("A language group"),
    AudienceKind.MEETING: _l("A meeting's invitees"),
}


class CohortMessageForm(StaffForm):
    audience = SelectField(_l("Send to"), validators=[DataRequired(message=_l("Choose who the message is for."))],
                           validate_choice=True)
    text_en = TextAreaField(_l("Text in English"), validators=[
        DataRequired(message=_l("Write the English text: it goes to everyone whose language has none.")),
        Length(max=MAX_TEXT_CHARS)])
    text_hi = TextAreaField(_l("Text in Hindi (optional)"), validators=[Optional(), Length(max=MAX_TEXT_CHARS)])
    text_mr = TextAreaField(_l("Text in Marathi (optional)"), validators=[Optional(), Length(max=MAX_TEXT_CHARS)])
    # Made when the preview is shown and carried to the confirm: one message per token.
    token = HiddenField()

    def set_audiences(self, choices: dict[str, list[tuple[str, str]]]) -> None:
        """Grouped by kind (a cohort, a month, ...); a value is "kind:value"."""
        self.audience.choices = {str(KIND_WORDS[AudienceKind(kind)]): [
            (f"{kind}:{value}", choice_said(kind, value, words)) for value, words in options]
            for kind, options in choices.items() if options}

    def chosen(self) -> Audience:
        kind, _, value = (self.audience.data or "").partition(":")
        return Audience(AudienceKind(kind), value)

    def texts(self) -> dict[str, str]:
        return {"en": (self.text_en.data or "").strip(), "hi": (self.text_hi.data or "").strip(),
                "mr": (self.text_mr.data or "").strip()}
