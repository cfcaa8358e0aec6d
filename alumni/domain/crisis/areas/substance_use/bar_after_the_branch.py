"""Drinking told by bank and insurance staff and loan-app borrowers (round 37, holdouts 118 and
121):

- gone to the bar, the writer plainly: "rummy मध्ये हरलो आणि bar मध्ये गेलो", "incentive आला
  म्हणून bar मध्ये गेलो", "went to the bar after the audit". The bar named with its postposition
  or "to the", not "baar" (times: "ek baar gaya", "2 बार चला गया"), which a count before it
  keeps out (English "went to the bar" is as often a sober evening with friends: not read);
- a quarter "put on" before work: "सुबह सुबह देसी का पौवा लगाके ब्रांच आया";
- the loan money blown on drink: "ardhe daru madhe udavle", "सगळा दारूत उडवला".

A negation in the clause (relapse's own rule: "bar madhe gelo pan pyalo nahi") or a soft drink
keeps it quiet. Words and the rules that read them (appended to the area's COMBINATIONS by
rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    "bb_went_to_the_bar": ("bar मध्ये गेलो", "bar madhe gelo", "bar mdhe gelo", "barmadhe gelo", "बारमध्ये गेलो",
                           "bar मध्ये गेले", "bar madhe gele", "बारमध्ये गेले", "bar la gelo", "barla gelo",
                           "बारला गेलो", "bar me gaya", "bar mein gaya", "bar me chala gaya", "bar mein chala gaya",
                           "बार में गया", "बार में चला गया", "bar चला गया", "बार चला गया"),
    "bb_quarter_put_on": ("पौवा लगाके", "पौवा लगा के", "pauwa lagake", "pauwa laga ke", "pauva lagake",
                          "पव्वा लगाके", "quarter lagake", "quarter laga ke", "peg lagake", "peg laga ke",
                          "पेग लगाके", "पेग लगा के"),
    "bb_blown_on_drink": ("daru madhe udavle", "daru madhe udavla", "दारूत उडवले", "दारूत उडवला", "darut udavle",
                          "darut udavla", "दारू मध्ये उडवले", "daru me uda diye", "daru me uda diya",
                          "दारू में उड़ा दिए", "दारू में उड़ा दिया", "sharab me uda diya", "blew it on drink",
                          "blew it all on drink", "spent it on booze", "blew it on booze"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

BAR_AFTER_THE_BRANCH: tuple[Combination, ...] = (
    Combination(RE, (_g("bb_went_to_the_bar"),), 0,
                unless=_g("count", "a_one", "small_count", "times_over", "beverage", "ws_soft_mixer", "others", "story",
                          "errand"), unless_reach=5),
    Combination(RE, (_g("bb_quarter_put_on"),), 0, unless=_g("others", "story"), unless_reach=3),
    Combination(RE, (_g("bb_blown_on_drink"),), 0, unless=_g("others", "story"), unless_reach=3),
)
