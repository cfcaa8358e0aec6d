"""The plan and template editors' words that services write in English, said in the staff
member's language: where a plan went wrong and why (alumni/plans/plan_editing.py FIELDS
and PROBLEMS), why a template was refused (alumni/plans/message_templates.py REFUSALS) or
does not render (alumni/domain/message_templates.py PROBLEMS), what each template variable
holds (TEMPLATE_VARIABLES), whose values a preview used, and its SMS segments. Each English
sentence is read back through its msgid here (alumni/core/sentences_read_back.py); a test
checks that every sentence the services can write has one."""
from __future__ import annotations

from collections.abc import Callable

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

from alumni.core.sentences_read_back import read_back
from alumni.domain import message_templates as rendering
from alumni.domain.sms_segments import SmsSegments
from alumni.models import PREFERRED_CHANNEL
from alumni.plans import message_templates as saving
from alumni.plans import plan_editing as plans
from alumni.plans.message_templates import Preview
from alumni.web.display_words import channel_words, language_words
from alumni.web.staff_locale import number

FIELD_WORDS = {
    plans.NAME_FIELD: _l("name"),
    plans.STEP_DAY: _l("step %(number)s day"),
    plans.STEP_CHANNEL: _l("step %(number)s channel"),
    plans.STEP_TEMPLATE: _l("step %(number)s template"),
    plans.STEP_WINDOW: _l("step %(number)s reply window"),
    plans.STEP_MISSES: _l("step %(number)s misses"),
}
PLAN_PROBLEM_WORDS = {
    plans.NO_NAME: _l("Give the plan a name."),
    plans.NAME_TAKEN: _l("Another plan has this name."),
    plans.BAD_DAY: _l("A day from 0 to 3650 after discharge."),
    plans.DAY_TAKEN: _l("Day %(day)s is already in the plan."),
    plans.BAD_CHANNEL: _l("One of %(channels)s."),
    plans.NO_SUCH_TEMPLATE: _l("Choose a template that exists."),
    plans.BAD_WINDOW: _l("Hours from 1 to 720."),
    plans.BAD_MISSES: _l("A number from 1 to 20."),
}
TEMPLATE_REFUSAL_WORDS = {
    saving.BAD_KEY: _l("the key must start with a letter and use only a-z, 0-9 and _ (up to 60)"),
    saving.BAD_LANGUAGE: _l("the language must be one of %(languages)s"),
    saving.KEY_TAKEN: _l("a %(language)s template called '%(key)s' already exists"),
}
TEMPLATE_PROBLEM_WORDS = {
    rendering.TOO_MANY_STEPS: _l("the template takes more than %(steps)s steps (loop iterations and calls) to "
                                 "render; simplify its loops"),
    rendering.BUILDS_LONG_VALUE: _l("the template builds a value longer than %(limit)s characters"),
    rendering.BUILDS_LONG_REPEAT: _l("the template builds a repeated value longer than %(limit)s characters"),
    rendering.BUILDS_LONG_JOIN: _l("the template builds a joined value longer than %(limit)s characters"),
    rendering.BUILDS_LONG_FORMAT: _l("the template builds a formatted value longer than %(limit)s characters"),
    rendering.NUMBER_TOO_LARGE: _l("the number %(value)s is too large for a message template (at most %(limit)s)"),
    rendering.POWER_TOO_LARGE: _l("the template computes a power larger than %(bits)s bits"),
    rendering.RESULT_TOO_LARGE: _l("the template computes a number larger than %(bits)s bits"),
    rendering.RANGE_TOO_LONG: _l("range() of %(count)s numbers: a template may loop at most %(steps)s times"),
    rendering.SOURCE_TOO_LONG: _l("the template is %(count)s characters; the limit is %(limit)s"),
    rendering.UNKNOWN_VARIABLES: _l("unknown variables passed: %(names)s"),
    rendering.WRITES_TOO_MUCH: _l("the template writes more than %(limit)s characters"),
    rendering.NOT_RENDERED: _l("the template could not be rendered: %(error)s"),
    rendering.ONLY_THESE_NAMES: _l("%(problem)s. Templates may use only: %(allowed)s"),
    rendering.NOT_ALLOWED: _l("not allowed in a message template: %(problem)s"),
    rendering.ON_LINE: _l("%(problem)s (line %(line)s)"),
    rendering.EMPTY_BODY: _l("the message body is empty"),
    rendering.EMPTY_ORDINARY: _l("the message renders empty in ordinary mode"),
    rendering.EMPTY_DISCREET: _l("the message renders empty in discreet mode"),
    rendering.BODY_TOO_LONG: _l("the message is %(count)s characters; the limit is %(limit)s"),
}
# Jinja's own words for the mistake made most often: a name that is not a variable.
JINJA_WORDS = {"'{name}' is undefined": _l("'%(name)s' is undefined")}
# What each variable holds, by name (alumni/domain/message_templates.py TEMPLATE_VARIABLES).
VARIABLE_WORDS = {
    "first_name": _l("The alumnus's first name."),
    "centre_name": _l("The centre's name (CENTRE_NAME); empty in discreet mode."),
    "discreet": _l("True when the alumnus asked for discreet messages (shared phone)."),
    "days_since_discharge": _l("Whole days since the discharge date."),
    "months_since_discharge": _l("Whole months (30 days) since the discharge date."),
    "helpline": _l("The crisis helpline (CRISIS_HELPLINE)."),
    "event_title": _l("For invitations: the meeting's title (empty otherwise)."),
    "event_when": _l("For invitations: the meeting's local date and time (empty otherwise)."),
    "event_place": _l("For invitations: where the meeting is (empty otherwise)."),
    "peer_name": _l("For mentor texts: the other person's first name (empty otherwise)."),
    "peer_phone": _l("For mentor texts: the other person's phone number (empty otherwise)."),
    "milestone": _l("For milestone texts: the milestone in the reader's language, e.g. '90 days', 'one year' "
                    "(empty otherwise)."),
    "monitor_question": _l("For recovery monitor texts: the question of the moment, numbered, in the reader's "
                           "language, worded without treatment terms in discreet mode (empty otherwise)."),
    "group_message": _l("For a message to a group: the coordinator's words in the reader's language (empty "
                        "otherwise)."),
}


def step_channel_words(code: str) -> str:
    """A plan step's channel: the alumnus's own preferred one, or a channel by name."""
    return _("Their preferred channel") if code == PREFERRED_CHANNEL else channel_words(code)


def _codes(words_for: Callable[[str], str]) -> Callable[[str], str]:
    """A list of codes as the services join them ("sms, email"), each said in words."""
    return lambda codes: ", ".join(words_for(code) for code in codes.split(", "))


def plan_problems(problems: dict[str, str]) -> list[tuple[str, str]]:
    """A refused plan's (where, why) pairs, in the reader's words."""
    channels = {"channels": _codes(step_channel_words)}
    return [(read_back(where, FIELD_WORDS), read_back(why, PLAN_PROBLEM_WORDS, channels))
            for where, why in problems.items()]


def _jinja_words(problem: str) -> str:
    return read_back(problem, JINJA_WORDS)


def template_problem_words(problem: str | None) -> str:
    """Why a template does not render, or was not saved, in the reader's words (Jinja's own
    description of a mistake stays as Jinja wrote it, but for an unknown name)."""
    if not problem:
        return ""
    return read_back(problem, {**TEMPLATE_REFUSAL_WORDS, **TEMPLATE_PROBLEM_WORDS},
                     {"languages": _codes(language_words), "language": language_words, "problem": _jinja_words})


def variable_words(name: str) -> str:
    return str(VARIABLE_WORDS.get(name, rendering.TEMPLATE_VARIABLES.get(name, "")))


def who_words(shown: Preview) -> str:
    """Whose values the preview used, and whether in discreet mode."""
    return _("%(name)s (discreet)", name=shown.person) if shown.discreet else shown.person


def segment_words(segments: SmsSegments) -> str:
    """'160 characters, GSM-7: 1 SMS segment', as the SMS will be counted and charged."""
    values = {"units": number(segments.units), "encoding": segments.encoding}
    if segments.encoding == "GSM-7":
        return ngettext("%(units)s characters, %(encoding)s: %(num)s SMS segment",
                        "%(units)s characters, %(encoding)s: %(num)s SMS segments", segments.segments, **values)
    return ngettext("%(units)s UCS-2 units, %(encoding)s: %(num)s SMS segment",
                    "%(units)s UCS-2 units, %(encoding)s: %(num)s SMS segments", segments.segments, **values)
