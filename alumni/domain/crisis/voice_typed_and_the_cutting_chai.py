"""Danger words in the talk of voice typists, tea stalls, kitchens, offices and churches (a reading of rounds
126-127's false alarms). Each phrase is harmless only beside the words of its kind in the same sentence, or
everywhere when it names none, and never beside the words that keep it (alumni.domain.crisis.quiet_phrases):

- "full stop" dictated by voice typing (not a "full" dose); "चुका माफ करा", "galtiyan maaf karna" (forgive the
  typing mistakes: not a goodbye);
- "कटिंग घेतला", "cutting chai" (a half glass of tea, not a cut);
- "itna hasayega to mar jaunga", "laughed to death"; "munh me aag lag gayi" of a spicy dish;
- "my boss will hang me if I'm late"; "क्रिसमस का तारा" (the Christmas star).

Read by alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.quiet_phrases import Phrase, PhraseBook, word_set

_MEANS = word_set("rassi", "रस्सी", "dori", "दोरी", "rope", "zeher", "ज़हर", "जहर", "vish", "विष", "poison", "goli",
                  "golya", "गोळ्या", "गोली", "pills", "nadi", "नदी", "pul", "पुल", "bridge", "fan", "pankha", "पंखा",
                  "blade", "ब्लेड", "razor", "train", "ट्रेन")
_CUT_ON_BODY = word_set("blade", "ब्लेड", "razor", "हात", "हातावर", "hatavar", "managat", "मनगट", "मनगटावर", "wrist",
                        "हाथ", "haath", "kalai", "कलाई")
_SPICY = word_set("teekhi", "तीखी", "teekha", "तीखा", "तिखट", "tikhat", "mirchi", "मिर्ची", "मिरची", "spicy", "kadhi",
                  "कढ़ी", "chutney", "चटनी", "sabzi", "सब्जी", "thecha", "ठेचा", "achaar", "अचार", "mirch", "मिर्च")
_SCOLDER = word_set("boss", "manager", "teacher", "sir", "mom", "mum", "mummy", "wife", "dad", "supervisor", "late",
                    "exam")

_PHRASES = (
    Phrase((("full", "stop"), ("फुल", "स्टॉप"), ("फुल", "स्टॉप"))),
    Phrase((("चुका", "माफ", "करा"), ("chuka", "maaf", "kara"), ("chuka", "maf", "kara"), ("चुका", "माफ", "कर*"),
            ("galtiyan", "maaf", "karna"), ("गलतियां", "माफ", "करना"), ("गलतियाँ", "माफ", "करना"),
            ("गलतियां", "माफ", "करें"), ("galtiya", "maaf", "karna"), ("excuse", "the", "mistakes"),
            ("sorry", "for", "typos"), ("sorry", "for", "the", "typos"), ("excuse", "my", "typos")), frozenset(),
           _MEANS),
    Phrase((("कटिंग", "घेतला"), ("कटिंग", "घेतली"), ("cutting", "ghetla"), ("cutting", "ghetli"), ("cutting", "chai"),
            ("कटिंग", "चाय"), ("कटिंग", "चहा"), ("cutting", "chaha"), ("कटिंग", "प्यायलो"), ("cutting", "pyalo")),
           frozenset(), _CUT_ON_BODY),
    Phrase((("hasayega", "to", "mar", "jaunga"), ("हंसाएगा", "तो", "मर", "जाऊंगा"), ("hasaoge", "to", "mar", "jaunga"),
            ("hasayegi", "to", "mar", "jaungi"), ("हँसाएगा", "तो", "मर", "जाऊँगा"), ("laughed", "to", "death"),
            ("laughing", "to", "death"), ("laugh", "to", "death")), frozenset(), _MEANS),
    Phrase((("munh", "me", "aag"), ("मुंह", "में", "आग"), ("muh", "me", "aag"), ("मुँह", "में", "आग"),
            ("tondat", "aag"), ("तोंडात", "आग")), _SPICY),
    Phrase((("will", "hang", "me", "if"), ("gonna", "hang", "me", "if"), ("going", "to", "hang", "me", "if")),
           _SCOLDER, _MEANS),
    Phrase((("क्रिसमस", "का", "तारा"), ("christmas", "ka", "tara"), ("christmas", "star"), ("नाताळचा", "तारा"),
            ("natalcha", "tara"), ("क्रिसमस", "स्टार"))),
)
_BOOK = PhraseBook(_PHRASES)


def forget_voice_typed_and_the_cutting_chai(c: Concepts) -> None:
    _BOOK.forget(c)
