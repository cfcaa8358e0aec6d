"""The combine, the sickle and the fish knife (the reading of rounds 94-95: stand-up comedians, harvest
crews, CNC shops, wind farms, aquarium shops, hybrid-seed fields):

- overdose: the month's tablets "all taken now", "I'll eat them all and sleep"; coolant drunk "not by
  mistake, on purpose"; the fumigation tablets in the pocket "to eat tonight", or found under a mattress;
  the monocrotophos bottle "I'll drink in the field";
- threats: "break every bone", the combine run over him, waiting for him tonight with the wrench, the
  sickle or the fish knife "to him" or "in him", locked in and set on fire, "I'll kill him outright",
  "finish them one by one".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

OD, HO = Category.OVERDOSE, Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "cf_all_now": ("सगळ्या आत्ताच घेतल्या", "sagalya attach ghetlya", "sagalya aatach ghetlya", "sab abhi kha li",
                   "सब अभी खा ली", "took them all now", "सब खा के सो", "sab kha ke so", "सगळ्या खाऊन झोप",
                   "sagalya khaun zop", "ek saath kha li", "एक साथ खा ली"),
    "cf_work_fluid": ("coolant", "कूलंट", "thinner", "थिनर", "फिनाईल", "phenyl"),
    "cf_drank_it": ("प्यायलो", "pyalo", "pi liya", "पी लिया", "drank", "पिलं", "pila"),
    "cf_on_purpose_or_sick": ("मुद्दाम", "muddam", "jaan bujh", "जान बूझ", "on purpose", "उलट्या", "ultya",
                              "vomiting"),
    "cf_fumigant": ("धुरीच्या गोळ्या", "dhurichya golya", "fumigation tablets", "सल्फास", "sulphas", "celphos"),
    "cf_will_eat": ("खाणार", "khanar", "खाऊंगा", "khaunga", "kha lunga", "खा लूंगा", "will eat", "under his mattress",
                    "गादीखाली", "gadikhali", "छुपा के रखी", "chhupa ke rakhi"),
    "cf_will_drink": ("पिणार आहे", "pinar ahe", "pinar aahe", "pi lunga", "पी लूंगा", "पी जाऊंगा", "pi jaunga",
                      "will drink it"),
    "cf_poison_named": ("मोनोसिल*", "monocil*", "थिमेट*", "thimet*"),
    "cf_break_bones": ("break every bone", "haddi tod dunga", "हड्डी तोड़ दूंगा", "हड्डियां तोड़ दूंगा", "हाडं मोडीन",
                       "hada modin"),
    "cf_vehicle": ("combine", "कम्बाइन", "कंबाईन", "tractor", "ट्रैक्टर", "ट्रॅक्टर", "truck", "jcb"),
    "cf_wait_for_him": ("wait for him", "uski wait karunga", "उसकी राह देखूंगा", "त्याची वाट बघतो", "tyachi vaat baghto",
                        "uska intezaar karunga"),
    "cf_tool_weapon": ("torque wrench", "wrench", "spanner", "पाना", "rod", "रॉड"),
    "cf_knife": ("fish knife", "knife", "chaku", "चाकू", "सुरा", "sura", "सुरी", "suri"),
    "cf_to_him": ("to him", "in him", "uspe", "us par", "त्याच्यावर", "tyachyavar", "uske pet me", "उसके पेट में"),
    "cf_locked_in": ("band karke", "बंद करके", "कोंडून", "kondun", "lock him in"),
    "cf_set_fire": ("aag laga dunga", "आग लगा दूंगा", "आग लगा दूँगा", "आग लावतो", "aag lavto", "jala dunga",
                    "जला दूंगा"),
    "cf_kill_outright": ("jaan se maar dalunga", "जान से मार डालूंगा", "जान से मार डालूँगा"),
    "cf_one_by_one_end": ("ek ek karun sampavnar", "एक एक करून संपवणार", "ek ek karke khatam karunga",
                          "एक एक करके खत्म करूंगा"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

COMBINE_SICKLE_AND_THE_FISH_KNIFE: tuple[Combination, ...] = (
    Combination(OD, (_g("pills", "sedatives"), _g("cf_all_now")), 14, across=True),
    Combination(OD, (_g("cf_work_fluid"), _g("cf_drank_it"), _g("cf_on_purpose_or_sick")), 10, across=True),
    Combination(OD, (_g("cf_fumigant"), _g("cf_will_eat")), 12, across=True),
    Combination(OD, (_g("poison", "farm_poison", "cf_poison_named"), _g("cf_will_drink")), 10, across=True),
    Combination(HO, (_g("cf_break_bones"),)),
    Combination(HO, (_g("cf_vehicle", "wv_roller"), _g("wv_over_him")), 6),
    Combination(HO, (_g("cf_wait_for_him"), _g("cf_tool_weapon", "weapon")), 12, across=True),
    Combination(HO, (_g("blade_of_the_farm", "wv_scalpel", "weapon", "cf_knife"), _g("cf_to_him")), 6),
    Combination(HO, (_g("cf_locked_in"), _g("cf_set_fire")), 8),
    Combination(HO, (_g("cf_kill_outright"),)),
    Combination(HO, (_g("cf_one_by_one_end"),)),
)
