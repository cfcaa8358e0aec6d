"""Message templates: Jinja2 in a sandbox, with a fixed, documented set of variables.

A template can use only the variables in TEMPLATE_VARIABLES; anything else is an error
(StrictUndefined), and the sandbox refuses attribute tricks. `template_problem()` is what
the editor calls before saving: it renders the template against sample values, in both
ordinary and discreet mode, and returns the reason it fails in plain words (or None).
"""
from __future__ import annotations

from functools import lru_cache

from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

# name -> what it holds (shown in the editor, and the only names a template may use)
TEMPLATE_VARIABLES: dict[str, str] = {
    "first_name": "The alumnus's first name.",
    "centre_name": "The centre's name (CENTRE_NAME); empty in discreet mode.",
    "discreet": "True when the alumnus asked for discreet messages (shared phone).",
    "days_since_discharge": "Whole days since the discharge date.",
    "months_since_discharge": "Whole months (30 days) since the discharge date.",
    "helpline": "The crisis helpline (CRISIS_HELPLINE).",
    "event_title": "For invitations: the meeting's title (empty otherwise).",
    "event_when": "For invitations: the meeting's local date and time (empty otherwise).",
    "event_place": "For invitations: where the meeting is (empty otherwise).",
    "peer_name": "For mentor texts: the other person's first name (empty otherwise).",
    "peer_phone": "For mentor texts: the other person's phone number (empty otherwise).",
}

SAMPLE_VALUES: dict[str, object] = {
    "first_name": "Asha",
    "centre_name": "Sample Centre",
    "discreet": False,
    "days_since_discharge": 30,
    "months_since_discharge": 1,
    "helpline": "Tele-MANAS 14416",
    "event_title": "Sunday meeting",
    "event_when": "Sun 12 May, 11:00",
    "event_place": "Community hall",
    "peer_name": "Ravi",
    "peer_phone": "+919800000000",
}

MAX_BODY_CHARS = 1600  # Twilio's limit for one SMS body (10 segments)


class TemplateProblem(ValueError):
    """A template that cannot be saved or rendered; str() is the reason in plain words."""


def _environment() -> SandboxedEnvironment:
    env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False,
                               trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False)
    return env


_ENV = _environment()


@lru_cache(maxsize=512)
def _compiled(source: str):
    # Compiling is most of a render's cost; the same few bodies are sent thousands of times.
    return _ENV.from_string(source)


def render_text(source: str, variables: dict[str, object]) -> str:
    """Render one template string; raise TemplateProblem with the reason if it fails."""
    unknown = set(variables) - set(TEMPLATE_VARIABLES)
    if unknown:
        raise TemplateProblem(f"unknown variables passed: {', '.join(sorted(unknown))}")
    try:
        text = _compiled(source).render(**variables)
    except TemplateError as error:
        raise TemplateProblem(_explain(error)) from None
    except Exception as error:  # a filter on the wrong type: still the template's fault
        raise TemplateProblem(f"the template could not be rendered: {error}") from None
    return _tidy(text)


def _tidy(text: str) -> str:
    """Collapse the blank lines and trailing spaces left behind by empty variables."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def _explain(error: TemplateError) -> str:
    message = getattr(error, "message", None) or str(error)
    if type(error).__name__ == "UndefinedError":
        allowed = ", ".join(TEMPLATE_VARIABLES)
        return f"{message}. Templates may use only: {allowed}"
    if type(error).__name__ == "SecurityError":
        return f"not allowed in a message template: {message}"
    lineno = getattr(error, "lineno", None)
    where = f" (line {lineno})" if lineno else ""
    return f"{message}{where}"


def template_problem(body: str, subject: str = "") -> str | None:
    """Why this template cannot be saved, or None when it renders in every mode."""
    if not (body or "").strip():
        return "the message body is empty"
    for discreet in (False, True):
        sample = dict(SAMPLE_VALUES, discreet=discreet, centre_name="" if discreet else "Sample Centre")
        try:
            text = render_text(body, sample)
            if subject:
                render_text(subject, sample)
        except TemplateProblem as problem:
            return str(problem)
        if not text:
            mode = "discreet" if discreet else "ordinary"
            return f"the message renders empty in {mode} mode"
        if len(text) > MAX_BODY_CHARS:
            return f"the message is {len(text)} characters; the limit is {MAX_BODY_CHARS}"
    return None
