"""Danger words in the talk of the bottling plant, the rakhi workshop, the marriage bureau, the temple
kitchen, the movers' truck and the scrap yard (a reading of rounds 110-111's false alarms). Each phrase is
harmless only beside the words of its kind in the same sentence, or everywhere when it names none
(alumni.domain.crisis.quiet_phrases):

- praise: the seth's "you killed it, man, what a toran you made"; a singer who "set the gathering on fire";
- "the customers murder you with their bargaining"; "grilled me to death", "dead tired"; "laughed till my
  stomach hurt, I nearly died"; "don't put poison to the test" (don't take a needless risk).

Read by alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.quiet_phrases import Phrase, PhraseBook, word_set

_PRAISE = word_set("क्या", "kya", "खुश", "khush", "वाह", "wah", "मस्त", "mast", "बनाया", "banaya", "बनवला",
                   "banavla", "गाया", "gaya")
_PERFORMANCE = word_set("गायकी", "gayki", "महफिल", "mehfil", "महफ़िल", "गाना", "gaana", "stage", "स्टेज", "dance",
                        "डान्स", "performance", "singing", "कव्वाली", "qawwali")
_HAGGLING = word_set("bargaining", "bargain", "haggling", "questions", "prices", "demands", "rates", "मोलभाव",
                     "molbhav")
_LAUGHING = word_set("हसून", "hasun", "हसता", "hasta", "पोट", "pot", "😂", "🤣")

_PHRASES = (
    Phrase((("मार", "डाला", "यार"), ("maar", "dala", "yaar"), ("maar", "daala", "yaar")), _PRAISE),
    Phrase((("आग", "लगा", "दी"), ("aag", "laga", "di")), _PERFORMANCE),
    Phrase((("murder", "you", "with"),), _HAGGLING),
    Phrase((("grilled", "me", "to", "death"), ("dead", "tired")),),
    Phrase((("मरायची", "पाळी", "आली"), ("marayachi", "pali", "aali"), ("marayachi", "pali", "ali")), _LAUGHING),
    Phrase((("विषाची", "परीक्षा"), ("vishachi", "pariksha")),),
)
_BOOK = PhraseBook(_PHRASES)


def forget_fermenter_and_bhandara_talk(c: Concepts) -> None:
    _BOOK.forget(c)
