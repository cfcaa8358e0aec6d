"""The work talk of building sites and of delivery on the road (round 26, holdouts 74 and 75),
whose danger words name a load, a machine, the power or the app:

- a column's "dead load", an order gone "dead": "the column has too much dead load the
  engineer says", "आज 2 order dead, restaurant वाले ने food ready ही नहीं किया";
- the power, a machine or an app killed: "supervisor said kill the power before we touch the
  panel", "app बार बार crash कर रहा था, kill करके खोला";
- the power line cut: "बिजली वाले ने पहले मेन लाइन काटी फिर पैनल खोला";
- acid that washes tiles and marble: "acid wash for the marble tomorrow, need to buy gloves";
- a machine's blade changed: "पत्थर कटिंग मशीन का ब्लेड बदलवाना है";
- fallen off a ladder or a scaffold, not off the wagon: "laughed so hard i almost fell off the
  ladder";
- round 27 (holdouts 78, 79 and 81): a bus run empty, "dead mileage"; a dead animal removed ("mara
  hua suar pada tha, utha ke gaadi me daala"); a breath test read zero; a crushing season that
  is "killing all of us";
- round 28 (holdouts 82 and 83): prices "killing us", a fine paid ("dand bharun"), rat poison
  bought for the godown (unless the writer says it is for them), a boat the river "swallowed".

Each word is forgotten only beside what it works on; a wish to die, the self or a threat in the
same sentence keeps it alerting. Called from alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_GRAVE = ("self", "suicide", "self_harm", "murder", "threat_disclosed")

# What is "dead" at work: a load, a weight, an end, stock; or an order or a battery gone dead.
_DEAD_WORDS = ("dead", "ded", "डेड")
_DEAD_THINGS_AFTER = frozenset({"load", "loads", "weight", "end", "stock", "लोड", "mileage", "km"})
_DEAD_THINGS_BEFORE = frozenset({"order", "orders", "ऑर्डर", "battery", "बैटरी", "बॅटरी", "app", "ship", "engine",
                                 "जहाज", "jahaz"})
# Dying of boredom: "so bored im dying here", "बोरियत से मर रहा हूँ".
_BORED = frozenset({"bored", "boredom", "boriyat", "बोरियत", "bor", "बोर", "kantala", "कंटाळा"})
# What is killed at work: the power, a machine, an engine, an app or a process.
_KILL_WORDS = ("kill", "किल")
_KILLED_THINGS = frozenset({"power", "supply", "mains", "main", "switch", "engine", "machine", "motor", "app",
                            "apps", "process", "current", "light", "lights", "breaker", "generator", "mixer",
                            "ऐप", "अ‍ॅप", "ॲप", "पॉवर", "मशीन"})
_APP = frozenset({"app", "apps", "ऐप", "ॲप", "अ‍ॅप", "application"})
# The power line cut: "light kaat do", "मेन लाइन काटी".
_CUT_WORDS = ("kaat", "kat", "काट", "cut")
_POWER = frozenset({"light", "bijli", "बिजली", "line", "लाइन", "लाईन", "power", "supply", "current", "करंट",
                    "mains", "main", "मेन", "connection", "कनेक्शन", "wire", "वायर", "panel", "पैनल", "meter", "मीटर"})
# Acid at a floor's cleaning: "acid wash", "tile pe acid".
_ACID_WORK = frozenset({"wash", "washing", "cleaning", "clean", "safai", "सफाई", "धुलाई", "dhulai", "tile", "tiles",
                        "टाइल", "टाईल", "marble", "मार्बल", "floor", "farshi", "फरशी", "फर्श", "kadappa", "कडप्पा",
                        "granite", "ग्रेनाइट", "gloves"})
# A machine's blade: "cutting machine ka blade", "ग्राइंडर चे ब्लेड".
_MACHINES = frozenset({"machine", "मशीन", "cutting", "कटिंग", "cutter", "कटर", "grinder", "ग्राइंडर", "saw", "आरी"})
_BLADE_WORDS = ("blade", "ब्लेड")
_CHANGED = ("badal", "बदल", "change", "replace", "new", "naya", "नया", "nava", "नवा")
# Fallen off a ladder or a scaffold.
_FALL_THINGS = frozenset({"ladder", "scaffold", "scaffolding", "bike", "cycle", "chair", "stool", "stairs",
                          "roof", "wall", "truck", "tractor", "horse", "bed"})


def _near(words: list[str], raws: frozenset[str]) -> bool:
    return any(w in raws for w in words)


# A dead animal taken away: "mara hua suar", "मरा हुआ कुत्ता", "a dead dog on the road".
_DEAD_ANIMAL = frozenset({"suar", "सुअर", "सूअर", "kutta", "कुत्ता", "kutte", "कुत्ते", "dog", "dogs", "cat", "billi",
                          "बिल्ली", "pig", "pigs", "animal", "janwar", "जानवर", "bail", "बैल", "gaay", "गाय", "cow",
                          "rat", "rats", "chooha", "चूहा", "undir", "उंदीर"})
_DEAD_BEFORE_ANIMAL = frozenset({"mara", "मरा", "dead", "मेलेलं", "melela", "मेलेला", "marela", "मरेला"})
# The season that is "killing" the workers: the crushing, the harvest, the rains.
_SEASONS = frozenset({"season", "सीझन", "सीजन", "seezan", "harvest", "crushing", "kaapni", "कापणी", "monsoon",
                      # round 28: the market's prices that are "killing us"
                      "rates", "rate", "prices", "bhav", "भाव", "daam", "दाम"})
# A fine paid: "udya dand bharun sodavto" ("dand" is also a stick).
_FINE = ("dand", "दंड")
_PAID = ("bhar", "भर", "diya", "दिया", "dila", "दिला", "paid")
# Bought for the godown's rats: "godown साठी rat poison घेतलं", "गोदाम के लिए चूहे मारने की दवा खरीदी".
_GODOWN = ("godown", "गोदाम", "godam", "गोडाऊन", "godaun", "दुकान", "dukan", "shop")
_FOR = frozenset({"sathi", "साठी", "ke", "के", "liye", "लिए", "for"})
_FOR_ME = ("its for me", "it's for me", "actually for me", "mere liye", "मेरे लिए", "majhyasathi", "माझ्यासाठी")
# A boat the river swallowed: "the Bhima swallowed our boat last night lol, no one hurt".
_SWALLOWED = ("swallow", "निगल", "गिळ", "gil")
_BOATS = frozenset({"boat", "boats", "नाव", "naav", "nav", "होडी", "hodi", "नौका", "nauka"})

# The words each group of readings starts from, as typed (a text without any is left alone).
_TRIGGERS = (_DEAD_WORDS + _KILL_WORDS + _BLADE_WORDS + _CUT_WORDS + _SWALLOWED + tuple(_BORED)
             + ("acid", "एसिड", "ऍसिड", "ॲसिड", "fell", "fall"))
_REMAINS_AND_ERRANDS = tuple(_DEAD_BEFORE_ANIMAL) + _FINE + _GODOWN + ("breath",)


# Brought for the godown and then taken (round 37: "godown sathi anlela undir mar ghetla mi. pot
# dukhtay khup"): the writer after the taking, or the body's answer to it.
_I_TOOK = frozenset({"mi", "मी", "maine", "मैंने", "i"})
_BODY_ANSWERS = ("dukh", "दुख", "ulti", "उल्टी", "उलटी", "chakkar", "चक्कर", "jalan", "जलन", "जळजळ", "vomit",
                 "burning")


def _swallowed_after(raws: list[str], end: int) -> bool:
    return any(raw in _I_TOOK for raw in raws[end + 1:end + 2]) or any(
        raw.startswith(_BODY_ANSWERS) for raw in raws[end:end + 8])


def _remains_and_errands(c: Concepts, raws: list[str]) -> None:
    """A dead animal carried off, a fine paid, rat poison bought for the godown, a breath test."""
    if not any(w.startswith(_REMAINS_AND_ERRANDS) for w in c.typed_words):
        return
    for i, raw in enumerate(raws):
        if raw.startswith(_FINE) and any(w.startswith(_PAID) for w in raws[i + 1:i + 3]):
            c.drop_all(i, i + 1)
        if raw.startswith(_GODOWN) and (raw.endswith(("साठी", "sathi")) or any(w in _FOR for w in raws[i:i + 3])) \
                and not any(f in c.typed for f in _FOR_ME):
            for hit in c.of("poison"):
                if 0 <= hit.start - i <= 5 and not _swallowed_after(raws, hit.end):
                    c.drop("poison", hit.start, hit.end)
        if raw in _DEAD_BEFORE_ANIMAL and any(w in _DEAD_ANIMAL for w in raws[i + 1:i + 3]):
            c.drop_all(i, i + 1)
        if raw == "breath" and raws[i + 1:i + 2] in (["test"], ["analyser"], ["analyzer"]):
            c.drop_all(i, i + 2)


def forget_site_and_road_work(c: Concepts) -> None:
    if c.of(*_GRAVE):
        return
    words = c.words
    raws = [t.raw for t in words]
    _remains_and_errands(c, raws)
    if not any(w.startswith(_TRIGGERS) for w in c.typed_words):
        return
    for hit in c.of("die"):
        if raws[hit.start] in _DEAD_WORDS and (_near(raws[hit.end:hit.end + 1], _DEAD_THINGS_AFTER)
                                                or _near(raws[max(0, hit.start - 2):hit.start], _DEAD_THINGS_BEFORE)):
            c.drop("die", hit.start, hit.end)
        elif _near(raws[max(0, hit.start - 4):hit.start], _BORED):
            for name in ("die", "kill"):
                c.drop(name, hit.start, hit.end)
    for hit in c.of("kill"):
        if raws[hit.start].startswith(_KILL_WORDS) and (
                _near(raws[hit.end:hit.end + 3], _KILLED_THINGS) or _near(raws[max(0, hit.start - 5):hit.start], _APP)
                or _near(raws[max(0, hit.start - 3):hit.start], _SEASONS)):
            c.drop("kill", hit.start, hit.end)
    for hit in c.of("cut"):
        if raws[hit.start].startswith(_CUT_WORDS) and _near(raws[max(0, hit.start - 3):hit.end + 2], _POWER):
            c.drop("cut", hit.start, hit.end)
    for hit in c.of("poison"):
        if raws[hit.start] == "acid" or raws[hit.start] in ("एसिड", "ऍसिड", "ॲसिड"):
            if _near(raws[hit.end:hit.end + 2] + raws[max(0, hit.start - 3):hit.start], _ACID_WORK):
                for name in ("poison", "tod_acid"):
                    c.drop(name, hit.start, hit.end)
    for i, raw in enumerate(raws):
        if raw in _BLADE_WORDS and (_near(raws[max(0, i - 3):i], _MACHINES)
                                    or any(w.startswith(_CHANGED) for w in raws[i + 1:i + 3])):
            c.drop_all(i, i + 1)
    for i, raw in enumerate(raws):
        if raw.startswith(_SWALLOWED) and any(w in _BOATS for w in raws[max(0, i - 3):i + 4]):
            c.drop_all(i, i + 1)
    for hit in c.of("relapse"):
        if raws[hit.start] in ("fell", "falling", "fall") and _near(raws[hit.end:hit.end + 3], _FALL_THINGS):
            for name in ("relapse", "again"):
                c.drop(name, hit.start, hit.end)
