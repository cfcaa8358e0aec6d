"""Round 11, false alarms: the others drank (or the drink was simply there) and the writer
kept out of it (alumni.domain.crisis.sober_progress): stayed away, did something else
instead, did not touch it, said no when asked again, did not go when invited. Hindi and
Marathi drop the "I" ("फिर पूछा, मना कर दिया"): a refusal in a clause that names nobody is
the writer's. The writer joining in, or not going to work, still alerts. The rules alone are
tested (second_opinion=False)."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import detect

QUIET = [
    # English
    "there was whisky at the reunion, i didn't touch it",
    "colleagues had vodka shots at the reunion, i stayed away",
    # Hindi, Latin
    "diwali party pe daru thi, main door raha",
    "purane dost ne smack ke liye phir bulaya, mana kar diya",
    # Hindi, Devanagari
    "होली की पार्टी में शराब थी, मैंने हाथ भी नहीं लगाया",
    # Marathi, Latin
    "party madhe beer hoti, mi haat pan lavla nahi",
    "pora ganja odhat hoti, mi lamb rahilo",
    # Marathi, Devanagari
    "पार्टीत बियर होती, मी हात पण लावला नाही",
    "वरातीत सगळे दारू पिऊन नाचत होते, मी लांब राहिलो",
]

STILL_ALERTING = [
    "sab pi rahe the, main bhi baith gaya",
    "kaam pe nahi gaya, roz tharra chal raha hai",
    "दोस्तों ने बुलाया, मैं गया और दारू पी ली",
    "दोस्तों ने बीयर के लिए बुलाया, मैं नहीं गया पर घर पे दो बोतल पी ली",
    "sagle pit hote, mi lamb rahilo nahi, don peg ghetle",
]


@pytest.mark.parametrize("text", QUIET)
def test_the_writer_kept_out_of_the_others_drinking(text: str) -> None:
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", STILL_ALERTING)
def test_the_writer_joining_in_still_alerts(text: str) -> None:
    assert detect(text, second_opinion=False).crisis, text
