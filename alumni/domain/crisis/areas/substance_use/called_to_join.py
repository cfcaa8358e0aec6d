"""Others using and the writer called to join them, a craving (round 26, holdouts 74 and 75: the
labour camp on pay day, the riders' stand): "camp में सब पी रहे, मुझे भी बुला रहे. call करो",
"sab log ganja maar rahe hai upar terrace pe. mujhe bula rahe", "pura camp pyun nachtoy, mi
kholit band ahe. kathin ahe". Urgent, never a crisis: nobody here says they used.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR = Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    "cj_called": ("bula rahe", "बुला रहे", "bula raha", "बुला रहा", "bulaa rahe", "bolavtat", "बोलावतात",
                  "bolavat ahet", "बोलावत आहेत", "बोलावतायत", "bolavtayat", "asking me to join",
                  "want me to join", "told me to come", "mujhe bhi bula", "मुझे भी बुला", "mala pan bolavtat",
                  "मला पण बोलावतात", "i want to join", "want to join so"),
    # Shut in one's room against it: "mi kholit band ahe. kathin ahe", "help me stay in".
    "cj_shut_in_against_it": ("kholit band ahe", "खोलीत बंद आहे", "kholit basloy", "खोलीत बसलोय", "help me stay in",
                              "stay in my room", "कमरे में बंद हूं", "kamre me band hu", "blanket घेऊन झोपलोय",
                              "blanket gheun zoploy"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

CALLED_TO_JOIN: tuple[Combination, ...] = (
    Combination(CR, (_g("drinkers", "drinking_around", "others", "they_drink"), _g("cj_called")), 12, across=True,
                unless=_g("quit", "abstained"), unless_reach=8),
    Combination(CR, (_g("drinkers", "drinking_around", "others", "they_drink"), _g("cj_shut_in_against_it")), 14,
                across=True),
)
