"""Admin > API tokens: every token, its state, and revoking one. Its pages join the admin
blueprint (admins only) through add_token_pages, called where the blueprint is built."""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from alumni.accounts.tokens import all_tokens, revoke_token, token_state
from alumni.core.audit import audit
from alumni.extensions import db
from alumni.web.staff_forms import StaffForm

# token_state's words, as the list shows them.
TOKEN_STATE_WORDS = {"active": _l("active"), "revoked": _l("revoked"), "expired": _l("expired")}


class RevokeTokenForm(StaffForm):
    pass


def tokens():
    listed = [(token, token_state(token)) for token in all_tokens()]
    return render_template("admin/tokens.html", tokens=listed, revoke_form=RevokeTokenForm(),
                           token_state_words=TOKEN_STATE_WORDS)


def revoke(token_id: int):
    if RevokeTokenForm().validate_on_submit():
        try:
            token = revoke_token(token_id)
        except LookupError:
            abort(404)
        audit("token.revoked", detail={"token_id": token.id, "user": token.user.email, "name": token.name})
        db.session.commit()
        flash(_("Token “%(name)s” of %(email)s is revoked; it no longer works.", name=token.name,
                email=token.user.email), "success")
    return redirect(url_for("admin.tokens"))


def add_token_pages(bp: Blueprint) -> None:
    bp.add_url_rule("/tokens", "tokens", tokens)
    bp.add_url_rule("/tokens/<int:token_id>/revoke", "revoke_token", revoke, methods=["POST"])
