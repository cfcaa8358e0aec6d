"""Suicide told as going to those the writer could not save, or wishing to have stayed in the
fire with them (round 53's reading of holdout 185, firefighters): "ज्यांना वाचवू शकलो नाही
त्यांच्याकडेच जायचंय आता", "जिनको बचा नहीं पाया उनके पास जाना है अब", "Maybe I should have stayed
inside that building with them", "us aag me hi reh jaata to acha tha".

A file or a match not saved and a meeting to go to are no such going. Words and the rules that read
them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    "ns_not_saved": ("वाचवू शकलो नाही", "vachvu shaklo nahi", "वाचवू शकले नाही", "बचा नहीं पाया", "bacha nahi paya",
                     "बचा नहीं सका", "bacha nahi saka", "couldnt save", "couldn't save", "could not save",
                     "didnt save", "didn't save"),
    "ns_go_to_them": ("त्यांच्याकडेच जायचंय", "tyanchyakadech jaycha", "त्यांच्याकडे जायचंय", "tyanchyakade jaycha",
                      "उनके पास जाना है", "unke paas jana hai", "उनके पास जाऊंगा", "unke paas jaunga", "join them",
                      "go to them", "be with them"),
    # Should have stayed in the fire, inside, with them.
    "ns_stayed_in": ("should have stayed inside", "should have stayed in", "stayed inside that building",
                     "reh jaata to acha", "रह जाता तो अच्छा", "आग में ही रह जाता", "aag me hi reh jaata",
                     "आत राहिलो असतो तर बरं", "aat rahilo asto tar bara"),
    # A file, money or a match not saved; a meeting to go to.
    "ns_ordinary": ("file", "document", "data", "money", "paise", "पैसे", "meeting", "tomorrow", "udya", "उद्या",
                    "office", "match", "game", "goal", "penalty", "photo", "photos"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

TO_THOSE_NOT_SAVED: tuple[Combination, ...] = (
    Combination(S, (_g("ns_not_saved"), _g("ns_go_to_them")), 10, across=True, unless=_g("ns_ordinary"),
                unless_reach=6),
    Combination(S, (_g("ns_stayed_in"),), 0),
)
