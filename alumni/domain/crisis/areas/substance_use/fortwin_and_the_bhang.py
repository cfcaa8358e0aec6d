"""Fortwin and the bhang (the reading of rounds 124-125's relapses): the Fortwin ampoule put on oneself on
the night shift, "took a 90 with the client's driver", "drank in Shravan too, I ask God's forgiveness", the
bhang tablets and "bhang and then whisky", "one became five", "told the wife the fitting ran late, really I
was in the bar", "I took a glass too, then I don't remember", "came back with no vegetables, daru in the
belly", N10 tablets without a prescription, the syrup "a bottle every day".

Words and the rules that read them (appended to the area's COMBINATIONS by readings_from_round_88.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    "fq_opioid_shot": ("fortwin", "फोर्टविन", "फोर्टविनचे", "fortwinche", "fortwin chya", "fortvin", "pentazocine",
                       "tidigesic", "buprenorphine"),
    "fq_on_self": ("स्वतःला लावले", "swatala lavle", "swatahala lavla", "on myself", "khud ko lagaya", "खुद को लगाया",
                   "लावलं", "lavla", "लावले", "lavle", "put one", "ghetla", "घेतलं", "ghetle", "took", "laga liya",
                   "लगा लिया"),
    "fq_ninety": ("90 ghetla", "90 घेतला", "nabbe ghetla", "90 li", "90 ली", "ek 90", "एक 90", "90 मारला", "90 marla"),
    "fq_drank_mr": ("पिलो", "pilo", "पिलं", "pila"),
    "fq_bhang": ("भांग", "bhang", "भांगेच्या", "bhangechya", "भांगेची", "bhangechi", "भांग की", "bhang ki"),
    "fq_bhang_taken": ("गोळ्या घेतल्या", "golya ghetlya", "गोळी खाल्ली", "goli khalli", "goli kha li", "गोली खा ली",
                       "आणि मग", "ani mag"),
    "fq_one_led": ("one thing led to another", "one became five", "one became two", "ek ke baad ek", "एक के बाद एक",
                   "ek cha paach", "एकचे पाच"),
    "fq_had_few": ("had a few", "few drinks", "a few pegs", "old monk", "rum", "peg"),
    "fq_actually": ("asal me", "असल में", "asli me", "actually", "khara tar", "खरं तर", "khare tar"),
    "fq_in_bar": ("bar me tha", "बार में था", "bar madhe hoto", "बारमध्ये होतो", "theke pe tha", "ठेके पे था",
                  "was at the bar", "was in the bar", "wale bar me"),
    "fq_took_glass": ("ग्लास घेतला", "glass ghetla", "मीही ग्लास", "mihi glass", "glass utha liya", "ग्लास उठा लिया",
                      "took a glass"),
    "fq_in_belly": ("पोटात दारू", "potat daru", "pet me daru", "पेट में दारू", "pet me sharab", "पेट में शराब",
                    "daru in my belly"),
    "fq_sleep_pill": ("n10", "N10", "nitrazepam", "nitravet", "alprax", "alprazolam", "restyl"),
    "fq_no_script": ("bina chitthi", "बिना चिठ्ठी", "बिना पर्ची", "bina parchi", "without prescription",
                     "without a prescription", "prescription shivay", "chitthi shivay", "चिठ्ठीशिवाय"),
    "fq_syrup": ("सिरप", "syrup", "sirap", "shishi", "शीशी"),
    "fq_daily_bottle": ("रोज़ एक शीशी", "रोज एक शीशी", "roz ek shishi", "ek shishi roz", "ek bottle roz",
                        "रोज एक बाटली", "roj ek batli", "a bottle every day", "a bottle a day"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

FORTWIN_AND_THE_BHANG: tuple[Combination, ...] = (
    Combination(RE, (_g("fq_opioid_shot"), _g("fq_on_self")), 8, across=True),
    Combination(RE, (_g("fq_ninety"),)),
    Combination(RE, (_g("fq_drank_mr"), _g("apology", "forgiveness")), 8, across=True),
    Combination(RE, (_g("fq_bhang"), _g("fq_bhang_taken")), 6),
    Combination(RE, (_g("fq_had_few"), _g("fq_one_led")), 20, across=True),
    Combination(RE, (_g("fq_actually"), _g("fq_in_bar")), 8),
    Combination(RE, (_g("fq_took_glass"), _g("memory_lost")), 12, across=True),
    Combination(RE, (_g("fq_in_belly"),)),
    Combination(RE, (_g("fq_sleep_pill"), _g("fq_no_script")), 12, across=True),
    Combination(RE, (_g("fq_syrup"), _g("fq_daily_bottle")), 12, across=True),
)
