"""Thin views over alumni.peer.cohort_messages: write, preview, confirm, see."""
from __future__ import annotations

import secrets

from flask import abort, redirect, render_template, request, url_for
from flask_login import current_user

from alumni.access import MANAGERS, allow
from alumni.core.reader_language import ALUMNUS_LANGUAGE_WORDS
from alumni.extensions import db
from alumni.models import CohortMessage
from alumni.peer.cohort_messages import (
    CohortMessageInvalid,
    audience_choices,
    audience_words,
    delivery_counts,
    preview_message,
    send,
    skip_counts,
)
from alumni.web.cohort_messages import bp
from alumni.web.cohort_messages.forms import CohortMessageForm
from alumni.web.cohort_messages.words import SKIP_WORDS, audience_said, text_problem_words

WORDS = {"languages": ALUMNUS_LANGUAGE_WORDS, "skip_words": SKIP_WORDS}


def _form() -> CohortMessageForm:
    form = CohortMessageForm()
    form.set_audiences(audience_choices())
    return form


@bp.route("/")
@allow(*MANAGERS)
def index():
    messages = db.session.scalars(db.select(CohortMessage).order_by(CohortMessage.id.desc()).limit(50)).all()
    return render_template("cohort_messages/index.html", messages=messages, audience_said=audience_said)


@bp.route("/new", methods=["GET", "POST"])
@allow(*MANAGERS)
def new():
    """GET: an empty form; POST: the form again with what was written ("Change the message")."""
    form = _form()
    if request.method == "POST":
        form.validate()
    return render_template("cohort_messages/new.html", form=form)


@bp.route("/preview", methods=["POST"])
@allow(*MANAGERS)
def preview():
    form = _form()
    if not form.validate():
        return render_template("cohort_messages/new.html", form=form), 422
    try:
        result = preview_message(form.chosen(), form.texts())
    except CohortMessageInvalid as invalid:
        form.text_en.errors = [*form.text_en.errors, *map(text_problem_words, invalid.problems.values())]
        return render_template("cohort_messages/new.html", form=form), 422
    form.token.data = form.token.data or secrets.token_urlsafe(24)
    chosen = form.chosen()
    return render_template("cohort_messages/preview.html", form=form, result=result,
                           audience=audience_said(chosen.kind, chosen.value, audience_words(chosen)),
                           texts=form.texts(), **WORDS)


@bp.route("/send", methods=["POST"], endpoint="send")
@allow(*MANAGERS)
def send_message():
    form = _form()
    if not form.validate() or not form.token.data:
        return render_template("cohort_messages/new.html", form=form), 422
    try:
        message, _ = send(form.chosen(), form.texts(), form.token.data, by=current_user)
    except CohortMessageInvalid as invalid:
        form.text_en.errors = list(map(text_problem_words, invalid.problems.values()))
        return render_template("cohort_messages/new.html", form=form), 422
    return redirect(url_for("cohort_messages.show", message_id=message.id), code=303)



@bp.route("/<int:message_id>")
@allow(*MANAGERS)
def show(message_id: int):
    message = db.session.get(CohortMessage, message_id) or abort(404)
    return render_template("cohort_messages/show.html", message=message, statuses=delivery_counts(message),
                           skips=skip_counts(message), **WORDS,
                           audience=audience_said(message.audience_kind, message.audience_value,
                                                  message.audience_words))
