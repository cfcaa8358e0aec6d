from flask_wtf import FlaskForm
from wtforms import HiddenField, SelectField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from alumni.domain.cohort_messages import AUDIENCE_KIND_WORDS, MAX_TEXT_CHARS, Audience, AudienceKind


class CohortMessageForm(FlaskForm):
    audience = SelectField("Send to", validators=[DataRequired(message="Choose who the message is for.")],
                           validate_choice=True)
    text_en = TextAreaField("Text in English", validators=[
        DataRequired(message="Write the English text: it goes to everyone whose language has none."),
        Length(max=MAX_TEXT_CHARS)])
    text_hi = TextAreaField("Text in Hindi (optional)", validators=[Optional(), Length(max=MAX_TEXT_CHARS)])
    text_mr = TextAreaField("Text in Marathi (optional)", validators=[Optional(), Length(max=MAX_TEXT_CHARS)])
    # Made when the preview is shown and carried to the confirm: one message per token.
    token = HiddenField()

    def set_audiences(self, choices: dict[str, list[tuple[str, str]]]) -> None:
        """Grouped by kind (a cohort, a month, ...); a value is "kind:value"."""
        self.audience.choices = {AUDIENCE_KIND_WORDS[AudienceKind(kind)]: [(f"{kind}:{value}", words)
                                                                           for value, words in options]
                                 for kind, options in choices.items() if options}

    def chosen(self) -> Audience:
        kind, _, value = (self.audience.data or "").partition(":")
        return Audience(AudienceKind(kind), value)

    def texts(self) -> dict[str, str]:
        return {"en": (self.text_en.data or "").strip(), "hi": (self.text_hi.data or "").strip(),
                "mr": (self.text_mr.data or "").strip()}
