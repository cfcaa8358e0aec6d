"""status checks: the database refuses a status, kind, channel, case reason or role outside
the vocabulary (alumni/domain/vocabulary.py).

Named CHECK constraints, ck_<table>_<column>, with the values written out as they stood
when this migration was made, so it builds the same schema whatever the enums say later;
a new value takes a migration of its own that replaces the constraint. SQLite cannot add a
constraint to a table, so batch mode rebuilds each table there (env.py turns foreign keys
off around it); PostgreSQL adds them in place.

Revision ID: 0015
Revises: 0014
"""
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

CHANNELS = ("sms", "whatsapp", "email")
CHANNELS_OR_PREFERRED = (*CHANNELS, "preferred")

# table -> column -> the values allowed
CHECKS = {
    "alumni": {
        "status": ("active", "paused", "withdrawn", "erased"),
        "preferred_channel": CHANNELS,
    },
    "checkins": {
        "status": ("scheduled", "queued", "sending", "sent", "delivered", "replied", "missed", "failed",
                   "skipped", "cancelled"),
        "kind": ("checkin", "nudge", "invitation", "reminder", "notice"),
        "channel": CHANNELS_OR_PREFERRED,
    },
    "plan_steps": {
        "channel": CHANNELS_OR_PREFERRED,
    },
    "followups": {
        "reason": ("crisis", "low_score", "callback", "missed", "unreachable", "unread_text", "mentor_request",
                   "urgent", "declining", "referral_due"),
        "status": ("open", "snoozed", "resolved"),
    },
    "users": {
        "role": ("admin", "coordinator", "staff"),
    },
}


def upgrade():
    for table, columns in CHECKS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column, values in columns.items():
                listed = ", ".join(f"'{value}'" for value in values)
                batch_op.create_check_constraint(op.f(f"ck_{table}_{column}"), f"{column} IN ({listed})")


def downgrade():
    for table, columns in reversed(CHECKS.items()):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in reversed(columns):
                batch_op.drop_constraint(op.f(f"ck_{table}_{column}"), type_="check")
