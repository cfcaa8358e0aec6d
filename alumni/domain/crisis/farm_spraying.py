"""Pesticide bought for a farm that is sprayed ("कीटकनाशक आणलं, फवारणी केली", "शेतावर फवारणीसाठी
कीटकनाशक घेतलं"): the pest's medicine, not the writer's. A meal or a doctor's pill taken after the
spraying, hands washed, or the poison bought ("took") for the spraying is no swallowing of it; the
writer's own wish, self or hiding keeps every word. Read by alumni.domain.crisis.calm_errands.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts, Hit
from alumni.domain.crisis.spelling import skeletons

# A farm in the message and the poison sprayed on it: the pest's medicine, not the writer's.
_SPRAYING = ("chhidak", "chhidk", "chidak", "छिड़क", "छिडक", "फवार", "favar", "phavar", "fawar", "spray")
_SPRAYED_MR = ("मारल", "marl", "maarl")
_FARM = skeletons("khet", "खेत", "shet", "शेत", "शेतात", "shetat", "farm", "field", "कापसावर", "kapsavar",
                  "crop", "crops", "fasal", "फसल", "pik", "पीक", "पिकावर", "तुरीवर",
                  "dhan", "धान", "kapus", "कापूस", "soybean", "सोयाबीन", "tomato")


# A meal eaten or a doctor's pill taken after the spraying is no swallowing of the poison
# ("haath dho ke khana khaya", "रोज खाने की गोली"), nor are hands washed a poison at hand.
_MEAL = skeletons(
    "khana", "खाना", "jevan", "जेवण", "jevla", "जेवलो", "lunch", "dinner", "breakfast", "nashta", "नाश्ता", "roti",
    "रोटी", "bhakri", "भाकरी", "tiffin", "dabba", "डबा", "thali", "थाली", "goli", "गोली", "गोळी", "dawa", "दवा",
    "dawai", "दवाई", "tablet")
_WASHING = ("dho", "धो", "dhu", "धु", "wash")


def _meal_or_washing(c: Concepts, hit: Hit) -> bool:
    words = c.words
    if hit.concept == "at_hand":
        return hit.end < len(words) and words[hit.end].raw.startswith(_WASHING)
    if hit.start > 0 and words[hit.start - 1].raw.startswith(_WASHING):
        return True     # "हात धुवून घेतले": washed, the light verb "took" after it
    return any(0 <= i < len(words) and words[i].skeleton in _MEAL for i in (hit.start - 1, hit.end, hit.end + 1))


# Bought for the spraying (round 80: "शेतावर फवारणीसाठी कीटकनाशक घेतलं, भावाकडे दिलं"): "took" is the buying.
_FOR_SPRAYING = frozenset({"फवारणीसाठी", "favarnisathi", "fawarnisathi", "फवारायला", "favarayla", "spraying"})
_TOOK = frozenset({"घेतलं", "घेतला", "घेतली", "घेतले", "ghetla", "ghetle", "ghetli", "लिया", "liya", "ली", "li",
                   "खरीदा", "kharida", "bought"})


def _bought_for_spraying(c: Concepts, hit: Hit) -> bool:
    return c.words[hit.start].raw in _TOOK and not c.typed_words.isdisjoint(_FOR_SPRAYING)


def forget_farm_spraying(c: Concepts) -> None:
    if c.of("self", "die", "suicide", "jaan", "hidden") or any(
            not (_meal_or_washing(c, h) or _bought_for_spraying(c, h))
            for h in c.of("eat", "drank", "drink_verb", "swallow", "at_hand")):
        return
    words = c.words
    # or "औषध मारलं" (Marathi: sprayed it) right after the poison
    sprayed = any(t.raw.startswith(_SPRAYING) for t in words) or any(
        h.end < len(words) and words[h.end].raw.startswith(_SPRAYED_MR) for h in c.of("poison"))
    farm = any(t.skeleton in _FARM for t in words) or c.of("chore")
    if sprayed and farm:
        for hit in c.of("poison", "farm_poison"):
            c.drop(hit.concept, hit.start, hit.end)
            c.add("unmeant", hit.start, hit.end)      # nor the evidence's poison
