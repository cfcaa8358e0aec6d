from alumni.web.auth.views import bp  # noqa: F401
