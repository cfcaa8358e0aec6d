"""Round 31 (holdout 94, opened): danger told through hospitals (the morgue's tray, the lift shaft,
the ambulance's wheel, the ward's ampoules and drip, the drug cupboard's keys) reaches a person;
injections given in the OPD, a father's funeral at Sassoon and work on patients do not. The
rules alone are tested (second_opinion=False): the classifier cannot hide a regression."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    ("roz morgue me bodies dekhta hu, lagta hai ab meri baari", Category.SUICIDE),
    ("शवागारात काम करतो, आता माझा नंबर यावा असं वाटतं", Category.SUICIDE),
    ("covid me itne marte dekhe, main kyu bacha. mujhe bhi jana hai", Category.SUICIDE),
    ("hospital ki lift shaft roz dekhta hu, ek din usi me utar jaunga", Category.SUICIDE),
    ("लिफ्टचा डक्ट उघडा आहे, तो रस्ता सोपा वाटतो", Category.SUICIDE),
    ("ambulance leke highway pe hu, soch raha steering ghuma du", Category.SUICIDE),
    ("उद्यापासून ड्युटीला येणार नाही, कधीच नाही. सगळ्यांना सॉरी", Category.SUICIDE),
    ("honestly i dont want to be here anymore", Category.SUICIDE),
    ("terrace var ahe, khali road distoy. bas zala", Category.SUICIDE),
    ("IV set laga ke saari ki saari midazolam chadha di, neend aa rahi", Category.OVERDOSE),
    ("सलाईनमध्ये सगळी ampoules भरली, सुई हाताला लावली", Category.OVERDOSE),
    ("सहकारी गायब आहे, कपाटातली midazolam कमी आहे", Category.OVERDOSE),
    ("tannashak chi batli samor ahe, jhakan ughadlay", Category.OVERDOSE),
    ("held my hand in the autoclave steam on purpose", Category.SELF_HARM),
    ("मनगटावर रबर ओढून मारत राहते", Category.SELF_HARM),
    ("two new cuts, hidden under my gloves so nobody notices", Category.SELF_HARM),
    ("khud ko thappad maare jab tak khoon nahi aaya", Category.SELF_HARM),
    ("सळई तापवून पायाला लावली", Category.SELF_HARM),
    ("us supervisor la parking madhe gathnar, chaku ahe bag madhe", Category.HARM_TO_OTHERS),
    ("mixing the ward's spirit with coke after night duty", Category.RELAPSE),
    ("clonazepam lene laga bina parchi, ab roz", Category.RELAPSE),
    ("kal ki raat charas me gayi", Category.RELAPSE),
    ("पगाराचा निम्मा हिस्सा दारूवर गेला", Category.RELAPSE),
    ("दवा की अलमारी की चाबी मेरे पास है, खुद से डर लगता है", Category.CRAVING),
    ("subah se ichha ho rahi hai, abhi tak kuch nahi liya", Category.CRAVING),
])
def test_danger_told_through_hospital_wards_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "aaj OPD me 45 injection lagaye, haath thak gaya",
    "gave 30 injections in the ward today, long shift",
    "my mother passed away at Sassoon last month, the funeral was on sunday",
    "patient ko IV set lagaya, midazolam ki dose di doctor ke order se",
    "spirit swab se patient ka haath saaf kiya",
    "मेरा भाई धाकटा है, कल परीक्षा है",
    "will bring the vial tomorrow for the patient",
])
def test_the_work_talk_of_hospital_wards_is_quiet(text):
    assert_rules_stay_quiet(text)
