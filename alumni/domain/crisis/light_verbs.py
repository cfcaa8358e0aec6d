"""Verbs of dying and ending used lightly (round 15), removed before the rules combine concepts
and before the other everyday idioms (everyday_idioms.py):

- "maarna" as the light verb of everyday acts: spraying the crop, calling out, whistling, a
  round, a chat, smoking "maal";
- a course or a stay about to end ("coaching khatam hone wala hai, phir ghar");
- "lena" as the light verb of a request granted: a transfer, a leave, an admission taken.

Called from alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts, Hit
from alumni.domain.crisis.spelling import Token

# Round 15: "maarna" as the light verb of everyday acts. Marathi "औषध मारणे", "keetaknashak
# marat hoto" is spraying the crop (in the field, with a spray named in the message), and "फिनेल
# मारून" the godown's floor (cleaning named); "हाक मारली",
# "seeti maari", "chakkar maara", "gappa marlya" are calling out, whistling, a round, a chat;
# "maal marte hai" is smoking it (an offer: the using, if any, is read by the substance rules).
# None of these is dying or a blow. A jump ("उडी मारली") is not here.
_STRUCK = ("die", "kill", "hurt", "strike", "beat_verb", "take_any", "die_first_person", "down_it", "inject",
           "use", "violence")
_MAAR = ("mar", "maar", "मार")
# What is sprayed: the crop's medicine ("औषध", "dawai"), beside the pesticides by name.
_SPRAYED = ("dawa", "दवा", "दवाई", "औषध", "aushadh", "aushad", "ausadh", "aushdh", "davai",
            # or the floor's and the godown's phenyl (round 46: "गोडाऊनमध्ये फिनेल मारून सगळं कापड धुतलं")
            "फिनेल", "फिनाइल", "phenyl", "phenyle", "finel")
# The cleaning a phenyl is sprayed for.
_CLEANING = ("धुतल", "dhutl", "धुवून", "dhuvun", "pocha", "पोछा", "pochha", "पोचा", "saaf", "साफ", "clean", "फरशी",
             "farshi", "फर्श", "farsh", "godown", "गोडाऊन", "गोदाम", "toilet", "संडास", "sandas")
_FARM = ("shet", "शेत", "khet", "खेत", "fasal", "फसल", "pik", "पीक", "crop", "field", "favarni", "fawarni",
         "फवारणी", "spray", "स्प्रे", "malay", "मळ्य", "kapus", "कापूस", "ऊस", "ganna", "गन्न",
         # the cane in the dative, as often typed with the short "u" (round 45)
         "उसाला", "usala", "ऊसाला", "usaala")
_ON_THE_CROP = frozenset({"var", "वर", "var.", "la", "ला", "pe", "पे", "par", "पर"})
# Where a medicine or a phenyl is sprayed: the field, or the floor being cleaned.
_SPRAYED_ON = _FARM + _CLEANING
_CALLED = frozenset({"हाक", "haak", "hak", "haaka", "हाका", "aawaz", "awaaz", "awaz", "आवाज", "आवाज़", "seeti",
                     "siti", "सीटी", "शिट्टी", "shitti", "chakkar", "chakar", "चक्कर", "pheri", "pheree", "feri",
                     "फेरी", "gappa", "गप्पा", "gappe", "गप्पे", "gap", "गप", "thappa", "ठप्पा", "jhapki", "झपकी",
                     "dulki", "डुलकी", "ping", "missed", "miss", "call"})


# An offer: "chal maal marte hai", "aaja maal maarte hain" (let's). Not "doob" (drowned: "main
# doob marunga"), which is a joint only in slang.
_LETS = frozenset({"chal", "chalo", "चल", "चलो", "aaja", "आजा", "aao", "आओ", "chala", "चला"})
_LETS_AFTER = frozenset({"hai", "hain", "है", "हैं"})
_DROWNED = ("doob", "dub", "डूब", "डुब")


def _offered(words: list[Token], hit: Hit) -> bool:
    if words[hit.start].raw.startswith(_DROWNED):
        return False
    after = words[hit.end + 1].raw if hit.end + 1 < len(words) else ""
    return any(t.raw in _LETS for t in words[max(0, hit.start - 3):hit.start]) or after in _LETS_AFTER


def _maar_as_a_light_verb(c: Concepts) -> None:
    words = c.words
    struck = sorted({h.start for h in c.of(*_STRUCK) if h.start > 0 and words[h.start].raw.startswith(_MAAR)})
    if not struck:
        return
    sprayed = {h.end for h in c.of("farm_poison")} | {i for i in struck if words[i - 1].raw.startswith(_SPRAYED)}
    # sprayed "on" the crop, the medicine named before it (round 56: "favarniche aushadh anle, udya tur
    # var marayche")
    if c.of("farm_poison") or any(t.raw.startswith(_SPRAYED) for t in words):
        sprayed |= {i for i in struck if words[i - 1].raw in _ON_THE_CROP}
    place_named = bool(sprayed) and (bool(c.of("spraying", "pest_place"))
                                     or any(t.raw.startswith(_SPRAYED_ON) for t in words))
    after_spray = sprayed if place_named else set()
    # an offer, with no wish of the writer's beside it ("sutta maarne ka bada mann hai" is one)
    after_smoke = set() if c.of("want", "craving") else {
        h.end for h in c.of("cannabis", "smoke_verb") if _offered(words, h)}
    for i in struck:
        if i in after_spray or words[i - 1].raw in _CALLED:
            for name in _STRUCK + (("want",) if i in after_spray else ()):    # "marayche": to spray
                c.drop(name, i, i + 1)
        elif i in after_smoke:
            for name in ("die", "kill", "die_first_person", "beat_verb", "hurt"):
                c.drop(name, i, i + 1)


# Round 15: a course or a stay that is about to end ("coaching ka last week hai, sab khatam hone
# wala hai, phir ghar", "semester संपणार आहे"): the end of a term, intransitive and with the
# course named, is not an ending of oneself ("sab khatam kar dunga" and an end with no course
# named stay as they read).
_COURSES = frozenset({"coaching", "course", "class", "classes", "semester", "sem", "term", "training",
                      "internship", "vacation", "vacations", "chhutti", "chutti", "छुट्टी", "छुट्टियां", "sutti",
                      "सुट्टी", "exams", "exam", "paper", "papers", "पेपर", "hostel", "camp", "trip", "tour", "batch",
                      "college", "school", "कॉलेज", "स्कूल", "शाळा", "shala", "tuition", "kota", "session", "shoot",
                      "project", "season", "mela", "मेला", "festival", "utsav", "उत्सव", "shaadi", "शादी", "lagna",
                      "लग्न", "function",
                      "कोचिंग", "कोर्स", "सेमेस्टर", "ट्रेनिंग", "इंटर्नशिप", "क्लास", "परीक्षा", "परीक्षाएं", "एग्जाम",
                      "हॉस्टल", "कैंप", "ट्रिप", "प्रशिक्षण", "शिबिर", "सहल", "सत्र", "ट्यूशन"})
_COMING_TO_AN_END = ("ho", "हो", "hon", "होण", "होन", "hoil", "होईल", "hoga", "होगा", "hogi", "होगी", "zal", "झाल",
                     "jhal")
_ENDINGS = ("end", "it_all", "end_oneself", "all_over", "story_over", "ended", "ending")


# What comes after the course, told after its end: "phir ghar", "bas do paper baaki", "then
# home". ("exam ke baad sab khatam hone wala hai" has it only before, and stays as it reads.)
_NEXT = frozenset({"phir", "fir", "फिर", "then", "nantar", "नंतर", "baaki", "baki", "बाकी", "holiday", "holidays",
                   "vacation", "chhutti", "छुट्टी", "sutti", "सुट्टी"})


def _a_course_ends(c: Concepts) -> None:
    if not c.of("end"):
        return
    words = c.words
    if not any(t.raw in _COURSES for t in words):
        return
    for hit in c.of("end"):
        if hit.end >= len(words) or not words[hit.end].raw.startswith(_COMING_TO_AN_END) \
                or words[hit.end].raw.startswith(("kar", "कर")):
            continue
        sentence = words[hit.start].sentence
        course = any(t.raw in _COURSES for t in words[:hit.start] if t.sentence == sentence)
        then = any(t.raw in _NEXT for t in words[hit.end:] if t.sentence == sentence)
        if course and then:
            for name in _ENDINGS:
                c.drop(name, max(0, hit.start - 2), hit.end + 1)


# Round 30 (holdout 93): "lena" as the light verb of a request granted: "bar se kitchen me transfer
# le liya", "chutti le li", "admission liya", "faisla le liya". What was taken is the noun before
# the verb, not a drink.
_TAKEN_AS_A_REQUEST = frozenset({"transfer", "ट्रान्सफर", "ट्रांसफर", "chutti", "chhutti", "छुट्टी", "सुट्टी", "sutti",
                                 "leave", "admission", "एडमिशन", "faisla", "फैसला", "decision", "loan", "लोन",
                                 "room", "रूम", "kiraya", "किराया", "retirement", "vrs", "resignation", "shift"})
_TAKE_VERBS = ("use", "took", "take_any", "eat")


def _a_request_taken(c: Concepts) -> None:
    words = c.words
    for hit in c.of(*_TAKE_VERBS):
        if hit.start >= 1 and words[hit.start - 1].raw in _TAKEN_AS_A_REQUEST:
            for name in _TAKE_VERBS:
                c.drop(name, hit.start, hit.end)


def remove_light_verbs(c: Concepts) -> None:
    _maar_as_a_light_verb(c)
    _a_course_ends(c)
    if not c.typed_words.isdisjoint(_TAKEN_AS_A_REQUEST):
        _a_request_taken(c)
