"""An end said in a game's or a match's words, and the last things left in order (round 24,
holdout 69: gamers, wrestlers and gym-goers):

- no respawn this time: "ya veli respawn nako", "not respawning this time", "bas ab respawn नहीं
  होना"; a respawn that failed for lag, a bug or the server is the game's;
- the writer uninstalled or logged out of life: "uninstalling myself", "khud ko uninstall kar raha";
- life's final whistle: "meri zindagi ki final whistle baj chuki", "my life's final whistle";
- the phone's lock told and everything written in it, beside an apology or a message for the
  family: "mummy ko bolna maaf kar de. phone ka lock 1947 hai, sab usme likh diya";
- a rope tied and everyone's sleep waited for: "आढ्याला दोर बांधलाय, फक्त सगळे झोपायची वाट बघतोय";
- living itself to be left: "आता जगणं पण सोडावं वाटतंय", "jeena chhod dena chahta hu" (not a life of
  drinking: "nashe wala jeena chhoda").

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    "go_respawn": ("respawn*", "रिस्पॉन*"),
    "go_respawn_denied": ("nako", "नको", "nahi", "नहीं", "nahin", "नाही", "not", "no", "never", "na", "mat"),
    "go_game_fault": ("lag", "bug", "server", "ping", "glitch", "update", "network", "net", "wifi",
                      "hack*", "bot", "mode", "ticket", "token", "coins", "diamonds"),
    "go_uninstalled": ("uninstalling myself", "uninstall myself", "uninstalled myself", "khud ko uninstall",
                       "खुद को uninstall", "swatahala uninstall", "स्वतःला uninstall", "logging out of life",
                       "log out of life", "logged out of life", "deleting myself", "delete myself",
                       "khud ko delete", "खुद को delete"),
    "go_final_whistle": ("final whistle", "फाइनल व्हिसल", "last whistle", "aakhri seeti", "आखिरी सीटी"),
    "go_life": ("zindagi", "ज़िंदगी", "जिंदगी", "zindagi ki", "life", "life's", "lifes", "jeevan", "जीवन", "jivan",
                "जीवनाची", "jivanachi", "आयुष्य*", "ayushya*"),
    "go_phone_lock": ("lock", "लॉक", "password", "पासवर्ड", "passcode", "pin code", "pattern"),
    "go_written_in_it": ("likh diya", "लिख दिया", "likha hai", "लिखा है", "likh diya h", "lihlay", "लिहलंय",
                         "लिहिलंय", "lihila ahe", "lihile ahe", "लिहिलं आहे", "sagla tyat", "सगळं त्यात",
                         "sab usme", "सब उसमें", "sab usmein", "everything is in", "wrote everything",
                         "its all written", "it's all written", "notes me sab", "sab notes me"),
    "go_said_sorry_home": ("maaf kar", "माफ कर", "माफ़ कर", "maaf kara", "माफ करा", "sorry", "sanga", "सांगा",
                           "bolna", "बोलना", "bol dena", "बोल देना", "tell ma", "tell mom", "tell mum"),
    "go_sleep_awaited": ("झोपायची वाट", "zopaychi vaat", "zopaychi wat", "झोपण्याची वाट", "sone ka intezaar",
                         "सोने का इंतज़ार", "so jaane ka intezaar", "सो जाने का इंतज़ार", "sab so jaaye",
                         "sab so jaayein", "सब सो जाएं", "everyone to sleep", "everyone falls asleep",
                         "sagle zoplyavar", "सगळे झोपल्यावर"),
    "go_living_itself": ("जगणं", "jagna", "jagana", "jagan", "जगणे", "jeena", "जीना", "jina"),
    "go_left_wished": ("सोडावं", "sodava", "sodaav", "सोडावे", "sodun dyava", "सोडून द्यावं", "chhod dena chahta",
                       "छोड़ देना चाहता", "chhod du", "छोड़ दूं", "chhodna chahta", "छोड़ना चाहता"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_SUBSTANCE = ("alcohol", "cannabis", "opioids", "cocaine", "sedatives", "stimulants", "inhalants", "drugs",
              "habit_word")

GAME_OVER_FOR_GOOD: tuple[Combination, ...] = (
    Combination(S, (_g("go_respawn"), _g("go_respawn_denied")), 2, unless=_g("go_game_fault"), unless_reach=6),
    Combination(S, (_g("go_uninstalled"),), 0),
    Combination(S, (_g("go_life"), _g("go_final_whistle")), 3),
    Combination(S, (_g("go_phone_lock"), _g("go_written_in_it"), _g("go_said_sorry_home")), 24, across=True),
    Combination(S, (_g("rope_tied", "rope_named", "hang"), _g("go_sleep_awaited")), 8, across=True),
    Combination(S, (_g("go_living_itself"), _g("go_left_wished")), 3, order=True, unless=_SUBSTANCE, unless_reach=2),
)
