"""Danger words in the talk of the wedding band, the repair shop, the ration shop, the snack factory and the
water plant (a reading of rounds 100-101's false alarms). Each phrase is harmless only beside the words of
its kind in the same sentence, or everywhere when it names none (alumni.domain.crisis.quiet_phrases):

- the drum's skin the rats ate; "I'll die of the jilebi, no room left in the stomach"; the trumpet
  player's breath grown long, no breath lost on the stairs, "जिने चढताना" (climbing the stairs, not
  "living");
- "thank the One above"; a child trying to run the fan with the remote; the rope the helper held from
  below, the unit pulled up with a rope;
- the acid for washing coils run out; a supervisor who "eats my head, made life a misery"; the bottle
  another opened while the writer folded his hands; the ration's goods (maal) arrived;
- kaju katli; a boss who will "hang us all" or "kill you if you're late" as his daily line; nerves "tight"
  before a presentation; "everyone was drunk, I played sober"; a job that is "a high of its own"; "tab se"
  ("since then"), no tablet.

Read by alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.quiet_phrases import Phrase, PhraseBook, word_set

_PILLS_TALK = word_set("goli", "goliyan", "गोली", "गोलियां", "गोळ्या", "golya", "pills", "tablet", "tablets", "strip",
                      "patti", "पत्ती", "dose", "khayi", "खाई", "kha", "खा", "li", "ली", "ghetlya", "घेतल्या")
_ATE_TOO_MUCH = word_set("khaun", "खाऊन", "potat", "पोटात", "jilebi", "जिलेबी", "mattha", "मठ्ठा")
_SOBER_HERE = word_set("hosh", "होश", "sober", "शुद्धीत", "shuddhit")
_AC_UNIT = word_set("unit", "outdoor", "ac", "AC", "compressor", "helper", "हेल्पर")
_DRINKING = word_set("पीने", "pine", "peene", "पी", "pi", "pee", "piunga", "pita", "पिणार", "pinar", "piyo", "lunga",
                     "लूंगा", "drink")
_FOLDED_HANDS = word_set("जोड़", "जोड", "jod", "jode", "जोड़े", "जोडले", "jodle")
_BOSS_THREAT = word_set("supervisor", "boss", "seth", "manager", "if", "😂", "😅")
# His usual line: "रोज का डायलॉग है", "त्याचं रोजचं आहे"; a husband's or a father's threat is kept.
_HIS_USUAL_LINE = word_set("rojcha", "रोजचं", "रोजचा", "rojchach", "dialogue", "डायलॉग")
_FAMILY = word_set("navra", "नवरा", "pati", "पति", "husband", "baap", "बाप", "papa", "सासरा", "sasra", "mehuna",
                   "मेहुणा", "bhau", "भाऊ", "bhai", "भाई")

_PHRASES = (
    Phrase((("drum", "ki", "khaal"), ("drum", "skins"), ("drum", "skin"), ("ड्रम", "की", "खाल")),),
    Phrase((("tar", "marnar"), ("तर", "मरणार")), _ATE_TOO_MUCH),
    Phrase((("potat", "jagach", "nahi"), ("पोटात", "जागाच", "नाही"), ("potat", "jaga", "nahi")),),
    Phrase((("saans", "bhi", "lambi"), ("saans", "lambi"), ("सांस", "भी", "लंबी"), ("सांस", "नहीं", "फूलती"),
            ("saans", "nahi", "phoolti"), ("saans", "nahi", "fulti"), ("दम", "नाही", "लागत"),
            ("dam", "nahi", "lagat"), ("जिने", "चढताना"), ("jine", "chadhtana")),),
    Phrase((("ऊपर", "वाले", "का", "शुक्र"), ("upar", "wale", "ka", "shukr*"), ("upar", "wale", "ka", "shukar")),),
    Phrase((("रिमोट", "से", "पंखा"), ("remote", "se", "pankha")),),
    Phrase((("नीचे", "से", "रस्सी"), ("rassi", "se", "upar"), ("neeche", "se", "rassi")), _AC_UNIT),
    Phrase((("तेजाब", "खत्म"), ("tezab", "khatam"), ("tezaab", "khatam")), keep=_DRINKING),
    Phrase((("doka", "khato"), ("डोकं", "खातो"), ("jeev", "nako", "kelay"), ("जीव", "नको", "केलाय"),
            ("jiv", "nako", "kelay")),),
    Phrase((("बोतल", "खोली"), ("botal", "kholi"), ("bottle", "kholi")), _FOLDED_HANDS),
    Phrase((("ration", "cha", "maal"), ("रेशनचा", "माल"), ("ration", "ka", "maal"), ("ration", "maal")),),
    Phrase((("kaju", "katli"), ("काजू", "कतली"), ("काजू", "कतरी")),),
    Phrase((("hang", "us", "all"), ("hang", "us"), ("hang", "you", "all")), _BOSS_THREAT),
    Phrase((("हवा", "टाईट"), ("हवा", "टाइट"), ("hawa", "tight"), ("hava", "tight")),),
    Phrase((("marun", "takin"), ("मारून", "टाकीन"), ("मार", "डालूंगा"), ("maar", "daalunga"), ("jeev", "ghein"),
            ("जीव", "घेईन")), _HIS_USUAL_LINE, keep=_FAMILY),
    Phrase((("sab", "nashe"), ("सब", "नशे")), _SOBER_HERE),
    Phrase((("tab", "se"),), keep=_PILLS_TALK),
    Phrase((("अलग", "ही", "नशा"), ("alag", "hi", "nasha"), ("वेगळीच", "नशा"), ("vegalich", "nasha")),),
)
_BOOK = PhraseBook(_PHRASES)


def forget_band_godown_and_plant_talk(c: Concepts) -> None:
    _BOOK.forget(c)
