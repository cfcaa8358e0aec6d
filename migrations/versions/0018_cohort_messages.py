"""messages to a group: cohort_messages (the texts, the audience, a unique token from the
preview form so a confirm posted twice sends once) and cohort_message_recipients (one row
per person in the audience: the check-in carrying their text, or why they were skipped).

Revision ID: 0018
Revises: 0017
"""
import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "cohort_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("audience_kind", sa.String(length=20), nullable=False),
        sa.Column("audience_value", sa.String(length=120), nullable=False),
        sa.Column("audience_words", sa.String(length=300), nullable=False),
        sa.Column("text_en", sa.Text(), nullable=False),
        sa.Column("text_hi", sa.Text(), nullable=False),
        sa.Column("text_mr", sa.Text(), nullable=False),
        sa.Column("recipients", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"], name=op.f("fk_cohort_messages_created_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cohort_messages")),
        sa.UniqueConstraint("token", name=op.f("uq_cohort_messages_token")),
    )
    op.create_table(
        "cohort_message_recipients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cohort_message_id", sa.Integer(), nullable=False),
        sa.Column("alumnus_id", sa.Integer(), nullable=False),
        sa.Column("checkin_id", sa.Integer(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("skip_reason", sa.String(length=20), nullable=True),
        sa.ForeignKeyConstraint(["cohort_message_id"], ["cohort_messages.id"],
                                name=op.f("fk_cohort_message_recipients_cohort_message_id_cohort_messages")),
        sa.ForeignKeyConstraint(["alumnus_id"], ["alumni.id"],
                                name=op.f("fk_cohort_message_recipients_alumnus_id_alumni")),
        sa.ForeignKeyConstraint(["checkin_id"], ["checkins.id"],
                                name=op.f("fk_cohort_message_recipients_checkin_id_checkins")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cohort_message_recipients")),
        sa.UniqueConstraint("cohort_message_id", "alumnus_id",
                            name=op.f("uq_cohort_message_recipients_cohort_message_id")),
        sa.UniqueConstraint("checkin_id", name=op.f("uq_cohort_message_recipients_checkin_id")),
    )
    op.create_index(op.f("ix_cohort_message_recipients_alumnus_id"), "cohort_message_recipients", ["alumnus_id"],
                    unique=False)


def downgrade():
    op.drop_index(op.f("ix_cohort_message_recipients_alumnus_id"), table_name="cohort_message_recipients")
    op.drop_table("cohort_message_recipients")
    op.drop_table("cohort_messages")
