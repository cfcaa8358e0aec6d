"""Drinking and its pull behind a hotel's bar and in its kitchen (round 30, holdout 93):

- the quarter of country liquor after every duty: "रोज ड्युटी संपली की देशीचा पाव";
- a guest's leftover whisky gulped: "मेहमान गिलास में आधी व्हिस्की छोड़ गया था, उठा के गटक गई";
- the wine tasting not spat out: "youre supposed to spit. i didnt spit", "mi gilat rahilo";
- drunk without noticing, months gone to waste: "kevha pyalo kalla nahi", "पाच महिने गेले
  पाण्यात, परवा रात्री बसलो";
- the pull: a crate and the thought of cracking one open, hands trembling at cold bottles, the
  throat dry with wanting, "konitari phone kara na".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR, RE = Category.CRAVING, Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    "bb_country_liquor": ("देशीचा", "deshicha", "देशी", "deshi", "desi", "देसी"),
    "bb_quarter": ("पाव", "paav", "pav", "quarter", "क्वार्टर", "पव्वा", "pavva"),
    "bb_every_duty": ("ड्युटी संपली की", "duty sampli ki", "ड्यूटी खत्म", "duty khatam", "after every shift",
                      "रोज", "roj", "roz", "रोज़", "daily"),
    "bb_gulped": ("गटक", "gatak", "gatka", "गटका", "गटकली", "gatakli", "downed it", "chugged", "necked it"),
    "bb_left_by_a_guest": ("छोड़ गया था", "chhod gaya tha", "सोडून गेला", "sodun gela", "left in the glass",
                           "left half", "आधी", "aadhi", "half"),
    "bb_tasting": ("tasting", "winery", "वायनरी", "wine", "वाइन", "वाईन"),
    "bb_not_spat": ("didnt spit", "didn't spit", "did not spit", "gilat rahilo", "गिळत राहिलो", "thunkla nahi",
                    "थुंकलो नाही", "thunklo nahi", "nigal gaya", "निगल गया", "swallowed it", "swallowed every"),
    "bb_drunk_unnoticed": ("kevha pyalo kalla nahi", "केव्हा प्यायलो कळलं नाही", "kadhi pyalo kalla nahi",
                           "कधी प्यायलो कळलं नाही", "pata hi nahi chala kab pee", "पता ही नहीं चला कब पी",
                           "didnt even notice when i drank", "before i knew it i was drinking"),
    "bb_gone_to_waste": ("गेले पाण्यात", "gele panyat", "गेला पाण्यात", "gela panyat", "पानी में गए", "paani me gaye",
                         "went down the drain",
                         "वाया गेले", "vaya gele"),
    "bb_crack_one_open": ("cracking one open", "crack one open", "crack a cold one", "ek kholun", "ek khol lu",
                          "एक खोल लूँ", "एक खोल लूं", "open one for myself"),
    "bb_throat_dry": ("घसा कोरडा", "ghasa korda", "gala sukh", "गला सूख", "throat dry", "throat is dry",
                      "dry throat"),
    "bb_with_wanting": ("इच्छेने", "ichhene", "तलफेने", "talfene", "for a drink", "for one drink", "ek ghot havay",
                        "एक घोट हवाय", "ghot havay"),
    "bb_hands_shaking": ("हाथ काँप", "हाथ कांप", "haath kaanp", "hath kanp", "हात थरथर", "haat tharthar",
                         "hands shaking", "hands trembling", "hands were shaking"),
    "bb_call_me_plea": ("phone kara na", "फोन करा ना", "konitari phone kara", "कोणीतरी फोन करा",
                        "koi phone karo na", "कोई फोन करो ना", "someone call me"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

BEHIND_THE_BAR: tuple[Combination, ...] = (
    # (the duty, then the quarter of country liquor: "pav" alone is also bread)
    Combination(RE, (_g("bb_every_duty"), _g("bb_country_liquor"), _g("bb_quarter")), 6, order=True),
    Combination(RE, (_g("alcohol"), _g("bb_left_by_a_guest"), _g("bb_gulped")), 12, across=True),
    Combination(RE, (_g("bb_tasting"), _g("bb_not_spat")), 14, across=True),
    Combination(RE, (_g("bb_drunk_unnoticed"),), 0),
    Combination(RE, (_g("bb_gone_to_waste"), _g("sat_down")), 8, across=True),
    Combination(CR, (_g("bb_crack_one_open"),), 0, unless=_g("beverage", "quit")),
    Combination(CR, (_g("bb_throat_dry"), _g("want", "wish_formal", "strong_wish", "alcohol", "bb_with_wanting")), 6,
                across=True),
    Combination(CR, (_g("bb_hands_shaking"), _g("bottle_word", "alcohol")), 10, across=True),
    Combination(CR, (_g("bb_call_me_plea"),), 0),
)
