"""Every registered route, walked as anonymous and as each role.

EXPECTED is the access table a reviewer reads: a new route must be added here, or this
test fails. Expected answers: anonymous -> 302 to the sign-in page (401 JSON under /api/);
a role not listed -> 403; a listed role -> the page itself (200), or 404/405/400 where the
route needs a record or a form that the walk does not provide -- never 401/403/5xx."""
import pytest

from alumni.access import PUBLIC

A, C, S = "admin", "coordinator", "staff"
ALL = {A, C, S}
MANAGERS = {A, C}

EXPECTED: dict[str, set[str]] = {
    "static": {PUBLIC},
    "health.healthz": {PUBLIC},
    "auth.login": {PUBLIC},
    "auth.logout": ALL,
    "auth.password": ALL,
    "auth.account": ALL,
    "main.home": ALL,
    "admin.audit_log": {A},
    "admin.users": {A},
    "admin.toggle_user": {A},
    "admin.edit_user": {A},
    "admin.user_language": {A},
    "admin.new_password": {A},
    "admin.tokens": {A},
    "admin.revoke_token": {A},
    "admin.on_call_rota": {A},
    "admin.remove_on_call_shift": {A},
    # peer support: managers run meetings and match mentors; all staff see
    # meetings, invitations, the reports, and use the sign-in sheet at the door
    "events.index": ALL,
    "events.create": MANAGERS,
    "events.edit": MANAGERS,
    "events.show": ALL,
    "events.occurrence": ALL,
    "events.invite": MANAGERS,
    "events.set_rsvp": MANAGERS,
    "events.cancel_meeting": MANAGERS,
    "events.cancel_event": MANAGERS,
    "events.sign_in": ALL,
    "events.reports": ALL,
    # a message to a group (cohort, month, programme, language, meeting): managers
    "cohort_messages.index": MANAGERS,
    "cohort_messages.new": MANAGERS,
    "cohort_messages.preview": MANAGERS,
    "cohort_messages.send": MANAGERS,
    "cohort_messages.show": MANAGERS,
    "mentors.index": MANAGERS,
    "mentors.profile": MANAGERS,
    "mentors.suggest": MANAGERS,
    "mentors.end": MANAGERS,
    # staff workspace: every staff role works the queue; managers reassign;
    # the dashboard is for all staff, CSV exports of its figures for managers
    # sobriety milestones: all staff see the week's; managers record the opt-in and
    # decide the sobriety date after a relapse
    "recovery.milestones_week": ALL,
    "recovery.milestone_texts": MANAGERS,
    "recovery.sobriety_date": MANAGERS,
    "workspace.queue": ALL,
    "workspace.call_list": ALL,
    "workspace.call_list_csv": ALL,
    "workspace.case": ALL,
    "workspace.claim": ALL,
    "workspace.acknowledge": ALL,
    "workspace.assign": MANAGERS,
    "workspace.log_contact": ALL,
    "workspace.resolve": ALL,
    "workspace.snooze": ALL,
    "workspace.log_alumnus_contact": ALL,
    "reports.dashboard": ALL,
    "reports.export": MANAGERS,
    # alumni records: staff read, managers enrol/edit/import/export, admins erase
    "alumni.index": ALL,
    "alumni.profile": ALL,
    "alumni.new": MANAGERS,
    "alumni.edit": MANAGERS,
    "alumni.pause": MANAGERS,
    "alumni.resume": MANAGERS,
    "alumni.withdraw": MANAGERS,
    "alumni.erase": {A},
    "alumni.add_supporter": MANAGERS,
    "alumni.remove_supporter": MANAGERS,
    "alumni.closer_plan": MANAGERS,
    "alumni.import_upload": MANAGERS,
    "alumni.import_preview": MANAGERS,
    "alumni.import_confirm": MANAGERS,
    "alumni.import_skipped": MANAGERS,
    "alumni.import_template": MANAGERS,
    "alumni.export": MANAGERS,
    "api.openapi_document": {PUBLIC},
    "api.create_alumnus": MANAGERS,
    "api.list_alumni": ALL,
    "api.get_alumnus": ALL,
    "api.update_alumnus": MANAGERS,
    "api.alumnus_timeline": ALL,
    "api.list_checkins": ALL,
    "api.create_checkin": MANAGERS,
    "plans.index": MANAGERS,
    "plans.create": MANAGERS,
    "plans.edit": MANAGERS,
    "plans.template_new": MANAGERS,
    "plans.template_edit": MANAGERS,
    "plans.template_preview": MANAGERS,
    "plans.check_in": MANAGERS,
    "webhooks.twilio_sms": {PUBLIC},
    "webhooks.email_inbound": {PUBLIC},
    "webhooks.email_inbound_path_token": {PUBLIC},
    "webhooks.twilio_status": {PUBLIC},
    "outbox.index": MANAGERS,
    "outbox.reply": MANAGERS,
    "inbox.unknown": ALL,
    "inbox.link": ALL,
    "inbox.dismiss": ALL,
    "api.list_followups": ALL,
    # referrals back to treatment: every staff role refers and records steps (pages and
    # API); the linkage CSV, like the dashboard's other exports, is for managers
    "recovery.referrals": ALL,
    "recovery.new_referral": ALL,
    "recovery.referral": ALL,
    "recovery.referral_step": ALL,
    "recovery.referral_details": ALL,
    "recovery.linkage_csv": MANAGERS,
    "api.list_referrals": ALL,
    "api.get_referral": ALL,
    "api.alumnus_referrals": ALL,
    "api.create_referral": ALL,
    "api.create_referral_step": ALL,
    # meetings in the API, as on the pages: all staff read them and mark attendance (the
    # sign-in sheet); managers write down an RSVP. Mentors and matches: managers only
    "api.list_events": ALL,
    "api.get_event": ALL,
    "api.list_occurrences": ALL,
    "api.get_occurrence": ALL,
    "api.occurrence_invitations": ALL,
    "api.alumnus_invitations": ALL,
    "api.get_invitation": ALL,
    "api.set_invitation_rsvp": MANAGERS,
    "api.record_attendance": ALL,
    "api.list_mentors": MANAGERS,
    "api.get_mentor": MANAGERS,
    "api.mentor_suggestions": MANAGERS,
    "api.list_mentor_matches": MANAGERS,
    "api.get_mentor_match": MANAGERS,
    "api.create_mentor_match": MANAGERS,
    "api.end_mentor_match": MANAGERS,
    # the recovery monitor's answer sets: a read, like the check-ins
    "api.alumnus_monitor": ALL,
    "api.alumnus_trajectory": ALL,
}

ROLES = [None, A, C, S]


def _walkable_routes(app):
    for rule in app.url_map.iter_rules():
        methods = sorted(rule.methods - {"HEAD", "OPTIONS"})
        for method in methods:
            yield rule, method


def _url(rule) -> str:
    values = {}
    for arg in rule.arguments:
        converter = rule._converters[arg].__class__.__name__
        values[arg] = 999999 if "Integer" in converter else "x"
    path = rule.build(values, append_unknown=False)[1]
    return path


def test_every_route_is_in_the_access_table(app):
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()}
    missing = endpoints - set(EXPECTED)
    assert not missing, f"routes with no expected access in this test: {sorted(missing)}"
    stale = set(EXPECTED) - endpoints
    assert not stale, f"access table names routes that no longer exist: {sorted(stale)}"


def test_every_route_declares_roles_in_the_app(app):
    from alumni.access import roles_for_endpoint
    for rule in app.url_map.iter_rules():
        declared = roles_for_endpoint(app, rule.endpoint)
        assert declared == EXPECTED.get(rule.endpoint, declared), rule.endpoint


@pytest.mark.parametrize("role", ROLES, ids=lambda r: r or "anonymous")
def test_each_role_gets_exactly_its_routes(app, login_as, role):
    client = login_as(role) if role else app.test_client()
    api_headers = {}
    if role:  # the API takes no cookies: the same user calls it with a token
        from alumni.accounts.tokens import issue_token
        with app.app_context():
            api_headers = {"Authorization": f"Bearer {issue_token(client.user_email, 'walk')}"}
    problems = []
    for rule, method in _walkable_routes(app):
        if rule.endpoint in ("static", "auth.logout"):
            continue
        allowed = EXPECTED[rule.endpoint]
        path = _url(rule)
        response = client.open(path, method=method, data={} if method != "GET" else None,
                               headers=api_headers if path.startswith("/api/") else None)
        status = response.status_code
        if PUBLIC in allowed:
            ok = status not in (401, 403, 500)  # /healthz may say 503: no worker runs here
            if path.startswith("/webhooks/"):  # unsigned or wrong token: refused, never 5xx
                ok = status in (400, 401, 403, 404, 405)
        elif role is None:
            ok = (status == 401 if path.startswith("/api/") else
                  status == 302 and "/login" in response.headers.get("Location", ""))
        elif role not in allowed:
            ok = status == 403
        else:
            ok = status < 500 and status not in (401, 403) and not (
                status == 302 and "/login" in response.headers.get("Location", ""))
            if method == "GET" and not rule.arguments and not path.startswith("/api/"):
                ok = ok and status == 200
        if not ok:
            problems.append(f"{method} {path} ({rule.endpoint}) as {role or 'anonymous'}: {status}")
    assert not problems, "\n".join(problems)
