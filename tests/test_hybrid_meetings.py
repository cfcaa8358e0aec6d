"""A meeting in person and online at once: a coordinator gives both a place and a link, the
meeting page shows both, and every invitation names both, in English, Hindi and Marathi."""
from datetime import timedelta

import pytest

from alumni.domain.event_rules import EventDraft, event_problems
from alumni.extensions import db
from alumni.models import CheckIn, Event, Invitation, utcnow
from alumni.peer.events import create_event, invite_occurrence
from alumni.peer.peer_messages import ensure_peer_templates
from alumni.plans.render import render_checkin
from tests.support.factories import make_alumnus
from tests.test_events_web import _create

HALL, LINK = "Community hall", "https://meet.example.org/circle"


def test_a_hybrid_meeting_needs_both_a_place_and_a_link():
    now = utcnow()
    draft = EventDraft(title="Sunday circle", starts_at=now + timedelta(days=3), mode="hybrid")
    assert set(event_problems(draft, now)) == {"place", "link"}
    draft.place = HALL
    assert set(event_problems(draft, now)) == {"link"}
    draft.link = LINK
    assert event_problems(draft, now) == {}


def test_the_form_offers_both_and_shows_each_field_group_for_it(app, login_as):
    page = login_as("coordinator").get("/events/new").get_data(as_text=True)
    assert '<option value="hybrid">Both: in person and online</option>' in page
    assert 'data-show-for="in_person hybrid"' in page and 'data-show-for="online hybrid"' in page


def test_a_coordinator_creates_a_hybrid_meeting_and_its_page_shows_both(app, login_as):
    coordinator = login_as("coordinator")
    refused = _create(coordinator, mode="hybrid", place=HALL, link="")
    assert "Give the meeting link" in refused.get_data(as_text=True)
    assert _create(coordinator, mode="hybrid", place=HALL, link=LINK).status_code == 302
    with app.app_context():
        event = db.session.scalar(db.select(Event))
        assert (event.mode, event.place, event.link) == ("hybrid", HALL, LINK)
        event_id = event.id
    page = coordinator.get(f"/events/{event_id}").get_data(as_text=True)
    assert f"<dd>{HALL}, or online: {LINK}</dd>" in page


@pytest.mark.parametrize("language, words", [
    ("en", f"at {HALL}, or online at {LINK}"),
    ("hi", f"{HALL} पर या ऑनलाइन {LINK} पर"),
    ("mr", f"{HALL} येथे किंवा ऑनलाइन {LINK} येथे"),
])
def test_the_invitation_names_the_place_and_the_link_in_their_language(db_session, language, words):
    ensure_peer_templates()
    make_alumnus(first_name="Asha", language=language)
    event = create_event(EventDraft(title="Sunday circle", starts_at=utcnow() + timedelta(days=3), mode="hybrid",
                                    place=HALL, link=LINK), by_id=None)
    assert invite_occurrence(event.occurrences[0].id) == 1
    invitation = db.session.scalar(db.select(Invitation))
    body = render_checkin(db.session.get(CheckIn, invitation.checkin_id)).body
    assert words in body


def test_an_in_person_or_online_invitation_names_only_its_own_kind(db_session):
    ensure_peer_templates()
    make_alumnus(first_name="Asha", language="en")
    start = utcnow() + timedelta(days=3)
    online = create_event(EventDraft(title="Online", starts_at=start, mode="online", link=LINK), by_id=None)
    invite_occurrence(online.occurrences[0].id)
    bodies = [render_checkin(db.session.get(CheckIn, i.checkin_id)).body
              for i in db.session.scalars(db.select(Invitation))]
    assert all(f"at {LINK}." in body and "or online" not in body for body in bodies)
