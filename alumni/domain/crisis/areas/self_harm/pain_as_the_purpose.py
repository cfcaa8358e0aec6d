"""Self-harm told by its purpose, the pain itself (round 56-57's reading, holdouts 194 and 198): a
tattoo machine run on one's own thigh without ink "fakt dukh sathi", ten holes in one's own ear
"फक्त वेदनेसाठी", a forearm burnt on the drill bit because "the pain makes my head quiet", a wall
punched because "dukh hota tevha bara vatta". The body is one's own and the pain is what was
wanted, or what brings relief.

"For the pain" is also why a tablet, a balm or a numbing cream is taken: with a medicine named
beside it, or someone else's body, it stays quiet. Words and the rules that read them (appended
to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SH = Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # Done only for the pain: "fakt dukh sathi", "सिर्फ दर्द के लिए", "just for the pain".
    "pp_for_the_pain": ("fakt dukh sathi", "फक्त दुःखासाठी", "फक्त दुखासाठी", "फक्त वेदनेसाठी", "fakt vednesathi",
                        "fakt vedane sathi", "sirf dard ke liye", "सिर्फ दर्द के लिए", "sirf dard ke liya",
                        "bas dard ke liye", "बस दर्द के लिए", "just for the pain", "only for the pain", "just to feel the pain",
                        "just to feel pain", "to feel the pain", "dard mehsoos karne", "दर्द महसूस करने", "dukh janvayla",
                        "दुःख जाणवायला", "vedana janvayla", "वेदना जाणवायला"),
    # The pain brings relief: "dukh hota tevha bara vatta", "the pain makes my head quiet".
    "pp_pain_relief": ("dukh hota tevha bara vatta", "dukh hota tevha bara vatte", "दुखतं तेव्हा बरं वाटतं",
                       "दुखलं की बरं वाटतं", "dukhla ki bara vatta", "dard hota hai to achha lagta", "दर्द होता है तो अच्छा लगता",
                       "dard se sukoon", "दर्द से सुकून", "dard me sukoon", "दर्द में सुकून", "pain makes my head quiet",
                       "the pain makes my head quiet", "pain calms me", "the pain calms me", "pain helps me", "the pain helps",
                       "pain shuts my head up", "pain makes it quiet", "वेदनेने शांत वाटतं", "vedanene shant vatta"),
    # No relief said: "bara vatta nahi", "achha nahi lagta".
    "pp_no_relief": ("bara vatta nahi", "bara vatat nahi", "बरं वाटत नाही", "achha nahi lagta", "अच्छा नहीं लगता",
                     "doesnt help", "doesn't help", "does not help"),
    # Why a pain is ordinarily seen to: a medicine, a balm, the numbing cream, a doctor.
    "pp_eased": ("tablet", "goli", "गोली", "गोळी", "crocin", "dolo", "painkiller", "balm", "मलम", "malam", "cream",
                 "क्रीम", "numbing", "ice", "बर्फ", "doctor", "डॉक्टर", "physio", "injection", "इंजेक्शन", "spray"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_OWN_BODY = _g("cut_site", "hand_part", "bop_arm", "ht_skin", "hod_own_flesh", "bo_own_part", "self", "exh_fingers")

PAIN_AS_THE_PURPOSE: tuple[Combination, ...] = (
    Combination(SH, (_OWN_BODY, _g("pp_for_the_pain", "pp_pain_relief")), 16, across=True,
                unless=_g("pp_eased", "pills", "third_person", "pp_no_relief"), unless_reach=3),
)
