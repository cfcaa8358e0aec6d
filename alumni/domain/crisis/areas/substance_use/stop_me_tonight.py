"""A craving said as a plea to be held back or as the hour's restlessness: friends calling to a
party while the writer is still at home, with "stop me" ("friends bula rahe, main ghar pe hu.
rok lo", "मित्र बोलावतायत, मला थांबवा"); and the restlessness that comes at a known hour, worse
today, with a wish to talk ("shift sampli ki jhatka yeto. aaj jast. bolayche ahe", "दिवेलागणीला
बेचैनी सुरू होते. आज जरा जास्तच").

What keeps each quiet is named beside it: a train, a bus or a lift to be held (stop it for me);
an exam, an interview, a result, a fever or blood pressure (another restlessness).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR = Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    # Hold me back: "rok lo", "mala thambva", "stop me".
    "hinted_stop_me": (
        "rok lo", "रोक लो", "mujhe rok lo", "मुझे रोक लो", "roko mujhe", "रोको मुझे", "rok lena", "रोक लेना",
        "thambva", "थांबवा", "mala thambva", "मला थांबवा", "thamba mala", "थांबा मला", "adva mala", "अडवा मला",
        "stop me", "hold me back", "don't let me go", "dont let me go",
    ),
    # Called out: friends inviting, a party, "bolavtayat".
    "hinted_called_out": (
        "bula rahe", "बुला रहे", "bula rahe hai", "bolavtayat", "बोलावतायत", "bolavtat", "बोलावतात", "bolavle",
        "बोलावलं", "calling me", "invited", "invite", "party", "पार्टी", "friends", "dost", "दोस्त", "mitra", "मित्र",
    ),
    # A thing to be held: a train, a bus, a lift, a door.
    "hinted_held_thing": (
        "train", "ट्रेन", "bus", "बस", "lift", "लिफ्ट", "door", "darwaza", "दरवाज़ा", "gaadi", "गाड़ी", "gadi", "गाडी",
        "cab", "auto", "seat", "taxi",
    ),
    # The hour's restlessness: "bechaini", "jhatka yeto", "restless".
    "hinted_restless": (
        "bechaini", "बेचैनी", "bechain", "बेचैन", "jhatka yeto", "झटका येतो", "jhatka yeta", "restless",
        "restlessness", "ghabrahat", "घबराहट", "tadap", "तड़प", "ashwasth", "अस्वस्थ", "asvastha", "ओढ लागते",
        "odh lagte", "chatpatat", "चटपटत", "itchy",
    ),
    # Worse today, or a wish to talk: "aaj jast", "आज जरा जास्तच", "bolayche ahe".
    "hinted_more_today": (
        "aaj jast", "आज जास्त", "aaj jastach", "आज जास्तच", "aaj jara jastach", "आज जरा जास्तच", "jara jastach",
        "जरा जास्तच", "aaj zyada", "आज ज़्यादा", "आज ज्यादा", "aaj kuch zyada", "worse today", "bad today",
        "bolayche ahe", "बोलायचं आहे", "bolaycha ahe", "baat karni hai", "बात करनी है", "need to talk",
        "want to talk",
    ),
    # Another restlessness: an exam, an interview, a result, an illness.
    "hinted_other_unrest": (
        "exam", "परीक्षा", "pariksha", "interview", "result", "निकाल", "nikal", "fever", "tap", "ताप", "bukhar",
        "बुखार", "bp", "sugar", "heart", "chest", "baby", "delivery", "flight", "match",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

STOP_ME_TONIGHT: tuple[Combination, ...] = (
    # Friends calling to a party, and "stop me".
    Combination(CR, (_g("hinted_called_out"), _g("hinted_stop_me")), 14, across=True,
                unless=_g("hinted_held_thing"), unless_reach=4),
    # The hour's restlessness, worse today or to be talked about.
    Combination(CR, (_g("hinted_restless"), _g("hinted_more_today")), 12, across=True,
                unless=_g("hinted_other_unrest"), unless_reach=10),
)
