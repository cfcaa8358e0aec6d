"""What the mentor service and the matching rules say, in the reader's language. Both keep
their sentences in English (the API and the stored match reasons read them as they are):
the service names each refusal (MENTOR_PROBLEMS in alumni/peer/mentors.py), and the rules
give a refusal as a phrase (alumni/domain/mentor_matching.py). Each is a msgid below, read
back from the name or the phrase; tests check that none is missing. A phrase not listed is
shown as the rules wrote it. The reasons a mentor is suggested are read back in
alumni/peer/mentor_reason_words.py, where the timeline can reach them.

    problem_words(MentorProblem("mentee_has_mentor", mentee="Sunil"))
        ->  "Sunil यांना आधीच मार्गदर्शक आहेत; आधी ती जोडी संपवा." (Marathi)
    reason_words("Speaks Marathi")  ->  "मराठी बोलतात" (Marathi)
"""
from __future__ import annotations

import re

from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

from alumni.peer.mentor_reason_words import reason_words
from alumni.peer.mentors import MentorProblem

__all__ = ["PROBLEM_WORDS", "REFUSAL_WORDS", "problem_words", "reason_words", "refusal_words"]

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
# why_not_eligible's phrases, each as the sentence the service makes of it after the name.
REFUSAL_WORDS = {
    "is the graduate": _l("%(mentor)s is the graduate."),
    "mentor profile is inactive": _l("%(mentor)s mentor profile is inactive."),
    "has not consented to mentor": _l("%(mentor)s has not consented to mentor."),
    "has no training date": _l("%(mentor)s has no training date."),
    "has no free place": _l("%(mentor)s has no free place."),
}
_TOO_SOON = re.compile(r"less than (\d+) days in recovery")


def refusal_words(mentor: str, refusal: str) -> str | None:
    if refusal in REFUSAL_WORDS:
        return str(REFUSAL_WORDS[refusal]) % {"mentor": mentor}
    if match := _TOO_SOON.fullmatch(refusal):
        days = int(match.group(1))
        return ngettext("%(mentor)s less than %(num)s day in recovery.",
                        "%(mentor)s less than %(num)s days in recovery.", days, mentor=mentor)
    return None


def problem_words(problem: MentorProblem) -> str:
    if problem.problem in PROBLEM_WORDS:
        return str(PROBLEM_WORDS[problem.problem]) % problem.values
    if problem.problem == "not_eligible":
        said = refusal_words(str(problem.values["mentor"]), str(problem.values["refusal"]))
        if said is not None:
            return said
    return str(problem)
