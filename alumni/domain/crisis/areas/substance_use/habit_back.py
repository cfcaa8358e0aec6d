"""Using again told as the habit, the haunt or the bottle taken up again (round 23, holdouts
64-66: custody, the forest belts, medicines stopped):

- the drinking begun: "पीना चालू कर दिया", "pina shuru kar diya", "pyayla suru kela" (no "again"
  needed: "मूड की दवा बंद की और पीना चालू कर दिया");
- the bottle taken hold of: "bottle pakad li", "बोतल पकड़ ली", "बाटली धरली";
- the liquor den gone to as a habit begun: "गुत्त्यावर जायला लागलो", "theke pe jaane laga",
  "started going to the bar again";
- the habit itself started again, unnamed or named by its substance: "wahi aadat bahar bhi chalu
  ho gayi", "सवय परत सुरू झाली", "ganja ki aadat chalu"; a habit named by something else ("padhne ki
  aadat", "walk chi savay") is not read;
- a substance said to be back: "chillum is back every evening", "the bottle is back".

Quiet: the habit or the going denied ("aadat chalu nahi hui", "jana band kiya"), and a habit of
anything else. Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    "habit_drinking_begun": (
        "पीना चालू", "pina chalu", "peena chalu", "pina shuru", "peena shuru", "पीना शुरू", "pine lag gaya",
        "pyayla suru kela", "प्यायला सुरू केलं", "pyayla chalu kela", "प्यायला चालू केलं", "piyla lagalo",
        "started drinking", "started drinking again", "started using again", "started smoking weed",
    ),
    "habit_bottle_held": (
        "bottle pakad li", "botal pakad li", "बोतल पकड़ ली", "बोतल पकड ली", "bottle pakadli", "batli dharli",
        "बाटली धरली", "baatli dharli", "took to the bottle", "hit the bottle", "hitting the bottle",
    ),
    # The den or the bar gone to as a habit begun: "जायला लागलो", "jaane laga", "started going".
    "habit_going_begun": (
        "jayla laglo", "jayla lagalo", "जायला लागलो", "jayla lagla", "जायला लागला", "jaane laga", "jane laga",
        "जाने लगा", "jaane lagi", "जाने लगी", "jaane laga hu", "started going", "going back to",
        "jaycho suru kela", "जायचो सुरू केलं",
    ),
    "habit_den": (
        "guttyavar", "गुत्त्यावर", "guttya", "गुत्ता", "gutta", "theke", "ठेके", "theka", "ठेका", "thekey",
        # ("bar" alone is Hindi's "baar", a time: "bar bar jaane laga"; "bhatti" is also the kiln)
        "bar madhe", "bar me", "bar mein", "the bar", "a bar", "permit room", "daru adda",
    ),
    "habit_word": ("aadat", "आदत", "adat", "savay", "सवय", "saway", "habit", "lat", "लत", "chaska", "चस्का"),
    "habit_started": (
        "chalu ho gayi", "चालू हो गई", "chalu ho gyi", "shuru ho gayi", "शुरू हो गई", "suru zali", "सुरू झाली",
        "chalu zali", "चालू झाली", "laut aayi", "लौट आई", "parat aali", "परत आली", "started again", "is back",
        "came back", "wapas aa gayi", "वापस आ गई", "chalu hai", "चालू है", "chalu ahe", "चालू आहे",
    ),
    # A habit named by something else: "padhne ki aadat", "walk chi savay".
    "habit_of_else": (
        "padhne", "पढ़ने", "reading", "walk", "वॉक", "gym", "जिम", "yoga", "योग", "vyayam", "व्यायाम", "exercise",
        "prarthana", "प्रार्थना", "pooja", "puja", "पूजा", "jaldi", "जल्दी", "lavkar", "लवकर", "uthne", "उठने",
        "uthaychi", "उठायची", "chai", "चाय", "chaha", "चहा", "coffee", "kaam", "काम", "lihine", "लिखने",
        "diary", "meeting", "meetings", "savings", "bachat", "बचत", "sleep", "neend", "नींद", "zop", "झोप",
        "mobile", "phone", "reels", "shopping", "good", "achhi", "अच्छी", "changli", "चांगली",
    ),
    "habit_is_back": ("is back", "are back", "back every", "back in my life", "back again"),
    # What is drunk that is no drink: "started drinking more water"; a substance back in the news.
    "habit_harmless_drink": ("water", "pani", "paani", "पानी", "पाणी", "juice", "tea", "chai", "चाय", "coffee",
                             "milk", "doodh", "दूध", "coconut", "nariyal", "green tea", "soup", "ors", "lassi", "chaas"),
    "habit_in_the_news": ("news", "headlines", "market", "price", "prices", "film", "movie", "song"),
    # Round 24: regretted the morning after ("charas. sakali pashtavlo"), a shop or a trade that is open.
    "habit_regretted": ("pashtavlo", "पस्तावलो", "pastavlo", "पश्चात्ताप झाला", "pashchatap zala", "pachtaya",
                        "पछताया", "pachhtaya", "pachta raha", "पछता रहा", "regretted it", "regret it", "regretting it"),
    "habit_trade_open": ("dhanda", "धंदा", "business", "dukan", "दुकान", "theka", "ठेका", "shop", "bar", "permit",
                         "counter", "bhatti", "भट्टी", "khula", "खुला", "ughada", "उघडा"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_SUBSTANCE = ANY + ("stuff_maybe", "cannabis_maybe")
_DENIED = _g("negation", "quit")

HABIT_BACK: tuple[Combination, ...] = (
    # (someone else's drinking begun is theirs: "his cousin has started drinking a lot")
    Combination(RE, (_g("habit_drinking_begun"),), 0,
                unless=_g("negation", "quit", "medical", "habit_harmless_drink", "third_person", "relation"),
                unless_reach=3),
    # (what was stopped beside it is the medicine: "lithium chhod ke bottle pakad li")
    Combination(RE, (_g("habit_bottle_held"),), 0, unless=_g("negation"), unless_reach=2),
    Combination(RE, (_g("habit_den"), _g("habit_going_begun")), 3, order=True, unless=_g("negation"),
                unless_reach=2),
    # The habit unnamed ("wahi aadat", "सवय परत सुरू झाली") or named by a substance.
    Combination(RE, (_g("habit_word"), _g("habit_started")), 4, order=True,
                unless=_g("negation", "quit", "habit_of_else", "hurt", "cut", "burn", "injure", "self"), unless_reach=4),
    Combination(RE, (_SUBSTANCE, _g("habit_is_back")), 1, order=True,
                unless=_g("negation", "quit", "habit_in_the_news"), unless_reach=3),
    # Round 24: the old den reached and something taken there ("juna adda gaathla ani ghetla"); a
    # drink "on" again beside another habit ("saath me daaru bhi chalu"); a night's use regretted.
    Combination(RE, (_g("old_place"), _g("took", "use")), 4, order=True,
                unless=_g("negation", "others", "relation", "third_person", "craving", "beverage", "my_mind", "near"),
                unless_reach=3),
    Combination(RE, (ANY, _g("begin_word")), 2, order=True,
                unless=_g("negation", "quit", "habit_trade_open", "others", "third_person", "craving", "want"),
                unless_reach=3),
    Combination(RE, (_SUBSTANCE, _g("habit_regretted")), 12, order=True, across=True,
                unless=_g("negation", "quit", "craving", "want"), unless_reach=3),
)
