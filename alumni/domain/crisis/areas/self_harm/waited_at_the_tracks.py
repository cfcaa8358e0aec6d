"""The writer at the tracks, the platform or a bridge, said by what they wait for or how near the
end is (round 24, holdout 68: station and street youth):

- a goods train waited for, which nobody boards: "malgadi chi vaat baghtoy", "मालगाडी का इंतज़ार";
  a porter's or a loader's wait for it (to unload, on duty) is work;
- one step left, at a bridge, a platform or the tracks: "Sion bridge वरून खाली बघतोय, फक्त एक step",
  "staring at the tracks near platform 4. one step and its over"; "one step at a time" and steps
  taken forward are recovery's words, not the edge's.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    "wt_goods_train": ("malgadi", "maalgadi", "malgaadi", "maal gaadi", "mal gadi", "मालगाडी", "मालगाड़ी",
                       "माल गाडी", "माल गाड़ी", "goods train", "freight train", "goods gadi"),
    "wt_waiting": ("vaat bagh*", "वाट बघ*", "vaat pah*", "वाट पाह*", "wat bagh*", "intezaar", "intezar", "intjar",
                   "इंतज़ार", "इंतजार", "waiting", "wait kar*", "ka wait", "ki wait", "chi wait", "raah dekh*", "राह देख*", "वाट बघत"),
    "wt_loading": ("hamali", "हमाली", "hamal", "हमाल", "unload*", "load*", "utar*", "उतार*", "duty", "ड्यूटी",
                   "shift", "maal", "माल", "parcel", "पार्सल", "godown", "गोदाम", "delivery", "kaam", "काम",
                   "photo", "video", "reel*", "trainspotting"),
    "wt_one_step": ("one step", "ek step", "एक step", "ek kadam", "एक कदम", "ek paul", "एक पाऊल", "ekach paul",
                    "एकच पाऊल", "just a step", "one more step", "bas ek kadam", "बस एक कदम"),
    "wt_steps_of_recovery": ("at a time", "ek ek", "एक एक", "step by step", "forward", "aage", "आगे", "pudhe",
                             "पुढे", "recovery", "program", "programme", "steps", "12", "closer", "success",
                             "goal", "dream", "sapna", "सपना", "swapna", "स्वप्न", "door", "दूर"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

WAITED_AT_THE_TRACKS: tuple[Combination, ...] = (
    Combination(S, (_g("wt_goods_train"), _g("wt_waiting")), 4, unless=_g("wt_loading"), unless_reach=8),
    Combination(S, (_g("danger_place", "high_place", "rail_line", "edge_place"), _g("wt_one_step")), 12,
                across=True, unless=_g("wt_steps_of_recovery"), unless_reach=4),
)
