"""The writer's own absence to come, said without a word for dying: "I won't be here", "mi
nahi rahnar", "after I'm gone, look after mom", belongings handed over and no longer
needed, standing at a place of danger and cut off, going to God, tired of waking up, and
self-harm with a hot thing or glass on the hand. Each class is read by its structure, in
English, Hindi and Marathi, Latin and Devanagari; the everyday sentences that share the
words (a trip, a bike sold, a picnic by the lake) must not alert. Development examples
written for these rules, not taken from the labelled sets."""
import pytest

from alumni.domain.crisis import Category, detect

S, SH = Category.SUICIDE, Category.SELF_HARM


def _suicide(text: str) -> None:
    assert S in detect(text).categories, detect(text).explain()


# --- a person, a negation, "to be" ahead ------------------------------------------------

@pytest.mark.parametrize("text", [
    "parson se main nahi rahunga, sab sambhal lena",
    "jab mai na rahun to papa ko sambhalna",
    "mi udya pasun nahi rahnar, kalji karu naka",
    "ata mi nahi rahnar ithe, sagle sukhi raha",
    "मैं अब और नहीं रह सकता, बस बहुत हुआ",
    "हम ना रहब अब, माई के देखिहा",
    "honestly i wont be around much after sunday",
    "it would be easier for all of them if i'm not here",
])
def test_the_writers_own_absence_ahead_is_suicide(text):
    _suicide(text)


# --- after my going: someone entrusted, papers left -------------------------------------

@pytest.mark.parametrize("text", [
    "mere jaane ke baad maa ka khayal rakhna bhai",
    "मेरे बाद छोटी का ध्यान रखना, उसे कुछ मत कहना",
    "माझ्या नंतर बाबांची काळजी घ्या",
    "मी गेल्यावर पासबुक ताईकडे आहे, पैसे तिचे",
    "when im gone please look after my cat",
    "after i'm gone the FD papers are in the top drawer",
])
def test_after_my_going_with_someone_entrusted_is_suicide(text):
    _suicide(text)


# --- belongings handed over, no longer needed --------------------------------------------

@pytest.mark.parametrize("text", [
    "you can have my laptop bro, i wont need it",
    "meri bike tu rakh le, mujhe ab zarurat nahi",
    "माझा फोन दादाला दे, मला आता गरज नाही",
    "gave my watch and ring to my sister. its better this way",
    "majhi scooty tila deun dya, mala garaj nahi padnar",
])
def test_belongings_handed_over_and_not_needed_is_suicide(text):
    _suicide(text)


# --- at a place of danger, cut off --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "canal ke paas khada hoon. phone mat karna",
    "पुलावर उभा आहे. कोणाला सांगू नका",
    "sitting on the terrace parapet. nobody can stop me now",
    "dharnavar aaloy. ata bas",
    "the river looks so still. thinking of walking in and not stopping",
    "every night on the highway i want to stop walking in the middle. yesterday i almost did",
])
def test_at_a_place_of_danger_and_cut_off_is_suicide(text):
    _suicide(text)


# --- to God, tired of waking, no more trouble, a note ------------------------------------

@pytest.mark.parametrize("text", [
    "bas bhagwan ke paas jana hai ab",
    "देवाघरी जायचंय मला",
    "upar wale roz kehta hoon mujhe utha lo",
    "so tired of waking up to the same mess",
    "sick of waking up honestly",
    "kal se kisi ko pareshan nahi karunga",
    "udya pasun konala tras nahi honar",
    "wrote a note for my wife. when i'm gone she will find it",
])
def test_god_waking_trouble_and_a_note_are_suicide(text):
    _suicide(text)


# --- a passed-on apology, a denial of the act, a message that names the end -------------

@pytest.mark.parametrize("text", [
    "tell my mom i'm sorry. i cant go on",
    "papa ko bol dena sorry, main thak gaya",
    "tell my brother sorry. dont try to stop me",
    "im not going to do anything stupid ok. just let me be",
    "main kuch galat nahi karunga, chinta mat karo",
    "if i dont reply by sunday, sorry for everything",
    "last time bol raha hoon, sabka dhanyavad",
])
def test_a_passed_on_apology_or_a_denied_act_is_suicide(text):
    _suicide(text)


# --- life not wanted, gone wished, leaving for good, thoughts of ending -------------------

@pytest.mark.parametrize("text", [
    "ha jivan nakoy mala",
    "ab ye zindagi nahi chahiye",
    "sometimes i wish i were just gone",
    "honestly wish i was never here",
    "main ja rahi hu hamesha ke liye, sab khush raho",
    "मी चाललोय कायमचा",
    "sagla sampvaycha vichar yetat sarkha",
    "pudhe kahi disat nahi, sampvaycha ahe",
])
def test_life_unwanted_gone_wished_or_leaving_for_good_is_suicide(text):
    _suicide(text)


# --- self-harm: a hot thing on the hand, glass rubbed in, a blade again ------------------

@pytest.mark.parametrize("text", [
    "pressed my palm on the hot iron on purpose",
    "when the urge comes i hold my fingers over the gas burner",
    "गुस्से में हाथ गैस पर जला लिए",
    "kaanch se haath pe ragad diya, khoon aa gaya",
    "the blade is back. used it three times since monday",
    "haath chulhe pe jala diye maine",
    "cigrate se kalai jalayi phir se",
])
def test_a_hot_thing_or_glass_on_the_hand_is_self_harm(text):
    assert SH in detect(text).categories, detect(text).explain()


# --- the same words, harmless --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "i wont be around this weekend, trip to goa",
    "main kal office me nahi rahunga, chutti hai",
    "mi udya ghari nahi rahnar, gavi jatoy",
    "mere jaane ke baad usne phone kiya",
    "mere baad bhai ka number aaya",
    "meri bike bech di, ab zarurat nahi thi kyunki car le li",
    "gave my old phone to my cousin, i dont need it anymore since i got a new one",
    "sitting by the lake with friends, so calm",
    "sorry everyone for the late reply",
    "tired of waking up at 5 for work",
    "thank you all, 8 months sober today. dhanyavad sabka",
    "tell mom sorry i will be late",
    "burnt my hand on the tawa while cooking rotis",
    "bhagwan ke paas mandir gaye the aaj, bahut shanti mili",
    "i wish i had gone to the gym today",
    "main ghar ja raha hu, kal milte hai",
    "mala ata ha job nako, navin shodhtoy",
    "bhaji chirtana surine bot kapla, band-aid lavla",
])
def test_the_same_words_in_everyday_sentences_do_not_alert(text):
    assert not detect(text).crisis, detect(text).explain()
