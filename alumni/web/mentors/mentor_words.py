"""What the mentor service and the matching rules say, in the reader's language. Both keep
their sentences in English (the API and the stored match reasons read them as they are):
the service names each refusal (MENTOR_PROBLEMS in alumni/peer/mentors.py), and the rules
give a refusal or a reason as a phrase (alumni/domain/mentor_matching.py). Each is a msgid
below, read back from the name or the phrase; tests check that none is missing. A phrase
not listed is shown as the rules wrote it.

    problem_words(MentorProblem("mentee_has_mentor", mentee="Sunil"))
        ->  "Sunil यांना आधीच मार्गदर्शक आहेत; आधी ती जोडी संपवा." (Marathi)
    reason_words("Speaks Marathi")  ->  "मराठी बोलतात" (Marathi)
"""
from __future__ import annotations

import re

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

from alumni.domain.mentor_matching import LANGUAGE_NAMES
from alumni.peer.mentors import MentorProblem
from alumni.web.staff_locale import language_word

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

# score_mentor's reasons, as it words them.
_SPEAKS = re.compile(r"Speaks (.+)")
_SAME_PROGRAMME = re.compile(r"Same programme \((.+)\)")
_SAME_AREA = re.compile(r"Same area \((.+)\)")
_YEARS = re.compile(r"(\d+) years? in recovery")
_FREE = re.compile(r"(\d+) of (\d+) places? free")
LANGUAGE_CODES = {name: code for code, name in LANGUAGE_NAMES.items()}


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


def reason_words(reason: str) -> str:
    """One reason a mentor is suggested, in the reader's words; names stay as written."""
    if match := _SPEAKS.fullmatch(reason):
        language = match.group(1)
        return _("Speaks %(language)s", language=language_word(LANGUAGE_CODES.get(language, language)))
    if match := _SAME_PROGRAMME.fullmatch(reason):
        return _("Same programme (%(programme)s)", programme=match.group(1))
    if match := _SAME_AREA.fullmatch(reason):
        return _("Same area (%(area)s)", area=match.group(1))
    if match := _YEARS.fullmatch(reason):
        years = int(match.group(1))
        return ngettext("%(num)s year in recovery", "%(num)s years in recovery", years)
    if match := _FREE.fullmatch(reason):
        free, capacity = int(match.group(1)), int(match.group(2))
        return ngettext("%(free)s of %(num)s place free", "%(free)s of %(num)s places free", capacity, free=free)
    return reason
