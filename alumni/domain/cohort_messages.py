"""A message to a group (a change of meeting place, a holiday closure): who is in the
audience, who of them is skipped and why, which language each reads, and what the texts
cost in SMS segments. Pure: the caller loads the facts about each person.

The dispatcher decides again for each text when it goes (status, consent, address, quiet
hours), so this preview can only be out of date in the safe direction: someone who stops
consenting between preview and sending is still not written to."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from alumni.domain.sms_segments import SmsSegments, count_segments

FALLBACK_LANGUAGE = "en"
LANGUAGE_WORDS = {"en": "English", "hi": "Hindi", "mr": "Marathi"}
MAX_TEXT_CHARS = 480  # three UCS-2 segments at most for a Devanagari text with its signature


class AudienceKind(StrEnum):
    COHORT = "cohort"
    DISCHARGE_MONTH = "discharge_month"
    PROGRAMME = "programme"
    LANGUAGE = "language"
    MEETING = "meeting"


AUDIENCE_KIND_WORDS = {
    AudienceKind.COHORT: "A cohort",
    AudienceKind.DISCHARGE_MONTH: "Everyone discharged in a month",
    AudienceKind.PROGRAMME: "A programme",
    AudienceKind.LANGUAGE: "A language group",
    AudienceKind.MEETING: "A meeting's invitees",
}


class SkipReason(StrEnum):
    PAUSED = "paused"
    NO_CONSENT = "no_consent"
    NO_ADDRESS = "no_address"


SKIP_WORDS = {
    SkipReason.PAUSED: "follow-up paused",
    SkipReason.NO_CONSENT: "no consent for their channel",
    SkipReason.NO_ADDRESS: "no number (or email address) for their channel",
}

# An alumnus's status (AlumnusStatus). Withdrawn and erased people have left: they are in
# no audience, not even as skipped.
ACTIVE, PAUSED = "active", "paused"
IN_PROGRAMME = (ACTIVE, PAUSED)


@dataclass(frozen=True)
class Audience:
    kind: AudienceKind
    value: str   # cohort id, "YYYY-MM", programme name, language code or meeting (occurrence) id


@dataclass(frozen=True)
class Person:
    alumnus_id: int
    status: str
    language: str
    channel: str                         # their preferred channel, which the text goes by
    has_consent: bool                    # for that channel, now
    has_address: bool                    # a number (or email address) for that channel
    discreet: bool = False
    cohort_id: int | None = None
    programme: str | None = None
    discharge_date: date | None = None
    invited_to: frozenset[int] = frozenset()   # meeting occurrence ids


def in_audience(audience: Audience, person: Person) -> bool:
    if person.status not in IN_PROGRAMME:
        return False
    kind, value = audience.kind, audience.value
    if kind == AudienceKind.COHORT:
        return person.cohort_id is not None and str(person.cohort_id) == value
    if kind == AudienceKind.DISCHARGE_MONTH:
        return person.discharge_date is not None and f"{person.discharge_date:%Y-%m}" == value
    if kind == AudienceKind.PROGRAMME:
        return (person.programme or "").strip().casefold() == value.strip().casefold() != ""
    if kind == AudienceKind.LANGUAGE:
        return person.language == value
    if kind == AudienceKind.MEETING:
        return value.isdigit() and int(value) in person.invited_to
    return False


def skip_reason(person: Person) -> SkipReason | None:
    """Why this person gets no text, in the dispatcher's order (send_rules.may_send): a
    pause beats consent, consent beats a missing address."""
    if person.status == PAUSED:
        return SkipReason.PAUSED
    if not person.has_consent:
        return SkipReason.NO_CONSENT
    if not person.has_address:
        return SkipReason.NO_ADDRESS
    return None


def text_for(language: str, texts: dict[str, str]) -> tuple[str, str]:
    """(the text, the language it is in): theirs, or English when theirs is empty."""
    own = (texts.get(language) or "").strip()
    if own:
        return own, language
    return (texts.get(FALLBACK_LANGUAGE) or "").strip(), FALLBACK_LANGUAGE


def text_problems(texts: dict[str, str]) -> dict[str, str]:
    """language -> what is wrong with its text, in words for the form."""
    problems = {}
    if not (texts.get(FALLBACK_LANGUAGE) or "").strip():
        problems[FALLBACK_LANGUAGE] = "Write the English text: it goes to everyone whose language has none."
    for language, text in texts.items():
        if len(text.strip()) > MAX_TEXT_CHARS:
            problems[language] = (f"{LANGUAGE_WORDS.get(language, language)}: at most {MAX_TEXT_CHARS} characters "
                                  f"(this has {len(text.strip())}).")
    return problems


@dataclass
class LanguageShare:
    language: str                 # the version of the text they get
    recipients: int = 0
    instead_of: Counter[str] = field(default_factory=Counter)   # their own language -> how many got this instead
    segments: SmsSegments | None = None


@dataclass
class Preview:
    recipients: list[int] = field(default_factory=list)        # alumnus ids a text goes to
    skipped: dict[int, SkipReason] = field(default_factory=dict)
    by_language: dict[str, LanguageShare] = field(default_factory=dict)
    discreet: int = 0

    @property
    def skipped_by_reason(self) -> Counter[SkipReason]:
        return Counter(self.skipped.values())


def preview(audience: Audience, people: list[Person], texts: dict[str, str], centre_name: str = "") -> Preview:
    """Who gets the text, who is skipped and why, and per version of the text how many read
    it and what it costs in SMS segments (with the centre's signature, which discreet mode
    leaves off)."""
    result = Preview()
    for person in people:
        if not in_audience(audience, person):
            continue
        reason = skip_reason(person)
        if reason is not None:
            result.skipped[person.alumnus_id] = reason
            continue
        result.recipients.append(person.alumnus_id)
        result.discreet += person.discreet
        text, used = text_for(person.language, texts)
        share = result.by_language.setdefault(used, LanguageShare(used))
        share.recipients += 1
        if used != person.language:
            share.instead_of[person.language] += 1
    for language, text in texts.items():
        if text.strip():
            share = result.by_language.setdefault(language, LanguageShare(language))
            share.segments = count_segments(signed(text.strip(), centre_name, discreet=False))
    return result


def signed(text: str, centre_name: str, discreet: bool) -> str:
    """The text as it goes: signed with the centre's name, except in discreet mode."""
    return text if discreet or not centre_name else f"{text} - {centre_name}"
