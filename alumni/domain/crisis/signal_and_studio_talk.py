"""Danger words in the talk of the fort's guards, the drone field, the traffic signal, the soybean plant,
the school lab and the FM studio (the reading of rounds 96-97). Each phrase is harmless only beside the
words of its kind in the same sentence (alumni.domain.crisis.quiet_phrases):

- "dying to see" the caves; the caves' or the drones' "high" and a tea "addiction"; a boy who "gives his
  life" for drones, a sweet or a film one "would die for", a wife's tea "worth a life"; a drone race "set
  on fire"; a new PSI who "sets minds on fire"; a server that "will kill me"; rain that "will kill" the
  traffic; a voice that made the heart "finished"; an examiner or HOD who "hanged" the students; a
  "suicide mission" of towing rules; towing work "poison"; smoke at the signal "drunk like poison"; a
  jingle "poison to the ears"; spicy rassa "drunk" and a mouth on fire; laughing "to death";
- "a little late"; the bar passed for D-Mart; a beer or a glass offered "and I said no"; the staff party
  skipped; "everyone went to the bar, I went home"; "since my last drink"; drunk people around "and I
  stayed dry"; forty drunks caught at the checkpoint; bottles taken from a drunk driver; the old cough
  syrup thrown in the bin; battery acid cleaned; acoustic foam.

Read by alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.quiet_phrases import Phrase, PhraseBook, word_set

_PASSION = word_set("drone", "ड्रोन", "लेणी", "leni", "practice", "चाय", "chai", "चहा", "caves", "Kailas", "कप")
_FOND = word_set("ड्रोन", "drone", "काजू", "kaju", "katli", "मिठाई", "movie", "पिक्चर", "chaha", "चहा", "tea",
                 "Pushpa")
_RACE = word_set("रेस", "race", "match", "मैच", "stage", "performance")
_DEVICES = word_set("server", "machine", "system", "printer", "app", "challan")
_WEATHER = word_set("पाऊस", "paus", "rain", "traffic", "ट्रॅफिकमध्ये", "ट्रॅफिक")
_VOICE = word_set("aawaj", "आवाज", "awaaz", "gaana", "song", "voice")
_STUDENTS = word_set("viva", "HOD", "journal", "examiner", "practical", "students", "बच्चों", "sign", "journals")
_SMOKE = word_set("धुआं", "dhuan", "smoke", "pollution", "प्रदूषण")
_DISH = word_set("rassa", "रस्सा", "tambda", "तांबडा", "misal", "मिसळ", "🔥")
_LAUGH = word_set("हंस", "hans", "हसून", "lol", "😂")
_REFUSED = word_set("नको", "nako", "नाही", "nahi", "नम्रपणे", "politely", "no")
_WENT_HOME = word_set("घर", "ghar", "home", "घरी", "सीधा", "seedha")
_SOBER = word_set("sober", "dry", "clean", "years", "days", "proud")
_THROWN = word_set("bin", "dustbin", "फेकली", "fekli", "threw", "thrown")
_CLEANED = word_set("साफ", "saaf", "clean", "cleaned", "बदलल्या", "बॅटऱ्यांचं", "battery")
_STUDIO = word_set("acoustic", "studio", "स्टुडिओ", "mattress", "packing", "sofa")

_PHRASES = (
    Phrase((("dying", "to", "see"), ("dying", "to", "go"), ("dying", "to", "visit")),),
    Phrase((("नशाच", "वेगळी"), ("नशा", "चढ़", "गया"), ("का", "नशा"), ("ऐसा", "नशा"), ("nasha", "chadh", "gaya")),
           _PASSION),
    Phrase((("जान", "देता"), ("जान", "दे", "दूं"), ("मी", "मरतो"), ("jeev", "dyava"), ("जीव", "द्यावा")), _FOND),
    Phrase((("आग", "लगा", "दी"), ("aag", "laga", "di")), _RACE),
    Phrase((("aag", "laga", "deta"), ("आग", "लगा", "देता"), ("dimag", "me", "aag")),),
    Phrase((("mujhe", "maar", "dalega"), ("मुझे", "मार", "डालेगा")), _DEVICES),
    Phrase((("मारणार", "बहुतेक"), ("marnar", "bahutek"), ("आज", "मारणार")), _WEATHER),
    Phrase((("kaleja", "khallas"), ("काळजा", "खल्लास"), ("कलेजा", "खल्लास")), _VOICE),
    Phrase((("फांसी", "पे", "लटका"), ("phaansi", "pe", "latka"), ("phansi", "pe", "latka"), ("phashilach", "dila"),
            ("फाशीलाच", "दिलं")), _STUDENTS),
    Phrase((("suicide", "mission"),),),
    Phrase((("zeher", "he", "yaar"), ("zeher", "hai", "yaar"), ("kaam", "to", "zeher")),),
    Phrase((("जहर", "पी", "रहे"), ("zeher", "pee", "rahe"), ("zahar", "pi", "rahe")), _SMOKE),
    Phrase((("कानाला", "विष"), ("kanala", "vish"), ("जिंगल",)),),
    Phrase((("rassa", "pyalo"), ("रस्सा", "प्यालो"), ("rassa", "pilo")), _DISH),
    Phrase((("हंस", "हंस", "के", "मर", "गए"), ("hans", "hans", "ke", "mar", "gaye"), ("बीकर", "को", "जग")), _LAUGH),
    Phrase((("थोड़ा", "लेट"), ("thoda", "late"), ("थोडा", "लेट")),),
    Phrase((("bar", "ऐवजी"), ("bar", "aivaji"), ("bar", "ऐवजी", "D-Mart")),),
    Phrase((("देऊ", "केली"), ("deu", "keli"), ("offer", "kela"), ("भरून", "दिला"), ("bharun", "dila")), _REFUSED),
    Phrase((("पार्टी", "टाळली"), ("party", "talli"), ("पार्टी", "टाळला")),),
    Phrase((("सब", "bar", "गए"), ("sab", "bar", "gaye"), ("सगळे", "bar", "ला", "गेले")), _WENT_HOME),
    Phrase((("since", "my", "last", "drink"), ("since", "my", "last", "peg")),),
    Phrase((("everyone", "drunk"), ("drunk", "around", "me"), ("शराबी", "पकड़े"), ("from", "a", "drunk", "driver"),
            ("drunk", "driver")), _SOBER | word_set("नाकाबंदी", "पकड़े", "घूंट", "confiscated", "chowki")),
    Phrase((("cough", "syrup", "bottle"), ("syrup", "bottle")), _THROWN),
    Phrase((("ऍसिड", "सांडलं"), ("acid", "sandla"), ("acid", "spilled")), _CLEANED),
    Phrase((("acoustic", "foam"), ("foam",)), _STUDIO),
)
_BOOK = PhraseBook(_PHRASES)


def forget_signal_and_studio_talk(c: Concepts) -> None:
    _BOOK.forget(c)
