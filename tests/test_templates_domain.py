"""Template sandbox and SMS segment arithmetic (pure functions)."""
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alumni.domain.message_templates import TEMPLATE_VARIABLES, render_text, template_problem
from alumni.domain.sms_segments import GSM7, GSM7_BASIC, GSM7_EXTENSION, UCS2, count_segments
from alumni.plans.plans import DEFAULT_TEMPLATES


def test_a_single_gsm_sms_holds_160_characters():
    assert count_segments("a" * 160).segments == 1
    assert count_segments("a" * 161).segments == 2
    assert count_segments("a" * 306).segments == 2
    assert count_segments("a" * 307).segments == 3


def test_extension_characters_count_twice_and_are_not_split():
    info = count_segments("a" * 159 + "€")
    assert (info.encoding, info.units, info.segments) == (GSM7, 161, 2)
    # 152 septets then an escape pair: the pair moves whole into segment 2
    assert count_segments("a" * 152 + "[" + "a" * 152).segments == 3


def test_one_non_gsm_character_switches_the_whole_message_to_ucs2():
    assert count_segments("a" * 70).encoding == GSM7
    info = count_segments("a" * 69 + "’")
    assert (info.encoding, info.segments) == (UCS2, 1)
    assert count_segments("a" * 70 + "’").segments == 2
    assert count_segments("क" * 134).segments == 2
    assert count_segments("क" * 135).segments == 3


def test_an_emoji_takes_two_units_and_is_never_split():
    info = count_segments("a" * 66 + "🙂" + "a" * 10)
    assert (info.encoding, info.units, info.segments) == (UCS2, 78, 2)


def test_more_than_three_segments_warns():
    assert not count_segments("a" * 459).too_long
    assert count_segments("a" * 460).too_long


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(sorted(GSM7_BASIC | GSM7_EXTENSION) + ["क", "🙂", "’"]), max_size=800))
def test_segment_count_matches_the_capacity_bounds(text):
    info = count_segments(text)
    if info.units == 0:
        assert info.segments == 0
    elif info.units <= (160 if info.encoding == GSM7 else 70):
        assert info.segments == 1
    else:
        per = 153 if info.encoding == GSM7 else 67
        assert math.ceil(info.units / per) <= info.segments <= math.ceil(info.units / (per - 1))
    assert (info.encoding == GSM7) == all(c in GSM7_BASIC or c in GSM7_EXTENSION for c in text)


@pytest.mark.parametrize("language", ["en", "hi", "mr"])
def test_shipped_templates_save_and_fit_in_three_segments(language):
    subject, body = DEFAULT_TEMPLATES[language]
    assert template_problem(body, subject) is None
    text = render_text(body, {"first_name": "Asha", "centre_name": "Sunrise Centre", "discreet": False,
                              "days_since_discharge": 1, "months_since_discharge": 0, "helpline": "",
                              "event_title": "", "event_when": "", "event_place": ""})
    assert not count_segments(text).too_long


def test_an_unknown_variable_is_refused_with_the_names_allowed():
    reason = template_problem("Hello {{ phone }}")
    assert "phone" in reason and "first_name" in reason


def test_a_syntax_error_is_refused_with_the_reason():
    assert "line 1" in template_problem("Hello {{ first_name ")


def test_the_sandbox_refuses_reaching_into_python():
    reason = template_problem("{{ first_name.__class__.__mro__ }}")
    assert reason is not None


def test_an_empty_rendering_is_refused():
    assert "empty" in template_problem("{% if not discreet %}{{ centre_name }}{% endif %}")


@settings(max_examples=200)
@given(st.text(alphabet=st.characters(blacklist_characters="{}%#", blacklist_categories=("Cs", "Cc")),
               min_size=1, max_size=200))
def test_plain_text_renders_as_itself(text):
    values = {name: "" for name in TEMPLATE_VARIABLES}
    rendered = render_text(text, values)
    assert rendered.split() == text.split(), "only surrounding and blank-line whitespace is tidied"
