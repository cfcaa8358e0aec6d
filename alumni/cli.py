"""flask commands: users, tokens, demo seed, service checks."""
from __future__ import annotations

import secrets
import sys

import click
from flask import Flask
from flask.cli import AppGroup

from alumni.accounts.accounts import AccountError, create_user
from alumni.domain.vocabulary import Role
from alumni.extensions import db

users_cli = AppGroup("users", help="Staff accounts.")
tokens_cli = AppGroup("tokens", help="API tokens.")


@users_cli.command("create")
@click.option("--email", required=True)
@click.option("--role", required=True, type=click.Choice([r.value for r in Role]))
@click.option("--name", default="")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def create_user_command(email: str, role: str, name: str, password_stdin: bool) -> None:
    """Create a staff account; the password is prompted for (or read from stdin)."""
    password = _read_password(password_stdin)
    try:
        user = create_user(email, role, password, name=name)
    except AccountError as error:
        raise click.ClickException(str(error)) from None
    from alumni.core.audit import audit
    audit("user.created", actor="cli", detail={"email": user.email, "role": user.role})
    db.session.commit()
    click.echo(f"Created {user.email} ({user.role}).")


@users_cli.command("set-password")
@click.option("--email", required=True)
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def set_password_command(email: str, password_stdin: bool) -> None:
    """Set a new password for a user (forgotten password); their other sessions end."""
    user = _reset_password(email, _read_password(password_stdin))
    click.echo(f"New password set for {user.email}.")


def _reset_password(email: str, password: str):
    """Set the password, audited and committed; a refusal is the command's error."""
    from alumni.accounts.accounts import reset_password
    from alumni.core.audit import audit
    try:
        user = reset_password(email, password)
    except AccountError as error:
        raise click.ClickException(str(error)) from None
    audit("password.reset", actor="cli", detail={"email": user.email})
    db.session.commit()
    return user


RESET_HINT = "flask users reset-password --email <email> prints a new one."


@users_cli.command("reset-password")
@click.option("--email", required=True)
@click.option("--password-stdin", is_flag=True,
              help="Read the new password from standard input instead of generating one.")
def reset_password_command(email: str, password_stdin: bool) -> None:
    """Give a user a new random password (printed once) when they lost theirs; their
    sessions and API tokens end."""
    password = sys.stdin.readline().rstrip("\n") if password_stdin else secrets.token_urlsafe(12)
    user = _reset_password(email, password)
    if password_stdin:
        click.echo(f"New password set for {user.email}.")
    else:
        click.echo(f"New password for {user.email}: {password}")
        click.echo("Shown once: the old password no longer works.", err=True)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


@tokens_cli.command("create")
@click.option("--user", "email", required=True, help="The email of the user the token acts as.")
@click.option("--name", required=True, help="What the token is for, e.g. 'EHR sync'.")
@click.option("--days", default=90, show_default=True, type=click.IntRange(1, 3650),
              help="Days until the token expires.")
@click.option("--scope", "scopes", multiple=True, type=click.Choice(["read", "write"]),
              help="What the token may do (repeat for both); default: read and write.")
def create_token_command(email: str, name: str, days: int, scopes: tuple[str, ...]) -> None:
    """Create an API token; it is printed once and only its hash is kept."""
    from alumni.accounts.tokens import issue_token
    scopes = scopes or ("read", "write")
    try:
        token = issue_token(email, name, days=days, scopes=scopes)
    except (LookupError, ValueError) as error:
        raise click.ClickException(str(error)) from None
    from alumni.core.audit import audit
    audit("token.created", actor="cli", detail={"user": email, "name": name, "days": days,
                                               "scopes": " ".join(scopes)})
    db.session.commit()
    click.echo(token)
    click.echo("Keep it now: it is not stored and cannot be shown again.", err=True)


@tokens_cli.command("list")
def list_tokens_command() -> None:
    """Every API token: id, state, user, scopes, expiry, last use, name."""
    from alumni.accounts.tokens import all_tokens, token_state
    tokens = all_tokens()
    if not tokens:
        click.echo("No API tokens.")
        return
    click.echo("id\tstate\tuser\tscopes\texpires\tlast used\tname")
    for token in tokens:
        last_used = f"{token.last_used_at:%Y-%m-%d %H:%M}" if token.last_used_at else "never"
        click.echo(f"{token.id}\t{token_state(token)}\t{token.user.email}\t{token.scopes}\t"
                   f"{token.expires_at:%Y-%m-%d %H:%M}\t{last_used}\t{token.name}")


@tokens_cli.command("revoke")
@click.argument("token_id", type=int)
def revoke_token_command(token_id: int) -> None:
    """Revoke one API token by its id (see `flask tokens list`); it stops working at once."""
    from alumni.accounts.tokens import revoke_token
    from alumni.core.audit import audit
    try:
        token = revoke_token(token_id)
    except LookupError as error:
        raise click.ClickException(str(error)) from None
    audit("token.revoked", actor="cli", detail={"token_id": token.id, "user": token.user.email, "name": token.name})
    db.session.commit()
    click.echo(f"Revoked token {token.id} ({token.name}) of {token.user.email}.")


@click.command("seed-demo")
def seed_demo_command() -> None:
    """Create a demo centre once (an admin, a coordinator and a staff member with random
    passwords, printed now and never again, and a few alumni)."""
    from alumni.operations.demo import seed_demo
    logins = seed_demo()
    if not logins:
        click.echo("Demo data already present; nothing seeded.")
        return
    click.echo("Demo seeded. These passwords are shown once, now:")
    for login in logins:
        click.echo(f"  Sign in as {login.email} with password {login.password}  ({login.role})")
    click.echo(f"Lost one? {RESET_HINT}")


@click.command("check-services")
def check_services_command() -> None:
    """Exit non-zero with one clear line if the database or Redis cannot be reached."""
    from alumni.operations.startup import ServiceUnavailable, check_services
    try:
        check_services()
    except ServiceUnavailable as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
    click.echo("database and redis reachable")


def register_cli(app: Flask) -> None:
    app.cli.add_command(users_cli)
    app.cli.add_command(tokens_cli)
    app.cli.add_command(seed_demo_command)
    app.cli.add_command(check_services_command)
    from alumni.delivery.cli import outreach_cli
    app.cli.add_command(outreach_cli)
