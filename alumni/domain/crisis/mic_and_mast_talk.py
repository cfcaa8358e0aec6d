"""Danger words in the talk of the open mic, the harvest crew, the CNC shop, the wind farm, the aquarium
shop and the seed field (the reading of rounds 94-95). Each phrase is harmless only beside the words of
its kind in the same sentence (alumni.domain.crisis.quiet_phrases):

- "writing more now than when I was drinking" (clean); a throat "dried to death" at the mic check; "won't
  come tomorrow" for a sugar test or a wedding; a mother's "I won't leave you alive" or "I'll bury you
  alive" over a show on the wedding day;
- the gram harvest begun; "I'm dying" in the shop floor's heat; the QC report; the software that hangs;
  the inverter that "trips"; a boss who "breaks heads with talk"; fish that arrived alive; a customer who
  "dies for" this flowerhorn; red medicine in the fish tank; rats cutting the cables or the sacks;
- the matka adda passed every day "and not one number played"; the glass a contractor offered, declined;
  "I finished my rows".

Read by alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.quiet_phrases import Phrase, PhraseBook, word_set

_CLEAN = word_set("clean", "sober", "days", "now", "months")
_ERRAND = word_set("test", "sugar", "doctor", "hospital", "dawakhana", "lagna", "लग्न", "gavala", "गावाला", "kaam",
                   "काम", "meeting", "session", "appointment", "checkup", "report", "karaychi")
_MOTHER = word_set("aai", "mummy", "maa", "mhanali", "bolti", "मम्मी", "आई", "boli", "mom")
_HARVEST = word_set("chane", "gehu", "gahu", "soybean", "crop", "fasal", "khet", "shuru", "season", "harvest",
                    "ऊस", "गहू", "चने", "कपास", "kapus")
_HEAT = word_set("heat", "hot", "garmi", "sun", "laughing", "lol", "😂", "ऊन", "गर्मी")
_PAPERS = word_set("report", "late", "test", "check", "inspection", "audit")
_DEVICES = word_set("software", "system", "computer", "mobile", "phone", "CNC", "PC", "laptop", "app")
_NOT_PLAYED = word_set("nahi", "नाही", "pan")
_VERMIN = word_set("chuhe", "चूहे", "cable", "बोरी", "bori", "undir", "rats", "zalet", "उंदीर")
_TALK = word_set("baaton", "बातों", "dimag", "दिमाग")
_FISH = word_set("tankit", "tank", "mase", "मासे", "fish", "machli", "aquarium", "टाकीत", "मछली")
_DECLINED = word_set("दिया", "diya", "मना", "mana")

_PHRASES = (
    Phrase((("when", "i", "was", "drinking"), ("when", "i", "used", "to", "drink")), _CLEAN),
    Phrase((("ghasa", "sukun", "melo"), ("घसा", "सुकून", "मेलो"), ("gala", "sookh", "ke", "mar")),),
    Phrase((("udya", "yenar", "nahi"), ("उद्या", "येणार", "नाही")), _ERRAND),
    Phrase((("jivanta", "nahi", "sodnar"), ("zinda", "gaad", "dungi"), ("zinda", "gaad", "dunga"),
            ("जिवंत", "नाही", "सोडणार"), ("ज़िंदा", "गाड़", "दूंगी")), _MOTHER),
    Phrase((("katai",), ("कटाई",), ("kaatni",), ("कापणी",)), _HARVEST),
    Phrase((("im", "dying"), ("i'm", "dying")), _HEAT),
    Phrase((("QC",), ("qc",)), _PAPERS),
    Phrase((("software", "hang"), ("system", "hang"), ("computer", "hang"), ("mobile", "hang"), ("phone", "hang"),
            ("hang", "हो", "गया"), ("hang", "ho", "gaya")), _DEVICES),
    Phrase((("matka", "adda", "varun"), ("matka", "adda", "samorun")), _NOT_PLAYED),
    Phrase((("ट्रिप", "मारता"), ("trip", "marta"), ("trip", "maarta"), ("ट्रिप", "मारतो")),),
    Phrase((("kaat", "rahe", "the"), ("काट", "रहे", "थे")), _VERMIN),
    Phrase((("खुद", "glass"), ("khud", "glass")), _DECLINED),
    Phrase((("sar", "phod", "deta"), ("सर", "फोड़", "देता"), ("sir", "phod", "deta")), _TALK),
    Phrase((("ज़िंदा", "पहुंची"), ("zinda", "pahunchi"), ("ज़िंदा", "पहुँची"), ("जिंदा", "पहुंची")),),
    Phrase((("pe", "to", "marta", "hu"), ("pe", "marta", "hu"), ("पे", "तो", "मरता", "हूं"), ("पर", "मरता", "हूं")),),
    Phrase((("lal", "aushadh"), ("लाल", "औषध")), _FISH),
    Phrase((("finished", "my", "rows"), ("finished", "my", "work"), ("finished", "my", "shift")),),
)
_BOOK = PhraseBook(_PHRASES)


def forget_mic_and_mast_talk(c: Concepts) -> None:
    _BOOK.forget(c)
