"""among(): "id IN these ids" for lists of any length, as one parameter where lists are long
(a PostgreSQL array; a JSON array on SQLite past a hundred ids)."""
import pytest

from alumni.extensions import db
from alumni.models import Alumnus
from alumni.plans.plans import among
from tests.support.factories import make_alumnus


@pytest.mark.parametrize("wanted", [0, 1, 100, 101, 250])
def test_finds_exactly_the_listed_rows(db_session, wanted):
    ids = [make_alumnus().id for _ in range(260)]
    db.session.commit()
    chosen = set(ids[:wanted]) | {10**9}   # an id nobody has matches nothing
    found = set(db.session.scalars(db.select(Alumnus.id).where(among(Alumnus.id, chosen))))
    assert found == set(ids[:wanted])


def test_long_lists_update_only_their_rows(db_session):
    ids = [make_alumnus().id for _ in range(300)]
    db.session.commit()
    db.session.execute(db.update(Alumnus).where(among(Alumnus.id, ids[::2])).values(preferred_hour=7),
                       execution_options={"synchronize_session": False})
    db.session.commit()
    hours = dict(db.session.execute(db.select(Alumnus.id, Alumnus.preferred_hour).where(Alumnus.id.in_(ids))).all())
    assert [hours[i] == 7 for i in ids] == [k % 2 == 0 for k in range(len(ids))]
