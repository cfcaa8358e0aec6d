"""The home page: where each role's work is, with the counts that say how much waits.

Staff and coordinators work the follow-up queue, so they land on its counts (crisis
first) with a way straight into it. Admins land on the same counts and then on their own
pages: at a small centre the admin is the fallback for crisis alerts (with nobody on
call, a crisis alerts every admin), so what is waiting for a human comes before users,
the rota and the audit log."""
from flask import Blueprint, render_template
from flask_login import current_user

from alumni.access import ALL_STAFF, allow
from alumni.models import Role
from alumni.workspace.followups import reason_words
from alumni.workspace.queue import count_mine
from alumni.workspace.queue_counts import queue_counts

bp = Blueprint("main", __name__)


@bp.route("/")
@allow(*ALL_STAFF)
def home():
    return render_template("main/home.html", mine=count_mine(current_user), counts=queue_counts(),
                           reason_words=reason_words, is_admin=current_user.role == Role.ADMIN)
