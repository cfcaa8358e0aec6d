"""Records for tests, built straight on the models (the services under test build their own)."""
from __future__ import annotations

import itertools
from datetime import date, timedelta

from alumni.extensions import db
from alumni.models import Alumnus, Channel, Consent, ConsentSource

_phones = itertools.count(9000000001)


def make_alumnus(consent=(Channel.SMS,), **fields) -> Alumnus:
    """An active alumnus with a unique Indian mobile number and consent on `consent`."""
    number = next(_phones)
    values = dict(first_name="Test", last_name=f"Alumnus{number % 100000}", phone=f"+91{number}",
                  email=f"alumnus{number}@example.org", language="en", timezone="Asia/Kolkata",
                  discharge_date=date.today() - timedelta(days=1), preferred_channel=Channel.SMS)
    values.update(fields)
    alumnus = Alumnus(**values)
    db.session.add(alumnus)
    for channel in Channel:
        db.session.add(Consent(alumnus=alumnus, channel=channel, granted=channel in consent,
                               source=ConsentSource.FORM))
    db.session.commit()
    return alumnus
