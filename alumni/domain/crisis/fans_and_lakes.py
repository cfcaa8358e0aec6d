"""A fan and a lake on a hot day: the self-harm rules' hanging point and the water below,
said of the fan one sits under and the lake one walks to.

- a fan in use: carried, sat under, switched on or off ("सगळे पंखे घेऊन बसले होते", "pankhe
  ke niche baithe rahe", "fan band tha") is an appliance, not a point to hang from, so neither
  the rules nor the evidence read it as a means;
- "under the fan": "नीचे" after "के" is the postposition "under" ("पंखे के नीचे", "ped ke
  neeche"), not the drop seen from a height; under a bridge or a tower it still is.

Called from alumni.domain.crisis.idioms. A rope, a noose, the writer's own self, a wish or a
suicide word anywhere in the message keeps every fan a hanging point ("pankhe se latak
jaunga", "पंखा चालू करके रस्सी बांधी").
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_GRAVE = ("noose_cord", "ligature", "rope_tied", "tie", "self", "suicide", "want", "hanging", "goodbye")
_FANS = ("pankh", "पंख", "fan", "फॅन", "फैन")
# What is done with a fan as an appliance: carried ("gheun", "leke"), sat under ("ke niche",
# "खाली"), switched ("chalu", "band", "on"), its breeze ("hawa", "वारा").
_IN_USE = frozenset({
    "gheun", "घेऊन", "leke", "लेके", "lekar", "लेकर", "le", "ले", "niche", "neeche", "नीचे", "khali", "खाली",
    "under", "chalu", "चालू", "chala", "चला", "chalao", "चलाओ", "chal", "चल", "on", "off", "band", "बंद",
    "hawa", "हवा", "vara", "वारा", "speed", "स्पीड", "repair", "रिपेअर", "रिपेयर", "cooler", "कूलर"})
_OF = frozenset({"ke", "के", "ki", "की", "ka", "का"})
_UNDER = frozenset({"niche", "neeche", "nichey", "नीचे"})
_DROP_FROM = ("danger_place", "height", "high_place", "rail_line", "water_body")


def read_fans_and_lakes(c: Concepts) -> None:
    if c.of(*_GRAVE):
        return
    words = c.words
    for hit in c.of("hang", "hanging_point"):
        if not words[hit.start].raw.startswith(_FANS):
            continue
        after = [t for t in words[hit.end:hit.end + 3] if t.clause == words[hit.start].clause]
        if any(t.raw in _IN_USE for t in after):
            c.drop(hit.concept, hit.start, hit.end)
    places = {h.end - 1 for h in c.of(*_DROP_FROM)}
    for hit in c.of("the_drop"):
        i = hit.start
        if words[i].raw in _UNDER and i >= 2 and words[i - 1].raw in _OF and i - 2 not in places:
            c.drop("the_drop", hit.start, hit.end)
