"""Round 34 (holdouts 106, 107 and 109, opened): danger told by students and workers abroad and
their parents (the visa and no face to go home, a child silent for days, the platform, pills
ordered online), by tailors and garment workers (the needle into the fingers, shut in the godown,
the loft's rope, solution sniffed) and by school teachers and staff (the school's tank and well,
the resignation and the letter, the drunk bus driver) reaches a person. Their look-alikes stay
quiet: the snow that "will kill me", the pay or the rate cut, a needle pricked while stitching,
the school well's water tested, water safe for drinking. The rules alone are tested
(second_opinion=False): the classifier cannot hide a regression."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    ("visa reject ho gaya, ghar walon ko face nahi kar sakta, usse pehle hi chala jaunga", Category.SUICIDE),
    ("व्हिसा संपायला दोन आठवडे, परत गेलो तर सगळे हसतील, त्याआधीच जायचं ठरवलंय", Category.SUICIDE),
    ("beti Dublin me hai, 3 din se phone nahi utha rahi, aakhri baar bahut ro rahi thi", Category.SUICIDE),
    ("sir beta ka msg aaya mummy maaf karna, phone switch off hai", Category.SUICIDE),
    ("platform pe baitha hu, agli train aayi to bas", Category.SUICIDE),
    ("gave my stuff to my flatmate and deleted insta. bye", Category.SUICIDE),
    ("ordered 40 sleeping pills online, all lined up on the table", Category.OVERDOSE),
    ("vape phir se shuru, din bhar kheench raha hu", Category.RELAPSE),
    ("सुईने बोटं टोचतो रोज, कोणाला सांगितलं नाही", Category.SELF_HARM),
    ("वो गोदाम में बंद है, जल्दी आओ please", Category.SUICIDE),
    ("solution ki tube bathroom me sungh li", Category.RELAPSE),
    ("rat poison liya hai, its not for the rats", Category.OVERDOSE),
    ("शाळेच्या टाकीवर चढलोय, खाली सगळं लहान दिसतंय", Category.SUICIDE),
    ("mera bhai bol raha hai pani ki tanki se kood jayega", Category.SUICIDE),
    ("istifa likh diya, ek chitthi ghar walo ke liye bhi rakh di", Category.SUICIDE),
    ("our school bus driver is drunk and says he will drive the bus into the river", Category.HARM_TO_OTHERS),
    ("usko tanki se neeche dhakel dunga", Category.HARM_TO_OTHERS),
    ("kharra parat suru zala, roj 5", Category.RELAPSE),
])
def test_danger_told_abroad_in_tailoring_and_at_school_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "ye barf mujhe maar daalegi, aaj minus das hai",
    "sethne rate kapla tari pyalo nahi",
    "seth cut my piece rate, still sober",
    "शिवताना सुई बोटाला टोचली, काही नाही",
    "school ke kuen ka paani test hua, theek hai",
    "they tested the tap, its safe for drinking now",
    "BP ki goliyan mez par rakhi hain, aaj raat le lena papa",
    "no weed no pills this month, just too much coffee",
    "dosta cha lagna hota, daru chi party hoti, me kahich nahi pyalo",
    "visa mil gaya finally, ghar walon ko bata diya",
    "school ki tanki saaf karwayi aaj",
])
def test_their_look_alikes_are_quiet(text):
    assert_rules_stay_quiet(text)
