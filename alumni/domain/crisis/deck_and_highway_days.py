"""Danger words in a seafarer's and a dhaba's ordinary day (round 38, holdouts 124 and 125),
forgotten before the rules combine concepts:

- a truck overturned on the highway at night and the writer who went to help ("kaal ratri
  highway var truck palatla, amhi madatila gelo. driver vachla"): someone else's accident, told;
- the road itself, "रोड" (a road is no iron rod to hang from or strike with), and the highway's
  service road run on in the morning;
- a rope skipped on the deck ("डेक पे आधा घंटा रस्सी कूदी"): exercise, not a cord.

Called from alumni.domain.crisis.idioms."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_OVERTURNED = ("palatla", "palatli", "पलटला", "पलटली", "palat", "पलट", "overturned", "धडक", "dhadak", "collided",
               "ulta", "उलटा", "ulti")
_HELPED = ("madat", "मदत", "madad", "मदद", "helped", "help", "vachla", "वाचला", "bach", "बच", "bachaya", "बचाया")
_ROAD = frozenset({"रोड", "रोडवर", "रोड़", "road", "service"})
_SKIPPED = ("kud", "kood", "कूद", "कुद", "उड्या", "udya", "skipp", "skip")
_HIGHWAY_NIGHT = ("danger_place", "by_night", "go_there", "kg_road", "sport_road_thing")


def forget_deck_and_highway_days(c: Concepts) -> None:
    words = c.words
    raws = [t.raw for t in words]
    if c.of("danger_place") and any(w.startswith(_OVERTURNED) for w in raws) and any(
            w.startswith(_HELPED) for w in raws) and not c.of("self", "suicide", "want"):
        for hit in c.of("danger_place"):
            c.drop_all(hit.start, hit.end)
    for i, raw in enumerate(raws):
        if raw in _ROAD:
            for name in ("weapon", "hanging_point", "blunt", "fall_place"):
                c.drop(name, i, i + 1)
            if raw in ("service",) or (i and raws[i - 1] in ("सर्विस", "service")):
                for hit in c.of("danger_place"):
                    if 0 < i - hit.start <= 3:
                        c.drop("danger_place", hit.start, hit.end)
    for hit in c.of("rope_named", "exf_cord", "exf_rope", "ligature"):
        if hit.end < len(words) and raws[hit.end].startswith(_SKIPPED):
            c.drop_all(hit.start, hit.end + 1)
            c.add("unmeant", hit.start, hit.end + 1)
