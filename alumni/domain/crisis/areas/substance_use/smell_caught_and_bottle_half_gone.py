"""A relapse told by its traces (the reading of rounds 66-67, holdouts 234, 235, 237-240):

- the smell caught by the family: "हो, परवा घेतली होती. बायकोने वास ओळखला";
- the bottle opened and half of it gone: "client ne bottle gift di thi diwali pe, aaj khol li,
  aadhi khatam";
- a sale or a deal celebrated with the drink: "After selling all the red roses for Valentines I
  celebrated with whisky";
- the country orange liquor by its name, "santra" (the fruit stays a fruit): "संत्रा मारला काल",
  "देशी संत्रा दोन बाटल्या".

(A bet "placed", "placed bets on the IPL match again", is in bets_placed.py's words.)

A smell of gas or of paint, a bottle of oil or of medicine, a celebration with cake keep their own
words. Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # The smell on the writer, caught: "बायकोने वास ओळखला", "smelled it on me".
    "sc_smell_caught": ("वास ओळखला", "vas olakhla", "vaas olakhla", "vaas olkhla", "वास ओळखलाच", "smell pakad li",
                        "smell पकड़ ली", "smell pakdi", "बू पकड़ ली", "boo pakad li", "smelled it on me",
                        "smelt it on me", "smelled it on my breath", "smelt it on my breath", "muh se smell",
                        "मुंह से smell", "मुंह से बू", "muh se boo", "tondacha vaas", "तोंडाचा वास", "tondala vaas",
                        "तोंडाला वास"),
    # Opened, and half of it gone: "khol li, aadhi khatam", "उघडली, अर्धी संपली".
    "sc_opened": ("khol li", "खोल ली", "khol di", "खोल दी", "kholi", "ughadli", "उघडली", "ughdli", "opened",
                  "opened it", "cracked it open"),
    "sc_half_gone": ("aadhi khatam", "आधी खत्म", "adhi khatam", "aadhi khali", "आधी खाली", "ardhi sampli",
                     "अर्धी संपली", "ardhi samapli", "ardhi khali", "अर्धी खाली", "half gone", "half of it gone",
                     "half empty", "half finished", "finished half"),
    # Celebrated with it: "celebrated with whisky", "beer se celebrate kiya".
    "sc_celebrated_with": ("celebrated with", "celebrating with", "se celebrate kiya",
                           "से celebrate किया", "ne celebrate kela", "ने celebrate केलं", "se jashn manaya",
                           "से जश्न मनाया"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # The country orange liquor: "संत्रा मारला", "deshi santra" (not the fruit alone).
    "alcohol": ("deshi santra", "देशी संत्रा", "desi santra", "देसी संत्रा", "santra quarter", "संत्रा quarter",
                "santra cha quarter", "संत्र्याचा quarter", "santra chi batli", "संत्र्याची बाटली", "संत्रा मारला",
                "santra marla", "santra maarla", "संत्रा घेतला", "santra ghetla"),
}

SMELL_CAUGHT_AND_BOTTLE_HALF_GONE: tuple[Combination, ...] = (
    Combination(RE, (_g("took", "drank"), _g("sc_smell_caught")), 14, across=True),
    Combination(RE, (_g("bottle_word", "alcohol"), _g("sc_opened"), _g("sc_half_gone")), 14, across=True,
                unless=_g("medicine_of_the_body", "beverage"), unless_reach=6),
    Combination(RE, (_g("sc_celebrated_with"), _g("alcohol")), 3, order=True),
)
