"""Two sobriety shapes the rules read as danger in older sets: the dealer or the old group cut off ("MD वाल्या
group मधून exit केलं", "एमडी वाल्यांचा फोन आला, नंबर ब्लॉक केला"; alumni.domain.crisis.dealer_blocked), and months
without the sleeping pill ("तीन महीने से नींद की गोली नहीं ली"; sober_progress.pills_counted_off). A use beside the
blocking, or an amount, a recent time or pills kept for later beside the months, still alerts. The sentences are my
own, none from the evaluation sets. The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "charas वाल्या group मधून exit केलं, 3 months clean",
    "purane ganja wale dost ko block kiya, 2 mahine ho gaye",
    "एमडीवाल्या मित्राचा फोन आला, नंबर ब्लॉक केला",
    "पांच महीने से नींद की गोली नहीं ली, योग से नींद आती है",
    "do mahine se neend ki goli nahi li, neend khud aa jati hai",
    "char mahine zopechya golya nahi ghetlya, sakali chalayla jato",
])
def test_sobriety_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text,category", [
    ("MD घेतलं आणि मग नंबर ब्लॉक केला", Category.RELAPSE),
    ("block kiya par kal phir MD li", Category.RELAPSE),
    ("3 mahine se neend ki goli nahi li, aaj saari kha li", Category.OVERDOSE),
    ("2 mahine se goli nahi li par ab sab kha lunga", Category.OVERDOSE),
    ("neend ki goliyan 3 mahine se jama ki hai, nahi li, aaj sab khaunga", Category.OVERDOSE),
    ("havent taken my sleeping pills for 2 weeks, saving them all for tonight", Category.OVERDOSE),
    ("3 mahine se neend ki goli nahi li, ab 20 ek saath kha li", Category.OVERDOSE),
])
def test_a_use_or_a_dose_beside_them_still_alerts(text, category):
    assert_rules_find(text, category)
