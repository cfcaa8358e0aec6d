"""staff workspace: queue rank, ladder settings and rungs, dashboard roll-up

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ladder_channels", sa.String(length=60),
                                      server_default="sms,whatsapp,email", nullable=False))
        batch_op.add_column(sa.Column("ladder_max_nudges", sa.Integer(), server_default="1",
                                      nullable=False))

    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.add_column(sa.Column("queue_rank", sa.Integer(), server_default="3", nullable=False))
        batch_op.create_index("ix_followups_status_rank_opened", ["status", "queue_rank", "opened_at"],
                              unique=False)
        batch_op.create_index("ix_followups_status_reason", ["status", "reason"], unique=False)
    # Cases opened before this revision: an unacknowledged crisis ranks 0, others 1 + priority.
    op.execute("UPDATE followups SET queue_rank = CASE WHEN reason = 'crisis' AND acknowledged_at IS NULL "
               "THEN 0 ELSE 1 + priority END")

    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index("ix_contacts_alumnus_at", ["alumnus_id", "at"], unique=False)

    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.create_index("ix_checkins_due_at", ["due_at"], unique=False)

    op.create_table(
        "ladder_rungs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("alumnus_id", sa.Integer(), nullable=False),
        sa.Column("origin_checkin_id", sa.Integer(), nullable=False),
        sa.Column("rung", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=12), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=True),
        sa.Column("nudge_checkin_id", sa.Integer(), nullable=True),
        sa.Column("followup_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["alumnus_id"], ["alumni.id"], name=op.f("fk_ladder_rungs_alumnus_id_alumni")),
        sa.ForeignKeyConstraint(["origin_checkin_id"], ["checkins.id"],
                                name=op.f("fk_ladder_rungs_origin_checkin_id_checkins")),
        sa.ForeignKeyConstraint(["nudge_checkin_id"], ["checkins.id"],
                                name=op.f("fk_ladder_rungs_nudge_checkin_id_checkins")),
        sa.ForeignKeyConstraint(["followup_id"], ["followups.id"],
                                name=op.f("fk_ladder_rungs_followup_id_followups")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ladder_rungs")),
        sa.UniqueConstraint("origin_checkin_id", "rung", name=op.f("uq_ladder_rungs_origin_checkin_id")),
        sa.UniqueConstraint("nudge_checkin_id", name=op.f("uq_ladder_rungs_nudge_checkin_id")),
    )
    with op.batch_alter_table("ladder_rungs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ladder_rungs_alumnus_id"), ["alumnus_id"], unique=False)

    op.create_table(
        "daily_figures",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("metric", sa.String(length=24), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "metric", "key", name=op.f("pk_daily_figures")),
    )


def downgrade():
    op.drop_table("daily_figures")
    with op.batch_alter_table("ladder_rungs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ladder_rungs_alumnus_id"))
    op.drop_table("ladder_rungs")
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_index("ix_checkins_due_at")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_contacts_alumnus_at")
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.drop_index("ix_followups_status_reason")
        batch_op.drop_index("ix_followups_status_rank_opened")
        batch_op.drop_column("queue_rank")
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.drop_column("ladder_max_nudges")
        batch_op.drop_column("ladder_channels")
