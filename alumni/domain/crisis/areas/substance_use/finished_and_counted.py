"""Using again told by what was finished or how many times (round 18): a count of quarters,
bottles or "khambe" finished ("2 quarter khatam", "दोन खंबे रिचवले", "तीन बाटल्या संपवल्या"),
a count of drinks that "happened" in Marathi's feminine plural ("3 beer झाल्या"), one drink
on another ("beer वर beer", "peg pe peg", "drink after drink"), drinking admitted by the times
("do baar pi", "दोनदा प्यायलो", "drank twice"), and "full tight" in Devanagari ("full टाईट").

Quiet: water or tea by the bottle, a medicine's dose by the times a day ("din me do baar pi
lena"), a business quarter or a syllabus finished, a shop's stock, others' rounds (the
others_drinking reading), a wish or a craving (the craving rules read those), and the counts
denied by negation. Words and the rules that read them (appended to the area's COMBINATIONS by
rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE


def _upon(units: tuple[str, ...], links: tuple[str, ...]) -> tuple[str, ...]:
    """One drink on another, the same word either side of the link: "peg pe peg"."""
    return tuple(f"{u} {link} {u}" for u in units for link in links)


_UNITS = ("beer", "बियर", "बीयर", "peg", "पेग", "पैग", "glass", "ग्लास", "gilas", "गिलास", "bottle", "botal",
          "बोतल", "batli", "बाटली", "quarter", "क्वार्टर", "shot", "शॉट", "drink", "round", "can", "khamba",
          "खंबा", "kash", "कश", "joint")

NEW: dict[str, tuple[str, ...]] = {
    # A count typed as the digit 2, which the spelling reads as "to": "2 quarter", "2 beer".
    "two_of": tuple(f"2 {u}" for u in ("quarter", "quarters", "bottle", "bottles", "botal", "batli", "batlya", "beer",
                                       "beers", "can", "cans", "peg", "pegs", "khambe", "glass", "glasses", "shots",
                                       "बाटल्या", "बोतल", "बियर", "खंबे", "पेग", "क्वार्टर", "large", "लार्ज")),
    # Finished, drained: "khatam", "रिचवले" (quaffed, Marathi), "saaf".
    "finished_off": ("khatam", "khatm", "खत्म", "ख़त्म", "khatam kiye", "khatam kar diye", "खत्म कर दिए",
                     "richavle", "richavla", "richavli", "richvle", "रिचवले", "रिचवला", "रिचवली", "रिचवल्या",
                     "sampavlya", "संपवल्या", "saaf", "साफ", "saaf kar diye", "साफ कर दिए", "finished",
                     "polished off", "downed", "emptied", "khali", "खाली", "rikamya", "रिकाम्या"),
    # One on another: "beer var beer", "peg pe peg", "drink after drink".
    "one_upon_another": (_upon(_UNITS, ("var", "वर", "pe", "पे", "par", "पर", "after", "ke baad", "के बाद"))
                         + ("peg pe peg chadhaye", "एकावर एक पेग", "ekavar ek peg")),
    # By the times: "do baar", "दोनदा", "twice".
    "times_over": ("donda", "दोनदा", "tinda", "तीनदा", "charda", "चारदा", "kai baar", "कई बार", "do teen baar",
                   "दो तीन बार", "2 baar", "3 baar", "2 times", "two times", "a few times", "couple of times",
                   "char baar", "चार बार", "tin vela", "तीन वेळा", "kitek vela", "कितीतरी वेळा"),
    # A quarter of the year, a syllabus, a series, a bottle by the litre: what else is "finished" by
    # the count.
    "counted_otherwise": ("result", "results", "sales", "target", "targets", "financial", "fiscal", "profit",
                          "revenue", "timahi", "तिमाही", "syllabus", "chapter", "chapters", "semester",
                          "episode", "episodes",
                          # A bottle measured in litres is water's or a soft drink's ("1 litre bottle khatam").
                          "litre", "litres", "liter", "liters", "ltr", "लीटर", "लिटर"),
}

# Words added to the area's own lists (slipping.py, taking_it.py).
NEW |= {
    # "खंबे", the plural of the Marathi "khamba" (a full bottle).
    "measure": ("khambe", "खंबे", "khambya", "खंब्या"),
    # Marathi's feminine plural of having happened: "3 beer झाल्या", "दोन बाटल्या झाल्या".
    "happened": ("jhalya", "zalya", "झाल्या"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # "full टाईट" folds to "full tite", not to the Latin "full tight".
    "intoxicated": ("full tite", "फुल टाईट", "फुल टाइट", "full tait", "fully tight"),
}

_DRINK = ANY + ("measure", "drink_unit", "bottle_word", "bottles_plural", "glass_measure")
_HARMLESS = _g("beverage", "counted_otherwise", "price", "not_taken", "want", "craving", "fear", "others",
               "third_person", "story")

FINISHED_AND_COUNTED: tuple[Combination, ...] = (
    # "2 quarter khatam", "दोन खंबे रिचवले", "तीन बाटल्या संपवल्या", "finished 3 beers".
    Combination(RE, (_g("small_count", "a_one"), _DRINK, _g("finished_off", "down_it")), 3, order=True,
                unless=_HARMLESS, unless_reach=4),
    Combination(RE, (_g("two_of"), _g("finished_off", "down_it", "happened")), 2, order=True, unless=_HARMLESS,
                unless_reach=4),
    Combination(RE, (_g("finished_off", "down_it"), _g("small_count"), _DRINK), 2, order=True,
                unless=_HARMLESS, unless_reach=4),
    # "3 beer झाल्या", "do can ho gaye".
    Combination(RE, (_g("small_count"), _DRINK, _g("happened")), 2, order=True, unless=_HARMLESS),
    # "beer वर beer", "peg pe peg", "drink after drink".
    # The others' rounds ("beer var beer ghetlya mitranni, mi fakt soda") are theirs.
    Combination(RE, (_g("one_upon_another"),), unless=_g("others", "drinkers", "third_person", "story", "want",
                                                          "craving"), unless_reach=3),
    # "pichle hafte do baar pi", "दोनदा प्यायलो", "drank twice".
    Combination(RE, (_g("repeat_count", "times_over"), _g("drank_bare", "drank")), 1, order=True,
                unless=_g("beverage", "medical", "pills", "pills_by_course", "others", "third_person", "want"),
                unless_reach=6),
    Combination(RE, (_g("drank"), _g("repeat_count", "times_over")), 2, order=True,
                unless=_g("beverage", "medical", "pills", "pills_by_course", "others", "third_person", "want"),
                unless_reach=6),
)
