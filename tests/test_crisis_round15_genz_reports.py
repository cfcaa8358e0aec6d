"""A worried family's or friend's report reaches a person: a room locked from inside and no
answer, sitting at the tracks or on the terrace and not picking up or not coming down, blades
found with bloody tissues, fresh wounds seen; and means readied for tonight: rat poison kept
in the room, a bat for a roommate who will not walk out, the farm's medicine drunk. A lost
key, a brother studying behind the door, kites on the terrace, a bat for a match and rat
poison for the kitchen's rats stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category, detect
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "bhai ne kamra andar se band kar liya hai, jawab nahi de raha",
    "hamara beta kamre mein band hai, awaaz nahi de raha",
    "तिने खोलीचं दार आतून लावलंय, आवाज देत नाही",
    "meri behen ne room lock kar liya, 2 ghante se koi jawab nahi",
    "माझ्या भावाने खोली बंद करून घेतली, काही बोलत नाही",
    "she is sitting near the railway track for an hour, not answering",
    "to pulavar baslay, phone uchalat nahi",
    "my roommate is on the roof and refuses to come down",
    "she's been sitting by the lake for hours and isn't picking up",
    "he locked his door and isn't responding, we are scared",
    "found razor blades and bloodstained cotton in her drawer",
    "बहन के हाथ पर ताज़े घाव देखे, कुछ बता नहीं रही",
    "भाई रेलवे ट्रैक के पास बैठा है, फोन नहीं उठा रहा",
])
def test_a_family_report_of_danger_alerts(text):
    assert detect(text, second_opinion=False).crisis, detect(text, second_opinion=False).explain()


@pytest.mark.parametrize("text", [
    "my room is locked, lost the key",
    "bhai kamra band karke padh raha hai, awaaz nahi de raha",
    "papa railway station pe baithe hai, phone nahi utha rahe, train late hai",
    "terrace var patang udavtoy, khali yet nahi",
    "the old shaving blade and bloody tissues went in the dustbin",
])
def test_a_lost_key_a_study_door_or_kites_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "chuhe maarne ki dawai la ke rakhi hai, aaj raat",
    "keetnashak ki bottle la ke rakhi hai room mein, aaj raat ke liye",
    "khet ki dawai pee li maine",
    "kept rat poison in my drawer for tonight",
])
def test_a_poison_kept_for_tonight_or_drunk_alerts(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "flatmate ne phir se paise chura liye. danda ready hai, aaj wo zinda nahi jayega",
    "hockey stick is next to me, that guy is not leaving this room tonight",
])
def test_a_weapon_readied_for_someone_who_will_not_walk_out_alerts(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "cricket bat ready hai, kal match hai",
    "rat poison kitchen mein rakha hai chuhon ke liye",
    "kept rat poison in the kitchen for the rats, will put it tonight",
    "khet mein dawai chhidki aaj",
])
def test_a_bat_for_a_match_or_poison_for_rats_stays_quiet(text):
    assert_rules_stay_quiet(text)


def test_pest_poison_laid_in_the_kitchen_tonight_stays_quiet():
    assert_rules_stay_quiet("kitchen mein chuhe maarne ki dawai rakhi hai, aaj raat lagayenge")


@pytest.mark.parametrize("text", [
    "Sir my uncle kept saying it is better he ends it. Since morning his phone is switched off",
    "बाबा बोलत होते संपवेल सगळं, बरं होईल. आता फोन बंद आहे",
])
def test_talk_of_ending_it_beside_a_phone_switched_off_alerts(text):
    assert detect(text, second_opinion=False).crisis, detect(text, second_opinion=False).explain()


@pytest.mark.parametrize("text", [
    "i kept the poison away from the kids tonight",
    "beta terrace pe padh raha hai, neeche nahi aa raha",
])
def test_a_poison_put_out_of_reach_or_a_son_studying_upstairs_stays_quiet(text):
    assert_rules_stay_quiet(text)
