"""The second reading of rounds 60-61: the children told their father went away for work, the
writer's body to be sent to the village, saved last time and no mistake this time, never at the
next meeting; a substance eaten ("अफीम खा के"), the intoxicating pills by their effect, a drink
not avoided; and their look-alikes (a father back in the evening, a co-worker's body sent home, a
near miss followed by a helmet, a meal or a prescribed pill eaten, a sip refused, the traffic jam
or the overtime that "killed" us). The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "मुलांना विचारलं तर सांगा बाबा कामाला गेले",
    "bachon ko bata dena papa kaam pe gaye hain",
    "if my kids ask, tell them dad went away for work",
    "meri body gaon bhej dena bhai, kiraya jeb me hai",
    "माझी body गावी न्या, तिथंच अग्नी द्या",
    "pichli baar bach gaya tha, is baar galti nahi hogi",
    "magchya veli vachlo, yaveli chuk honar nahi",
    "agli meeting me main nahi rahunga sir, kabhi nahi",
])
def test_an_absence_arranged_for_good_is_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "bachon ko bata dena papa kaam pe gaye hain, shaam ko aayenge",
    "मुलांना सांगा बाबा कामाला गेले, रविवारी परत येतील",
    "Suresh ki body gaon bhej di company ne, kal antim sanskar hai",
    "pichli baar accident me bach gaya tha, is baar koi galti nahi, helmet leke chalta hu",
    "agli meeting me main nahi rahunga sir, gaon ja raha hu shaadi me",
])
def test_a_return_named_another_mans_body_or_a_lesson_learnt_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "अफीम खा के सो गया कल",
    "kal raat bhang kha ke ghar aaya",
    "nashe wali goliyan kha ke duty pe gaya tha",
    "nashyachya golya ghetlya kal 3",
    "लग्नात रम होती, नाही टाळता आलं",
    "ठर्रा चढ़ा के आया था रात को",
])
def test_a_substance_eaten_or_a_drink_not_avoided_is_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "khana kha ke so gaya jaldi",
    "BP ki goli kha ke so gaya time pe",
    "lagnat daru hoti, pan ek ghot pan nahi ghetla",
    "toddy was served at the haldi, didnt take even one sip",
    "highway pe jam ne maar diya, teen ghante khade rahe",
    "contractor is killing us with overtime this month",
])
def test_a_meal_a_prescribed_pill_a_refused_sip_or_a_hard_day_stay_quiet(text):
    assert_rules_stay_quiet(text)
