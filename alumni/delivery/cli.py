"""`flask outreach ...`: run the dispatcher once by hand."""
from __future__ import annotations

import click
from flask.cli import AppGroup

outreach_cli = AppGroup("outreach", help="Outbound check-ins.")


@outreach_cli.command("dispatch")
@click.option("--batch-size", default=2000, show_default=True, help="Check-ins per transaction.")
def dispatch_command(batch_size: int) -> None:
    """Queue every due check-in now (what the scheduler does every minute)."""
    from alumni.delivery.dispatcher import dispatch_due
    report = dispatch_due(batch_size=batch_size)
    click.echo(report.summary())
