"""Using again told by what was finished and how (round 15: holdout 42): bottles of cough
syrup finished ("2 bottles संपवल्या एका रात्रीत", "do sheeshi khatam kar di"), a bottle gone by
morning ("subah tak adhi bottle khatam thi"), the intoxicating kind of tablet taken for days
("dost ne tablet di, nasha wali. teen din se le raha hu"), and sitting down to drink, which
tells the session begun ("roze khatam hote hi pine baith gaya", "प्यायला बसलो"). Words and the
rules that read them (appended to the area's COMBINATIONS by rules.py).

A bottle of water or of medicine finished by morning, tea or water sat down to, a syrup taken
as the doctor said with no count of bottles, and an intoxicating tablet refused ("nashe wali
goli nahi li") stay quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # Of the intoxicating kind: "nasha wali", "नशीली", "गुंगीची".
    "intoxicating": ("nasha wali", "nashe wali", "nashe wala", "nasha wala", "नशा वाली", "नशे वाली", "नशे वाला",
                     "nashe ki", "नशे की", "nashili", "nasheeli", "नशीली", "नशीला", "nashyachi", "नशेची",
                     "gungichi", "गुंगीची", "gungi wali", "गुंगी वाली", "intoxicating", "the kind that gets you high"),
    # More than one bottle, or a whole one: "2 bottles", "दोन बाटल्या", "पूरी बोतल".
    "bottles_many": ("bottles", "बाटल्या", "batlya", "botlya", "बोतलें", "botalen", "bottlen", "शीशियां",
                     "sheeshiyan", "puri bottle", "पूरी बोतल", "poori bottle", "akkhi batli", "अख्खी बाटली",
                     "whole bottle", "full bottle", "puri batli", "poori batli", "पुरी बाटली", "पूरी बाटली",
                     "purn batli", "पूर्ण बाटली", "ardhi batli", "अर्धी बाटली", "half bottle", "aadhi bottle",
                     "आधी बोतल"),
    # Was gone, empty: the bottle found finished ("khatam thi", "संपली होती", "was empty").
    "was_gone": ("khatam thi", "khatm thi", "खत्म थी", "ख़त्म थी", "khatam ho gayi", "khatam ho gai", "खत्म हो गई",
                 "khatam ho chuki", "खत्म हो चुकी", "sampli hoti", "संपली होती", "sampli", "संपली", "संपलेली",
                 "samplele", "khali thi", "खाली थी", "khali ho gayi", "खाली हो गई", "rikami zali", "रिकामी झाली",
                 "rikami hoti", "रिकामी होती", "was gone", "was empty", "was finished", "was done"),
    # Sat down (to drink): "pine baith gaya", "प्यायला बसलो".
    "sat_down_to": ("baith gaya", "baith gya", "बैठ गया", "baith gaye", "बैठ गए", "baitha", "बैठा", "baith jata",
                    "बैठ जाता", "baslo", "बसलो", "basle", "बसले", "baslot", "बसलोत", "sat down"),
    # What else comes in a bottle ("beverage" also holds "tak", which "subah tak" uses).
    "bottle_of_else": ("pani", "paani", "पानी", "पाणी", "water", "tel", "तेल", "oil", "shampoo", "शैम्पू",
                       "doodh", "dudh", "दूध", "milk", "dawai", "dawa", "दवाई", "दवा", "aushadh", "औषध",
                       "medicine", "juice", "जूस", "cold drink", "pepsi", "coke", "sharbat", "phenyl", "sanitizer",
                       "perfume", "ink", "gas", "cylinder"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

FINISHED_OVERNIGHT: tuple[Combination, ...] = (
    # "cough syrup च्या 2 bottles संपवल्या": bottles of the syrup, counted and finished.
    Combination(RE, (_g("syrup_name"), _g("bottles_many"), _g("down_it")), 6),
    # "subah tak adhi bottle khatam thi": a bottle of drink gone by morning.
    Combination(RE, (_g("by_morning"), _g("alcohol", "bottle_word"), _g("was_gone", "down_it")), 5,
                unless=_g("bottle_of_else")),
    # "pine baith gaya", "pyayla baslo": sat down to drink.
    Combination(RE, (_g("drink_verb"), _g("sat_down_to")), 1, order=True, unless=_g("beverage", "bottle_of_else")),
    # "tablet di, nasha wali. teen din se le raha hu": the intoxicating tablet, taken.
    Combination(RE, (_g("pills"), _g("intoxicating"), _g("take_any", "use", "eat")), 8, across=True),
)
