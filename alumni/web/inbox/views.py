from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms import StringField
from wtforms.validators import DataRequired

from alumni.access import ALL_STAFF, allow_blueprint
from alumni.core.audit import audit_shown
from alumni.core.centre_day import centre_today
from alumni.core.handling_words import LINKED, attachment_counts_said, handling_words
from alumni.domain.masked_phone import masked_phone
from alumni.domain.replies import count_attachments
from alumni.extensions import db
from alumni.replies.attachment_types import stored_attachments
from alumni.replies.unknown_senders import (
    InboxError,
    alumni_matching,
    crisis_cases_for,
    dismiss_message,
    link_message,
    unknown_messages_query,
)
from alumni.web.inbox.refusal_words import inbox_refusal_words
from alumni.web.staff_forms import StaffForm

bp = Blueprint("inbox", __name__)
allow_blueprint(bp, *ALL_STAFF)


class LinkForm(StaffForm):
    alumnus = StringField(_l("Alumnus (record number, phone or email)"), validators=[DataRequired()])


class DismissForm(StaffForm):
    pass


@bp.route("/unknown")
def unknown():
    page = db.paginate(unknown_messages_query(), page=request.args.get("page", 1, type=int),
                       per_page=50, error_out=False)
    search = _link_search(page.items)
    return render_template("inbox/unknown.html", page=page, link_form=LinkForm(),
                           dismiss_form=DismissForm(), media_sent=media_sent, masked_phone=masked_phone,
                           crisis_cases=crisis_cases_for(page.items), search=search)


def _link_search(messages) -> dict | None:
    """Staff looking for who sent one message: the matches to pick from, shown (and so
    audited as read) beside that message only."""
    message_id = request.args.get("find", type=int)
    if message_id is None or message_id not in {m.id for m in messages}:
        return None
    text = (request.args.get("q") or "").strip()[:200]
    matches = alumni_matching(text, centre_today())
    audit_shown((a.id for a in matches), "unknown-senders link search", message_id=message_id)
    return {"message_id": message_id, "q": text, "matches": matches}


def media_sent(message) -> str:
    """'1 picture', '2 pictures and 1 voice note', or '' when the message carried none: what
    describe_attachments says, in the reader's language."""
    return attachment_counts_said(count_attachments(stored_attachments(message.attachments)))


@bp.route("/unknown/<int:message_id>/link", methods=["POST"])
def link(message_id: int):
    form = LinkForm()
    if not form.validate_on_submit():
        flash(_("Enter the alumnus's record number, phone number or email."), "error")
        return redirect(url_for("inbox.unknown"))
    try:
        message = link_message(message_id, form.alumnus.data)
    except InboxError as error:
        db.session.rollback()
        flash(inbox_refusal_words(error), "error")
        return redirect(url_for("inbox.unknown"))
    flash(_("Moved to the alumnus's timeline. %(handling)s",
            handling=handling_words(message.handling.removeprefix(LINKED))), "success")
    return redirect(url_for("inbox.unknown"))


@bp.route("/unknown/<int:message_id>/dismiss", methods=["POST"])
def dismiss(message_id: int):
    if DismissForm().validate_on_submit():
        try:
            dismiss_message(message_id)
        except InboxError as error:
            db.session.rollback()
            flash(inbox_refusal_words(error), "error")
        else:
            flash(_("Message dismissed."), "success")
    return redirect(url_for("inbox.unknown"))
