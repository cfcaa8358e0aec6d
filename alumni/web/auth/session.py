"""How a request is tied to a user: a server-side session (pages), or an API bearer
token (/api/ only: a cookie is never accepted there, so the API's CSRF exemption opens
nothing to a cross-site page)."""
from __future__ import annotations

from flask import Flask, g, request, session

from alumni.accounts.staff_sessions import live_session
from alumni.accounts.tokens import token_for_request
from alumni.extensions import login_manager
from alumni.models.user import User

SESSION_KEY = "sid"


def is_api_request() -> bool:
    return request.path.startswith("/api/")


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    if is_api_request():
        return None
    row = live_session(session.get(SESSION_KEY, ""))
    if row is None or str(row.user_id) != user_id.partition(":")[0]:
        return None
    return row.user


@login_manager.request_loader
def load_user_from_token(req) -> User | None:
    header = req.headers.get("Authorization", "")
    if not req.path.startswith("/api/") or not header.startswith("Bearer "):
        return None
    token = token_for_request(header[7:].strip())
    if token is None:
        return None
    g.api_token = token
    return token.user


def init_login(app: Flask) -> None:
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Please sign in to continue."
    login_manager.session_protection = "basic"
