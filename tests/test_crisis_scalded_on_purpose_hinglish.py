"""Hot water or oil poured on oneself on purpose, told in Hinglish with the verb before the limb
("jaan bujh ke garam pani dal diya haath pe"), is self-harm, as the Marathi and English forms
already were; spilled by mistake it is not."""
import pytest

from alumni.domain.crisis import Category, detect


@pytest.mark.parametrize("text", [
    "jaan bujh ke garam pani dal diya haath pe",
    "जानबूझ के गरम तेल डाल दिया पैर पर",
    "jaanbujhkar khaulta pani haath par dala, sukoon mila",
])
def test_scalding_oneself_on_purpose_is_self_harm(text):
    detection = detect(text, second_opinion=False)
    assert Category.SELF_HARM in {f.category for f in detection.findings}, detection.explain()


def test_hot_water_spilled_by_mistake_is_no_crisis():
    detection = detect("galti se garam pani haath pe gir gaya, chai bana raha tha", second_opinion=False)
    assert not detection.crisis, detection.explain()
