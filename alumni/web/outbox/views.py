"""GET /outbox: the messages the console transport recorded instead of sending, newest
first, so a developer or a trainer sees exactly what an alumnus would have received."""
from __future__ import annotations

from flask import Blueprint, current_app, render_template

from alumni.access import MANAGERS, allow_blueprint
from alumni.extensions import db
from alumni.outreach.transports.console import recorded_messages
from alumni.redis_conn import get_redis
from alumni.services.audit import audit

bp = Blueprint("outbox", __name__)
allow_blueprint(bp, *MANAGERS)


@bp.get("/outbox")
def index():
    messages = recorded_messages(get_redis(), limit=200)
    audit("outbox.viewed", detail={"shown": len(messages)})
    db.session.commit()
    return render_template("outbox/index.html", messages=messages,
                           transport=current_app.config["OUTBOUND_TRANSPORT"])
