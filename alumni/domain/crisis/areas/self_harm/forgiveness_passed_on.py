"""Forgiveness asked through someone else (round 20): "ghar walon ko bolna mujhe maaf kar de",
"घरच्यांना सांगा मला माफ करा", "tell my family to forgive me": the family is to be told, by the
one who reads it, to forgive the writer; a farewell passed on, since the writer will not ask
them himself. Quiet: an apology for a named wrong passed on ("mummy ko bolna late ho gaya maaf
karna", "tell mom sorry i forgot the milk"), which names the day's fault; and no "forgive me"
said at all. Words and the rule that reads them (appended to the area's COMBINATIONS by
rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The family as a whole, or both parents: "ghar walon ko", "घरच्यांना", "my family".
    "fpo_family": (
        "ghar walon", "gharwalon", "ghar walo", "घर वालों", "घरवालों", "ghar wale", "घर वाले", "gharwale",
        "gharchyanna", "gharchyana", "घरच्यांना", "gharchyanla", "घरच्यांनाही", "my family", "family ko",
        "family la", "family", "फैमिली", "parivar", "परिवार", "parivaar", "kutumb", "कुटुंब", "कुटुंबाला",
        "my parents", "mom and dad", "mummy papa", "मम्मी पापा", "mummy papa ko", "maa papa", "मां पापा",
        "aai baba", "आई बाबा", "आई बाबांना", "aai babanna", "aai-baba", "sabko", "सबको", "sagalyanna",
        "सगळ्यांना", "everyone",
    ),
    # Forgive me, the writer being the one forgiven: "mujhe maaf kar de", "मला माफ करा".
    "fpo_forgive_me": (
        "mujhe maaf", "मुझे माफ", "mujhe maaf kar", "mujhe maf", "mujhko maaf", "मुझको माफ", "mala maaf",
        "मला माफ", "mala maf", "mala kshama", "मला क्षमा", "mujhe kshama", "मुझे क्षमा", "forgive me",
        "to forgive me", "pardon me",
    ),
    # The day's wrong, named: late, forgot, a chore missed.
    "fpo_named_wrong": (
        "late", "der", "देर", "ushir", "उशीर", "forgot", "bhool", "भूल", "bhul", "visarlo", "विसरलो", "visarle",
        "milk", "doodh", "दूध", "dudh", "दूध", "call", "phone", "dinner", "khana", "खाना", "jevan", "जेवण",
        "function", "party", "wedding", "shaadi", "lagna", "लग्न", "birthday", "miss", "gussa", "गुस्सा", "rag",
        "राग", "shouted", "chillaya", "चिल्लाया", "ordaklo", "ओरडलो", "ladai", "लड़ाई", "bhandan", "भांडण",
        "fight", "exam", "marks", "result", "tomorrow", "kal aaunga", "udya yein", "weekend",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

FORGIVENESS_PASSED_ON: tuple[Combination, ...] = (
    # "ghar walon ko bolna mujhe maaf kar de", "घरच्यांना सांगा मला माफ करा", "tell my family to
    # forgive me"; a named wrong of the day ("late ho gaya", "forgot the milk") is an apology.
    Combination(S, (_g("fpo_family"), _g("relay"), _g("fpo_forgive_me")), 6,
                unless=_g("fpo_named_wrong"), unless_reach=8),
)
