"""Danger words in the talk of the housing society, the car showroom, the hardware counter, the bus-body
works, the weighbridge and the watch repairer's stall (a first reading of rounds 98-99's false alarms).
Each phrase is harmless only beside the words of its kind in the same sentence
(alumni.domain.crisis.quiet_phrases):

- a chairman's speech that "set fire"; a boy who keeps "dying" for a new cycle; the CCTV that hangs; a
  manager's daily line "I'll bury you all alive" or "I'll hang you all"; the seth who "won't leave me alive
  if the bill is wrong"; Sunday duty "is hanging"; rain and mud that are "death" at the loading; a new
  munim who "took my life";
- the PU coat; the seat foam the rats chew; thinner to clean the dials;
- the bottle a transporter sent, sent back; "forgot the way to the theka"; cutting chai.

Read by alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.quiet_phrases import Phrase, PhraseBook, word_set

_SPEECH = word_set("bhashanat", "भाषणात", "speech", "AGM", "garam", "गरम")
_DAILY_LINE = word_set("roz", "रोज़", "रोज", "drama", "डायलॉग", "dialogue", "😂", "bolta", "बोले")
_IF_WRONG = word_set("agar", "bill", "galat", "late", "if", "अगर")
_RATS = word_set("rats", "undir", "उंदीर", "godown", "chewed", "kurtadtat", "seat")
_MUD = word_set("पाऊस", "चिखल", "लोडिंगला", "paus", "chikhal")
_NEW_BOSS = word_set("dokyache", "khau", "munim", "boss", "saheb", "manager")
_SENT_BACK = word_set("वापस", "vapas", "लौटा", "return", "returned")
_CLEANING = word_set("saaf", "साफ", "dial", "clean", "kiye")

_PHRASES = (
    Phrase((("aag", "lavli"), ("आग", "लावली")), _SPEECH),
    Phrase((("mar", "mar", "kartoy"), ("mar", "mar", "karto"), ("मर", "मर", "करतोय")),),
    Phrase((("CCTV", "hanging"), ("cctv", "hanging"), ("camera", "hanging"), ("server", "hanging")),),
    Phrase((("जिंदा", "गाड़", "दूंगा"), ("zinda", "gaad", "dunga"), ("phaansi", "pe", "latka", "dunga"),
            ("फांसी", "पे", "लटका", "दूंगा")), _DAILY_LINE),
    Phrase((("zinda", "nahi", "chhodega"), ("ज़िंदा", "नहीं", "छोड़ेगा"), ("जिंदा", "नहीं", "छोड़ेगा")), _IF_WRONG),
    Phrase((("PU", "coat"), ("pu", "coat")),),
    Phrase((("seat", "foam"), ("seat", "cha", "foam"), ("foam", "kurtadtat")), _RATS),
    Phrase((("ये", "तो", "फांसी", "है"), ("ye", "to", "phaansi", "hai")),),
    Phrase((("मरण", "आहे", "नुसतं"), ("maran", "ahe", "nusta")), _MUD),
    Phrase((("jeev", "kadhla"), ("जीव", "काढला")), _NEW_BOSS),
    Phrase((("बोतल", "भेजी", "थी"), ("botal", "bheji", "thi")), _SENT_BACK),
    Phrase((("theke", "ka", "rasta", "bhool"), ("ठेके", "का", "रास्ता", "भूल")),),
    Phrase((("cutting", "chai"), ("कटिंग", "चाय")),),
    Phrase((("thinner", "se"),), _CLEANING),
)
_BOOK = PhraseBook(_PHRASES)


def forget_showroom_and_weighbridge_talk(c: Concepts) -> None:
    _BOOK.forget(c)
