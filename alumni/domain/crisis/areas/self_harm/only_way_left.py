"""The only way still left now, said of nothing named (round 15): "bas ek hi rasta bacha hai ab",
"एकच मार्ग उरलाय आता", "only option left now". Ambiguous, so read towards a person; a way that
is named beside it (a loan, the court, a doctor, a talk) is an errand and stays quiet. The only
way itself ("only_way") is village_places.py's concept.

Round 39 (brokers): release from everything by the only way there is, "कर्ज़, केस, पुलिस,
खरीदार... इन सब से छुटकारा एक ही तरीके से मिलेगा". The burdens named before the release are
what one is rid of, not a remedy; only a burden's release counts ("छुटकारा", "सुटका", "escape"),
not peace or salvation ("मुक्ति का एक ही मार्ग", "shanti ka ek hi upay" are a temple's talk).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Still left, of a way: "bacha hai", "उरलाय", "left".
    "still_left": ("bacha", "bacha hai", "बचा", "बचा है", "bachi", "बची", "urla", "उरला", "urlay", "उरलाय",
                   "urlela", "उरलेला", "left", "remaining", "remains"),
    # Now, at this point: "ab", "now" (the Marathi "आता" reads as "था", so its present perfect
    # "उरलाय" carries the now instead).
    "at_this_point": ("now", "ab", "अब"),
    # Left by now, in the verb itself: "उरलाय", "bacha hai".
    "left_by_now": ("urlay", "urlaay", "उरलाय", "urlay ata", "bacha hai", "बचा है", "bachi hai", "बची है"),
    # A way that is named, so an errand and not an end: a loan, the court, a doctor, a job.
    "remedy_named": ("loan", "karz", "karza", "कर्ज", "कर्जा", "court", "kort", "police", "doctor", "daktar",
                     "hospital", "rehab", "naukri", "नौकरी", "nokri", "नोकरी", "job", "bank", "exam", "pariksha",
                     "परीक्षा", "ticket", "sell", "bechna", "बेचना", "vikna", "विकणे", "maafi", "माफ़ी",
                     "माफी", "talk", "baat", "बात", "बोलून", "bolun", "विचारून", "vicharun", "shift", "transfer", "call",
                     "ask", "wait", "intezaar", "इंतज़ार"),
    # Rid of it: a burden's release.
    "owl_rid_of": ("chhutkara", "छुटकारा", "chutkara", "chhutkaara", "sutka", "सुटका", "sutkara", "escape",
                   "rid of"),
    # One way only, the way itself ("tarike se" alone is "properly").
    "owl_one_way": ("ek hi tarika", "ek hi tarike", "एक ही तरीका", "एक ही तरीके", "ek hi rasta", "एक ही रास्ता",
                    "ek hi upay", "एक ही उपाय", "ekach marg", "एकच मार्ग", "ekach upay", "एकच उपाय", "ekach rasta",
                    "एकच रस्ता", "only one way", "one way only", "just one way"),
    # A way out of a debt that is a remedy, named after it (round 58-59's reading): selling, work, a talk.
    "owl_remedy": ("sell", "selling", "bech*", "बेच*", "vikun", "विकून", "vikna", "विकणे", "vikav*", "विकाव*",
                   "naukri", "नौकरी", "nokri", "नोकरी", "court", "police", "doctor", "mehnat", "मेहनत",
                   "mehenat", "kaam karna", "काम करना", "kam karne", "talk", "baat karna", "बात करना", "bolun",
                   "बोलून", "mortgage", "girvi", "गिरवी", "गहाण", "zameen", "जमीन", "ज़मीन",
                   "jamin", "overtime", "ओवरटाइम", "settlement", "one time settlement", "ots",
                   # advice, not despair: "bank jaake prepay karo"
                   "prepay", "pre pay", "foreclose*", "restructur*", "bank jaake", "bank jao", "बैंक जाके",
                   "बैंक जाओ", "bank madhe ja", "बँकेत जा"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_WAY_NAMED = _g("route_word", "crop_target", "faith_word", "laugh", "remedy_named")

ONLY_WAY_LEFT: tuple[Combination, ...] = (
    # A debt grown past paying, and then one way seen (round 58-59's reading): "karz itka zala ki ata
    # ekach rasta disto", "broker ने फसवलं, bank ने notice दिली, आता माझ्याकडे एकच मार्ग उरलाय". The debt
    # comes first and is the burden, not the remedy; a remedy named beside the way keeps it quiet.
    Combination(S, (_g("dues", "lenders"), _g("only_way", "owl_one_way")), 12, order=True, across=True,
                unless=_g("owl_remedy", "route_word", "faith_word", "laugh"), unless_reach=6),
    # The only way, still left now, with nothing named: "bas ek hi rasta bacha hai ab", "एकच
    # मार्ग उरलाय आता". Ambiguous, so read towards a person: a loan, a court or a talk named
    # beside it is an errand.
    # The way is named after the words, often a clause later ("only option left now is to call
    # the landlord"), so the cancels look further than the usual two words.
    Combination(S, (_g("only_way"), _g("still_left"), _g("anymore", "at_this_point")), 5,
                unless=_WAY_NAMED, unless_reach=6),
    Combination(S, (_g("only_way"), _g("left_by_now")), 3, unless=_WAY_NAMED, unless_reach=6),
    Combination(S, (_g("owl_rid_of"), _g("owl_one_way")), 6, unless=_WAY_NAMED + _g("third_person"), unless_reach=3),
)
