"""Danger words in the talk of the road crews, the canal office, the khadi bhandar, the golf course, the
shrine steps and the census rounds (a reading of rounds 116-117's false alarms). Each phrase is harmless
only beside the words of its kind in the same sentence, or everywhere when it names none, and never
beside the words that keep it (alumni.domain.crisis.quiet_phrases):

- laughing: "laughed to death", "nearly died laughing", "laughing so hard he killed me" ("hans hans ke ...
  maar hi dala"); the survey boy who "slipped into the curing pond" (a fall, not a slip back; "slipped into
  old habits" stays);
- machines: the phone or the server that "keeps hanging", a portal whose server "dies every day";
  quality checks that "are murder"; "this knotted thread is poison" (a nuisance); "hang upside down and
  the supervisor still isn't happy"; a golf slice;
- places: the truck stop and the bus stop (no quitting there);
- work and its tools: "18 m high" (a height in metres or feet, not "I'm high"); a new rope put on the
  gate's pulley, a rope tied for the repair of the bridge (not a rope wanted, nor one for the neck); the
  godown sprayed with pesticide; deworming and iron tablets given out to the children and the mothers;
  spinning ("कताई", "कातता") at the charkha; sitting at the charkha or the loom every day;
- the craze for a thing ("kaam ka aisa nasha chadha", "चरखे का नशा"): an intoxication with what is not
  a substance.

Read by alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import SUBSTANCE_CONCEPTS, Concepts
from alumni.domain.crisis.quiet_phrases import Phrase, PhraseBook, word_set

_LAUGH = word_set("hans", "हंस", "हँस", "hansa", "हंसा", "हँसा", "hasa", "laugh", "laughing", "😂", "🤣", "lol", "haha")
_FELL_IN = word_set("pond", "mud", "drain", "puddle", "ditch", "nala", "canal", "water", "floor", "stairs", "lol", "😂",
                    "fine", "okay", "ok")
_OLD_WAYS = word_set("habits", "habit", "drinking", "using", "ways", "bottle", "peg")
_DEVICES = word_set("phone", "mobile", "फोन", "मोबाइल", "server", "सर्वर", "portal", "पोर्टल", "app", "ऐप", "site",
                    "website", "network", "नेटवर्क", "net", "नेट", "system", "सिस्टम", "laptop", "tablet", "computer")
_GOLF = word_set("golf", "driver", "fairway", "members", "member", "member's", "tee", "hook", "shot", "ball", "caddie",
                 "club", "swing", "green")
_REPAIR = word_set("मरम्मत", "marammat", "repair", "safety", "सेफ्टी", "harness", "ठीक", "theek", "thik", "pulley",
                   "gate", "wire", "grease", "regulator", "pump", "motor", "crane")
_NECK = word_set("गले", "gale", "gala", "गला", "फंदा", "fanda", "neck", "noose", "phans", "फांस", "galyala")
# a rope wanted is not a repair told
_WANTED = word_set("पाहिजे", "pahije", "havi", "हवी", "hava", "हवा", "chahiye", "चाहिए", "want", "need")
_GIVEN_OUT_TO = word_set("anganwadi", "अंगणवाडी", "आंगनवाड़ी", "mulana", "मुलांना", "ko", "को", "mahilao", "महिलाओं",
                         "bacchon", "बच्चों", "students", "kids", "children", "camp", "asha", "आशा", "garbhvati",
                         "गर्भवती")
_SPINNING = word_set("charkha", "charkhe", "चरखे", "चरखा", "चरख्यावर", "sut", "सूत", "soot", "thread", "dhaga", "धागा",
                     "ambar", "अंबर", "khadi", "खादी", "takli", "तकली", "pooni", "पूनी")
_BLOOD = word_set("blade", "ब्लेड", "खून", "khoon", "blood", "रक्त", "rakt")
_WORKPLACE = word_set("charkha", "charkhe", "चरखे", "चरखा", "loom", "करघे", "kargha", "machine", "मशीन", "counter",
                      "office", "ऑफिस", "desk")
_DRINK_PLACE = word_set("theka", "theke", "ठेके", "ठेका", "bar", "adda", "अड्डे", "daru", "दारू", "sharab", "शराब", "peg")

_PHRASES = (
    Phrase((("laughed", "to", "death"), ("died", "laughing"), ("nearly", "died", "laughing"), ("dying", "laughing"),
            ("die", "laughing")),),
    Phrase((("maar", "hi", "dala"), ("मार", "ही", "डाला"), ("maar", "dala", "usne")), _LAUGH),
    Phrase((("slipped", "into"), ("slipped", "in"), ("slipped", "on"), ("slipped", "off"), ("slipped", "and", "fell")),
           _FELL_IN, _OLD_WAYS),
    # (not "hang ho*", not "roz marta": "main hang ho jaunga", "main roz marta hu" beside a phone are the writer's)
    Phrase((("keeps", "hanging"), ("keep", "hanging"), ("is", "hanging"), ("hanging", "again"), ("मरता", "है"),
            ("marta", "hai")), _DEVICES),
    Phrase((("are", "murder"), ("is", "murder"), ("were", "murder")),),
    Phrase((("to", "zeher", "hai"), ("to", "zehar", "hai"), ("तो", "ज़हर", "है"), ("तो", "जहर", "है"),
            ("toh", "zeher", "hai")),),
    Phrase((("sar", "ke", "bal", "latak*"), ("सर", "के", "बल", "लटक*"), ("sir", "ke", "bal", "latak*"),
            ("सिर", "के", "बल", "लटक*"), ("ulta", "latak*"), ("उल्टा", "लटक*")),),
    Phrase((("slice",), ("slicing",)), _GOLF, _BLOOD),
    Phrase((("truck", "stop"), ("bus", "stop"), ("pit", "stop"), ("ट्रक", "स्टॉप"), ("बस", "स्टॉप")),),
    Phrase((("navin", "dor", "takli"), ("नवीन", "दोर", "टाकली")), _REPAIR, _NECK | _WANTED),
    Phrase((("रस्सी", "बांध", "के"), ("rassi", "bandh", "ke"), ("rassi", "baandh", "ke"), ("रस्सी", "बांधकर")),
           _REPAIR, _NECK | _WANTED),
    Phrase((("फवारणी", "करून", "घेतली"), ("फवारणी", "करून", "घेतलं"), ("fawarni", "karun", "ghetli"),
            ("spray", "karwa", "liya"), ("छिड़काव", "करवा", "लिया"), ("chhidkav", "karwa", "liya")),),
    Phrase((("golya", "dilya"), ("गोळ्या", "दिल्या"), ("goliyan", "baanti"), ("goliya", "baanti"), ("गोलियां", "बांटी"),
            ("गोलियाँ", "बाँटी"), ("tablets", "distributed"), ("distributed", "tablets")), _GIVEN_OUT_TO),
    Phrase((("कताई",), ("katai",), ("कातता",), ("कातती",), ("कातते",), ("कातले",)), _SPINNING, _BLOOD),
    Phrase((("baithta", "hu"), ("baithta", "hoon"), ("बैठता", "हूं"), ("बैठता", "हूँ"), ("basto",), ("बसतो",)),
           _WORKPLACE, _DRINK_PLACE),
)
_BOOK = PhraseBook(_PHRASES)

_NASHA = frozenset({"nasha", "नशा", "nashaa", "नशाच"})
_SUCH = frozenset({"aisa", "ऐसा", "asa", "असा", "itna", "इतना", "evdha", "एवढा"})
_OF = frozenset({"ka", "का", "cha", "चा", "chi", "ची", "ki", "की", "chya", "च्या"})
# risen to the head: a craze ("nasha chadha"); "nasha phir shuru", "nasha chhoda" are the thing itself
_RISEN = frozenset({"chadha", "चढ़ा", "चढा", "chadhla", "चढला", "chadhi", "चढ़ी", "chadh", "चढ़"})
_MEASURES = frozenset({"m", "ft", "feet", "metre", "meter", "metres", "meters", "mtr", "मीटर", "फूट", "फुट"})


def _craze_for_a_thing(c: Concepts) -> None:
    """"kaam ka aisa nasha chadha": the intoxication of something that is no substance."""
    words = c.words
    substances = {h.start for h in c.of(*SUBSTANCE_CONCEPTS)}
    for i, token in enumerate(words):
        if token.raw not in _NASHA:
            continue
        j = i - 1
        if j >= 0 and words[j].raw in _SUCH:
            j -= 1
        crazed = i + 1 < len(words) and words[i + 1].raw in _RISEN
        if crazed and j >= 1 and words[j].raw in _OF and (j - 1) not in substances:
            c.drop_all(j - 1, min(len(words), i + 2))


def _height_measured(c: Concepts) -> None:
    """"18 m high": a height in metres or feet after a number, not SMS's "I'm high"."""
    words = c.words
    for i in range(1, len(words) - 1):
        if words[i].raw in _MEASURES and words[i + 1].raw in ("high", "tall", "up") and words[i - 1].raw.isdigit():
            c.drop_all(i, i + 2)


def forget_laughing_crews_and_hanging_server_talk(c: Concepts) -> None:
    _BOOK.forget(c)
    _craze_for_a_thing(c)
    _height_measured(c)
