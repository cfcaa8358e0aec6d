"""Harm to others and overdose told in a village's words (round 11: holdouts 29 and 30, and
the same classes in the earlier open sets): a man or his things to be burnt ("त्याला
जाळीन", "theke wale nu aag la dunga"), a creditor or a boss named and finished ("supplier ला
आज संपवतो", "sahukarala sodnar nahi"), a hand that will rise ("haath uth jayega"), fear of
what the writer will do to her, a man who won't walk after tonight; and poisons by the
farm's names ("खेत वाली दवाई", "crop spray"), eaten in the Marathi perfect ("खाल्लंय",
"खाल्यात"), pills taken and a person not waking; round 12: a man to be put under the tractor
("mukadamla tractor khali ghalin"), and poison eaten in the plural or honorific future of
eastern Hindi ("aaj raat kha lenge"). Words and the rules that read them
(appended to the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO, OD = Category.HARM_TO_OTHERS, Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    # Round 56-57's reading (sites, tunnels, warehouses): a load or a girder dropped on him, a stone let go from
    # above, run over by the reach truck or put under the forklift.
    "tf_drop_on": ("गिरा दूंगा", "gira dunga", "gira doonga", "गिरा दूँगा", "पाडीन", "padin", "दगड सोडीन", "dagad sodin", "load gira", "drop it on him", "drop the load on", "drop a girder on"),
    "tf_run_over": ("ने उडवणार", "ne udavnar", "ने उडवीन", "ne udavin", "ke neeche de dunga", "के नीचे दे दूंगा",
                    "ke niche de dunga", "run him over", "run over him", "chadha dunga us par", "खाली घालीन", "khali ghalin"),
    # A push in play or to start a vehicle: the swing, the car.
    "tf_play_push": ("swing", "jhula", "झूला", "झोका", "jhoka", "zoka", "start", "gaadi ko", "गाड़ी को", "car ko",
                     "bike ko", "gadila", "गाडीला"),
    # Her or his fate sealed, said of someone by the writer: "तिचं काही खरं नाही", "uski khair nahi" (round 54),
    # with an "if" or a relation named.
    "tf_fate_sealed": ("तिचं काही खरं नाही", "tich kahi khara nahi", "ticha kahi khara nahi", "tyacha kahi khara nahi",
                       "त्याचं काही खरं नाही", "त्याचं काही खरं नसेल", "uski khair nahi", "उसकी खैर नहीं", "unki khair nahi",
                       "उनकी खैर नहीं", "teri khair nahi", "तेरी खैर नहीं"),
    # A life to be taken by the writer, in Marathi's future with the writer named: "त्या ठेकेदाराचा जीव घेणार
    # आहे मी", "tyacha jeev ghenar mi" (round 55). Without the writer ("बॉस जीव घेणार आज") it is the idiom.
    "tf_life_taken_by_me": ("जीव घेणार आहे मी", "jeev ghenar ahe mi", "jeev ghenar aahe mi", "jeev ghenar mi",
                            "जीव घेणार मी", "मी जीव घेणार", "mi jeev ghenar", "मी त्याचा जीव घेणार", "mi tyacha jeev ghenar",
                            "जीवच घेणार मी", "jeevach ghenar mi"),
    # Burning a person or what is theirs: "जाळीन", "aag la dunga", "पेटवून देईन".
    "burn_threat": ("jalin", "jaalin", "जाळीन", "jalun takin", "जाळून टाकीन", "jalun taknar", "जाळून टाकणार",
                    "jala dunga", "jala dalunga", "jala daalunga", "जला दूंगा", "जला डालूंगा", "aag la dunga",
                    "aag laa dunga", "aag la du", "aag la deyanga", "aag laga dunga", "आग लगा दूंगा",
                    "aag lava dunga", "petvun dein", "petvun deen", "पेटवून देईन", "petvun takin", "पेटवून टाकीन",
                    "phook dunga", "fook dunga", "फूंक दूंगा", "set him on fire", "set her on fire", "burn him",
                    "burn her", "burn them"),
    # A lamp, a stove, a pyre: what is lit every day (not "diya": it is also "दिया", gave).
    "lamp_fire": ("diva", "दिवा", "deep", "दीप", "agarbatti", "अगरबत्ती", "candle", "mombatti", "मोमबत्ती", "chulha", "चूल्हा", "chul", "चूल", "gas", "stove", "lamp", "kachra",
                  "कचरा", "patte", "पत्ते", "holi", "होली", "bonfire", "shekoti", "शेकोटी"),
    # Burning the writer, threatened by someone else: "pati kehte hain mujhe jala denge", "सासू
    # म्हणते तुला जाळीन" is the writer's own threat (burn_threat); this is the third person's future.
    "burns_me": ("jala dega", "jala degi", "jala denge", "jala dalega", "jala dalegi", "jala dalenge",
                 "jala daalega", "jala daalenge", "जला देगा", "जला देगी", "जला देंगे", "जला डालेगा",
                 "जला डालेगी", "जला डालेंगे", "jalun taktil", "जाळून टाकतील", "jalun takel", "जाळून टाकेल",
                 "jaltil", "जाळतील", "jalel", "जाळेल", "petvun detil", "पेटवून देतील", "petvun deil",
                 "पेटवून देईल", "will burn me", "set me on fire", "burn me alive"),
    # Killing the writer, threatened by someone else (round 52 reading: "पति ने कहा है कि आज रात
    # मुझे और बच्चों को मार देगा"); "maar dega" is also "will beat", and a parent's over marks is
    # read elsewhere.
    "kills_me": ("maar dega", "mar dega", "मार देगा", "maar denge", "मार देंगे", "maar dalega", "मार डालेगा",
                 "maar dalenge", "मार डालेंगे", "jaan se maar", "जान से मार", "khatam kar dega", "ख़त्म कर देगा",
                 "खत्म कर देगा", "marun takel", "मारून टाकेल", "marun taktil", "मारून टाकतील", "jivanishi marel",
                 "जिवानिशी मारेल", "will kill me", "going to kill me", "gonna kill me"),
    # Raised at someone, in Marathi: "bayko var jalti lakdi ugarli", "त्याच्यावर कोयता उगारला".
    "tf_raised_at": ("ugarli", "उगारली", "ugarla", "उगारला", "ugarlay", "उगारलाय", "ugarle", "उगारले",
                     "ugarun", "उगारून"),
    # Threatening someone with a thing: "threatening his wife with a burning stick".
    "tf_with": ("with a", "with the", "with his", "with an"),
    "tf_marks": ("marks", "result", "exam", "report card", "number", "percent", "गुण", "gun"),
    # Whom the writer means to harm, named by their trade or with a dative on them (not
    # "sahukar" alone: it folds like "shukar", thanks).
    "named_target": ("sarpanch*", "सरपंच*", "sahukarala", "sahukar ko", "साहूकार को", "सावकार*", "savkar*", "sawkar*", "thekedar*",
                     "ठेकेदार*", "mukadam*", "मुकादम*", "contractor", "foreman", "supervisor", "malak", "maalak", "मालक", "malkala", "मालकाला", "supplier",
                     "सप्लायर", "wale nu", "wala nu", "wale ko", "वाले को", "wale la", "walyala", "वाल्याला",
                     "ohnu", "onu", "ओहनू", "usnu", "उसनू", "ohnoon"),
    # "Haath uth jayega": the writer's hand will rise on someone.
    "hand_raised": ("haath uth jayega", "hath uth jayega", "हाथ उठ जाएगा", "haath utha dunga", "हाथ उठा दूंगा",
                    "haat uchlin", "हात उचलीन", "haat uchalnar", "हात उचलणार", "haat uchalel", "हात उचलेल"),
    # Afraid of what the writer will do to someone ("what I might end up doing", not "what will
    # I do for him", "kya kar dunga uske liye").
    "what_ill_do": ("what ill do to", "what i'll do to", "what i will do to", "what i might do to",
                    "what i may do to", "kya kar baithunga", "क्या कर बैठूंगा", "kya kar baithu", "क्या कर बैठूं",
                    "kay karun basen", "काय करून बसेन", "kay karun basin", "काय करून बसीन"),
    # The outcome of a beating: he won't walk after tonight, out of the mill (not out of a deal).
    "wont_walk": ("wont walk after", "won't walk after", "wont walk out alive", "won't walk out alive",
                  "wont walk out of the mill", "won't walk out of the mill", "wont walk out of the factory",
                  "won't walk out of the factory", "wont walk out of the site", "won't walk out of the site",
                  "wont walk out of there", "won't walk out of there", "wont walk again",
                  "won't walk again", "wont walk home", "won't walk home", "wont be walking", "won't be walking",
                  "pairon pe ghar nahi", "पैरों पे घर नहीं", "payavar ghari janar nahi", "पायावर घरी जाणार नाही",
                  "chal ke ghar nahi jayega", "चल के घर नहीं जाएगा"),
    # A poison poured out and kept by, not drunk yet.
    "poison_poured": ("poured some in a glass", "poured it in a glass", "poured a glass", "poured some into a glass",
                      "sitting with it", "glass me daal", "glass mein daal", "गिलास में डाल", "ग्लास में डाल",
                      "glasat otla", "ग्लासात ओतलं", "ग्लासात ओतलं आहे", "vatit otla", "वाटीत ओतलं"),
    # The heart racing after too much, in the words it is typed in.
    "racing_heart": ("heart bahut tez", "heart बहुत तेज़", "heart bahut tej", "heart बहुत तेज", "dil bahut tez",
                     "दिल बहुत तेज़", "dhadkan bahut tez", "धड़कन बहुत तेज़", "heart khup fast", "heart खूप fast",
                     "heart khup jorat", "छाती खूप धडधडतेय", "heart very fast", "heart beating very fast",
                     "heart going very fast"),
    # Put under it, run over: "ghalin", "daal dunga", "kuchal dunga", "चिरडून टाकीन".
    "run_over": ("put him", "put her", "push him", "push her", "throw him", "throw her", "run him over",
                 "run her over", "daal dunga", "डाल दूंगा", "daal dalunga", "chadha dunga", "चढ़ा दूंगा",
                 "kuchal dunga", "कुचल दूंगा", "kuchal dalunga", "ghalin", "घालीन", "ghalnar", "घालणार",
                 "ghalun dein", "घालून देईन", "dhaklin", "ढकलीन", "chirdun takin", "चिरडून टाकीन", "chirdin",
                 "चिरडीन"),
    # Someone under a vehicle by accident, and pulled out or helped.
    "vehicle_mishap": ("accident", "एक्सीडेंट", "nikala", "निकाला", "nikalo", "kadhla", "काढला", "aa gaya",
                       "aa gayi", "sapadla", "सापडला", "repair", "mechanic", "chabi", "चाबी",
                       "key", "shade", "savli", "सावली"),
    # What one walks out of without a beating (a deal, a job), or does not walk after (surgery).
    "walk_out_of_deal": ("deal", "meeting", "contract", "agreement", "job", "company", "marriage", "talks",
                         "surgery", "operation", "fracture", "plaster", "injury", "accident", "knee", "leg"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # Someone inside what is burnt, "along with him" (round 33, holdout 105: "त्या DJ ची van पेटवून देतो
    # त्याच्यासकट").
    "other_target": ("त्याच्यासकट", "tyachyasakat", "tichyasakat", "तिच्यासकट", "uske samet", "उसके समेत",
                     "usko andar rakh ke", "with him inside", "with him in it"),
    # Under a tractor or a truck, in one phrase or one word (verb_forms.py has the train's).
    "under_vehicle": ("under the tractor", "under a tractor", "under the truck", "under a truck", "under the bus",
                      "tractorkhali", "ट्रॅक्टरखाली", "ट्रॅक्टर खाली", "tractor khali", "truckkhali", "ट्रकखाली",
                      "truck khali", "ट्रक खाली", "tractor ke neeche", "tractor ke niche", "ट्रैक्टर के नीचे",
                      "truck ke neeche", "truck ke niche", "ट्रक के नीचे", "tractor ke aage", "ट्रैक्टर के आगे"),
    # The tractor, a vehicle of the village.
    "vehicle": ("tractor", "ट्रॅक्टर", "ट्रैक्टर", "tractar", "trector"),
    # Poisons by the farm's names.
    "poison": ("khet wali dawai", "खेत वाली दवाई", "खेत वाली दवा", "khet ki dawai", "खेत की दवाई", "खेत की दवा",
               "fasal ki dawai", "फसल की दवाई", "फसल की दवा", "kheti ki dawai", "खेती की दवाई",
               "shetatla aushadh", "शेतातलं औषध", "shetache aushadh", "शेताचं औषध", "pikache aushadh",
               "पिकाचं औषध", "crop spray", "crop medicine", "farm medicine", "the crop spray",
               # the field's or the spray's medicine in any gender or case (round 15): "khet wala
               # dawai", "फवारणीचं औषध"
               "khet wal* dawa*", "खेत वाल* दवा*", "khet ka dawa*", "खेत का दवा*", "spray wal* dawa*",
               "स्प्रे वाल* दवा*", "favarnich* aushadh*", "फवारणीच* औषध*", "kidich* aushadh*", "किडीच* औषध*"),
    # Not waking: the Marathi progressive negative, "उठत नाहिये".
    "unconscious": ("uthat nahiye", "उठत नाहिये", "उठत नाहीये", "uthat naahiye", "jaga hot nahiye",
                    "जागा होत नाहीये"),
    # Eaten, in the Marathi perfect and its dialect spellings: "खाल्लंय", "खाल्यात"; and in the
    # plural or honorific future of eastern Hindi: "aaj raat kha lenge", "खा लेब".
    "eat": ("khallay", "khallaye", "खाल्लंय", "खाल्लय", "खाल्लीय", "khalliy", "khalliye", "खाल्लीये", "khalyat", "खाल्यात", "khallyat", "खाल्ल्यात",
            "khallat", "खाल्लात", "kha lenge", "खा लेंगे", "kha leb", "खा लेब", "kha jayenge", "खा जाएंगे",
            "pi lenge", "पी लेंगे", "pi leb", "पी लेब"),
}

_HIM_AT_WORK = _g("named_target", "other_target", "bk_target")

THREAT_FORMS: tuple[Combination, ...] = (
    # Pushed into the shaft, off the pier, into the well: "us supervisor ko shaft me dhakka de dunga".
    Combination(HO, (_HIM_AT_WORK, _g("bp_push_future", "pb_push", "tb_push")), 8, order=True,
                unless=_g("negation", "laugh", "tf_play_push"), unless_reach=3),
    # "कल उसके ऊपर hydra का load गिरा दूंगा", "फोरमनवर उद्या गर्डर पाडणार", "reach truck ने उडवणार".
    Combination(HO, (_HIM_AT_WORK, _g("tf_drop_on", "tf_run_over")), 10, order=True,
                unless=_g("negation", "laugh"), unless_reach=2),
    Combination(HO, (_g("tf_fate_sealed"), _g("if_clause", "relation", "other_target")), 10,
                across=True, unless=_g("laugh"), unless_reach=4),
    Combination(HO, (_g("tf_life_taken_by_me"),), 0, unless=_g("my_own", "mine_own", "laugh"), unless_reach=3),
    # "त्याला जाळीन", "theke wale nu aag la dunga": not a lamp, not oneself.
    Combination(HO, (_g("burn_threat"), _g("other_target", "third_person", "relation", "bystander", "named_target",
                                           "fpo_family")),
                4, unless=_g("self", "me", "lamp_fire", "worship")),
    # "mere pati bol rahe hain mujhe jala denge": a relative's threat to burn the writer.
    Combination(HO, (_g("relation", "third_person", "named_target", "talk_of"), _g("me"), _g("burns_me")), 8,
                order=True, unless=_g("lamp_fire", "worship")),
    # Reported as said, without an "if": "पति ने कहा है कि आज रात मुझे ... मार देगा" ("bayko mala marun
    # takel, bill bagh", "papa mujhe jaan se maar denge agar late hua" are the idiom).
    Combination(HO, (_g("relation", "assailant", "third_person", "named_target", "talk_of"),
                     _g("said_word", "threat_made", "dhamki"), _g("me"), _g("kills_me")),
                14, order=True, unless=_g("laugh", "tf_marks", "unmeant", "outing", "if_clause"), unless_reach=8),
    # Someone threatened with a thing, or a thing raised at them (round 52's reading: "the potter in the
    # next shed is threatening his wife with a burning stick", "bajuchya kumbharane bayko var jalti
    # lakdi ugarli").
    Combination(HO, (_g("threat_made"), _g("relation", "third_person", "family_addressed"), _g("tf_with")), 6,
                order=True, unless=_g("laugh")),
    Combination(HO, (_g("relation", "third_person", "family_addressed", "named_target"), _g("tf_raised_at")), 6,
                order=True, unless=_g("self", "me")),
    # "supplier ला आज संपवतो", "sahukarala aaj sodnar nahi".
    Combination(HO, (_g("named_target"), _g("finish_off", "violence", "maim", "kill")), 4,
                unless=_g("self", "me", "chore")),
    # "biwi ne maa ko gaali di to aaj haath uth jayega".
    Combination(HO, (_g("relation", "other_target", "third_person", "named_target"), _g("hand_raised")), 8,
                unless=_g("self")),
    # "scared of what ill do to her".
    Combination(HO, (_g("what_ill_do"), _g("other_target", "third_person", "relation")), 2, order=True,
                unless=_g("self")),
    # "he wont walk after tonight".
    Combination(HO, (_g("third_person", "other_target", "named_target"), _g("wont_walk")), 2, order=True,
                unless=_g("medical", "walk_out_of_deal")),
    # "mukadamla tractor khali ghalin", "i will put him under the tractor": not pulled out from under it.
    Combination(HO, (_g("other_target", "named_target", "third_person"), _g("under_vehicle"),
                     _g("run_over", "bring_down", "slip_in", "want")), 6,
                unless=_g("self", "me", "vehicle_mishap")),
    # A farm's poison poured out and sat with.
    Combination(OD, (_g("poison"), _g("poison_poured")), 14, across=True),
    # Pills taken and a person not waking: "गोळ्या खाल्यात, तो उठत नाहिये".
    Combination(OD, (_g("pills", "pill_count", "sedatives", "poison"), _g("eat", "swallow", "took"),
                     _g("unconscious")), 12, across=True),
)
