"""supporters invited to family sessions: a meeting's audience may be its alumni's
supporters ("supporters", "alumni_and_supporters"), each invited supporter has a
supporter_invitations row with their RSVP, and a check-in may be addressed to a supporter
(checkins.supporter_id) rather than to the alumnus.

events.audience widens from 16 to 32 characters for "alumni_and_supporters"; the column
has no CHECK constraint (0015 covers statuses, kinds, channels, reasons and roles only).

Revision ID: 0019
Revises: 0018
"""
import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.alter_column("audience", existing_type=sa.String(length=16), type_=sa.String(length=32),
                              existing_nullable=False)
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.add_column(sa.Column("supporter_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(op.f("fk_checkins_supporter_id_supporters"), "supporters",
                                    ["supporter_id"], ["id"], ondelete="SET NULL")
    op.create_table(
        "supporter_invitations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurrence_id", sa.Integer(), nullable=False),
        sa.Column("supporter_id", sa.Integer(), nullable=False),
        sa.Column("alumnus_id", sa.Integer(), nullable=False),
        sa.Column("checkin_id", sa.Integer(), nullable=True),
        sa.Column("reminder_checkin_id", sa.Integer(), nullable=True),
        sa.Column("rsvp", sa.String(length=8), nullable=False),
        sa.Column("rsvp_at", sa.DateTime(), nullable=True),
        sa.Column("rsvp_message_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["occurrence_id"], ["event_occurrences.id"],
                                name=op.f("fk_supporter_invitations_occurrence_id_event_occurrences")),
        sa.ForeignKeyConstraint(["supporter_id"], ["supporters.id"], ondelete="CASCADE",
                                name=op.f("fk_supporter_invitations_supporter_id_supporters")),
        sa.ForeignKeyConstraint(["alumnus_id"], ["alumni.id"],
                                name=op.f("fk_supporter_invitations_alumnus_id_alumni")),
        sa.ForeignKeyConstraint(["checkin_id"], ["checkins.id"],
                                name=op.f("fk_supporter_invitations_checkin_id_checkins")),
        sa.ForeignKeyConstraint(["reminder_checkin_id"], ["checkins.id"],
                                name=op.f("fk_supporter_invitations_reminder_checkin_id_checkins")),
        sa.ForeignKeyConstraint(["rsvp_message_id"], ["messages.id"],
                                name=op.f("fk_supporter_invitations_rsvp_message_id_messages")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supporter_invitations")),
        sa.UniqueConstraint("occurrence_id", "supporter_id",
                            name=op.f("uq_supporter_invitations_occurrence_id")),
    )
    for column in ("occurrence_id", "supporter_id", "alumnus_id", "checkin_id"):
        op.create_index(op.f(f"ix_supporter_invitations_{column}"), "supporter_invitations", [column],
                        unique=False)


def downgrade():
    for column in ("checkin_id", "alumnus_id", "supporter_id", "occurrence_id"):
        op.drop_index(op.f(f"ix_supporter_invitations_{column}"), table_name="supporter_invitations")
    op.drop_table("supporter_invitations")
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("fk_checkins_supporter_id_supporters"), type_="foreignkey")
        batch_op.drop_column("supporter_id")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.alter_column("audience", existing_type=sa.String(length=32), type_=sa.String(length=16),
                              existing_nullable=False)
