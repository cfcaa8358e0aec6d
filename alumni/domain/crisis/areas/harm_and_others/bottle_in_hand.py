"""Suicide feared by a relation (round 18): someone sitting with a bottle of pesticide or poison,
in his hand and not speaking ("हातात फवारणीची बाटली आहे, काही बोलत नाही", "haath me keetnashak ki
botal liye baitha hai, kuch bol nahi raha", "he's holding the pesticide bottle and won't talk").

The bottle in hand alone is farm work: one who is spraying, mixing in the pump or the tank, or
bringing it from the shop ("spray kar raha hai, pump me ghol raha") stays quiet; the silence
beside it is what makes it a warning.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Held, clutched, sat with: "holding", "liye baitha", "घेऊन बसलाय".
    "holding_it": ("holding", "holds", "clutching", "clutched", "liye baitha", "लिए बैठा", "लिये बैठा",
                   "liye baithi", "लिए बैठी", "pakad ke baitha", "पकड़ के बैठा", "pakde baitha", "gheun baslay",
                   "घेऊन बसलाय", "gheun basla", "घेऊन बसला", "gheun basli", "घेऊन बसली", "gheun baslela",
                   "घेऊन बसलेला", "sitting with", "sat with", "sitting there with", "baitha hai leke",
                   "बैठा है लेके", "लेकर बैठा", "lekar baitha"),
    # The spraying itself, or the pump and the tank it is mixed in: farm work under way.
    "spraying_under_way": ("spray kar raha", "spray kar rahe", "spray kar rahi", "स्प्रे कर रहा", "spray karto",
                           "spray karat", "favarni karat", "फवारणी करत", "favarni kartoy", "फवारणी करतोय",
                           "fawarni karat", "spraying the", "spraying in", "pump", "पंप", "tank", "टाकी", "taki",
                           "ghol", "घोल", "mixing", "dukanatun", "दुकानातून", "dukan se", "दुकान से",
                           "from the shop", "kharidli", "खरेदी", "kharidi", "bought"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # Not a word spoken: "not saying a word", "एक शब्द बोलत नाही".
    "silent_there": ("not saying a word", "hasnt said a word", "hasn't said a word", "wont say a word",
                     "won't say a word", "not said a word", "ek shabd bolat nahi", "एक शब्द बोलत नाही",
                     "ek shabd nahi bol raha", "एक शब्द नहीं बोल रहा", "ek shabd nahi bol rahi",
                     "एक शब्द नहीं बोल रही", "ek shabd bhi nahi bola", "एक शब्द भी नहीं बोला"),
}

BOTTLE_IN_HAND: tuple[Combination, ...] = (
    # A bottle of pesticide or poison in the hand, and no word spoken.
    Combination(S, (_g("at_hand", "hands", "hand_part", "sat_holding", "holding_it", "sits_there"), _g("farm_poison", "spraying", "poison"),
                    _g("bottle_word"), _g("silent_there", "no_answer")), 20, across=True,
                unless=_g("spraying_under_way"), unless_reach=8),
)
