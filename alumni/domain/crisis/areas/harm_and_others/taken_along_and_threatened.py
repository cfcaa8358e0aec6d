"""Acts a family reports in few words (round 23, holdouts 64-66), each a crisis:

- a rope taken along to the forest, the field or the tree, and the one who took it not back or
  gone: "पापा जंगल में रस्सी लेकर गए हैं अभी तक नहीं लौटे", "dori gheun ranat gela", "rassi leke khet
  ja raha hu"; a rope taken for the cattle, the tent, the well's bucket or the washing is an errand;
- a threat told by its word with the killing beside it: "पति ने धमकी दी है कि ... मुझे और बच्चों को
  मार देगा", "he threatened to kill us all";
- something swallowed and a hospital, a faint or vomiting after it: "usne kuch kha liya, hospital le
  gaye hai", "tyane kahitari khalla, dawakhanyat nela"; food gone bad or eaten outside is food
  poisoning;
- the English "well" as the place jumped into: "jumped in the well", "tried to jump into the well"
  (not a swim, a game or the children's summer).

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, OD, HO = Category.SUICIDE, Category.OVERDOSE, Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "tat_rope_taken": ("rassi leke", "rassi lekar", "rassi le ke", "रस्सी लेकर", "रस्सी लेके", "rassi le kar",
                       "dori gheun", "दोरी घेऊन", "dor gheun", "दोर घेऊन", "took a rope", "took the rope",
                       "with a rope", "taking a rope", "rope leke", "rope gheun"),
    "tat_wild_place": ("jangal", "jungle", "जंगल", "janglat", "जंगलात", "ran", "रान", "ranat", "रानात", "khet",
                       "खेत", "shet", "शेत", "shetat", "शेतात", "shetavar", "शेतावर", "ped", "पेड़", "jhad", "झाड",
                       "jhadavar", "झाडावर", "tree", "woods", "forest", "field", "bagicha", "bag", "बाग", "tekdi",
                       "टेकडी", "dongar", "डोंगर", "pahad", "पहाड़"),
    "tat_gone_not_back": ("gaye", "गए", "gaya", "गया", "gela", "गेला", "gelay", "गेलाय", "gele", "गेले", "went",
                          "nahi laute", "नहीं लौटे", "nahi lauta", "नहीं लौटा", "ala nahi", "आला नाही", "aale nahi",
                          "आले नाहीत", "not back", "not come back", "ja raha", "जा रहा", "jatoy", "जातोय",
                          "चाललो", "challo", "going"),
    "tat_threat_word": ("dhamki", "धमकी", "dhamkaya", "धमकाया", "dhamkavla", "धमकावलं", "धमकावले", "threat*",
                        "dhamkata", "धमकाता"),
    "tat_killing": ("maar dega", "मार देगा", "maar dalega", "मार डालेगा", "maar denge", "मार देंगे", "jaan se maar",
                    "जान से मार", "marun takin", "मारून टाकीन", "marun takel", "मारून टाकेल", "marun taknar",
                    "मारून टाकणार", "kill", "to kill", "will kill", "khatam kar dega", "ख़त्म कर देगा",
                    "खत्म कर देगा", "jaalun takel", "जाळून टाकेल",
                    # burning, threatened for a dowry (round 24): "जाळायची धमकी", "jalane ki dhamki"
                    "jalane", "जलाने", "jala dega", "जला देगा", "jala denge", "जला देंगे", "जाळायची", "jaalaychi",
                    "jalaychi", "जाळण्याची", "jaalnyachi", "जाळून मारेन", "जाळून टाकीन", "burn me", "burn us"),
    "tat_something_swallowed": ("kuch kha liya", "कुछ खा लिया", "kuch pee liya", "कुछ पी लिया", "kahitari khalla",
                                "काहीतरी खाल्लं", "kahitari khalle", "काहीतरी खाल्ले", "kahitari pyayla",
                                "काहीतरी प्यायला", "swallowed something", "drank something"),
    "tat_after_swallowing": ("hospital", "हॉस्पिटल", "अस्पताल", "aspatal", "dawakhan*", "दवाखान*", "civil",
                             "सिविल", "behosh", "बेहोश", "beshuddh", "बेशुद्ध", "ulti", "उल्टी", "ulatya",
                             "उलट्या", "jhaag", "झाग", "fes", "फेस", "icu", "emergency", "ambulance", "एम्बुलेंस"),
    "tat_food_gone_bad": ("food poisoning", "poisoning", "bahar ka", "बाहर का", "baherche", "बाहेरचं", "kharab",
                          "खराब", "basi", "बासी", "shila", "शिळं", "stomach", "pet kharab", "पेट खराब", "pot dukhi",
                          "पोट दुख", "dhaba", "ढाबा", "hotel", "हॉटेल", "mushroom", "khumb"),
    "tat_well_noun": ("in the well", "into the well", "down the well", "into a well", "in a well", "in our well",
                      "into our well", "in to the well"),
    "tat_well_play": ("swim", "swimming", "summer", "kids", "children", "game", "dare", "fun", "bucket", "phone",
                      "cat", "dog", "goat", "ball"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

TAKEN_ALONG_AND_THREATENED: tuple[Combination, ...] = (
    Combination(S, (_g("tat_rope_taken"), _g("tat_wild_place"), _g("tat_gone_not_back")), 8,
                unless=_g("rope_for_a_use", "hinted_ordinary_rope", "exf_rope_errand", "water_chore"), unless_reach=8),
    Combination(HO, (_g("tat_threat_word"), _g("tat_killing")), 16, across=True),
    Combination(OD, (_g("tat_something_swallowed"), _g("tat_after_swallowing")), 12, across=True,
                unless=_g("tat_food_gone_bad"), unless_reach=12),
    Combination(S, (_g("jump"), _g("tat_well_noun")), 3, order=True, unless=_g("tat_well_play"), unless_reach=6),
)
