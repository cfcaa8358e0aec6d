"""The console outbox: what the console transport would have sent (development)."""
from alumni.web.outbox.views import bp  # noqa: F401
