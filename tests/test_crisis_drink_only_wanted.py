"""A drink or a drag wanted and not had is a craving: an urgent case, without the helpline text
and without a relapse on the timeline ("ek peg maarne ka mann hai", "एक पेग हवाय", "all i can
think about is one drink"). "maarna" a peg or a drag is taking it, not killing. The drink had,
one more drink, and a wish refused keep their readings, and a wish to die stays a suicide."""
import pytest

from alumni.domain.crisis import Category, detect


@pytest.mark.parametrize("text", [
    "yaar ek peg maarne ka bada mann ho raha hai",
    "dil karta hai abhi ek sutta maar lu",
    "sharab peene ka bahut mann kar raha hai aaj",
    "ek quarter lagane ki ichha ho rahi hai",
    "bas ek peg mil jaye, haath kaanp rahe",
    "mala ek peg lavaychi khup ichha hotey",
    "एक पेग मारने का बहुत मन कर रहा है",
    "संध्याकाळी एक पेग घ्यावासा वाटतोय",
    "i want one drink so badly tonight",
    "cant stop thinking about getting high",
    "kept dreaming about drinking all week",
])
def test_a_drink_only_wanted_is_a_craving_not_a_relapse(text):
    detection = detect(text, second_opinion=False)
    assert detection.urgent and not detection.crisis, detection.explain()
    assert detection.relapse is None, detection.explain()


@pytest.mark.parametrize("text", [
    "mann kiya to do peg maar liye kal",
    "peene ka mann hua aur theke pe jaake pee li",
    "wanted one drink and ended up having six",
    "kal raat ek peg maar liya dost ke ghar",
    "bas ek aur peg maar lu phir ghar jata hu",
    "teen peg ho gaye, ek peg aur lagane ka mann hai",
])
def test_a_drink_had_or_one_more_stays_a_relapse(text):
    detection = detect(text, second_opinion=False)
    assert detection.relapse is not None, detection.explain()


@pytest.mark.parametrize("text", [
    "mujhe marne ka mann kar raha hai",
    "khud ko maarne ka mann karta hai",
    "jeene ka mann nahi hai ab",
])
def test_a_wish_to_die_is_still_a_suicide(text):
    detection = detect(text, second_opinion=False)
    assert Category.SUICIDE in {f.category for f in detection.findings}, detection.explain()


@pytest.mark.parametrize("text", [
    "aaj peene ka mann bhi nahi hua, 90 din ho gaye",
    "mann nahi kar raha ek peg lagane ka, khush hu",
    "ek peg bhi nahi chahiye mujhe ab",
])
def test_a_wish_denied_is_no_craving(text):
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()


def test_a_vein_to_cut_is_no_drink_wished_for():
    detection = detect("नस काटने का मन करता है", second_opinion=False)
    categories = {f.category for f in detection.findings}
    assert Category.SELF_HARM in categories and Category.CRAVING not in categories, detection.explain()
