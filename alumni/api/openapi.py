"""The OpenAPI 3.1 document, assembled from what each API module contributes.

    add_path("/api/v1/followups", {"get": {...}})     # a path item
    add_schema("FollowUp", {...})                      # components/schemas/FollowUp

Refer to shared pieces with ref("Error") and use error_responses(401, 403, ...)."""
from __future__ import annotations

import copy

from flask import jsonify

from alumni.access import public
from alumni.api import bp

_PATHS: dict[str, dict] = {}
_SCHEMAS: dict[str, dict] = {
    "Error": {
        "type": "object",
        "required": ["error"],
        "properties": {"error": {
            "type": "object",
            "required": ["code", "message"],
            "properties": {
                "code": {"type": "string"},
                "message": {"type": "string"},
                "fields": {"type": "object", "additionalProperties": {"type": "string"},
                           "description": "Per-field errors in plain words."},
            },
        }},
    },
}

ERROR_DESCRIPTIONS = {
    400: "The request body is not a JSON object.",
    401: "No valid bearer token.",
    403: "The token's user has a role that may not do this.",
    404: "No such record.",
    405: "Method not allowed.",
    409: "Conflicts with a record that exists (e.g. the phone number belongs to another alumnus).",
    413: "The request is too large.",
    415: "Send Content-Type: application/json.",
    422: "Some fields are not valid; see error.fields.",
}


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def json_content(schema: dict) -> dict:
    return {"application/json": {"schema": schema}}


def error_responses(*statuses: int) -> dict:
    return {str(s): {"description": ERROR_DESCRIPTIONS.get(s, "Error."), "content": json_content(ref("Error"))}
            for s in statuses}


def add_path(path: str, item: dict) -> None:
    """Merge operations into a path item (two modules may add methods to one path)."""
    _PATHS.setdefault(path, {}).update(item)


def add_schema(name: str, schema: dict) -> None:
    _SCHEMAS[name] = schema


def build_document() -> dict:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Alumni follow-up API", "version": "1.0.0",
                 "description": "Enrol alumni and read their records and outcomes. Authenticate with "
                                "`Authorization: Bearer <token>` (`flask tokens create`). Errors are "
                                "always `{\"error\": {\"code\", \"message\", \"fields\"}}`."},
        "paths": copy.deepcopy(_PATHS),
        "components": {
            "schemas": copy.deepcopy(_SCHEMAS),
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
        "security": [{"bearer": []}],
    }


@bp.route("/openapi.json")
@public
def openapi_document():
    return jsonify(build_document())
