"""Solvents taken again without a verb of sniffing, in both scripts, and the same solvents at
work: whitener on a form, thinner on a brush, a problem's solution."""
import pytest

from alumni.domain.crisis import Category, detect


@pytest.mark.parametrize("text", [
    "back on whitener since holi, nobody knows",
    "parso phir se thinner liya, maaf kijiye",
    "दोस्तों के साथ गया और सोल्यूशन ले लिया",
    "aaj punha solution ghetla, lajja vatte",
    "काल रात्री परत व्हाइटनर घेतलं",
    "थिनर सूंघा फिर से, शर्म आती है",
    "whitener rumal pe daal ke baitha tha kal",
    "नेल पॉलिश रिमूवर फिर से सूंघ लिया",
])
def test_a_solvent_taken_again_is_a_relapse(text):
    detection = detect(text, second_opinion=False)
    assert detection.relapse is not None, detection.explain()


@pytest.mark.parametrize("text", [
    "form pe galat date likhi thi, whitener lagaya aur theek kiya",
    "bank ki slip pe whitener lavla, chuk zali hoti",
    "register me whitener use kiya office me, sir ne daanta",
    "painter hu, roz thinner se brush saaf karta hu",
    "थिनर से हाथ का पेंट साफ किया, gloves भूल गया था",
    "is problem ka solution le liya, counsellor ne raasta dikhaya",
    "ghar ke jhagde ka solution nikal aaya aaj",
])
def test_a_solvent_at_work_or_a_solution_found_is_quiet(text):
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()


def test_a_solvent_sniffed_at_the_office_still_alerts():
    detection = detect("office me whitener sungh liya, form ke bahane", second_opinion=False)
    assert Category.RELAPSE in detection.categories, detection.explain()
