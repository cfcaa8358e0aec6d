"""JSON request bodies that are too deep are refused like any malformed body.

Installed as the app's JSON provider, so every `request.get_json()` (the API, the template
preview) gets it: a body nested beyond JSON_MAX_DEPTH, or deep enough to exhaust the
parser's recursion, reads as invalid JSON (None with silent=True, otherwise a 400)."""
from __future__ import annotations

from flask.json.provider import DefaultJSONProvider

from alumni.domain.json_depth import JSON_MAX_DEPTH, nesting_depth_exceeds


class BoundedJSONProvider(DefaultJSONProvider):
    def loads(self, s, **kwargs):
        try:
            value = super().loads(s, **kwargs)
        except RecursionError:
            raise ValueError(f"JSON nested more than {JSON_MAX_DEPTH} levels deep") from None
        if nesting_depth_exceeds(value):
            raise ValueError(f"JSON nested more than {JSON_MAX_DEPTH} levels deep")
        return value
