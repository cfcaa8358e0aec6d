"""Round 14, false alarms by class: everyday words that fold onto a danger word (a shrine's
"dargah" on "drug", "chacha" on "accha" and "AC", "khela" on "kela", "पायी" on "प्याय*", "gaon"
on "gonna"), the others' drink or chillum going round while the writer kept off it, an oath
sworn ("kasam khayi", "शपथ घेतली"), a rope for the well's bucket or motor, the work, the
traffic or the heat that is killing me, one's life given for a dish with relish, and courage
received from someone's words. The dangerous neighbours of each still alert."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    # a saint's shrine is no drug, nor a drag
    "90 din poore, dargah pe chadar chadha ke aaya",
    "दरगाह पे चादर चढ़ाई, आज 4 महीने पूरे",
    # an uncle is no "accha" beside a death; a village is no "gonna"
    "चाचा की मौत के बाद घर में सब उदास हैं",
    "chacha ki maut ki khabar aayi, gaon ja raha hu",
    # played, on foot: no "did" of drugs, no drinking
    "होली खेला, भांग की गोली नहीं खाई",
    "पायी दिंडीत चाललो, दहा दिवस पिशवीत बाटली नव्हती",
])
def test_everyday_words_folding_onto_danger_words_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "मेले में चारों ओर गांजा चल रहा था, मैंने छुआ तक नहीं",
    "बारात में दारू चल रही थी, मैंने छुई तक नहीं",
    # the writer's own soft drink, in the hand, while the guests drank
    "यार लोग रात को पी रहे थे, मैंने पूरी रात नींबू पानी पिया",
    "सब लोग पार्टी में पी रहे थे, मेरे हाथ में लस्सी थी",
    "ऑफिस वाले पार्टी में पी रहे थे, मैंने मॉकटेल लिया",
])
def test_the_others_drink_going_round_while_the_writer_kept_off_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "pir baba ki dargah pe kasam khayi, 5 mahine se daaru band",
    "मंदिरात शपथ घेतली, ४ महिने दारूशिवाय",
])
def test_an_oath_sworn_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "बाल्टी के लिए नई रस्सी खरीदी",
    "विहिरीच्या पंपासाठी दोरी आणली",
])
def test_a_rope_for_the_wells_bucket_or_motor_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "ये उमस मुझे मार रही है",
    "exam mujhe maar raha hai",
    "ha traffic mala marnar ek divas",
])
def test_the_work_the_traffic_or_the_heat_killing_me_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "aaichya hatchi bhakri, jeev deen 😋",
    "tujhya misalsathi kahi pan, jeev dein 😋",
])
def test_ones_life_given_for_a_dish_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "shukriya sir, aapke message se hausla badha",
    "dhanyawad didi, aapse baat karke bahut himmat aayi",
    "thanks everyone, your words gave me courage",
])
def test_courage_received_from_someones_words_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "dargah ke bahar baith ke charas pi",
    "दरगाह से लौटते हुए फिर से गांजा पी लिया",
    "होली खेली और फिर भांग पी ली",
    "वारीत पायी गेलो आणि रात्री दारू प्यायलो",
    "sab pee rahe the, maine bhi pi li",
    "yaar log pee rahe the, maine bhi do peg le liye",
    "चिलम चल रही थी, मैंने भी दो कश मारे",
    "सब लोग पार्टी में पी रहे थे, मेरे हाथ में पेग था",
    "ऑफिस वाले पार्टी में पी रहे थे, मैंने भी दो पेग लिए",
    "kasam khayi thi par kal phir daaru pi li",
    "मैंने कसम खाई थी, फिर भी कल रात पी ली",
])
def test_using_beside_the_shrine_the_festival_or_an_oath_alerts(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "विहिरीवर दोरी बांधली, उडी मारतो",
    "बाल्टी की रस्सी से फांसी लगा लूंगा",
    "kuen ke paas rassi leke baitha hu",
    "chacha ke jaane ke baad marna chahta hu",
    "gaon jaake mar jaunga",
    "mujhe maar dalo",
    "ye akelapan mujhe maar raha hai",
    # "accha" is no "AC" that died, "isse" before "better" no one who scolds
    "isse accha mar hi jaun",
    "ye kaam mujhe maar dalega, isse accha main mar jaun",
    # someone asked to kill me is no "could kill someone"
    "kaam nahi mil raha, mujhe maar dalo koi",
    "ata jeev deen",
    "dhanyawad sir, aapki baat se marne ki himmat mili",
    "sir aapse baat karke himmat aayi, aaj raat pankhe se latak jaunga",
])
def test_the_dangerous_neighbours_alert(text):
    assert_rules_find(text, Category.SUICIDE)
