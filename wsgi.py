"""WSGI entry point for gunicorn: `gunicorn wsgi:app`."""
import sys

from alumni import create_app
from config import ConfigError

# Exit status 3 is gunicorn's "worker failed to boot": the master then stops with the
# message instead of restarting workers forever. Elsewhere it is simply a failure.
BOOT_ERROR = 3

try:
    app = create_app()
except ConfigError as error:
    print(f"error: {error}", file=sys.stderr)
    sys.exit(BOOT_ERROR)
