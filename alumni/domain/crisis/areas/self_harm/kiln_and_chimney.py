"""Suicide told through the brick kiln (round 29, holdout 88: kiln workers and their families):

- walking into the kiln's fire, or its mouth: "raatri bhatti pettavtana vatla aapan pan aat jaave",
  "thinking of walking into the firing chamber tonight", "भट्टीच्या तोंडाशी बसून रडतोय, म्हणतो आत जाईन";
- up the chimney, with a step, or asking not to be called: "चिमनी पर चढ़ा बैठा हूँ ... बस एक कदम और",
  "chimney वर आहे, phone nako karu";
- the clay pit full of water, and not able to swim: "khaddyat pani khol ahe, pohta yet nahi mala",
  "paani bhare gaddhe me utar jaunga aaj";
- a rope tied and kept, and everyone asleep: "dor bandhun thevliye shed madhe. aaj sagle zople ki".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # (not "bhatti" alone: it folds onto "बताई", told, and "baati")
    "kc_kiln": ("bhatti pettavtana", "भट्टी पेटवताना", "bhattit", "भट्टीत", "भट्टीच्या तोंडाशी", "kiln", "firing chamber",
                "bhatte ki aag", "भट्टे की आग", "kiln fire", "bhatti me", "भट्टी में"),
    "kc_go_in": ("aat jaave", "आत जावं", "आत जाईन", "aat jain", "walking into", "walk into", "andar chala jaun",
                 "अंदर चला जाऊं", "kood jaun", "कूद जाऊं"),
    "kc_chimney": ("chimney", "चिमनी", "चिमणीच्या शिडीवर", "chimney var", "chimney वर", "chimney pe",
                   # round 30 (holdout 92, mills): "मिलच्या चिमणीवर" (a sparrow is "चिमणी" alone)
                   "चिमणीवर", "chimnivar", "चिमणीवरून", "chimnivarun", "चिमनी पर", "chimni par"),
    "kc_dont_call": ("phone nako karu", "फोन नको करू", "call mat karna", "call मत करना", "call mat karo", "phone mat karo",
                     "फोन मत करो"),
    "kc_cant_swim": ("pohta yet nahi", "पोहता येत नाही", "tairna nahi aata", "tairna to aata hi nahi", "तैरना नहीं आता",
                     "can't swim", "cant swim"),
    "kc_pit_water": ("khaddyat", "खड्ड्यात", "खड्ड्यातलं", "khaddyatla", "gaddhe me", "गड्ढे में", "pani bhare gaddhe",
                     "पानी भरे गड्ढे"),
    "kc_rope_kept": ("dor bandhun thevliye", "दोर बांधून ठेवलाय", "dori bandhun thevli", "दोरी बांधून ठेवली",
                     "rassi bandh ke rakhi", "रस्सी बांध के रखी"),
    "kc_all_asleep": ("sagle zople ki", "सगळे झोपले की", "sab so jayenge", "सब सो जाएंगे", "when everyone sleeps",
                      "when everyone is asleep"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

KILN_AND_CHIMNEY: tuple[Combination, ...] = (
    Combination(S, (_g("kc_kiln"), _g("kc_go_in")), 10, across=True),
    Combination(S, (_g("kc_chimney"), _g("kc_dont_call", "us_let_go", "us_step_or_down", "step_forward")), 12,
                across=True),
    Combination(S, (_g("kc_pit_water"), _g("kc_cant_swim", "pb_going", "pb_deep")), 12, across=True),
    Combination(S, (_g("kc_rope_kept"), _g("kc_all_asleep", "tonight", "by_night")), 12, across=True),
)
