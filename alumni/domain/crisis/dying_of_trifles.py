"""Dying of a trifle (round 16, holdout 45): hunger typed in English inside Hindi ("इतना hungry
हूं कि मर जाऊंगा, canteen बंद"), a chutney or a chilli so hot one died ("mirchi cha thecha khaun
melo 🔥", "itna teekha tha ki mar gaya"), and the month's targets killing a sales team
("MR targets से मर रहे हैं", "targets ne maar dala"). The cause named before the dying word in
its clause is a figure of speech, as "bhook se mar gaya" is (idioms.py reads the word right
before; these sit a few words off). A medical representative typed "MR" in capitals beside
work words is a job, not a relation ("mister").

Round 22 (holdout 63): a wait that "kills" ("ye intezaar maar dalega", "वाट पाहून मेलो"); an
ordeal (the canteen's food, the cold, the traffic, a queue) that would kill "anyone" or make
"anyone" jump ("aisa khana kha ke to aadmi waise hi mar jaye"), or an errand in it called death
("ठंड में blanket से बाहर निकलना मौत है"; living itself called death stays: "ऐसे जीना मौत है");
and dying preferred, with a laugh, to a dish or a chore ("I'd rather die than eat that upma
😂", "मेलो तरी चालेल पण ती भाजी खाणार नाही 😂"; "I'd rather die than go on like this" stays).
Round 23 (holdout 66): a chore called a killing one or death after "mhanje" ("office cha kaam mhanje
maraycha kaam"); living called death stays ("जगणं म्हणजे मरण").

What keeps the alarm: a wish to die said outright ("marna hai", "chahta", "want to"), a
method or the self in the clause, or no trifle named ("itna akela hu ki mar jaunga").
Called from alumni.domain.crisis.idioms; the words used up are marked `unmeant`.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.spelling import Token

_HUNGER = ("hungry", "starving", "bhooka", "bhookha", "bhukha", "भूखा", "भूखी", "bhuk", "bhook", "भूक", "भूख",
           "bhukela", "भुकेला", "bhukeli", "भुकेली", "hunger")
_HOT_FOOD = ("mirchi", "मिरची", "मिर्च", "mirch", "thecha", "ठेचा", "tikhat", "तिखट", "teekha", "tikha", "तीखा",
             "spicy", "chilli", "chili", "jhal", "झाल", "jhanjhanit", "झणझणीत", "chutney", "चटणी", "चटनी",
             "khaun", "खाऊन", "kha ke", "khake", "खाके")
_TARGETS = ("target", "targets", "टारगेट", "quota", "sales", "incentive", "deadline", "deadlines", "appraisal")
# A wait: "ye intezaar maar dalega", "वाट पाहून पाहून मेलो".
_WAITING = ("intezaar", "intezar", "intzaar", "intjar", "intajar", "इंतज़ार", "इंतजार")
# Whole words: "वाट" begins "वाटतं" (I feel).
# Never English "wait" ("can't wait to die") and never a wait for death itself ("maut ka intezaar").
_WAIT_WORDS = frozenset({"वाट", "vaat", "waat"})
# Joy, sweets and the heat (rounds 38-40): "खुशी से मर जाऊंगा आज 😂", "मिठाई खा खा के मर जाएंगे",
# "इस heat में तो मर ही जाएंगे". A joy denied ("koi khushi nahi") is no trifle (_NOT_FELT).
_JOY_SWEETS_HEAT = ("khushi", "खुशी", "ख़ुशी", "mithai", "मिठाई", "garmi", "गर्मी", "heat", "ukada", "उकाडा")
# Boredom (round 45): "bhai bore हो के मर रहा hu, कोई body नहीं आई aaj".
_BOREDOM = ("bore", "बोर", "boring", "boredom", "bor")
# The cold (round 48): "थंडीने मरायची वेळ आली".
_COLD = ("थंडी", "thandi", "ठंड", "thand", "cold")
_TRIFLES = _HUNGER + _HOT_FOOD + _TARGETS + _WAITING + _JOY_SWEETS_HEAT + _BOREDOM + _COLD
_NOT_FELT = frozenset({"nahi", "नहीं", "nhi", "nahin", "नाही", "no", "gone", "gayi", "गई", "khatam", "खत्म"})
# "chai ke bina toh mai mar jaunga": the tea done without.
_TEA = frozenset({"chai", "चाय", "chaha", "चहा", "coffee", "कॉफी"})
_WITHOUT = frozenset({"bina", "बिना", "shivay", "शिवाय", "without"})
# (and the Marathi first person's own dying word: "bhuk lagliy mi marto ata", round 75)
_DYING = ("die", "kill", "strike", "use", "line_verb", "want", "will_take", "going_there", "go_to_it",
          "die_first_person")
# A wish said outright, the self or a method: the figure no longer covers it.
_EARNEST = ("suicide", "self", "poison", "poison_plant", "pills", "hang", "jump", "weapon", "rail_line", "height",
            "means")
# (the bare "hai", "आहे" is also the auxiliary of "marto ahe", I am dying: round 51's "bhukene marto
# ahe, diet chalu ahe"; the wish is in "marna", "maraycha")
_WISH = frozenset({"chahta", "chahti", "चाहता", "चाहती", "chahiye", "चाहिए", "want", "wanna", "wish", "marna", "मरना",
                   "maraycha", "मरायचं"})
_WORK = frozenset({"targets", "target", "टारगेट", "company", "field", "visit", "visits", "doctor", "doctors",
                   "pharma", "manager", "sales", "quota", "month", "महीने", "mahine"})


# "झाल", "jhal" (spicy) begins Marathi "झालं", "झालंय", "zala" (happened): those are no chilli (round 56's
# reading: "कर्ज इतकं झालंय की मरणं हाच मार्ग दिसतोय").
_HAPPENED = ("झालं", "झाला", "झाली", "झाले", "झालो", "झालेय", "jhala", "jhale", "jhali", "jhalo", "jhalay")


def _trifle(raw: str) -> bool:
    return (raw.startswith(_TRIFLES) and not raw.startswith(_HAPPENED)) or raw in _WAIT_WORDS


def _tea_done_without(words: list[Token], i: int) -> bool:
    return words[i].raw in _WITHOUT and any(t.raw in _TEA for t in words[max(0, i - 2):i])


def _earnest_in(c: Concepts, clause: int) -> bool:
    words = c.words
    # a trifle's own word is no method ("khaun", having eaten, folds onto a well)
    if any(words[h.start].clause == clause and not _trifle(words[h.start].raw) for h in c.of(*_EARNEST)):
        return True
    return any(t.clause == clause and t.raw in _WISH for t in words)


def _mr_at_work(c: Concepts, words: list[Token]) -> None:
    if not any(t.raw in _WORK for t in words):
        return
    for i, token in enumerate(words):
        if token.surface in ("MR", "M.R", "MRs", "MR's"):
            c.drop("relation", i, i + 1)
            c.drop("other_target", i, i + 1)
            c.add("unmeant", i, i + 1)


# Ordeals of the day by their stems: the mess's food, the cold or the heat, the traffic, a queue.
_ORDEALS = ("canteen", "कैंटीन", "कॅन्टीन", "कँटीन", "mess", "मेस", "hostel", "होस्टल", "हॉस्टेल", "khana", "खाना",
            "upma", "उपमा", "tiffin", "टिफिन", "टिफ़िन", "jevan", "जेवण", "food", "thand", "ठंड", "थंड", "cold",
            "garmi", "गर्मी", "heat", "humid", "ऊन", "blanket", "razai", "रजाई", "godhdi", "गोधडी", "sardi", "सर्दी",
            "winter", "traffic", "ट्रैफिक", "ट्रॅफिक", "ट्रेफिक", "queue", "रांग", "जाम") + _WAITING
# Anyone at all: the dying is nobody's in particular.
_ANYONE = frozenset({"anyone", "anybody", "everyone", "aadmi", "admi", "आदमी", "insaan", "insan", "इंसान",
                     "manus", "माणूस", "कोणीही", "koni", "konihi", "कोई", "koi", "banda", "बंदा"})
# Death as a noun said of an errand: "बाहर निकलना मौत है", "अंघोळ करणं म्हणजे मरण".
_DEATH_NOUN = frozenset({"मौत", "maut", "mout", "mot", "death", "मरण", "maran", "मरणच"})
_DEATH_AWAITED = frozenset({"मृत्यू", "मृत्यु", "mrityu", "mrutyu", "maut", "मौत", "मरणाची", "maranachi"})
_LIVING = ("jeena", "jina", "जीना", "jeene", "जीने", "jagna", "जगणं", "जगणे", "jagne", "living", "rehna", "रहना",
           "राहणं", "rahna", "zindagi", "ज़िंदगी", "जिंदगी", "life", "aayushya", "आयुष्य")
_GENERIC_END = ("die", "kill", "want", "will_to", "jump", "height", "high_place", "danger_place", "strike",
                "use", "line_verb", "copula")


def _ordeal_in(words: list[Token], span: range) -> bool:
    return any(words[j].raw.startswith(_ORDEALS) for j in span)


def _anyone_or_an_errand_dies(c: Concepts) -> None:
    """"aisa khana kha ke to aadmi waise hi mar jaye", "traffic enough to make anyone want to jump
    off the flyover", "ठंड में blanket से बाहर निकलना मौत है"."""
    typed = c.typed_words
    if not c.of("die", "kill", "jump") or not c.may_hold(_ORDEALS):
        return
    words = c.words
    anyone = not typed.isdisjoint(_ANYONE)
    for hit in c.of("die", "kill", "jump"):
        span = c.sentences[words[hit.start].sentence]
        clause = words[hit.start].clause
        if not _ordeal_in(words, span) or _earnest_in(c, clause) and not (
                words[hit.start].raw in _DEATH_NOUN or anyone):
            continue
        start = None
        if anyone:
            start = next((j for j in range(max(span.start, hit.start - 6), hit.start)
                          if words[j].raw in _ANYONE and words[j].clause == clause), None)
        if start is None and words[hit.start].raw in _DEATH_NOUN and hit.start > span.start:
            errand = words[hit.start - 1].raw
            if errand.endswith(("ना", "na", "णं", "णे", "ne", "ing")) and not errand.startswith(_LIVING):
                start = hit.start - 1
        if start is None or any(words[h.start].clause == clause for h in c.of(*_EARNEST)
                                if h.concept not in ("jump", "height")):
            continue
        end = hit.end
        while end < span.stop and end < hit.end + 4 and words[end].clause == clause:
            end += 1
        for name in _GENERIC_END:
            c.drop(name, start, end)
        c.add("unmeant", start, end)


# "office cha kaam mhanje maraycha kaam", "he kaam mhanje maran aahe" (round 23): a chore called
# a killing one, or death, after "mhanje" (that is); living so called stays ("जगणं म्हणजे मरण").
_MEANS_WORD = frozenset({"mhanje", "म्हणजे", "mhanaje", "manje"})
_CALLED_DEATH = (("maraycha", "kaam"), ("मरायचं", "काम"), ("marayche", "kaam"), ("maran",), ("मरण",),
                 ("maranach",), ("मरणच",), ("maut",), ("मौत",))
_CHORES = ("kaam", "काम", "office", "ऑफिस", "duty", "ड्युटी", "ड्यूटी", "shift", "शिफ्ट", "fees", "फी", "प्रवास",
           "pravas", "traffic", "ट्रॅफिक", "local", "लोकल", "abhyas", "अभ्यास", "exam", "paper", "court", "कोर्ट",
           "tarikh", "तारीख", "tarkha", "तारखा")


def _chore_called_death(c: Concepts) -> None:
    words = c.words
    for i, token in enumerate(words):
        if token.raw not in _MEANS_WORD or i == 0:
            continue
        before = [t.raw for t in words[max(0, i - 3):i]]
        if not any(w.startswith(_CHORES) for w in before) or any(w.startswith(_LIVING) for w in before):
            continue
        after = tuple(t.raw for t in words[i + 1:i + 3])
        for phrase in _CALLED_DEATH:
            if after[:len(phrase)] == phrase:
                for name in _GENERIC_END:
                    c.drop(name, i + 1, i + 1 + len(phrase))
                c.add("unmeant", i + 1, i + 1 + len(phrase))


_THAN = frozenset({"than", "par", "पर", "pan", "पण", "lekin", "लेकिन", "magar", "मगर", "but", "pn"})
_TRIFLE_AFTER = ("food", "chore", "eat", "edible_harmless", "snack")
_STILL_MEANT = ("self", "poison", "pills", "hang", "jump", "weapon", "rail_line", "height", "means", "fed_up",
                "pointless", "trapped", "life", "live")


def _rather_die_than_a_trifle(c: Concepts) -> None:
    """Dying preferred, with a laugh, to a dish or a chore."""
    if not c.of("laugh") or not c.of(*_TRIFLE_AFTER):
        return
    words = c.words
    laughing = {words[h.start].sentence for h in c.of("laugh")}
    for hit in c.of("die"):
        sentence = words[hit.start].sentence
        if sentence not in laughing:
            continue
        span = c.sentences[sentence]
        than = next((j for j in range(hit.end, min(hit.end + 4, span.stop)) if words[j].raw in _THAN), None)
        if than is None or not any(than < h.start < span.stop for h in c.of(*_TRIFLE_AFTER)):
            continue
        if any(h.start in span for h in c.of(*_STILL_MEANT)):
            continue
        start = max(span.start, hit.start - 2)
        for name in _DYING + ("suicide", "die_first_person", "copula", "take_mine"):
            c.drop(name, start, than)
        c.add("unmeant", start, than)


def remove_dying_of_trifles(c: Concepts) -> None:
    words = c.words
    _mr_at_work(c, words)
    _anyone_or_an_errand_dies(c)
    _rather_die_than_a_trifle(c)
    if not c.typed_words.isdisjoint(_MEANS_WORD):
        _chore_called_death(c)
    for hit in c.of("die", "kill"):
        clause = words[hit.start].clause
        cause = [i for i in range(max(0, hit.start - 6), hit.start)
                 if words[i].clause == clause and (_trifle(words[i].raw) or _tea_done_without(words, i))
                 and not (i + 1 < len(words) and words[i + 1].raw in _NOT_FELT)]
        if not cause or _earnest_in(c, clause):
            continue
        if words[hit.start].raw in _DEATH_NOUN | _DEATH_AWAITED and all(
                words[i].raw.startswith(_WAITING) or words[i].raw in _WAIT_WORDS for i in cause):
            continue
        end = hit.end
        while end < len(words) and end < hit.end + 3 and words[end].clause == clause:
            end += 1
        for name in _DYING:
            c.drop(name, hit.start, end)
        c.add("unmeant", cause[0], end)
