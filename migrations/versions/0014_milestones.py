"""sobriety milestones: the text owed per milestone, and decisions on the sobriety date.

- milestone_texts: one row per (alumnus, sobriety date, milestone) whose text is owed, with
  the check-in that carries it; the unique key keeps it to one text.
- sobriety_date_changes: what a person decided about the sobriety date after a relapse,
  one row per relapse event.

The opt-in to milestone texts is a consent row of the kind 'milestones' (a string column:
no schema change).

Revision ID: 0014
Revises: 0013
"""
import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "milestone_texts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("alumnus_id", sa.Integer(), nullable=False),
        sa.Column("sobriety_date", sa.Date(), nullable=False),
        sa.Column("milestone_key", sa.String(length=8), nullable=False),
        sa.Column("milestone_on", sa.Date(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("years", sa.Integer(), nullable=False),
        sa.Column("checkin_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["alumnus_id"], ["alumni.id"], name=op.f("fk_milestone_texts_alumnus_id_alumni")),
        sa.ForeignKeyConstraint(["checkin_id"], ["checkins.id"], name=op.f("fk_milestone_texts_checkin_id_checkins")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestone_texts")),
        sa.UniqueConstraint("alumnus_id", "sobriety_date", "milestone_key", name=op.f("uq_milestone_texts_alumnus_id")),
    )
    op.create_index(op.f("ix_milestone_texts_checkin_id"), "milestone_texts", ["checkin_id"], unique=False)
    op.create_index("ix_milestone_texts_on", "milestone_texts", ["milestone_on"], unique=False)
    op.create_table(
        "sobriety_date_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("alumnus_id", sa.Integer(), nullable=False),
        sa.Column("relapse_event_id", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=12), nullable=False),
        sa.Column("previous_date", sa.Date(), nullable=True),
        sa.Column("new_date", sa.Date(), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["alumnus_id"], ["alumni.id"], name=op.f("fk_sobriety_date_changes_alumnus_id_alumni")),
        sa.ForeignKeyConstraint(["relapse_event_id"], ["relapse_events.id"],
                                name=op.f("fk_sobriety_date_changes_relapse_event_id_relapse_events")),
        sa.ForeignKeyConstraint(["decided_by_id"], ["users.id"],
                                name=op.f("fk_sobriety_date_changes_decided_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sobriety_date_changes")),
        sa.UniqueConstraint("relapse_event_id", name=op.f("uq_sobriety_date_changes_relapse_event_id")),
    )
    op.create_index(op.f("ix_sobriety_date_changes_alumnus_id"), "sobriety_date_changes", ["alumnus_id"],
                    unique=False)


def downgrade():
    op.drop_index(op.f("ix_sobriety_date_changes_alumnus_id"), table_name="sobriety_date_changes")
    op.drop_table("sobriety_date_changes")
    op.drop_index("ix_milestone_texts_on", table_name="milestone_texts")
    op.drop_index(op.f("ix_milestone_texts_checkin_id"), table_name="milestone_texts")
    op.drop_table("milestone_texts")
