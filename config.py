"""Configuration, read from the environment when the app is created (never at import)."""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field, fields
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent
INSTANCE_DIR = BASE_DIR / "instance"


# argon2-cffi's profiles (argon2.profiles) a password may be hashed with. CHEAPEST is its
# own "for tests only": the test suite signs in some six hundred times a run.
PASSWORD_HASH_PROFILES = ("RFC_9106_LOW_MEMORY", "RFC_9106_HIGH_MEMORY", "CHEAPEST")


class ConfigError(RuntimeError):
    """A setting that prevents a safe start; its message is one line for the operator."""


def _int(env: dict, name: str, default: int) -> int:
    raw = env.get(name)
    if raw in (None, ""):
        return default
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from None


def _float(env: dict, name: str, default: float) -> float:
    raw = env.get(name)
    if raw in (None, ""):
        return default
    try:
        return float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from None


@dataclass
class Config:
    """Every setting the app reads. Flask copies the UPPERCASE attributes."""

    ALUMNI_ENV: str = "development"
    SECRET_KEY: str = ""
    DATABASE_URL: str = ""
    REDIS_URL: str = ""
    INSTANCE_PATH: str = str(INSTANCE_DIR)

    TWILIO_ACCOUNT_SID: str = ""
    TWILIO_AUTH_TOKEN: str = ""
    TWILIO_FROM_NUMBER: str = ""
    TWILIO_MESSAGING_SERVICE_SID: str = ""
    TWILIO_WHATSAPP_FROM: str = ""
    TWILIO_API_BASE_URL: str = ""
    TWILIO_MAX_MPS: float = 10.0
    TWILIO_TIMEOUT_SECONDS: float = 10.0
    SMTP_URL: str = ""
    MAIL_FROM: str = "alumni@localhost"
    PUBLIC_BASE_URL: str = "http://127.0.0.1:5000"
    OUTBOUND_TRANSPORT: str = "console"
    INBOUND_EMAIL_TOKEN: str = ""

    CENTRE_NAME: str = "Alumni Programme"
    CENTRE_CONTACT: str = ""
    DEFAULT_REGION: str = "IN"
    DEFAULT_TIMEZONE: str = "Asia/Kolkata"
    QUIET_HOURS: str = "21:00-09:00"
    CRISIS_HELPLINE: str = "Tele-MANAS 14416"
    CRISIS_ACK_MINUTES: int = 15
    MENTOR_MIN_RECOVERY_DAYS: int = 365
    TRUSTED_PROXIES: int = 0
    MAX_CONTENT_LENGTH: int = 16 * 1024 * 1024

    SEND_MAX_ATTEMPTS: int = 0             # 0: no count limit, only SEND_RETRY_FOR; >0 also caps attempts
    SEND_RETRY_BASE_SECONDS: float = 5.0   # first retry after ~this, doubling, with jitter
    SEND_RETRY_MAX_DELAY: float = 900.0    # no wait between two attempts is longer than this
    SEND_RETRY_FOR: float = 6 * 3600.0     # transient failures are retried this long after queueing
    SEND_BREAKER_FAILURES: int = 5         # consecutive "provider down" failures that pause sending (0: never)
    SEND_BREAKER_PROBE_SECONDS: float = 30.0   # how long sending pauses before one probe send
    SENDING_STALE_SECONDS: float = 0.0     # 0: derived from TWILIO_TIMEOUT_SECONDS (see outreach/reconcile.py)
    RQ_FAILURE_TTL: int = 7 * 24 * 3600
    RQ_RESULT_TTL: int = 3600
    LOGIN_MAX_FAILURES: int = 5
    LOGIN_LOCK_SECONDS: int = 15 * 60
    SESSION_IDLE_MINUTES: int = 30
    SESSION_MAX_HOURS: int = 12
    PASSWORD_HASH_PROFILE: str = "RFC_9106_LOW_MEMORY"

    TESTING: bool = False
    WTF_CSRF_ENABLED: bool = True
    SESSION_COOKIE_HTTPONLY: bool = True
    SESSION_COOKIE_SAMESITE: str = "Lax"
    SESSION_COOKIE_SECURE: bool = False
    REMEMBER_COOKIE_HTTPONLY: bool = True
    SQLALCHEMY_DATABASE_URI: str = ""
    SQLALCHEMY_ENGINE_OPTIONS: dict = field(default_factory=dict)

    @classmethod
    def from_env(cls, env: dict | None = None, **overrides) -> Config:
        env = dict(os.environ if env is None else env)
        config = cls()
        for f in fields(cls):
            if f.name in env and f.type in ("str", str):
                setattr(config, f.name, env[f.name])
        config.TWILIO_MAX_MPS = _float(env, "TWILIO_MAX_MPS", config.TWILIO_MAX_MPS)
        config.TWILIO_TIMEOUT_SECONDS = _float(env, "TWILIO_TIMEOUT_SECONDS", config.TWILIO_TIMEOUT_SECONDS)
        config.SEND_RETRY_BASE_SECONDS = _float(env, "SEND_RETRY_BASE_SECONDS", config.SEND_RETRY_BASE_SECONDS)
        config.SENDING_STALE_SECONDS = _float(env, "SENDING_STALE_SECONDS", config.SENDING_STALE_SECONDS)
        for name in ("SEND_RETRY_MAX_DELAY", "SEND_RETRY_FOR", "SEND_BREAKER_PROBE_SECONDS"):
            setattr(config, name, _float(env, name, getattr(config, name)))
        config.SEND_BREAKER_FAILURES = _int(env, "SEND_BREAKER_FAILURES", config.SEND_BREAKER_FAILURES)
        for name in ("CRISIS_ACK_MINUTES", "MENTOR_MIN_RECOVERY_DAYS", "TRUSTED_PROXIES", "MAX_CONTENT_LENGTH",
                     "SEND_MAX_ATTEMPTS", "RQ_FAILURE_TTL", "RQ_RESULT_TTL", "LOGIN_MAX_FAILURES", "LOGIN_LOCK_SECONDS",
                     "SESSION_IDLE_MINUTES", "SESSION_MAX_HOURS"):
            setattr(config, name, _int(env, name, getattr(config, name)))
        if "OUTBOUND_TRANSPORT" not in env:
            # Production never pretends to send: without credentials its channels have no
            # transport (check-ins fail saying so, /healthz shows it); console only on purpose.
            has_twilio = config.TWILIO_ACCOUNT_SID and config.TWILIO_AUTH_TOKEN
            config.OUTBOUND_TRANSPORT = "twilio" if has_twilio or config.is_production else "console"
        for name, value in overrides.items():
            setattr(config, name, value)
        config.finalise()
        return config

    @property
    def is_production(self) -> bool:
        return self.ALUMNI_ENV == "production"

    def finalise(self) -> None:
        """Derive the settings that follow from others, and refuse an unsafe start."""
        if self.ALUMNI_ENV not in ("development", "production"):
            raise ConfigError(f"ALUMNI_ENV must be development or production, got {self.ALUMNI_ENV!r}")
        if not self.SECRET_KEY:
            if self.is_production:
                raise ConfigError("SECRET_KEY must be set when ALUMNI_ENV=production "
                                  "(e.g. python -c 'import secrets; print(secrets.token_hex(32))')")
            self.SECRET_KEY = _development_secret(Path(self.INSTANCE_PATH))
        if self.PASSWORD_HASH_PROFILE not in PASSWORD_HASH_PROFILES:
            raise ConfigError(f"PASSWORD_HASH_PROFILE must be one of {', '.join(PASSWORD_HASH_PROFILES)}, "
                              f"got {self.PASSWORD_HASH_PROFILE!r}")
        if self.PASSWORD_HASH_PROFILE == "CHEAPEST" and self.is_production:
            raise ConfigError("PASSWORD_HASH_PROFILE=CHEAPEST is for tests only; leave it unset in production")
        if self.OUTBOUND_TRANSPORT not in ("twilio", "console"):
            raise ConfigError(f"OUTBOUND_TRANSPORT must be twilio or console, got {self.OUTBOUND_TRANSPORT!r}")
        if (self.OUTBOUND_TRANSPORT == "twilio" and not (self.TWILIO_ACCOUNT_SID and self.TWILIO_AUTH_TOKEN)
                and not self.is_production):
            raise ConfigError("OUTBOUND_TRANSPORT=twilio needs TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN")
        self.SQLALCHEMY_DATABASE_URI = self.DATABASE_URL or f"sqlite:///{Path(self.INSTANCE_PATH) / 'alumni.db'}"
        if self.SQLALCHEMY_DATABASE_URI.startswith("postgresql://"):
            # psycopg 3 is the driver we install; plain postgresql:// would ask for psycopg2.
            self.SQLALCHEMY_DATABASE_URI = "postgresql+psycopg://" + self.SQLALCHEMY_DATABASE_URI[len("postgresql://"):]
        # Twilio gives a webhook about 15 s: a database that cannot answer sooner must fail
        # in time for the webhook to keep the text in the inbound spool and answer anyway.
        if self.SQLALCHEMY_DATABASE_URI.startswith("sqlite"):
            self.SQLALCHEMY_ENGINE_OPTIONS = {"connect_args": {"timeout": 10}}
        else:
            # Not pool_pre_ping (a round trip per checkout): create_app pings only a
            # connection that sat idle (alumni/extensions.py), and none lives past the
            # idle-connection limits of proxies and firewalls. Ten kept connections cover
            # a gunicorn worker's threads: with the default five, the rest were opened
            # and closed (a new server process each) request after request.
            self.SQLALCHEMY_ENGINE_OPTIONS = {"pool_recycle": 1800, "pool_size": 10, "pool_timeout": 10,
                                              "connect_args": {"connect_timeout": 5}}
        # A failing statement's error text would otherwise carry its parameters (a text's
        # body, a phone number) into logs and tracebacks.
        self.SQLALCHEMY_ENGINE_OPTIONS["hide_parameters"] = True
        self.SESSION_COOKIE_SECURE = self.is_production


def _development_secret(instance: Path) -> str:
    """A per-install random key kept under instance/, so no key ever lives in the code."""
    from alumni.private_files import write_private_file  # here: the alumni package imports this module
    path = instance / "secret_key"
    if not path.exists():
        write_private_file(path, secrets.token_hex(32).encode())
    return path.read_text().strip()
