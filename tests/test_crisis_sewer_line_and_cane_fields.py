"""Round 27: danger told through the sewer, the railway line, the ghat road, the sugar factory and
pay day reaches a person; the work talk of those places does not. The rules alone are tested
(second_opinion=False): the classifier cannot hide a regression."""
import pytest

from alumni.domain.crisis import detect
from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    # the sewer, the line, the ghat, the molasses tank, the fire
    ("wo bol rahe hain kal manhole me utar ke wapas nahi aayenge", Category.SUICIDE),
    ("उद्या चेंबरमध्ये मास्क काढून उतरणार", Category.SUICIDE),
    ("gas ne nela tar bara, udya chamber la jato", Category.SUICIDE),
    ("raat wali goods train ke aage let jaun aisa lagta hai", Category.SUICIDE),
    ("रेल्वे लाईनजवळ बसलोय, गाडी येईपर्यंत", Category.SUICIDE),
    ("ते track कडे गेलेत, phone उचलत नाहीत, लवकर या", Category.SUICIDE),
    ("overhead wire la haat lavla ki sagla sampel", Category.SUICIDE),
    ("kasara ghaticha valan ala ki bus darit ghalavi asa vatta", Category.SUICIDE),
    ("मळीच्या टाकीत पडलो तर कोणाला कळणार पण नाही", Category.SUICIDE),
    ("bhau mhanto dumping ground chya aagit jaun basnar", Category.SUICIDE),
    # farewells and arrangements
    ("आज की रात आखिरी है मेरी, सब को माफ़ करना", Category.SUICIDE),
    ("shevatcha ram ram saheb, khup madat keli tumhi", Category.SUICIDE),
    ("PF aur bima ke papers biwi ko de dena sir", Category.SUICIDE),
    ("promise nahi kar sakta ki khud ko kuch nahi karunga", Category.SUICIDE),
    ("घाबरू नका, पण जीव नकोसा झालाय खरंच", Category.SUICIDE),
    ("jatana mhanala maza shodh gheu naka", Category.SUICIDE),
    ("shamshan me sabki chita jalata hu, ek din apni chita bhi", Category.SUICIDE),
    ("aakhri duty kar li aaj, vardi utaar ke rakh di, ab wapas nahi aaunga", Category.SUICIDE),
    ("te ratri ghari nahi ale, mhanale ata mi parat yenar nahi", Category.SUICIDE),
    ("जीकर क्या करूँ, घर पर बोझ हूँ", Category.SUICIDE),
    ("zindagi me ab kuch bacha hi nahi sir", Category.SUICIDE),
    ("honestly i dont see any point going on", Category.SUICIDE),
    ("काल नदीवरचा पुल बघून आलो, उद्या पहाटे तिथेच जायचं", Category.SUICIDE),
    # others drank, and the writer too
    ("लग्नात सगळे प्यायले, मीपण", Category.RELAPSE),
    # a poison in hand or stirred into water
    ("उंदराचं औषध हातात आहे, पाण्यात कालवलंय", Category.OVERDOSE),
    # the body burnt or pierced in anger
    ("gusse me cigarette haath pe bujha di", Category.SELF_HARM),
    ("रागात हात भाजून घेतला मुद्दाम चुलीवर", Category.SELF_HARM),
    # against the contractor
    ("thekedar ko usi gutter me dooba dunga", Category.HARM_TO_OTHERS),
    ("mukadam la udya chaku khupasnar", Category.HARM_TO_OTHERS),
    ("मुकादमाची ट्रॉली पेटवून देणार", Category.HARM_TO_OTHERS),
    ("us manager ko bus ke neeche chadha dunga", Category.HARM_TO_OTHERS),
    # tobacco and cough syrup taken again, and too much of it
    ("gutkha phir se shuru ho gaya", Category.RELAPSE),
    ("khokla syrup parat suru zala", Category.RELAPSE),
    ("khokla syrup chya 4 batlya pyalo, dole mitat ahet", Category.OVERDOSE),
])
def test_danger_told_through_the_sewer_the_line_and_the_cane_fields_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "dead mileage chalavli aaj, bus rikami",
    "breath test me zero aaya, 8 mahine clean",
    "road pe mara hua kutta pada tha, nagar palika ko bulaya",
    "loco pilot ki training shuru hui",
    "this harvest season is killing us all, 16 hours a day",
    "gutkha chhode 1 saal ho gaya",
    "got a permanent post in the municipality",
    "munshi kichad me fisal gaya, sab hanse",
    "ऊन इतकं आहे की जीव नकोसा झालाय",
    "aaj 3 ton ganna kaata, kamar dukhti hai",
    "koyta sharpen kiya, naya handle lagaya",
    "पगार झाला, घरी पैसे पाठवले",
    "naya mall dekh aaya hu, kal wahin jaana hai shopping ko",
    "mujhe dhoondhna mat, main gaon ja raha hu shaadi me",
    "godown madhe undir marnyache aushadh thevle",
])
def test_the_work_talk_of_those_places_is_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "पगार झाला आणि पाय गुत्त्याकडे वळतायत",
    "tankhwah aayi aur mann theke par atka hai",
])
def test_pay_day_drawing_to_the_liquor_den_is_a_craving(text):
    detection = detect(text, second_opinion=False)
    assert detection.urgent, detection.explain()
