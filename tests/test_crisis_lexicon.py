"""Crisis wording in English, Hindi and Marathi, native script and Latin, and the
near-misses that must still reach a person."""
import pytest
from hypothesis import given, strategies as st

from alumni.domain.crisis_lexicon import CRISIS_LEXICON, find_crisis_terms
from alumni.domain.keywords import normalise
from alumni.domain.replies import interpret_reply

EVERY_PHRASE = [(category, language, phrase.rstrip("*"))
                for category, by_language in CRISIS_LEXICON.items()
                for language, phrases in by_language.items() for phrase in phrases]


@pytest.mark.parametrize("category,language,phrase", EVERY_PHRASE,
                         ids=[f"{c}-{l}-{p}" for c, l, p in EVERY_PHRASE])
def test_every_lexicon_phrase_is_a_crisis_in_a_sentence(category, language, phrase):
    reply = interpret_reply(f"3. honestly {phrase} today", language)
    # The reply names the detector's category: the lexicon's "using_again" is "relapse".
    assert reply.crisis and {"using_again": "relapse"}.get(category, category) in reply.crisis_terms
    assert not reply.is_clean_score


@pytest.mark.parametrize("text,language", [
    ("I want to die", "en"), ("thinking about suicide", "en"), ("feeling suicidal", "en"),
    ("I relapsed last night", "en"), ("I'm using again", "en"), ("took too many pills", "en"),
    ("overdosed", "en"), ("I keep hurting myself", "en"),
    ("मैं आत्महत्या करना चाहता हूँ", "hi"), ("mujhe marna chahta hun", "hi"),
    ("फिर से पी ली", "hi"), ("phir se nasha kiya", "hi"), ("नींद की गोलियां खा ली", "hi"),
    ("मला मरायचं आहे", "mr"), ("jagayche nahi ata", "mr"), ("पुन्हा दारू प्यायलो", "mr"),
    ("स्वत:ला इजा केली", "mr"), ("KHUDKUSHI", "hi"), ("Aatmahatya", "mr"),
])
def test_crisis_phrases_in_every_language(text, language):
    assert interpret_reply(text, language).crisis


@pytest.mark.parametrize("text", ["sucide", "suicde thoughts", "overdoze", "suiside", "i am suicidle",
                                  "khudkushi karunga", "aatmhatya"])
def test_one_typo_still_raises_a_crisis(text):
    assert interpret_reply(text, "en").crisis


@pytest.mark.parametrize("text", ["I feel like dying inside", "not doing great", "everything is dark",
                                  "the relapse prevention class was good", "can't sleep at all",
                                  "kuch accha nahi lag raha", "मन नहीं लगता", "काही बरं वाटत नाही",
                                  "5 but so tired of everything", "one day at a time"])
def test_near_misses_are_never_handled_by_rules_alone(text):
    """Not in the lexicon, but not a clean score or keyword either: a person reads it."""
    reply = interpret_reply(text, "en")
    assert reply.uncertain or reply.crisis
    assert not reply.is_clean_score and reply.keyword is None


@pytest.mark.parametrize("text", ["the food was overdone", "walked 5 km", "odd day", "4", "thanks"])
def test_ordinary_words_are_not_a_crisis(text):
    assert not find_crisis_terms(normalise(text))


@given(prefix=st.text(max_size=40), suffix=st.text(max_size=40),
       phrase=st.sampled_from([p for _, _, p in EVERY_PHRASE]),
       language=st.sampled_from(["en", "hi", "mr"]))
def test_any_text_containing_a_crisis_phrase_is_never_a_clean_score(prefix, suffix, phrase, language):
    reply = interpret_reply(f"{prefix} {phrase} {suffix}", language)
    assert reply.crisis
    assert not reply.is_clean_score
