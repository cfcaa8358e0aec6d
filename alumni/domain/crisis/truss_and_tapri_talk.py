"""Danger words in the talk of the radiology room, the physio clinic, the optician's, the sound crew, the tea
stall and the warehouse (a reading of rounds 102-103's false alarms). Each phrase is harmless only beside the
words of its kind in the same sentence, or everywhere when it names none (alumni.domain.crisis.quiet_phrases):

- the MRI (not "mar"); the breathing method taught at the meeting; old fixer filled into a drum for the
  scrap man; "the canteen's chai is poison"; the theka's man who "salutes me now";
- "when I'm not drunk" (नशेत नसताना); "feeling a bit low"; the bar "where I used to go every day"; "the
  home visits broke my back"; neighbours "burnt to ash" with envy; a customer who "drank my blood", "ate my
  head", "took half my life", "killing me bro";
- cutting chai drunk or given; rope and nails for the tin roof; UPI that hangs; the wires the rats ate; the
  bottle sent back.

Read by alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.quiet_phrases import Phrase, PhraseBook, word_set

_SCRAP_OR_WATER = word_set("kabadi", "कबाड़ी", "bhar", "भर", "fixer", "developer", "paani", "पानी")
_ENVY = word_set("देख", "dekh", "😄", "😂", "collection", "कलेक्शन")
_CUSTOMER = word_set("girhaik", "गिऱ्हाईक", "customer", "dok", "डोकं", "khato", "खातो")
_RATS = word_set("उंदरांनी", "undranni", "rats", "उंदीर", "undir")

_PHRASES = (
    Phrase((("mri",), ("एमआरआय",), ("एमआरआई",)),),
    Phrase((("सांस", "वाला", "तरीका"), ("saans", "wala", "tarika"), ("breathing", "exercise")),),
    Phrase((("drum", "me"), ("drum", "mein"), ("ड्रम", "में")), _SCRAP_OR_WATER),
    Phrase((("chai", "zeher"), ("chai", "zahar"), ("चाय", "ज़हर"), ("चाय", "जहर")),),
    Phrase((("salaam", "karta"), ("सलाम", "करता")),),
    Phrase((("नशेत", "नसताना"), ("nashet", "nastana")),),
    Phrase((("a", "bit", "low"), ("bit", "low")),),
    Phrase((("रोज़", "जाता", "था"), ("रोज", "जाता", "था"), ("roz", "jata", "tha"), ("roj", "jata", "tha")),),
    Phrase((("kamar", "tod"), ("कमर", "तोड़")),),
    Phrase((("जल", "के", "राख"), ("jal", "ke", "raakh"), ("jal", "ke", "rakh")), _ENVY),
    Phrase((("drank", "my", "blood"), ("khoon", "pee", "liya"), ("खून", "पी", "लिया")),),
    Phrase((("killing", "me", "bro"), ("सिर", "खा", "लिया"), ("sar", "kha", "liya")),),
    Phrase((("jiv", "ghetla"), ("जीव", "घेतला"), ("dok", "khato")), _CUSTOMER),
    Phrase((("कटिंग", "पिऊन"), ("cutting", "piun"), ("कटिंग", "दिली"), ("cutting", "dili")),),
    Phrase((("दोरी", "आणि", "खिळे"), ("dori", "ani", "khile")),),
    Phrase((("upi", "hang"), ("डोकं", "खाल्लं"), ("doka", "khalla")),),
    Phrase((("वायरी", "खाल्ल्या"), ("wiri", "khallya"), ("wires", "ate")), _RATS),
    Phrase((("sent", "the", "bottle", "back"),),),
)
_BOOK = PhraseBook(_PHRASES)


def forget_truss_and_tapri_talk(c: Concepts) -> None:
    _BOOK.forget(c)
