"""lighter check-in writes and reply media.

Drops ix_checkins_due_at: the one query that read check-ins by due time across every
status (the dashboard's "today" figures) now names the statuses and uses
ix_checkins_status_due, and each index on due_at cost a plan materialisation a quarter of
its time (rows arrive in alumnus order, so every row lands at a random point of it).
Adds messages.attachments: the content types of the media an inbound message carried,
so a message linked later from the unknown-senders inbox is handled like one from a
known sender.

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_index("ix_checkins_due_at")
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("attachments", sa.String(length=400), server_default="", nullable=False))


def downgrade():
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_column("attachments")
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.create_index("ix_checkins_due_at", ["due_at"], unique=False)
