"""peer support: events, occurrences, invitations, mentor profiles and matches

Revision ID: 0007
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("link", sa.String(length=500), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("recurrence", sa.String(length=16), nullable=False),
        sa.Column("invite_days_before", sa.Integer(), nullable=False),
        sa.Column("audience", sa.String(length=16), nullable=False),
        sa.Column("audience_values", sa.JSON(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"], name=op.f("fk_events_created_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    op.create_table(
        "event_occurrences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("invited_at", sa.DateTime(), nullable=True),
        sa.Column("reminders_sent_at", sa.DateTime(), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name=op.f("fk_event_occurrences_event_id_events")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_occurrences")),
        sa.UniqueConstraint("event_id", "starts_at", name=op.f("uq_event_occurrences_event_id")),
    )
    with op.batch_alter_table("event_occurrences", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_occurrences_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_occurrences_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "invitations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurrence_id", sa.Integer(), nullable=False),
        sa.Column("alumnus_id", sa.Integer(), nullable=False),
        sa.Column("checkin_id", sa.Integer(), nullable=True),
        sa.Column("rsvp", sa.String(length=8), nullable=False),
        sa.Column("rsvp_at", sa.DateTime(), nullable=True),
        sa.Column("rsvp_message_id", sa.Integer(), nullable=True),
        sa.Column("reminder_checkin_id", sa.Integer(), nullable=True),
        sa.Column("attended", sa.Boolean(), nullable=False),
        sa.Column("attended_at", sa.DateTime(), nullable=True),
        sa.Column("marked_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["alumnus_id"], ["alumni.id"], name=op.f("fk_invitations_alumnus_id_alumni")),
        sa.ForeignKeyConstraint(["checkin_id"], ["checkins.id"], name=op.f("fk_invitations_checkin_id_checkins")),
        sa.ForeignKeyConstraint(["marked_by_id"], ["users.id"], name=op.f("fk_invitations_marked_by_id_users")),
        sa.ForeignKeyConstraint(["occurrence_id"], ["event_occurrences.id"],
                                name=op.f("fk_invitations_occurrence_id_event_occurrences")),
        sa.ForeignKeyConstraint(["reminder_checkin_id"], ["checkins.id"],
                                name=op.f("fk_invitations_reminder_checkin_id_checkins")),
        sa.ForeignKeyConstraint(["rsvp_message_id"], ["messages.id"],
                                name=op.f("fk_invitations_rsvp_message_id_messages")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invitations")),
        sa.UniqueConstraint("occurrence_id", "alumnus_id", name=op.f("uq_invitations_occurrence_id")),
    )
    with op.batch_alter_table("invitations", schema=None) as batch_op:
        batch_op.create_index("ix_invitations_alumnus_rsvp", ["alumnus_id", "rsvp"], unique=False)
        batch_op.create_index(batch_op.f("ix_invitations_checkin_id"), ["checkin_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_invitations_occurrence_id"), ["occurrence_id"], unique=False)

    op.create_table(
        "mentor_profiles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("alumnus_id", sa.Integer(), nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("consent_recorded_at", sa.DateTime(), nullable=True),
        sa.Column("trained_on", sa.Date(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("area", sa.String(length=120), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["alumnus_id"], ["alumni.id"], name=op.f("fk_mentor_profiles_alumnus_id_alumni")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentor_profiles")),
        sa.UniqueConstraint("alumnus_id", name=op.f("uq_mentor_profiles_alumnus_id")),
    )
    op.create_table(
        "mentor_matches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentor_id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("end_reason", sa.String(length=300), nullable=True),
        sa.Column("nudge_days", sa.JSON(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("confirmed_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["confirmed_by_id"], ["users.id"],
                                name=op.f("fk_mentor_matches_confirmed_by_id_users")),
        sa.ForeignKeyConstraint(["mentee_id"], ["alumni.id"], name=op.f("fk_mentor_matches_mentee_id_alumni")),
        sa.ForeignKeyConstraint(["mentor_id"], ["alumni.id"], name=op.f("fk_mentor_matches_mentor_id_alumni")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentor_matches")),
    )
    with op.batch_alter_table("mentor_matches", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mentor_matches_mentor_id"), ["mentor_id"], unique=False)
        batch_op.create_index("uq_mentor_matches_current_mentee", ["mentee_id"], unique=True,
                              sqlite_where=sa.text("ended_at IS NULL"),
                              postgresql_where=sa.text("ended_at IS NULL"))

    op.create_table(
        "mentor_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("match_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=16), nullable=False),
        sa.Column("day_offset", sa.Integer(), nullable=True),
        sa.Column("checkin_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["checkin_id"], ["checkins.id"], name=op.f("fk_mentor_messages_checkin_id_checkins")),
        sa.ForeignKeyConstraint(["match_id"], ["mentor_matches.id"],
                                name=op.f("fk_mentor_messages_match_id_mentor_matches")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentor_messages")),
        sa.UniqueConstraint("checkin_id", name=op.f("uq_mentor_messages_checkin_id")),
    )
    with op.batch_alter_table("mentor_messages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mentor_messages_match_id"), ["match_id"], unique=False)

def downgrade():
    with op.batch_alter_table("mentor_messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentor_messages_match_id"))
    op.drop_table("mentor_messages")
    with op.batch_alter_table("mentor_matches", schema=None) as batch_op:
        batch_op.drop_index("uq_mentor_matches_current_mentee", sqlite_where=sa.text("ended_at IS NULL"),
                            postgresql_where=sa.text("ended_at IS NULL"))
        batch_op.drop_index(batch_op.f("ix_mentor_matches_mentor_id"))
    op.drop_table("mentor_matches")
    op.drop_table("mentor_profiles")
    with op.batch_alter_table("invitations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invitations_occurrence_id"))
        batch_op.drop_index(batch_op.f("ix_invitations_checkin_id"))
        batch_op.drop_index("ix_invitations_alumnus_rsvp")
    op.drop_table("invitations")
    with op.batch_alter_table("event_occurrences", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_occurrences_starts_at"))
        batch_op.drop_index(batch_op.f("ix_event_occurrences_event_id"))
    op.drop_table("event_occurrences")
    op.drop_table("events")
