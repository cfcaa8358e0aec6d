"""The alumni follow-up service: create_app builds the Flask app."""
from __future__ import annotations

from flask import Flask
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from alumni.json_input import BoundedJSONProvider
from alumni.log_redaction import install_log_redaction
from config import Config, ConfigError


def create_app(config: Config | None = None) -> Flask:
    install_log_redaction()  # before anything can log: health data never reaches a log
    config = config or Config.from_env()
    app = Flask(__name__, template_folder="../templates", instance_path=config.INSTANCE_PATH)
    app.config.from_object(config)
    app.json = BoundedJSONProvider(app)  # a body nested too deep is malformed JSON, not a 500
    register_extensions(app)
    register_blueprints(app)
    register_commands(app)
    register_error_handlers(app)
    register_request_hooks(app)
    return app


def register_extensions(app: Flask) -> None:
    from alumni import models  # noqa: F401  (every model registered before migrations look)
    from alumni.extensions import csrf, db, login_manager, migrate
    from alumni.redis_conn import init_redis
    from alumni.web.auth.session import init_login
    from alumni.web.staff_locale import init_staff_locale

    try:
        db.init_app(app)
    except (ArgumentError, NoSuchModuleError, ImportError) as error:
        raise ConfigError(f"DATABASE_URL is not usable: {error}") from None
    from alumni.sqlite_tuning import tune_sqlite
    tune_sqlite(app)
    if not app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        from alumni.extensions import ping_after_idle
        with app.app_context():
            ping_after_idle(db.engine)
    migrate.init_app(app, db, directory=str(app.root_path + "/../migrations"), render_as_batch=True)
    csrf.init_app(app)
    login_manager.init_app(app)
    init_login(app)
    init_staff_locale(app)  # after init_login: the language is the signed-in user's choice
    init_redis(app)


def register_blueprints(app: Flask) -> None:
    from alumni.web import register_web_blueprints
    from alumni.web.clock_filter import register_clock_filter
    register_clock_filter(app)
    from alumni.web.display_words import register_display_words
    register_display_words(app)
    from alumni.web.phone_links import init_phone_links
    register_web_blueprints(app)
    init_phone_links(app)


def register_commands(app: Flask) -> None:
    from alumni.cli import register_cli
    register_cli(app)


def register_error_handlers(app: Flask) -> None:
    from alumni.web.errors import register_errors
    register_errors(app)


def register_request_hooks(app: Flask) -> None:
    from alumni.access import init_access
    from alumni.query_args import init_page_guard
    from alumni.web.acting import init_acting
    from alumni.web.security import init_security
    from alumni.web.url_ids import init_id_guard
    init_security(app)
    init_access(app)
    init_id_guard(app)  # after the role check
    init_page_guard(app)
    init_acting(app)  # who the audit trail names for the rest of the request
