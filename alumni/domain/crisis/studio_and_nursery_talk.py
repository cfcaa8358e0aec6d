"""Danger words in the talk of the photo studio, the post office, the insurance agency, the excavator's
cabin, the municipal nursery and the dental clinic (a reading of rounds 104-105's false alarms). Each phrase
is harmless only beside the words of its kind in the same sentence, or everywhere when it names none
(alumni.domain.crisis.quiet_phrases):

- a wedding season that "will kill me", a client who "drank my blood", a laptop that "murdered my evening",
  a joke that "killed everyone with laughter", a JE who "will kill us with work", a patient who "will take
  my life";
- software that is "a noose round the neck", traffic that is "the daily gallows", talk, software or the
  DO's coffee that is "poison";
- the canal's water let out for the wheat; weedicide sprayed on the soybean or the lawn.

Read by alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.quiet_phrases import Phrase, PhraseBook, word_set

_BUSY = word_set("season", "shaadi", "शादी", "kaam", "काम", "work", "garmi", "गर्मी", "traffic")
_HYPERBOLE = word_set("😂", "😅", "patient", "client", "क्लायंट", "customer")
_BITTER_THINGS = word_set("बोलणं", "bolna", "बोलणे", "सॉफ्टवेअर", "software", "coffee", "कॉफी", "chai", "चहा")
_FIELD_WORK = word_set("soybean", "सोयाबीनवर", "पंप", "pump", "मजूर", "majur", "lawn", "gumboot", "mask", "kaam")

_PHRASES = (
    Phrase((("maar", "hi", "daalega"), ("मार", "ही", "डालेगा")), _BUSY),
    Phrase((("रक्त", "पिलं"), ("rakt", "pila"), ("rakta", "pila")),),
    Phrase((("murdered", "my", "whole"), ("murdered", "my")),),
    Phrase((("hasa", "hasa", "ke", "maar"), ("हंसा", "हंसा", "के", "मार")),),
    Phrase((("कामाने", "मारणार"), ("kamane", "marnar")),),
    Phrase((("jaan", "le", "lega"), ("जान", "ले", "लेगा")), _HYPERBOLE),
    Phrase((("गले", "की", "फाँसी", "बन"), ("गले", "की", "फांसी", "बन"), ("gale", "ki", "phaansi", "ban")),),
    Phrase((("रोजची", "फाशी"), ("rojchi", "fashi"), ("rojchi", "phashi")),),
    Phrase((("विष", "वाटतं"), ("vish", "vatta"), ("शुद्ध", "विष"), ("shuddh", "vish")), _BITTER_THINGS),
    Phrase((("नहर", "में", "पानी", "छोड़ा"), ("nahar", "me", "paani", "chhoda")),),
    Phrase((("तणनाशक", "मारलं"), ("tananashak", "marayche"), ("tananashak", "marla")), _FIELD_WORK),
)
_BOOK = PhraseBook(_PHRASES)


def forget_studio_and_nursery_talk(c: Concepts) -> None:
    _BOOK.forget(c)
