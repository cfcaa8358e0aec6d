"""The field gone to and its medicine drunk there, or thought of ("रात्री शेताकडे जाऊन औषध प्यायचा
विचार येतो", "khet jaake dawai pi li") is an overdose: in a farming home the field's "औषध" is
its pesticide. The medicine sprayed and tea or water drunk after it, a fever's or a parent's
medicine, and the cattle's dose are not."""
import pytest

from alumni.domain.crisis import Category, detect


@pytest.mark.parametrize("text", [
    "रोज रात्री शेताकडे जाऊन औषध प्यायचा विचार येतो",
    "shetavar jaun aushadh pyaycha vichar karto",
    "शेतात जाऊन औषध प्यायलो, डोकं फिरतंय",
    "kal raat khet jaake dawai peene ka khayal aaya",
    "खेत जाकर दवाई पी लूंगा आज",
])
def test_the_field_s_medicine_drunk_is_an_overdose(text):
    detection = detect(text, second_opinion=False)
    assert Category.OVERDOSE in {f.category for f in detection.findings}, detection.explain()


@pytest.mark.parametrize("text", [
    "शेतात औषध फवारलं, मग चहा प्यायलो",
    "khet me dawai chhidki, fir chai pi li",
    "आईचं औषध घ्यायला शेताकडून घरी आलो",
    "khet jaake gai ko dawai pilayi",
    "tapache aushadh pyaycha visarlo, shetat hoto",
])
def test_the_medicine_sprayed_or_of_the_body_is_no_crisis(text):
    assert not detect(text, second_opinion=False).crisis, detect(text, second_opinion=False).explain()
