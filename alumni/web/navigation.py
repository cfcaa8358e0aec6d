"""The main menu, built from what the user's role may open."""
from flask import Flask, current_app, request, url_for
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from alumni.access import PUBLIC, roles_for_endpoint

# (endpoint, label) in menu order. An entry shows only once its blueprint is registered
# and only to roles allowed to open it.
MENU = [
    ("workspace.queue", _l("Needs follow-up")),
    ("reports.dashboard", _l("Dashboard")),
    ("alumni.index", _l("Alumni")),
    ("inbox.unknown", _l("Unknown senders")),
    ("plans.index", _l("Plans")),
    ("events.index", _l("Meetings")),
    ("cohort_messages.index", _l("Group messages")),
    ("mentors.index", _l("Mentors")),
    ("outbox.index", _l("Outbox")),
    ("admin.users", _l("Users")),
    ("admin.audit_log", _l("Audit log")),
    ("admin.tokens", _l("API tokens")),
]


def nav_items() -> list[dict]:
    items = []
    for endpoint, label in MENU:
        if endpoint not in current_app.view_functions:
            continue
        roles = roles_for_endpoint(current_app, endpoint)
        if PUBLIC in roles or current_user.role in roles:
            items.append({"url": url_for(endpoint), "label": label,
                          "active": _is_current_section(endpoint)})
    return items


def _is_current_section(endpoint: str) -> bool:
    """The entry for this page, or for the section it belongs to (an alumnus's profile
    lights up "Alumni"); a blueprint with several entries lights only the exact one."""
    if request.endpoint == endpoint:
        return True
    blueprint = endpoint.rpartition(".")[0]
    siblings = [e for e, _ in MENU if e.rpartition(".")[0] == blueprint]
    return bool(blueprint) and request.blueprint == blueprint and len(siblings) == 1


def init_navigation(app: Flask) -> None:
    app.context_processor(lambda: {"nav_items": nav_items})
    app.add_template_filter(lambda args: {k: v for k, v in args.items() if k != "page"}, "reject_page")
