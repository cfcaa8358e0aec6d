"""Which schema objects Alembic compares between the models and a database: all of them,
except the check-in references that PostgreSQL keeps with triggers instead of foreign
keys (the models still declare them, for SQLite and for the ORM's joins)."""
from __future__ import annotations

from alumni.models.checkin import REFERENCES_CHECKED_PER_STATEMENT


def include_object_for(dialect_name: str):
    """An Alembic include_object hook for a database of this dialect."""
    def include_object(obj, name, type_, reflected, compare_to) -> bool:
        return not (dialect_name == "postgresql" and type_ == "foreign_key_constraint"
                    and name in REFERENCES_CHECKED_PER_STATEMENT)
    return include_object
