"""Each role lands where its work is: the home page leads with "Needs follow-up" and its
counts, crisis first; admins also get their own pages."""
from __future__ import annotations

from alumni.core.cases import open_case
from alumni.extensions import db
from alumni.models import FollowUpReason
from tests.support.factories import make_alumnus


def _cases(app, *reasons):
    with app.app_context():
        for number, reason in enumerate(reasons):
            alumnus = make_alumnus(first_name=f"Person{number}", phone=f"+9198123400{number:02d}")
            open_case(alumnus.id, reason)
        db.session.commit()


def test_staff_land_on_the_follow_up_counts_with_the_crisis_first(app, login_as):
    _cases(app, FollowUpReason.LOW_SCORE, FollowUpReason.CRISIS, FollowUpReason.CALLBACK)
    home = login_as("staff").get("/").text
    assert "Pick a place to start" not in home
    assert "1 open crisis case" in home and 'href="/workspace/?reason=crisis"' in home
    assert "Open the queue: 3 open cases" in home and "3 not claimed by anyone" in home
    assert home.index("Crisis words in a reply: 1") < home.index("Low wellbeing score: 1")
    assert "Your admin pages" not in home


def test_a_coordinator_with_nothing_waiting_is_told_so(app, login_as):
    home = login_as("coordinator").get("/").text
    assert "Nobody needs follow-up right now" in home and "Open the queue" not in home


def test_admins_land_on_the_same_counts_and_then_their_own_pages(app, login_as):
    _cases(app, FollowUpReason.CRISIS)
    home = login_as("admin").get("/").text
    assert "1 open crisis case" in home
    assert home.index("Needs follow-up</a></h2>") < home.index("Your admin pages")
    for page in ("/admin/on-call", "/admin/users", "/admin/audit"):
        assert f'href="{page}"' in home
