"""The old habit told against today (alumni.domain.crisis.sober_progress, the fourth shape): the pay or
the bonus spent on the family where it once went to drink ("पहले सब दारू में जाता था", "आधी सगळं दारूत
जायचं"), and what would have happened and did not ("पूर्वी सरळ गुत्त्यावर गेलो असतो"). A use told
anywhere else in the message, a use again, or yesterday too keeps the relapse. The sentences are my own,
none from the evaluation sets. The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "is baar bonus se beti ko jhumke dilaye, pehle sab daru me jata tha",
    "पगार से माँ का चश्मा बनवाया, पहले सब ठेके पर जाता था",
    "diwali cha bonus gharat dila, aadhi sagla daruvar jaycha",
    "यंदा मुलीला गणवेश घेतला, आधी सगळं दारूत जायचं",
    "saheb shi bhandan zala, purvi sarla gutyavar gelo asto, aaj ghari jaun zoplo",
    "मालकाशी वाद झाला, पूर्वी सरळ बारमध्ये गेलो असतो. आज व्यायामशाळेत गेलो",
    "got my salary and paid the school fees first. earlier it all used to go on the bar",
    "sasural walon ke liye mithai li, pehle ye paise nashe me udd jaate the",
])
def test_the_habit_of_before_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "pehle sab daru me jata tha, kal raat phir se pi li",
    "आधी सगळं दारूत जायचं, कालपण गेलो आणि दोन क्वार्टर घेतल्या",
    "purvi sarla gutyavar jaycho, aata parat suru zala",
    "bonus mila, pehle sab daru me jata tha, is baar bhi 3 peg maar liye",
    "used to go straight to the bar on payday, did it again yesterday",
])
def test_a_use_now_beside_the_old_habit_is_still_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)
