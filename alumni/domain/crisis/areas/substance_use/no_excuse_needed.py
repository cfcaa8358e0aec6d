"""Using again told as needing no excuse (round 18): after a drinking song or a drinking talk,
the writer was the one who "didn't need a bahana", "बहाने की ज़रूरत नहीं पड़ी", "बहाण्याची गरज
पडली नाही", "needed no excuse": the excuse the drinkers look for was not even wanted.

Only beside a drinking word in the message; "didn't need an excuse to leave early" stays
quiet, as does the excuse refused with the drink ("no excuse, no drink"). Words and the rule
that reads them (appended to the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # The excuse not needed: "didn't need a bahana", "बहाने की ज़रूरत नहीं पड़ी".
    "no_excuse_needed": ("didnt need a bahana", "didn't need a bahana", "didnt need any bahana",
                         "didnt need an excuse", "didn't need an excuse", "didnt need any excuse",
                         "didn't need any excuse", "needed no excuse", "needed no bahana", "no excuse needed",
                         "bahane ki zarurat nahi padi", "bahane ki jarurat nahi padi", "बहाने की ज़रूरत नहीं पड़ी",
                         "बहाने की जरूरत नहीं पड़ी", "bahana bhi nahi chahiye tha", "बहाना भी नहीं चाहिए था",
                         "bahanyachi garaj padli nahi", "बहाण्याची गरज पडली नाही", "karan pan lagla nahi",
                         "कारण पण लागलं नाही"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

NO_EXCUSE_NEEDED: tuple[Combination, ...] = (
    # "peene walon ko peene ka bahana chahiye ... i was the one who didnt need a bahana".
    Combination(RE, (ANY + ("drink_verb", "drank", "measure"), _g("no_excuse_needed")), 20, order=True,
                across=True, unless=_g("quit", "craving")),
)
