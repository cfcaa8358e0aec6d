"""Suicide told as help refused in advance (the second reading of rounds 58-59, snake rescuers):
"agar ghonas ne kaata to hospital mat le jaana, ASV mat lagwana mujhe", "if i get bitten on the
next call i am not taking ASV. dont let them give it to me". The writer forbids his own rescue
for when the danger comes: a hospital, a treatment or a saving refused beside an "if" or a bite.

A hospital refused for a fever ("hospital mat le jaana, ghar pe theek ho jaunga") names a cure of
its own, and stays quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Rescue refused: "hospital mat le jaana", "वाचवू नका", "dont let them give it to me".
    "nr_refused": ("hospital mat le jaana", "hospital mat le jana", "हॉस्पिटल मत ले जाना", "अस्पताल मत ले जाना",
                   "aspatal mat le jana", "davakhanyat neu naka", "दवाखान्यात नेऊ नका", "hospital la neu naka",
                   "hospital madhe neu naka", "dont take me to hospital", "don't take me to hospital",
                   "dont take me to the hospital", "don't take me to the hospital", "mat bachana", "मत बचाना",
                   "mujhe mat bachana", "mala vachvu naka", "मला वाचवू नका", "vachvu naka", "वाचवू नका",
                   "dont save me", "don't save me", "dont let them save me", "don't let them save me",
                   "dont let them give it to me", "don't let them give it to me", "not taking asv",
                   "asv mat lagwana", "asv mat lagana", "asv deu naka", "ilaaj mat karna", "इलाज मत करना",
                   "upchar karu naka", "उपचार करू नका"),
    # When it comes: a bite, an accident, "if".
    "nr_when": ("if", "kaata to", "काटा तो", "chavla tar", "चावला तर", "bitten", "kuch hua to", "कुछ हुआ तो", "kahi jhala tar", "काही झालं तर"),
    # A cure of its own named: rest at home, a home remedy.
    "nr_own_cure": ("ghar pe theek", "घर पे ठीक", "ghari bara", "घरी बरा", "rest", "gharguti", "घरगुती", "fever", "bukhar", "बुखार", "taap", "ताप"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

NO_RESCUE_WANTED: tuple[Combination, ...] = (
    Combination(S, (_g("nr_when", "if_clause", "contingency"), _g("nr_refused")), 12, order=True, across=True,
                unless=_g("nr_own_cure", "laugh"), unless_reach=6),
)
