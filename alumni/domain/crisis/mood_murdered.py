"""The mood killed (round 21), read by alumni.domain.crisis.scenes_told before the rules: "मूड
का कत्ल हो गया", "report ne mood ka poora murder kar diya", "moodcha khoon zala", "killed my
mood": a report or news that spoiled the day. The killing word is forgotten when "mood" (or
"vibe") is its object, a word or two before it ("mood ka", "मूड का", "moodcha") or after it
("killed my mood"). A person named as the one killed keeps the alarm. Round 26 (holdout 75,
delivery riders): so is a rider's rating or an app's score ("rating का murder हो गया इस week").
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.life_for_a_dish import DISHES

_MOOD = frozenset({"mood", "मूड", "moodcha", "मूडचा", "moodchi", "मूडची", "moodka", "vibe", "vibes", "मूडचं",
                   "moodch", "rating", "ratings", "रेटिंग", "score", "स्कोर",
                   # round 32: "इस रैंक ने तो सबका मनोबल कत्ल कर दिया"
                   "मनोबल", "manobal", "morale", "confidence",
                   # round 33: the milk's rate ("dairy walon ne rate ka khoon kar diya")
                   "rate", "rates", "रेट", "bhav", "bhaav", "भाव",
                   # round 34: "नए सिलेबस ने छुट्टियों का कत्ल कर दिया"
                   "छुट्टियों", "छुट्टियां", "chhuttiyon", "chhuttiya", "holidays", "vacation", "सुट्टीचा", "sutticha",
                   # round 35 (journalists): a story killed by the editor
                   "story", "स्टोरी", "batmi", "बातमी", "headline", "हेडलाइन", "byline",
                   # the back worn out (round 35): "5 ghar ka pocha, kamar ka qatal ho gaya"
                   "kamar", "कमर", "kambar", "कंबर",
                   # round 53's reading (porters): trade killed ("these wheelie bags are murdering our business")
                   "business", "dhanda", "dhandha", "धंदा", "धंधा", "धंधे", "dhandyacha", "धंद्याचा", "kamai", "कमाई",
                   "sales", "bikri", "बिक्री", "earnings"})
_KILLING = ("murder", "kill")
# Round 48 (cashew): prices on fire ("kaju के rates को आग लगी है", "bhav la aag lagli"), and a
# price "murder" at the sentence's end ("the fish rates this season are murder").
_PRICES = frozenset({"rate", "rates", "रेट", "bhav", "bhaav", "भाव", "भावाला", "bhavala", "prices", "price",
                     "दाम", "daam", "दामों", "महंगाई", "mehngai", "mahagai", "महागाई"})
_FIRE = frozenset({"आग", "aag", "aagi", "आगी", "fire"})
_ON_FIRE = ("df_fire", "fest_farewell_fire", "set_alight", "violence", "g_chem")
_COPULAS = frozenset({"is", "are", "was", "were", "hai", "है", "hain", "हैं"})
# Round 30 (holdout 93, hotel kitchens): a dish "murdered" by a bad cook ("naye cook ne chicken ka
# khoon kar diya", "paneer cha khoon kela", "पनीर का कत्ल", "murdered the biryani"): the dish is
# the object, the blood word ("khoon") a killing too.
_DISH = DISHES | frozenset({"chicken", "चिकन", "paneer", "पनीर", "mutton", "मटन", "fish", "मछली", "machhi",
                             "biryani", "biriyani", "बिर्याणी", "sabzi", "सब्ज़ी", "सब्जी", "gravy", "ग्रेवी",
                             "pasta", "pizza", "steak", "kebab", "kebabs", "कबाब", "tikka", "टिक्का", "roti",
                             "रोटी", "naan", "नान", "dish", "डिश", "recipe", "रेसिपी",
                             # and a loom's or a mill's work spoiled (holdout 92): "power cut murdered the
                             # whole batch", "बिजली कटौती ने पूरे बैच का कत्ल कर दिया"
                             "batch", "बैच", "lot", "order", "ऑर्डर", "thaan", "थान", "design", "डिझाईन",
                             # the coast's fish (holdout 95): "cook ne surmai ka khoon kar diya"
                             "surmai", "सुरमई", "pomfret", "paplet", "पापलेट", "bangda", "बांगडा", "prawns", "kolambi",
                             "कोळंबी", "मासा", "masa"})
_DISH_KILLING = ("murder", "kill", "bleed", "exf_blood")


def forget_mood_murdered(c: Concepts) -> None:
    if not c.typed_words.isdisjoint(_DISH):
        _forget_dish_murdered(c)
    if not c.typed_words.isdisjoint(_PRICES):
        _forget_prices_on_fire(c)
    if c.typed_words.isdisjoint(_MOOD):
        return
    words = c.words
    moods = [i for i, t in enumerate(words) if t.raw in _MOOD]
    for hit in c.of(*_KILLING):
        if any(hit.start - 3 <= i < hit.start or hit.end <= i <= hit.end + 2 for i in moods):
            c.drop(hit.concept, hit.start, hit.end)


def _forget_dish_murdered(c: Concepts) -> None:
    """The dish a few words before the killing ("chicken ka khoon", "पूरे बैच का कत्ल") or right
    after it ("murdered the biryani", "murdered the whole batch")."""
    words = c.words
    dishes = [i for i, t in enumerate(words) if t.raw in _DISH]
    for hit in c.of(*_DISH_KILLING):
        if any(hit.start - 3 <= i < hit.start or hit.end <= i <= hit.end + 2 for i in dishes):
            for name in _DISH_KILLING:
                c.drop(name, hit.start, hit.end)


def _forget_prices_on_fire(c: Concepts) -> None:
    """The price two words before the fire ("rates को आग लगी"), or its "murder" said with a copula
    at the end of a sentence that names the price ("rates this season are murder")."""
    words = c.words
    for i, t in enumerate(words):
        if t.raw in _FIRE and any(words[k].raw in _PRICES for k in range(max(0, i - 2), i)):
            for name in _ON_FIRE:
                for hit in c.of(name):
                    if hit.start <= i < hit.end:
                        c.drop(name, hit.start, hit.end)
            c.add("unmeant", i, min(len(words), i + 2))     # the evidence reads the words too
    for hit in c.of(*_KILLING):
        sentence = words[hit.start].sentence
        last = hit.end >= len(words) or words[hit.end].sentence != sentence
        if last and hit.start > 0 and words[hit.start - 1].raw in _COPULAS and any(
                w.raw in _PRICES and w.sentence == sentence for w in words[:hit.start]):
            c.drop(hit.concept, hit.start, hit.end)
