"""Food praised by dying of it (round 20): "if i die eating this biryani at least i die happy",
"ही पुरणपोळी खाऊन मेलो तरी सुखाने मरेन": dying happy of a dish is a compliment to the cook.
(Hindi's "khushi se marunga" keeps its reading: the lexicon reads a will in the future form.)
The dying words are forgotten when a dish and eating are named in the same sentence as a happy
death and nothing else asks for it: a want ("i want to die happy tonight"), pills or poison,
or tonight keep the reading. Read by alumni.domain.crisis.scenes_told before the rules."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_HAPPY = frozenset({"happy", "happily", "khush", "खुश", "khushi", "खुशी", "sukhane", "सुखाने", "sukhat",
                    "सुखात", "anandane", "आनंदाने", "content", "satisfied"})
_DISH = frozenset({"biryani", "बिरयानी", "pizza", "burger", "cake", "chocolate", "icecream", "ice-cream", "ice",
                   "gulab", "jamun", "jalebi", "जलेबी", "rasgulla", "ladoo", "laddu", "लड्डू", "samosa", "समोसा",
                   "puranpoli", "पुरणपोळी", "modak", "मोदक", "vadapav", "वडापाव", "misal", "मिसळ", "pav", "bhaji",
                   "पावभाजी", "momos", "maggi", "paneer", "पनीर", "mutton", "chicken", "fish", "मटण", "kheer", "खीर",
                   "halwa", "हलवा", "food", "khana", "खाना", "jevan", "जेवण", "dish", "meal", "thali", "थाली",
                   "dessert", "sweets", "mithai", "मिठाई", "pani", "puri", "golgappe", "chaat", "pasta", "noodles",
                   "shrikhand", "श्रीखंड", "basundi", "बासुंदी", "ras", "malai", "मलाई"})
_EATING = ("eat", "eating", "ate", "kha", "खा", "खाऊन", "khaun", "khake", "खाके", "khaate", "khate", "taste",
           "tasting", "bite")
_EARNEST = ("want", "pills", "sedatives", "poison", "pill_count", "suicide", "hang", "weapon")
_DYING = ("die", "if_i_were_dead", "if_i_go", "burden")


def forget_die_happy_eating(c: Concepts) -> None:
    if not c.of("die") or c.typed_words.isdisjoint(_HAPPY) or c.typed_words.isdisjoint(_DISH):
        return
    if c.of(*_EARNEST) or not c.typed_words.isdisjoint({"tonight", "tonite", "aaj", "आज"}):
        return
    words = c.words
    by_sentence: dict[int, set[str]] = {}
    for token in words:
        by_sentence.setdefault(token.sentence, set()).add(token.raw)
    fond = {s for s, raws in by_sentence.items()
            if raws & _HAPPY and raws & _DISH and any(r.startswith(_EATING) for r in raws)}
    for hit in c.of(*_DYING):
        if words[hit.start].sentence in fond:
            c.drop(hit.concept, hit.start, hit.end)
