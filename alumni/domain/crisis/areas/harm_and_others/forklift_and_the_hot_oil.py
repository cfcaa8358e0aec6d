"""The forklift and the hot oil (the harm of rounds 110-111: breweries and bottling plants, rakhi and
lantern makers, matrimonial bureaus, temple kitchens, packers and movers, ship-breaking yards):

- "I'll drive the forklift into him", "I'll crush the mukadam with the forklift"; "I know where he parks
  his car, tomorrow I'm bringing the crate hook"; "I have the cutter ready for his face"; "tomorrow I'm
  bringing the big chopper, he will see"; "I'll bathe the supervisor in the kadhai's hot oil"; "I'll set
  the trader's godown on fire while he's inside"; "if I meet him I'll take his life"; "I'll teach him a
  lesson with the gas cutter";
- reported: "he says he'll blow everyone up" with a can of petrol; "my husband broke a bottle and came to
  hit me, I'm hiding on the terrace".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "fh_machine": ("forklift", "फोर्कलिफ्ट", "फोर्कलिफ्टने", "forkliftne", "tempo", "टेम्पो", "truck", "ट्रक",
                   "गाडी", "gaadi", "गाड़ी", "jcb", "crane"),
    "fh_run_into": ("into him", "into them", "चिरडतो", "chirdto", "चिरडून टाकीन", "chirdun takin", "कुचल दूंगा",
                    "kuchal dunga", "चढा दूंगा", "chadha dunga", "run him over"),
    "fh_know_where": ("i know where he", "i know where she", "मुझे पता है वो कहाँ", "mujhe pata hai wo kaha",
                      "मला माहित आहे तो कुठे", "mala mahit ahe to kuthe"),
    "fh_bringing": ("im bringing the", "i'm bringing the", "i am bringing the", "le ke aaunga", "ले के आऊंगा",
                    "घेऊन येतो", "gheun yeto", "घेऊन येणार", "gheun yenar"),
    "fh_weapon_ready": ("cutter ready for his", "knife ready for his", "ready for his face", "ready for him",
                        "उसके लिए तैयार", "uske liye taiyar", "त्याच्यासाठी तयार", "tyachyasathi tayar"),
    "fh_he_will_see": ("he will see", "he'll see", "वो देख लेगा", "wo dekh lega", "बघाच", "baghach",
                       "पाहून घेईन", "pahun ghein"),
    "fh_hot_oil_bath": ("गरम तेल से नहलाऊँगा", "गरम तेल से नहलाऊंगा", "garam tel se nahlaunga",
                        "तेल से नहलाऊँगा", "tel se nahlaunga", "गरम तेलाने आंघोळ", "garam telane anghol",
                        "hot oil on him", "pour hot oil on"),
    "fh_set_fire": ("पेटवून देणार", "petvun denar", "पेटवून देईन", "आग लगा दूंगा", "aag laga dunga",
                    "जला दूंगा", "jala dunga", "set fire to", "burn down"),
    "fh_he_inside": ("तो आत असताना", "to aat astana", "वो अंदर हो तब", "wo andar ho tab", "with him inside",
                     "while he's inside", "while he is inside"),
    "fh_take_life": ("jeev ghenar tyacha", "जीव घेणार त्याचा", "tyacha jeev ghenar", "त्याचा जीव घेणार",
                     "jeev gheen tyacha", "त्याचा जीव घेईन", "uski jaan le lunga", "उसकी जान ले लूंगा"),
    "fh_teach_lesson": ("सबक सिखाऊंगा", "सबक सिखाऊँगा", "sabak sikhaunga", "धडा शिकवणार", "dhada shikavnar",
                        "धडा शिकवीन", "teach him a lesson"),
    "fh_tool_with": ("gas cutter से", "gas cutter se", "gas cutter ने", "gas cutter ne", "कटर से", "cutter se",
                     "रॉडने", "rod se", "चाकूने", "chaku se", "chopper"),
    "fh_blow_all_up": ("सगळ्यांना उडवून टाकीन", "saglyanna udvun takin", "सबको उड़ा दूंगा", "sabko uda dunga",
                       "blow everyone up", "blow them all up"),
    "fh_fuel": ("पेट्रोल", "petrol", "डिझेल", "diesel", "रॉकेल", "rockel", "kerosene", "can घेऊन", "can gheun"),
    "fh_came_to_hit_me": ("मला मारायला आला", "mala maraayla ala", "mala marayla aala", "मुझे मारने आया",
                          "mujhe maarne aaya", "came to hit me", "came at me"),
    "fh_hiding": ("लपलेय", "lapley", "लपले आहे", "lapli ahe", "छुपी हूं", "chhupi hu", "i'm hiding", "im hiding",
                  "hiding in"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

FORKLIFT_AND_THE_HOT_OIL: tuple[Combination, ...] = (
    Combination(HO, (_g("fh_machine"), _g("fh_run_into")), 10, across=True),
    Combination(HO, (_g("fh_know_where"), _g("fh_bringing")), 30, across=True),
    Combination(HO, (_g("fh_weapon_ready"),)),
    Combination(HO, (_g("fh_bringing"), _g("fh_he_will_see")), 30, across=True),
    Combination(HO, (_g("fh_hot_oil_bath"),)),
    Combination(HO, (_g("fh_set_fire"), _g("fh_he_inside")), 16, across=True),
    Combination(HO, (_g("fh_take_life"),)),
    Combination(HO, (_g("fh_teach_lesson"), _g("fh_tool_with")), 10),
    Combination(HO, (_g("fh_blow_all_up"), _g("fh_fuel")), 20, across=True),
    Combination(HO, (_g("fh_came_to_hit_me"), _g("fh_hiding")), 30, across=True),
)
