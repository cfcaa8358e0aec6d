"""The classifier's findings read on a case in the staff member's language: the framing and
the kind of danger translated, the alumnus's own words as they wrote them."""
from __future__ import annotations

import pytest
from flask_babel import force_locale

from alumni.domain.crisis import detect
from alumni.web.workspace.case_note_words import trigger_words
from tests.support.crisis_model_examples import HALF_DANGER


@pytest.mark.parametrize(("language", "crisis", "urgent"), [
    ("mr", "आत्महत्या (आत्महत्या संदेशांसारखा: ", "कदाचित आत्महत्या (आत्महत्या संदेशांसारखा: "),
    ("hi", "आत्महत्या (आत्महत्या संदेशों जैसा: ", "शायद आत्महत्या (आत्महत्या संदेशों जैसा: "),
])
def test_a_resemblance_reads_in_the_readers_language_with_the_alumnus_words_as_written(app, language, crisis,
                                                                                         urgent):
    farewell = detect("nobody will have to worry about me after tonight")
    half = detect(HALF_DANGER)
    with app.test_request_context(), force_locale(language):
        said_crisis, said_urgent = trigger_words(farewell.explain()), trigger_words(half.explain())
    assert said_crisis.startswith(crisis) and said_urgent.startswith(urgent)
    assert ", ".join(farewell.findings[0].words) in said_crisis
    assert "resembles" not in said_crisis + said_urgent
    with app.test_request_context():
        assert trigger_words(farewell.explain()) == farewell.explain()
