"""Craving told by the drink in sight at work or on the way (round 19): a glass left half full
(the manager's, a guest's) that the eyes will not leave or the hand reaches for ("can't stop
looking at it", "nazar hat hi nahi rahi", "हात पुढे जातोय"), every shop on the way calling ("हर
दुकान बुलाती है", "every shop calls me"), circling the cart or the stall without buying ("thele
ke chakkar kaat raha hu", "टपरीभोवती फेऱ्या मारतोय"), and a smoke longed for ("sutta ka bahut
mann", "ek joint ki talab").

Quiet: a glass of water or juice (beverage), a face or a view one cannot stop looking at (no
glass or drink in the window), a shop in a sale or a market (shopping words), running around an
office or a bank ("bank ke chakkar": no stall), and a glass refused. Words and the rules that
read them (appended to the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR = Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    # The eyes that will not leave it.
    "eyes_stuck": ("cant stop looking", "can't stop looking", "cannot stop looking", "cant stop staring",
                   "can't stop staring", "cant take my eyes off", "can't take my eyes off", "eyes keep going",
                   "nazar hat nahi", "nazar hat hi nahi", "nazar nahi hat", "nazar hatt nahi", "नज़र हट नहीं",
                   "नज़र हट ही नहीं", "नजर हट नहीं", "नजर हट ही नहीं", "najar hatat nahi", "नजर हटत नाही",
                   "नजर हटेना", "najar hatena", "dola hatat nahi", "डोळा हटत नाही", "aankh nahi hat", "आंख नहीं हट"),
    # The hand that reaches for it.
    "hand_reaching": ("haat aage ja raha", "haath aage ja raha", "हाथ आगे जा रहा", "hath aage badh raha",
                      "हाथ आगे बढ़ रहा", "हात पुढे जातोय", "haat pudhe jatoy", "हात पुढे जात", "hat pudhe jatoy",
                      "hand keeps reaching", "my hand reaches", "keep reaching for it", "reaching for it"),
    # Every one of them.
    "every_one": ("har", "हर", "every", "each", "pratyek", "प्रत्येक", "saglya", "सगळ्या", "sagli", "सगळी"),
    # Shopping, not the drink: a sale, clothes, a market.
    "shopping": ("sale", "sales", "discount", "offer", "offers", "kapde", "कपड़े", "kapdyanchi", "कपड्यांची",
                 "clothes", "shoes", "mall", "market", "bazaar", "बाजार", "mithai", "मिठाई", "sweets", "shopping",
                 "rang", "रंग", "colour", "color", "dress", "ड्रेस", "silwana", "सिलवाना", "darzi", "दर्जी"),
    # A glass of water by its Marathi and Hindi genitive ("पाण्याचा ग्लास", "paani ka glass").
    "water_glass": ("पाण्याचा", "panyacha", "paanyacha", "पाण्याचे", "panyache", "paani ka", "पानी का", "pani ka",
                    "water"),
    # Going round and round it.
    "circling": ("chakkar kaat", "chakkar kat", "चक्कर काट", "chakkar laga", "चक्कर लगा", "chakkar mar",
                 "pherya martoy", "फेऱ्या मारतोय", "फेऱ्या मारत", "ferya marto", "ghirtya ghalto", "circling",
                 "kept circling", "walking around the"),
    # A smoke by its slang.
    "smoke_named": ("sutta", "सुट्टा", "sutte", "सुट्टे", "joint", "joints", "chillum", "चिलम"),
    # Longed for: "ka bahut mann", "ki talab".
    "smoke_wanted": ("ka bahut mann", "का बहुत मन", "ka mann", "का मन", "ka man", "ki talab", "की तलब",
                     "ki tadap", "की तड़प", "chi talap", "ची तलप", "cha khup man", "चा खूप मन", "craving"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_DRINK = ANY + ("glass_measure", "drunk_by_the_vessel", "measure", "drink_unit", "alcohol_maybe")

DRINK_IN_SIGHT: tuple[Combination, ...] = (
    # "guest ka aadha glass ... nazar hat hi nahi rahi", "मालकाचा ग्लास ... हात पुढे जातोय".
    # Not "food" nor "snack" as cancels: the lexicon's food holds "glass" and "drink", its snack
    # "ke" (the skeleton of "cake").
    Combination(CR, (_DRINK, _g("eyes_stuck", "hand_reaching")), 12, order=True,
                unless=_g("beverage", "water_glass"), unless_reach=3),
    # "रास्ते में हर दुकान बुलाती है".
    Combination(CR, (_g("every_one"), _g("shop_any", "liquor_place"), _g("drawn")), 6, order=True,
                unless=_g("shopping", "beverage"), unless_reach=4),
    # "thele ke chakkar kaat raha hu", "टपरीभोवती फेऱ्या मारतोय".
    Combination(CR, (_g("roadside_stall", "liquor_place"), _g("circling")), 4, order=True,
                unless=_g("beverage", "shopping"), unless_reach=3),
    # "sutta ka bahut mann", "ek joint ki talab".
    # A suit wanted ("सूट का मन", whose skeleton is "sutta"'s) is shopping.
    Combination(CR, (_g("smoke_named"), _g("smoke_wanted")), 1, order=True,
                unless=_g("shopping", "food", "beverage", "wedding", "cloth_errand"), unless_reach=4),
)
