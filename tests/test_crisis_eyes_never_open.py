"""The eyes never to open again, said as a wish ("neend aaye aur fir kabhi na khule aankh",
"सकाळी डोळे उघडूच नयेत", "close my eyes and never open them") is a suicide, with or without
God or "if only" beside it. Eyes that would not open after a late night, and a door or a shop
that should stay shut, are not."""
import pytest

from alumni.domain.crisis import Category, detect


@pytest.mark.parametrize("text", [
    "bas so jau aur aankh fir kabhi na khule",
    "आज रात सोऊं और आंख कभी न खुले",
    "sakali majhe dole ughduch nayet",
    "डोळे मिटावेत आणि परत उघडू नये",
    "want to shut my eyes and never open them again",
    "i just want to close my eyes forever",
    "आंखें हमेशा के लिए बंद कर लेना चाहता हूं",
])
def test_eyes_never_to_open_again_is_a_suicide(text):
    detection = detect(text, second_opinion=False)
    assert Category.SUICIDE in {f.category for f in detection.findings}, detection.explain()


@pytest.mark.parametrize("text", [
    "subah aankh nahi khuli, bus chhoot gayi",
    "sakali dole ughdat navte, raatri ushira zopalo",
    "dukan aaj ughduch naye asa vatta, khup thaklo",
    "my eyes would not open this morning after the night shift",
])
def test_tired_eyes_or_a_shut_shop_are_no_crisis(text):
    assert not detect(text, second_opinion=False).crisis, detect(text, second_opinion=False).explain()
