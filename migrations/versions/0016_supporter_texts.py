"""supporters as partners: an inbound text remembers which supporter wrote it, and
supporters are found by their number.

- messages.supporter_id: the supporter (family, a friend) whose text this is, stored
  against their alumnus; set to NULL when the supporter is removed.
- ix_supporters_phone: the inbound path looks a number up among supporters when it
  matches no alumnus.

A mentee's consent to share their number with their mentor is a consent row of the kind
'mentor_number' (a string column: no schema change).

Revision ID: 0016
Revises: 0015
"""
import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("supporter_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(op.f("fk_messages_supporter_id_supporters"), "supporters",
                                    ["supporter_id"], ["id"], ondelete="SET NULL")
    op.create_index("ix_supporters_phone", "supporters", ["phone"], unique=False)


def downgrade():
    op.drop_index("ix_supporters_phone", table_name="supporters")
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("fk_messages_supporter_id_supporters"), type_="foreignkey")
        batch_op.drop_column("supporter_id")
