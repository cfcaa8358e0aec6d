"""Food praised by dying of it (round 20): "if i die eating this biryani at least i die happy",
"ही पुरणपोळी खाऊन मेलो तरी सुखाने मरेन": dying happy of a dish is a compliment to the cook.
(Hindi's "khushi se marunga" keeps its reading: the lexicon reads a will in the future form.)
The dying words are forgotten when a named dish and eating are in the same sentence as a happy
death said as a condition ("if", "even if", "at least", "तरी") and nothing else asks for it: a
want ("i want to die happy tonight"), pills or poison, tonight, or a last meal ("ate my last
meal, now i die happy") keep the reading. Read by alumni.domain.crisis.scenes_told before the
rules."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_HAPPY = frozenset({"happy", "happily", "khush", "खुश", "khushi", "खुशी", "sukhane", "सुखाने", "sukhat",
                    "सुखात", "anandane", "आनंदाने", "content", "satisfied"})
# Dishes by name: "food", "meal" or "khana" alone could be anyone's last.
_DISH = frozenset({"biryani", "बिरयानी", "pizza", "burger", "cake", "chocolate", "icecream", "ice-cream",
                   "gulab", "jamun", "jalebi", "जलेबी", "rasgulla", "ladoo", "laddu", "लड्डू", "samosa", "समोसा",
                   "puranpoli", "पुरणपोळी", "modak", "मोदक", "vadapav", "वडापाव", "misal", "मिसळ", "bhaji",
                   "पावभाजी", "momos", "maggi", "paneer", "पनीर", "mutton", "chicken", "fish", "मटण", "kheer", "खीर",
                   "halwa", "हलवा", "dessert", "sweets", "mithai", "मिठाई", "golgappe", "chaat", "pasta", "noodles",
                   "shrikhand", "श्रीखंड", "basundi", "बासुंदी", "malai", "मलाई"})
# Whole words: a prefix "kha" would also be "khatam" (over) and "khali" (empty).
_EATING = frozenset({"eat", "eating", "ate", "eaten", "khaun", "खाऊन", "khake", "खाके", "khaake", "khaate",
                     "khate", "खाते", "खाता", "khata", "khaata", "khatana", "खाताना", "taste", "tasting", "bite"})
# The dying said as a condition: "if i die eating this", "मेलो तरी", "mar bhi jaun".
_CONDITION = frozenset({"if", "agar", "agr", "अगर", "jar", "जर", "tari", "तरी", "even", "atleast", "least",
                        "bhi", "भी", "chahe", "चाहे"})
# A last meal, tonight: never a compliment.
_KEEPS = frozenset({"last", "final", "aakhri", "akhri", "आखिरी", "antim", "अंतिम", "shevatch", "shevatcha",
                    "शेवटचं", "शेवटचा", "शेवटचे", "tonight", "tonite", "aaj", "आज"})
_EARNEST = ("want", "pills", "sedatives", "poison", "pill_count", "suicide", "hang", "weapon")
_DYING = ("die", "if_i_were_dead", "if_i_go", "burden")


def forget_die_happy_eating(c: Concepts) -> None:
    typed = c.typed_words
    if not c.of("die") or typed.isdisjoint(_HAPPY) or typed.isdisjoint(_DISH) or typed.isdisjoint(_EATING):
        return
    if typed.isdisjoint(_CONDITION) or not typed.isdisjoint(_KEEPS) or c.of(*_EARNEST):
        return
    words = c.words
    fond = set()
    for sentence, span in c.sentences.items():
        raws = {words[i].raw for i in span}
        if raws & _HAPPY and raws & _DISH and raws & _EATING:
            fond.add(sentence)
    for hit in c.of(*_DYING):
        if words[hit.start].sentence in fond:
            c.drop(hit.concept, hit.start, hit.end)
