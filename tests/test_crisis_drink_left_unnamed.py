"""Using again with the drink left unnamed, as it is said with shame ("kal sham ko ho gayi thodi,
aaj sharam aa rahi hai", "lagna madhe thodi zali, sorry", "i had a couple last night, im so
ashamed") is a relapse. A little delay, rain or trouble, food tasted, and a couple of days or a
few friends are not."""
import pytest

from alumni.domain.crisis import detect


@pytest.mark.parametrize("text", [
    "kal shaam dosto ke saath ho gayi thodi, maaf karna",
    "शादी में थोड़ी हो गई, बहुत शर्म आ रही है",
    "mitransobat thodi zali kal, chuk zali",
    "कल रात थोड़ी सी चख ली, सॉरी",
    "i had a few last night, i'm sorry",
    "had a couple at the wedding, feel guilty",
])
def test_a_drink_left_unnamed_and_owned_is_a_relapse(text):
    detection = detect(text, second_opinion=False)
    assert detection.relapse is not None, detection.explain()


@pytest.mark.parametrize("text", [
    "kal shaam thodi der ho gayi, sorry sir",
    "lagnat thodi bhandan zali, sorry",
    "kal raat dal thodi chakh li, namak kam tha",
    "had a couple of days off, sorry for the late reply",
    "had a few friends over last night for cricket",
])
def test_a_little_of_something_else_is_no_relapse(text):
    assert not detect(text, second_opinion=False).crisis, detect(text, second_opinion=False).explain()
