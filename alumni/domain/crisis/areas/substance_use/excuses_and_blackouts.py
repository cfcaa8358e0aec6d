"""Using again told around the use rather than by its verb (round 14, festivals and funerals):
the excuse it was taken under ("prasad ke bahane bhang ki goli", "दिवाळीच्या बहाण्याने दारू",
"party ke naam par daru"), the limit it went past ("charas limit se jyada ho gaya", "हद से
ज़्यादा", "way over my limit"), and the memory it took ("two beers, then i don't remember
anything", "दारू, नंतर काहीच आठवत नाही", "after the third beer i can't remember a thing").

The memory lost counts after the substance and a "then" or an "after": "i don't remember the
last time i had a beer" remembers the drink and stays quiet, and so does the taste of it no
longer remembered ("daru ka swad bhi yaad nahi"). Someone else's excuse ("log prasad ke naam pe
bhang baant rahe the") is theirs. Words and the rules that read them (appended to the area's
COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # Under the name or the excuse of: "ke naam pe", "ke bahane", "च्या नावाखाली".
    "pretext": ("ke naam pe", "ke naam par", "के नाम पे", "के नाम पर", "ke bahane", "के बहाने", "ka bahana",
                "का बहाना", "bahana karke", "बहाना करके", "bahana banake", "बहाना बनाके", "navakhali",
                "नावाखाली", "bahanyane", "बहाण्याने", "cha bahana", "चा बहाणा", "in the name of",
                "on the pretext of", "under the pretext of", "as an excuse", "with the excuse of"),
    # Sold, handed round or judged: "nasha bechna galat hai" is about the trade, not a use.
    "trade_or_verdict": ("bechna", "bechte", "bechta", "bech rahe", "बेचना", "बेचते", "बेचता", "बेच रहे", "sell",
                         "sells", "selling", "sold", "vikta", "viktat", "विकतात", "विकता", "baant*", "बांट*",
                         "galat", "गलत", "wrong", "chukiche", "चुकीचे", "paap", "पाप", "sin"),
    # Past the limit: "limit se zyada", "हद से ज़्यादा", "over my limit".
    "limit_from": ("limit se", "लिमिट से", "had se", "हद से", "limitpeksha", "limit peksha", "लिमिटपेक्षा",
                   "maryadepeksha", "मर्यादेपेक्षा", "more than my limit", "more than my usual"),
    "past_limit": ("limit ke bahar", "limit ke baahar", "लिमिट के बाहर", "limit cross", "limit cross ho gayi",
                   "लिमिट क्रॉस", "limit paar", "लिमिट पार", "had paar", "हद पार", "over my limit",
                   "past my limit", "beyond my limit", "way over my limit", "crossed my limit", "limit bahar",
                   "लिमिट बाहेर", "limit baher"),
    # The memory it took: "then I don't remember", "फिर कुछ याद नहीं", "मग काही आठवत नाही".
    "memory_lost": ("dont remember", "don't remember", "do not remember", "cant remember", "can't remember",
                    "cannot remember", "no memory", "remember nothing", "blacked out", "blackout",
                    "kuch yaad nahi", "kuch yaad nhi", "कुछ याद नहीं", "yaad nahi", "yaad nhi", "याद नहीं",
                    "kuch bhi yaad nahi", "कुछ भी याद नहीं", "aathvat nahi", "athvat nahi", "आठवत नाही",
                    "kahi aathvat nahi", "काही आठवत नाही", "kahich aathvat nahi", "काहीच आठवत नाही",
                    "pata nahi kya hua", "पता नहीं क्या हुआ", "kay zala mahit nahi", "काय झालं माहीत नाही",
                    "काय झालं माहित नाही", "no idea what happened", "hosh nahi raha", "होश नहीं रहा",
                    "shuddh nahi rahili", "शुद्ध राहिली नाही", "kuch yaad nai", "शुद्धच नव्हती", "shuddhach navhti",
                    "शुद्ध नव्हती", "shuddh navhti", "hosh nahi", "होश नहीं"),
    # Then, after that: the memory lost follows the drink.
    "then_word": ("then", "and then", "phir", "फिर", "fir", "uske baad", "उसके बाद", "iske baad", "baad me",
                  "बाद में", "ke baad", "के बाद", "nantar", "नंतर", "tyanantar", "त्यानंतर", "mag", "मग",
                  "after that", "after", "after which"),
    # What is remembered, when the drink is: its taste, its smell, the last time.
    "remembered_thing": ("taste", "swad", "स्वाद", "chav", "चव", "smell", "vaas", "वास", "last time", "kab",
                         "कब", "when", "kadhi", "कधी", "kitne", "कितने", "kiti", "किती", "naam", "नाम", "name"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_SOMEONE_ELSE = ("others", "third_person", "not_taken", "craving", "want", "trade_or_verdict")

EXCUSES_AND_BLACKOUTS: tuple[Combination, ...] = (
    # "prasad ke bahane bhang ki goli", "party ke naam par daru".
    Combination(RE, (_g("pretext"), ANY), 3, unless=_g(*_SOMEONE_ELSE)),
    # "charas limit se jyada ho gaya"; "beer, way over my limit".
    Combination(RE, (ANY, _g("limit_from"), _g("excess", "too_much", "quantity")), 4, order=True,
                unless=_g(*_SOMEONE_ELSE)),
    Combination(RE, (ANY, _g("past_limit")), 4, unless=_g(*_SOMEONE_ELSE)),
    # "two beers, then i don't remember anything"; "after the third beer i can't remember".
    Combination(RE, (ANY, _g("then_word"), _g("memory_lost")), 6, order=True, unless=_g("remembered_thing")),
    Combination(RE, (_g("then_word"), ANY, _g("memory_lost")), 6, order=True, unless=_g("remembered_thing")),
)
