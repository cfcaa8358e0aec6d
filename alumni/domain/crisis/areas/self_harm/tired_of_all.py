"""Suicide said as exhaustion with everything and no will to go on: tired of everything, not of
one thing ("tired of everything ... just dont want to keep doing this", "bas thak gaya hu sabse.
ab aur nahi hota mujhse", "सगळ्याचा कंटाळा आलाय, काहीच point नाही"); no strength left to
fight and defeat accepted ("अब और लड़ने की ताक़त नहीं। हार मान ली"); this life not to be run
any longer ("ये life अब और नहीं चलानी"); no meaning in living ("zagadnyat arth nahi"). Tired of
everything on its own is read too (thirty-sixth session): ambiguous, so it reaches a person.

What keeps it quiet is named beside it, close to the words: a job, a diet, a gym, a course, the
traffic or the cooking (tired of one thing, not of living); a match or a game (defeat accepted).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Tired of everything: "thak gaya hu sabse", "सगळ्याचा कंटाळा", "tired of it all".
    "hinted_tired_of_all": (
        "tired of everything", "tired of it all", "tired of all this", "fed up of everything",
        "fed up with everything", "sick of everything", "thak gaya hu sabse", "थक गया हूं सबसे", "थक गया हूँ सबसे",
        "sabse thak gaya", "सबसे थक गया", "sab se thak gaya", "thak gayi hu sabse", "थक गई हूं सबसे",
        "sab se ub gaya", "सब से ऊब गया", "सबसे ऊब गया", "saglyacha kantala", "सगळ्याचा कंटाळा",
        "saglyacha kantalа", "saglya goshticha kantala", "सगळ्या गोष्टींचा कंटाळा", "saglyala kantalo",
        "सगळ्याला कंटाळलो", "thaklo saglyala", "थकलो सगळ्याला", "karte karte thak gaya", "करते करते थक गया",
        "करते करते थक गई", "sagla karun baghitla", "सगळं करून बघितलं", "tried everything",
    ),
    # The same said alone, without "tried everything" (which is often a sobriety's story).
    "hinted_tired_of_everything": (
        "tired of everything", "tired of it all", "sick of everything", "fed up of everything", "fed up with everything",
        "thak gaya hu sabse", "थक गया हूं सबसे", "थक गया हूँ सबसे", "sabse thak gaya", "सबसे थक गया", "sab se thak gaya",
        "सब से थक गया", "thak gayi hu sabse", "थक गई हूं सबसे", "saglyacha kantala", "sagalyacha kantala",
        "सगळ्याचा कंटाळा", "saglyala kantalo", "सगळ्याला कंटाळलो",
    ),
    # No going on: "ab aur nahi hota", "dont want to keep doing this", "no point".
    "hinted_no_going_on": (
        "ab aur nahi hota", "अब और नहीं होता", "aur nahi hota mujhse", "और नहीं होता मुझसे", "nahi hota mujhse",
        "नहीं होता मुझसे", "dont want to keep doing this", "don't want to keep doing this", "dont want to keep going",
        "don't want to keep going", "can't keep doing this", "cant keep doing this", "can't go on", "cant go on",
        "no point", "point nahi", "पॉइंट नहीं", "point नाही", "koi matlab nahi", "कोई मतलब नहीं", "arth nahi",
        "अर्थ नाही", "ab aur nahi chalani", "अब और नहीं चलानी", "aur nahi chalani", "और नहीं चलानी",
        "nahi chalani", "नहीं चलानी", "ata nahi jamnar", "आता नाही जमणार", "nako ata", "नको आता", "ata nako", "आता नको", "ata bas",
        "आता बस", "bas zala", "बस झालं", "ab bas", "अब बस",
    ),
    # No strength to fight, defeat accepted: "लड़ने की ताक़त नहीं", "हार मान ली".
    "hinted_defeat": (
        "ladne ki takat nahi", "लड़ने की ताक़त नही", "लड़ने की ताकत नहीं", "लड़ने की ताक़त नहीं", "ladne ki himmat nahi",
        "लड़ने की हिम्मत नहीं", "ladaychi takad nahi", "लढायची ताकद नाही", "ladhaychi takad nahi",
        "लढण्याची ताकद नाही", "no strength to fight", "no fight left", "haar maan li", "हार मान ली", "haar man li",
        "har maan li", "haar manli", "हार मानली", "i give up", "i'm giving up", "im giving up", "giving up now",
    ),
    # Life itself not to be run: "ye life", "ha jeevan", "jagnyat", "zagadnyat".
    "hinted_life_itself": (
        "ye life", "ये life", "yeh life", "ye zindagi", "ये ज़िंदगी", "ये जिंदगी", "ha jeevan", "हे जीवन",
        "he aayushya", "हे आयुष्य", "jagnyat", "जगण्यात", "zagadnyat", "jagnyat arth", "jeene me", "जीने में",
        "jeene ka", "जीने का", "this life", "living",
    ),
    # One thing only: a job, a diet, a course, a match.
    "hinted_one_thing": (
        "job", "naukri", "नौकरी", "office", "ऑफिस", "boss", "diet", "डाइट", "gym", "course", "exam", "padhai",
        "पढ़ाई", "abhyas", "अभ्यास", "traffic", "cooking", "khana banana", "swayampak", "स्वयंपाक", "match",
        "game", "level", "quiz", "crossword", "puzzle", "argument", "bahas", "बहस", "wordle", "project", "phone",
        "series", "rain", "garmi", "गर्मी", "heat", "commute",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_ONE_THING = _g("hinted_one_thing")

TIRED_OF_ALL: tuple[Combination, ...] = (
    # Tired of everything, and no going on: "thak gaya hu sabse. ab aur nahi hota mujhse".
    Combination(S, (_g("hinted_tired_of_all"), _g("hinted_no_going_on", "hinted_defeat")), 16, across=True,
                unless=_ONE_THING, unless_reach=2),
    # Tired of everything on its own (thirty-sixth session): in every set it came in a suicide line and never in
    # a quiet one; tired of one thing named beside it stays quiet.
    Combination(S, (_g("hinted_tired_of_everything"),), unless=_ONE_THING, unless_reach=3),
    # No strength left to fight, and defeat accepted.
    Combination(S, (_g("hinted_defeat"), _g("hinted_defeat", "hinted_no_going_on")), 10, across=True,
                unless=_ONE_THING, unless_reach=4),
    # This life not to be run any longer; no meaning in living.
    Combination(S, (_g("hinted_life_itself"), _g("hinted_no_going_on")), 4, unless=_ONE_THING, unless_reach=2),
)
