"""check-in references as foreign keys again on PostgreSQL.

Migration 0009 replaced the two foreign keys of `checkins` on PostgreSQL with PL/pgSQL
statement triggers, to save the per-row checks while materialising plans. The declared
constraints are the plain way to keep the rule: the schema says what it enforces, the
models and the database compare equal with no exception, and a dump restores in any
order. Here the triggers and their functions go and the constraints come back, under
the names the models give them. SQLite kept its foreign keys all along.

Revision ID: 0012
Revises: 0011
"""
import importlib.util
from pathlib import Path

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# (constraint, column of checkins, referred table): as the models name them.
REFERENCES = (("fk_checkins_alumnus_id_alumni", "alumnus_id", "alumni"),
              ("fk_checkins_plan_step_id_plan_steps", "plan_step_id", "plan_steps"))


def upgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    for _constraint, _column, referred in REFERENCES:
        op.execute(f"DROP TRIGGER checkins_still_refer ON {referred}")
    op.execute("DROP TRIGGER checkin_references_exist ON checkins")
    op.execute("DROP TRIGGER checkins_references_exist ON checkins")
    for function in ("checkins_still_refer", "checkin_references_exist", "checkins_references_exist"):
        op.execute(f"DROP FUNCTION {function}()")
    for constraint, column, referred in REFERENCES:
        op.create_foreign_key(constraint, "checkins", referred, [column], ["id"])


def downgrade():
    """Back to 0009's triggers, built by 0009 itself so the two cannot drift apart."""
    if op.get_bind().dialect.name != "postgresql":
        return
    path = Path(__file__).with_name("0009_checkin_references_per_statement.py")
    spec = importlib.util.spec_from_file_location("migration_0009", path)
    migration_0009 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration_0009)
    migration_0009.upgrade()
