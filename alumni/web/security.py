"""HTTP hardening: proxy awareness, security headers, cookies Secure over https."""
from flask import Flask, abort, current_app, request
from flask.sessions import SecureCookieSessionInterface
from werkzeug.middleware.proxy_fix import ProxyFix

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)


# Webhooks answer providers, which send no cookie and keep none: no session is read or
# written for them (a null session: reading it finds nothing, writing to it fails loudly).
SESSIONLESS_PREFIXES = ("/webhooks/",)


class HttpsAwareSessionInterface(SecureCookieSessionInterface):
    """Mark the session cookie Secure whenever the request came over https (directly or,
    with TRUSTED_PROXIES, through a proxy), and always in production."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return bool(app.config["SESSION_COOKIE_SECURE"] or request.is_secure)

    def open_session(self, app: Flask, request):
        if request.path.startswith(SESSIONLESS_PREFIXES):
            return None   # Flask puts a null session in its place and never saves it
        return super().open_session(app, request)


def add_security_headers(response):
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "same-origin"
    if request.endpoint != "static":
        # Pages carry health data: no copies in shared or browser caches.
        response.headers.setdefault("Cache-Control", "no-store")
    if request.is_secure:
        response.headers["Strict-Transport-Security"] = "max-age=31536000"
    return response


def refuse_oversized_body():
    """Refuse a declared body over MAX_CONTENT_LENGTH before anything reads it, so every
    route (pages, API, webhooks) answers 413 the same way, not only those that parse forms."""
    limit = current_app.config.get("MAX_CONTENT_LENGTH")
    if limit and request.content_length is not None and request.content_length > limit:
        abort(413)


def init_security(app: Flask) -> None:
    hops = app.config["TRUSTED_PROXIES"]
    if hops:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops,
                                x_port=hops, x_prefix=hops)
    app.session_interface = HttpsAwareSessionInterface()
    app.before_request(refuse_oversized_body)
    app.after_request(add_security_headers)
