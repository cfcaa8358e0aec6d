"""A test client that fills in the CSRF token of form posts, as a browser showing the
form would. API and webhook requests are sent as they are."""
from __future__ import annotations

import re

from flask.testing import FlaskClient

TOKEN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


class FormClient(FlaskClient):
    csrf_token: str | None = None

    def fresh_csrf_token(self) -> str:
        for page in ("/login", "/account/password"):
            response = super().open(page, method="GET")
            match = TOKEN.search(response.get_data(as_text=True))
            if match:
                return match.group(1)
        raise AssertionError("no page offered a CSRF token")

    def open(self, *args, **kwargs):
        method = kwargs.get("method", "GET").upper()
        path = args[0] if args and isinstance(args[0], str) else kwargs.get("path", "")
        data = kwargs.get("data")
        if (method in ("POST", "PUT", "PATCH", "DELETE") and kwargs.pop("with_csrf", True)
                and not path.startswith(("/api/", "/webhooks/"))
                and "json" not in kwargs and (data is None or isinstance(data, dict))):
            data = dict(data or {})
            if "csrf_token" not in data:
                data["csrf_token"] = self.fresh_csrf_token()
            kwargs["data"] = data
        return super().open(*args, **kwargs)
