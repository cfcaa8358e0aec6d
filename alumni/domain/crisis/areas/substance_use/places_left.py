"""A home or a job left is not a drink given up (round 36: "Dasaryala ghar sodla tevha pilo, ajun
chalu ahe"): the quitting word with a place or a job before it ("dts_place_left",
drinking_told_short.py) left the place, and cancels no drinking beside it. Called from
substance_context.read_substance_context."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts


def read_places_left(c: Concepts) -> None:
    """"ghar sodla", "naukri chhodi": the quitting word with a home or a job before it left a
    place, and gives up no drink."""
    places = {h.end for h in c.of("dts_place_left")}
    for hit in c.of("quit"):
        if hit.start in places:
            c.drop("quit", hit.start, hit.end)
