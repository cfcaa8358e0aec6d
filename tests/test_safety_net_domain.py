"""The safety net's decisions as pure functions: falling scores, the language of a sender
we have no record of, look-alike letters, the new text of an email, and what a reply opens."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from alumni.domain.email_quotes import html_to_text, reply_body, strip_quoted
from alumni.domain.homoglyphs import fold_look_alikes
from alumni.domain.replies import interpret_reply, plan_reply
from alumni.domain.reply_texts import Answer
from alumni.domain.score_trend import declining, may_be_declining
from alumni.domain.sender_language import guess_language
from alumni.domain.vocabulary import FollowUpReason

CRISIS_CASE, LOW_SCORE_CASE = FollowUpReason.CRISIS, FollowUpReason.LOW_SCORE
UNREAD_TEXT_CASE, URGENT_CASE = FollowUpReason.UNREAD_TEXT, FollowUpReason.URGENT

# --- a slide before the fall ------------------------------------------------------------------

@pytest.mark.parametrize("scores", [[5, 4, 3], [3, 5, 4, 3], [5, 5, 5, 3], [5, 5, 5, 5, 5, 5, 3],
                                    [3, 5, 5, 5, 5, 5, 5, 3]])
def test_falling_scores_or_a_drop_of_two_from_their_usual_is_a_slide(scores):
    assert declining(scores)


@pytest.mark.parametrize("scores", [[], [3], [4, 3], [4, 4, 3], [5, 4, 4], [5, 5, 3], [5, 5, 4, 5, 3],
                                    [4, 3, 2], [5, 5, 5, 2], [3, 4, 5], [4, 5, 5, 5, 3]])
def test_steady_or_rising_scores_too_few_to_judge_or_already_low_are_not_a_slide(scores):
    """A 1 or 2 opens a low-score case of its own; two earlier scores are too few for a mean."""
    assert declining(scores) is None


def test_the_usual_is_the_mean_of_at_most_six_earlier_scores():
    # Seven 5s then 3s: only the last six earlier scores count, here 5, 5, 3, 3, 3, 3 (3.67).
    assert declining([5, 5, 5, 5, 3, 3, 3, 3, 3]) is None
    assert "usual 5.0" in declining([1, 5, 5, 5, 5, 5, 5, 3])


@given(st.lists(st.integers(min_value=1, max_value=5), max_size=12))
def test_earlier_scores_are_read_only_for_a_score_that_can_be_a_slide(scores):
    """The webhook reads earlier scores only for a 3 or a 4: no 1, 2 or 5 is ever a slide."""
    if scores and not may_be_declining(scores[-1]):
        assert declining(scores) is None


# --- language of an unknown sender -------------------------------------------------------------

@pytest.mark.parametrize("text,language", [("I want to die", "en"), ("mujhe marna hai", "en"),
                                           ("मैं मरना चाहता हूँ", "hi"), ("मला मरायचं आहे", "mr"),
                                           ("दारू पिली, खूप वाईट वाटतंय", "mr"), ("", "en"), ("😢", "en")])
def test_an_unknown_sender_is_answered_in_the_language_their_words_are_in(text, language):
    assert guess_language(text) == language


# --- look-alike letters --------------------------------------------------------------------------

def test_cyrillic_letters_inside_a_latin_word_are_read_as_latin():
    assert fold_look_alikes("I tооk an оverdose") == "I took an overdose"   # Cyrillic о
    assert fold_look_alikes("привет") == "привет"                            # a Russian word stays
    assert interpret_reply("оverdosed", "en").crisis


# --- what a reply opens ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["1", "2", "one", "एक", "do"])
def test_a_lone_low_score_opens_a_low_score_case_even_with_no_checkin_open(text):
    plan = plan_reply(interpret_reply(text, "hi"), has_open_checkin=False)
    assert plan.cases == (LOW_SCORE_CASE,) and plan.answer is Answer.SCORE_THANKS


def test_a_middling_score_with_nowhere_to_go_is_still_read_by_a_person():
    assert plan_reply(interpret_reply("3", "en"), has_open_checkin=False).cases == (UNREAD_TEXT_CASE,)


@pytest.mark.parametrize("text", ["help me please", "the craving is bad tonight", "बचाओ", "मदत करा"])
def test_a_craving_or_a_plea_is_urgent_with_a_kind_answer_and_no_helpline(text):
    reply = interpret_reply(text, "en")
    assert reply.urgent and not reply.crisis and not reply.is_clean_score
    plan = plan_reply(reply, has_open_checkin=False)
    assert plan.cases == (URGENT_CASE,) and plan.answer is Answer.URGENT


def test_help_alone_is_still_the_carrier_keyword_and_a_crisis_beats_a_craving():
    assert interpret_reply("HELP", "en").keyword == "help"
    both = interpret_reply("craving so bad, I relapsed", "en")
    assert both.crisis and not both.urgent and both.crisis_terms == ("relapse",)
    assert plan_reply(both, has_open_checkin=False).cases == (CRISIS_CASE,)


def test_the_reply_carries_the_detectors_explanation():
    reply = interpret_reply("I want to die", "en")
    assert reply.crisis_terms == ("suicide",) and "suicide" in reply.detection.explain()


# --- the new text of an email -----------------------------------------------------------------------

def test_a_crisis_written_below_the_quote_is_the_new_text():
    text = ("On Mon, 5 May 2025 at 09:00, Sunrise <care@centre.example> wrote:\n"
            "> How are you feeling this week? Reply 1 to 5.\n>\n\nI relapsed on Saturday.\n")
    assert strip_quoted(text) == "I relapsed on Saturday."


def test_inline_answers_between_quoted_lines_are_all_kept():
    text = ("> How are you feeling?\n3\n\n> Anything else?\nI took too many pills last night\n"
            "> Thanks, the team\n")
    assert strip_quoted(text) == "3\n\nI took too many pills last night"


def test_top_posting_without_quote_marks_stops_at_the_attribution_or_the_outlook_header():
    gmail = "4\n\nOn Mon, 5 May 2025, Sunrise wrote:\nHow are you feeling? I want to die is a test\n"
    outlook = ("2, rough week\n\nFrom: Sunrise <care@centre.example>\nSent: Monday, 5 May 2025 09:00\n"
               "To: Asha\nSubject: How are you?\n\nReply 1-5. overdose\n")
    assert strip_quoted(gmail) == "4"
    assert strip_quoted(outlook) == "2, rough week"


def test_a_from_line_that_is_not_a_header_block_is_the_alumnus_writing():
    assert strip_quoted("From: my heart, I relapsed\nsorry") == "From: my heart, I relapsed\nsorry"


def test_signature_and_sent_from_my_phone_are_not_the_new_text():
    assert strip_quoted("3\n\nSent from my iPhone") == "3"
    assert strip_quoted("0\n\nGet Outlook for Android") == "0"
    assert strip_quoted("1\nSent from Yahoo Mail on Android") == "1"
    assert strip_quoted("2\n\nSent from Mail for Windows") == "2"
    # The alumnus's own sentence that happens to begin alike stays theirs.
    assert strip_quoted("Sent from my brother's house, I am ok, 4") == "Sent from my brother's house, I am ok, 4"
    assert strip_quoted("> q\n\nfine, 4\n-- \nAsha Patil\n+91 98xxxx") == "fine, 4"


def test_nested_html_quotes_and_styles_are_removed_and_entities_decoded():
    html = ("<style>p{color:red}</style><div>I&#39;m using again &amp; scared</div>"
            "<blockquote>old<blockquote>older</blockquote>still old</blockquote><p>after</p>")
    assert html_to_text(html) == "I'm using again & scared\nafter"


def test_a_danger_in_the_subject_is_read_with_the_body():
    assert reply_body("3", "", "Re: I relapsed") == "I relapsed\n\n3"
    assert reply_body("3", "", "Re: How are you this week?") == "3"
    assert reply_body("", "", "Re: STOP") == "STOP"


@given(st.text(max_size=300), st.text(max_size=300), st.text(max_size=80))
def test_reply_body_never_raises(text, html, subject):
    assert isinstance(reply_body(text, html, subject), str)
