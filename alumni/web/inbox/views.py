from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import DataRequired

from alumni.access import ALL_STAFF, allow_blueprint
from alumni.domain.replies import describe_attachments
from alumni.extensions import db
from alumni.services.inbound import stored_attachments
from alumni.services.unknown_senders import (
    InboxError,
    crisis_cases_for,
    dismiss_message,
    link_message,
    unknown_messages_query,
)

bp = Blueprint("inbox", __name__)
allow_blueprint(bp, *ALL_STAFF)


class LinkForm(FlaskForm):
    alumnus = StringField("Alumnus (record number, phone or email)", validators=[DataRequired()])


class DismissForm(FlaskForm):
    pass


@bp.route("/unknown")
def unknown():
    page = db.paginate(unknown_messages_query(), page=request.args.get("page", 1, type=int),
                       per_page=50, error_out=False)
    return render_template("inbox/unknown.html", page=page, link_form=LinkForm(),
                           dismiss_form=DismissForm(), media_sent=media_sent,
                           crisis_cases=crisis_cases_for(page.items))


def media_sent(message) -> str:
    """'1 picture', '2 pictures and 1 voice note', or '' when the message carried none."""
    return describe_attachments(stored_attachments(message.attachments))


@bp.route("/unknown/<int:message_id>/link", methods=["POST"])
def link(message_id: int):
    form = LinkForm()
    if not form.validate_on_submit():
        flash("Enter the alumnus's record number, phone number or email.", "error")
        return redirect(url_for("inbox.unknown"))
    try:
        message = link_message(message_id, form.alumnus.data)
    except InboxError as error:
        db.session.rollback()
        flash(str(error), "error")
        return redirect(url_for("inbox.unknown"))
    flash(f"Moved to the alumnus's timeline. {message.handling.split('. ', 1)[-1]}", "success")
    return redirect(url_for("inbox.unknown"))


@bp.route("/unknown/<int:message_id>/dismiss", methods=["POST"])
def dismiss(message_id: int):
    if DismissForm().validate_on_submit():
        try:
            dismiss_message(message_id)
        except InboxError as error:
            db.session.rollback()
            flash(str(error), "error")
        else:
            flash("Message dismissed.", "success")
    return redirect(url_for("inbox.unknown"))
