"""Knives and ropes at a chore, removed before the rules combine concepts and forgotten by
the evidence: a knife cutting food ("uncle was cutting coconuts with a big knife", "चाकूने
नारळ फोडला", "chaku se sabzi kaat rahi thi"), a rope tying the festival's decorations or
skipped ("tying torans with rope from the terrace", "100 skipping-rope jumps", "रस्सी कूद") or
tying a load ("rassi laaya hu matke baandhne ke liye"), a rope
for the well's bucket, pulley or motor, or to tie a tarpaulin ("नई रस्सी लाया कुएँ की बाल्टी के
लिए", "मोटारसाठी नवीन दोरी आणली"; round 14); knives bought for the shop (round 62).
The tool is named with its work in one clause. Called from alumni.domain.crisis.idioms; the
self, a wish to die, a threat or someone's neck beside it keeps it alerting.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.spelling import Token

_GRAVE = ("self", "suicide", "self_harm", "kill", "murder", "die", "neck", "hanging", "threat_disclosed")

_KNIVES = frozenset({"knife", "knives", "chaku", "chaaku", "चाकू", "चाकूने", "चाकू से", "suri", "सुरी", "सुरीने",
                     "churi", "छुरी", "koyta", "कोयता", "कोयत्याने", "darati", "दराती", "vili", "विळी", "cleaver"})
_FOOD = frozenset({
    "coconut", "coconuts", "nariyal", "नारियल", "naral", "नारळ", "vegetables", "veggies", "vegetable", "sabzi", "sabji",
    "सब्जी", "सब्ज़ी", "bhaji", "भाजी", "onion", "onions", "pyaz", "pyaaz", "प्याज", "kanda", "कांदा", "fruit", "fruits",
    "phal", "फल", "mango", "mangoes", "aam", "आम", "apple", "apples", "chicken", "mutton", "meat", "fish", "machhi",
    "मछली", "cake", "bread", "paneer", "पनीर", "watermelon", "tarbooz", "तरबूज", "kalingad", "कलिंगड", "pineapple",
    "papaya", "papita", "पपीता", "sugarcane", "ganna", "गन्ना", "ऊस", "tomato", "tomatoes", "tamatar", "टमाटर",
    "potato", "potatoes", "aloo", "आलू", "batata", "बटाटा", "lemon", "nimbu", "limbu", "लिंबू"})
# ... or knives bought for the shop (round 62, butchers: "bought new knives for the shop", "नवीन
# knives घेतले dukan साठी"), with the purpose said next to the place: a knife kept in the shop or
# the kitchen is where it is, not what it is for.
_KNIFE_WORK = ("shop", "dukan", "dukaan", "दुकान", "stall")
_FOR = frozenset({"for", "liye", "लिए", "लिये", "sathi", "saathi", "साठी", "dukansathi", "दुकानासाठी"})
_ROPES = frozenset({"rope", "ropes", "rassi", "रस्सी", "dori", "दोरी", "dor", "दोर"})
# What a rope is for at a festival or in the gym.
_ROPE_WORK = frozenset({
    "toran", "torans", "तोरण", "decoration", "decorations", "decorate", "decorating", "sajawat", "सजावट", "lights",
    "pandal", "पंडाल", "mandap", "मंडप", "flags", "jhande", "झंडे", "lantern", "kandil", "कंदील", "skipping",
    "skip", "skipped", "jumps", "tug", "kood", "कूद", "udya", "उड्या", "boxing", "climbing", "gym", "exercise",
    # or to tie a load (round 51: "rassi laaya hu matke baandhne ke liye")
    "matke", "मटके", "matka", "मटका", "saman", "samaan", "सामान", "luggage", "crates", "cartons", "bori", "बोरी",
    "bore", "बोरे", "gathri", "गठरी", "bundle", "bundles", "pots"})
# What a rope is for at the well or the field (round 14): the bucket, the pump's motor, the pulley,
# a tarpaulin over the crop or the cattle ("कुएँ की बाल्टी के लिए रस्सी", "विहिरीच्या मोटारसाठी दोरी"),
# as typed with a case ending glued on.
_WELL_WORK = ("बाल्टी", "balti", "baalti", "bucket", "बादली", "baadli", "badli", "बाद्ली", "घागर", "ghagar",
              "gagar", "मोटार", "motar", "मोटर", "motor", "pump", "पंप", "पम्प", "घिरनी", "ghirni", "चरखी",
              "charkhi", "रहट", "रहाट", "rahat", "पोहरा", "pohra", "pulley", "tarpaulin", "tirpal", "तिरपाल",
              "tadpatri", "ताडपत्री")


def _for_the_shop(words: list[Token], i: int) -> bool:
    clause = words[i].clause
    for k, t in enumerate(words):
        if t.clause != clause or not t.raw.startswith(_KNIFE_WORK):
            continue
        near = {w.raw for w in words[max(0, k - 2):k + 3] if w.clause == clause}
        if near & _FOR or t.raw.endswith(("साठी", "sathi")):
            return True
    return False


def _rope_work(token: Token) -> bool:
    return token.raw in _ROPE_WORK or token.raw.startswith(("skipping",) + _WELL_WORK)


def _clause(words: list[Token], i: int) -> list[Token]:
    return [t for t in words if t.clause == words[i].clause]


def _forget(c: Concepts, i: int, names: tuple[str, ...]) -> None:
    for name in names:
        c.drop(name, i, i + 1)
    c.add("unmeant", i, i + 1)


def remove_tools_at_work(c: Concepts) -> None:
    if c.of(*_GRAVE):
        return
    words = c.words
    for i, token in enumerate(words):
        if token.raw in _KNIVES and (any(t.raw in _FOOD for t in _clause(words, i)) or _for_the_shop(words, i)):
            _forget(c, i, ("weapon", "blade", "cutting_tool"))
        elif token.raw in _ROPES and any(_rope_work(t) for t in _clause(words, i)):
            _forget(c, i, ("hang", "rope_tied", "ligature", "weapon"))
            for jump in c.of("jump"):       # "100 skipping-rope jumps": the skipping
                if words[jump.start].clause == token.clause:
                    _forget(c, jump.start, ("jump",))
