"""Round 40 (holdouts 130, 131 and 133, opened): danger told by research scholars (the lab's
cyanide, drafts deleted and "now I want to be deleted", the last talk from the hostel terrace,
acid for the guide), by waste pickers (the dump's fire to walk into, under the dumper's wheels) and
by farm labourers (death's road the only one seen, poppy husk's brew) reaches a person. Their
look-alikes stay quiet: the others' charas or smack that the writer walked away from, "everything
else is fine" after the pills fetched for a parent, glass in a finger. The rules alone are tested
(second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    ("lab se cyanide le aaya hu, kal subah kha lunga", Category.OVERDOSE),
    ("सगळा data गेला, आता मला पण delete व्हायचं आहे", Category.SUICIDE),
    ("gachchi var aahe, aakhri baar baat karaychi hoti", Category.SUICIDE),
    ("kachre ke dher me aag lagi hai, aaj raat usme jaane ka soch liya", Category.SUICIDE),
    ("truck ke pahiye ke neeche aa jaun, bas itna sochta hu", Category.SUICIDE),
    ("ab maut ka hi rasta dikhta hai", Category.SUICIDE),
    ("उस ठेकेदार पर acid फेकूंगा", Category.HARM_TO_OTHERS),
    ("भुक्कीचा चहा प्यायलो आज", Category.RELAPSE),
    # the writer's own use before the friends are named, and then the writer went home
    ("took smack with old friends when i went home for diwali", Category.RELAPSE),
    ("mitra charas odhat hote, mi pan odhla ani ghari aalo", Category.RELAPSE),
])
def test_danger_told_by_scholars_waste_pickers_and_labourers_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "raat ko chhat pe dost charas pi rahe the, main neeche aakar so gaya",
    "after the match the boys had smack, i got up and left",
    "mitra daru pit hote, mi tithun uthun gelo",
    "mummy ki BP ki goliyan courier ki, baaki sab theek",
    "botala kaach lagla, tetanus ghetla",
    "aaj lab me cyanide ka experiment safely kiya, waste neutralise kiya",
])
def test_their_look_alikes_are_quiet(text):
    assert_rules_stay_quiet(text)
