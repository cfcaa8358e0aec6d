"""gunicorn's settings for this app: `gunicorn -c python:alumni.gunicorn_config wsgi:app`.

The access log names the path only: a query string (`/alumni/?q=98123...`, a search by
phone number) and the referrer (which carries the previous page's query) would put health
data in a log that is often kept longer and read by more people than the database."""
from alumni.log_redaction import install_log_redaction
from alumni.long_lived import settle_start_up_objects

# %(U)s is the path without its query string; no %(f)s (the referrer).
access_log_format = '%(h)s %(l)s %(u)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(L)s "%(a)s"'


def on_starting(server) -> None:
    """In the master, before workers fork: they inherit it, as do gunicorn's own loggers."""
    install_log_redaction()


def post_worker_init(worker) -> None:
    """In each worker once the app is loaded: keep start-up objects out of later collections."""
    settle_start_up_objects()
