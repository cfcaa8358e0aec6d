"""Suicide and self-harm told through power looms, mills and diamond units (round 30, holdout
92: Bhiwandi, Malegaon, Ichalkaranji, Solapur, Surat):

- the mill's chimney or roof climbed, decided on, looked down from: "mill chya chimney var
  chadhaycha tharavlay aaj", "aaj mill ki chimney pe chadh ke neeche dekha, sukoon mila. kal
  wapas jaunga", "from up there nobody could stop me"; told by others: "bhaiya kal se bol raha
  hai mill ki chhat se koodega", "बाबा मिलच्या छतावर चढलेत आणि खाली उतरत नाहीत";
- the dye vat jumped into, unknown to all: "dyeing chya haudat udi marli tar kunala kalnar pan nahi";
- at the canal or on the bridge, a goodbye or "enough": "canal जवळ उभा आहे, bye", "nahar wale
  pul pe baitha hu. bas bahut ho gaya";
- the seth's account paid only with one's life, the only road left: "सेठचं खातं माझा जीव
  गेल्याशिवाय फिटणार नाही, तोच रस्ता उरलाय"; "मी गेलेलाच बरा. आज ठरवलंय";
- a wife or a brother: he is in the room with a rope;
- the pesticide from the village kept, to end it tonight;
- a hot iron on the arm, a zari needle through the hand, fingertips ground on the polishing
  wheel on purpose.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH, OD = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    "mr_decided_today": ("tharavlay", "ठरवलंय", "tharavla ahe", "ठरवलं आहे", "tay kar liya", "तय कर लिया",
                         "decided", "soch liya hai", "सोच लिया है"),
    "mr_climb": ("chadhaycha", "चढायचं", "chadhaycha", "chadh ke", "चढ़ के", "chadhun", "चढून", "climb", "चढलेत",
                 "chadhlet", "चढला", "chadhla", "chadh gaya", "चढ़ गया"),
    "mr_looked_down_calm": ("neeche dekha", "नीचे देखा", "khali baghitla", "खाली बघितलं", "looked down"),
    "mr_calm_felt": ("sukoon mila", "सुकून मिला", "shant vatla", "शांत वाटलं", "felt calm", "felt peace"),
    "mr_back_tomorrow": ("kal wapas jaunga", "कल वापस जाऊंगा", "kal phir jaunga", "उद्या परत जाईन",
                         "udya parat jain", "going back tomorrow"),
    "mr_none_could_stop": ("nobody could stop me", "no one could stop me", "koi rok nahi payega",
                           "कोई रोक नहीं पाएगा", "kuni adavu shaknar nahi", "कुणी अडवू शकणार नाही"),
    "mr_will_jump_he": ("koodega", "कूदेगा", "kudega", "उडी मारणार म्हणतो", "udi marnar mhanto", "will jump"),
    "mr_wont_come_down": ("खाली उतरत नाहीत", "खाली उतरत नाही", "khali utarat nahi", "नीचे नहीं उतर रहे",
                          "neeche nahi utar rahe", "won't come down", "wont come down"),
    # (not "vat": it folds onto Marathi "वाटतं", feel)
    "mr_vat": ("haudat", "हौदात", "dye tank", "dye vat", "रंगाच्या हौदात", "tank mein", "टाकीत"),
    "mr_none_would_know": ("kunala kalnar pan nahi", "कुणाला कळणार पण नाही", "konala kalnar pan nahi",
                           "कोणाला कळणार पण नाही", "kunala kalnar nahi",
                           "कुणाला कळणार नाही", "kisi ko pata nahi chalega", "किसी को पता नहीं चलेगा",
                           "nobody would know", "nobody will know"),
    "mr_only_road_left": ("तोच रस्ता उरलाय", "tocha rasta urlay", "toch rasta urlay", "wahi rasta bacha hai",
                          "वही रास्ता बचा है", "that is the only way left", "thats the only way left"),
    "mr_life_gone": ("जीव गेल्याशिवाय", "jiv gelyashivay", "jeev gelyashivay", "जान जाने तक", "jaan jaane tak",
                     "मरेपर्यंत", "marepryant"),
    "mr_better_gone": ("गेलेलाच बरा", "gelelach bara", "मी गेलेलो बरा", "mi gelelo bara", "chala jaun to accha",
                       "चला जाऊं तो अच्छा", "better if im gone", "better if i'm gone"),
    "mr_in_with_rope": ("घेऊन बसलाय", "gheun baslay", "घेऊन गेलाय", "gheun gelay", "ले के बैठा", "le ke baitha",
                        "ले के गया", "le ke gaya", "sitting with a rope", "took a rope"),
    "mr_hurry": ("lavkar", "लवकर", "jaldi", "जल्दी", "please", "प्लीज", "urgent", "kholi band", "खोली बंद",
                 "room मध्ये", "room me", "kamre me", "कमरे में"),
    "mr_iron": ("इस्त्री", "istri", "istree", "इस्तरी", "the iron", "hot iron"),
    "mr_own_arm": ("अपनी बाँह", "अपनी बांह", "apni baah", "apne haath", "अपने हाथ", "apni kalai", "अपनी कलाई",
                   "my arm", "my hand", "माझ्या हातावर", "majhya hatavar", "on my arm"),
    "mr_put_on": ("रख दी", "rakh di", "ठेवली", "thevli", "लगा दी", "laga di", "pressed", "held"),
    "mr_holes": ("chhed karta", "छेद करता", "chhed kiye", "छेद किए", "holes in", "भोकं पाडली", "bhoka padli"),
    "mr_ground": ("grinding my", "grind my", "ghis raha", "घिस रहा", "ghasat hoto", "घासत होतो"),
    "mr_bye": ("bye", "bye bye", "byee", "alvida", "अलविदा", "goodbye", "good bye"),
    "mr_kept_with_me": ("माझ्याकडे आहे", "majhyakade ahe", "mere paas hai", "मेरे पास है", "i have it", "with me"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

MILL_ROOF_AND_DYE_VAT: tuple[Combination, ...] = (
    Combination(S, (_g("kc_chimney", "height"), _g("mr_climb"), _g("mr_decided_today")), 6),
    Combination(S, (_g("kc_chimney", "height"), _g("mr_none_could_stop")), 14, across=True),
    Combination(S, (_g("mr_looked_down_calm"), _g("mr_calm_felt"), _g("mr_back_tomorrow")), 14, across=True),
    Combination(S, (_g("kc_chimney", "height"), _g("mr_will_jump_he")), 4),
    Combination(S, (_g("height", "kc_chimney"), _g("mr_climb"), _g("mr_wont_come_down")), 8),
    Combination(S, (_g("mr_vat"), _g("jump"), _g("mr_none_would_know")), 10),
    Combination(S, (_g("ld_bridge_or_water", "water_body"), _g("posture", "present_there"),
                    _g("mr_bye")), 8, unless=_g("laugh")),
    Combination(S, (_g("height", "ld_bridge_or_water", "tgu_at_the_edge"), _g("posture", "present_there"),
                    _g("gv_enough_now")), 10, across=True, unless=_g("tgu_bridge_everyday")),
    Combination(S, (_g("mr_life_gone"), _g("mr_only_road_left", "negation")), 8, across=True),
    Combination(S, (_g("mr_only_road_left"), _g("mr_life_gone", "die", "jaan")), 12, across=True),
    Combination(S, (_g("mr_better_gone"),), 0),
    Combination(S, (_g("ligature"), _g("mr_in_with_rope"), _g("mr_hurry")), 10, across=True),
    Combination(OD, (_g("poison"), _g("mr_kept_with_me", "tonight"), _g("end")), 10, across=True),
    Combination(SH, (_g("kg_heated"), _g("mr_iron"), _g("mr_own_arm"), _g("mr_put_on")), 8),
    Combination(SH, (_g("needle"), _g("mr_holes"), _g("hand_part", "hod_hand")), 6),
    Combination(SH, (_g("mr_ground"), _g("on_purpose"), _g("bleed")), 10, across=True),
)
