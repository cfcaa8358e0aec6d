"""the safety net: relapse events, the on-call rota, cases for unknown senders.

- relapse_events: using again, as an alumnus told us, with the closer plan offered.
- on_call_shifts: the weekly on-call rota (weekday, hours in the centre's zone).
- followups.alumnus_id may be NULL: a crisis from a number that matches no record still
  opens a case (its message says who wrote).
- followups.trigger: the concepts and words that raised a case, shown to staff.

Revision ID: 0010
Revises: 0009
"""
import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "relapse_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("alumnus_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("followup_id", sa.Integer(), nullable=True),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("substance", sa.String(length=40), nullable=True),
        sa.Column("trigger", sa.String(length=200), nullable=True),
        sa.Column("plan_offer", sa.String(length=12), nullable=False),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["alumnus_id"], ["alumni.id"], name=op.f("fk_relapse_events_alumnus_id_alumni")),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"], name=op.f("fk_relapse_events_message_id_messages")),
        sa.ForeignKeyConstraint(["followup_id"], ["followups.id"],
                                name=op.f("fk_relapse_events_followup_id_followups")),
        sa.ForeignKeyConstraint(["decided_by_id"], ["users.id"], name=op.f("fk_relapse_events_decided_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relapse_events")),
    )
    op.create_index("ix_relapse_events_alumnus", "relapse_events", ["alumnus_id", "occurred_on"], unique=False)
    op.create_table(
        "on_call_shifts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("start_hour", sa.Integer(), nullable=False),
        sa.Column("end_hour", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name=op.f("ck_on_call_shifts_weekday")),
        sa.CheckConstraint("start_hour >= 0 AND start_hour < end_hour AND end_hour <= 24",
                           name=op.f("ck_on_call_shifts_hours")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_on_call_shifts_user_id_users"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_on_call_shifts")),
    )
    op.create_index("ix_on_call_shifts_weekday", "on_call_shifts", ["weekday", "start_hour"], unique=False)
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.alter_column("alumnus_id", existing_type=sa.Integer(), nullable=True)
        batch_op.add_column(sa.Column("trigger", sa.String(length=200), nullable=True))


def downgrade():
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.drop_column("trigger")
    op.execute("DELETE FROM followups WHERE alumnus_id IS NULL")
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.alter_column("alumnus_id", existing_type=sa.Integer(), nullable=False)
    op.drop_index("ix_on_call_shifts_weekday", table_name="on_call_shifts")
    op.drop_table("on_call_shifts")
    op.drop_index("ix_relapse_events_alumnus", table_name="relapse_events")
    op.drop_table("relapse_events")
