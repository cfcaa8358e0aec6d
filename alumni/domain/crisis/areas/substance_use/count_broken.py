"""Using again told as the clean stretch ended (round 15): the sober count and then "broke it"
("90 days clean. broke it last night"), a streak of days broken ("30 din ki streak toot gayi"),
and the months held and then all ruined, the drink named after ("do mahine nikale the, kal sab
barbaad kar diya, beer ke chakkar me", "tin mahine tikavla, kal sagla vaya ghalavla, batli").

The order is the meaning: the count comes first, the breaking or the ruin after it, and for
the ruin the drink after that. The drink that ruined things in the past, told before a clean
count ("daru ne pehle sab kharab kar diya tha, ab 5 mahine se clean"), is the old story and
stays quiet, and so does a count nearly broken ("almost broke it but called my sponsor").
Words and the rules that read them (appended to the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # The count broken, the object left as "it": "broke it", "tod diya", "तोडलं".
    "broke_it": ("broke it", "broken it", "broke the streak", "broke that", "tod diya", "तोड़ दिया", "tod di", "todla",
                 "तोडला", "todle", "तोडलं", "मोडलं", "modla"),
    # A streak, and its breaking in the plain verb: "30 din ki streak toot gayi".
    "streak_word": ("streak", "स्ट्रीक", "streek", "record", "रिकॉर्ड"),
    "broken_plain": ("toot gayi", "toot gaya", "tut gayi", "tut gaya", "टूट गई", "टूट गया", "टूट गयी", "tutli",
                     "tutla", "तुटली", "तुटला", "tutla ahe", "broke", "broken", "is gone", "gone", "ended"),
    # Streaks kept in an app or a game.
    "app_streak": ("snapchat", "snap", "duolingo", "insta", "instagram", "gym", "workout", "game", "ludo", "fitness",
                   "steps", "running", "reading", "wordle"),
    # Nearly, but not: "almost broke it".
    "nearly": ("almost", "nearly", "close to", "lagbhag", "लगभग", "javaljaval", "जवळजवळ", "bas bacha", "बस बचा",
               "thodkyat", "थोडक्यात", "bach gaya", "बच गया", "vachlo", "वाचलो"),
    # All of it ruined: "sab kharab kar diya", "sagla vaya ghalavla", "blew it all".
    "ruined_all": ("sab kharab kar diya", "सब खराब कर दिया", "sab kharab kar di", "sab kharab ho gaya",
                   "सब खराब हो गया", "sab bigaad diya", "सब बिगाड़ दिया", "sab barbaad kar diya", "सब बर्बाद कर दिया",
                   "sab mitti me mila diya", "सब मिट्टी में मिला दिया", "sagla vaya ghalavla", "सगळं वाया घालवलं",
                   "sagla vaya gela", "सगळं वाया गेलं", "sagla bighadla", "सगळं बिघडलं", "sagla bighadavla",
                   "सगळं बिघडवलं", "blew it all", "ruined it all", "ruined everything", "messed it all up",
                   "threw it all away", "undid it all"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

COUNT_BROKEN: tuple[Combination, ...] = (
    # "90 days clean. broke it last night at the office party".
    Combination(RE, (_g("quit", "period"), _g("broke_it")), 4, order=True, across=True,
                unless=_g("nearly", "app_streak", "vow_word")),
    # "30 din ki streak toot gayi kal".
    Combination(RE, (_g("period"), _g("streak_word"), _g("broken_plain")), 4, order=True,
                unless=_g("nearly", "app_streak")),
    # "teen mahine tikavla, kal sagla vaya ghalavla, ardhi batli".
    Combination(RE, (_g("period"), _g("ruined_all"), ANY + ("alcohol_maybe", "measure", "bottle_word")), 10,
                order=True, across=True, unless=_g("nearly", "relation")),
)
