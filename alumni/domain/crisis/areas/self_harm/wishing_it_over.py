"""Suicide told as a wish for the day's humiliations to end: death as the one relief from them
("mar gaya toh kam se kam gaaliyan toh nahi sunni padengi", "मेलो तर निदान शिव्या तरी ऐकाव्या
लागणार नाहीत", "if I'm dead at least I won't hear it"), a prayer not to wake in the morning ("deva
kade maagto ki sakali uthuch nako", "dua karta hu subah uthu hi na"), and "why live" when nobody
sees one as a person ("कोणी माणूस म्हणून बघत नाही. का जगायचं").

A phone or a battery that dies, a plant or a pest that dies, a prayer to wake early or that a baby
sleeps on, and "why live in this city" stay quiet: each reading needs the writer's own death, the wish not to wake beside
God or a prayer, or "why live" beside being treated as nobody.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SU = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The writer dead, said as a condition: "mar gaya toh", "मेलो तर", "if I die".
    "if_i_were_dead": ("mar gaya toh", "mar gaya to", "मर गया तो", "mar gayi toh", "mar gayi to", "मर गई तो",
                       "mar jaun to", "mar jaun toh", "मर जाऊं तो", "मर जाऊँ तो", "mar jaaun to", "mar jaaun toh",
                       "main mar jaun", "मैं मर जाऊं", "mar jata hu to", "mar jaata hoon to", "melo tar",
                       "मेलो तर", "mele tar", "मेले तर", "mi melo tar", "मी मेलो तर", "marun gelo tar",
                       "मरून गेलो तर", "if i die", "if i'm dead", "if im dead", "if i were dead", "once i'm dead",
                       "once im dead", "when i'm dead", "when im dead", "if i was dead"),
    # At least then: "kam se kam", "निदान", "at least".
    "at_least_then": ("kam se kam", "कम से कम", "at least", "atleast", "kamit kami", "कमीत कमी", "nidan",
                      "निदान", "kamsekam"),
    # What dies that is not the writer: a phone, a battery, a plant, a pest.
    "not_the_writer_dying": ("phone", "mobile", "battery", "charger", "laptop", "plant", "paudha", "पौधा",
                             "keeda", "कीड़ा", "machhar", "मच्छर", "chuha", "चूहा", "uska", "उसका", "woh",
                             "वो", "wo", "he", "she", "dog", "kutta", "कुत्ता", "game", "character"),
    # Not to wake again, asked for: "sakali uthuch nako", "subah uthu hi na", "never wake up".
    "never_wake_asked": ("uthuch nako", "उठूच नको", "uthu nako", "उठू नको", "uthaycha nako", "उठायचं नको",
                         "jaag ch nako", "जाग च नको", "jaagach nako", "जागच नको", "uthu hi na", "उठूं ही ना",
                         "उठू ही ना", "na uthun", "ना उठूं", "न उठूं", "na uthu", "naa uthu", "subah na dekhun",
                         "सुबह न देखूं", "aankh hi na khule", "आंख ही ना खुले", "आँख ही न खुले", "not wake up",
                         "never wake up", "not to wake", "never to wake", "don't wake up", "dont wake up",
                         "not wake again", "never wake again"),
    # Asking God, praying: "deva kade maagto", "dua karta hu", "I pray".
    "prayer_asked": ("maagto", "मागतो", "magto", "maagte", "मागते", "magte", "prarthana", "प्रार्थना", "dua",
                     "दुआ", "duwa", "mannat", "मन्नत", "navas", "नवस", "pray", "praying", "prayed", "ask god",
                     "asking god", "maangta", "मांगता", "maangti", "मांगती", "mangta", "mangti"),
    # Someone else's sleep or waking: a baby, a child, a patient ("pray the baby does not wake up").
    "someone_elses_waking": ("baby", "babies", "child", "son", "daughter", "kids", "bachcha", "बच्चा", "baccha",
                             "बाळ", "bal", "mulga", "मुलगा", "mulgi", "मुलगी", "beta", "बेटा", "beti", "बेटी",
                             "patient", "neighbour", "neighbor", "he", "she", "fever", "bukhar", "बुखार", "tap",
                             "ताप", "alarm", "exam"),
    # Why live: "का जगायचं", "kyu jeena", "why live".
    "why_live": ("का जगायचं", "ka jagaycha", "ka jagayacha", "कशाला जगायचं", "kashala jagaycha", "kasha sathi jagaycha",
                 "कशासाठी जगायचं", "kyu jeena", "kyun jeena", "क्यों जीना", "kyu jiyu", "kyun jiyun", "क्यों जियूं",
                 "kis liye jeena", "किस लिए जीना", "why live", "why should i live", "why even live",
                 "why keep living", "why go on living", "jeekar kya karu", "जी कर क्या करूं",
                 "jagun kay upyog", "जगून काय उपयोग"),
    # Seen as nobody, not as a person: "माणूस म्हणून बघत नाही", "insaan nahi samajhte".
    "not_seen_as_person": ("माणूस म्हणून बघत नाही", "manus mhanun baghat nahi", "माणूस म्हणून पाहत नाही",
                           "माणूस समजत नाही", "manus samjat nahi", "insaan nahi samajhte", "इंसान नहीं समझते",
                           "insaan nahi samajhta", "इंसान नहीं समझता", "insaan hi nahi samajhte",
                           "इंसान ही नहीं समझते", "aadmi nahi samajhte", "आदमी नहीं समझते",
                           "doesn't see me as a person", "doesnt see me as a person", "no one sees me as a person",
                           "nobody sees me as a person", "nobody sees me as human", "sees me as a person",
                           "see me as a person", "sees me as human", "see me as a human", "treat me like a dog",
                           "treated like a dog", "kutte jaisa", "कुत्ते जैसा", "kutryasarkha", "कुत्र्यासारखं",
                           "कुत्र्यासारखी वागणूक", "like i'm invisible", "nobody even sees me", "koi dekhta bhi nahi",
                           "कोई देखता भी नहीं", "koni baghat pan nahi", "कोणी बघत पण नाही"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

WISHING_IT_OVER: tuple[Combination, ...] = (
    # The writer dead, then at least the abuse or the work would be over.
    Combination(SU, (_g("if_i_were_dead"), _g("at_least_then")), 4, order=True,
                unless=_g("not_the_writer_dying"), unless_reach=3),
    # Asking God or praying not to wake again.
    Combination(SU, (_g("prayer_asked"), _g("never_wake_asked")), 8, unless=_g("someone_elses_waking"),
                unless_reach=6),
    # Why live, beside being seen as nobody.
    Combination(SU, (_g("not_seen_as_person"), _g("why_live")), 16, across=True),
    # The thought that keeps coming, to end it all: "dokyat vichar yetat ki sampvun takave sagle",
    # "khayal aata hai sab khatam kar du"; a task or a drink thought of is no such end.
    Combination(SU, (_g("thoughts_of", "using_thoughts"), _g("end"), _g("all_of_it", "it_all")), 8, across=True,
                unless=_g("work_load", "alcohol", "drugs", "cannabis", "opioids", "laugh", "food"),
                unless_reach=4),
)
