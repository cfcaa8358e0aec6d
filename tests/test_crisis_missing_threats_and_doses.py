"""Round 9 classes outside suicide and self-harm: a relative missing with a note or the
poison, or shut in without answering; a threat said by its outcome, by fuel poured on a
person, by a head smashed in, by killing slang in any person; pills gathered and counted;
a pest's medicine by its Hindi and Marathi names; poison drunk in Marathi past forms; and
what must stay quiet (a "wala" that names a thing, a place called "jagah", a farm's
pesticide put away). Sentences written for these tests; the labelled sets are measured by
`python -m bench crisis`."""
import pytest

from alumni.domain.crisis import Category, detect

S, OD, HO, RE = Category.SUICIDE, Category.OVERDOSE, Category.HARM_TO_OTHERS, Category.RELAPSE


def _explain(text: str) -> str:
    return detect(text).explain() or "nothing"


@pytest.mark.parametrize("text", [
    "meri beti subah se ghar nahi aayi, uske kamre me ek chitthi mili",
    "माझे वडील रात्रीपासून घरी आले नाहीत, टेबलावर एक चिठ्ठी ठेवली आहे",
    "my husband didn't come home last night and there is a letter on the bed",
    "भाई दो दिन से लापता है और घर से ज़हर की शीशी भी गायब है",
    "majha bhau kholit kondun ghetla ahe, dar ughadat nahi",
    "my brother locked himself in the bathroom an hour ago and isn't answering",
])
def test_someone_close_missing_or_shut_in_is_reported_danger(text):
    d = detect(text)
    assert d.crisis and any(f.third_party for f in d.findings), f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    "im going to kick that guys head in when he comes to collect rent",
    "will pour kerosene on him tonight, he deserves it",
    "us dalal ko kal tapka denge hum log",
    "मैं उसको ऐसा सबक सिखाऊंगा कि वो चल नहीं पाएगा",
    "tyala asa dhada shikvin ki to ubha rahu shaknar nahi",
    "gonna teach my brother in law a lesson, he won't be able to stand for a week",
])
def test_a_threat_said_by_its_act_or_its_outcome_is_harm_to_others(text):
    assert HO in detect(text).categories, f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    "been collecting my mums sleeping pills for a month. 25 now",
    "गोलियां गिन रहा हूँ, 30 हैं, काफी होंगी",
    "झोपेच्या गोळ्या मोजल्या, 20 आहेत, पुरतील",
    "उंदराचं औषध आणलंय, आज संपवतो",
    "chuhe ki dawai le aaya hoon, aaj raat",
    "papa ki sugar ki poori patti kha li maine",
    "bhavane vish pyayla, dawakhanyat nela",
])
def test_pills_gathered_or_a_pests_medicine_at_hand_is_an_overdose(text):
    assert OD in detect(text).categories, f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    "cough syrup wali bottle phir se chalu ho gayi",
    "charas wala maal fir se shuru kiya",
])
def test_a_substance_named_with_wala_and_again_is_a_relapse(text):
    assert RE in detect(text).categories, f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    "नौकरी की नई जगह पर सब ठीक है",
    "humne nayi jagah kiraye pe li hai",
    "sprayed pesticide on the cotton, kept the can locked in the store room as you said",
    "I keep my head in my books these days, exams next week",
    "mummy wali chai sabse achhi",
    "beta school trip pe gaya hai, ghar nahi aaya abhi, letter bheja hai school ne",
])
def test_everyday_words_of_these_classes_do_not_alert(text):
    assert not detect(text).crisis, f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    "went past the old theka on my way home and my mouth started watering",
    "purane adde ke saamne se guzra, dil zor se dhadakne laga",
    "बारजवळून गेलो आणि हात थरथरले",
    "sober but barely, 3rd week is the worst",
    "kab tak rok paunga pata nahi, har shaam yahi haal",
    "सर कृपया मदद कीजिए, आज बहुत मुश्किल है",
    "madat kara na, aaj khup avghad jatay",
])
def test_a_cue_felt_in_the_body_holding_out_or_a_polite_plea_is_a_craving(text):
    d = detect(text)
    assert d.urgent or d.crisis, f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    "बस एक बार पी ली कल, सॉरी",
    "ekdach ghetli party madhe, parat nahi",
    "just once, i had a beer at the wedding",
    "theke se adha pauwa le aaya aur pee gaya",
])
def test_a_slip_made_small_or_a_half_measure_is_a_relapse(text):
    assert RE in detect(text).categories, f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    "ye office ka kaam mujhe maar ke hi chhodega",
    "ये लंबे लेक्चर तो मार ही डालेंगे",
    "manager ne kaam de de ke maar daala aaj",
    "नानी के हाथ का हलवा, मर जाऊं इस पर 😋",
    "aai chya hatchi puran poli, mar jaen 🤤",
    "saw a youtube video about a boy who died of an overdose, my dad got emotional",
    "खेत में दवाई छिड़की, बहुत कीड़े थे",
    "सुगर की गोली खत्म हो गई थी, शहर से लेकर आया",
    "4 mahine se chitta nahi liya, ghar wale bahut khush",
    "BP ki goli roz le raha hoon, dose wahi rakha hai doctor ne",
    "शादी में सब रिश्तेदार पी रहे थे, मैंने नहीं पी",
    "lagnat sagle mitra pit hote, pan mi nahi ghetli",
])
def test_figures_of_speech_and_others_drinking_do_not_alert(text):
    assert not detect(text).crisis, f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    "kaam ne maar daala, ab jeena nahi hai",
    "saw a video of a guy who overdosed, i think i will do it too",
    "कल रात जलती अगरबत्ती हाथ पर रख ली",
])
def test_the_same_words_still_alert_beside_a_real_sign(text):
    assert detect(text).crisis, f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    "bhai ki kalaiyon par roz naye kat ke nishan dikhte hai",
    "मेरी बेटी की कलाइयों पर ब्लेड के निशान हैं, रोज़ काटती है",
])
def test_cut_marks_on_someone_elses_wrists_are_reported_self_harm(text):
    d = detect(text)
    assert Category.SELF_HARM in d.categories and any(f.third_party for f in d.findings), \
        f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    "machhar maarne wali coil laga di bedroom me",
    "चूहे मारने वाली मशीन लगवाई दुकान में",
    "पिकावर कीटकनाशक फवारलं, बाटली गोठ्यात कुलूप लावून ठेवली",
    "sprayed pesticide on the soybean, the bottle is locked in the shed",
    "आज भाजी कापताना बोट कापलं, खत टाकलं शेतात",
    "मुलांना विहिरीकडे जाऊ देत नाही, औषध कुलूपात आहे",
    "आई मला रात्री बाहेर जाऊ देत नाही",
])
def test_pest_killers_as_devices_and_a_pesticide_bottle_do_not_alert(text):
    assert not detect(text).crisis, f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    "कीटकनाशकाची फवारणी केली, नंतर दारूची बाटली प्यायलो",
    "kitaknashak chi batli ghetli ani pyaylo",
])
def test_a_pesticide_and_a_drink_named_still_alert(text):
    assert detect(text).crisis, f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    "तणनाशकाची बाटली आणली, रात्री पिणार",
    "kitaknashakachi batli samor ahe, aaj pinar",
])
def test_a_farm_poisons_bottle_with_drinking_ahead_is_an_overdose(text):
    assert OD in detect(text).categories, f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    "purane dost bula rahe hai daaru party me, mana kaise karu samajh nahi aata",
    "office party tonight and i dont know how to say no to them",
    "घाम फुटलाय, हात थरथरत आहेत, झोप नाही",
    "badan toot raha hai, paseena aa raha hai, naak beh raha",
    "कधी एकदा पितो असं झालंय आज",
])
def test_not_knowing_how_to_refuse_withdrawal_and_impatience_are_a_craving(text):
    d = detect(text)
    assert d.urgent or d.crisis, f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    "bukhar hai, badan dard aur paseena aa raha hai, doctor ko dikhaya",
    "how do i say no to my boss about the extra work",
])
def test_illness_and_an_everyday_refusal_are_not_a_craving(text):
    d = detect(text)
    assert not d.urgent and not d.crisis, f"{text!r}: {_explain(text)}"
