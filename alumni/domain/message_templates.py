"""Message templates: Jinja2 in a sandbox, with a fixed, documented set of variables.

A template can use only the variables in TEMPLATE_VARIABLES; anything else is an error
(StrictUndefined), and the sandbox refuses attribute tricks. `template_problem()` is what
the editor calls before saving: it renders the template against sample values, in both
ordinary and discreet mode, and returns the reason it fails in plain words (or None).

Admins write templates, and a worker renders them for every check-in, so a render is
bounded: a template whose source is longer than MAX_TEMPLATE_CHARS is refused; a render
stops (TemplateProblem) once it has written MAX_RENDER_CHARS characters, taken
MAX_RENDER_STEPS steps (a step is one loop iteration or one call of a macro, method or
function), or is about to build a value longer than MAX_RENDER_CHARS (string or list
repetition and concatenation, `**`, a filter's or method's width argument, a printf width).
So `{% for i in range(10**9) %}` or a macro that calls itself twice per level fails in a
fraction of a second instead of holding a worker. 5,000 characters is three times an SMS's
1,600-character maximum (MAX_BODY_CHARS, checked when saving): room for the blank lines and
spaces that rendering tidies away, and far below anything that costs memory or time.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextvars import ContextVar
from functools import lru_cache, wraps
from typing import SupportsIndex, TypeVar

from jinja2 import StrictUndefined, Template, TemplateError, nodes
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment
from jinja2.visitor import NodeTransformer

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
    "milestone": "For milestone texts: the milestone in the reader's language, e.g. '90 days', 'one year' "
                 "(empty otherwise).",
    "monitor_question": "For recovery monitor texts: the question of the moment, numbered, in the reader's "
                        "language, worded without treatment terms in discreet mode (empty otherwise).",
    "group_message": "For a message to a group: the coordinator's words in the reader's language (empty "
                     "otherwise).",
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
    "milestone": "90 days",
    "monitor_question": "(1/7) How well have you slept in the last 30 days? Reply 1 (very badly) to 5 (very well).",
    "group_message": "The meeting on Sunday moves to the community hall.",
}

# The first text after enrolment, sent at once so nobody enrolled late waits weeks for a
# first word. Discreet mode says nothing about a programme, only hello.
WELCOME_TEMPLATE_KEY = "welcome"
WELCOME_TEMPLATES: dict[str, tuple[str, str]] = {
    "en": ("Welcome",
           "Hi {{ first_name }}, {% if discreet %}just saying hello.{% else %}welcome to follow-up support"
           "{% if centre_name %} from {{ centre_name }}{% endif %}.{% endif %} We will text now and then "
           "to ask how you are. How are things today? Reply with a number from 1 (a hard time) to "
           "5 (doing well). Any answer is okay."),
    "hi": ("स्वागत",
           "नमस्ते {{ first_name }}, {% if discreet %}बस हालचाल पूछने के लिए।{% else %}फॉलो-अप सहायता में "
           "आपका स्वागत है{% if centre_name %} - {{ centre_name }}{% endif %}।{% endif %} हम समय-समय पर "
           "आपका हालचाल पूछेंगे। आज आप कैसे हैं? 1 से 5 में जवाब दें: 1 = मुश्किल समय, 5 = अच्छा समय। "
           "हर जवाब ठीक है।"),
    "mr": ("स्वागत",
           "नमस्कार {{ first_name }}, {% if discreet %}फक्त खुशाली विचारण्यासाठी.{% else %}फॉलो-अप "
           "सहाय्यात तुमचे स्वागत आहे{% if centre_name %} - {{ centre_name }}{% endif %}.{% endif %} "
           "आम्ही अधूनमधून तुमची खुशाली विचारू. आज तुम्ही कसे आहात? 1 ते 5 मध्ये उत्तर द्या: "
           "1 = कठीण वेळ, 5 = चांगली वेळ. कोणतेही उत्तर चालेल."),
}

MAX_BODY_CHARS = 1600  # Twilio's limit for one SMS body (10 segments)
MAX_TEMPLATE_CHARS = 5000    # the template's own source (body or subject)
MAX_RENDER_CHARS = 5000      # written by one render, or held in any one value while rendering
MAX_RENDER_STEPS = 10_000    # loop iterations and calls in one render
MAX_POWER_BITS = 4096        # the largest number `**` may build


# Why a template cannot be saved or rendered: each sentence once, in English with its
# {parts}, so the editor can say it again in the reader's language
# (alumni/web/plans/editor_words.py; a test checks every sentence here has its words there).
TOO_MANY_STEPS = "the template takes more than {steps} steps (loop iterations and calls) to render; simplify its loops"
BUILDS_LONG_VALUE = "the template builds a value longer than {limit} characters"
BUILDS_LONG_REPEAT = "the template builds a repeated value longer than {limit} characters"
BUILDS_LONG_JOIN = "the template builds a joined value longer than {limit} characters"
BUILDS_LONG_FORMAT = "the template builds a formatted value longer than {limit} characters"
NUMBER_TOO_LARGE = "the number {value} is too large for a message template (at most {limit})"
POWER_TOO_LARGE = "the template computes a power larger than {bits} bits"
RESULT_TOO_LARGE = "the template computes a number larger than {bits} bits"
RANGE_TOO_LONG = "range() of {count} numbers: a template may loop at most {steps} times"
SOURCE_TOO_LONG = "the template is {count} characters; the limit is {limit}"
UNKNOWN_VARIABLES = "unknown variables passed: {names}"
WRITES_TOO_MUCH = "the template writes more than {limit} characters"
NOT_RENDERED = "the template could not be rendered: {error}"
ONLY_THESE_NAMES = "{problem}. Templates may use only: {allowed}"
NOT_ALLOWED = "not allowed in a message template: {problem}"
ON_LINE = "{problem} (line {line})"
EMPTY_BODY = "the message body is empty"
EMPTY_ORDINARY = "the message renders empty in ordinary mode"
EMPTY_DISCREET = "the message renders empty in discreet mode"
BODY_TOO_LONG = "the message is {count} characters; the limit is {limit}"
PROBLEMS = (TOO_MANY_STEPS, BUILDS_LONG_VALUE, BUILDS_LONG_REPEAT, BUILDS_LONG_JOIN, BUILDS_LONG_FORMAT,
            NUMBER_TOO_LARGE, POWER_TOO_LARGE, RESULT_TOO_LARGE, RANGE_TOO_LONG, SOURCE_TOO_LONG, UNKNOWN_VARIABLES,
            WRITES_TOO_MUCH, NOT_RENDERED, ONLY_THESE_NAMES, NOT_ALLOWED, ON_LINE, EMPTY_BODY, EMPTY_ORDINARY,
            EMPTY_DISCREET, BODY_TOO_LONG)


class TemplateProblem(ValueError):
    """A template that cannot be saved or rendered; str() is the reason in plain words."""


class RenderLimit(TemplateProblem):
    """A render stopped at one of its bounds."""


_steps_left: ContextVar[list[int]] = ContextVar("template_steps_left")
_Value = TypeVar("_Value")
_WIDE_FORMAT = re.compile(r"\d{5,}")   # a printf or format() width of 10,000 or more


def _spend_step() -> None:
    left = _steps_left.get(None)
    if left is None:
        return
    left[0] -= 1
    if left[0] < 0:
        raise RenderLimit(TOO_MANY_STEPS.format(steps=f"{MAX_RENDER_STEPS:,}"))


def _too_long(sentence: str) -> RenderLimit:
    return RenderLimit(sentence.format(limit=f"{MAX_RENDER_CHARS:,}"))


def _check_size(value: _Value) -> _Value:
    if isinstance(value, (str, bytes, list, tuple, dict, set)) and len(value) > MAX_RENDER_CHARS:
        raise _too_long(BUILDS_LONG_VALUE)
    return value


def _check_arguments(args: Iterable[object], kwargs: Mapping[str, object]) -> None:
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_RENDER_CHARS:
            raise RenderLimit(NUMBER_TOO_LARGE.format(value=value, limit=f"{MAX_RENDER_CHARS:,}"))


def _length(value: object) -> int | None:
    return len(value) if isinstance(value, (str, bytes, list, tuple)) else None


class BoundedSandbox(SandboxedEnvironment):
    """The sandbox with every way to spend time or memory counted or capped (see above)."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def call_binop(self, context: Context, operator: str, left: object, right: object) -> object:
        if operator == "*":
            for sequence, times in ((left, right), (right, left)):
                length = _length(sequence)
                if length is not None and isinstance(times, int) and length * times > MAX_RENDER_CHARS:
                    raise _too_long(BUILDS_LONG_REPEAT)
        elif operator == "+":
            left_length, right_length = _length(left), _length(right)
            if left_length is not None and right_length is not None \
                    and left_length + right_length > MAX_RENDER_CHARS:
                raise _too_long(BUILDS_LONG_JOIN)
        elif operator == "**":
            if isinstance(left, int) and isinstance(right, int) and right > 0 \
                    and max(abs(left).bit_length() - 1, 1) * right > MAX_POWER_BITS:
                raise RenderLimit(POWER_TOO_LARGE.format(bits=MAX_POWER_BITS))
        elif operator == "%" and isinstance(left, str):
            if _WIDE_FORMAT.search(left):
                raise _too_long(BUILDS_LONG_FORMAT)
            _check_arguments(right if isinstance(right, tuple) else (right,), {})
        result = super().call_binop(context, operator, left, right)
        if isinstance(result, int) and result.bit_length() > MAX_POWER_BITS:
            raise RenderLimit(RESULT_TOO_LARGE.format(bits=MAX_POWER_BITS))
        return _check_size(result)

    def call(__self, __context: Context, __obj: object, *args: object, **kwargs: object) -> object:  # noqa: N805 (the sandbox's own signature)
        _spend_step()
        if __obj is not _bounded_range:   # which measures its own length instead
            _check_arguments(args, kwargs)
        method = getattr(__obj, "__wrapped__", __obj)   # the sandbox wraps str.format
        bound_to = getattr(method, "__self__", None)
        if getattr(method, "__name__", "") in ("format", "format_map") \
                and isinstance(bound_to, str) and _WIDE_FORMAT.search(bound_to):
            raise _too_long(BUILDS_LONG_FORMAT)
        return _check_size(SandboxedEnvironment.call(__self, __context, __obj, *args, **kwargs))


def _bounded_filter(name: str, function: Callable[..., object]) -> Callable[..., object]:
    """A built-in filter with its width/count arguments capped and its result measured."""
    @wraps(function)
    def bounded(*args: object, **kwargs: object) -> object:
        _check_arguments(args, kwargs)
        if name == "format" and any(isinstance(a, str) and _WIDE_FORMAT.search(a) for a in args):
            raise _too_long(BUILDS_LONG_FORMAT)
        return _check_size(function(*args, **kwargs))
    return bounded


def _bounded_loop(iterable: Iterable[_Value]) -> Iterator[_Value]:
    """Every `{% for %}` iterates through this (see _with_bounded_loops): one step per item."""
    for item in iterable:
        _spend_step()
        yield item


def _bounded_concat(parts: Iterable[object]) -> str:
    """The `~` operator, which Jinja joins itself, outside the sandbox's binop hook."""
    text = "".join(str(part) for part in parts)
    return _check_size(text)


def _bounded_range(*args: SupportsIndex) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_RENDER_STEPS:
        raise RenderLimit(RANGE_TOO_LONG.format(count=f"{len(numbers):,}", steps=f"{MAX_RENDER_STEPS:,}"))
    return numbers


def _environment() -> SandboxedEnvironment:
    env = BoundedSandbox(undefined=StrictUndefined, autoescape=False,
                         trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False)
    env.filters = {name: _bounded_filter(name, f) for name, f in env.filters.items()}
    env.filters["bounded_loop"] = _bounded_loop
    env.filters["bounded_concat"] = _bounded_concat
    env.globals["range"] = _bounded_range
    env.globals.pop("lipsum", None)   # lipsum(n) writes n paragraphs
    return env


_ENV = _environment()


class _BoundedLoops(NodeTransformer):
    """Every loop's iterable through bounded_loop, every `~` through bounded_concat."""

    def visit_For(self, node: nodes.For) -> nodes.For:
        self.generic_visit(node)  # rewrites the children in place and returns this same node
        node.iter = nodes.Filter(node.iter, "bounded_loop", [], [], None, None, lineno=node.lineno)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Filter:
        self.generic_visit(node)
        return nodes.Filter(nodes.List(node.nodes, lineno=node.lineno), "bounded_concat", [], [], None, None,
                            lineno=node.lineno)


@lru_cache(maxsize=512)
def _compiled(source: str) -> Template:
    # Compiling is most of a render's cost; the same few bodies are sent thousands of times.
    if len(source) > MAX_TEMPLATE_CHARS:
        raise RenderLimit(SOURCE_TOO_LONG.format(count=f"{len(source):,}", limit=f"{MAX_TEMPLATE_CHARS:,}"))
    return _ENV.from_string(_BoundedLoops().visit(_ENV.parse(source)))


def render_text(source: str, variables: dict[str, object]) -> str:
    """Render one template string; raise TemplateProblem with the reason if it fails."""
    unknown = set(variables) - set(TEMPLATE_VARIABLES)
    if unknown:
        raise TemplateProblem(UNKNOWN_VARIABLES.format(names=", ".join(sorted(unknown))))
    steps = _steps_left.set([MAX_RENDER_STEPS])
    try:
        chunks, written = [], 0
        for chunk in _compiled(source).generate(**variables):
            written += len(chunk)
            if written > MAX_RENDER_CHARS:
                raise RenderLimit(WRITES_TOO_MUCH.format(limit=f"{MAX_RENDER_CHARS:,}"))
            chunks.append(chunk)
    except TemplateProblem:
        raise
    except TemplateError as error:
        raise TemplateProblem(_explain(error)) from None
    except Exception as error:  # a filter on the wrong type: still the template's fault
        raise TemplateProblem(NOT_RENDERED.format(error=error)) from None
    finally:
        _steps_left.reset(steps)
    return _tidy("".join(chunks))


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
        return ONLY_THESE_NAMES.format(problem=message, allowed=allowed)
    if type(error).__name__ == "SecurityError":
        return NOT_ALLOWED.format(problem=message)
    lineno = getattr(error, "lineno", None)
    return ON_LINE.format(problem=message, line=lineno) if lineno else message


def template_problem(body: str, subject: str = "") -> str | None:
    """Why this template cannot be saved, or None when it renders in every mode."""
    if not (body or "").strip():
        return EMPTY_BODY
    for discreet in (False, True):
        sample = dict(SAMPLE_VALUES, discreet=discreet, centre_name="" if discreet else "Sample Centre")
        try:
            text = render_text(body, sample)
            if subject:
                render_text(subject, sample)
        except TemplateProblem as problem:
            return str(problem)
        if not text:
            return EMPTY_DISCREET if discreet else EMPTY_ORDINARY
        if len(text) > MAX_BODY_CHARS:
            return BODY_TOO_LONG.format(count=len(text), limit=MAX_BODY_CHARS)
    return None
