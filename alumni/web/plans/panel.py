"""The check-ins panel on the profile: what is coming, what happened, and "check in now"."""
from __future__ import annotations

from flask import flash, redirect, url_for
from flask_babel import gettext as _
from flask_login import current_user

from alumni.access import MANAGERS, allow
from alumni.core.timeline import CHECKIN_STATUS
from alumni.delivery.checkin_now import CheckInRefused, check_in_now
from alumni.extensions import db
from alumni.models import Alumnus, CheckIn, CheckInStatus, utcnow
from alumni.web.plans import bp


def checkins_panel(alumnus: Alumnus) -> dict | None:
    now = utcnow()
    upcoming = db.session.scalars(db.select(CheckIn).where(
        CheckIn.alumnus_id == alumnus.id, CheckIn.status == CheckInStatus.SCHEDULED)
        .order_by(CheckIn.due_at).limit(5)).all()
    recent = db.session.scalars(db.select(CheckIn).where(
        CheckIn.alumnus_id == alumnus.id, CheckIn.status != CheckInStatus.SCHEDULED)
        .order_by(CheckIn.due_at.desc()).limit(8)).all()
    return {"upcoming": upcoming, "recent": recent,
            "can_send": current_user.role in {str(r) for r in MANAGERS}, "now": now}


@bp.route("/alumni/<int:alumnus_id>/check-in", methods=["POST"])
@allow(*MANAGERS)
def check_in(alumnus_id: int):
    alumnus = db.get_or_404(Alumnus, alumnus_id)
    try:
        checkin = check_in_now(alumnus, actor=current_user.email)
    except CheckInRefused as refused:
        flash(_("Not sent: %(why)s", why=refused.message), "error")
    else:
        flash(_("Check-in %(status)s for %(name)s.", status=CHECKIN_STATUS.get(checkin.status, checkin.status),
                name=alumnus.full_name), "success")
    return redirect(url_for("alumni.profile", alumnus_id=alumnus.id))
