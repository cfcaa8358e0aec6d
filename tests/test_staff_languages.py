"""Staff screens in Marathi and Hindi: a person's language choice (users.language) decides
the words of every translated page, and no sentence of the catalogue is left in English.

The walk signs in as an admin reading Marathi, then Hindi, opens every translated page and
reads its visible text (tests/support/staff_language_walk.py). Other modules walk the pages
of one feature each (tests/test_staff_languages_*.py)."""
from __future__ import annotations

from datetime import timedelta

import pytest
from babel.messages.pofile import read_po

from alumni.core.cases import open_case
from alumni.extensions import db
from alumni.models import (
    Channel,
    Contact,
    ContactKind,
    ContactOutcome,
    Direction,
    FollowUpReason,
    FollowUpStatus,
    Message,
    Supporter,
    utcnow,
)
from alumni.models.user import User
from alumni.recovery.referrals import refer
from tests.support.factories import make_alumnus
from tests.support.staff_language_walk import (
    TRANSLATIONS,
    require_compiled_catalogues,
    untranslated_on,
    visible_text,
)

# Pages translated so far (docs/development.md lists those not yet translated); {names}
# are the records the `cases` fixture makes.
PAGES = ["/", "/account", "/account/password", "/workspace/", "/workspace/?show=snoozed&reason=crisis",
         "/admin/users", "/no-such-page",
         "/workspace/cases/{crisis_case}", "/workspace/cases/{quiet_case}", "/workspace/cases/{unknown_case}",
         "/alumni/{crisis}", "/alumni/{quiet}", "/alumni/", "/alumni/?status=paused&q=x",
         "/alumni/{crisis}/pause", "/alumni/{crisis}/withdraw", "/alumni/{crisis}/erase",
         "/inbox/unknown", "/inbox/unknown?find={unknown_message}&q=आशा", "/inbox/unknown?find={unknown_message}&q=zz",
         "/outbox", "/events/", "/mentors/", "/mentors/?q=आशा", "/mentors/?q=zz", "/plans/", "/reports/",
         "/recovery/milestones", "/recovery/milestones?week=2020-01-06", "/recovery/referrals",
         "/recovery/referrals?show=all", "/recovery/referrals/{referral}",
         "/recovery/alumni/{quiet}/referrals/new", "/messages/", "/messages/new",
         "/admin/audit", "/admin/audit?action=nothing-like-this"]

@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues():
    require_compiled_catalogues()


@pytest.fixture
def cases(app):
    """An unacknowledged crisis (with a supporter and a logged call), a quiet alumnus whose
    case is snoozed, and a crisis from a number that matches no record."""
    with app.app_context():
        crisis = make_alumnus(first_name="आशा", last_name="कुलकर्णी", language="mr")
        crisis_case, _ = open_case(crisis.id, FollowUpReason.CRISIS)
        db.session.add(Supporter(alumnus_id=crisis.id, name="सुरेश", relation="भाऊ", phone="+919800000001",
                                 may_contact=True))
        quiet = make_alumnus(first_name="रवी", last_name="शर्मा", language="hi")
        quiet_case, _ = open_case(quiet.id, FollowUpReason.MISSED)
        db.session.add(Contact(alumnus_id=quiet.id, kind=ContactKind.CALL, outcome=ContactOutcome.NO_ANSWER,
                               note="फोन बंद"))
        quiet_case.status, quiet_case.snooze_until = FollowUpStatus.SNOOZED, utcnow() + timedelta(days=2)
        unknown = Message(direction=Direction.INBOUND, channel=Channel.SMS, from_addr="+919811100000",
                          to_addr="+911234", body="मला मदत हवी आहे")
        db.session.add(unknown)
        db.session.flush()
        unknown_case, _ = open_case(None, FollowUpReason.CRISIS, message_id=unknown.id)
        db.session.commit()
        referral = refer(quiet.id, referred_to="ससून रुग्णालय", reason="पुन्हा पिणे सुरू", by=None)
        return {"crisis": crisis.id, "quiet": quiet.id, "crisis_case": crisis_case.id,
                "quiet_case": quiet_case.id, "unknown_case": unknown_case.id, "unknown_message": unknown.id,
                "referral": referral.id}


@pytest.mark.parametrize("language", ["mr", "hi"])
def test_every_translated_page_shows_no_english_sentence(app, login_as, cases, language):
    admin = login_as("admin", language=language, name="सुनीता")
    for page in PAGES:
        path = page.format(**cases)
        response = admin.get(path)
        assert response.status_code in (200, 404), path
        # The centre's name is a name, not a sentence ("Sunrise Recovery Centre" holds "Recovery").
        text = visible_text(response.text).replace(app.config["CENTRE_NAME"], "")
        assert untranslated_on(text) == [], f"{path} in {language} still shows English: {untranslated_on(text)}"
    signed_out = app.test_client()
    text = visible_text(signed_out.get("/login", headers={"Accept-Language": f"{language}, en;q=0.5"}).text)
    text = text.replace(app.config["CENTRE_NAME"], "")
    assert untranslated_on(text) == [], f"/login in {language}: {untranslated_on(text)}"


def test_the_walk_notices_english_left_on_a_page(app, login_as, cases):
    """The check itself: the same pages in English show the catalogue's sentences."""
    admin = login_as("admin")
    assert "Needs follow-up" in untranslated_on(visible_text(admin.get("/workspace/").text))


def test_a_persons_language_choice_changes_their_screens(app, login_as, cases):
    staff = login_as("staff")
    assert "Needs follow-up" in staff.get("/").text
    response = staff.post("/account", data={"language": "mr"}, follow_redirects=True)
    assert "तुमच्या स्क्रीन आता मराठीत आहेत." in response.text
    home = staff.get("/").text
    assert "पाठपुरावा हवा" in home and "Needs follow-up" not in home and '<html lang="mr">' in home
    staff.post("/account", data={"language": "hi"})
    assert "फ़ॉलो-अप चाहिए" in staff.get("/workspace/").text
    with app.app_context():
        assert db.session.scalar(db.select(User.language).filter_by(email=staff.user_email)) == "hi"


def test_an_admin_sets_a_colleagues_language_from_the_user_list(app, login_as):
    admin = login_as("admin")
    colleague = login_as("staff")
    with app.app_context():
        colleague_id = db.session.scalar(db.select(User.id).filter_by(email=colleague.user_email))
    assert admin.post(f"/admin/users/{colleague_id}/language", data={"language": "hi"}).status_code == 302
    assert "फ़ॉलो-अप चाहिए" in colleague.get("/").text
    assert "Needs follow-up" in admin.get("/").text  # the admin's own screens stay English


def test_a_language_not_offered_is_refused(app, login_as):
    staff = login_as("staff")
    staff.post("/account", data={"language": "fr"})
    with app.app_context():
        assert db.session.scalar(db.select(User.language).filter_by(email=staff.user_email)) == "en"


def test_the_clock_reads_in_the_staff_members_language_and_english_is_unchanged(app):
    from datetime import datetime

    from alumni.domain.clock import clock_text
    from alumni.domain.clock_locale import localised_clock_text
    moment = datetime(2026, 12, 1, 9, 0)
    assert clock_text(moment, "Asia/Kolkata", "Europe/London") == "Tue 01 Dec 2026, 14:30 IST · 09:00 in London"
    assert localised_clock_text(moment, "Asia/Kolkata", "Europe/London", "mr", "{place} मध्ये {time}") == \
        "मंगळ 1 डिसें 2026, 14:30 IST · London मध्ये 09:00"
    assert localised_clock_text(moment, "Asia/Kolkata", None, "hi").startswith("मंगल 1 दिस॰ 2026, 14:30 IST")


def test_every_catalogue_translates_every_sentence():
    template = {m.id for m in read_po((TRANSLATIONS / "messages.pot").open("rb")) if m.id}
    for language in ("mr", "hi"):
        catalogue = read_po((TRANSLATIONS / language / "LC_MESSAGES" / "messages.po").open("rb"))
        translated = {m.id for m in catalogue if m.id and all(m.string if isinstance(m.string, tuple)
                                                                else [m.string]) and not m.fuzzy}
        assert template - translated == set(), f"{language} lacks {sorted(template - translated)[:5]}"


def test_every_skip_reason_the_domain_words_has_a_translation():
    from alumni.core.skip_words_translated import untranslated_phrases
    assert untranslated_phrases() == set()


@pytest.mark.parametrize(("reason", "marathi"), [
    ("no current consent for sms", "पाठवले नाही: SMS साठी संमती नाही"),
    ("no phone number for whatsapp", "पाठवले नाही: WhatsApp साठी फोन नंबर नाही"),
    ("no email address for email", "पाठवले नाही: ईमेल पत्ता नाही"),
    ("paused", "पाठवले नाही: पाठपुरावा थांबवला आहे"),
    ("the sender's own words", "पाठवले नाही: the sender's own words"),
])
def test_why_a_text_did_not_go_reads_in_the_staff_members_language(app, reason, marathi):
    from flask_babel import force_locale

    from alumni.core.skip_words_translated import skip_words
    with app.test_request_context(), force_locale("mr"):
        assert skip_words(reason) == marathi
    with app.test_request_context():
        assert skip_words("no current consent for sms") == "not sent: no SMS consent"


def test_the_api_speaks_english_to_a_token_whose_owner_reads_marathi(app, login_as, cases):
    """The timeline is put into words when read; the API's stay English whoever holds the token."""
    from alumni.accounts.tokens import issue_token
    marathi_reader = login_as("admin", language="mr")
    assert "पाठपुरावा सुरू: उत्तरात संकटाचे शब्द" in marathi_reader.get(f"/alumni/{cases['crisis']}").text
    with app.app_context():
        token = issue_token(marathi_reader.user_email, "walk")
    response = app.test_client().get(f"/api/v1/alumni/{cases['crisis']}/timeline",
                                      headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    titles = [entry["title"] for entry in response.get_json()["entries"]]
    assert "Follow-up opened: Crisis words in a reply" in titles


def test_every_kind_of_group_the_domain_names_has_a_translation():
    from alumni.domain.cohort_messages import AUDIENCE_KIND_WORDS
    from alumni.web.cohort_messages.forms import KIND_WORDS
    assert set(KIND_WORDS) == set(AUDIENCE_KIND_WORDS)
    assert all(str(KIND_WORDS[kind]) == words for kind, words in AUDIENCE_KIND_WORDS.items())
