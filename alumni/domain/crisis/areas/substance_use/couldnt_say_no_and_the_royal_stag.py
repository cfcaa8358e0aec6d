"""Couldn't say no, and the Royal Stag (the relapses of rounds 120-121: hostel-mess cooks, freelance
designers, home nurses, phlebotomists, dark-store pickers):

- "they offered and I couldn't say no", "saying no, no, three pegs went down": a refusal that did not hold
  is no refusal (substance_context.py forgets the "no" inside it before it reads refusals);
- "after nine months, daru again"; "took a little this morning, without it my hands were shaking";
- "celebrated the wrong way, half a bottle of Royal Stag" (the brands the lexicon lacks);
- "drinking the owner's whisky on the sly, topping the bottle up with water";
- "started the Nitra tablets again, for the high".

Words and the rules that read them (appended to the area's COMBINATIONS by readings_from_round_88.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    "rs_gave_in": ("couldnt say no", "couldn't say no", "could not say no", "couldnt refuse", "couldn't refuse",
                   "mana nahi kar paya", "मना नहीं कर पाया", "mana nahi kar saka", "na nahi bol paya", "ना नहीं बोल पाया",
                   "नाही म्हणू शकलो नाही", "nahi mhanu shaklo nahi", "नको म्हणता आलं नाही", "nako mhanta ala nahi",
                   "नको म्हणत", "nako mhanat", "ना ना करते", "na na karte", "mana karte karte", "मना करते करते"),
    "rs_after_months": ("mahine nantar", "महिने नंतर", "महिन्यांनी", "mahinyanni", "mahino baad", "महीनों बाद",
                        "mahine baad", "महीने बाद", "months later", "din baad", "दिन बाद", "divas nantar", "दिवसांनंतर",
                        "saal baad", "साल बाद", "वर्षानंतर", "varshanantar"),
    "rs_again_drink": ("parat daru", "परत दारू", "phir se daru", "फिर से दारू", "fir se daru", "fir daru", "फिर दारू",
                       "again daru", "daru again", "drinking again"),
    "rs_took_a_little": ("thoda le liya", "थोड़ा ले लिया", "थोडी घेतली", "thodi ghetli", "थोड़ी ले ली", "thodi le li",
                         "had a little", "took a little", "ek ghoont", "एक घूंट", "ek ghot", "एक घोट"),
    "rs_shakes_without": ("bina piye haath kaanp", "bina piye hath kaanp", "बिना पिए हाथ कांप", "बिना पिये हाथ काँप",
                          "बिना पिए हाथ काँप", "pyayla shivay haat thartharat", "प्यायल्याशिवाय हात थरथरत",
                          "without a drink my hands shake", "hands shake without", "hands were shaking without"),
    "rs_brand": ("royal stag", "रॉयल स्टॅग", "रॉयल स्टैग", "imperial blue", "blenders pride", "officers choice",
                 "officer's choice", "bagpiper", "mcdowell*", "mc dowell"),
    "rs_wrong_celebration": ("celebrated the wrong way", "galat tareeke se celebrate", "गलत तरीके से celebrate",
                             "chukichya prakare celebrate", "celebrate kiya galat"),
    "rs_had_it": ("half a bottle", "aadhi bottle", "आधी बाटली", "adhi batli", "आधा बोतल", "aadha bottle", "a full bottle",
                  "had", "drank", "pi li", "पी ली", "घेतली", "ghetli"),
    "rs_on_the_sly": ("चोरून पितोय", "chorun pitoy", "चोरून पितो", "chorun pito", "chori se pita", "चोरी से पीता",
                      "chupke se pi", "चुपके से पी", "secretly drinking", "drinking on the sly"),
    "rs_pegs_had": ("पेग झाले", "peg zale", "peg jhale", "पेग हो गए", "peg ho gaye", "pegs went down", "pegs down"),
    "rs_for_high": ("नशेसाठी", "nashesathi", "nashe sathi", "नशे साठी", "nashe ke liye", "नशे के लिए", "नशेकरता",
                    "nashekarta", "for the high", "to get high"),
    "rs_pill_names": ("nitra", "नायट्रा*", "nitrazepam", "alprax", "अल्प्रैक्स", "tramadol", "ट्रामाडोल", "spasmo",
                      "स्पास्मो", "गोळ्या", "golya", "goliyan", "गोलियां", "pills", "tablets"),
    "rs_started": ("चालू केल्या", "chalu kelya", "चालू केली", "chalu keli", "shuru kar di", "शुरू कर दी", "shuru ki",
                   "started", "ghetlya", "घेतल्या", "khayi", "खाई", "खा ली", "kha li", "took"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_NOT_WANTED = _g("craving", "want")

COULDNT_SAY_NO_AND_THE_ROYAL_STAG: tuple[Combination, ...] = (
    Combination(RE, (_g("rs_after_months"), _g("rs_again_drink")), 4, unless=_NOT_WANTED, unless_reach=6),
    Combination(RE, (_g("rs_took_a_little"), _g("rs_shakes_without")), 20, across=True),
    Combination(RE, (_g("rs_wrong_celebration"), _g("rs_brand", "alcohol")), 20, across=True),
    Combination(RE, (_g("rs_brand"), _g("rs_had_it")), 4, unless=_NOT_WANTED, unless_reach=6),
    Combination(RE, (_g("rs_on_the_sly"), _g("alcohol")), 4),
    Combination(RE, (_g("rs_pegs_had"),), unless=_NOT_WANTED, unless_reach=6),
    Combination(RE, (_g("rs_for_high"), _g("rs_pill_names"), _g("rs_started")), 8),
)

