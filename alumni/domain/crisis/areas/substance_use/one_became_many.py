"""Using again told by the limit that did not hold (round 15): "just one" said, and then a
number or a bottle gone ("fakt ek peg mhanat hoto, char zale", "बस एक पेग कहा था, पांच हो गए",
"ek hi bola tha khud se, puri bottle khatam kar di"), and bottles finished in a sitting
("corex ki do botlen khatam kar di raat me", "finished two bottles of corex in a night").

The promise of one is the writer's own: what was counted afterwards is what was taken. A tea or
a juice counted the same way stays quiet, and so do bottles someone else finished. Words and
the rules that read them (appended to the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # More than one: a number past one, in figures or words, or half or all of a bottle.
    "more_than_one": ("re:[2-9]", "re:[1-9][0-9]", "re:[२-९]", "दो", "don", "दोन", "teen", "तीन", "char", "चार",
                      "chaar", "paanch", "panch", "पांच", "पाच", "saha", "सहा", "three",
                      "four", "five", "six", "seven", "eight", "several", "a few", "many", "कई", "anek",
                      "अनेक"),
    # A drink or a smoke by the unit it is taken in.
    "drink_unit": ("peg", "pegs", "पेग", "shot", "shots", "शॉट", "ghoont", "घूंट", "sip", "sips", "kash", "कश",
                   "drag", "drags", "puff", "puffs", "sutta", "सुट्टा", "hit", "hits", "beer", "beers", "बीयर",
                   "quarter", "क्वार्टर", "can", "cans", "pint", "pints", "large", "joint", "joints"),
    # "One" said to oneself: "bola", "म्हणत", "told myself", "socha".
    "said_to_self": ("bola", "bola tha", "बोला", "bolla", "bolalo", "बोललो", "mhanat", "म्हणत", "mhanala",
                     "mhatla", "म्हटलं", "kaha", "कहा", "kaha tha", "socha", "सोचा", "socha tha", "vatla", "वाटलं",
                     "said", "told myself", "i said", "thought", "promised myself",
                     # round 30: "ekach beer mhanun 5 zalya" (saying "just one")
                     "mhanun", "म्हणून"),
    # Bottles, more than one by the plural.
    "bottles_plural": ("bottles", "batlya", "बाटल्या", "botlen", "बोतलें", "botle", "shishya", "शिश्या",
                       "bottlan", "बॉटल्स"),
    # In one sitting: a night, one go, till morning.
    "one_sitting": ("ek raat", "एक रात", "ek ratrit", "एका रात्रीत", "eka ratrit", "eka night", "एका night",
                    "one night", "a night", "in a night", "overnight", "ek baar me", "ek jhatke me",
                    "in one go", "one go", "subah tak", "सुबह तक", "sakal paryant", "सकाळपर्यंत", "till morning",
                    "by morning"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

# Someone else's drinking or a drink refused; a tea counted the same way ("fakt ek chai bolla
# ani 3 zale") where the count is not a bottle's.
_NOT_THE_WRITERS = ("others", "quit", "trade_or_verdict")

ONE_BECAME_MANY: tuple[Combination, ...] = (
    # "ONE beer turned into six" (round 57's reading): the one drink, and what it became.
    Combination(RE, (_g("one_unit", "a_one"), ANY + ("measure", "drink_unit"), _g("became_more"), _g("more_than_one")), 6,
                order=True, unless=_g("beverage", "food", *_NOT_THE_WRITERS)),
    # "fakt ek peg mhanat hoto, char zale", "just one shot, i said, and then six happened", "bas ek
    # bola tha, paanch peg ho gaye": one drink promised, more taken; a snack counted the same way
    # is no drink.
    Combination(RE, (ANY + ("measure", "drink_unit"), _g("said_to_self", "keeps_saying"), _g("more_than_one"),
                     _g("happened", "down_it", "end", "came_about", "strike", "took", "use")), 10, order=True,
                across=True, unless=_g("beverage", "food", *_NOT_THE_WRITERS)),
    Combination(RE, (_g("one_unit", "a_one"), _g("said_to_self", "keeps_saying"), _g("more_than_one"),
                     ANY + ("measure", "drink_unit")), 10, order=True, across=True,
                unless=_g("beverage", "food", *_NOT_THE_WRITERS)),
    # "ek hi bola tha khud se, puri bottle khatam kar di".
    Combination(RE, (_g("one_unit", "a_one"), _g("said_to_self", "keeps_saying"), _g("bottle_word"),
                     _g("down_it", "end")), 10, order=True, across=True, unless=_g(*_NOT_THE_WRITERS)),
    # "3 bottle beer khatam ki", "corex ki botlen khatam kar di", "finished 3 bottles of corex".
    Combination(RE, (ANY + ("syrup_name",), _g("bottles_plural"), _g("down_it", "end")), 4,
                unless=_g(*_NOT_THE_WRITERS)),
    Combination(RE, (ANY + ("syrup_name",), _g("more_than_one"), _g("bottle_word"), _g("down_it", "end")), 5,
                unless=_g(*_NOT_THE_WRITERS)),
    Combination(RE, (_g("more_than_one"), _g("bottle_word"), ANY + ("syrup_name",), _g("down_it", "end")), 5,
                order=True, unless=_g(*_NOT_THE_WRITERS)),
)
