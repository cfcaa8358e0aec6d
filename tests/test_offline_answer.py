"""The answer to a text we could not store yet: the helpline for a crisis, in the language
its script suggests; nothing for anything else."""
import pytest

from alumni.domain.offline_answer import guess_language, offline_answer

HELPLINE = "Tele-MANAS 14416"


@pytest.mark.parametrize("text,language", [("I want to die", "en"), ("mujhe marna hai", "en"),
                                           ("मैं मरना चाहता हूँ", "hi"), ("मला मरायचं आहे", "hi"),
                                           ("ok मैं ठीक हूँ", "hi"), ("", "en")])
def test_the_script_picks_the_language(text, language):
    assert guess_language(text) == language


def test_a_crisis_gets_the_helpline_in_english():
    answer = offline_answer("took too many pills", helpline=HELPLINE, centre="Sunrise")
    assert HELPLINE in answer and answer.startswith("You are not alone")


def test_a_crisis_in_devanagari_gets_the_helpline_in_hindi():
    answer = offline_answer("मैं आत्महत्या के बारे में सोच रहा हूँ", helpline=HELPLINE, centre="Sunrise")
    assert HELPLINE in answer and answer.startswith("आप अकेले नहीं हैं")


@pytest.mark.parametrize("text", ["4", "STOP", "feeling good today", ""])
def test_anything_else_gets_no_answer(text):
    assert offline_answer(text, helpline=HELPLINE, centre="Sunrise") is None


def test_the_centre_is_never_named_in_the_offline_answer():
    # We do not know yet whether the sender reads on a shared phone (discreet mode).
    assert "Sunrise" not in offline_answer("I want to die", helpline=HELPLINE, centre="Sunrise")
