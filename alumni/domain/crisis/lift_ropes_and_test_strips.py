"""Danger words in the talk of lift mechanics, people with diabetes, carrom clubs and phone repair shops (a
reading of rounds 128-129's false alarms). Each phrase is harmless only beside the words of its kind in the same
sentence, or everywhere when it names none, and never beside the words that keep it
(alumni.domain.crisis.quiet_phrases):

- the lift's wire rope changed, replaced or overhauled ("aaj wire rope badalne ka kaam tha"), not a rope made a
  noose;
- the glucometer's test strips bought or priced ("strips ki dibbi 1100 ki ho gayi", "Jan Aushadhi मध्ये strips
  स्वस्त मिळाल्या") and the Jan Aushadhi store, not a strip of tablets eaten; the insulin left in the fridge
  "the whole night" the power was cut (the night, not the dose);
- a phone that hangs ("itna hang hota h", "keeps hanging so he says just hang it"; not "hang ho*", which
  laughing_crews_and_hanging_server_talk.py leaves to the writer: "main hang ho jaunga");
- the carrom club's boric powder; "board पे आग लगा दी" (played brilliantly) in a final;
- "कामाने मारून टाकतो" (the supervisor works one to death), "roj maran" (a daily ordeal), "सज़ा-ए-मौत" of a dish,
  "जैसे फांसी पे चढ़ रहा हूं" (as if going to the gallows) and "overtime दे दे के फांसी पे लटका दिया", "maar hi
  daloge kya" of a price, rats that cut the wires;
- and rounds 130-131's: the shop, clinic or counter closed for the day ("clinic band karke", not when he sits shut
  inside with petrol or gas), "aaj ki jeet" (today's win), the half marathon, the chess board's poisoned pawn and
  the piece that "hung", "जिंकल्याच्या नशेत" (drunk on winning), rope-access painting ("rassi se latak ke karte hai"),
  "मरू दे ते" (forget it; not "मला मरू दे"), "सबको मार डाला" at a presentation, "kamane melo" (worked to death).

Read by alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.quiet_phrases import Phrase, PhraseBook, word_set

_SELF = word_set("khud", "खुद", "myself", "swatah", "स्वतः", "स्वतःला", "swatala", "swatahala", "apne", "अपने", "apni",
                 "अपनी", "mujhe", "मुझे", "mala", "मला")
_NOOSE = _SELF | word_set("fas", "फास", "phas", "fasa", "फासा", "fanda", "फंदा", "phanda", "noose", "neck", "gala",
                          "गला", "गले", "गळा", "गळ्याला", "galyala", "galyat", "गळ्यात", "hook", "हुक", "latak", "latka",
                          "लटक", "लटकून", "latkun", "jaan", "जान", "jeev", "जीव", "suicide", "tonight")
_ROPE_WORK = word_set("change", "changed", "changing", "replace", "replaced", "replacing", "badalne", "badalna",
                      "badli", "badla", "बदलने", "बदलना", "बदलली", "बदलले", "बदलला", "बदलायचे", "badlaycha",
                      "overhauling", "overhaul", "servicing", "service",
                      "सर्विसिंग", "grease", "ग्रीस", "brake", "ब्रेक")
_LIFT_WORK = word_set("overhauling", "overhaul", "replacing", "replaced", "brake", "ब्रेक", "grease", "ग्रीस", "amc")
_STRIP_TALK = word_set("glucometer", "ग्लूकोमीटर", "ग्लुकोमीटर", "sugar", "शुगर", "test", "टेस्ट", "aushadhi",
                       "औषधि", "sasti", "sasta", "सस्ती", "सस्ता", "स्वस्त", "swasta", "mehngi", "महंगी", "mahag",
                       "महाग", "rs", "₹", "rupaye", "रुपये", "dibbi", "डिब्बी", "डिब्बा", "dabba", "khareeda",
                       "खरीदा", "kharidi", "खरीदी", "price", "prices", "rate", "kimat", "कीमत", "किंमत", "cheaper",
                       "cheap", "shop", "free", "फ्री", "milalya", "मिळाल्या", "cost", "costs", "went")
_SWALLOWED = _SELF | word_set("kha", "खा", "khali", "खाल्ल्या", "ate", "eat", "swallowed", "gilun", "गिळून", "sab",
                              "सब", "saari", "सारी", "all", "ekdam", "एकदम", "marna", "मरना", "zeher", "ज़हर", "took",
                              "taken", "swallow", "popped")
_POWER_CUT = word_set("fridge", "फ्रिज", "फ्रीज", "power", "light", "लाइट", "bijli", "बिजली", "current", "करंट")
_PHONE = word_set("phone", "mobile", "redmi", "samsung", "vivo", "oppo", "iphone", "realme", "फोन", "मोबाइल", "मोबाईल",
                  "laptop", "computer", "software", "screen")
_GAME = word_set("final", "board", "match", "game", "कैरम", "carrom", "pieces", "turn", "खेल", "tournament", "striker",
                 "स्ट्रायकर", "बोर्ड")
_FIRE_MEANT = _SELF | word_set("ghar", "घर", "petrol", "पेट्रोल", "kerosene", "रॉकेल", "उसे", "usko", "उसको", "jala",
                               "जला")
_BOSS = word_set("boss", "बॉस", "overtime", "manager", "सेठ", "seth", "कंपनी", "company", "office", "supervisor",
                 "सुपरवायझर")
_WEAPON = word_set("chaku", "चाकू", "knife", "bandook", "बंदूक", "gun", "dhamki", "धमकी", "police", "पुलिस")
_PLACE_CLOSED = word_set("clinic", "क्लिनिक", "dukan", "dukaan", "दुकान", "shop", "shutter", "शटर", "office", "ऑफिस",
                         "gala", "गाळा", "counter", "bank", "branch", "stall", "टपरी", "tapri", "gate", "गेट")
# Shut in from the inside: the shop closed with the man in it is a danger, not the end of a day's work.
_SHUT_INSIDE = word_set("andar", "अंदर", "aatun", "आतून", "atun", "inside", "baithe", "बैठे", "baitha", "बैठा", "बसलेत",
                        "baslet", "basla", "बसला", "petrol", "पेट्रोल", "acid", "gas", "गॅस", "झोपायचा", "zopaycha")
_WISH = word_set("vichar", "विचार", "वाटतं", "vatta", "pahije", "पाहिजे", "hava", "हवं", "ichha", "इच्छा", "मागते",
                 "मागतो", "magte", "magto", "maagte", "देवाकडे", "devakade", "भगवान", "bhagwan", "god")

_PHRASES = (
    Phrase((("wire", "rope"), ("वायर", "रोप")), _ROPE_WORK, _NOOSE),
    Phrase((("rope", "change"), ("rope", "changed"), ("rope", "badal*"), ("रोप", "बदल*"), ("rope", "बदल*")),
           word_set("काम", "kaam", "kam", "work", "lift", "लिफ्ट", "amc", "servicing"), _NOOSE),
    Phrase((("rope",), ("ropes",), ("रोप",)), _LIFT_WORK, _NOOSE),
    Phrase((("strips",), ("strip",), ("स्ट्रिप",), ("स्ट्रिप्स",), ("स्ट्रीप",), ("स्ट्रीप्स",)), _STRIP_TALK, _SWALLOWED),
    Phrase((("jan", "aushadhi"), ("जन", "औषधि"), ("जन", "औषधी"), ("jan", "aushadi")), frozenset(), _SWALLOWED),
    Phrase((("whole", "night"), ("puri", "raat"), ("poori", "raat"), ("पूरी", "रात"), ("saari", "raat"),
            ("सारी", "रात"), ("all", "night")), _POWER_CUT, _SELF),
    Phrase((("hang", "hota"), ("hang", "hote"), ("hang", "होता"), ("हैंग", "होता"), ("हँग", "होता"),
            ("hanging",), ("hangs",), ("hang", "it")), _PHONE,
           _SELF | word_set("rope", "rassi", "रस्सी", "fan", "pankha", "पंखा", "neck", "फांसी", "fasi", "fansi")),
    Phrase((("boric", "powder"), ("बोरिक", "पावडर"), ("बोरिक", "पाउडर"), ("carrom", "powder"), ("कैरम", "पावडर"))),
    Phrase((("आग", "लगा", "दी"), ("aag", "laga", "di"), ("आग", "लगा", "देगी"), ("aag", "laga", "degi")), _GAME,
           _FIRE_MEANT),
    Phrase((("मारून", "टाकतो", "कामाने"), ("कामाने", "मारून", "टाकतो"), ("kamane", "marun", "takto"),
            ("marun", "takto", "kamane"), ("काम", "दे", "दे", "के", "मार"), ("kaam", "de", "de", "ke", "maar"),
            ("kamane", "melo"), ("कामाने", "मेलो"), ("kaamane", "melo"))),
    Phrase((("roj", "maran"), ("रोज", "मरण"), ("रोजचं", "मरण"), ("rojcha", "maran"), ("rojch", "maran")), frozenset(),
           _WISH),
    Phrase((("सज़ा", "ए", "मौत"), ("सजा", "ए", "मौत"), ("saza", "e", "maut"), ("sazaa", "e", "maut")), frozenset(),
           _SELF | word_set("de", "दे", "do", "दो", "chahiye", "चाहिए")),
    Phrase((("फांसी", "पे", "चढ़"), ("फांसी", "पर", "चढ़"), ("fansi", "pe", "chadh"), ("faansi", "pe", "chadh")),
           word_set("जैसे", "jaise", "like", "मानो", "mano")),
    Phrase((("फांसी", "पे", "लटका", "दिया"), ("fansi", "pe", "latka", "diya"), ("faansi", "pe", "latka", "diya")), _BOSS,
           word_set("खुद", "khud", "पंखे", "pankhe", "rassi", "रस्सी")),
    Phrase((("maar", "hi", "daloge", "kya"), ("मार", "ही", "डालोगे", "क्या"), ("maar", "daloge", "kya"),
            ("मार", "डालोगे", "क्या")), frozenset(), _WEAPON),
    Phrase((("band", "karke"), ("बंद", "करके"), ("band", "karun"), ("बंद", "करून"), ("band", "kar"), ("बंद", "कर")),
           _PLACE_CLOSED, _SHUT_INSIDE),
    Phrase((("aaj", "ki", "jeet"), ("aajchi", "jeet"), ("आज", "की", "जीत"), ("आजची", "जीत"), ("today's", "win"))),
    Phrase((("half", "marathon"), ("हाफ", "मॅरेथॉन"), ("हाफ", "मैराथन"))),
    Phrase((("विषारी", "प्यादं"), ("जहरीला", "प्यादा"), ("poisoned", "pawn"), ("vishari", "pyada"),
            ("zehreela", "pyada"), ("जिंकल्याच्या", "नशेत"), ("jinkalyachya", "nashet"), ("जीत", "के", "नशे"))),
    Phrase((("rassi", "se", "latak*"), ("dorivar", "latkun"), ("दोरीवर", "लटकून"), ("रस्सी", "से", "लटक*")),
           word_set("painting", "paint", "पेंटिंग", "kaam", "काम", "rang", "रंग", "cleaning", "glass", "karaycha", "karte",
                    "करते", "करायचं"),
           _SELF | word_set("fanda", "फंदा", "noose", "neck", "gala", "गला", "गळा", "fas", "फास")),
    Phrase((("मरू", "दे", "ते"), ("maru", "de", "te"), ("मरू", "दे", "ना"), ("maru", "de", "na")), frozenset(),
           word_set("मला", "mala", "मी", "mi", "mujhe", "मुझे")),
    Phrase((("hatti", "latakla"), ("हत्ती", "लटकला"), ("ghoda", "latakla"), ("घोडा", "लटकला"), ("ut", "latakla"),
            ("उंट", "लटकला"), ("wazir", "latakla"), ("वजीर", "लटकला")),
           word_set("dav", "डाव", "baji", "बाजी", "chess", "बुद्धिबळ", "khalla", "खाल्ला", "sampla")),
    Phrase((("सबको", "मार", "डाला"), ("sabko", "maar", "dala")),
           word_set("presentation", "speech", "performance", "superb", "joke", "acting", "show", "गाना", "gaana",
                    "dance", "comedy", "conference")),
    Phrase((("rats", "cut"), ("rat", "cut"), ("chuhon", "ne", "kaat"), ("चूहों", "ने", "काट"))),
)
_BOOK = PhraseBook(_PHRASES)


def forget_lift_ropes_and_test_strips(c: Concepts) -> None:
    _BOOK.forget(c)
