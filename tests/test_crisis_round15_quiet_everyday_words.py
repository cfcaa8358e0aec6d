"""Everyday words that borrow a danger word stay quiet: "maarna" as a light verb (spraying
the crop, calling out, whistling, smoking the "maal" one was offered), a course about to end,
a mother's or the boss's "aaj tu gaya 💀", and words that fold onto a danger word (a prayer,
"dua", folds to "dhut", drunk; "धरून", holding, to "daru"; "अगदी", quite, to "gaadi"; "khat",
eating, to "kaat", cut; a reel to a rail). The earnest act in the same words still alerts."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "kal pure din khetat dawai marat hoto, kapus var",
    "baba ani mi shetat fawarni karat hoto, keetaknashak marla",
    "गल्लीतून जाताना मित्राने हाक मारली",
    "usne seeti maari aur main mud gaya",
    "dost bole chal maal maarte hai, maine mana kar diya",
    "dost bole chal ek sutta maarte hai, maine mana kiya",
    "खेत में दवाई मार रहे थे पापा के साथ",
    "दोस्तों ने आवाज़ मारी, मैं नहीं रुका",
])
def test_maarna_as_a_light_verb_is_no_blow_and_no_death(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "kal se internship khatam hone wali hai, phir ghar jaunga",
    "semester sab khatam hone wala hai, bas do paper baaki",
    "papa ne marksheet dekhi aur bole aaj tu gaya 💀",
    "aai mhanli aaj tu sampla 💀 ghari ye fakt",
    "boss ne deadline miss dekhi aur bola tu gaya 💀",
    "आईने रिझल्ट पाहिला आणि म्हणाली आज तू संपलास 💀",
    "ट्रेनिंग का आखिरी हफ्ता है, सब खत्म होने वाला है, फिर घर",
])
def test_a_course_ending_or_a_scolders_you_are_done_for_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "नानींचं निधन झालं, दुआत आठवण ठेवा सगळ्यांनी",
    "ammi ke liye duaon mein yaad rakhna",
    "शेवटचा चेंडू, मी श्वास धरून बसलो होतो",
    "मी अगदी दमलोय आज, पण मजा आली",
    "dukhat hoto pan vadapav khat baslo",
    "ye reel dekh, bhai kya scene hai",
])
def test_everyday_words_that_fold_onto_danger_words_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize(("text", "category"), [
    ("keetaknashak pyayla, aata marto", Category.OVERDOSE),
    ("shetat gelo ani keetaknashak pilo", Category.OVERDOSE),
    ("dost ne maal diya aur maine maar liya phir se", Category.RELAPSE),
    ("sab khatam kar dunga aaj raat", Category.SUICIDE),
    ("sab khatam hone wala hai, aaj raat ke baad kuch nahi", Category.SUICIDE),
    ("school me sab mujhe chidhate hain, ab sab khatam hone wala hai", Category.SUICIDE),
    ("exam ke baad sab khatam hone wala hai", Category.SUICIDE),
    ("परीक्षा के बाद सब खत्म होने वाला है", Category.SUICIDE),
    ("आईने मारलं, आज मी संपलो, जगायचं नाही", Category.SUICIDE),
    ("main doob marunga", Category.SUICIDE),
    ("mummy ne bola tu gaya, ab main jeena nahi chahta", Category.SUICIDE),
    ("गुत्त्यावर गेलो आणि चार पेग मारले", Category.RELAPSE),
])
def test_the_earnest_act_in_the_same_words_still_alerts(text, category):
    assert_rules_find(text, category)
