"""Panels on the profile page, from other areas, without editing the profile template.

The panels are listed in alumni/wiring.py as (template, context_fn): the template lives
under templates/alumni/panels/ and is included with `alumnus` and `panel` (what
context_fn(alumnus) returned) in scope. A context_fn that returns None hides its panel
for that alumnus."""
from __future__ import annotations

from alumni import wiring


def panels_for(alumnus) -> list[tuple[str, dict]]:
    shown = []
    for template, context_fn in wiring.profile_panels():
        context = context_fn(alumnus)
        if context is not None:
            shown.append((template, context))
    return shown
