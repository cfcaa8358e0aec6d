"""Self-harm said by sportsmen as a body hurt until it shows: knuckles punched until they split, a
thigh struck until it is black, a rope wound on the hand until it welts, said beside doing it on
purpose, deserving it, or every night.

A body hurt until it shows is also training ("hit the bag till my knuckles bled"): practice, a
coach or a session named beside it keeps it quiet, and without a word of purpose, punishment or
habit the words stay quiet too."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

H = Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # Until the body shows it: split, black, bleeding, welted.
    "sport_till_marked": (
        "till my knuckles split", "till my knuckles bled", "until my knuckles split", "until my knuckles bled",
        "till it bled", "until it bled", "till it bleeds", "till its black", "till it's black", "till it is black",
        "till it turned black", "until it turned black", "till the skin split", "till the skin broke",
        "vala padet paryant", "vala padeparyant", "वळ पडेपर्यंत", "वळ पडत पर्यंत", "vaal padeparyant",
        "kala padeparyant", "काळं पडेपर्यंत", "kala padet paryant", "nila padeparyant", "निळं पडेपर्यंत",
        "rakt yeiparyant", "रक्त येईपर्यंत", "rakta yeiparyant", "khoon nikalne tak", "खून निकलने तक",
        "khoon aane tak", "खून आने तक", "kaala hone tak", "काला होने तक", "kala pad jane tak", "नीला पड़ने तक",
        "neela padne tak", "chamdi phatne tak", "चमड़ी फटने तक", "katdi phatteparyant", "कातडी फाटेपर्यंत",
    ),
    # Done on purpose, deserved, or every night: the words of a hurt meant.
    "sport_meant": (
        "on purpose", "purposely", "deliberately", "i deserve it", "i deserved it", "deserve it", "deserve this",
        "jaan boojh ke", "jaanbujhkar", "जानबूझकर", "जान बूझ के", "mudam", "मुद्दाम", "mudaam", "saza", "सज़ा",
        "सजा", "shiksha", "शिक्षा", "punishment", "punish myself", "roj ratri", "रोज रात्री", "roj raat",
        "रोज रात", "every night", "hurts less than", "layak hu", "लायक हूं", "layakicha aahe",
    ),
    # Training: a session, a coach, the bag or the pads.
    "sport_training": (
        "practice", "सराव", "saraav", "sarav", "training", "ट्रेनिंग", "riyaz", "रियाज़", "session", "sparring",
        "heavy bag", "punching bag", "pads", "coach said", "coach ne", "workout",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

HURT_TILL_MARKED: tuple[Combination, ...] = (
    # Hurt until it shows, and meant; training named beside it is the other reason.
    Combination(H, (_g("sport_till_marked"), _g("sport_meant")), 20, across=True, unless=_g("sport_training"),
                unless_reach=12),
)
