"""Suicide said by what one has given away: one's own things (a phone, a watch, a guitar, a
console, one's clothes and glasses, one's gold) handed to a brother, a cousin or a neighbour's
boy beside no use for them now ("ab mujhe kya zarurat", "अब मेरे किस काम का", "mala ata kuthe
jaycha ahe", "अब पहनने वाला नहीं रहेगा"); and all one's things shared out ("अपनी सारी चीज़ें बाँट
दीं", "आपल्या वस्तू वाटल्या"), said by the writer or of a brother.

What keeps each quiet is named beside it: a new one bought or an old one replaced, clothes
outgrown, a move or a shifting of house, a cleaning before a festival, a donation drive.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Things of one's own that the other lists lack.
    "hinted_my_things": (
        "ps5", "ps4", "playstation", "xbox", "guitar", "गिटार", "books", "किताबें", "pustaka", "पुस्तकं",
        "chappal", "चप्पल", "kolhapuri", "ghadyal", "घड्याळ", "cycle", "साइकिल", "सायकल", "radio", "रेडियो",
        "chashma", "चश्मा", "chashmа", "kapde", "कपड़े", "कपडे", "clothes", "sona", "सोना", "सोनं", "patlya",
        "पाटल्या", "bangdya", "बांगड्या", "jewellery", "cheezein", "चीज़ें", "चीजें", "vastu", "वस्तू", "saman",
        "सामान", "camera", "tablet", "shoes", "jacket", "headphones",
    ),
    # Given, in the forms the other lists lack: "दिलं", "वाटून टाकली", "बाँट दी".
    "hinted_gave": (
        "दिलं", "dila", "dilay", "दिलंय", "vatun takli", "वाटून टाकली", "vatun takle", "वाटून टाकले", "vatle",
        "वाटले", "vatli", "वाटली", "baant di", "बाँट दी", "बांट दी", "baant diye", "बाँट दिए", "बांट दिए",
    ),
    # No use for them now, said by the one who gives: "ab mujhe kya zarurat", "kis kaam ka".
    "hinted_no_use_now": (
        "ab mujhe kya zarurat", "अब मुझे क्या ज़रूरत", "mujhe kya zarurat", "मुझे क्या ज़रूरत", "मुझे क्या जरूरत",
        "kya zarurat", "क्या ज़रूरत", "kis kaam ka", "किस काम का", "kis kaam ki", "किस काम की", "mere kis kaam",
        "मेरे किस काम", "kuthe jaycha ahe", "कुठे जायचं आहे", "kuthe jaaycha", "mala kay karaycha", "मला काय करायचं",
        "pehenne wala nahi", "पहनने वाला नहीं", "pehenne wala nahi rahega", "वापरणारा नाही", "vaparnara nahi",
        "ata kay urla", "आता काय उरलं", "kay urla", "काय उरलं", "ab kya bacha", "अब क्या बचा", "what do i need",
        "no use to me", "of no use to me", "what use are they", "where am i going anyway", "garaj nahi",
        "गरज नाही", "ab garaj", "अब ज़रूरत नहीं",
    ),
    # All one's things shared out: "सारी चीज़ें बाँट दी", "वस्तू वाटल्या".
    "hinted_all_shared_out": (
        "saari cheezein baant", "सारी चीज़ें बाँट", "सारी चीजें बांट", "sari chize baant", "sab cheezein baant",
        "सब चीज़ें बाँट", "sab saman baant", "सब सामान बाँट", "सब सामान बांट", "vastu vatlya", "वस्तू वाटल्या",
        "vastu vaatlya", "sagla saman vatla", "सगळं सामान वाटलं", "sagla saman vatun", "सगळं सामान वाटून",
        "apli sagli vastu", "आपल्या सगळ्या वस्तू", "gave all his things", "gave away all his", "gave away everything",
        "distributed my things", "distributed all my", "shared out all my", "sab kuch baant diya", "सब कुछ बाँट दिया",
    ),
    # An ordinary giving: a move, a new one, clothes outgrown, a cleaning or a donation drive.
    "hinted_ordinary_giving": (
        "shifting", "shift", "moving", "move", "new house", "naya ghar", "नया घर", "navin ghar", "नवीन घर",
        "abroad", "videsh", "विदेश", "hostel", "cleaning", "safai", "सफाई", "saafsafai", "साफसफाई", "diwali",
        "दिवाळी", "दिवाली", "donation drive", "charity drive", "daan utsav", "chhote ho gaye", "छोटे हो गए",
        "lahan zale", "लहान झाले", "fit nahi", "weight", "upgrade", "upgraded", "new one", "naya", "नया",
        "navin", "नवीन", "kharida", "खरीदा", "ghetla", "घेतला", "garage sale", "olx", "exchange",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_THINGS = _g("possession", "hinted_my_things")
_GIVEN = _g("given_away", "gave", "give", "hinted_gave")

GIVEN_AWAY_NO_USE: tuple[Combination, ...] = (
    # One's things given to someone, and no use for them now: "PS5 cousin ko de diya. ab mere kis kaam ka".
    Combination(S, (_THINGS, _GIVEN, _g("hinted_no_use_now")), 16, across=True,
                unless=_g("hinted_ordinary_giving", "replaced"), unless_reach=16),
    # All one's things shared out, by the writer or of a brother; unless a move or a cleaning.
    Combination(S, (_g("hinted_all_shared_out"),), 0, unless=_g("hinted_ordinary_giving"), unless_reach=16),
)
