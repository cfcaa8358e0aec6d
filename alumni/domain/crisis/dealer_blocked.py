"""The dealer or the old group cut off: "MD वाल्या group मधून exit केलं", "ganja वाल्या मित्रांना block केलं",
"एमडी वाल्यांचा फोन आला, नंबर ब्लॉक केला", "number badal liya" (an older reading of sobriety the rules took for
relapse: "block केलं" gave the substance its "did"). Only the blocking words are forgotten: a use told beside
them ("MD घेतलं आणि नंबर ब्लॉक केला") still pairs the substance with its own verb (alumni.domain.crisis.quiet_phrases).

Read by alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.quiet_phrases import Phrase, PhraseBook

# ("delete कर दिया" is read as quitting already: "Satta app delete कर दिया, 50 दिन हो गए".)
_CUT_OFF = ("block", "ब्लॉक", "unfollow", "अनफॉलो", "exit", "एक्झिट", "एग्जिट", "blocked")
_DONE = ("केलं", "केला", "केले", "kela", "kel", "kiya", "किया", "kar", "kar*", "कर*", "karun", "करून",
         "diya", "दिया", "dila", "दिला")

_PHRASES = (
    Phrase(tuple((cut, done) for cut in _CUT_OFF for done in _DONE)
           + (("नंबर", "बदल", "लिया"), ("number", "badal", "liya"), ("नंबर", "बदलला"), ("number", "badalla"),
              ("फोन", "काट", "दिया"), ("phone", "kaat", "diya"), ("blocked", "him"), ("blocked", "them"),
              ("blocked", "the"), ("blocked", "his"), ("left", "the", "group"))),
)
_BOOK = PhraseBook(_PHRASES)


def forget_dealer_blocked(c: Concepts) -> None:
    _BOOK.forget(c)
