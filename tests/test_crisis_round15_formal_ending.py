"""Ending one's life, injuring oneself and killing said in the formal register of a letter
reach a person: the life journey to be closed, life given up by its formal verb, no hope left
in life, nothing left but giving one's life, no reason to stay on in this world, "I am
finished, now I will end", oneself injured, a husband taken down from the noose, a killing
threatened by its formal noun and the writer's verb to come. A life journey in a book or an
obituary, no option but the exam, no reason to fear, holidays ending, a trap escaped and a
killing in the news stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "मैं अपनी जीवन लीला आज रात समाप्त करना चाहता हूँ",
    "माझा जीवनप्रवास इथेच संपवायचा आहे मला",
    "अब मैं प्राण त्याग दूँगा, किसी पर बोझ नहीं बनूँगा",
    "इस जीवन में अब कोई उम्मीद बाकी नहीं",
    "कर्ज़ इतना है कि जान देने के सिवा कोई रास्ता नहीं",
    "आता मरण्याशिवाय दुसरा पर्याय उरला नाही",
    "या जगात राहायचं कोणतंच कारण उरलं नाही",
    "घर गेलं, शेत गेलं. मी संपलोय, लवकरच मी पण संपेन",
])
def test_ending_life_said_formally_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "गांधीजी की जीवनयात्रा पर एक सुंदर पुस्तक पढ़ी",
    "दादाजी की जीवन यात्रा शांतिपूर्वक समाप्त हुई, श्रद्धांजलि सभा रविवार को",
    "परीक्षा देण्याशिवाय पर्याय नाही, अभ्यास करतोय",
    "या जगात घाबरण्याचं काही कारण नाही, देव आहे",
    "मी संपलोय आज, उद्या दिवाळीची सुट्टी संपणार",
    "बारिश की कोई उम्मीद नहीं है इस हफ्ते",
    "ठगों के फंदे से उसे बाहर निकाला",
])
def test_a_biography_an_exam_or_a_tired_day_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "मेरे भाई को आज सुबह फंदे से उतारा, सांस चल रही है",
    "we cut him down from the rope, he is in the ICU",
])
def test_a_man_taken_down_from_the_noose_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "महोदय, मैंने स्वयं को चोट पहुँचाई है, हाथ पर घाव हैं",
    "kal raat maine swayam ko ghayal kar liya",
    "मी स्वतःला इजा करून घेतली, पायावर जखमा आहेत",
])
def test_injuring_oneself_said_formally_is_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "यदि वह फिर घर आया तो मैं उसका वध कर दूँगा",
    "त्याने पुन्हा अपमान केला तर मी त्याची हत्या करेन",
])
def test_a_killing_threatened_by_its_formal_noun_is_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "अखबार में पढ़ा कि पास के गाँव में हत्या हुई",
    "हत्या करने वाले को कड़ी सज़ा मिलनी चाहिए",
])
def test_a_killing_in_the_news_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "अब मैं मृत्यु को गले लगा लूँगा, बस",
    "मी आता मृत्यूला कवटाळणार",
    "मेरी जीने की इच्छा मर चुकी है",
    "zindagi ka ab koi maqsad nahi bacha",
])
def test_death_embraced_the_wish_to_live_gone_and_no_purpose_alert(text):
    assert_rules_find(text, Category.SUICIDE)


def test_poison_drunk_said_formally_is_an_overdose():
    assert_rules_find("मैंने अभी अभी विषपान कर लिया है, मुझे क्षमा करना", Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "दादी ने हमें गले लगा लिया, बहुत रोईं",
    "परीक्षा के बाद पढ़ने की इच्छा समाप्त हो गई है",
    "इस मीटिंग का कोई मकसद नहीं था",
    "भगवान शंकर ने विषपान किया था, इसलिए नीलकंठ कहलाए",
])
def test_a_hug_a_wish_to_study_a_meeting_and_a_myth_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "Respected sir, I have decided to terminate my life, kindly forgive me",
    "I intend to put an end to my existence this week",
])
def test_ending_life_in_official_english_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


def test_a_pesticide_ingested_told_by_the_family_is_an_overdose():
    assert_rules_find("Kindly note that my father has ingested pesticide in the field", Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "kindly terminate my life insurance policy from next month",
    "the company will terminate his contract on friday",
    "we had to put an end to the meeting early",
])
def test_a_policy_a_contract_or_a_meeting_terminated_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "घरात रोज भांडण, आता हे जीवन असह्य झालं आहे",
    "ab to qabr mein hi sukoon milega mujhe",
    "मी लवकरच देवाघरी जाणार आहे",
    "कल मैं पंचायत के सामने आत्मदाह कर लूँगा",
])
def test_life_unbearable_peace_only_in_the_grave_and_going_to_god_alert(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "Allah marhoom ko qabr mein sukoon de",
    "उन्हाळ्यात ही उष्णता असह्य झाली आहे",
    "आजी शांतपणे देवाघरी गेली, दहावा रविवारी",
])
def test_a_prayer_for_the_dead_the_heat_and_an_obituary_stay_quiet(text):
    assert_rules_stay_quiet(text)
