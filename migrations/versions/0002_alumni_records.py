"""alumni records: one reachable alumnus per phone number

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

REACHABLE_SQL = "status IN ('active', 'paused')"


def upgrade():
    with op.batch_alter_table("alumni") as batch:
        batch.create_index("uq_alumni_phone_reachable", ["phone"], unique=True,
                           sqlite_where=sa.text(REACHABLE_SQL),
                           postgresql_where=sa.text(REACHABLE_SQL))


def downgrade():
    with op.batch_alter_table("alumni") as batch:
        batch.drop_index("uq_alumni_phone_reachable")
