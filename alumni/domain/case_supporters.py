"""Which of an alumnus's supporters a case page shows: only those the alumnus agreed may
be contacted, and only when staff may need them -- a crisis (the person closest to them
may reach them first) or a case about not reaching them (alumni.domain.ladder)."""
from __future__ import annotations

from collections.abc import Callable

from alumni.domain.ladder import SupporterT, suggest_supporters

CRISIS_REASONS = frozenset({"crisis"})


def supporters_for_case(reason: str, supporters: list[SupporterT], *,
                        may_contact: Callable[[SupporterT], bool] = lambda s: s.may_contact) -> list[SupporterT]:
    if reason in CRISIS_REASONS:
        return [s for s in supporters if may_contact(s)]
    return suggest_supporters(reason, supporters, may_contact=may_contact)
