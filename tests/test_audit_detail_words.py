"""Every detail an audit event carries has a label in words, in the staff member's language:
the audit log shows "मार्गदर्शक: 12", not "Mentor id: 12". The keys are found where the code
writes them (a dict literal or dict(...) given as `detail=` to audit, or audit_shown's
keywords), so a new key without its words fails here."""
from __future__ import annotations

import ast

import pytest
from flask_babel import force_locale

from alumni.web.display_words import FIELD_LABELS, field_label
from tests.conftest import ROOT

AUDIT_CALLS = {"audit", "audit_shown", "audit_read"}
# Said the same in every language the staff screens speak.
SAID_ALIKE = {"sms", "token_id"}


def detail_keys_written() -> set[str]:
    keys: set[str] = set()
    for path in (ROOT / "alumni").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in AUDIT_CALLS:
                continue
            for keyword in node.keywords:
                value = keyword.value
                if keyword.arg == "detail" and isinstance(value, ast.Dict):
                    keys |= {k.value for k in value.keys if isinstance(k, ast.Constant)}
                elif keyword.arg == "detail" and isinstance(value, ast.Call) and \
                        getattr(value.func, "id", "") == "dict":
                    keys |= {k.arg for k in value.keywords if k.arg}
                elif name == "audit_shown" and keyword.arg:
                    keys.add(keyword.arg)
    return keys


def test_the_scan_finds_the_keys_the_services_write():
    assert {"mentee_id", "rsvp", "capacity", "followup_id"} <= detail_keys_written()


def test_every_detail_key_written_has_its_words():
    assert sorted(detail_keys_written() - set(FIELD_LABELS)) == []


@pytest.mark.parametrize("language", ["mr", "hi"])
def test_every_detail_label_reads_in_the_readers_language(app, language):
    with app.test_request_context():
        english = {key: field_label(key) for key in FIELD_LABELS}
        with force_locale(language):
            said = {key: field_label(key) for key in FIELD_LABELS}
    assert [key for key in FIELD_LABELS if said[key] == english[key] and key not in SAID_ALIKE] == []
    assert english["mentee_id"] == "Mentee" and english["rsvp"] == "Answer"
