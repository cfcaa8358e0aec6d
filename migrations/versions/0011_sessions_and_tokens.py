"""sessions that end, API tokens that expire and carry scopes.

- user_sessions: one row per sign-in (the cookie holds a random key, the row its hash),
  checked on every request, so sign-out, a password change or deactivation ends a copied
  cookie too, and idle and absolute lifetimes are enforced by the server.
- api_tokens.expires_at / scopes / session_version: existing tokens keep what they could
  do (read and write) and expire 90 days after this migration.

Revision ID: 0011
Revises: 0010
"""
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "user_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("session_version", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_user_sessions_user_id_users"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_sessions")),
        sa.UniqueConstraint("key_hash", name=op.f("uq_user_sessions_key_hash")),
    )
    op.create_index(op.f("ix_user_sessions_user_id"), "user_sessions", ["user_id"], unique=False)

    with op.batch_alter_table("api_tokens", schema=None) as batch_op:
        batch_op.add_column(sa.Column("expires_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("scopes", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("session_version", sa.Integer(), nullable=True))
    expires = datetime.now(UTC).replace(tzinfo=None) + timedelta(days=90)
    op.execute(sa.text(
        "UPDATE api_tokens SET expires_at = :expires, scopes = 'read write', session_version = "
        "(SELECT users.session_version FROM users WHERE users.id = api_tokens.user_id)"
    ).bindparams(expires=expires))
    with op.batch_alter_table("api_tokens", schema=None) as batch_op:
        batch_op.alter_column("expires_at", existing_type=sa.DateTime(), nullable=False)
        batch_op.alter_column("scopes", existing_type=sa.String(length=40), nullable=False)
        batch_op.alter_column("session_version", existing_type=sa.Integer(), nullable=False)


def downgrade():
    with op.batch_alter_table("api_tokens", schema=None) as batch_op:
        batch_op.drop_column("session_version")
        batch_op.drop_column("scopes")
        batch_op.drop_column("expires_at")
    op.drop_index(op.f("ix_user_sessions_user_id"), table_name="user_sessions")
    op.drop_table("user_sessions")
