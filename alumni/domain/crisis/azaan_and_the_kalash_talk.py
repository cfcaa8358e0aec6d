"""Danger words in the talk of mosques, tirthas, number-plate shops, kiosks and dhabas (a reading of rounds
124-125's false alarms). Each phrase is harmless only beside the words of its kind in the same sentence, or
everywhere when it names none, and never beside the words that keep it (alumni.domain.crisis.quiet_phrases):

- "अजान दिली", "azaan di": the call to prayer given, whose letters hold "jaan" (life) given; not beside "the
  last time";
- "mhanje jeev dyayla tayar" said of a dish or a thing loved; "I would kill to recite like him";
- "भुकेने मेलो" (dying of hunger), "हसून हसून मेलो" (died laughing); the number plate put on "उलटी" (upside down);
- the cutting plotter bought; the commission that "burns" in petrol; "राम कथा" and its "नशा" (the joy of it);
  the cricket match "so tight"; "daru ka naam nahi" (not a trace of daru).

Read by alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.quiet_phrases import Phrase, PhraseBook, word_set

_LAST = word_set("last", "aakhri", "akhri", "आख़िरी", "आखिरी", "shevatchi", "शेवटची", "शेवटचं", "shevatcha")
_MEANS = word_set("rassi", "रस्सी", "dori", "दोरी", "zeher", "ज़हर", "जहर", "vish", "विष", "goli", "golya", "गोळ्या",
                  "गोली", "nadi", "नदी", "pul", "पुल", "fan", "pankha", "पंखा")
_FOR = word_set("mhanje", "म्हणजे", "sathi", "साठी", "saathi", "for")
_WEAPONS = word_set("knife", "gun", "rod", "chaku", "चाकू", "churi", "छुरी", "talwar", "तलवार")
_PLATE = word_set("plate", "प्लेट", "sticker", "स्टिकर", "board", "बोर्ड", "number", "नंबर", "frame", "फ्रेम")
_MATCH = word_set("मॅच", "match", "क्रिकेटची", "cricket", "क्रिकेट", "game", "सामना", "samna")

_PHRASES = (
    Phrase((("अजान", "दिली"), ("अजान", "दी"), ("अज़ान", "दी"), ("अज़ान", "दिली"), ("azaan", "dili"), ("azan", "dili"),
            ("azaan", "di"), ("azan", "di"), ("azaan", "de*"), ("azan", "de*"), ("अजान", "दे*"), ("अज़ान", "दे*"),
            ("azaan", "dunga"), ("azaan", "deta")), frozenset(), _LAST),
    Phrase((("jeev", "dyayla", "tayar"), ("जीव", "द्यायला", "तयार"), ("jiv", "dyayla", "tayar"),
            ("jaan", "dene", "ko", "taiyar"), ("जान", "देने", "को", "तैयार")), _FOR, _MEANS),
    Phrase((("would", "kill", "to"), ("would", "kill", "for"), ("i'd", "kill", "for"), ("id", "kill", "for"),
            ("i'd", "kill", "to"), ("id", "kill", "to")), frozenset(), _WEAPONS),
    Phrase((("भुकेने", "मेलो"), ("bhukene", "melo"), ("भूख", "से", "मर*"), ("bhukh", "se", "mar*"),
            ("हसून", "हसून", "मेलो"), ("hasun", "hasun", "melo"), ("हँस", "हँस", "के", "मर*"),
            ("hans", "hans", "ke", "mar*")), frozenset(), _MEANS),
    Phrase((("उलटी", "लावली"), ("ulti", "lavli"), ("उलटी", "लगा"), ("ulti", "laga")), _PLATE),
    Phrase((("cutting", "plotter"), ("कटिंग", "प्लॉटर"),)),
    Phrase((("commission", "jalto"), ("कमिशन", "जळतं"), ("commission", "jalta"), ("कमीशन", "जलता")), frozenset(),
           _MEANS),
    Phrase((("राम", "कथा"), ("ram", "katha"), ("रामकथा",), ("कथा", "का", "ऐसा", "नशा"),
            ("katha", "ka", "aisa", "nasha"))),
    Phrase((("टाईट", "होती"), ("tight", "hoti"), ("टाइट", "थी"), ("tight", "thi")), _MATCH),
    Phrase((("daru", "ka", "naam", "nahi"), ("दारू", "का", "नाम", "नहीं"), ("sharab", "ka", "naam", "nahi"),
            ("शराब", "का", "नाम", "नहीं"), ("daru", "ka", "naam", "bhi", "nahi"), ("दारूचं", "नावही", "नाही"))),
)
_BOOK = PhraseBook(_PHRASES)


def forget_azaan_and_the_kalash_talk(c: Concepts) -> None:
    _BOOK.forget(c)
