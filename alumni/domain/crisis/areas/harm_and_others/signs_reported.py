"""Signs of suicide reported by someone close (round 14: holdouts 38 and 39): a roommate who
keeps talking of going to the railway track ("railway track pe jaane ki baat kar raha hai",
"रुळावर जायची भाषा करतोय"), and a son who said bye to everyone, went to sleep and handed his
phone to his younger brother, told by his mother with a plea ("saglyanna bye bolun zopla, phone
pan lahanyala dila. please call kara").

Each rule needs its second sign: a talk of going to the station or back on track, a running
track, "bye bolke so gaya", a phone lent to a brother to play a game stay quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Going there, as an infinitive or a future: "jaane ki baat", "जायची भाषा", "kehta hai jaunga".
    "go_to_it": ("jaane", "जाने", "jaane ki", "जाने की", "jayla", "jaayla", "जायला", "jaycha", "जायचं", "jaychi",
                 "जायची", "jayche", "जायचे", "jaunga", "jaungi", "जाऊंगा", "जाऊँगा", "जाऊंगी", "jain", "जाईन",
                 "go to", "going to", "go lie", "lie down on", "letne", "लेटने", "zopayla", "झोपायला"),
    # A track that is a sport's or a job's.
    "track_harmless": ("running", "race", "racing", "athletics", "stadium", "daud", "दौड़", "jogging", "maidan",
                       "मैदान", "ground", "cycling", "practice", "kaam", "काम", "duty", "gangman", "back on track"),
    # Asked of the reader, or the fear said: "please call kara", "bhiti vatte", "I am scared".
    "plea_or_fear": ("please call", "pls call", "plz call", "call kara", "call karo", "koi call", "phone kara",
                     "फोन करा", "फोन करो", "please help", "help please", "kuni tari ya", "कोणीतरी या",
                     "kisi ko bhejiye", "किसी को भेजिए", "bhiti vatte", "भीती वाटते", "भीती वाटतेय", "dar lag raha",
                     "डर लग रहा", "i am scared", "i'm scared", "im scared", "so scared"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # Talk of it in Marathi, "the language of it": "रुळावर जायची भाषा करतोय", "marnyachi bhasha karto".
    "talk_of": ("bhasha karto", "भाषा करतो", "bhasha kartoy", "भाषा करतोय", "bhasha karte", "भाषा करते",
                "bhasha kartey", "भाषा करतेय", "bhasha karat", "भाषा करत", "bhasha kela", "भाषा केली"),
}

_AWAY = _g("away_trip", "commute", "gone_travelling", "wedding", "leave_harmless")

COMBINATIONS: tuple[Combination, ...] = (
    # Talk of going to the tracks: "railway track pe jaane ki baat kar raha hai".
    Combination(S, (_g("rail_line"), _g("go_to_it"), _g("talk_of")), 6, unless=_g("track_harmless", "commute")),
    # A bye said and a belonging handed over, and the family's plea: "saglyanna bye bolun zopla,
    # phone pan lahanyala dila. please call kara".
    Combination(S, (_g("said_bye"), _g("possession"), _g("hand_over", "given_away"), _g("plea_or_fear")), 20,
                across=True, unless=_AWAY),
)
