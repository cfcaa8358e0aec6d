"""The sickle and the boiling water (the harm of rounds 122-123: agro-input shops, polyhouse growers, temple
stalls, hospital laundry and sterilisation staff, wedding photographers):

- the sickle or the axe taken "won't spare him today", the knife in the bag "going to his
  house now", "I'll bury him, no one can save him", boiling water poured on him, locked in the autoclave,
  petrol "and his shop shuts at ten".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "sw_wont_spare": ("सोडत नाही", "sodat nahi", "sodnar nahi", "सोडणार नाही", "nahi chhodunga", "नहीं छोड़ूंगा",
                      "chhodunga nahi"),
    "sw_weapon_more": ("विळा", "vila", "kurhad", "कुऱ्हाड", "coconut knife", "koyta", "कोयता"),
    "sw_going_to_him": ("going to his house", "uske ghar ja raha", "उसके घर जा रहा", "त्याच्याकडे जातोय",
                        "tyachyakade jatoy", "त्याच्या घरी जातोय", "jatoy tyachyakade"),
    "sw_bury": ("gadnar", "गाडणार", "gaad dunga", "गाड़ दूंगा", "bury him"),
    "sw_nobody_save": ("kunich vachvu shaknar nahi", "कोणीच वाचवू शकणार नाही", "koi nahi bacha payega",
                       "कोई नहीं बचा पाएगा", "no one can save him"),
    "sw_boiling": ("उकळतं पाणी", "ukalta pani", "खौलता पानी", "khaulta paani", "boiling water"),
    "sw_on_him": ("अंगावर", "angavar", "iske upar", "uske upar", "उसके ऊपर", "on him", "his face"),
    "sw_pour": ("टाकणार", "taknar", "daal dunga", "डाल दूंगा", "will pour", "फेकणार", "fekanar"),
    "sw_lock_him_in": ("me band kar dunga", "में बंद कर दूंगा", "आत कोंडीन", "aat kondin", "lock him in"),
    "sw_petrol": ("petrol", "पेट्रोल", "kerosene", "रॉकेल", "rockel"),
    "sw_his_place": ("his shop", "his house", "uski dukaan", "उसकी दुकान", "त्याच्या दुकानाला", "tyachya dukanala"),
    "sw_he_will_learn": ("he will learn", "sabak milega", "सबक मिलेगा", "dhada milel", "धडा मिळेल"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

SICKLE_AND_THE_BOILING_WATER: tuple[Combination, ...] = (
    Combination(HO, (_g("weapon", "sw_weapon_more"), _g("sw_wont_spare", "sw_going_to_him")), 12, across=True),
    Combination(HO, (_g("sw_bury"), _g("sw_nobody_save")), 12, across=True),
    Combination(HO, (_g("sw_boiling"), _g("sw_on_him"), _g("sw_pour")), 8),
    Combination(HO, (_g("sw_lock_him_in"), _g("pa_machine")), 6),
    Combination(HO, (_g("sw_petrol"), _g("sw_his_place", "sw_he_will_learn")), 12, across=True),
)
