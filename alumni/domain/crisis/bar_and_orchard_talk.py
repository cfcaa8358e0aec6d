"""Danger words in the talk of the orchestra bar, the tea stall, the orchard, the mine, the tehsil and
the pawn shop (the reading of rounds 88-89). Each phrase is harmless only beside the words of its kind in
the same sentence (alumni.domain.crisis.quiet_phrases):

- leave taken from the bar ("bar ला सुट्टी घेतली"), sat at home, a signboard put up, a call from the
  liquor shop walked past ("ठेके वाले ने आवाज़ लगाई"), everyone to the theka and the writer straight home;
- vada pav and misal pav, the last bus, a fan that is not there ("पंखा भी नहीं"), the well's water low;
- a voice, the IPL or cricket that is a "high" ("क्या नशा था आवाज़ में", "क्रिकेटच्या नशेत");
- songs "hung" on the laptop; laughing till "I'd die"; "life came back into the dead"; ginger sharp
  enough to "take a life"; "I die for mother's vadas"; eaten till "it was time to die"; the Padwa crowd
  that "killed" the writer;
- oranges or pomegranates plucked, and oranges crated (santra is also a desi drink); a coconut broken
  for the goddess; the kids taken to the river; anger "swallowed"; the gold's acid test; "like we were
  on fire"; sweets taken in exchange for the seth's bottle; rat poison brought for the rats by the
  manager; the ganja boys at the stall, unless the writer joined them.

Read by alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.quiet_phrases import Phrase, PhraseBook, word_set
from alumni.domain.crisis.stall_talk import FOOD, WRITER

_DRINK = word_set("daru", "दारू", "daaru", "sharab", "शराब", "peg", "पेग", "beer", "बियर", "quarter", "क्वार्टर",
                  "desi", "देसी", "botal", "बोतल", "bottle", "pila", "पिला", "pili", "प्यायलो", "pyalo", "pavva",
                  "पव्वा", "ganja", "गांजा", "charas")
_HIGH_OF = word_set("आवाज़", "आवाज", "awaaz", "awaz", "aawaj", "voice", "गाने", "गाना", "गाण्याचा", "song", "sur",
                    "सुर", "ipl", "IPL", "क्रिकेट", "क्रिकेटच्या", "cricket", "match", "मॅच", "मॅचच्या", "मैच",
                    "game", "pubg", "reels", "रील्स", "mobile", "मोबाइल", "मोबाईल", "serial", "सीरियल", "tv", "TV",
                    "टीवी")
_HUNG_THING = word_set("gaane", "गाणी", "गाने", "laptop", "लॅपटॉप", "track", "mobile", "system", "software",
                       "computer", "sagle")
_LAUGHING = word_set("हंसते", "हँसते", "हसून", "hanste", "hans", "हंस", "laugh", "लोटपोट", "lotpot", "हसता", "hasta")
_SPICY = word_set("तीखी", "तीखा", "tikhi", "teekhi", "तिखट", "tikhat", "मिर्च", "mirchi", "मिर्ची", "अदरक", "adrak",
                  "spicy", "chutney", "चटनी")
_FOOD_ON = FOOD | word_set("वड्यावर", "vadyavar", "हातच्या", "hatchya", "भाजीवर", "bhajivar", "बिर्याणीवर",
                           "biryanivar", "मिसळवर", "misalvar")
_ATE = FOOD | word_set("जेवलो", "jevlo", "खाल्लं", "khalla", "खाल्ले", "khalle", "जेवण", "jevan", "लग्नात", "lagnat")
_ORCHARD = word_set("baag", "बाग", "बागेत", "baget", "ped", "पेड़", "पेड", "झाड", "jhad", "zad", "tree", "trees",
                    "peti", "पेटी", "पेट्या", "crate", "crates", "क्रेट", "mandi", "मंडी", "kilo", "किलो", "grading",
                    "ग्रेडिंग", "packing", "पॅकिंग", "quintal", "क्विंटल", "sidhi", "सीढ़ी", "शिडी", "shidi", "toda",
                    "todla", "तोडला", "तोडले", "tode", "तोड़े")
_DOWNED = word_set("marli", "मारली", "ghetli", "घेतली", "ghetla", "घेतला", "pili", "पिली", "pilo", "प्यालो", "li", "ली",
                   "liya", "लिया", "maari", "मारी", "pi", "पी", "chadhi", "चढ़ी")
_STRAIGHT_HOME = word_set("seedha", "sidha", "सीधा", "सीधे", "sidhe", "seedhe", "saral", "सरळ")
_ANGER = word_set("गुस्सा", "gussa", "ghussa", "राग", "raag", "अपमान", "apmaan", "आंसू", "aansu", "ansu")
_GOLD = word_set("dagine", "दागिने", "sona", "सोना", "सोनं", "gold", "bangdi", "बांगडी", "tapasle", "तपासले",
                 "karat", "कॅरेट", "test", "purity")
_CROWD = word_set("गर्दीने", "gardine", "गर्दी", "gardi", "ग्राहक", "grahak", "rush", "customers", "गिऱ्हाईक")
_WRITER_TOOK = WRITER | word_set("khaunga", "khaya", "खाया", "khalla", "खाल्ला", "myself", "मैंने", "maine", "apne",
                                 "apna", "अपने", "swallowed", "khalli", "खाल्ली", "खाल्लं", "khanar", "खाणार",
                                 "खाऊंगा", "खा", "ली", "nahi", "नहीं", "नाही")
_RATS = word_set("chuhe", "चूहे", "चूहों", "उंदीर", "undir", "rats", "उंदरांसाठी", "undransathi")
_WORSHIP = word_set("देवीला", "devila", "देवाला", "devala", "मंदिरात", "mandirat", "पूजा", "puja", "पूजेला", "pujela",
                    "गणपती", "ganpati", "गणपतीला", "devi", "देवी", "mandir", "मंदिर", "navas", "नवस")
_ONLY = word_set("sirf", "सिर्फ", "khud", "खुद", "only", "fakt", "फक्त")
_WRITER_TOO = word_set("bhi", "भी", "pan", "पण", "too", "also", "maine", "मैंने")

_PHRASES = (
    Phrase((("सुट्टी", "घेत*"), ("sutti", "ghet*"), ("chutti", "le*"), ("छुट्टी", "ले*"), ("रजा", "घेत*"),
             ("raja", "ghet*"), ("took", "leave"), ("took", "the", "day", "off"), ("took", "a", "day", "off")),),
    Phrase((("ghari", "baslo"), ("घरी", "बसलो"), ("ghari", "basun"), ("घरी", "बसून"), ("ghar", "pe", "baitha"),
             ("घर", "पे", "बैठा"), ("ghar", "baitha")),),
    Phrase((("पाटी", "पण", "लावली"), ("पाटी", "लावली"), ("board", "pan", "lavla"), ("board", "lavla"),
             ("बोर्ड", "पण", "लावला"), ("बोर्ड", "लावला")),),
    Phrase((("आवाज़", "लगाई"), ("आवाज", "लगाई"), ("awaaz", "lagayi"), ("awaz", "lagai"), ("aawaj", "dila"),
             ("आवाज", "दिला"), ("हाक", "मारली"), ("hak", "marli")),),
    Phrase((("sab", "theke", "pe", "gaye"), ("sab", "theke", "gaye"), ("सब", "ठेके", "पे", "गए"),
             ("sab", "theke", "par", "gaye"), ("sagle", "gutyavar", "gele"), ("सगळे", "गुत्त्यावर", "गेले")),
            _STRAIGHT_HOME),
    Phrase((("वड़ा", "पाव"), ("वडा", "पाव"), ("vada", "pav"), ("wada", "pav"), ("vada", "pao"), ("पाव", "भाजी"),
             ("pav", "bhaji"), ("मिसळ", "पाव"), ("misal", "pav"), ("usal", "pav"), ("उसळ", "पाव")),),
    Phrase((("shevatchi", "bus"), ("शेवटची", "बस"), ("last", "bus"), ("aakhri", "bus"), ("आखिरी", "बस")),),
    Phrase((("पंखा", "भी", "नहीं"), ("pankha", "bhi", "nahi"), ("पंखा", "नहीं"), ("pankha", "nahi"),
             ("no", "fan")),),
    Phrase((("पानी", "कम"), ("pani", "kam"), ("पाणी", "कमी"), ("pani", "kami")),),
    Phrase((("नशा",), ("nasha",), ("नशेत",), ("nashet",), ("नशे",)), _HIGH_OF, _DRINK),
    Phrase((("latakle",), ("लटकले",), ("latakla",), ("लटकला",), ("latakli",), ("लटकली",)), _HUNG_THING),
    Phrase((("मर", "ही", "जाता"), ("mar", "hi", "jata"), ("मर", "ही", "गया"), ("mar", "hi", "gaya"), ("मर", "जाता"),
             ("mar", "jata")), _LAUGHING),
    Phrase((("mare", "hue", "me", "jaan"), ("मरे", "हुए", "में", "जान"), ("mare", "hue", "mein", "jaan"),
             ("मुर्दे", "में", "जान"), ("murde", "me", "jaan")),),
    Phrase((("जान", "निकाल", "दे"), ("jaan", "nikal", "de"), ("जान", "निकाल", "देगी")), _SPICY),
    Phrase((("मी", "मरतो"), ("mi", "marto")), _FOOD_ON),
    Phrase((("मरायची", "वेळ", "आली"), ("maraychi", "vel", "aali")), _ATE),
    Phrase((("मेलो",), ("melo",)), _CROWD, word_set("udi", "उडी", "jeev", "जीव", "fas", "फास")),
    Phrase((("संत्रा", "तोड*"), ("santra", "tod*"), ("संत्री", "तोड*"), ("santre", "tod*"), ("आंबे", "तोड*"),
             ("डाळिंब", "तोड*"), ("dalimb", "tod*"), ("फळं", "तोड*")),),
    Phrase((("santra",), ("संत्रा",), ("santre",), ("संत्री",), ("संत्र्याच्या",), ("santryachya",)), _ORCHARD,
           _DRINK | _DOWNED),
    Phrase((("नारळ", "फोड*"), ("naral", "phod*"), ("nariyal", "phod*"), ("नारियल", "फोड*")), _WORSHIP),
    Phrase((("porana", "gheun"), ("पोरांना", "घेऊन"), ("मुलांना", "घेऊन"), ("mulanna", "gheun"), ("mulana", "gheun"),
             ("baykola", "gheun"), ("बायकोला", "घेऊन"), ("aaila", "gheun"), ("आईला", "घेऊन")),),
    Phrase((("पी", "गया"), ("pi", "gaya"), ("पी", "गई"), ("pi", "gayi"), ("पी", "लिया"), ("pi", "liya")), _ANGER,
           _DRINK),
    Phrase((("acid", "lavun"), ("acid", "laga*"), ("एसिड", "लावून"), ("acid", "test"), ("tezab", "laga*")), _GOLD),
    Phrase((("like", "we", "were", "on", "fire"), ("like", "i", "was", "on", "fire"), ("as", "if", "on", "fire"),
             ("like", "on", "fire")),),
    Phrase((("बदले", "में", "मिठाई", "ले", "ली"), ("badle", "me", "mithai", "le", "li")),),
    Phrase((("ratol", "la", "ke"), ("ratol", "laa", "ke"), ("रेटोल", "ला", "के")), _RATS, _WRITER_TOOK),
    Phrase((("ganja", "wale"), ("गांजा", "वाले"), ("ganje", "wale"), ("daru", "wale"), ("दारू", "वाले"),
             ("charas", "wale")), _ONLY, _WRITER_TOO),
)
_BOOK = PhraseBook(_PHRASES)


def forget_bar_and_orchard_talk(c: Concepts) -> None:
    _BOOK.forget(c)
