"""WSGI entry point for gunicorn: `gunicorn wsgi:app`."""
import sys

from alumni import create_app
from config import ConfigError

try:
    app = create_app()
except ConfigError as error:
    sys.exit(f"error: {error}")
