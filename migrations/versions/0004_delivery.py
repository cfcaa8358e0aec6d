"""delivery: when a check-in's next send attempt may run (retry backoff).

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("checkins") as batch:
        batch.add_column(sa.Column("next_attempt_at", sa.DateTime(), nullable=True))


def downgrade():
    with op.batch_alter_table("checkins") as batch:
        batch.drop_column("next_attempt_at")
