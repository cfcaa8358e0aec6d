"""White cloth is no white powder (round 17): "safed kapda", "सफेद कुर्ता", "white shirt". The
lexicon reads "safed", "सफ़ेद" and "white" as a powder, a drug's street name, so that "safed
mil gaya" or "white le li" is read as using; before a garment or a length of cloth the colour
is the cloth's, and buying it ("safed kapda kharid liya" for a wedding, a puja or one's own
shroud) is no drug bought. Only the powder read on the colour itself is forgotten: the same
word before anything else ("safed ki pudi", "white line") stays a powder. Round 36 (painters):
the colour of a paint is no powder either, "2 dabba white primer liya", "safed rang", "white
cement". Called early from alumni.domain.crisis.idioms."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.word_context import next_word_in

_COLOUR = frozenset({"safed", "safaid", "सफेद", "सफ़ेद", "white", "pandhra", "pandhara", "पांढरा",
                     "पांढरं", "पांढरे", "पांढरी"})
_CLOTH = frozenset({
    "kapda", "kapde", "kapada", "कपड़ा", "कपड़े", "कपडा", "कपडे", "kapad", "कापड", "kurta", "kurte",
    "कुर्ता", "कुर्ते", "shirt", "shirts", "शर्ट", "dhoti", "धोती", "saree", "sari", "साड़ी", "साडी", "chadar",
    "चादर", "dupatta", "दुपट्टा", "topi", "टोपी", "pyjama", "पायजामा", "cloth", "dress", "uniform", "t-shirt",
    "tshirt", "pant", "pants", "shoes", "socks", "bedsheet", "towel", "रुमाल", "rumal", "kafan", "कफन", "कफ़न",
    # A paint and what it is put on (round 36).
    "primer", "प्राइमर", "paint", "पेंट", "rang", "रंग", "colour", "color", "कलर", "enamel", "emulsion",
    "distemper", "cement", "सीमेंट", "putty", "पुट्टी", "wall", "deewar", "दीवार", "coat", "polish",
})


def forget_white_cloth(c: Concepts) -> None:
    words = c.words
    for hit in c.of("powder"):
        if words[hit.start].raw in _COLOUR and next_word_in(words, hit, _CLOTH):
            c.drop("powder", hit.start, hit.end)
