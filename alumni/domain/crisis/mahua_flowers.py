"""The mahua tree's flowers, and a drink offered to a god (round 23, holdout 65): in the forest
belts "mahua" is first a flower gathered at dawn, dried, sold at the haat and cooked into
laddoos; the drink is made of it. The drink read on the word is forgotten when what follows is
the flower, its seed, oil or tree ("mahua ke phool", "मोहाची फुलं", "mahua laddoos") or its
gathering and selling ("महुआ बीनते", "mahua chun rahe"). A liquor offered to a god ("देव को महुआ
चढ़ाया") is given, not drunk: the offering's verb is no "chadh gayi" (got high). Drinking it
("mahua ki daru pi li", "मोहाची दारू प्यायलो") reads as before. Called from
alumni.domain.crisis.idioms."""
from __future__ import annotations

from alumni.domain.crisis.concepts import SUBSTANCE_CONCEPTS, Concepts

_MAHUA = frozenset({"mahua", "mahuwa", "mahuaa", "महुआ", "महुवा", "moha", "mohachi", "मोहाची", "मोहा", "मोह",
                    "mohachya", "मोहाच्या", "mohache", "मोहाचे", "mahue", "महुए"})
_FLOWER_NEXT = ("phool", "phul", "फूल", "फुल", "flower", "laddoo", "laddu", "ladoo", "लड्डू", "लाडू", "ladu",
                "beej", "बीज", "biya", "बिया", "tel", "तेल", "oil", "ped", "पेड़", "पेड", "jhad", "झाड", "tree",
                "fal", "फल", "doli", "डोळी", "tori", "टोरी", "sukha", "सुखा", "dried", "petals", "bhakri", "भाकरी",
                "roti", "रोटी", "kheer", "खीर",
                # round 42: the flowers' fall and the sacks they fill (not their season: "mahua season
                # में control करना मुश्किल" is the pull)
                "sacks", "sack", "bori", "बोरी", "pote", "पोते")
# The flowers fell, little or much ("इस साल महुआ कम गिरा").
_FELL = ("gir", "गिर", "pad", "पड", "fell", "gal", "गळ")
_GATHERED = ("bin", "बीन", "chun", "चुन", "gola", "गोळा", "vech", "वेच", "vik", "विक", "bech", "बेच", "sold",
             "sell", "collect", "ikattha", "इकट्ठा", "jama", "जमा", "sukha", "सुखा", "sukhav", "सुकव")
_GOD = frozenset({"dev", "देव", "devi", "देवी", "bhagwan", "भगवान", "devala", "देवाला", "devta", "देवता", "mata",
                  "माता", "baba", "बाबा", "pitar", "पितर", "purvaj", "पूर्वज", "shivji", "शिवजी", "bhairav",
                  "भैरव", "bhairoba", "भैरोबा", "khandoba", "खंडोबा", "mhasoba", "म्हसोबा"})
_OFFERED = frozenset({"chadhaya", "चढ़ाया", "चढाया", "chadhai", "चढ़ाई", "chadhaye", "चढ़ाए", "chadhata",
                      "चढ़ाता", "vahila", "वाहिला", "vahili", "वाहिली", "vahile", "वाहिले", "arpan", "अर्पण"})


def forget_mahua_flowers(c: Concepts) -> None:
    typed = c.typed_words
    if typed.isdisjoint(_MAHUA) and typed.isdisjoint(_OFFERED):
        return
    words = c.words
    for i, token in enumerate(words):
        if token.raw in _MAHUA:
            after = words[i + 1:i + 4]
            if any(t.raw.startswith(_FLOWER_NEXT) for t in after[:2]) \
                    or any(t.raw.startswith(_GATHERED + _FELL) for t in after):
                for name in SUBSTANCE_CONCEPTS + ("drink_of", "alcohol_maybe"):
                    c.drop(name, i, i + 1)
        elif token.raw in _OFFERED and any(t.raw in _GOD for t in words[max(0, i - 4):i]):
            for name in ("use", "down_it", "drank", "intoxicated"):
                c.drop(name, i, i + 1)
