"""GET /outbox: the messages the console transport recorded instead of sending, newest
first, so a developer or a trainer sees exactly what an alumnus would have received.

Outside production each message to an alumnus carries a "Reply as this alumnus" box:
POST /outbox/reply/<id> sends a text through the real inbound pipeline as them, so the
whole loop (check-in, reply, case, queue) can be tried without a phone. In production
that route does not exist for anyone (404) and the page shows no box."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from alumni.access import MANAGERS, allow_blueprint
from alumni.core.audit import audit
from alumni.core.handling_words import handling_words
from alumni.core.sentences_read_back import read_back
from alumni.delivery.transports.console import recorded_messages
from alumni.domain.vocabulary import Channel
from alumni.extensions import db
from alumni.models import Alumnus, Message
from alumni.redis_conn import get_redis
from alumni.replies import reply_as_alumnus as refusals
from alumni.replies.reply_as_alumnus import ReplyRefused, replies_allowed, reply_as_alumnus
from alumni.web.display_words import channel_words

bp = Blueprint("outbox", __name__)
allow_blueprint(bp, *MANAGERS)

# Each refusal of reply_as_alumnus (its REFUSALS, in English) as a msgid.
REFUSAL_WORDS = {
    refusals.NOT_IN_PRODUCTION: _l("Replying as an alumnus is not available in production."),
    refusals.NO_EMAIL_ADDRESS: _l("%(name)s has no email address."),
    refusals.NO_PHONE: _l("%(name)s has no phone."),
    refusals.NOTHING_WRITTEN: _l("Write the text the alumnus sends."),
    refusals.TOO_LONG: _l("Keep it under %(limit)s characters, as a text would be."),
    refusals.UNKNOWN_CHANNEL: _l("Channel must be one of %(channels)s."),
}


def refusal_words(refusal: ReplyRefused) -> str:
    channels = {"channels": lambda codes: ", ".join(channel_words(code) for code in codes.split(", "))}
    return read_back(str(refusal), REFUSAL_WORDS, channels)


def _alumni_by_address(messages: list[dict]) -> dict[str, Alumnus]:
    """The alumnus each shown message went to (staff alerts go to staff: no box for those)."""
    phones = {m["to"] for m in messages if m["channel"] != Channel.EMAIL}
    emails = {m["to"].lower() for m in messages if m["channel"] == Channel.EMAIL}
    if not phones and not emails:
        return {}
    found = db.session.scalars(db.select(Alumnus).where(
        db.or_(Alumnus.phone.in_(phones), db.func.lower(Alumnus.email).in_(emails)))).all()
    by_address = {}
    for alumnus in sorted(found, key=lambda a: a.id):   # the newest record wins, as inbound matching does
        by_address[alumnus.phone] = alumnus
        if alumnus.email:
            by_address[alumnus.email.lower()] = alumnus
    return by_address


@bp.get("/outbox")
def index():
    messages = recorded_messages(get_redis(), limit=200)
    recipients = _alumni_by_address(messages) if replies_allowed() else {}
    audit("outbox.viewed", detail={"shown": len(messages)})
    db.session.commit()
    return render_template("outbox/index.html", messages=messages, recipients=recipients,
                           replies_allowed=replies_allowed(),
                           transport=current_app.config["OUTBOUND_TRANSPORT"])


@bp.post("/outbox/reply/<int:alumnus_id>")
def reply(alumnus_id: int):
    if not replies_allowed():
        abort(404)
    alumnus = db.session.get(Alumnus, alumnus_id)
    if alumnus is None:
        abort(404)
    name = alumnus.full_name
    try:
        result = reply_as_alumnus(alumnus, request.form.get("channel", ""), request.form.get("body", ""))
    except ReplyRefused as refusal:
        flash(refusal_words(refusal), "error")
        return redirect(url_for("outbox.index"))
    audit("outbox.replied_as_alumnus", alumnus_id=alumnus_id, detail={"message_id": result.message_id})
    handling = db.session.scalar(db.select(Message.handling).where(Message.id == result.message_id))
    db.session.commit()
    flash(_("Sent as %(name)s. %(handling)s", name=name, handling=handling_words(handling)).strip(), "success")
    return redirect(url_for("outbox.index"))
