"""Up a tower, the water tank, a roof or a bridge and refusing to come down, said by the writer
("tower pe chadha hu, neeche nahi aaunga", "पाण्याच्या टाकीवर चढलोय, खाली येणार नाही", "i am on the
roof and i am not coming down") is a suicide to act on; a kite, a dish to repair or a signal
to catch up there, and a pet that will not come down, are not."""
import pytest

from alumni.domain.crisis import Category, detect


@pytest.mark.parametrize("text", [
    "tower pe chadha hu, neeche nahi aaunga",
    "main paani ki tanki pe hu, neeche nahi aaungi",
    "पाण्याच्या टाकीवर चढलोय, खाली येणार नाही",
    "टॉवरवर चढलोय, मी खाली येणार नाही",
    "chhat pe hu, ab neeche nahi aaunga kabhi",
    "i am on the roof and i am not coming down",
])
def test_a_height_climbed_and_coming_down_refused_is_a_suicide(text):
    detection = detect(text, second_opinion=False)
    assert Category.SUICIDE in {f.category for f in detection.findings}, detection.explain()


@pytest.mark.parametrize("text", [
    "chhat pe patang uda raha hu, neeche nahi aaunga abhi",
    "tower pe signal ke liye chadha hu, neeche nahi aaunga jab tak call na ho",
    "dish repair karne chhat pe gaya, neeche nahi aaunga 1 ghante",
    "im on the roof watching the sunset, not coming down till dinner",
    "neeche nahi aaunga, mummy bula rahi hai par game chal raha hai",
    "meri billi chhat pe hai, neeche nahi aa rahi",
    "majhi manjar gachivar ahe, khali yet nahi",
])
def test_a_kite_a_repair_or_a_pet_up_there_is_no_crisis(text):
    assert not detect(text, second_opinion=False).crisis, detect(text, second_opinion=False).explain()
