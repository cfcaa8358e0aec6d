"""What the mentor service and the matching rules say, in the reader's language. Both keep
their sentences in English (the API and the stored match reasons read them as they are):
the service names each refusal (MENTOR_PROBLEMS in alumni/peer/mentors.py, whose English
shapes are the keys a page reads back by), and the rules give a refusal as a phrase the
service puts after the mentor's name (alumni/domain/mentor_matching.py why_not_eligible).
Each is a msgid below, read back through alumni/core/sentences_read_back.py; tests check that
none is missing. A sentence not listed is shown as written. The reasons a mentor is
suggested are read back in alumni/peer/mentor_reason_words.py, where the timeline can reach
them.

    problem_words(MentorProblem("mentee_has_mentor", mentee="Sunil"))
        ->  "Sunil यांना आधीच मार्गदर्शक आहेत; आधी ती जोडी संपवा." (Marathi)
    reason_words("Speaks Marathi")  ->  "मराठी बोलतात" (Marathi)
"""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

from alumni.core.sentences_read_back import read_back
from alumni.peer.mentor_reason_words import reason_words
from alumni.peer.mentors import MENTOR_PROBLEMS, MentorProblem

__all__ = ["PROBLEM_WORDS", "REFUSAL_WORDS", "problem_words", "reason_words"]

# Each of MENTOR_PROBLEMS but "not_eligible", whose words come from the rules' refusal.
PROBLEM_WORDS = {
    "cannot_mentor": _l("That alumnus cannot be a mentor."),
    "capacity": _l("Capacity must be between 1 and %(most)s."),
    "no_language": _l("Choose at least one language the mentor speaks."),
    "mentee_inactive": _l("The graduate is not active."),
    "no_profile": _l("That person has no mentor profile."),
    "mentee_has_mentor": _l("%(mentee)s already has a mentor; end that match first."),
    "mentee_just_matched": _l("%(mentee)s already has a mentor."),
    "no_match": _l("No such match."),
    "match_ended": _l("This match has already ended."),
    "no_reason": _l("Say why the match ends."),
}
# "not_eligible" ("{mentor} {refusal}."), one shape for each of why_not_eligible's phrases.
REFUSAL_WORDS = {
    "{mentor} is the graduate.": _l("%(mentor)s is the graduate."),
    "{mentor} mentor profile is inactive.": _l("%(mentor)s mentor profile is inactive."),
    "{mentor} has not consented to mentor.": _l("%(mentor)s has not consented to mentor."),
    "{mentor} has no training date.": _l("%(mentor)s has no training date."),
    "{mentor} has no free place.": _l("%(mentor)s has no free place."),
    "{mentor} less than {num} days in recovery.":
        lambda mentor, num: ngettext("%(mentor)s less than %(num)s day in recovery.",
                                     "%(mentor)s less than %(num)s days in recovery.", int(num), mentor=mentor),
}
_EVERY_SHAPE = {**{MENTOR_PROBLEMS[name]: words for name, words in PROBLEM_WORDS.items()}, **REFUSAL_WORDS}


def problem_words(problem: MentorProblem) -> str:
    return read_back(str(problem), _EVERY_SHAPE)
