"""Danger words in the talk of record rooms, home nursing, dark stores, soda units and wedding studios (a
reading of rounds 120-123's false alarms). Each phrase is harmless only beside the words of its kind in the
same sentence, or everywhere when it names none, and never beside the words that keep it
(alumni.domain.crisis.quiet_phrases):

- idioms: a long meeting that "hanged us" ("फांसी चढ़ा दी", "फाशी दिली"); the heat in which sitting is "being
  burnt alive"; the Wi-Fi or the network "dead", the app that "hangs"; "sar kha gaya" (drove me mad);
  "डोकं जळून गेलं" (my head burnt out); the canteen's tea "is poison"; the breath "stuck" in a crowd.

Not rat poison bought "to kill the rats" ("undir marayche aushadh"): it is the very name Marathi writers give the
poison they mean to take (tried; 150 overdose lines of older sets went quiet).

Read by alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.quiet_phrases import Phrase, PhraseBook, word_set

_MEETING = word_set("meeting", "मीटिंग", "मीटिंगमध्ये", "मीटिंगला", "ट्रेनिंग", "ट्रेनिंगमध्ये", "review",
                    "training", "lecture", "class", "क्लास", "presentation")
_ROPE = word_set("rassi", "रस्सी", "dori", "दोरी", "pankha", "पंखा", "pankhe", "fan", "फंदा", "fanda", "फास")
_HEAT = word_set("garmi", "गर्मी", "heat", "ऊन", "unh", "dhoop", "धूप", "तापमान", "tapman", "summer", "उकाडा",
                 "ukada")
_FIRE = word_set("petrol", "पेट्रोल", "kerosene", "रॉकेल", "mitti", "मिट्टी", "aag", "आग", "माचिस", "machis")
# (not the phone: "phone pe bola wo mara hua hai" is a report)
_NETWORK = word_set("wifi", "वाई-फाई", "वाईफाई", "wi-fi", "फाई", "fi", "network", "नेटवर्क", "internet", "इंटरनेट",
                    "app", "ऐप", "एप", "system", "सिस्टम", "server", "सर्वर")
_SWALLOWED = word_set("goli", "goliyan", "गोली", "गोलियां", "pills", "tablets", "zeher", "ज़हर", "जहर", "dawai", "दवाई")
_POISON_MIXED = word_set("mila", "मिला", "milaya", "मिलाया", "daal", "डाल", "dala", "डाला", "mixed", "kiske", "किसके")
_CROWD = word_set("भीड़", "भीड", "bheed", "bhid", "crowd", "गर्दी", "gardi")

_PHRASES = (
    Phrase((("फांसी", "चढ़ा"), ("फाँसी", "चढ़ा"), ("faansi", "chadha"), ("fansi", "chadha"), ("फाशी", "दिली"),
            ("fashi", "dili"), ("phashi", "dili")), _MEETING, _ROPE),
    Phrase((("zinda", "jal"), ("ज़िंदा", "जल"), ("जिंदा", "जल"), ("jinda", "jal"), ("जिवंत", "जळ*"),
            ("jivant", "jal*")), _HEAT, _FIRE),
    Phrase((("मरा", "हुआ"), ("mara", "hua"), ("मेलंय",), ("लटका", "देता"), ("latka", "deta"), ("लटक", "जाता"),
            ("latak", "jata"), ("hang", "ho"), ("हँग",)),
           _NETWORK),
    Phrase((("sar", "kha", "gaya"), ("सर", "खा", "गया"), ("sar", "kha", "gayi"), ("सर", "खा", "गई"),
            ("dimag", "kha", "gaya"), ("दिमाग", "खा", "गया"), ("dimaag", "kha", "gaya")), frozenset(), _SWALLOWED),
    Phrase((("doka", "jalun"), ("डोकं", "जळून"), ("doka", "jalala"), ("डोकं", "जळलं"), ("dok", "jalun")),
           frozenset(), _FIRE),
    Phrase((("chai", "to", "zeher"), ("चाय", "तो", "ज़हर"), ("चाय", "तो", "जहर"), ("chai", "zeher"),
            ("chai", "to", "zehar"), ("चहा", "म्हणजे", "विष"), ("chaha", "mhanje", "vish")), frozenset(), _POISON_MIXED),
    Phrase((("सांस", "अटक"), ("saans", "atak"), ("sans", "atak"), ("श्वास", "अडकला"), ("shwas", "adakla")), _CROWD),
)
_BOOK = PhraseBook(_PHRASES)


def forget_meeting_gallows_and_the_dead_wifi_talk(c: Concepts) -> None:
    _BOOK.forget(c)
