"""A home or a job left, or a shop shut, is not a drink given up (round 36: "Dasaryala ghar sodla
tevha pilo, ajun chalu ahe"; round 57: "desi ka pauwa le liya shop band karke"): the quitting word
with a place or a job before it ("dts_place_left", drinking_told_short.py) left the place, and
"band" after a shop, a shutter or an office closed it; neither cancels the drinking beside it.
Called from substance_context.read_substance_context."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

# What is shut at the end of a day: "band karke" after it is closing up.
_SHUT = frozenset({"dukan", "dukaan", "दुकान", "shop", "shutter", "शटर", "studio", "स्टुडिओ", "स्टूडियो", "office",
                   "ऑफिस", "counter", "gaala", "गाळा", "godown", "गोडाऊन", "गोदाम", "darwaja", "darwaza", "दरवाजा",
                   "दरवाज़ा", "gate", "गेट", "phone", "फोन", "tv", "light", "लाईट", "machine", "मशीन", "dhaba", "ढाबा",
                   "hotel", "हॉटेल", "tapri", "टपरी", "stall", "salon", "parlour", "garage", "गॅरेज"})


def read_places_left(c: Concepts) -> None:
    """"ghar sodla", "naukri chhodi": the quitting word with a home or a job before it left a
    place; "dukan band karke": the shop shut. Neither gives up a drink."""
    words = c.words
    places = {h.end for h in c.of("dts_place_left")}
    for hit in c.of("quit"):
        if hit.start in places:
            c.drop("quit", hit.start, hit.end)
    for hit in c.of("quit", "quit_more"):
        if hit.start and words[hit.start - 1].raw in _SHUT and words[hit.start].raw in ("band", "बंद"):
            c.drop(hit.concept, hit.start, hit.end)
