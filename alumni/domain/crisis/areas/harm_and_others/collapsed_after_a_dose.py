"""Someone who took a dose and collapsed (round 24, holdout 69: the akhada and the gym): "एक पोरगा
इंजेक्शन घेऊन आखाड्यातच कोसळला, हालचाल नाही", "took the pills and passed out", "syrup pi ke behosh
pada hai". The dose first, then the fall, the faint or no movement, is an overdose to act on; a
faint before the doctor's injection is a clinic's ("chakkar aaya, doctor ne injection diya").

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

OD = Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    "cd_collapsed": ("कोसळला", "कोसळली", "kosalla", "kosalala", "koslala", "collapsed", "passed out", "fainted",
                     "gir pada", "गिर पड़ा", "गिर पडा", "gir padi", "गिर पड़ी", "behosh", "बेहोश", "बेशुद्ध",
                     "beshuddh", "beshudh", "हालचाल नाही", "halchal nahi", "not moving", "hil nahi raha",
                     "हिल नहीं रहा", "unconscious", "uth nahi raha", "उठ नहीं रहा", "uthat nahi", "उठत नाही"),
    "cd_given_by_a_doctor": ("doctor", "डॉक्टर", "dr", "nurse", "नर्स", "hospital", "हॉस्पिटल", "दवाखान*",
                             "dawakhan*", "clinic", "compounder", "physio", "vaccine", "tika", "टीका", "tetanus"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

COLLAPSED_AFTER_A_DOSE: tuple[Combination, ...] = (
    Combination(OD, (_g("injectable", "needle", "pills", "sedatives", "opioids", "drugs"), _g("cd_collapsed")), 6,
                order=True, across=True, unless=_g("cd_given_by_a_doctor"), unless_reach=4),
)
