"""Panels on the profile page, added by other areas without editing the profile template.

Each entry is (template, context_fn): the template lives under templates/alumni/panels/
and is included with `alumnus` and `panel` (what context_fn(alumnus) returned) in scope.
A context_fn that returns None hides its panel for that alumnus. Append from your own
module, e.g. PROFILE_PANELS.append(("alumni/panels/next_checkin.html", next_checkin_context)),
imported when your blueprint registers."""
from __future__ import annotations

from collections.abc import Callable

PanelContext = Callable[[object], dict | None]
PROFILE_PANELS: list[tuple[str, PanelContext]] = []


def add_profile_panel(template: str, context_fn: PanelContext) -> None:
    """Idempotent: registering the same template twice keeps one panel."""
    if all(existing != template for existing, _ in PROFILE_PANELS):
        PROFILE_PANELS.append((template, context_fn))


def panels_for(alumnus) -> list[tuple[str, dict]]:
    shown = []
    for template, context_fn in PROFILE_PANELS:
        context = context_fn(alumnus)
        if context is not None:
            shown.append((template, context))
    return shown
