"""What was still English on staff screens after the first translations, in Marathi and Hindi:
the crisis alert by SMS, what was done with a reply (its "handling"), a group message's
audience, the peer timeline, the closer-plan refusal, e-mail address errors, a meeting's
cohorts and WTForms' own messages. No sentence of the catalogue is left in English
(tests/support/staff_language_walk.py), and English readers read what they read before."""
from __future__ import annotations

import pytest

from alumni.core.cases import open_case
from alumni.extensions import db
from alumni.models import Channel, Direction, FollowUpReason, Message
from alumni.redis_conn import get_redis
from alumni.workspace.alerts import alert_on_call
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus
from tests.support.staff_language_walk import require_compiled_catalogues, untranslated_on, visible_text

LANGUAGES = ["mr", "hi"]


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues():
    require_compiled_catalogues()


def _english_left(app, html: str) -> list[str]:
    # The centre's name is a name, not a sentence ("Sunrise Recovery Centre" holds "Recovery").
    return untranslated_on(visible_text(html).replace(app.config["CENTRE_NAME"], ""))


# --- 1. the crisis alert by SMS ---------------------------------------------------------

def _texts_to(number: str) -> list[dict]:
    from alumni.delivery.transports.console import recorded_messages
    return [m for m in recorded_messages(get_redis(), limit=1000) if m["to"] == number]


def _crisis_alert_sent(first_name: str) -> tuple[int, int]:
    """A crisis text from an alumnus, alerted through the real path (the alert job on the
    worker, the console transport); (alumnus id, case id)."""
    alumnus = make_alumnus(first_name=first_name)
    message = Message(direction=Direction.INBOUND, channel=Channel.SMS, alumnus_id=alumnus.id,
                      from_addr=alumnus.phone, body="I want to end it tonight")
    db.session.add(message)
    db.session.commit()
    case, _ = open_case(alumnus.id, FollowUpReason.CRISIS, message_id=message.id)
    db.session.commit()
    alert_on_call(case.id, message_id=message.id)
    return alumnus.id, case.id


def test_the_crisis_alert_sms_is_in_each_recipients_language(app_context, run_jobs):
    make_user("staff", phone="+919800000201", on_call=True, language="mr")
    make_user("staff", phone="+919800000202", on_call=True, language="hi")
    make_user("staff", phone="+919800000203", on_call=True)
    alumnus_id, case_id = _crisis_alert_sent("Asha")
    run_jobs()
    url = f"http://localhost/workspace/cases/{case_id}"
    [marathi] = _texts_to("+919800000201")
    assert marathi["body"] == (f"अति तातडीचे: Asha (#{alumnus_id}) यांच्या मेसेजवरून ते धोक्यात असू शकतात. "
                               f"त्यांना आत्ताच फोन करण्यासाठी आणि दखल घेण्यासाठी केस उघडा: {url}")
    [hindi] = _texts_to("+919800000202")
    assert hindi["body"].startswith(f"अति ज़रूरी: Asha (#{alumnus_id})") and hindi["body"].endswith(url)
    [english] = _texts_to("+919800000203")
    assert english["body"] == (f"URGENT: Asha (#{alumnus_id}) sent a text that may mean they are in danger. "
                               f"Open the case to call them now and acknowledge it: {url}")
