"""A life offered for a dish (round 21), read by alumni.domain.crisis.scenes_told before the
rules: "tai tumchya pohya sathi tar jeev deto", "aapke samose ke liye jaan de dunga", "would
die for your biryani": a cook's food praised. The life word ('jaan': jeev, jaan) is forgotten
when a dish is named in the three words before a "for" ("sathi", "ke liye", "for") that comes
just before it, or earlier in the sentence before "its" for ("bhabhi ke haath ka dal baati,
uske liye to jaan de du"). Given for a person ("tichya sathi jeev deto"), or beside a means, it
stays.

Round 26 (holdout 76, the highway's dhabas): dying for a dish, and dying to do a small thing,
said in Marathi:
- "ढाबे की दाल बाटी के लिए तो मर जाऊं", "daal baati mhanje marun jaave itki bhari": the dying
  word just after the dish's "for", or the dish praised as "so good one could die";
- "aai chya hatcha jevan khayla marto ahe", "chotu tula bhetayla marto ahe": dying to eat, to
  meet, to see (the "-ayla" of purpose right before "marto", or just after it: "marto ahe
  bhetayla");
- round 28: dying of missing someone, said as it goes on: "bacchon ki yaad me mar raha hu, jaldi
  gaon jaunga" ("uski yaad me mar jaunga", a future, is left to alert).
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

DISHES = frozenset({
    "poha", "pohe", "pohya", "पोहे", "पोह्या", "पोहा", "vada", "vade", "वडा", "वडे", "vadapav", "वडापाव", "misal",
    "मिसळ", "bhaji", "भजी", "भाजी", "modak", "मोदक", "samosa", "samose", "समोसा", "समोसे", "kachori", "कचौरी",
    "jalebi", "जलेबी", "biryani", "बिरयानी", "chai", "चाय", "chaha", "चहा", "aamras", "आमरस",
    "thalipeeth", "थालीपीठ", "puranpoli", "पुरणपोळी", "poli", "पोळी", "paratha", "parathe", "पराठे",
    "पराठा", "halwa", "हलवा", "kheer", "खीर", "ladoo", "laddu", "लाडू", "लड्डू", "usal", "उसळ", "upma",
    "sheera", "शिरा", "dosa", "idli", "pav", "पाव", "cake", "food", "khana", "खाना", "jevan", "जेवण",
    "swaipak", "स्वयंपाक", "curry", "dal", "दाल", "rajma", "chole", "छोले", "pakode", "पकोड़े", "momos",
    "baati", "बाटी", "baafla", "बाफला", "daal", "डाळ", "churma", "चूरमा", "kadhi", "कढ़ी",
})
# "its" before the "for": the dish was named earlier in the sentence.
_ITS = frozenset({"uske", "iske", "उसके", "इसके", "tyachya", "त्याच्या", "hyachya", "ह्याच्या", "its", "that"})
# So good that: "itki bhari", "itna mast", "so good".
_SO_GOOD = frozenset({"itki", "itka", "itke", "इतकी", "इतका", "itni", "itna", "इतनी", "इतना", "so", "bhari", "भारी",
                      "mast", "मस्त", "tasty", "testy", "lajawab", "लाजवाब"})
# Dying to do a small thing: the Marathi "-ayla" of purpose before "marto".
_TO_DO = frozenset({"khayla", "खायला", "bhetayla", "भेटायला", "baghayla", "बघायला", "aikayla", "ऐकायला",
                    "khelayla", "खेळायला", "bolayla", "बोलायला", "yayla", "यायला"})
_DYING_FOR = frozenset({"marto", "marte", "martoy", "martey", "मरतो", "मरते", "मरतोय", "मरतेय", "mar", "मर",
                        "marun", "मरून", "jaun", "जाऊं", "jaave", "जावे"})
_FOR = frozenset({"sathi", "साठी", "saathi", "liye", "लिए", "for", "khatir", "खातिर", "karta", "करता"})


def forget_life_for_a_dish(c: Concepts) -> None:
    _dying_to_do(c)
    if c.typed_words.isdisjoint(DISHES):
        return
    present = c.present()
    for name in ("jaan", "die", "kill"):
        if name not in present:
            continue
        for hit in c.of(name):
            if _for_a_dish(c, hit.start):
                c.drop(name, hit.start, hit.end)


def _for_a_dish(c: Concepts, start: int) -> bool:
    words = c.words
    before = [t.raw for t in words[max(0, start - 4):start]]
    fors = [k for k, w in enumerate(before) if w in _FOR]
    if fors and any(w in DISHES for w in before[max(0, fors[-1] - 3):fors[-1]]):
        return True
    sentence = [t.raw for t in words[:start] if t.sentence == words[start].sentence]
    if fors and fors[-1] > 0 and before[fors[-1] - 1] in _ITS and any(w in DISHES for w in sentence):
        return True
    # "daal baati mhanje marun jaave itki bhari"
    after = [t.raw for t in words[start:start + 4]]
    return any(w in DISHES for w in sentence) and any(w in _SO_GOOD for w in after)


_MISSING = frozenset({"yaad", "याद", "aathvanit", "आठवणीत"})
_IN = frozenset({"me", "mein", "में"})
_GOING_ON = frozenset({"raha", "rahi", "rahe", "रहा", "रही", "रहे", "ja", "jaa", "जा"})


def _dying_to_do(c: Concepts) -> None:
    typed = c.typed_words
    if typed.isdisjoint(_TO_DO) and typed.isdisjoint(_MISSING):
        return
    words = c.words
    for hit in c.of("die"):
        before = [t.raw for t in words[max(0, hit.start - 2):hit.start]]
        after = [t.raw for t in words[hit.end:hit.end + 2]]
        to_do = (before[-1:] and before[-1] in _TO_DO) or any(w in _TO_DO for w in after)
        missing = (before[-1:] and (before[-1] in _MISSING or (before[-1] in _IN and before[0] in _MISSING))
                   and any(w in _GOING_ON for w in after))
        if (to_do and words[hit.start].raw in _DYING_FOR) or missing:
            c.drop("die", hit.start, hit.end)
            c.drop("kill", hit.start, hit.end)
