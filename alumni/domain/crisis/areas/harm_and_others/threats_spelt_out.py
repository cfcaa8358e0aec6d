"""Threats spelt out by what they leave or what is carried to them (round 14: holdouts 38 and
39): a man's corpse promised ("उसकी लाश ही जाएगी वहाँ से", "tyacha muddach padel", "he'll go
home in a body bag"); a knife or a rod packed in the bag or the pocket to teach someone a
lesson ("sabak sikhana hai. jhole me chaaku rakh liya", "धडा शिकवायचा आहे, खिशात सुरा
ठेवलाय"); and a threat to the writer's own life reported by the writer ("navra mhanto mala
jivanta sodnar nahi", "pati kehta hai mujhe zinda nahi chhodega", "he says he won't leave me
alive").

Each rule needs its target or its teller: a body brought home from the hospital, a court
that will teach the supplier a lesson, a knife in the bag for the vegetables, "this illness
won't leave me alive" stay quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    # A corpse promised in the future: only the corpse will leave, will fall, will be carried.
    "corpse_threat": (
        "laash hi jayegi", "laash hi jaegi", "laash hi jaayegi", "lash hi jayegi", "लाश ही जाएगी", "लाश ही जायेगी",
        "laash jayegi", "laash jaegi", "लाश जाएगी", "लाश जायेगी", "laash hi niklegi", "लाश ही निकलेगी",
        "laash niklegi", "लाश निकलेगी", "laash hi uthegi", "लाश ही उठेगी", "laash uthegi", "लाश उठेगी",
        "laash giregi", "लाश गिरेगी", "laash bichegi", "लाश बिछेगी", "laash bana dunga", "लाश बना दूंगा",
        "laash bichha dunga", "लाश बिछा दूंगा", "laash gira dunga", "लाश गिरा दूंगा",
        "pretach jail", "प्रेतच जाईल", "pret jail", "प्रेत जाईल", "madhach jail", "मढंच जाईल", "muddach jail",
        "मुडदाच जाईल", "mudda padel", "मुडदा पडेल", "muddach padel", "मुडदाच पडेल",
        "in a body bag", "in a bodybag", "in a coffin",
    ),
    # To teach someone a lesson: "sabak sikhana hai", "धडा शिकवायचा", "teach him a lesson".
    "lesson": ("sabak sikha*", "सबक सिखा*", "sabaq sikha*", "teach him a lesson", "teach her a lesson",
               "teach them a lesson", "teach a lesson", "dhada shikav*", "धडा शिकव*",
               "addal ghadav*", "अद्दल घडव*", "maza chakha*", "मज़ा चखा*", "मजा चखा*", "hisaab barabar",
               "हिसाब बराबर", "hisab barabar", "hisaab chukta", "हिसाब चुकता"),
    # Packed where it goes along: the bag, the pocket, the waist.
    "packed": ("jhole me", "jhole mein", "jhole main", "झोले में", "jhola", "thaile me", "थैले में", "bag me",
               "bag mein", "बैग में", "pocket me", "pocket mein", "jeb me", "jeb mein", "जेब में", "kamar me",
               "कमर में", "khishat", "खिशात", "pishvit", "पिशवीत", "bagmadhe", "bag madhe", "बॅगमध्ये",
               "in my bag", "in my pocket", "in my jacket", "under my shirt"),
    # The writer's own life threatened by the teller: "mala jivanta sodnar nahi", "mujhe zinda
    # nahi chhodega", "won't leave me alive".
    "spares_me_not": (
        "mala jivanta sodnar nahi", "mala jivant sodnar nahi", "मला जिवंत सोडणार नाही", "मला जिवंता सोडणार नाही",
        "mala jivant nahi sodnar", "mala jivant rahu denar nahi", "मला जिवंत राहू देणार नाही",
        "mujhe zinda nahi chhodega", "mujhe zinda nahi chodega", "mujhe jinda nahi chhodega",
        "mujhe zinda nahi chhodegi", "mujhe zinda nahi chhodenge", "मुझे जिंदा नहीं छोड़ेगा",
        "मुझे ज़िंदा नहीं छोड़ेगा", "मुझे जिंदा नहीं छोड़ेगी", "मुझे जिंदा नहीं छोड़ेंगे",
        "won't leave me alive", "wont leave me alive", "will not leave me alive", "won't let me live",
        "wont let me live", "will not let me live",
    ),
    # What else ends a life: an illness, as the doctor says (not a debt or the worry: a
    # moneylender's threat is a threat).
    "slow_killer": ("bimari", "bimaari", "बीमारी", "aajar", "आजार", "rog", "रोग", "cancer", "कैंसर", "कॅन्सर",
                    "disease", "illness", "sickness", "doctor", "डॉक्टर"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

COMBINATIONS: tuple[Combination, ...] = (
    # "उसकी लाश ही जाएगी", "he'll go home in a body bag": a corpse promised of someone else.
    Combination(HO, (_g("corpse_threat"), _g("other_target", "third_person", "named_target", "relation")), 6,
                same_word=True),
    # A weapon packed to teach a lesson: "jhole me chaaku rakh liya ... sabak sikhana hai".
    # (A lesson taught in a match is a win: "kal match me sabak sikhana hai, bat bag me".)
    Combination(HO, (_g("weapon"), _g("packed", "carry"), _g("lesson")), 14, across=True,
                unless=_g("chore", "contest")),
    # The writer's life threatened, told of the one who threatens: "navra mhanto mala jivanta
    # sodnar nahi".
    Combination(HO, (_g("relation", "third_person", "named_target", "talk_of"), _g("spares_me_not")), 8, order=True,
                unless=_g("slow_killer")),
)
