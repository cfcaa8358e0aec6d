"""The twenty-ninth session's readings: rounds 74-75 again (the evening's sitting with the writer's
own wish or plea, santra, the price's number and "for good money") and rounds 76-77 (e-waste
dismantlers, dyers, mushroom farms, fire brigades, street performers, docks): the sea, the jetty and
the well gone down into, the next train and the next fire, the compost tunnel shut from inside, a rope
tied for when everyone has gone, the chemical's glass kept, threats of the crane's hook and the gas
cutter, burns owned, the pay gone into the bar, the solution glue on the mind. The rules alone are
tested (second_opinion=False), with the detector's explanation on failure."""
import pytest

from alumni.domain.crisis import detect
from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "raat la khadit utraycha vichar pakka zala ahe",
    "aaj jetty se aage jaunga, wapas nahi aana",
    "पुढच्या आगीत मी परत येणार नाही, आईला सांगू नका",
    "platform 2 var basloy, pudhchi local ali ki sampla sagla",
    "उद्या सकाळचा सूर्य मी बघणार नाही",
    "tunnel ka darwaza andar se lock kar ke baithunga",
    "सगळे घरी गेले की वर्कशॉपच्या खांबाला दोरी बांधलीये",
    "crane cabin me baitha hu, belt khol du aur gir jaun",
    "आखिरी खेल है, अब लाश का रूप दिखाऊंगा",
])
def test_the_sea_the_train_the_fire_and_the_tunnel_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "acid ka glass bhar ke rakha hai table pe",
    "kerosene ki bottle saamne hai, aaj raat pi jaunga",
    "शेतातलं कीटकनाशक पिलोय, डोकं फिरतंय",
])
def test_a_glass_kept_and_tonights_drink_of_poison_are_overdose(text):
    assert detect(text, second_opinion=False).crisis


@pytest.mark.parametrize("text", [
    "उद्या त्या मुकादमच्या अंगावर crane चा hook सोडतो",
    "supervisor ko godown me kondun thevin, gas ne maru de",
    "I will throw acid on his face tomorrow",
])
def test_the_hook_the_locked_godown_and_the_acid_are_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "hatavarche he burn mich dilele ahet",
    "gusse me diwar pe haath maarta raha jab tak ungli nahi toot gayi",
    "welding rod jaan bujh ke kalai pe lagaya",
])
def test_burns_owned_and_the_wall_struck_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "bonus milala ani sagla daru madhe gela",
    "kal ka pura pagar theke me gaya",
])
def test_the_pay_gone_into_the_drink_is_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "shift ke baad sab dhabe pe baithte hai, mera bhi dil karta hai",
    "mitrane party thevli ahe, jaychi ichha ahe. kasa thambu",
    "पगार खिशात आहे आणि वाटेत बार, काय करू",
    "godown me solution ki tube dekh ke bechaini ho rahi hai",
    "जत्रेत संत्र्याची आठवण येते",
])
def test_the_evenings_sitting_the_bar_road_and_the_solution_are_urgent(text):
    detection = detect(text, second_opinion=False)
    assert detection.urgent, detection.explain()


@pytest.mark.parametrize("text", [
    "gaadi ki kisht bhari, ab bas das baaki",
    "ye naya paudha paani aise peeta hai jaise koi bewda",
    "rate is 520 now, hoping for good money. taking my medicines daily",
    "sagle bar madhe gele, mi ghari aalo",
    "kal ki review meeting matlab fansi pe chadhna 😂",
    "result dekh ke main to jumped with joy",
    "uski baat sun ke tan badan me aag lag gayi",
    "first week at the new job was like drinking from a firehose",
    "jumping sheet drill for the new batch today",
    "new foam tender arrived at our station",
    "knife throwing act practice at the mela ground",
    "kitchen madhe jhurale maraycha gel lavla",
])
def test_instalments_likenesses_prices_and_the_stations_talk_stay_quiet(text):
    assert_rules_stay_quiet(text)
