"""The crisis detector reads English, Hindi and Marathi, in Devanagari, Latin and both at
once, however it is typed, and says which danger a text names and why. These are the
development examples; the labelled corpus is measured by `python -m bench crisis`."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alumni.domain.crisis import CRISIS_CATEGORIES, Category, Detection, detect
from alumni.domain.replies import interpret_reply

S, SH, OD, HO = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE, Category.HARM_TO_OTHERS
RE, CR = Category.RELAPSE, Category.CRAVING


def finding(text: str, category: Category):
    found = [f for f in detect(text).findings if f.category is category]
    assert found, f"{text!r}: no {category} finding in {detect(text).explain()!r}"
    return found[0]


# --- the forms the old phrase list missed ---------------------------------------------

@pytest.mark.parametrize("text,category", [
    ("mujhe marna hai", S), ("ab jeena nahi hai", S), ("मुझे मर जाना चाहिए", S),
    ("मैं ज़हर खा लूंगा", OD), ("mala marayche aahe", S), ("kms", S), ("want 2 die", S),
    ("i od'd", OD), ("no point living", S), ("I have all the pills in front of me", OD),
    ("used heroin yesterday", RE), ("I slipped and had a few beers", RE), ("पुन्हा गांजा ओढला", RE),
])
def test_ordinary_ways_of_saying_it_that_the_phrase_list_missed(text, category):
    assert detect(text).crisis
    finding(text, category)


# --- every category, in each language and script --------------------------------------

@pytest.mark.parametrize("text,category", [
    # suicide
    ("I want to die", S), ("thinking about suicide", S), ("i cant go on anymore", S),
    ("better off dead", S), ("मैं आत्महत्या करना चाहता हूँ", S), ("जीने का कोई मतलब नहीं", S),
    ("zindagi khatam karni hai", S), ("मला जगायचं नाही", S), ("jeev dyaycha aahe", S),
    ("सगळं संपवून टाकतो", S), ("I'm going to jump off the bridge", S), ("फांसी लगा लूंगा", S),
    ("bhagwan mujhe utha le", S), ("is duniya se chala jaunga", S), ("mai apni jaan le lunga", S),
    ("nobody would miss me if i died", S), ("i wish i could just disappear and never come back", S),
    # self-harm
    ("I keep hurting myself", SH), ("cut my wrists again", SH), ("nas kaat lunga", SH),
    ("खुद को चोट पहुंचाई", SH), ("स्वत:ला इजा केली", SH), ("bladene hatavar kapun ghetla", SH),
    # overdose
    ("took too many pills", OD), ("overdosed", OD), ("सारी गोलियां खा ली", OD),
    ("saglya golya ghetlya", OD), ("चूहे मारने की दवा पी ली", OD), ("30 goliyan kha li", OD),
    ("goliyan jama kar rakhi hai", OD), ("माझा मुलगा बेशुद्ध पडलाय", OD),
    # harm to others
    ("I will kill him", HO), ("usko maar dalunga", HO), ("त्याला ठार मारीन", HO),
    ("chaku leke uske ghar ja raha hu", HO),
    # relapse
    ("I relapsed last night", RE), ("I'm using again", RE), ("फिर से पी ली", RE),
    ("phir se nasha kiya", RE), ("पुन्हा दारू प्यायलो", RE), ("daru pi li kal raat", RE),
    ("smoked weed again", RE), ("chitta fir se le liya", RE),
    # craving
    ("I want a drink so bad", CR), ("craving ganja", CR), ("help me please", CR), ("बचाओ", CR),
    ("मदत करा", CR), ("daaru peene ka man kar raha hai", CR), ("मला दारू प्यावीशी वाटते", CR),
])
def test_each_category_in_each_language(text, category):
    finding(text, category)


def test_crisis_categories_raise_a_crisis_and_craving_alone_is_urgent():
    assert detect("I want to die").crisis and not detect("I want to die").urgent
    craving = detect("craving a drink really bad today")
    assert craving.urgent and not craving.crisis
    both = detect("craving so bad, i drank again")
    assert both.crisis and not both.urgent


@pytest.mark.parametrize("text", [
    "mai mar jaunga", "मैं मर जाऊंगा", "मर जाऊं", "marna chahta hu", "marna chahti hoon",
    "mujhe mar jana chahiye", "mar jaungi", "मला मरायचं आहे", "mala marayche ahe",
    "mi marnar", "मी मरणार", "ab jeena nahi", "jeene ka mann nahi", "jina nahi chahti",
])
def test_the_form_of_the_verb_does_not_matter(text):
    assert finding(text, S)


# --- spelling --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "sucide", "suicde thoughts", "overdoze", "suiside", "i am suicidle", "khudkushi karunga",
    "aatmhatya", "KHUDKUSHI", "Aatmahatya", "I WANT TO DIE", "i want to dieeee",
    "wanna dieee", "want 2 die", "kms", "iwanttokillmyself", "s u i c i d e", "k1ll myself",
    "su1c1de", "jeena nahi", "jina nhi", "jeena nai", "जिना नही", "मरना है", "मरना हैं",
    "i od'd", "i oded", "OD'd last night",
])
def test_typos_shorthand_caps_and_stretched_letters(text):
    assert detect(text).crisis


@pytest.mark.parametrize("text", [
    "\u043everdose",                      # Cyrillic o
    "\u03bfverdose",                      # Greek omicron
    "sui\u200bcide",                       # zero-width space
    "kill\u200d my\u200cself",
    "ｓｕｉｃｉｄｅ",                         # fullwidth
    "<b>suicide</b>",
    "<3 i want to die >.<",
    "मर\u200dना है",
])
def test_look_alike_letters_and_hidden_characters_are_folded(text):
    assert detect(text).crisis


def test_a_devanagari_word_and_its_romanisation_meet():
    for devanagari, latin in [("मरना है", "marna hai"), ("दारू पी ली", "daru pi li"),
                              ("गांजा ओढला", "ganja odhla"), ("जीना नहीं", "jeena nahi")]:
        assert detect(devanagari).categories == detect(latin).categories != ()


def test_mixed_script_text():
    assert finding("मुझे marna है", S)
    assert finding("kal raat फिर से daru पी ली", RE)


# --- negation and sobriety -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Not drinking, 60 days sober", "haven't had a drink in a year", "daru nahi pi",
    "दारू सोडून 100 दिवस झाले", "didn't use", "I quit drinking last year", "no cravings today",
    "मैंने शराब नहीं पी", "I don't want a drink", "दारू प्यायलो नाही", "stayed away from weed",
    "I will not drink today", "friends were drinking, I had juice", "i refused a drink at the party",
    "i resisted the urge",
])
def test_sobriety_and_negated_use_are_progress(text):
    detection = detect(text)
    assert not detection.crisis and not detection.urgent, detection.explain()


@pytest.mark.parametrize("text,category", [
    ("I am not suicidal", S), ("I'm not going to kill myself, don't worry", S),
    ("mai khudkushi nahi karunga", S), ("I don't want to cut myself", SH),
])
def test_negation_never_cancels_suicide_or_self_harm(text, category):
    found = finding(text, category)
    assert detect(text).crisis and found.negated


def test_a_struggle_not_to_use_is_still_a_craving():
    assert detect("im struggling not to use").urgent
    assert detect("खुद को रोक नहीं पा रहा").urgent


def test_a_relapse_after_a_negated_clause_is_still_a_relapse():
    assert finding("No alcohol for 2 years, but yesterday I drank", RE)
    assert finding("i used again after 4 months clean", RE)
    assert finding("I can't stop drinking", RE)


# --- idioms ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "this heat is killing me", "dying to see you", "killed it at work", "prices shot up",
    "this cake is to die for", "had a drink of water", "dead tired", "phone mar gaya",
    "battery died", "hans hans ke mar gaye", "my back is killing me", "bored to death",
    "chai pi li", "पाणी प्यायलो", "the relapse prevention class was good", "hang out with friends",
    "my daughter got high marks", "I live with my parents now", "I used to drink a lot",
    "my last drink was a year ago", "garmi se mar gaye", "traffic today was murder",
    "sab khatam ho gaya, ab chutti", "had a coke with pizza", "yeh garmi jaan le legi yaar",
    "we jumped in the pool", "collecting my pills from the pharmacy",
    "I read a book about suicide prevention", "we discussed overdose signs in the meeting",
    "Friends had beers on the beach, I had coconut water", "that exam killed me",
    "my phone's dead, will call later", "my mom will kill me if I'm late", "binge watched the whole series",
    "ye kaam mujhe maar dalega",
])
def test_benign_idioms_are_not_a_crisis(text):
    assert not detect(text).crisis, detect(text).explain()


@pytest.mark.parametrize("text", ["I want to die lol", "lol kill me now, i mean it, want to die"])
def test_a_laugh_does_not_hide_a_wish_to_die(text):
    assert detect(text).crisis


# --- third party, substances, explanations ---------------------------------------------

@pytest.mark.parametrize("text,category", [
    ("my brother took all his pills", OD), ("bhai ne zehar kha liya", OD),
    ("मेरे पति ने फांसी लगाने की कोशिश की", S), ("my son is drinking again", RE),
    ("my husband cut himself", SH), ("मुलगा म्हणाला जीव देतो", S),
])
def test_someone_else_in_danger_is_a_third_party_finding(text, category):
    found = finding(text, category)
    assert found.third_party and detect(text).crisis


@pytest.mark.parametrize("text", ["he is going to kill me", "mera pati mujhe maar dalega",
                                  "my husband will kill me"])
def test_a_threat_against_the_writer_alerts(text):
    assert detect(text).crisis


def test_first_person_findings_are_not_third_party():
    assert not finding("I took all my pills", OD).third_party
    assert not finding("I fought with my wife and drank again", RE).third_party


@pytest.mark.parametrize("text,substance", [
    ("used heroin yesterday", "opioids"), ("पुन्हा गांजा ओढला", "cannabis"),
    ("daru pi li", "alcohol"), ("phir se sharab", "alcohol"), ("did coke again last night", "cocaine"),
    ("smoked charas again", "cannabis"), ("chitta fir se liya", "opioids"),
    ("popped xanax again", "pills"), ("I slipped and had a few beers", "alcohol"),
])
def test_relapse_names_the_substance(text, substance):
    assert finding(text, RE).substance == substance


def test_explanation_names_the_words_of_the_text():
    found = finding("ab JEENA nahi hai", S)
    assert found.words == ("JEENA", "nahi") and set(found.concepts) == {"live", "negation"}
    assert detect("ab JEENA nahi hai").explain() == "suicide (matched: JEENA + nahi)"
    assert detect("my brother took all his pills").explain() == \
        "overdose (about someone else) (matched: all + pills)"
    assert "relapse (matched: गांजा + ओढला)" in detect("पुन्हा गांजा ओढला").explain()


# --- bad input -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    None, "", "   ", "🙂🙂🙂", "💀", "💊", "\u200b\u200d", "<script>alert(1)</script>", "a" * 5000,
    "मर" * 2000, "\x00\x01\x02", "४", 12345, b"bytes", "\ud800",
])
def test_bad_input_never_raises(text):
    assert isinstance(detect(text), Detection)


def test_asking_for_help_with_a_task_is_not_a_plea():
    assert not detect("sir please help me with the form").findings
    assert detect("please help me, i cant stop").urgent


def test_emoji_alone_is_never_a_crisis():
    for text in ("💀", "💊💊💊", "🔪", "☠️☠️", "🍺", "💀😂"):
        assert not detect(text).crisis


def test_a_crisis_at_the_end_of_a_long_message_is_found():
    text = "Namaste sir, all is fine at home, the kids are well. " * 30 + " but honestly I want to die"
    assert len(text) > 1600 and detect(text).crisis



@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_whatsoever_is_read_without_raising(text):
    detection = detect(text)
    assert len(detection.explain()) <= 200


CRISIS_PHRASES = ["I want to die", "kill myself", "मुझे मरना है", "jeena nahi hai", "took all my pills",
                  "overdosed", "cut myself", "mala marayche aahe", "आत्महत्या", "khudkushi",
                  "zehar kha liya", "hurt myself", "फांसी"]


@pytest.mark.parametrize("text", ["0:IS\nआत्महत्या", "2 is आत्महत्या", "B:IS\nआत्महत्या", "1 is suicide", "😞 is suicide",
                                  "b b e3s आत्महत्या", "x y is suicide", "go home 1s suicide"])
def test_a_score_or_a_sign_before_is_does_not_make_suicide_a_figure_of_speech(text):
    assert detect(text).crisis


@settings(max_examples=300, deadline=None)
@given(prefix=st.text(max_size=40), suffix=st.text(max_size=40),
       phrase=st.sampled_from(CRISIS_PHRASES), language=st.sampled_from(["en", "hi", "mr"]))
def test_any_text_containing_a_crisis_phrase_is_never_a_clean_score(prefix, suffix, phrase, language):
    reply = interpret_reply(f"{prefix}\n{phrase}\n{suffix}", language)
    assert reply.crisis and not reply.is_clean_score


# --- carried over from the phrase-list tests ------------------------------------------

@pytest.mark.parametrize("text", [
    "I feel like dying inside", "not doing great", "everything is dark", "can't sleep at all",
    "kuch accha nahi lag raha", "मन नहीं लगता", "काही बरं वाटत नाही", "5 but so tired of everything",
    "one day at a time",
])
def test_near_misses_are_never_handled_by_rules_alone(text):
    """Not a crisis perhaps, but not a clean score or keyword either: a person reads it."""
    reply = interpret_reply(text, "en")
    assert reply.uncertain or reply.crisis
    assert not reply.is_clean_score and reply.keyword is None


@pytest.mark.parametrize("text", ["the food was overdone", "walked 5 km", "odd day", "4", "thanks",
                                  "Mr Sharma will call", "I took my meds today", "doctor gave me sleeping "
                                  "pills, taking one at night"])
def test_ordinary_words_are_not_a_crisis(text):
    assert detect(text).findings == ()


def test_the_crisis_categories_are_the_ones_that_alert():
    assert CRISIS_CATEGORIES == {S, SH, OD, HO, RE} and CR not in CRISIS_CATEGORIES


# Hyperbole: dying and killing as a way of saying tired, busy, in trouble or in love.
@pytest.mark.parametrize("text", [
    "presentation in an hour and nothing is ready, i am so dead",
    "hahaha that meme, im literally dying 😂",
    "slept like a dead log after the wedding",
    "इतनी गर्मी है कि मर जाऊँगा आज",
    "itna homework hai ki mar jaungi",
    "boss ne aaj meeting me maar hi dala yaar",
    "कल की क्लास ने तो मार ही डाला",
    "dad is gonna kill me if he sees this bill",
    "my teacher will murder me if i forget the project again",
    "is biryani pe to jaan de du",
    "aai mala jivant sodnar nahi, phone futla",
    "naye sandal kaat rahe hain, chhale pad gaye",
    "pyaaz kaat rahi thi aur ungli kat gayi, dettol lagaya",
    "godown ke liye rat poison laya, chuhe kha gaye aadha anaaj",
])
def test_hyperbole_and_everyday_cuts_are_not_a_crisis(text):
    detection = detect(text)
    assert not detection.crisis, detection.explain()


# The same shapes with a wish, a method or a self of one's own still reach a person.
@pytest.mark.parametrize("text", [
    "i want to die, i am so dead inside",
    "itna dard hai ki mar jana chahta hoon",
    "ab aur nahi, main mar jaunga, sab khatam",
    "i will kill myself if he leaves me",
    "cut my wrist with the vegetable knife",
    "ate the rat poison from the shop",
    "train ke aage jaan de dunga",
])
def test_a_wish_a_method_or_oneself_still_alerts(text):
    assert detect(text).crisis, detect(text).explain()
