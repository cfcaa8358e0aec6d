"""The non-response ladder: what to do after a check-in goes unanswered.

An unanswered check-in (past its reply window) is followed by a nudge on the alumnus's
next consented channel, in the plan's order (default SMS -> WhatsApp -> email); an
unanswered nudge climbs one more rung; when the plan's nudges or the consented channels
run out, a call task opens in the staff queue. Pure decisions: the worker feeds in what
was tried and what is consented, and records what this returns."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, TypeVar

from alumni.domain.vocabulary import Channel

DEFAULT_CHANNELS = tuple(Channel)
KNOWN_CHANNELS = frozenset(DEFAULT_CHANNELS)

# Reasons for which staff are shown the alumnus's consenting supporters: we could not
# reach the person themselves.
UNREACHABLE_REASONS = frozenset({"missed", "unreachable"})


class Step(StrEnum):
    NUDGE = "nudge"
    CALL_TASK = "call_task"


@dataclass(frozen=True)
class LadderSettings:
    channels: tuple[str, ...] = DEFAULT_CHANNELS
    max_nudges: int = 1

    @property
    def enabled(self) -> bool:
        return bool(self.channels) and self.max_nudges > 0


@dataclass(frozen=True)
class Rung:
    step: Step
    channel: str | None = None


def parse_channels(raw: str | None) -> tuple[str, ...]:
    """"sms, WhatsApp,email" -> ("sms", "whatsapp", "email"); raises ValueError in plain
    words for an unknown channel; duplicates are dropped, order kept."""
    seen: list[str] = []
    for part in (raw or "").split(","):
        name = part.strip().lower()
        if not name:
            continue
        if name not in KNOWN_CHANNELS:
            raise ValueError(f"{part.strip()!r} is not a channel; use sms, whatsapp or email")
        if name not in seen:
            seen.append(name)
    return tuple(seen)


def next_rung(settings: LadderSettings, *, tried: list[str], consented: set[str]) -> Rung:
    """The next step after the latest unanswered message.

    ``tried`` lists the channels already used in this chain, in order, starting with the
    original check-in's channel; ``consented`` is the set of channels with current consent.
    The next channel is the first consented, untried one after the last tried channel in
    the plan's order, wrapping round (a check-in sent by email still gets an SMS nudge)."""
    nudges_sent = max(len(tried) - 1, 0)
    if not settings.enabled or nudges_sent >= settings.max_nudges:
        return Rung(Step.CALL_TASK)
    order = list(settings.channels)
    last = tried[-1] if tried else None
    start = order.index(last) + 1 if last in order else 0
    for channel in order[start:] + order[:start]:
        if channel in consented and channel not in tried:
            return Rung(Step.NUDGE, channel)
    return Rung(Step.CALL_TASK)


class Supporter(Protocol):
    """Anyone close to the alumnus whom staff might call: the alumnus says whether they may."""

    @property
    def may_contact(self) -> bool: ...


SupporterT = TypeVar("SupporterT", bound=Supporter)


def suggest_supporters(reason: str, supporters: list[SupporterT], *,
                       may_contact: Callable[[SupporterT], bool] = lambda s: s.may_contact) -> list[SupporterT]:
    """Supporters staff may try when the alumnus stays unreachable: only those the alumnus
    agreed may be contacted, and only for cases about not reaching them."""
    if reason not in UNREACHABLE_REASONS:
        return []
    return [s for s in supporters if may_contact(s)]
