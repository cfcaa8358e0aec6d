"""Affairs settled and the end said indirectly reach a person: everyone fine without the
writer, the insurance or a job in the writer's place beside the absence ahead, the writer's
own will beside a belonging handed on, money kept for the writer's own funeral, a belonging
or an appointment's slot not needed any more, today the last day and tomorrow the writer not
there, forgiveness beside not managing any more, the children entrusted beside "I'm tired
now", life unbearable beside never coming back, a place of danger sat at for long with
tomorrow left open, tomorrow's morning doubted, the way of deaths seen every day now felt
right, a cord tied to the fan found by the family. Self-harm: one's own cuts tended so
nobody finds out, scalding water poured on oneself on purpose. Overdose: so much taken that
one does not wake, a poison held while sitting alone. Each harmless twin stays quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category, detect
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "सोचता हूं मेरे बिना सब खुश रहेंगे, पैसे की टेंशन भी खत्म",
    "माझ्याशिवाय सगळे सुखी राहतील, मला माहीत आहे",
    "honestly my kids would be better of with out me",
    "policy ka claim mil jayega, ghar wale better off with out me",
    "माझी विमा पॉलिसी बायकोच्या नावावर आहे, मी नसेन तेव्हा तिला सांगा",
    "maine will likh diya hai, scooty behen ko de dena",
    "mere antim sanskar ke paise almari me rakh diye hain, zyada din nahi bache",
    "mera laptop bech dena, ab zarurat nahi mujhe",
    "please give my slot to someone else, I won't need my next appointment",
    "आज शेवटचा दिवस, उद्या मी नसेन",
    "papa ko bolna maaf kar dena, ab mujhse nahi hoga",
    "बच्चों का ध्यान रखना, मैं अब थक गया",
    "जीना दूभर हो गया है, कहीं चला जाऊं और वापस न आऊं",
    "nadi kinare gaya tha, bahut der baitha raha. kal ka pata nahi",
    "गच्चीवर खूप वेळ बसलो, खाली बघत होतो. उद्याचं माहीत नाही",
    "akela baitha hu, udyachi sakal baghaychi ka vichar kartoy",
    "roz pul se logon ko kudte dekhta hu, ab wahi rasta sahi lagta hai",
])
def test_affairs_settled_and_the_end_said_indirectly_alert(text):
    assert_rules_find(text, Category.SUICIDE)


def test_a_cord_tied_to_the_fan_told_by_the_family_is_someone_elses():
    detection = detect("मेरे पति ने पंखे से रस्सी बांधी थी, मैंने खोल दी", second_opinion=False)
    assert any(f.category is Category.SUICIDE and f.third_party for f in detection.findings), detection.explain()


@pytest.mark.parametrize("text", [
    "papa ne will likh diya hai property ke liye",
    "dadi ke antim sanskar ke paise rakhe hain",
    "I won't need the next appointment, I'm feeling much better now",
    "I won't need the next session, I am on leave till March",
    "purana phone bech dena, naya le liya",
    "aaj office madhe last day, udya mi nasen",
    "उकाड्याने जीव नकोसा झालाय, लाईट पण नाही",
    "gacchi var khup vel basun taare baghitle, udya parat jain",
    "aaj bachchon ka dhyan rakhna, main thak gaya hu so raha hu",
    "पंखे से रस्सी बांधी थी कपड़े सुखाने के लिए",
    "रेल्वे रुळावरून जायचा तोच रस्ता बरोबर आहे",
])
def test_the_same_words_about_a_job_a_relative_or_a_chore_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "patched up my own cuts in the bathroom so no one finds out",
    "apne cuts roz saaf karta hu, chhupa ke rakhta hu",
    "गरम पाणी मुद्दाम हातावर ओतलं, थोडं बरं वाटलं",
    "khaulta pani jaan boojh ke haath pe dala, sukoon mila",
])
def test_cuts_kept_unseen_and_scalding_on_purpose_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "cleaned the cuts on my knee from the bike fall",
    "ukalta pani chukun hatavar sandla, bandage lavla",
    "boiling water spilled on my hand by mistake while making chai",
])
def test_a_wound_or_a_burn_by_mishap_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "aaj itni goli khaunga ki phir kabhi na uthu",
    "इतकी दारू पिईन की परत उठू नये",
    "taking enough sleeping pills tonight that I never wake up",
    "कीटकनाशक हातात घेऊन बसलोय विहिरीजवळ",
])
def test_taken_not_to_wake_or_a_poison_held_is_an_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "itni neend aa rahi hai ki kal late uthunga",
    "itna kaam hai ki subah jaldi uthna padega",
])
def test_so_much_sleep_or_work_before_waking_stays_quiet(text):
    assert_rules_stay_quiet(text)
