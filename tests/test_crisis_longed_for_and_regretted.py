"""One measure longed for is a craving, one taken is a relapse; a night's use regretted, the old
den revisited and a drink "on" again are relapses; a dose followed by a collapse is an overdose;
a slip in the mud, a crowd that suffocates and the ticket checker are everyday talk."""
import pytest

from alumni.domain.crisis import Category, detect


@pytest.mark.parametrize("text", [
    "ek peg ki talab lagi hai, kisi se baat karni hai",
    "mann kartay ek quarter sathi, phone kara na",
    "i want just one drink, thats all, pls call",
])
def test_one_measure_longed_for_is_a_craving(text):
    detection = detect(text, second_opinion=False)
    assert detection.urgent and not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "talab lagi thi, ek peg liya",
    "kal raat ganja, subah pachtaya bahut",
    "जुन्या अड्ड्यावर गेलो आणि घेतली",
    "office ke baad daaru bhi chalu ho gayi phir se",
])
def test_use_regretted_revisited_or_back_on_is_a_relapse(text):
    detection = detect(text, second_opinion=False)
    assert detection.relapse is not None, detection.explain()


@pytest.mark.parametrize("text", [
    "bhai ne injection liya aur gir pada, hil nahi raha",
    "गोळ्या खाल्ल्या आणि बेशुद्ध पडला",
])
def test_a_dose_then_a_collapse_is_an_overdose(text):
    detection = detect(text, second_opinion=False)
    assert Category.OVERDOSE in detection.categories, detection.explain()


@pytest.mark.parametrize("text", [
    "chakkar aaya, gir pada, doctor ne injection diya, ab theek hu",
    "बारिश में कीचड़ में फिसल गया, घुटना छिल गया",
    "मैदानात चिखलात घसरलो, हसून हसून पुरेवाट",
    "bus me itni bheed, dam ghut ke mar hi jaate",
    "TC ne bina ticket pakda, 300 fine bhara",
])
def test_everyday_talk_is_quiet(text):
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()
