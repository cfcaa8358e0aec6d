"""Farewells the rules read in one script and missed in another (round 23): the children
entrusted in Devanagari and in Marathi ("मेरे बच्चों का ध्यान रखना, मैं जा रहा हूं", "majhya
mulanchi kalji ghya, mi chalo"), thanks for everything in Marathi beside never meeting again,
"don't look for me" beside never coming back, no more trouble to anyone after today in Hindi and
Marathi, and the well with the thought of going in. Leaving for a wedding, a leave from the
office and a swim stay quiet."""
import pytest

from alumni.domain.crisis import detect
from alumni.domain.crisis.detection import Category


@pytest.mark.parametrize("text", [
    "सर मेरे बच्चों का ध्यान रखना मैं जा रहा हूं",
    "majhya mulanchi kalji ghya, mi chalo",
    "bye sir, thank you सगळ्यासाठी. आता नाही भेटणार आपण",
    "जंगल में चला जाऊंगा, लौट के नहीं आऊंगा, किसी को ढूंढना मत",
    "tension मत लेना, आज के बाद किसी को trouble नहीं दूंगा",
    "aaj nantar konala tras denar nahi",
    "the well behind the house is quiet. thinking of going in tonight",
])
def test_farewells_in_every_script_are_a_suicide(text):
    detection = detect(text, second_opinion=False)
    assert Category.SUICIDE in {f.category for f in detection.findings}, detection.explain()


@pytest.mark.parametrize("text", [
    "mujhe dhoondhna mat, main gaon ja raha hu shaadi me",
    "dont look for me at the office tomorrow, i am on leave",
    "the pool looks nice, thinking of going in for a swim",
    "mi chalo office la, sandhyakali bhetu",
])
def test_leaving_for_an_errand_is_quiet(text):
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()
