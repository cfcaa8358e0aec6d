"""check-in references checked once per statement on PostgreSQL.

A check-in's alumnus and plan step were foreign keys, which PostgreSQL checks with one
query per inserted row (two per check-in). Materialising a plan for 100,000 alumni
writes 2,000,000 check-ins, and those 4,000,000 queries were half the server's time
(14.9 s of which about 7 s, on 2 cores). The same rule is now kept by triggers that
check a whole statement's rows at once: every alumnus and plan step the new rows name
is locked (FOR KEY SHARE, as the foreign key did) and must exist, else the statement
fails with foreign_key_violation, as before. Changing a check-in's references, and
deleting (or renumbering) an alumnus or plan step that check-ins still name, are
checked per row, as before: both are rare.

The triggers run under READ COMMITTED, the isolation the service uses: a delete and a
concurrent insert naming the same row wait for each other's lock and the later one
fails, whichever order they come in (tests/test_checkin_references.py).

SQLite keeps the declared foreign keys (it has no statement-level triggers).

Revision ID: 0009
Revises: 0008
"""
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# (constraint, column of checkins, referred table)
REFERENCES = (("fk_checkins_alumnus_id_alumni", "alumnus_id", "alumni"),
              ("fk_checkins_plan_step_id_plan_steps", "plan_step_id", "plan_steps"))


def _refuse_missing(constraint: str, column: str, referred: str, key: str) -> str:
    """PL/pgSQL raising what the foreign key raised for a check-in naming a missing row."""
    return f"""RAISE foreign_key_violation USING
            MESSAGE = 'insert or update on table "checkins" violates foreign key constraint "{constraint}"',
            DETAIL = format('Key ({column})=(%s) is not present in table "{referred}".', {key}),
            TABLE = 'checkins', CONSTRAINT = '{constraint}';"""


def _new_rows_check() -> str:
    """One function for a statement's new check-ins: each reference's distinct keys, read in
    one pass over the transition table, must all lock."""
    declared = "".join(f"    {column}s bigint[];\n" for _constraint, column, _referred in REFERENCES)
    gathered = ",\n           ".join(f"array_agg(DISTINCT {column}) FILTER (WHERE {column} IS NOT NULL)"
                                     for _constraint, column, _referred in REFERENCES)
    into = ", ".join(f"{column}s" for _constraint, column, _referred in REFERENCES)
    # Locked rows are the ones that still exist once any concurrent delete has ended.
    checks = "".join(f"""
    IF (SELECT count(*) FROM (SELECT FROM {referred} WHERE id = ANY ({column}s) FOR KEY SHARE) AS locked)
       <> coalesce(cardinality({column}s), 0) THEN
        SELECT min(wanted) INTO missing FROM unnest({column}s) AS wanted
         WHERE NOT EXISTS (SELECT FROM {referred} WHERE id = wanted);
        {_refuse_missing(constraint, column, referred, "missing")}
    END IF;""" for constraint, column, referred in REFERENCES)
    return f"""
CREATE FUNCTION checkins_references_exist() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
{declared}    missing bigint;
BEGIN
    SELECT {gathered}
      INTO {into}
      FROM new_checkins;{checks}
    RETURN NULL;
END
$$;
CREATE TRIGGER checkins_references_exist AFTER INSERT ON checkins
    REFERENCING NEW TABLE AS new_checkins
    FOR EACH STATEMENT EXECUTE FUNCTION checkins_references_exist();
"""


def _changed_row_check() -> str:
    """One function for a check-in whose references an UPDATE changed."""
    checks = "".join(f"""
    IF NEW.{column} IS NOT NULL AND NEW.{column} IS DISTINCT FROM OLD.{column} THEN
        PERFORM FROM {referred} WHERE id = NEW.{column} FOR KEY SHARE;
        IF NOT FOUND THEN
            {_refuse_missing(constraint, column, referred, "NEW." + column)}
        END IF;
    END IF;""" for constraint, column, referred in REFERENCES)
    columns = ", ".join(column for _constraint, column, _referred in REFERENCES)
    return f"""
CREATE FUNCTION checkin_references_exist() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN{checks}
    RETURN NULL;
END
$$;
CREATE TRIGGER checkin_references_exist AFTER UPDATE OF {columns} ON checkins
    FOR EACH ROW EXECUTE FUNCTION checkin_references_exist();
"""


# TG_ARGV: the referring column of checkins, the constraint's name.
REFERRED_ROW_CHECK = """
CREATE FUNCTION checkins_still_refer() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    referred boolean;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.id = OLD.id THEN
        RETURN NULL;
    END IF;
    EXECUTE format('SELECT EXISTS (SELECT FROM checkins WHERE %I = $1)', TG_ARGV[0]) INTO referred USING OLD.id;
    IF referred THEN
        RAISE foreign_key_violation USING
            MESSAGE = format('update or delete on table "%s" violates foreign key constraint "%s" on table "checkins"',
                             TG_TABLE_NAME, TG_ARGV[1]),
            DETAIL = format('Key (id)=(%s) is still referenced from table "checkins".', OLD.id),
            TABLE = TG_TABLE_NAME, CONSTRAINT = TG_ARGV[1];
    END IF;
    RETURN NULL;
END
$$;
"""


def upgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    for constraint, _column, _referred in REFERENCES:
        op.drop_constraint(constraint, "checkins", type_="foreignkey")
    op.execute(_new_rows_check())
    op.execute(_changed_row_check())
    op.execute(REFERRED_ROW_CHECK)
    for constraint, column, referred in REFERENCES:
        op.execute(f"CREATE TRIGGER checkins_still_refer AFTER DELETE OR UPDATE OF id ON {referred} "
                   f"FOR EACH ROW EXECUTE FUNCTION checkins_still_refer('{column}', '{constraint}')")


def downgrade():
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
