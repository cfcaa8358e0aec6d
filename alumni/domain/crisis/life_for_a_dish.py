"""A life offered for a dish (round 21), read by alumni.domain.crisis.scenes_told before the
rules: "tai tumchya pohya sathi tar jeev deto", "aapke samose ke liye jaan de dunga", "would
die for your biryani": a cook's food praised. The life word ('jaan': jeev, jaan) is forgotten
when a dish is named in the three words before a "for" ("sathi", "ke liye", "for") that comes
just before it. Given for a person ("tichya sathi jeev deto"), or beside a means, it stays.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_DISHES = frozenset({
    "poha", "pohe", "pohya", "पोहे", "पोह्या", "पोहा", "vada", "vade", "वडा", "वडे", "vadapav", "वडापाव", "misal",
    "मिसळ", "bhaji", "भजी", "भाजी", "modak", "मोदक", "samosa", "samose", "समोसा", "समोसे", "kachori", "कचौरी",
    "jalebi", "जलेबी", "biryani", "बिरयानी", "chai", "चाय", "chaha", "चहा", "aamras", "आमरस",
    "thalipeeth", "थालीपीठ", "puranpoli", "पुरणपोळी", "poli", "पोळी", "paratha", "parathe", "पराठे",
    "पराठा", "halwa", "हलवा", "kheer", "खीर", "ladoo", "laddu", "लाडू", "लड्डू", "usal", "उसळ", "upma",
    "sheera", "शिरा", "dosa", "idli", "pav", "पाव", "cake", "food", "khana", "खाना", "jevan", "जेवण",
    "swaipak", "स्वयंपाक", "curry", "dal", "दाल", "rajma", "chole", "छोले", "pakode", "पकोड़े", "momos",
})
_FOR = frozenset({"sathi", "साठी", "saathi", "liye", "लिए", "for", "khatir", "खातिर", "karta", "करता"})


def forget_life_for_a_dish(c: Concepts) -> None:
    if "jaan" not in c.present() or c.typed_words.isdisjoint(_DISHES) or c.typed_words.isdisjoint(_FOR):
        return
    words = c.words
    for hit in c.of("jaan"):
        before = [t.raw for t in words[max(0, hit.start - 4):hit.start]]
        fors = [k for k, w in enumerate(before) if w in _FOR]
        if fors and any(w in _DISHES for w in before[max(0, fors[-1] - 3):fors[-1]]):
            c.drop("jaan", hit.start, hit.end)
