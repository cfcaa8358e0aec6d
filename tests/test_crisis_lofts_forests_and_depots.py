"""Round 42 (holdouts 139, 140 and 141, opened): danger told by goldsmiths and diamond workers (the
unit's cyanide stolen, put on the tongue or set before oneself, nitric acid to be drunk), by forest
villages (mahua's pots, salfi, a little drunk, the burning stick from the hearth) and by bus crews
(the fan to hang from in Marathi's present, freed by dying, the children to be looked after,
"I'll finish myself", not there tomorrow morning; the man's "game" done, silenced for good, his car
set alight). Their look-alikes stay quiet: the mahua flowers' fall and sacks, the cola beside the
others' drinks, too poor even to buy poison, nitric set out for cleaning gold, being away from home
tomorrow morning. The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    ("karkhanyatun cyanide chorun aanla ahe", Category.OVERDOSE),
    ("सायनाइडची पुडी समोर ठेवली आहे", Category.OVERDOSE),
    ("cyanide ki chutki jeebh pe rakh li", Category.OVERDOSE),
    ("नाइट्रिक की बोतल सामने है, पीने वाला हूं", Category.OVERDOSE),
    ("mi aaj ratri pankhyala latakto", Category.SUICIDE),
    ("कर्ज आणि व्याज, मेलो तर सुटलो", Category.SUICIDE),
    ("mi gelyavar mulanchi kalji ghyal na", Category.SUICIDE),
    ("chauksi ke pehle hi khud ko finish kar dunga", Category.SUICIDE),
    ("kal subah nahi rahungi", Category.SUICIDE),
    ("चुलीतल्या जळत्या लाकडाने हात भाजला मुद्दाम", Category.SELF_HARM),
    ("bhintivar those marun bota phodli", Category.SELF_HARM),
    ("त्या मुकादमाचा आज गेम करतो", Category.HARM_TO_OTHERS),
    ("सेठच्या दुकानावर रॉकेल टाकून पेटवतो", Category.HARM_TO_OTHERS),
    ("that supervisor wont reach home tonight", Category.HARM_TO_OTHERS),
    ("चार ग्लास घेतले काल", Category.RELAPSE),
    ("तीन पेगच घेतले", Category.RELAPSE),
    ("jatra me thodi si pi", Category.RELAPSE),
    ("व्हाईटनर आणलं आणि पुन्हा सुरू", Category.RELAPSE),
])
def test_danger_told_by_goldsmiths_forests_and_depots_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "is baar mahua kam gira, daam achha mila",
    "undir mahuachya bori kurtadtat",
    "शादी में सब पी रहे थे, मैंने coke लिया",
    "jeb me zeher khane ke bhi paise nahi, pagar kab",
    "nitric ki bottle samne rakhi thi, sone ki safai ke liye",
    "kal subah ghar pe nahi rahunga, gaon ja raha hu",
    "पाणीच प्यायलो फक्त",
    "दोन ग्लास पाणी घेतले",
    "sagle pitat, mala chaha havi",
])
def test_their_look_alikes_stay_quiet(text):
    assert_rules_stay_quiet(text)
