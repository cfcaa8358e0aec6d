"""Harm to others said through the trade's tools put to a man's body, a vehicle run over him,
acid thrown on him, or a plain "I will kill" with its object marked (round 53's reading of rounds
52-53, holdouts 179-183 and 185):

- a tool to his neck, head or eyes, promised: "ill put the chisel in his neck", "kal uski gardan
  pe aari chalaunga", "tyachya manevar karvat chalvin", "im dropping a steel pipe on his head",
  "uski aankhe nikaal dunga";
- a vehicle run over him: "munimachya angavar tempo ghalen", "ill run the tempo over that munim",
  "त्या DJ वाल्याला उद्या गाडीखाली चिरडतो";
- acid thrown on him: "त्याच्यावर ऍसिड टाकीन";
- beaten or broken with a tool, promised; "he won't see the morning" (third reading);
- pushed from a height or before a train: "usko maale se neeche fek dunga", "tya supervisor la
  malyavarun dhakka denar", "officer ... usko tower se dhakka de dunga";
- "I will kill" with its object marked by "को" or "ला": "master weaver को आज मार डालूँगा" (the
  mosquito and the rat are read with the pests, which drop the killing).

A tool used on a thing ("drill the wall", "saw the plank"), one's own neck and a past accident
("the tempo ran over my foot") stay quiet. Words and the rules that read them (appended to the
area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    # (round 54's reading) His vehicle's brakes to be loosened or cut: "त्यांच्या गाडीचे ब्रेक ढिले करून ठेवणार".
    "tb_brakes_undone": ("ब्रेक ढिले करून", "brake dhile karun", "brake dhile karin", "ब्रेक ढिले करीन",
                         "ब्रेक ढीले कर दूंगा", "brake dheele kar dunga", "ब्रेक की तार काट", "brake ki taar kaat",
                         "brake wire kaat", "brake wire cut kar", "cut his brakes", "cut the brake wire",
                         "loosen his brakes", "brake fail kar dunga", "ब्रेक फेल कर दूंगा", "brake fail karin"),
    # The trade's tools, held against a man.
    "tb_tool": ("chisel", "chheni", "छेनी", "aari", "आरी", "karvat", "करवत", "saw", "saw blade", "hook", "हुक",
                "steel pipe", "pipe", "पाइप", "पाईप", "gaj", "गज", "randa", "रंदा", "drill", "ड्रिल",
                "screwdriver", "पेचकस", "pechkas", "spanner", "pana", "पाना", "tyre lever", "danda", "dandka",
                "दांडका", "दांडक्याने", "dandkyane", "shuttle", "jack", "जॅक", "wrench", "sickle", "vila", "विळा"),
    # His body: the neck, the head, the eyes, the chest.
    "tb_his_body": ("his neck", "his head", "his face", "his chest", "his throat", "his eyes", "uski gardan",
                    "उसकी गर्दन", "uske gale", "उसके गले", "gardan", "गर्दन", "गर्दन पे", "gardan pe", "tyachya manevar",
                    "त्याच्या मानेवर", "manevar", "मानेवर", "tyachya doktyat", "त्याच्या डोक्यात", "uske sar",
                    "उसके सर", "uske sir", "उसके सिर", "uski aankhe", "उसकी आंखें", "उसकी आँखें", "uski aankhein",
                    "tyache dole", "त्याचे डोळे", "uski chhati", "उसकी छाती", "tyachya potat", "त्याच्या पोटात"),
    # Put, driven, dropped, run: the writer's future or present-for-future.
    "tb_will_do": ("ill put", "i'll put", "i will put", "im dropping", "i'm dropping", "ill drop", "i'll drop",
                   "ill drive", "ill stick", "chalaunga", "चलाऊंगा", "चलाऊँगा", "chala dunga", "चला दूंगा",
                   "chalvin", "चालवीन", "ghalin", "घालीन", "ghalen", "घालेन", "ghusa dunga", "घुसा दूंगा",
                   "ghusaunga", "घुसाऊंगा", "maarunga", "मारूंगा", "marin", "मारीन", "fodin", "फोडीन",
                   "nikaal dunga", "निकाल दूंगा", "nikal dunga", "kadhin", "काढीन", "phod dunga", "फोड़ दूंगा",
                   "गिरा दूंगा", "gira dunga", "takin", "टाकीन", "taakin", "through his", "into his"),
    # A vehicle, and run over a man with it.
    "tb_vehicle": ("tempo", "टेम्पो", "truck", "ट्रक", "gaadi", "gadi", "गाडी", "गाड़ी", "tractor", "ट्रॅक्टर",
                   "jeep", "bike", "गाडीखाली", "gadikhali", "gaadikhali"),
    # Run over him, said whole: "ill run the tempo over that munim".
    "tb_run_him_over": ("run the tempo over", "run the truck over", "run the car over", "run him over",
                        "run over him", "run over that"),
    "tb_run_over": ("angavar tempo ghalen", "अंगावर टेम्पो घालेन", "angavar gadi ghalen", "अंगावर गाडी घालेन",
                    "chirdto", "चिरडतो", "chirdin", "चिरडीन", "chirdnar", "चिरडणार", "kuchal dunga", "कुचल दूंगा",
                    "kuchal dalunga", "कुचल डालूंगा", "chadha dunga", "चढा दूंगा", "ghalen", "घालेन"),
    # On him: "त्याच्यावर", "uspe", "on his".
    "tb_on_him": ("त्याच्यावर", "tyachyavar", "tyachya var", "त्याच्या वर", "uspe", "उसपे", "us par", "उस पर",
                  "on him", "on his", "on that", "तिच्यावर", "tichyavar"),
    "tb_acid": ("acid", "ऍसिड", "ॲसिड", "एसिड", "तेजाब", "tejab", "tezaab"),
    # "I will kill", the writer's future, said plainly.
    "tb_i_will_kill": ("मार डालूँगा", "मार डालूंगा", "maar dalunga", "maar daalunga", "mar dalunga", "मार दूंगा",
                       "मार दूँगा", "maar dunga", "marun takin", "मारून टाकीन", "marun taknar", "मारून टाकणार",
                       "jiv gheen", "जीव घेईन", "jiv ghein", "jaan le lunga", "जान ले लूंगा", "जान ले लूँगा",
                       "khatam kar dunga", "खत्म कर दूंगा", "ख़त्म कर दूंगा"),
    # The object marked: "को", "ला" after a name or a role.
    "tb_object_marked": ("को", "ko", "ला", "la", "tyacha", "त्याचा", "uska", "उसका", "uski", "उसकी"),
    # Pushed or thrown from a height or before a train, promised: "usko maale se neeche fek dunga", "tya
    # supervisor la malyavarun dhakka denar", "tya mukadamala aaj chaltya gadisamor dhakalto".
    "tb_push": ("dhakka denar", "धक्का देणार", "dhakka de dunga", "धक्का दे दूंगा", "dhakka dunga", "धक्का दूंगा",
                "dhakaltoch", "ढकलतोच", "dhakalto", "ढकलतो", "dhakalin", "ढकलीन", "push him off", "push him down",
                "throw him off"),
    # Thrown or dropped: a man only when "him" is said ("saman neeche fek dunga" is a load).
    "tb_throw": ("fek dunga", "फेंक दूंगा", "phek dunga", "gira dunga", "गिरा दूंगा", "fekin", "फेकीन"),
    "tb_him": ("usko", "उसको", "use", "उसे", "tyala", "त्याला", "him", "tila", "तिला", "usse"),
    "tb_from_height": ("maale se", "माले से", "malyavarun", "माळ्यावरून", "tower se", "टॉवर से", "टावर से",
                       "scaffold varun", "scaffold से", "varun", "वरून", "se neeche", "से नीचे", "upar se", "ऊपर से",
                       "terrace se", "chhat se", "छत से", "gadisamor", "गाडीसमोर", "gadi samor", "train ke aage",
                       "ट्रेन के आगे", "off the", "from the"),
    # Beaten or broken, promised (round 53's third reading): "त्या agent ला आज ठोकणार, hook घेऊन जातोय",
    # "मालकाला त्याच्याच मागाच्या दांडक्याने बडवणार", "going to break Sawant's legs with the hydrant key".
    "tb_beat_future": ("ठोकणार", "thoknar", "बडवणार", "badavnar", "badvnar", "फोडणार", "phodnar", "todnar", "तोडणार",
                       "tod dunga", "तोड़ दूंगा", "तोड दूंगा", "going to break", "gonna break", "will break", "ill break"),
    # He won't see the morning: "he wont see morning", "सुबह नहीं देखेगा".
    "tb_wont_see_morning": ("wont see morning", "won't see morning", "wont see the morning", "won't see the morning",
                            "subah nahi dekhega", "सुबह नहीं देखेगा", "kal ka suraj nahi dekhega",
                            "कल का सूरज नहीं देखेगा", "udyacha divas baghnar nahi", "उद्याचा दिवस बघणार नाही"),
    # A thing worked on, or a pest: not a man.
    "tb_thing": ("wall", "plank", "wood", "lakdi", "लकड़ी", "लाकूड", "phali", "फळी", "board", "nut", "bolt", "tyre",
                 "tire", "engine", "pipe line", "machhar", "मच्छर", "chuha", "चूहा", "चूहे", "undir", "उंदीर",
                 "rat", "rats", "mosquito", "cockroach", "jhuralya", "झुरळ", "khatmal", "खटमल", "time", "bore",
                 "boredom"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_NOT_A_MAN = _g("self", "me", "tb_thing", "pest", "laugh")

TOOLS_TO_A_MANS_BODY: tuple[Combination, ...] = (
    Combination(HO, (_g("tb_brakes_undone"),), 0, unless=_g("laugh"), unless_reach=4),
    Combination(HO, (_g("tb_tool", "weapon"), _g("tb_his_body"), _g("tb_will_do")), 8, unless=_NOT_A_MAN,
                unless_reach=3),
    Combination(HO, (_g("tb_his_body"), _g("tb_will_do")), 3, order=True, unless=_NOT_A_MAN, unless_reach=3),
    Combination(HO, (_g("tb_vehicle"), _g("tb_run_over")), 6, unless=_NOT_A_MAN, unless_reach=3),
    Combination(HO, (_g("tb_run_him_over"),), 0, unless=_NOT_A_MAN + _g("negation"), unless_reach=3),
    Combination(HO, (_g("tb_on_him"), _g("tb_acid"), _g("tb_will_do", "throw")), 4, order=True,
                unless=_NOT_A_MAN),
    # (a laugh anywhere in the message marks the calf that drank the milk: "is bachde ko to main maar
    # dalunga, sara doodh pi gaya 😂")
    Combination(HO, (_g("tb_from_height"), _g("tb_push")), 4, order=True, unless=_NOT_A_MAN, unless_reach=4),
    # ("maale", the loft, folds onto "me")
    Combination(HO, (_g("tb_him"), _g("tb_from_height"), _g("tb_throw")), 6, order=True,
                unless=_g("self", "tb_thing", "pest", "laugh"), unless_reach=4),
    Combination(HO, (_g("tb_object_marked", "named_target", "third_person"), _g("tb_beat_future"),
                     _g("tb_tool", "weapon", "blunt")), 8, unless=_g("self", "tb_thing", "pest", "laugh"),
                unless_reach=6),
    Combination(HO, (_g("third_person", "named_target", "other_target"), _g("tb_wont_see_morning")), 10,
                across=True, unless=_g("self", "laugh", "pest"), unless_reach=8),
    Combination(HO, (_g("tb_object_marked"), _g("tb_i_will_kill")), 3, order=True, unless=_NOT_A_MAN,
                unless_reach=12),
)
