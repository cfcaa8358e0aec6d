from alumni.web.admin.views import bp  # noqa: F401
