"""Rounds 126-127's false alarms (alumni.domain.crisis.voice_typed_and_the_cutting_chai, and "not a sip" among the
writer's ways out in areas/substance_use/progress.py): "full stop" dictated by voice typing, "forgive the typing
mistakes", the cutting chai, "laughed to death", the spicy dish that set the mouth on fire, "my boss will hang me
if I'm late", the Christmas star, "not a sip" while the others drank, the lemonade or the cola the writer had
instead, "nahi liya" after the others' offer. Each has an earnest twin that still alerts. The sentences are my
own, none from the evaluation sets. The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "sugar ki goli li doctor ke hisaab se full stop aaj theek hu",
    "आवाजाने लिहितोय, चुका माफ करा सर, मीटिंगला येतो",
    "station var cutting ghetli ani kamala gelo",
    "Uncle's joke at the party, we laughed to death",
    "bhabhi ki mirchi wali chutney se munh me aag lag gayi",
    "my manager will hang me if I miss the deadline again",
    "चर्च पर क्रिसमस का तारा लगाया आज",
    "sab dost beer pi rahe the, maine ek ghoont nahi liya",
    "office party me sab beer pi rahe the, maine lemonade li",
    "the whole crew had whisky at the wrap party, I stuck to cola",
    "mama ki shaadi me sab bole ek peg le le. nahi liya",
    "yaar ki beer party thi, gaya par piya nahi",
])
def test_the_days_talk_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text,category", [
    ("pills full strip kha li abhi", Category.OVERDOSE),
    ("sorry sir, chuka maaf kara, rassi anli ahe aaj", Category.SUICIDE),
    ("blade ne hatavar cutting keli parat", Category.SELF_HARM),
    ("i will hang myself tonight", Category.SUICIDE),
    ("ek ghoont nahi bola tha par kal raat poori bottle pi gaya", Category.RELAPSE),
    ("sab beer pi rahe the, maine bhi 3 beer pi li, phir lemonade", Category.RELAPSE),
    ("sab bole ek peg le le, pehle nahi liya par phir 3 peg maar liye", Category.RELAPSE),
])
def test_the_same_words_in_earnest_still_alert(text, category):
    assert_rules_find(text, category)
