"""Using again told by a worker at a bar, a party or a store (round 19): the leftovers in the
guests' glasses finished ("finished the leftovers in the glasses", "glass me bachi hui pee li",
"ग्लासातली उरलेली संपवली"), a half-bottle ("addha") handed over and finished ("एक अद्धा दिया,
खत्म कर दिया", "half bottle mila, raat ko khatam"), and bottles made to vanish from the stock
("2 batlya gayab kelya", "do botal gayab kar di", "made two bottles disappear").

Quiet: water, juice or soda left over (beverage), glasses washed or cleared (the verb is no
drinking), a half-bottle refused or handed back (the negation and quitting readings), and
bottles that went missing without the writer making them go ("2 batlya gayab zhalya") or made
to go by someone else (others, third_person). Words and the rules that read them (appended to
the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # What the guests left in their glasses.
    "leftover_drink": ("leftovers", "leftover", "left over", "left overs", "whatever was left", "dregs",
                       "bachi hui", "bachi huyi", "बची हुई", "बचा हुआ", "bacha hua", "bachi-khuchi", "बची-खुची",
                       "jhoothi", "jhuthi", "जूठी", "urleli", "urlela", "urlele", "उरलेली", "उरलेला", "उरलेले",
                       "urlelya", "उरलेल्या", "ushti", "उष्टी"),
    # A half-bottle by its trade name ("addha"), only after "ek": "अद्धा" alone folds to the
    # skeleton of "add" ("group me add diya").
    "half_bottle": ("ek addha", "एक अद्धा", "ek adha botal", "addha botal", "अद्धा बोतल", "ek addhi", "एक अद्धी",
                    "half bottle", "half a bottle", "a half bottle", "adhi botal",
                    "आधी बोतल", "aadhi botal", "ardhi batli", "अर्धी बाटली", "ardha khamba", "अर्धा खंबा",
                    "adha khamba"),
    # Made to vanish by the writer: "gayab kelya", "gayab kar di", "made them disappear".
    "made_to_vanish": ("gayab kelya", "gayab keli", "gayab kela", "gayab kele", "गायब केल्या", "गायब केली",
                       "गायब केला", "गायब केले", "gayab kar di", "gayab kar diye", "gayab kar diya", "gayab kiye",
                       "गायब कर दी", "गायब कर दिए", "गायब कर दिया", "गायब किए", "गायब किये", "made disappear",
                       "made them disappear", "made it disappear", "made two disappear", "vanish kar di",
                       "uda di", "uda diye", "उड़ा दी", "उड़ा दिए", "udavlya", "उडवल्या"),
    # "made ... disappear" in English: the verb before the bottles.
    "made_en": ("made", "make"),
    "vanish_en": ("disappear", "vanish", "go missing"),
    # Bottles that vanished by another's hand, or bottles of water.
    "vanished_otherwise": ("someone", "somebody", "kunitari", "कुणीतरी", "koni tari", "kisi ne", "किसी ने", "chor",
                           "चोर", "thief", "mulanni", "मुलांनी", "ladkon ne", "लड़कों ने", "staff ne", "panyachya",
                           "पाण्याच्या", "paani ki", "पानी की", "water", "cold drink", "soda", "magician", "magic",
                           "jadugar", "जादूगर", "trick"),
    # Glasses cleared, not drunk from.
    "glasses_cleared": ("washed", "wash", "cleaned", "cleared", "collected", "dhoye", "धोए", "dhuvle", "धुतले",
                        "dhutle", "uchalle", "उचलले", "saaf kiye", "साफ किए"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_FINISHED = _g("finished_off", "down_it", "drank", "drank_bare", "took")
_VESSEL = ANY + ("glass_measure", "drunk_by_the_vessel", "measure", "drink_unit")

SERVED_AND_FINISHED: tuple[Combination, ...] = (
    # "finished the leftovers in the glasses", "ग्लासातली उरलेली संपवली", "bachi hui pee li".
    Combination(RE, (_g("leftover_drink"), _VESSEL, _FINISHED), 6,
                unless=_g("beverage", "glasses_cleared", "food", "snack", "others", "third_person"),
                unless_reach=4),
    Combination(RE, (_FINISHED, _g("leftover_drink"), _VESSEL), 5, order=True,
                unless=_g("beverage", "glasses_cleared", "food", "snack", "others", "third_person"),
                unless_reach=4),
    # "एक अद्धा दिया, रात को खत्म कर दिया", "got a half bottle and finished it".
    Combination(RE, (_g("half_bottle"), _FINISHED), 8, order=True,
                unless=_g("beverage", "quit", "others", "third_person"), unless_reach=4),
    # "2 batlya gayab kelya", "do botal gayab kar di": the stock made to vanish by the writer.
    Combination(RE, (_VESSEL + ("two_of", "bottles_plural", "bottle_word"), _g("made_to_vanish")), 3, order=True,
                unless=_g("beverage", "others", "third_person", "vanished_otherwise"), unless_reach=4),
    # "made two bottles disappear from the stock".
    Combination(RE, (_g("made_en"), _VESSEL + ("bottles_plural", "bottle_word"), _g("vanish_en", "disappear")), 3,
                order=True, unless=_g("beverage", "others", "third_person", "vanished_otherwise"), unless_reach=4),
)
