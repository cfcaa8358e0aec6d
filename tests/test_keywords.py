"""Compliance keywords in every supported language, whatever the case or accents."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from alumni.domain.keywords import KEYWORDS_BY_LANGUAGE, Keyword, match_keyword, normalise

EVERY_KEYWORD = [(language, keyword, word)
                 for language, by_keyword in KEYWORDS_BY_LANGUAGE.items()
                 for keyword, words in by_keyword.items() for word in words]


@pytest.mark.parametrize("language,keyword,word", EVERY_KEYWORD,
                         ids=[f"{language}-{keyword}-{word}" for language, keyword, word in EVERY_KEYWORD])
def test_every_keyword_in_every_language_is_recognised(language, keyword, word):
    assert match_keyword(word) is keyword
    assert match_keyword(word.upper()) is keyword
    assert match_keyword(f"  {word}!! ") is keyword


@pytest.mark.parametrize("word", ["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"])
def test_the_carrier_stop_words_all_stop(word):
    assert match_keyword(word) is Keyword.STOP
    assert match_keyword(word.lower()) is Keyword.STOP
    assert match_keyword(word.title()) is Keyword.STOP


@pytest.mark.parametrize("text", ["STÓP", "stöp", "Ｓｔｏｐ", "s\u200btop", "ÉND", "Qúit"])
def test_accents_full_width_and_zero_width_characters_do_not_hide_stop(text):
    assert match_keyword(text) is Keyword.STOP


@pytest.mark.parametrize("text,keyword", [("START", Keyword.START), ("unstop", Keyword.START),
                                          ("Help", Keyword.HELP), ("INFO", Keyword.INFO),
                                          ("शुरू", Keyword.START), ("सुरू करा", Keyword.START),
                                          ("मदत", Keyword.HELP), ("माहिती", Keyword.INFO)])
def test_start_help_and_info(text, keyword):
    assert match_keyword(text) is keyword


@pytest.mark.parametrize("text", ["ज़्यादा", "पाँच", "स्वत:ला"])
def test_devanagari_spelling_variants_fold_together(text):
    variants = {"ज़्यादा": "ज्यादा", "पाँच": "पांच", "स्वत:ला": "स्वतःला"}
    assert normalise(text) == normalise(variants[text])


@pytest.mark.parametrize("text", ["please don't stop texting me", "stop drinking is hard",
                                  "I want to start again", "help me understand"])
def test_a_keyword_inside_a_sentence_is_not_a_keyword(text):
    assert match_keyword(text) is None


@given(st.text())
def test_normalise_never_raises_and_is_idempotent(text):
    once = normalise(text)
    assert normalise(once) == once
