"""Danger words in the talk of the football ground, the study room, the kabrastan and the city gas
pipeline (a reading of rounds 106-107's false alarms). Each phrase is harmless only beside the words of its
kind in the same sentence, or everywhere when it names none (alumni.domain.crisis.quiet_phrases):

- a match where "we died 4-0", a striker who "buried us alive", a batsman's "slaughter" of the bowlers, a
  rank that "jumped" and "set fire";
- a subject that is "poison for me" and another "I drink up like water"; the tea that is "pure poison" and
  drunk every day anyway, cups of it drunk; an addiction to tea or to current affairs;
- "drowned in sweat", the fan "dead"; "laughed till I nearly died"; the paperwork that "takes the life out";
  "my breath stopped" at the queue; a mouth burnt by the misal;
- the router hung from the ceiling; the rope for lowering the grave; the graves dug today; "bhai jaan";
- thinner on the pipe; electrofusion joints done; the glass turned upside down at the party; "went and sat
  up front" away from the ganja; "did the work"; the phone not picked up on a night shift; Katra's tea stall.

Read by alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.quiet_phrases import Phrase, PhraseBook, word_set

_SPORT = word_set("striker", "स्ट्रायकरने", "स्ट्रायकर", "match", "मॅच", "मैच", "goal", "गोल", "team", "टीम",
                  "bowlers", "bowling", "batting", "rohit", "runs", "sixes", "🔥")
_STUDY = word_set("history", "geography", "subject", "syllabus", "exam", "paper", "chapter", "notes", "maths",
                  "polity", "अभ्यास", "abhyas", "पढ़ाई", "padhai")
_RANK = word_set("rank", "रैंक", "marks", "mock", "score", "percentile", "😎")
_TEA = word_set("chai", "चाय", "chaha", "चहा", "tea", "coffee", "कॉफी", "canteen", "कैंटीन", "tapri", "टपरी",
                "cup", "कप")
_LAUGH = word_set("😂", "🤣", "has", "hass", "हंस", "हँस", "haste", "lol")
_SPICY = word_set("tikhat", "तिखट", "misal", "मिसळ", "spicy", "mirchi", "मिरची", "thecha", "ठेचा", "maja", "मजा")
_WORK = word_set("paperwork", "काम", "kaam", "work", "duty", "office", "गर्मी", "garmi", "traffic", "boss")
_QUEUE = word_set("लाइन", "line", "देखकर", "dekhkar", "bill", "बिल", "queue", "दाम")
_GRAVE = word_set("grave", "कबर", "kabar", "कब्र", "kabr", "ताबूत", "coffin", "janaza", "जनाज़ा", "mayyat")
_HANGED = word_set("fan", "pankha", "पंखा", "neck", "gala", "गला", "गळा", "myself", "khud", "apne", "tree", "ped",
                   "पेड़", "jhaad", "झाड", "tonight")
_PIPE_WORK = word_set("pipe", "pipes", "पाइप", "saaf", "साफ", "clean", "paint", "brush", "electrofusion", "mdpe",
                      "fitting", "welding", "weld", "plumbing", "elbow", "coupler", "pvc")
_SMOKED = word_set("smoke", "smoked", "rolled", "lit", "sutta", "ganja", "weed", "maal", "phook")
_PHONE = word_set("फोन", "phone", "call", "कॉल")
_KATRA = word_set("टपरी", "tapri", "चाय", "chai", "प्रयागराज", "prayagraj", "allahabad", "इलाहाबाद", "बाजार",
                  "bazaar", "chauraha", "चौराहा", "room", "कमरा", "lodge")
_HANG_THINGS = word_set("router", "wifi", "banner", "poster", "tv", "clothes", "curtain", "lights", "photo",
                        "picture", "board", "sign", "flag")
_GIVE_LIFE = word_set("de", "dunga", "dena", "दे", "दूंगा", "le", "lunga", "लूंगा")
_MIXED_IN = word_set("mila", "milaya", "mix", "daal", "dala", "dunga", "मिला", "डाल")
_MARKS = word_set("परीक्षेत", "परीक्षा", "pariksha", "parikshet", "marks", "टेस्ट", "test", "sarav", "सराव", "mock")

_PHRASES = (
    Phrase((("मेलो", "आम्ही"), ("melo", "amhi"), ("वाट", "लावली"), ("vaat", "lavli")), _SPORT),
    Phrase((("zinda", "gaad", "diya"), ("ज़िंदा", "गाड़", "दिया"), ("जिंदा", "गाड़", "दिया")), _SPORT),
    Phrase((("katal", "keli"), ("कत्तल", "केली"), ("katl", "kar"), ("कत्ल", "कर")), _SPORT),
    Phrase((("jump", "ki"), ("jump", "kiya"), ("aag", "laga", "di"), ("आग", "लगा", "दी")), _RANK),
    Phrase((("poison", "for", "me"), ("drink", "up", "like", "water")), _STUDY),
    Phrase((("pure", "poison"), ("is", "poison"), ("nusta", "vish"), ("नुसतं", "विष"), ("drink", "it", "every", "day"),
            ("roj", "pito"), ("रोज", "पितो")), _TEA),
    Phrase((("ekdum", "zeher"), ("zeher", "hai"), ("ज़हर", "है"), ("जहर", "है")), _TEA, _MIXED_IN),
    Phrase((("cup", "pee", "li"), ("कप", "पी", "ली"), ("cup", "pi", "li")),),
    Phrase((("chahacha", "vyasan"), ("चहाचं", "व्यसन"), ("चहाचे", "व्यसन")),),
    Phrase((("affairs", "ka", "nasha"), ("padhne", "ka", "nasha"), ("पढ़ने", "का", "नशा")),),
    Phrase((("पसीने", "में", "डूब"), ("pasine", "me", "doob"), ("पंखा", "भी", "मरा"), ("pankha", "bhi", "mara"),
            ("पंखा", "मरा"), ("pankha", "mara")),),
    Phrase((("mar", "hi", "jata"), ("मर", "ही", "जाता")), _LAUGH),
    Phrase((("जान", "निकाल", "देता"), ("jaan", "nikal", "deta"), ("jaan", "nikaal", "deta")), _WORK),
    Phrase((("सांस", "ही", "अटक"), ("saans", "hi", "atak"), ("सांस", "अटक"), ("saans", "atak")), _QUEUE),
    Phrase((("tond", "jalun"), ("तोंड", "जळून"), ("तोंड", "जळलं"), ("tond", "jalala")), _SPICY),
    Phrase((("hang", "the"),), _HANG_THINGS),
    Phrase((("rope",), ("दोरी",), ("dori",), ("रस्सी",), ("rassi",)), _GRAVE, _HANGED),
    Phrase((("कब्रें", "खोदीं"), ("कब्रें", "खोदी"), ("kabre", "khodi"), ("kabrein", "khodi"), ("कबरी", "खोदल्या"),
            ("kabri", "khodlya")),),
    Phrase((("bhai", "jaan"), ("भाई", "जान")), frozenset(), _GIVE_LIFE),
    Phrase((("thinner", "laga"), ("थिनर", "लगा")), _PIPE_WORK),
    Phrase((("joints",), ("joint",)), _PIPE_WORK, _SMOKED),
    Phrase((("glass", "ulta"), ("ग्लास", "उलटा"), ("glass", "ulata")),),
    Phrase((("aage", "jaake", "baith", "gaya"), ("आगे", "जाके", "बैठ", "गया")),),
    Phrase((("काम", "पूरा", "किया"), ("kaam", "pura", "kiya"), ("काम", "पूरा", "केलं"), ("kam", "pura", "kela")),),
    Phrase((("नहीं", "उठा", "पाऊंगा"), ("nahi", "utha", "paunga"), ("नहीं", "उठा", "पाऊँगा")), _PHONE),
    Phrase((("कटरा",), ("katra",)), _KATRA),
    Phrase((("गुण",),), _MARKS),
)
_BOOK = PhraseBook(_PHRASES)


def forget_pitch_pipeline_and_kabrastan_talk(c: Concepts) -> None:
    _BOOK.forget(c)
