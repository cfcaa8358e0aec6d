"""Suicide said as ending it, with nothing named to end: fate's sufferings ended tonight ("आज
रात्री सगळे भोग संपवतो"), the one thought all day, to end it ("तोच विचार असतो, संपवायचा"), ended
inside and now to be ended outside too ("aatun sampun gelo. ata baherun pan sampvaycha").

What keeps it quiet is named beside it: the work, a file, a series, a book, a meal or a debt,
which is what one finishes tonight.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # To end it, with no object: "संपवायचा", "भोग संपवतो", "sampvaycha".
    "hinted_end_it": (
        "sampvaycha", "संपवायचा", "sampvaychay", "संपवायचंय", "sampvaych", "संपवायचं", "bhog sampavto",
        "भोग संपवतो", "bhog sampavnar", "भोग संपवणार", "sagle bhog", "सगळे भोग", "baherun pan", "बाहेरून पण",
        "sab khatam karna hai", "सब खत्म करना है", "khatam karna hai", "ख़त्म करना है", "खत्म करना है",
        "end it", "end it all", "ending it",
    ),
    # When, or how long the thought stays: tonight, all day, the same thought.
    "hinted_when_or_thought": (
        "aaj ratri", "आज रात्री", "aaj raat", "आज रात", "tonight", "divasbhar", "दिवसभर", "din bhar", "दिन भर",
        "all day", "toch vichar", "तोच विचार", "tech vichar", "तेच विचार", "wahi khayal", "वही ख्याल", "wahi vichar",
        "same thought", "aatun", "आतून", "andar se", "अंदर से", "inside",
    ),
    # What one finishes tonight: the work, a file, a series, a meal, a debt.
    "hinted_finished_thing": (
        "kaam", "काम", "work", "file", "फाइल", "series", "episode", "book", "pustak", "पुस्तक", "khana", "खाना",
        "jevan", "जेवण", "plate", "karz", "कर्ज", "karja", "emi", "loan", "project", "assignment", "syllabus",
        "homework", "paper", "report", "chapter", "game", "level", "story", "movie", "film", "season", "bottle",
        "relationship", "nata", "नातं", "rishta", "रिश्ता", "bhandan", "भांडण", "jhagda", "झगड़ा",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

ENDING_IT_TONIGHT: tuple[Combination, ...] = (
    # Ending it, with nothing named, tonight or as the day's one thought.
    Combination(S, (_g("hinted_end_it"), _g("hinted_when_or_thought")), 12, across=True,
                unless=_g("hinted_finished_thing"), unless_reach=5),
)
