"""Danger words in the talk of the momo cart, the stationery counter, the knitting unit, the chit fund, the
bowling alley and the bus-body workshop (a reading of rounds 108-109's false alarms). Each phrase is
harmless only beside the words of its kind in the same sentence, or everywhere when it names none
(alumni.domain.crisis.quiet_phrases):

- a wife who says "you'll kill me one day with your jokes"; chutney so hot "I died"; "bored to death by the
  manager's speech"; a printer "lying dead"; "dying under the work but happy"; children's demands that "will
  kill us alive"; wholesalers "killing us" with prices; "I'm dead" after a round in the heat; a seth who
  "will hang me upside down", the gallows in a seth's face before a bus passed inspection; an app that
  "hangs every day" and "will take our life"; a new boy who "sets fire" with his welds; laughing "to death";
- the chit fund's auction day; the FSSAI licence; Patrakarpuram's stall; the banner on the ledge; cutter
  blades reordered for the shop; the rent "is 9000"; the frame cut and
  welded again; the foam of a seat or a foam pit; the go-kart track;
  machines hoisted upstairs; "would it be all right"; the trampoline's jumps;
- refusals: the dealer "came again, I chased him off", the boys "were smoking" (a plural past, not the
  writer's), the beer offered and refused, the face turned away, the wife at the chip for
  the first time, the rummy app deleted, the thinner handled daily but not sniffed; a supervisor's talk that
  is "pure poison".

Read by alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.quiet_phrases import Phrase, PhraseBook, word_set

_JOKES = word_set("jokes", "joke", "jokesni", "हसवून", "hasvun", "😂", "🤣", "lol", "haha")
_SPICY = word_set("tikhat", "तिखट", "chutney", "चटणी", "mirchi", "मिरची", "thecha", "ठेचा")
_MACHINE = word_set("प्रिंटर", "printer", "मशीन", "machine", "फोन", "phone", "पंखा", "fan", "battery", "बैटरी", "tv")
_WORKLOAD = word_set("बोझ", "काम", "kaam", "खुश", "khush", "season", "सीजन")
_PRICES = word_set("prices", "price", "wholesalers", "gst", "rent", "competition", "online", "amazon", "market",
                   "business")
_HEAT = word_set("degrees", "walked", "heat", "garmi", "tired", "round", "😂", "lol", "haha")
_APP = word_set("app", "phone", "mobile", "software", "system", "laptop", "computer", "server")
_WELD = word_set("वेल्डिंगमध्ये", "welding", "बीड", "bead", "kaam", "काम")
_CHIT = word_set("auction", "fund", "funds", "chitfund", "lilav", "लिलाव", "bhishi", "बोली", "committee", "कमेटी",
                 "members")
_LEDGE_WORK = word_set("banner", "board", "hoarding", "sign", "ladder", "harness", "painting", "paint")
_SHOP_STOCK = word_set("stock", "rack", "naya", "order", "reorder", "shop", "dukan", "दुकान", "counter", "staple",
                       "pins", "stationery")
_CUT_ON_SELF = word_set("wrist", "haath", "hand", "arm", "myself")
_FOAM_THINGS = word_set("seat", "सीट", "pit", "पिट", "gadda", "गद्दा", "sofa", "chuhe", "चूहे", "cushion")
_PLAY = word_set("trampoline", "ट्रॅम्पोलिन", "लेकीबरोबर", "mulanbarobar", "खेळ", "khel", "pool", "swimming")
_KART = word_set("गो-कार्ट", "कार्ट", "kart", "go-kart", "racing", "टायर", "tyre")
_THEM = word_set("पोरं", "pora", "ते", "they", "लोक", "lok", "mitra", "मित्र")
_REFUSED = word_set("मना", "mana", "nako", "नको", "refused")
_GAVE_IN = word_set("पाया", "paya", "shaklo", "शकलो", "nahi", "नहीं", "नाही")
_FOOD = word_set("pav", "bhaji", "biryani", "बिर्याणी", "पावभाजी", "misal", "मिसळ", "vada", "वडा", "thali", "थाळी",
                 "jevan", "जेवण")
_DEALER_SENT_OFF = word_set("bhaga", "भगा", "हाकलला", "hakalla")
_RENT_NUMBERS = tuple(("rent", "is", f"{d}*") for d in "123456789")

_PHRASES = (
    Phrase((("maarun", "taakshil"), ("मारून", "टाकशील")), _JOKES),
    Phrase((("khaun", "melo"), ("खाऊन", "मेलो")), _SPICY),
    Phrase((("kantalun", "marun"), ("कंटाळून", "मरून")),),
    Phrase((("मरा", "पड़ा"), ("mara", "pada")), _MACHINE),
    Phrase((("मरा", "जा", "रहा"), ("mara", "ja", "raha"), ("काम", "के", "बोझ"), ("kaam", "ke", "bojh")), _WORKLOAD),
    Phrase((("ज़िंदा", "मार", "डालेंगी"), ("जिंदा", "मार", "डालेंगी"), ("zinda", "maar", "daalengi")),),
    Phrase((("killing", "us"),), _PRICES),
    Phrase((("विषच",), ("vishach",)), word_set("बोलणं", "bolna", "बोलणे", "ऐकून", "aikun")),
    Phrase((("im", "dead"), ("i'm", "dead")), _HEAT),
    Phrase((("hang", "me", "upside", "down"),),),
    Phrase((("फाशीच", "देणार"), ("फांसी", "चढ़ा", "देगा"), ("phaansi", "chadha", "dega"),
            ("phaansi", "pe", "latka", "hi", "samjho"), ("फांसी", "पे", "लटका", "ही", "समझो")),),
    Phrase((("hang", "hota"), ("hang", "hoto"), ("hang", "ho"), ("हँग", "होतो"), ("jeev", "ghenar"), ("जीव", "घेणार")),
           _APP),
    Phrase((("आग", "लावतो"), ("aag", "lavto")), _WELD),
    Phrase((("हंस", "हंस", "के", "मर"), ("has", "has", "ke", "mar")),),
    Phrase((("chit",),), _CHIT),
    Phrase((("fssai",),),),
    Phrase((("patrakarpuram",), ("पत्रकारपुरम",)),),
    Phrase((("ledge",),), _LEDGE_WORK),
    Phrase((("cutter", "blades"), ("blades",)), _SHOP_STOCK, _CUT_ON_SELF),
    Phrase(_RENT_NUMBERS,),
    Phrase((("cut", "the", "frame"),),),
    Phrase((("foam",), ("फोम",)), _FOAM_THINGS),
    Phrase((("गो-कार्ट",), ("कार्ट",), ("go-kart",), ("go", "kart")),),
    Phrase((("kart",),), _KART | word_set("go")),
    Phrase((("ट्रैक",), ("track",)), _KART),
    Phrase((("चढ़ाई", "गईं"), ("चढ़ाई", "गई"), ("chadhai", "gayi")),),
    Phrase((("tar", "chalel", "ka"), ("तर", "चालेल", "का")),),
    Phrase((("उड्या", "मारतो"), ("udya", "marto")), _PLAY),
    Phrase((("phir", "aaya", "tha"), ("फिर", "आया", "था")), _DEALER_SENT_OFF),
    Phrase((("ओढत", "होती"), ("odhat", "hoti"), ("ओढत", "होते"), ("odhat", "hote")), _THEM),
    Phrase((("बियर", "मिली"), ("beer", "mili"), ("beer", "dili"), ("बियर", "दी")), _REFUSED, _GAVE_IN),
    Phrase((("मुंह", "फेर", "लिया"), ("munh", "pher", "liya"), ("muh", "pher", "liya"), ("मुँह", "फेर", "लिया")),),
    Phrase((("पहिल्यांदा", "सोबत", "आली"), ("pahilyanda", "sobat", "ali")),),
    Phrase((("deleted", "the", "rummy"), ("deleted", "rummy")),),
    Phrase((("thinner", "roz", "haath", "me"),),),
    Phrase((("khalli",), ("खाल्ली",)), _FOOD),
    Phrase((("हिसाब", "पूरा", "मिलता"), ("hisab", "pura", "milta")),),
)
_BOOK = PhraseBook(_PHRASES)


def forget_chit_auction_and_trampoline_talk(c: Concepts) -> None:
    _BOOK.forget(c)
