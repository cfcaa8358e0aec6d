"""referrals back to treatment and their steps.

- referrals: one row per referral (to whom, why, by whom, when), its current state, the
  appointment's day, the first day in treatment and the discharge month it counts under.
- referral_steps: every step recorded on a referral, append-only.

Follow-up cases gain a reason, `referral_due` (a string column: no schema change).

Revision ID: 0013
Revises: 0012
"""
import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("alumnus_id", sa.Integer(), nullable=False),
        sa.Column("followup_id", sa.Integer(), nullable=True),
        sa.Column("relapse_event_id", sa.Integer(), nullable=True),
        sa.Column("referred_to", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("referred_by_id", sa.Integer(), nullable=True),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("appointment_on", sa.Date(), nullable=True),
        sa.Column("treated_on", sa.Date(), nullable=True),
        sa.Column("readmitted_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("paused_plan", sa.Boolean(), nullable=False),
        sa.Column("cohort_month", sa.String(length=7), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["alumnus_id"], ["alumni.id"], name=op.f("fk_referrals_alumnus_id_alumni")),
        sa.ForeignKeyConstraint(["followup_id"], ["followups.id"], name=op.f("fk_referrals_followup_id_followups")),
        sa.ForeignKeyConstraint(["relapse_event_id"], ["relapse_events.id"],
                                name=op.f("fk_referrals_relapse_event_id_relapse_events")),
        sa.ForeignKeyConstraint(["referred_by_id"], ["users.id"], name=op.f("fk_referrals_referred_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
    )
    op.create_index("ix_referrals_alumnus", "referrals", ["alumnus_id", "referred_on"], unique=False)
    op.create_index("ix_referrals_status", "referrals", ["status"], unique=False)
    op.create_table(
        "referral_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=12), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["referral_id"], ["referrals.id"],
                                name=op.f("fk_referral_steps_referral_id_referrals"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["users.id"],
                                name=op.f("fk_referral_steps_recorded_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_steps")),
    )
    op.create_index(op.f("ix_referral_steps_referral_id"), "referral_steps", ["referral_id"], unique=False)


def downgrade():
    op.drop_index(op.f("ix_referral_steps_referral_id"), table_name="referral_steps")
    op.drop_table("referral_steps")
    op.drop_index("ix_referrals_status", table_name="referrals")
    op.drop_index("ix_referrals_alumnus", table_name="referrals")
    op.drop_table("referrals")
