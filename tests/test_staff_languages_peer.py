"""Peer support and group messages in Marathi and Hindi: the meeting form, a meeting's
pages, its sign-in sheet and the peer-support reports; a mentor's profile and the
suggestions for a new graduate; a group message's preview and its sent page. Each is walked
in every state staff meet (empty and with records, a form refused, a preview for each kind
of group, the message after each action) and shows no sentence of the catalogue in English
(tests/support/staff_language_walk.py). The services keep their refusals in English; the
pages read them back in the reader's language, and the tests below check that every
sentence the services and rules can produce has a translation."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from flask_babel import force_locale

from alumni.domain.cohort_messages import SKIP_WORDS, Audience, AudienceKind
from alumni.domain.event_rules import EventDraft, event_problems
from alumni.domain.mentor_matching import MenteeFacts, MentorFacts, score_mentor, why_not_eligible
from alumni.extensions import db
from alumni.models import Cohort, EventOccurrence, Invitation, Supporter, utcnow
from alumni.peer.cohort_messages import audience_words, send
from alumni.peer.event_attendance import set_attendance
from alumni.peer.events import (
    EventInvalid,
    cancel_occurrence,
    cancel_series,
    create_event,
    invite_occurrence,
    record_rsvp_by_staff,
)
from alumni.peer.mentors import MENTOR_PROBLEMS, MentorProblem, confirm_match, save_mentor_profile
from alumni.plans.plans import ensure_default_plan
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus
from tests.support.staff_language_walk import (
    english_left_on,
    require_compiled_catalogues,
    untranslated_on,
)

TEXTS = {"text_en": "Sunday's meeting moves to the community hall.", "text_hi": "",
         "text_mr": "रविवारची बैठक सभागृहात होईल."}
DAY = timedelta(days=1)


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues():
    require_compiled_catalogues()


def _meeting(title: str, **fields):
    draft = dict(title=title, starts_at=utcnow() + 5 * DAY, mode="in_person", place="सभागृह, पुणे")
    draft.update(fields)
    return create_event(EventDraft(**draft), by_id=None)


@pytest.fixture
def peer(app):
    """Mentors (one eligible, one too new to recovery), a graduate on a plan with no mentor
    and one already matched; a weekly family meeting with invitations, answers, a walk-in and
    a past date someone said yes to and missed; a cancelled meeting and one nobody is invited
    to yet; a cohort that covers every reason to skip someone, and a message sent to it."""
    with app.app_context():
        today = date.today()
        plan = ensure_default_plan()
        cohort = Cohort(name="वसंत 2026")
        db.session.add(cohort)
        db.session.commit()
        meera = make_alumnus(first_name="मीरा", last_name="जोशी", language="mr", programme="निवासी",
                             sobriety_date=today - 800 * DAY)
        kiran = make_alumnus(first_name="किरण", last_name="पाटील", language="hi", sobriety_date=today - 30 * DAY)
        for mentor in (meera, kiran):
            save_mentor_profile(mentor.id, consent=True, trained_on=today - 100 * DAY, capacity=2,
                                languages=["mr", "hi"], area="पुणे")
        sunil = make_alumnus(first_name="सुनील", last_name="कदम", language="mr", programme="निवासी",
                             plan_id=plan.id, cohort_id=cohort.id, discharge_date=today - 10 * DAY)
        ravi = make_alumnus(first_name="रवी", last_name="शर्मा", language="hi", cohort_id=cohort.id,
                            plan_id=plan.id)
        match = confirm_match(ravi.id, meera.id, nudge_days=[], share_number=False)
        make_alumnus(first_name="लता", last_name="देशमुख", consent=(), cohort_id=cohort.id)
        make_alumnus(first_name="कमल", last_name="शिंदे", status="paused", cohort_id=cohort.id)
        make_alumnus(first_name="देव", last_name="राव", phone=None, cohort_id=cohort.id, discreet=True)
        db.session.add(Supporter(alumnus_id=sunil.id, name="सुनीता", relation="आई", phone="+919800000002",
                                 may_contact=True))
        db.session.commit()

        family = _meeting("कुटुंब बैठक", mode="hybrid", link="https://meet.example.org/family",
                          recurrence="weekly", audience="alumni_and_supporters", description="दर रविवारी")
        first = family.occurrences[0]
        invite_occurrence(first.id)
        answers = {i.alumnus_id: i for i in first.invitations}
        record_rsvp_by_staff(answers[sunil.id].id, "yes")
        record_rsvp_by_staff(answers[ravi.id].id, "no")
        set_attendance(first.id, meera.id, True, by_id=None)
        past = EventOccurrence(event_id=family.id, starts_at=utcnow() - 2 * DAY, invited_at=utcnow() - 9 * DAY)
        db.session.add(past)
        db.session.flush()
        db.session.add(Invitation(occurrence_id=past.id, alumnus_id=sunil.id, rsvp="yes"))
        db.session.add(Invitation(occurrence_id=past.id, alumnus_id=meera.id, rsvp="yes", attended=True))
        db.session.commit()

        called_off = _meeting("रद्द झालेली बैठक")
        cancel_series(called_off.id)
        quiet = _meeting("बॅचची बैठक", audience="cohorts", audience_values=[str(cohort.id)])

        sender = make_user("coordinator", name="अनिता")
        message, _ = send(Audience(AudienceKind.COHORT, str(cohort.id)),
                          {language: TEXTS[f"text_{language}"] for language in ("en", "hi", "mr")},
                          "walk-token", by=sender)
        return {"cohort": cohort.id, "meera": meera.id, "kiran": kiran.id, "sunil": sunil.id, "ravi": ravi.id,
                "match": match.id, "family": family.id, "first": first.id, "past": past.id,
                "yes": answers[sunil.id].id, "called_off": called_off.id,
                "called_off_date": called_off.occurrences[0].id, "quiet": quiet.id,
                "quiet_date": quiet.occurrences[0].id, "message": message.id,
                "month": f"{today - 10 * DAY:%Y-%m}"}


def _meeting_form(**fields) -> dict:
    data = {"title": "नवीन बैठक", "mode": "in_person", "place": "सभागृह",
            "starts_on": (date.today() + 5 * DAY).isoformat(), "starts_time": "18:30", "duration_minutes": "90",
            "timezone": "Asia/Kolkata", "recurrence": "none", "audience": "everyone", "invite_days_before": "7"}
    data.update(fields)
    return data


# GET pages of the scope, then what each action shows: (method, path, form data).
PAGES = ["/events/new", "/events/{family}/edit", "/events/{family}", "/events/{called_off}", "/events/{quiet}",
         "/events/meetings/{first}", "/events/meetings/{past}", "/events/meetings/{called_off_date}",
         "/events/meetings/{quiet_date}", "/events/meetings/{first}/sign-in",
         "/events/meetings/{first}/sign-in?q=सुनी", "/events/meetings/{first}/sign-in?q=zz",
         "/events/meetings/{quiet_date}/sign-in", "/events/reports",
         "/mentors/profile/{sunil}", "/mentors/profile/{meera}", "/mentors/suggest/{sunil}?area=पुणे",
         "/mentors/suggest/{ravi}", "/mentors/suggest/{meera}", "/messages/{message}"]
ACTIONS = [
    ("/events/new", _meeting_form(title="", starts_on="", starts_time="")),
    ("/events/new", _meeting_form(mode="hybrid", place="", link="meet", starts_on="2020-01-06",
                                  audience="cohorts")),
    ("/events/new", _meeting_form(audience="language")),
    ("/events/new", _meeting_form(audience="programme", timezone="Mars/Olympus")),
    ("/events/new", _meeting_form(duration_minutes="5", invite_days_before="90")),
    ("/events/new", _meeting_form()),
    ("/events/new", _meeting_form(invite_days_before="1")),
    ("/events/{family}/edit", _meeting_form(title="कुटुंब बैठक", recurrence="weekly", mode="hybrid",
                                            link="https://meet.example.org/family",
                                            audience="alumni_and_supporters")),
    ("/events/meetings/{first}/invite", {}),
    ("/events/meetings/{quiet_date}/cancel", {}),
    ("/events/meetings/{called_off_date}/cancel", {"confirm": "y"}),
    ("/events/{called_off}/cancel", {"confirm": "y"}),
    ("/events/invitations/{yes}/rsvp", {"rsvp": ""}),
    ("/events/invitations/{yes}/rsvp", {"rsvp": "yes"}),
    ("/events/meetings/{first}/sign-in", {"alumnus_id": "{sunil}", "present": "1"}),
    ("/events/meetings/{first}/sign-in", {"alumnus_id": "{sunil}", "present": "0"}),
    ("/mentors/profile/{sunil}", {"capacity": "2"}),
    ("/mentors/profile/{sunil}", {"capacity": "20", "languages": "mr"}),
    ("/mentors/suggest/{sunil}", {"mentor_id": "{kiran}", "area": "पुणे"}),
    ("/mentors/suggest/{ravi}", {"mentor_id": "{kiran}"}),
    ("/mentors/matches/{match}/end", {"reason": ""}),
    ("/messages/preview", {"audience": "cohort:{cohort}", **TEXTS}),
    ("/messages/preview", {"audience": "discharge_month:{month}", **TEXTS}),
    ("/messages/preview", {"audience": "programme:निवासी", **TEXTS}),
    ("/messages/preview", {"audience": "language:mr", **TEXTS}),
    ("/messages/preview", {"audience": "meeting:{first}", **TEXTS}),
]


def _english_left(app, response) -> list[str]:
    return english_left_on(app, response.text)


@pytest.mark.parametrize("language", ["mr", "hi"])
def test_every_peer_page_shows_no_english_sentence(app, login_as, peer, language):
    admin = login_as("admin", language=language, name="सुनीता")
    english_left = {}
    for page in PAGES:
        path = page.format(**peer)
        response = admin.get(path)
        assert response.status_code == 200, path
        english_left[f"GET {path}"] = _english_left(app, response)
    for page, data in ACTIONS:
        path = page.format(**peer)
        form = {name: value.format(**peer) for name, value in data.items()}
        response = admin.post(path, data=form, follow_redirects=True)
        assert response.status_code in (200, 422), path
        english_left[f"POST {path} {form}"] = _english_left(app, response)
    assert {where: left for where, left in english_left.items() if left} == {}, language


def test_meeting_pages_read_in_marathi(app, login_as, peer):
    admin = login_as("admin", language="mr")
    invitations = admin.get(f"/events/meetings/{peer['first']}").text
    assert "आमंत्रणे आणि उत्तरे" in invitations and "हो म्हणाले, पण आले नाहीत" not in invitations
    assert "हो म्हणाले, पण आले नाहीत" in admin.get(f"/events/meetings/{peer['past']}").text
    refused = admin.post("/events/new", data=_meeting_form(place="")).text
    assert "बैठक कुठे आहे ते सांगा." in refused
    flash = admin.post(f"/events/meetings/{peer['quiet_date']}/cancel", data={}, follow_redirects=True).text
    assert "रद्द केली नाही: खात्री करण्यासाठी चौकटीत खूण करा." in flash


def test_mentor_pages_read_in_hindi(app, login_as, peer):
    admin = login_as("admin", language="hi")
    suggestions = admin.get(f"/mentors/suggest/{peer['sunil']}?area=पुणे").text
    assert "मराठी बोलते हैं" in suggestions and "एक ही इलाक़ा (पुणे)" in suggestions
    refused = admin.post(f"/mentors/suggest/{peer['sunil']}", data={"mentor_id": str(peer["kiran"])},
                         follow_redirects=True).text
    assert "किरण पाटील को रिकवरी में अभी 365 दिन से कम हुए हैं।" in refused


def test_a_group_message_reads_in_marathi(app, login_as, peer):
    admin = login_as("admin", language="mr")
    preview = admin.post("/messages/preview", data={"audience": f"cohort:{peer['cohort']}", **TEXTS}).text
    assert "बॅच वसंत 2026" in preview and "<strong>2</strong> जणांना हा मेसेज जाईल." in preview
    sent = admin.get(f"/messages/{peer['message']}").text
    assert "अनिता यांनी" in sent and "त्यांच्या माध्यमासाठी संमती नाही" in sent


def test_english_readers_still_read_english(app, login_as, peer):
    admin = login_as("admin")
    assert "Invitations and RSVPs" in admin.get(f"/events/meetings/{peer['first']}").text
    assert "Suggested mentors for सुनील कदम" in admin.get(f"/mentors/suggest/{peer['sunil']}").text
    preview = admin.post("/messages/preview", data={"audience": f"cohort:{peer['cohort']}", **TEXTS}).text
    assert "Cohort वसंत 2026" in preview and "<strong>2</strong> people get this message." in preview
    refused = admin.post(f"/mentors/suggest/{peer['sunil']}", data={"mentor_id": str(peer["kiran"])},
                         follow_redirects=True).text
    assert "किरण पाटील less than 365 days in recovery." in refused


def _read_in(app, language: str, say, *args) -> str:
    with app.test_request_context(), force_locale(language):
        return say(*args)


def _in_every_language(app, say, *args) -> dict[str, str]:
    return {language: _read_in(app, language, say, *args) for language in ("en", "mr", "hi")}


def _reads_as_translated(said: dict[str, str], english: str) -> bool:
    return said["en"] == english and english not in (said["mr"], said["hi"]) and \
        not untranslated_on(said["mr"]) and not untranslated_on(said["hi"])


SAMPLE = {"most": 10, "mentee": "सुनील कदम", "mentor": "मीरा जोशी", "refusal": "has no free place"}


def test_every_problem_the_mentor_service_names_has_a_translation(app):
    from alumni.web.mentors.mentor_words import PROBLEM_WORDS, problem_words
    assert set(PROBLEM_WORDS) == set(MENTOR_PROBLEMS) - {"not_eligible"}
    for name in MENTOR_PROBLEMS:
        problem = MentorProblem(name, **{blank: SAMPLE[blank] for blank in SAMPLE
                                          if "{" + blank + "}" in MENTOR_PROBLEMS[name]})
        assert _reads_as_translated(_in_every_language(app, problem_words, problem), str(problem)), name


def _mentor(**facts) -> MentorFacts:
    values = dict(alumnus_id=2, name="मीरा जोशी", languages=("mr", "hi"), programme="निवासी", area="पुणे",
                  recovery_since=date(2020, 1, 1), capacity=2, current_mentees=1)
    values.update(facts)
    return MentorFacts(**values)


def test_every_refusal_and_reason_of_the_matching_rules_reads_in_the_readers_language(app):
    """Each of why_not_eligible's refusals (one mentor per rule broken) and every shape of
    score_mentor's reasons (one year and several, one place and several)."""
    from alumni.web.mentors.mentor_words import problem_words, reason_words
    mentee, today = MenteeFacts(1, "mr", "निवासी", "पुणे"), date(2026, 6, 1)
    too_new = _mentor(recovery_since=today - 30 * DAY)
    refused = [_mentor(alumnus_id=1), _mentor(active=False), _mentor(consent=False), _mentor(trained=False),
               _mentor(current_mentees=2), too_new]
    refusals = [why_not_eligible(mentor, mentee, today) for mentor in refused]
    assert None not in refusals and len(set(refusals)) == len(refused)
    for refusal in refusals:
        problem = MentorProblem("not_eligible", mentor="मीरा जोशी", refusal=refusal)
        assert _reads_as_translated(_in_every_language(app, problem_words, problem), str(problem)), refusal
    shapes = [_mentor(), _mentor(recovery_since=date(2025, 5, 1), capacity=1, current_mentees=0)]
    reasons = {reason for mentor in shapes for reason in score_mentor(mentor, mentee, today).reasons}
    assert {"1 year in recovery", "6 years in recovery", "1 of 1 place free", "1 of 2 places free"} <= reasons
    for reason in reasons:
        assert _reads_as_translated(_in_every_language(app, reason_words, reason), reason), reason


def test_every_problem_the_meeting_rules_give_has_a_translation(app):
    """event_problems for a draft wrong in every way, each audience that needs a choice, and
    the service's refusals to cancel."""
    from alumni.web.events.problem_words import PROBLEM_WORDS, problem_words
    now = utcnow()
    wrong = EventDraft(title=" ", starts_at=now - DAY, mode="by post", recurrence="yearly", audience="friends",
                       duration_minutes=5, invite_days_before=90)
    drafts = [wrong, EventDraft(title="x", starts_at=now + DAY, mode="hybrid", place="", link="meet")]
    drafts += [EventDraft(title="x", starts_at=now + DAY, place="y", audience=audience)
               for audience in ("cohorts", "language", "programme")]
    sentences = {text for draft in drafts for text in event_problems(draft, now).values()}
    with app.app_context():
        meeting = _meeting("बैठक")
        ahead = meeting.occurrences[0].id
        started = EventOccurrence(event_id=meeting.id, starts_at=now - DAY)
        db.session.add(started)
        db.session.commit()
        cancel_occurrence(ahead)
        for refused in (lambda: cancel_occurrence(ahead), lambda: cancel_occurrence(started.id)):
            with pytest.raises(EventInvalid) as error:
                refused()
            sentences |= set(error.value.fields.values())
    assert len(sentences) == 14 and sentences <= set(PROBLEM_WORDS)
    for sentence in sentences | set(PROBLEM_WORDS):
        assert _reads_as_translated(_in_every_language(app, problem_words, sentence), sentence), sentence


def test_every_reason_a_group_message_skips_someone_has_a_translation(app):
    from alumni.web.cohort_messages.words import SKIP_WORDS as SKIP_WORDS_TRANSLATED
    assert set(SKIP_WORDS_TRANSLATED) == set(SKIP_WORDS)
    for reason, english in SKIP_WORDS.items():
        assert _reads_as_translated(_in_every_language(app, str, SKIP_WORDS_TRANSLATED[reason]), english), reason


def test_every_kind_of_audience_is_said_in_the_readers_language(app, peer):
    """What the service calls each audience (and one whose meeting is gone), read back."""
    from alumni.web.cohort_messages.words import audience_said
    audiences = [Audience(AudienceKind.COHORT, str(peer["cohort"])), Audience(AudienceKind.COHORT, "999"),
                 Audience(AudienceKind.DISCHARGE_MONTH, peer["month"]),
                 Audience(AudienceKind.PROGRAMME, "निवासी"), Audience(AudienceKind.LANGUAGE, "hi"),
                 Audience(AudienceKind.MEETING, str(peer["first"])), Audience(AudienceKind.MEETING, "999")]
    for audience in audiences:
        with app.app_context():
            english = audience_words(audience)
        said = _in_every_language(app, audience_said, audience.kind, audience.value, english)
        assert _reads_as_translated(said, english), (audience, said)
