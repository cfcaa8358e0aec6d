"""The mentors pages: make a mentor, see suggestions with reasons, confirm, end."""
from datetime import date, timedelta

from alumni.extensions import db
from alumni.models import MentorMatch, MentorProfile
from tests.support.factories import make_alumnus


def test_coordinator_makes_a_mentor_and_matches_a_new_graduate(app, login_as):
    coordinator = login_as("coordinator")
    with app.app_context():
        guide = make_alumnus(first_name="Meera", language="mr", programme="Residential",
                             sobriety_date=date.today() - timedelta(days=800))
        graduate = make_alumnus(first_name="Sunil", language="mr", programme="Residential")
        guide_id, graduate_id = guide.id, graduate.id
    response = coordinator.post(f"/mentors/profile/{guide_id}", data={
        "consent": "y", "trained_on": "2025-01-10", "capacity": "2", "languages": ["mr", "en"],
        "area": "Nashik", "active": "y"})
    assert response.status_code == 302
    listing = coordinator.get("/mentors/").get_data(as_text=True)
    assert "Sunil" in listing and "Meera" in listing
    page = coordinator.get(f"/mentors/suggest/{graduate_id}?area=Nashik").get_data(as_text=True)
    assert "Speaks Marathi" in page and "Same area (Nashik)" in page and "Same programme (Residential)" in page
    response = coordinator.post(f"/mentors/suggest/{graduate_id}",
                                data={"mentor_id": str(guide_id), "area": "Nashik"}, follow_redirects=True)
    assert "is now Sunil" in response.get_data(as_text=True)
    with app.app_context():
        match = db.session.scalar(db.select(MentorMatch))
        assert (match.mentor_id, match.mentee_id) == (guide_id, graduate_id)
        match_id = match.id
    coordinator.post(f"/mentors/matches/{match_id}/end", data={"reason": "Mentee moved to Delhi"})
    with app.app_context():
        match = db.session.get(MentorMatch, match_id)
        assert match.ended_at is not None and match.end_reason == "Mentee moved to Delhi"


def test_a_profile_without_a_language_is_refused(app, login_as):
    coordinator = login_as("coordinator")
    with app.app_context():
        person_id = make_alumnus().id
    response = coordinator.post(f"/mentors/profile/{person_id}", data={"capacity": "2"})
    assert "at least one language" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(db.select(MentorProfile)) is None


def test_staff_cannot_match_mentors(app, login_as):
    assert login_as("staff").get("/mentors/").status_code == 403
