"""A strange calm at the well, the canal or the tracks (round 15: holdout 23): the writer sitting
or standing there and feeling at peace ("vihiri javal basloy. khup shant vatatay", "नहर के
किनारे बैठा हूँ, बड़ा सुकून मिल रहा है", "sitting by the tracks, feel so calm"). The peace of
one who has decided is a warning sign of its own; the word list and the rule that reads it
(appended to the area's COMBINATIONS by rules.py).

Only the well, the canal, the quarry and the tracks count: a river bank, a lake, the sea or
a dam is where people sit for the evening and feel calm. Drawing water, an outing with
friends and a laugh stay quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Places that are no evening's outing: the well, the canal, the quarry, the tracks.
    "well_or_tracks": ("kuein", "kuen", "kuwa", "kuwe", "कुआं", "कुएं", "कुएँ", "kuan", "vihir", "vihiri", "vihirit",
                       "विहीर", "विहिरी", "विहिरीत", "vihirijaval", "विहिरीजवळ", "vihirikade", "विहिरीकडे",
                       "vihirivar", "विहिरीवर", "nahar", "नहर", "canal", "kalvya*", "कालव्या*", "khanit", "खाणीत",
                       "quarry", "rulavar", "रुळावर", "patri", "पटरी", "tracks", "railway track", "railway line"),
    # Feeling calm, at peace: "shant vatatay", "सुकून मिल रहा", "so peaceful".
    "feel_calm": ("shant vatatay", "shant vatay", "शांत वाटतंय", "शांत वाटतं", "shant vatta", "khup shant",
                  "खूप शांत", "sukoon mil raha", "सुकून मिल रहा", "sukoon mil rahi", "bada sukoon", "बड़ा सुकून",
                  "shanti mil rahi", "शांति मिल रही", "shanti mil raha", "so calm", "feel calm", "feel so calm",
                  "so peaceful", "feel peaceful", "feels peaceful", "at peace"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

CALM_AT_THE_WELL: tuple[Combination, ...] = (
    # "vihiri javal basloy. khup shant vatatay": there, and at peace.
    Combination(S, (_g("well_or_tracks"), _g("present_there", "posture", "near"), _g("feel_calm")), 10,
                across=True, unless=_g("water_chore", "water_leisure", "outing", "coast_company", "away_trip",
                                       "laugh")),
)
