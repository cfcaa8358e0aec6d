"""Unknown senders: inbound messages that matched no alumnus."""
from alumni.web.inbox.views import bp  # noqa: F401
