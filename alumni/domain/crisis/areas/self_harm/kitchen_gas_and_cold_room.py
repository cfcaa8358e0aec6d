"""Suicide and self-harm told through hotel kitchens, dhabas and bars (round 30, holdout 93):

- the kitchen's gas left open, the door or the shutter shut, to sleep there: "kitchen cha
  darvaja band karun gas chalu theun zopnar aaj", "burner चा knob उघडा ठेवून kitchen मध्येच
  झोपणार", "सिलेंडरचा रेग्युलेटर उघडा ठेवणार, बाकी तुम्हाला कळेलच";
- the cold room shut from inside: "कोल्ड रूम में अंदर से बंद होकर बैठ जाऊँ तो सुबह तक सब शांत", and
  (rounds 64-65) the freezer room or the cold store locked from inside, a sentence apart ("cold
  room मध्ये एकटा आहे, door आतून lock करून बसणार"), the ammonia valve opened and sat in ("valve
  ughadun aat basla ki sampla sagla");
- the kitchen knife and tonight's end: "kitchen वाला knife देख के ... आज रात खत्म";
- the highway's trucks and a step not taken back: "one of these nights i wont step back";
- a last word: "aaj ke baad phone nahi aayega mera", "i wont be coming thursday or any thursday
  after", and a son who has not come home and says he never will;
- the tandoor's rod heated and held to the skin on purpose: "तंदूरची गरम सळई मुद्दाम दंडाला लावली";
- (round 76, the mushroom farm) the compost tunnel as a cold room: locked from inside, gone into with
  the door shut and no coming out ("अंदर जाके दरवाजा बंद कर लूं और बाहर न आऊं"), someone gone in with
  the door shut behind him ("कामगार टनेलमध्ये घुसलाय आणि दार लावलंय"), and a night's sleep in there
  till all of it ends ("cold room madhe jaun zoplo tar sakali sampel sagla").

Gas forgotten on, a cold room's stock, a rod heated for the kebabs stay quiet. Words and the
rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH = Category.SUICIDE, Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    "kg_gas": ("gas", "गैस", "गॅस", "burner*", "बर्नर*", "cylinder*", "सिलेंडर*", "सिलिंडर*", "regulator*",
               "रेग्युलेटर*", "रेगुलेटर*", "knob", "nob",
               # the ice factory's and cold store's gas (round 49)
               "ammonia", "अमोनिया", "ammonia line", "अमोनिया की लाइन"),
    "kg_left_open": ("chalu theun", "चालू ठेवून", "उघडा ठेवून", "ughda theun", "khol ke", "खोल के", "खोल कर",
                     "khol kar", "खोल दूँगा", "खोल दूंगा", "khol dunga", "उघडा ठेवणार", "ughda thevnar", "चालू ठेवणार",
                     "chalu thevnar", "left open", "leave it open", "leave the gas on", "turn on the gas",
                     "open the gas", "खुला छोड़", "khula chhod", "खुली छोड़", "khuli chhod", "खुली छोड़ के",
                     "काढून ठेवलाय", "kadhun thevlay", "काढून ठेवला", "kadhun thevla", "one turn",
                     "valve khol", "valve kholun", "व्हॉल्व उघडून", "valve ughdun", "सुरू करून", "suru karun",
                     "चालू करून", "chalu karun", "open करून", "open karun", "open kar ke", "open करके"),
    "kg_gas_on": ("with the gas on", "gas on", "gas khuli", "गैस खुली", "gas chalu", "गॅस चालू"),
    "kg_shut_in_to_sleep": ("darvaja band", "दरवाज़ा बंद", "दरवाजा बंद", "दरवाजा लावून", "darvaja lavun",
                            "शटर खाली", "shutter khali", "shutter down", "door shut", "lock the door",
                            "zopnar", "झोपणार", "सोऊँगा", "सोऊंगा", "sounga", "so jaunga", "सो जाऊंगा",
                            "सो जाऊँगा", "sleep there", "sleep in the kitchen", "कळेलच", "kalelach",
                            "पता भी नहीं चलेगा", "pata bhi nahi chalega", "उठवणार नाही", "uthavnar nahi",
                            # the door latched, the windows shut (round 48-49)
                            "kundi laga", "kundi laga dunga", "कुंडी लगा", "कुंडी लगा दूंगा", "कडी लावून",
                            "kadi lavun", "latch the door", "latch the door from inside", "खिडक्या बंद",
                            "khidkya band", "खिडकियां बंद", "khidkiyan band", "windows shut", "windows closed",
                            "सो जाऊँगी", "सो जाऊंगी", "so jaungi",
                            # told to nobody ("दार बंद केलं", a door shut, is every cold evening's)
                            "kunala sangu naka", "कुणाला सांगू नका", "कोणाला सांगू नका", "kisi ko mat batana",
                            "किसी को मत बताना", "don't tell anyone", "dont tell anyone"),
    # ("bhul*" would begin "bula", a call; "लीक" folds onto "likh", writing)
    "kg_forgot": ("bhool gaya", "bhul gaya", "भूल गया", "भूल गई", "bhool gayi", "bhul gayi", "भूलकर", "bhoolkar",
                  "visarlo", "विसरलो", "visarle", "विसरले", "forgot", "forget", "leak", "gas leak", "गैस लीक",
                  "smell of gas"),
    "kg_gas_smell": ("गॅसचा वास", "gas cha vaas", "gascha vas", "गैस की smell", "gas ki smell", "गैस की बदबू",
                     "gas ki badbu", "smell of gas", "smells of gas"),
    "kg_door_shut": ("दार बंद आहे", "dar band ahe", "दरवाजा बंद है", "darwaza band hai", "रूम में बंद", "room me band",
                     "कमरे में बंद", "kamre me band", "door is locked", "locked from inside", "won't open the door",
                     "wont open the door", "आतून बंद", "aatun band"),
    "kg_cold_room": ("cold room", "कोल्ड रूम", "coldroom", "freezer room", "walk in freezer", "फ्रीजर रूम",
                     # the ice-cream factory's freezer and the cold store (rounds 64-65's second reading)
                     "फ्रीजर रूममध्ये", "freezer roommadhe", "cold storage", "कोल्ड स्टोरेज", "ammonia plant",
                     "अमोनिया प्लांट", "अमोनिया प्लांटमध्ये",
                     # the mushroom farm's compost and growing tunnels (round 76)
                     "tunnel", "टनल", "टनेल*", "tunnelmadhe", "tunnel madhe"),
    # Not coming out again: "बाहर न आऊं", "baher yenar nahi".
    "kg_wont_come_out": ("बाहर न आऊं", "bahar na aau", "bahar na aaun", "bahar nahi aaunga", "बाहर नहीं आऊंगा",
                         "baher yenar nahi", "बाहेर येणार नाही", "won't come out", "wont come out", "never come out",
                         "kabhi bahar na", "कभी बाहर न"),
    # Gone in, and the door shut behind: "टनेलमध्ये घुसलाय आणि दार लावलंय".
    "kg_went_in": ("घुसलाय", "ghuslay", "घुसला", "ghusla", "ghus gaya", "घुस गया", "ghus gaye", "घुस गए",
                   "went inside", "went in", "gone inside", "gone in"),
    "kg_shut_behind": ("दार लावलंय", "dar lavlay", "दार लावलं", "dar lavla", "दार लावून घेतलं", "dar lavun ghetla",
                       "दरवाजा बंद कर लिया", "darwaza band kar liya", "door band kar liya", "shut the door",
                       "closed the door", "दरवाजा बंद कर लूं", "darwaza band kar lu", "दार लावून घेईन",
                       "dar lavun ghein"),
    # A night's sleep in there, and all of it over by the morning.
    "kg_sleep_there": ("jaun zoplo", "जाऊन झोपलो", "jaun zopto", "जाऊन झोपतो", "jaun zopin", "जाऊन झोपीन",
                       "jaake so jaun", "जाके सो जाऊं", "jake so jau", "sleep in there", "lie down in there"),
    "kg_over_by_morning": ("sampel sagla", "संपेल सगळं", "सगळं संपेल", "sagla sampel", "subah tak khatam",
                           "सुबह तक खत्म", "sab khatam ho jayega", "सब खत्म हो जाएगा", "it'll all be over",
                           "it will all be over", "all over by morning"),
    "kg_shut_from_inside": ("अंदर से बंद", "andar se band", "आतून बंद", "aatun band", "lock myself in",
                            "locked from inside", "lock it from inside", "locked himself in", "locked herself in",
                            "latch the door from inside",
                            # rounds 64-65's second reading: "door अंदर से lock करके", "स्वतःला कोंडून"
                            "अंदर से lock", "andar se lock", "अंदर से लॉक", "aatun lock", "आतून lock", "आतून लॉक",
                            "shut the door from inside", "स्वतःला कोंडून", "swatahla kondun", "swatala kondun",
                            "खुद को बंद", "khud ko band", "khud ko andar band"),
    # Sat down inside, with the valve opened: "valve ughadun aat basla", "valve khol ke andar baith jaunga".
    "kg_sat_inside": ("aat basla", "आत बसला", "aat baslo", "आत बसलो", "aat basun", "आत बसून", "aat basnar",
                      "आत बसणार", "andar baith", "अंदर बैठ", "andar baithunga", "अंदर बैठूंगा", "sit inside",
                      "sit in there", "sitting inside"),
    # What keeps a cold room's door a job: its repair, its lock, its alarm.
    "kg_door_job": ("repair", "दुरुस्त", "durust", "theek karna", "ठीक करना", "safety", "alarm", "handle", "हँडल",
                    "kharab", "खराब", "mechanic", "technician", "stock", "maal", "माल", "check", "checking", "leak",
                    "लीक", "theek kiya", "ठीक किया", "lock nahi hota", "lock नहीं होता", "lock hot nahi",
                    "lock होत नाही", "doesnt lock", "doesn't lock", "won't lock", "wont lock"),
    "kg_tonight_over": ("आज रात खत्म", "aaj raat khatam", "aaj raat khatm", "tonight it ends", "ends tonight",
                        "आज रात्री संपवणार", "aaj ratri sampavnar"),
    "kg_wont_step_back": ("wont step back", "won't step back", "will not step back", "peeche nahi hatunga",
                          "पीछे नहीं हटूंगा", "mage sarkanar nahi", "मागे सरकणार नाही"),
    # The road and what runs on it (also the ambulance's: ward_morgue_and_shaft.py).
    "kg_road": ("highway", "हायवे", "हाईवे", "expressway", "महामार्ग*", "mahamarg*", "trucks", "truck", "ट्रक",
                "tanker", "टँकर", "एम्बुलेंस", "ambulance", "108", "पुलावरून", "pulavarun"),
    "kg_no_more_calls": ("phone nahi aayega mera", "mera phone nahi aayega", "फोन नहीं आएगा मेरा",
                         "मेरा फोन नहीं आएगा", "maza phone yenar nahi", "माझा फोन येणार नाही",
                         "you wont hear from me", "you won't hear from me"),
    "kg_after_today": ("aaj ke baad", "आज के बाद", "ajpasun", "आजपासून", "after today", "maaf kar de",
                       "माफ़ कर दे", "माफ कर दे"),
    "kg_any_after": ("any thursday after", "any sunday after", "any monday after", "any day after",
                     "any week after", "or any other", "any other thursday", "any time after"),
    "kg_not_coming": ("wont be coming", "won't be coming", "will not be coming", "कभी नहीं आऊँगा",
                      "कभी नहीं आऊंगा", "kabhi nahi aaunga", "कधीच येणार नाही", "kadhich yenar nahi"),
    "kg_gone_days": ("दिन से नहीं लौटा", "din se nahi lauta", "नहीं लौटा", "nahi lauta", "नहीं लौटी", "nahi lauti", "दिवस फिरकला नाही", "divas phirakla nahi",
                     "घरी आला नाही", "ghari ala nahi", "not come home", "hasn't come home", "hasnt come home",
                     "दिन से घर नहीं आया", "din se ghar nahi aaya"),
    "kg_wish_not_woken": ("wish i hadnt woken up", "wish i hadn't woken up", "wish i never woke up",
                          "wish i didnt wake up", "wish i didn't wake up", "wish i had not woken up"),
    "kg_hot_rod": ("सळई", "salai", "सलाख", "salakh", "skewer", "tandoor ki rod",
                   "tandoor की rod"),
    "kg_heated": ("garam karke", "गरम करके", "गरम करून", "garam karun", "गरम", "garam", "red hot", "heated", "तापवून",
                  "tapvun", "तपाके", "tapa ke"),
    "kg_held_to_skin": ("लगाई", "lagayi", "lagai", "लावली", "lavli", "लावला", "lavla", "laga di", "लगा दी",
                        "pressed it", "held it"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

KITCHEN_GAS_AND_COLD_ROOM: tuple[Combination, ...] = (
    Combination(S, (_g("kg_gas"), _g("kg_left_open"), _g("kg_shut_in_to_sleep")), 12, across=True,
                unless=_g("kg_forgot")),
    Combination(S, (_g("kg_cold_room"), _g("kg_shut_from_inside")), 6, unless=_g("kg_door_job"), unless_reach=8),
    # Round 76: in with the door shut and never out; someone gone in with the door shut behind him;
    # a night's sleep in there and all of it over.
    Combination(S, (_g("kg_shut_behind", "kg_shut_from_inside", "kg_door_shut"), _g("kg_wont_come_out")), 12,
                across=True, unless=_g("kg_door_job")),
    Combination(S, (_g("kg_cold_room"), _g("kg_went_in"), _g("kg_shut_behind")), 8, unless=_g("kg_door_job"),
                unless_reach=8),
    Combination(S, (_g("kg_cold_room"), _g("kg_sleep_there"), _g("kg_over_by_morning")), 14, across=True),
    # Alone in the cold room, the door shut from inside, said a sentence apart (rounds 64-65's second
    # reading: "cold room मध्ये एकटा आहे, door आतून lock करून बसणार"), not its lock repaired.
    Combination(S, (_g("kg_cold_room"), _g("kg_shut_from_inside")), 12, across=True, unless=_g("kg_door_job"),
                unless_reach=8),
    # The cold store's gas let out and sat in: "ammonia plant cha valve ughadun aat basla ki sampla sagla".
    Combination(S, (_g("kg_gas"), _g("kg_left_open"), _g("kg_sat_inside")), 10, across=True, unless=_g("kg_door_job"),
                unless_reach=6),
    Combination(S, (_g("kg_gas_on"), _g("kg_shut_from_inside")), 8, across=True),
    # The gas smelt behind a shut door, told by a neighbour or a friend (round 51).
    Combination(S, (_g("kg_gas_smell"), _g("kg_door_shut")), 10, across=True),
    # "ammonia line khol ke andar se band kar lunga" (round 49).
    Combination(S, (_g("kg_gas"), _g("kg_left_open"), _g("kg_shut_from_inside")), 8, unless=_g("kg_forgot")),
    Combination(S, (_g("weapon", "cutting_tool"), _g("kg_tonight_over")), 10, across=True),
    Combination(S, (_g("vehicle", "kg_road"), _g("kg_wont_step_back")), 14, across=True),
    Combination(S, (_g("kg_no_more_calls"), _g("kg_after_today")), 12, across=True),
    Combination(S, (_g("kg_not_coming"), _g("kg_any_after")), 4),
    Combination(S, (_g("kg_gone_days"), _g("kg_not_coming", "dont_look_for_me")), 14, across=True),
    Combination(S, (_g("kg_wish_not_woken"),), 0),
    Combination(SH, (_g("kg_hot_rod"), _g("kg_heated"), _g("on_purpose"), _g("kg_held_to_skin")), 10),
)
