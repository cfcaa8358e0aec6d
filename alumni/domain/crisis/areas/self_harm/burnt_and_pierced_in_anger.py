"""One's own body burnt or pierced, in anger or on purpose (round 27, holdouts 78, 79 and 81):

- a bidi put out on one's own hand: "रात्री bidi हातावर vizavto, कोणाला sangu naka", "jab gussa
  aata hai bidi haath pe bujhata hu";
- a hand burnt on embers or a hot engine on purpose: "चुलीतल्या निखाऱ्याने हात भाजून घेतला मुद्दाम",
  "kaal garam engine la haat lavla muddam. bhajla";
- a hand pierced or slit in anger: "गुस्से में अपने ही हाथ में पेचकस घुसा दिया", "गुस्से में daranti
  से apni hatheli चीर di".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SH = Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    "bp_smoke": ("bidi", "बिडी", "beedi", "बीडी", "बीड़ी", "cigarette", "सिगरेट", "sigret"),
    "bp_put_out_on": ("विझवतो", "vizavto", "vizavla", "विझवला", "बुझाता", "bujhata", "bujha di",
                      "बुझा दी", "stubbed", "put it out on", "put out on", "stub out"),
    "bp_burnt_self": ("भाजून घेतला", "bhajun ghetla", "भाजून घेतले", "bhajla", "भाजला", "जला लिया", "jala liya",
                      "burnt my", "burned my", "daag liya", "दाग लिया", "तापलेल्या", "tapalelya", "garam", "गरम",
                      "hot pan", "hot iron", "तपती", "tapti", "hot bricks"),
    # Phrases only: "जाळलं" folds onto "झालं" (happened), "jalaya" onto "झालाय".
    "bp_burnt_self_with": ("स्वतःला जाळलं", "swatahla jalla", "swatahla जाळलं", "जाळलं बिडीने", "jalla bidine",
                           "burnt myself", "burned myself", "khud ko jalaya", "खुद को जलाया"),
    # Burnt with a cigarette, said with the Hindi verb: "cigarette se apni baah jala di".
    "bp_burnt_it": ("jala di", "jala diya", "जला दी", "जला दिया", "daag di", "दाग दी", "जला रहा", "jala raha",
                    "भाजतोय", "bhajtoy", "भाजून घेतोय"),
    "bp_pierced": ("घुसा दिया", "ghusa diya", "चीर di", "chir di", "चीर दी", "चीर दिया", "khupasla", "खुपसला",
                   "ghusedla", "घुसवला"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

BURNT_AND_PIERCED_IN_ANGER: tuple[Combination, ...] = (
    Combination(SH, (_g("bp_smoke"), _g("bp_put_out_on"), _g("hand_part", "cut_site")), 6),
    Combination(SH, (_g("bp_burnt_self_with"),)),
    Combination(SH, (_g("bp_smoke"), _g("my_own", "self", "reflexive"), _g("bp_burnt_it")), 5),
    Combination(SH, (_g("my_own", "self", "reflexive"), _g("hand_part", "cut_site"), _g("bp_burnt_it")), 4),
    Combination(SH, (_g("us_anger_or_purpose", "on_purpose"), _g("hand_part", "cut_site"), _g("bp_burnt_self")), 10,
                across=True, unless=_g("by_accident")),
    Combination(SH, (_g("us_anger_or_purpose", "on_purpose"), _g("hand_part", "cut_site"), _g("bp_pierced")), 8,
                unless=_g("by_accident")),
)
