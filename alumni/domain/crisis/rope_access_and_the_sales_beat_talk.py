"""Danger words in the talk of the dam crews, the distributors' salesmen, the fit-out and slab crews, the
flour mills and the glass shops (a reading of rounds 118-119's false alarms). Each phrase is harmless only
beside the words of its kind in the same sentence, or everywhere when it names none, and never beside the
words that keep it (alumni.domain.crisis.quiet_phrases):

- trade words: "rope access" training on the dam; the salesman's "beat" started, walked or planned; the
  stock "finished" (sold out); the account paid ("hisab dila"); the staff "quarter" lived in, not a quarter
  bottle; tiles washed with acid; the chillum lit by someone else; the Dahi Handi's pyramid;
- idioms: "jeev muthit ghetla" (heart in the mouth); "the scheme set the market on fire", "you set the work
  on fire" (did it brilliantly); "his talk feels like poison", "pure poison" of excuses; the poison's
  swallow of a scolding ("डांट का ज़हर का घूंट ... पी लिया"), and the drink it seems to take;
- progress: "a year since my last drink".

Read by alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.quiet_phrases import Phrase, PhraseBook, word_set

_NECK = word_set("गले", "gale", "gala", "गला", "फंदा", "fanda", "neck", "noose", "फास", "galyala")
_DRANK = word_set("peg", "पी", "pi", "piya", "पिया", "pila", "प्यायलो", "pyalo", "daru", "दारू", "bottle", "botal",
                  "बाटली", "batli", "drink", "drank", "drinking", "ghetla", "घेतला", "marli", "tunn", "टुन्न", "nasha",
                  "नशा", "sharab", "शराब", "again", "slipped", "relapsed")
_SWALLOWED = word_set("pila", "pyalo", "प्यायलो", "piya", "pi", "पी", "पिया", "खाल्लं", "khalla", "khaya", "खाया",
                      "drank", "ate", "took", "swallowed", "ghetla", "घेतलं", "gatakla", "गटकलं")
_CLEANING = word_set("tiles", "tile", "टाइल्स", "फरशी", "farshi", "dhuvun", "धुवून", "dhuvaychi", "saaf", "साफ",
                     "clean", "cleaned", "wash", "washed", "gloves", "floor", "toilet", "bathroom", "plate", "plates")
_SMOKES = word_set("chillum", "चिलम", "चिलीम", "bidi", "बिडी", "बीड़ी", "cigarette", "सिगारेट", "सिगरेट", "joint",
                   "ganja", "गांजा")
_SET_ALIGHT = word_set("ghar", "घर", "gadi", "गाडी", "dukan", "दुकान", "house", "aag", "आग", "petrol", "पेट्रोल",
                       "kerosene", "रॉकेल")
_BRILLIANT = word_set("kaam", "काम", "stage", "performance", "market", "मार्केट", "bazaar", "बाजार", "scheme", "स्कीम",
                      "sale", "सेल", "tu", "तू", "bhai", "भाई")
_SALES = word_set("shuru", "शुरू", "suru", "सुरू", "route", "रूट", "plan", "order", "orders", "ऑर्डर", "outlet", "outlets",
                  "kirana", "किराना", "dukan", "dukaan", "दुकान", "dukana", "दुकानं", "counter", "salesman", "सेल्समन")
_HARMED = word_set("ghar", "घर", "dukan", "दुकान", "gadi", "uske", "usko", "उसके", "उसको", "petrol", "kerosene",
                   "मिट्टी", "tyachya", "त्याच्या")

_PHRASES = (
    Phrase((("rope", "access"), ("रोप", "ऍक्सेस")), frozenset(), _NECK),
    Phrase((("beat",), ("बीट",)), _SALES),
    Phrase((("stock", "khatam"), ("stock", "खत्म"), ("स्टॉक", "खत्म"), ("stock", "sampla"), ("स्टॉक", "संपला"),
            ("stock", "khatm")),),
    Phrase((("hisab", "dila"), ("hisaab", "diya"), ("hisab", "diya"), ("हिसाब", "दिया"), ("हिशोब", "दिला"),
            ("hishob", "dila"), ("hisab", "clear"), ("हिसाब", "मिला"), ("hisab", "mila")),),
    Phrase((("क्वार्टर", "में"), ("क्वार्टर", "मध्ये"), ("क्वार्टरमध्ये",), ("quarter", "me"), ("quarter", "mein"),
            ("quarter", "madhe"), ("staff", "quarter*"), ("colony", "quarter*"), ("सरकारी", "क्वार्टर")),
           frozenset(), _DRANK),
    Phrase((("acid", "ne"), ("acid", "se"), ("ऍसिड", "ने"), ("एसिड", "से"), ("ॲसिड", "ने"), ("acid", "wash")),
           _CLEANING, _SWALLOWED),
    Phrase((("petavli",), ("पेटवली",), ("sulgayi",), ("सुलगाई",), ("lit", "up")), _SMOKES, _SET_ALIGHT),
    Phrase((("dahi", "handi"), ("दही", "हंडी"), ("दहीहंडी",), ("dahihandi",), ("जीव", "मुठीत"), ("jeev", "muthit"),
            ("jiv", "muthit")),),
    Phrase((("aag", "laga", "di"), ("आग", "लगा", "दी"), ("aag", "laga", "diya"), ("आग", "लगा", "रही"),
            ("aag", "laga", "rahi")), _BRILLIANT, _HARMED),
    Phrase((("vish", "vatte"), ("vish", "vatta"), ("विष", "वाटते"), ("विषासारखा",), ("विषासारखं",), ("pure", "poison"),
            ("ज़हर", "लगता"), ("ज़हर", "लगती"), ("zeher", "lagta"), ("zehar", "lagti")), frozenset(), _SWALLOWED),
    Phrase((("since", "last", "drink"), ("since", "my", "last", "drink"), ("since", "the", "last", "drink"),
            ("since", "my", "last", "peg")), frozenset(), word_set("again", "relapsed", "slipped", "broke")),
)
_BOOK = PhraseBook(_PHRASES)

_POISON_SWALLOW = frozenset({("ज़हर", "का", "घूंट"), ("ज़हर", "का", "घूँट"), ("जहर", "का", "घूंट"),
                             ("zeher", "ka", "ghoont"), ("zehar", "ka", "ghoont"), ("zeher", "ka", "ghunt")})
_POISON_WORDS = frozenset(run[0] for run in _POISON_SWALLOW)


def _poison_swallowed_of_words(c: Concepts) -> None:
    """"सेठ की डांट का ज़हर का घूंट आज भी पी लिया": a scolding swallowed, not a drink; the drinking verb
    a few words after the figure goes with it."""
    if c.typed_words.isdisjoint(_POISON_WORDS):
        return      # most texts: one set look-up, not a scan of every word
    words = c.words
    for i in range(len(words) - 2):
        if (words[i].raw, words[i + 1].raw, words[i + 2].raw) in _POISON_SWALLOW:
            end = min(len(words), i + 8)
            c.drop_all(i, end)
            c.add("unmeant", i, end)


def forget_rope_access_and_the_sales_beat_talk(c: Concepts) -> None:
    _BOOK.forget(c)
    _poison_swallowed_of_words(c)
