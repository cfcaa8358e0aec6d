"""Craving said through a longing (round 17, holdouts 47 and 48): the drink seen even in one's
sleep ("स्वप्नात पण दारू दिसते", "sapne me bhi botal dikhti hai"), an old habit missed today
("whisky ki aadat thi, aaj yaad aa rahi"), the others' drink and the writer thinking only of
it, the pill the soul aches for ("गोळीसाठी तळमळतो", "goli ke liye tadap raha hu"), and the
feet that turn to the shop ("pay tikde valtat").

A habit told as the past with nothing missed now stays with the other rules, and the wanting
denied ("ab yaad bhi nahi aati") cancels as any craving's. Words and the rules that read them
(appended to the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR = Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    # Even in one's sleep or dreams.
    "seen_in_sleep": ("zopet pan", "झोपेत पण", "zopet suddha", "झोपेत सुद्धा", "zopet", "झोपेत", "swapnat", "स्वप्नात",
                      "swapnat pan", "sapne me", "सपने में", "sapno me", "सपनों में", "sapne mein", "neend me bhi",
                      "नींद में भी", "in my dreams", "in my sleep", "in my dream", "even in sleep", "even in my sleep"),
    # Seen, appearing: "disate", "dikhti hai", "see it".
    "seen_there": ("disate", "दिसते", "distey", "दिसतेय", "disto", "दिसतो", "distat", "दिसतात", "dikhti", "दिखती",
                   "dikhta", "दिखता", "dikhte", "दिखते", "dikhai deti", "दिखाई देती", "aati hai", "see it", "see them",
                   "seeing it", "see bottles", "dream about", "dream of", "dreaming of", "dreaming about"),
    # Thinking of nothing else.
    "thought_only_of": ("thinking only about it", "thinking only of it", "only thinking about it", "only think about it",
                        "can only think of it", "can only think about it", "cant stop thinking about it",
                        "can't stop thinking about it", "can not stop thinking about it", "thinking about nothing else",
                        "sirf usi ke bare me", "sirf usi ke baare me", "सिर्फ उसी के बारे में", "bas usi ke bare me",
                        "बस उसी के बारे में", "dimag me wahi", "दिमाग में वही", "tyachach vichar", "त्याचाच विचार",
                        "tyachach vichaar", "डोक्यात तेच", "dokyat tech", "dokyat techa"),
    # The soul aching for it.
    "aching_for": ("talmalto", "talmaltoy", "talmalte", "तळमळतो", "तळमळतोय", "तळमळते", "तळमळत", "talmalat",
                   "tadap raha", "tadap rahi", "तड़प रहा", "तड़प रही", "तडप रहा", "tadap raha hu", "tars raha",
                   "tars rahi", "तरस रहा", "तरस रही", "aching for", "pining for", "longing for", "yearning for"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

NEW |= {
    # The feet that turn there of themselves, the present plural pull_of_the_occasion.py's
    # "feet_stop" does not spell.
    "feet_turn_there": ("पाय तिकडे वळतात", "pay tikde valtat", "paay tikde valtat", "pay tikade valtat",
                  "paay tikade valtat", "पाय तिकडे वळतो", "पाय तिकडं वळतात", "pair udhar mud jaate",
                  "पैर उधर मुड़ जाते", "pair udhar mud jate", "pair wahan chale jaate", "पैर वहां चले जाते",
                  "feet turn that way", "feet take me there"),
}

_SUB = _g(*ANY) + _g("alcohol_maybe", "bottle_word")
_PILLS = _g("pills", "pill_count", "sedatives", "opioids")

LONGED_FOR: tuple[Combination, ...] = (
    # "स्वप्नात पण दारू दिसते", "sapne me bhi botal dikhti hai".
    Combination(CR, (_SUB, _g("seen_in_sleep"), _g("seen_there")), 5, across=True),
    # "whisky ki aadat thi, aaj yaad aa rahi".
    Combination(CR, (_SUB, _g("habit_formed"), _g("remembering")), 10, order=True, across=True),
    # "friends are out drinking ... thinking only about it".
    Combination(CR, (_SUB, _g("thought_only_of")), 20, across=True),
    # "गोळीसाठी तळमळतो", "daru ke liye tadap raha hu".
    Combination(CR, (_SUB + _PILLS, _g("aching_for")), 4, across=True),
    # "बार जवळ आहे, पाय तिकडे वळतात".
    Combination(CR, (_g("liquor_place", "drink_place", "bar_inflected", "at_the_shop", "alcohol"), _g("feet_turn_there")), 10,
                across=True),
)
