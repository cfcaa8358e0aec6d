"""Blueprints for people (pages), the API and webhooks, registered in one place."""
from flask import Flask


def register_web_blueprints(app: Flask) -> None:
    from alumni.api import bp as api_bp
    from alumni.web.admin import bp as admin_bp
    from alumni.web.alumni import bp as alumni_bp
    from alumni.web.auth import bp as auth_bp
    from alumni.web.cohort_messages import bp as cohort_messages_bp
    from alumni.web.events import bp as events_bp
    from alumni.web.health import bp as health_bp
    from alumni.web.inbox import bp as inbox_bp
    from alumni.web.main import bp as main_bp
    from alumni.web.mentors import bp as mentors_bp
    from alumni.web.navigation import init_navigation
    from alumni.web.outbox import bp as outbox_bp
    from alumni.web.plans import bp as plans_bp
    from alumni.web.recovery import bp as recovery_bp
    from alumni.web.reports import bp as reports_bp
    from alumni.web.workspace import bp as workspace_bp
    from alumni.webhooks import bp as webhooks_bp

    app.register_blueprint(auth_bp)
    app.register_blueprint(main_bp)
    app.register_blueprint(admin_bp, url_prefix="/admin")
    app.register_blueprint(alumni_bp, url_prefix="/alumni")
    app.register_blueprint(api_bp, url_prefix="/api/v1")
    app.register_blueprint(health_bp)
    app.register_blueprint(inbox_bp, url_prefix="/inbox")
    app.register_blueprint(webhooks_bp, url_prefix="/webhooks")
    app.register_blueprint(events_bp, url_prefix="/events")
    app.register_blueprint(cohort_messages_bp, url_prefix="/messages")
    app.register_blueprint(mentors_bp, url_prefix="/mentors")
    app.register_blueprint(workspace_bp, url_prefix="/workspace")
    app.register_blueprint(plans_bp, url_prefix="/plans")
    app.register_blueprint(reports_bp, url_prefix="/reports")
    app.register_blueprint(recovery_bp, url_prefix="/recovery")
    app.register_blueprint(outbox_bp)
    init_navigation(app)
