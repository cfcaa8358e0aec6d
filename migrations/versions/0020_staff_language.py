"""users.language: the language of a staff member's screens ('en', 'mr' or 'hi'); every
existing account keeps English.

Revision ID: 0020
Revises: 0019
"""
import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=5), nullable=False, server_default="en"))
        batch_op.create_check_constraint(op.f("ck_users_language"), "language IN ('en', 'mr', 'hi')")


def downgrade():
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_users_language"), type_="check")
        batch_op.drop_column("language")
