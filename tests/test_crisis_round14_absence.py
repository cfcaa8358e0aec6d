"""Suicide told as one's absence ahead, a place of danger or the means in view: not alive by
the day one is invited to, everything over by then, the morning one wishes not to wake to,
the holding on running out, one's fill of life; the calm water at the canal or the dam, the
well walked to with a sorry, no coming back up the ghat's steps, the fan and the dupatta
looked at, a rope tied to a tree in the field. The invitation refused for a trip, a picnic at
the dam, a rope for the well's bucket, a fan fixed and a dupatta bought stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "rewa ki shaadi tak main rahunga hi nahi",
    "रविवार तक मैं रहूँगी ही नहीं, मत बुलाओ",
    "agle hafte tak mai rahunga bhi nahi",
    "tab tak main hounga hi nahi bhai",
    "तोपर्यंत मी असणारच नाही",
    "nako bolavu, tevhaparyant me asnar nahi",
    "thanks for asking, but won't be around by then",
    "दिवाळीला मी नसणार, तोपर्यंत सगळं संपलेलं असेल",
    "mi nasnar tyaveli, sagla sampla asel",
])
def test_not_alive_by_the_day_one_is_asked_to_come_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "saturday nahi aa paunga, gaon ja raha hu",
    "saturday tak main ghar pe nahi rahunga, gaon ja raha hu",
    "tab tak main office me rahunga, phir aata hu",
    "shanivari mi nasnar, mavshichya lagnala janar ahe",
    "tevha paryant mi tithe asnar nahi, gavi janar",
    "sunday tak main free nahi rahunga, exams hai",
    "saturday tak main chup rahunga hi nahi, sabko bataunga",
    "tevha paryant mi office madhe asnar nahi",
])
def test_away_busy_or_elsewhere_that_day_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "रोज रात्री झोपताना वाटतं सकाळी उठूच नये",
    "dar ratri vatate parat uthu naye",
    "देवाकडे मागते की सकाळी जाग येऊच नये",
    "dont know how much longer i can keep holding on",
    "i can't hold on any longer",
    "ab aur kitne din tag dharu mahit nahi",
    "bas ab zindagi se mann bhar gaya hai",
    "जीवन से जी भर चुका है अब",
    "jagnyacha veet aalay mala",
    "tension mat lo, galat kadam nahi uthaungi",
])
def test_the_morning_not_to_wake_to_the_holding_on_and_ones_fill_of_life_alert(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "ravivari sakali uthu naye vatta, aalas yeto",
    "itki thandi ahe ki sakali uthuch naye vatta",
    "kal sakali uthuch naye vatat hota, khup thandi hoti",
    "cant hold on to the bus rail, too crowded",
    "hold on, i will call you back in 5 min",
    "how much longer can I hold on to this stock?",
    "aaj jee bhar ke khaya, maza aa gaya",
    "film dekh ke mann bhar gaya",
    "galat kadam mat uthana beta",
])
def test_a_lazy_morning_a_grip_and_a_full_meal_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "धरणाच्या कठड्यावर उभा आहे, खाली पाणी खोल आहे",
    "dharnachya bhintivar ekta baslo ahe, pani khup khol",
    "kalvyajaval basloy, pani khup shant ahe",
    "नहर के पास खड़ी हूं, पानी बहुत शांत दिख रहा है",
    "पुलावर उभा आहे, नदीचं पाणी शांत वाटतंय",
    "nadi mujhe bula rahi hai roz raat",
    "vihir bolavtey mala",
    "the river keeps calling me",
    "कालव्याकडे चालतोय आता, सॉरी बाबा",
    "nahar ki taraf ja raha hu, sorry mummy",
    "walking to the canal now, sorry ma",
    "sat at the ghat for hours. next time i wont come back up",
    "घाटावर बसलो होतो, पुढच्या वेळी परत वर येणार नाही",
])
def test_at_the_water_with_its_pull_or_a_sorry_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "dharnachya bhintivar basloy mitransobat, picnic, pani khup khol ahe",
    "dam ki deewar pe doston ke saath baithe hain, picnic hai, paani gehra hai",
    "नहर के किनारे बैठा हूं दोस्तों के साथ, पानी शांत है, ठंडी हवा",
    "lake pe baitha hu, paani bahut shant hai, sunset dekh raha",
    "dam pe khada hu, paani bahut shant hai, photo le raha",
    "vihiri kade chalat ahe pani bharayla, sorry late reply",
    "platform pe khada hu, sorry train late hai",
    "went to the ghat for the aarti, came back up the steps tired",
    "mummy neeche bula rahi hai, baad me baat karte",
])
def test_an_outing_a_chore_or_a_late_reply_by_the_water_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "पंख्याकडे बघत बैठी हूं कबसे, चुन्नी पास ही है",
    "akeli hu ghar pe, pankhe aur dupatte ko dekh rahi hu",
    "I keep staring at the fan, the dupatta is right here",
    "staring at the ceiling fan for an hour, my chunni on the bed",
    "bhavachya shetatlya babhlila dor bandhun aaloy",
    "shetatlya chinchela dor bandhla ahe aaj",
])
def test_the_fan_and_the_cloth_looked_at_or_a_rope_tied_to_a_tree_alert(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "fixing the ceiling fan today, electrician is coming",
    "pankha saaf kar rahi hu dupatte se",
    "bought a dupatta for my sister, fan ke neeche sukha rahi hu",
    "dupatta pankhe me phas gaya, dekh raha hu kaise nikalu",
    "fan ko dekh raha tha, dupatta ud raha tha hawa se",
    "बाभळीला दोर बांधून आलोय, बैल बांधला",
    "नई रस्सी लाई है कुएं की बाल्टी के लिए",
    "कुएं की बाल्टी के लिए रस्सी खरीदी",
    "vihirichya motarsathi navin dori aanli",
    "ped pe rassi bandh ke tirpal lagaya",
])
def test_a_fan_fixed_a_dupatta_bought_and_a_rope_at_a_chore_stay_quiet(text):
    assert_rules_stay_quiet(text)
