"""Up on the tank, the tower or the catwalk, the road and the rails, the beam and the batten, and
farewells in the trade's words (the reading of rounds 74-75: driving schools, plant nurseries,
tuition teachers, pathology labs, silk reelers, stage theatre):

- up high and looking down, one step away or not coming down, or up high with a bye or a plea for
  forgiveness: "society chya tanki var basloy ... ek pavul pudhe takla ki sampla", "mobile tower var
  chadhloy ... ata khali yaycha nahi", "terrace वर आहेत आणि खाली यायला नाही म्हणतात", "लॅबच्या पाण्याच्या
  टाकीवर चढून बसलाय" with "सगळ्यांना माफ करा"; up high, quiet, "just wanted someone to know";
- the brake not pressed at the ghat, the car driven into the divider or before a truck, an accident
  wished for: "udya khambatki ghatat brake nahi dabnar", "divider ला गाडी ठोकणार", "accident होऊन गेलो
  तर बरं";
- the rails with a train's time looked up or a lying down: "पटरी से रात 1 बजे मालगाड़ी जाती है, टाइम
  देख लिया है", "patri dekhta hu ... ek din bas utar ke let jaunga";
- a rope tied to the beam, the strongest batten picked, a rope kept and not told of: "vasyala dori
  bandhli ahe", "i checked which batten ... is the strongest. im done";
- the phone off for ever, a last bow with thanks, forgiveness asked with a "राम राम", the children to
  be told their father loved them, the insurance worth more than the writer's life, the world left,
  the writer's turn after the plants died, the end near and decided, the main switch to be grabbed;
- the river gone to with a face that cannot be shown at home, the well gone towards, seen; the water
  looked down at, or no coming home; a bye posted and the phone off; nobody able to stop the writer at
  the well; walking off the edge;
- (rounds 76-77) a rope tied for when everyone has gone home, a rope bought and "not for" the load, the
  last role a corpse: "खांबाला दोरी बांधलीये. सगळे घरी गेले की", "bought a new rope today. not for tying
  the tempo load", "अब आखिरी रूप लाश का दिखाऊंगा".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Up on the water tank, the tower, the catwalk, the terrace.
    "tc_up_high": ("overhead tank", "water tank", "tanki var", "tankivar", "टाकीवर", "टाकीवरून", "पाण्याच्या टाकीवर",
                   "टंकी पर", "टंकी पे", "tanki pe", "tanki par", "पानी की टंकी", "pani ki tanki", "mobile tower",
                   "tower var", "टॉवर वर", "टॉवरवर", "tower pe", "टावर पर", "टावर पे", "catwalk", "कॅटवॉक", "कैटवॉक",
                   "terrace", "टेरेस", "टेरेसवर", "terrace वर", "terrace पे", "chimney", "चिमणी", "crane", "क्रेन",
                   "scaffolding", "on the roof", "top floor", "गच्चीवर", "छत पे", "छत पर", "chhat pe",
                   # rounds 76-77: the fire brigade's turntable ladder, the dock's stacks and crane cabin
                   "मीटर ऊपर", "meter upar", "metres up", "meters up", "TTL", "container var", "कंटेनरवर",
                   "crane cabin", "शिडीवरून", "shidivarun", "shidivar", "शिडीवर"),
    # Looking down, a step from the end, the last look (not coming down is at_the_edge.py's, widened below).
    "tc_down_or_step": ("khali baghat", "खाली बघत", "khali baghto", "खाली बघतो", "neeche dekh", "नीचे देख", "नीचे देखता",
                        "neeche dekhta", "looking down", "khali sagla lahan disto", "looks so small from here",
                        "ek kadam ki baat", "एक कदम की बात", "ek pavul pudhe takla ki", "एक पाऊल पुढे टाकलं की",
                        "ek paaul pudhe", "ek pavul pudhe", "just one step away", "one more step and",
                        "आखिरी बार आसमान", "aakhri baar aasman",
                        # rounds 76-77
                        "khali baghitla", "खाली बघितलं", "looked down", "belt खोल दूं", "belt khol du",
                        "unclipped the belt", "हात सोडून द्यावा", "hat sodun dyava", "one step out", "गिर जाऊं",
                        "gir jaun", "gir jau"),
    # Not coming down, the writer's own (widens at_the_edge.py's list).
    "not_down_mine": ("khali yaycha nahi", "खाली यायचं नाही", "खाली यायला नाही", "khali yayla nahi",
                      "i dont think im coming down", "i don't think i'm coming down", "not coming down this time"),
    # Climbed to threaten a fall (widens at_the_edge.py's list).
    "tall_structure": ("catwalk", "कॅटवॉक", "कैटवॉक", "overhead tank", "टेरेस", "टेरेसवर", "terrace", "terracevar"),
    "tc_quiet_here": ("quiet up here", "very quiet", "shant vatatay ithe", "शांत वाटतंय इथे", "इथे शांत वाटतंय",
                      "khup shant vatatay", "खूप शांत वाटतंय", "bahut shanti hai yahan", "बहुत शांति है यहाँ",
                      "peaceful up here"),
    "tc_just_telling": ("just wanted someone to know", "wanted someone to know", "fakt sangaycha hota",
                        "फक्त सांगायचं होतं", "bas batana tha", "बस बताना था", "kisi ko batana tha", "किसी को बताना था"),
    "tc_forgive_all": ("सगळ्यांना माफ करा", "saglyanna maaf kara", "माफ करा", "maaf kara", "sabko maaf karna",
                       "सबको माफ करना", "maaf karna sab", "forgive me all", "forgive everyone"),
    # The brake not pressed, the car driven into something, on the road's dangers.
    "tc_brake_not": ("brake nahi dabnar", "ब्रेक नाही दाबणार", "brake nahi marnar", "ब्रेक नहीं दबाऊंगा",
                     "brake nahi dabaunga", "brake nahi lagaunga", "ब्रेक नहीं लगाऊंगा", "won't touch the brake",
                     "wont touch the brake", "won't brake", "wont brake", "not going to brake", "no brakes today"),
    "tc_ram_into": ("ठोकणार", "thoknar", "ठोक दूंगा", "thok dunga", "ठोकून देणार", "gaadi laga dega", "गाड़ी लगा देगा",
                    "gaadi laga dunga", "गाड़ी लगा दूंगा", "gaadi khali sodnar", "गाडी खाली सोडणार", "gaadi sodnar",
                    "drive into", "drive off", "ghusa dunga gaadi", "गाड़ी घुसा दूंगा"),
    "tc_road_danger": ("ghat", "घाट", "ghatat", "घाटात", "ghatatun", "घाटातून", "curve", "expressway", "एक्सप्रेसवे",
                       "highway", "हायवे", "हाईवे", "valley", "दरी", "dari", "khai", "खाई", "divider", "डिव्हायडर",
                       "truck ke aage", "ट्रक के आगे", "truck samor", "ट्रकसमोर"),
    "tc_accident_wished": ("accident होऊन गेलो तर बरं", "accident houn gelo tar bara", "accident zala tar bara",
                           "accident झाला तर बरं", "accident ho jaye to accha", "accident हो जाए तो अच्छा",
                           "accident me mar jaun", "wish i had an accident", "wish a truck would hit me"),
    # The rails, with a train's time or a lying down.
    "tc_train_time": ("टाइम देख लिया", "time dekh liya", "वेळ पाहून ठेवली", "vel pahun thevli", "train timings",
                      "doesnt stop there", "doesn't stop there", "वहाँ नहीं रुकती", "wahan nahi rukti", "तिथे थांबत नाही",
                      "tithe thambat nahi", "मालगाड़ी जाती है", "malgadi jaati hai", "मालगाडी जाते"),
    # The beam and the batten, the rope tied to it, the strongest picked.
    # (not Latin "vasa", which folds onto "was")
    "tc_beam": ("vasyala", "वाशाला", "वास्याला", "vashala", "वासा", "batten", "बॅटन", "fly rope", "fly bar",
                "pipe la", "पाईपला", "शहतीर", "shahteer"),
    "tc_rope_tied": ("dori bandhli", "दोरी बांधली", "दोरी बांधलीय", "dori bandhliy", "rassi baandh di", "रस्सी बांध दी",
                     "rope tied", "tied the rope", "tied a rope"),
    "tc_strongest": ("strongest", "can hold one more", "hold one more weight", "वजन झेलेल", "vajan zhelel",
                     "वज़न संभाल लेगा", "wazan sambhal lega"),
    "tc_not_telling": ("not telling my wife", "not telling anyone", "बायकोला सांगितलं नाही", "baykola sangitla nahi",
                       "kisi ko nahi bataya", "किसी को नहीं बताया", "ghari sangitla nahi", "घरी सांगितलं नाही"),
    # Going to the water or the well, seen going, with no way home.
    "tc_going_now": ("चाललोय", "challoy", "chalaloy", "ja raha hu", "जा रहा हूँ", "जा रहा हूं", "निघालोय", "nighaloy",
                     "heading to"),
    "tc_to_the_water": ("नदीवर", "nadivar", "नदीकडे", "nadikade", "nadi kade", "पुलावरून", "pulavarun", "विहिरीकडे",
                        "vihirikade", "धरणावर", "dharnavar", "नदी पर", "nadi par", "नदी की तरफ", "nadi ki taraf"),
    "tc_cant_face": ("तोंड दाखवायची लाज", "tond dakhvaychi laaj", "tond dakhvaychi laj", "मुँह दिखाने लायक नहीं",
                     "munh dikhane layak nahi", "can't face them", "cant face them", "can't face anyone"),
    "tc_seen_going": ("जाताना दिसले", "jatana disle", "जाताना दिसला", "jatana disla", "जाते हुए देखा", "jaate hue dekha",
                      "seen going", "saw him going", "saw him walking"),
    "tc_not_home": ("ghari yenar nahi", "घरी येणार नाही", "ghar nahi aaunga", "घर नहीं आऊंगा", "won't come home",
                    "wont come home", "घरी आला नाही", "ghari aala nahi", "ghar nahi aaya", "घर नहीं आया",
                    "didn't come home", "didnt come home"),
    "tc_water_below": ("khali pani baghat", "खाली पाणी बघत", "neeche pani dekh", "नीचे पानी देख", "looking at the water"),
    "tc_bye_posted": ("bye msg", "bye message", "bye bye लिहून", "bye bye lihun", "bye लिहिलं", "bye lihila", "posted bye",
                      "bye post", "bye लिखा", "bye likha"),
    "tc_bye": ("bye", "bye bye", "बाय"),
    "tc_nobody_answers": ("कोणी call उचलत नाही", "koni call uchlat nahi", "कोई call नहीं उठाता", "koi call nahi uthata",
                          "nobody picks up", "no one picks up", "nobody answers"),
    "tc_nobody_can_stop": ("कुणी थांबवू शकत नाही", "kuni thambavu shakat nahi", "कोणी थांबवू शकत नाही",
                           "koni thambavu shakat nahi", "कोई नहीं रोक सकता", "koi nahi rok sakta", "nobody can stop me",
                           "no one can stop me"),
    "tc_walk_off": ("walking off the edge", "walk off the edge", "walking off the cliff", "jump off the edge",
                    "कड्यावरून उडी", "kadyavarun udi", "दरीत उडी", "darit udi", "खाई में कूद", "khai me kood"),
    # The phone off for ever; the last bow.
    "tc_phone_off_for_good": ("बंद असेल कायमचा", "band asel kayamcha", "kayamcha band", "कायमचा बंद",
                              "phone will be off after this", "phone will be off forever", "फोन हमेशा के लिए बंद",
                              "phone hamesha ke liye band", "mobile hamesha ke liye band"),
    "tc_last_bow": ("final bow", "last bow", "शेवटचा प्रयोग", "shevatcha prayog", "aakhri show", "आखिरी शो",
                    "last show", "last scene", "शेवटचा सीन", "आखिरी सीन", "aakhri scene"),
    "tc_thanks_for_all": ("thank you sir for everything", "thank you for everything", "thanks for everything",
                          "सगळ्यासाठी", "saglyasathi", "सब के लिए शुक्रिया", "sab ke liye shukriya"),
    "tc_ram_ram": ("रामराम", "राम राम", "ram ram", "ramram", "सगळ्यांना राम राम", "सबको राम राम"),
    # The children to be told their father loved them.
    "tc_tell_the_kids": ("bachon ko bolna", "बच्चों को बोलना", "बच्चों से कहना", "bachchon se kehna", "bachon se kehna",
                         "मुलांना सांगा", "mulanna sanga", "tell my kids", "tell the kids"),
    "tc_father_loved": ("bahut pyaar kiya", "बहुत प्यार किया", "पापा अच्छे थे", "papa acche the", "papa ache the",
                        "बाबा चांगले होते", "baba changle hote", "loved them", "was a good father"),
    # Worth more dead: the insurance.
    "tc_insurance": ("बीमा", "bima", "beema", "insurance", "विमा", "vima", "policy ke paise", "पॉलिसीचे पैसे"),
    "tc_worth_more_than_me": ("जिंदा रहने से", "zinda rehne se", "जगण्यापेक्षा", "jagnyapeksha", "better off",
                              "than with me", "worth more", "all i am worth", "मेरे होने से", "mere hone se"),
    # Why in this world; leaving it.
    "tc_why_in_this_world": ("mi ya jagat kashala", "मी या जगात कशाला", "ya jagat kashala", "या जगात कशाला",
                             "main is duniya me kyu", "मैं इस दुनिया में क्यों", "why am i in this world"),
    "tc_leave_this_world": ("हट जाता हूँ इस दुनिया से", "हट जाता हूं इस दुनिया से", "is duniya se hat jata hu",
                            "is duniya se hat jaun", "इस दुनिया से हट जाऊं", "duniya se chala jaun", "दुनिया से चला जाऊं",
                            "ya jagatun nighun jato", "या जगातून निघून जातो", "leave this world"),
    "tc_they_died": ("मर गए", "mar gaye", "सूख गए", "sookh gaye", "sukh gaye", "मेले", "mele", "सुकले", "sukle",
                     "died", "all dead"),
    "tc_my_turn": ("अब मेरी बारी", "ab meri baari", "ab meri bari", "aata majhi pali", "आता माझी पाळी", "now it's my turn",
                   "now its my turn", "my turn now"),
    "tc_not_needed": ("मेरी जरूरत किसी को नहीं", "मेरी ज़रूरत किसी को नहीं", "meri zarurat kisi ko nahi",
                      "majhi garaj konala nahi", "माझी गरज कोणाला नाही", "nobody will need me", "no one will need me"),
    "tc_the_last": ("आखरी", "आखिरी", "aakhri", "akhri", "शेवटचे", "शेवटच्या", "shevatche", "last"),
    "tc_decided": ("मी decide केलंय", "decide kelay", "decide केलंय", "मी ठरवलंय", "mi tharavlay", "ठरवलं आहे",
                   "tharavla ahe", "maine tay kar liya", "मैंने तय कर लिया", "i've decided", "ive decided"),
    "tc_end_near": ("end जवळ", "end javal", "अंत जवळ", "ant javal", "end paas", "end पास", "अंत पास", "end is near",
                    "end is close"),
    # The live current to be grabbed.
    "tc_live_current": ("main switch", "मेन स्विच", "मेन switch", "live wire", "नंगा तार", "nanga taar", "उघडी वायर",
                        "ughadi wire", "करंट", "current"),
    "tc_grab": ("पकड़ लूं", "पकड़ लूँ", "pakad lu", "pakad lun", "pakad lunga", "पकड़ लूंगा", "धरून ठेवीन", "dharun thevin",
                "पकडून ठेवीन", "grab it"),
    # Rounds 76-77: when everyone has gone home; not for the load; the last role.
    "tc_once_all_gone": ("सगळे घरी गेले की", "sagle ghari gele ki", "सगळे गेले की", "sagle gele ki", "sab chale jaayenge",
                         "सब चले जाएंगे", "jab sab chale jaye", "जब सब चले जाएं", "once everyone leaves",
                         "once everyone's gone", "once everyone is gone", "when everyone goes home"),
    "tc_not_for_the_load": ("not for tying", "not for the load", "bandhne ke liye nahi", "बांधने के लिए नहीं",
                            "बांधायला नाही", "bandhayla nahi", "saman ke liye nahi", "सामान के लिए नहीं",
                            "सामानासाठी नाही", "samanasathi nahi"),
    "tc_last_role": ("आखिरी रूप", "aakhri roop", "akhri roop", "aakhri rup", "last role", "शेवटचं रूप",
                     "shevatcha roop", "शेवटची भूमिका", "shevatchi bhumika", "आखिरी किरदार", "aakhri kirdar",
                     "final role", "last act"),
    "tc_corpse_role": ("लाश का रूप", "laash ka roop", "lash ka roop", "प्रेताचं रूप", "pretacha roop"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_UP = _g("tc_up_high", "high_place", "pw_floor", "roof_top")
_RAILS = _g("rail_line", "bn_railway")

TANK_CATWALK_AND_THE_LAST_BOW: tuple[Combination, ...] = (
    Combination(S, (_UP, _g("tc_down_or_step")), 16, across=True, unless=_g("height_pastime", "laugh"), unless_reach=12),
    Combination(S, (_UP, _g("tc_quiet_here"), _g("tc_just_telling")), 20, across=True),
    Combination(S, (_UP, _g("goodbye", "tc_forgive_all", "pw_forgive_me", "pw_sorry_bye")), 14, across=True),
    Combination(S, (_g("tc_brake_not"), _g("tc_road_danger")), 14, across=True),
    Combination(S, (_g("tc_ram_into"), _g("tc_road_danger")), 8, across=True),
    Combination(S, (_g("tc_accident_wished"),), 0),
    Combination(S, (_RAILS, _g("tc_train_time", "bn_lie_down")), 16, across=True),
    Combination(S, (_g("tc_beam"), _g("tc_rope_tied", "tc_strongest")), 12, across=True),
    Combination(S, (_g("hang", "ligature", "mt_rope"), _g("tc_not_telling")), 10, across=True),
    Combination(S, (_g("tc_phone_off_for_good"),), 0),
    Combination(S, (_g("water_body", "danger_place", "high_place", "tc_to_the_water"), _g("tc_going_now"),
                    _g("tc_cant_face")), 16,
                across=True),
    Combination(S, (_g("water_body", "danger_place", "rail_line", "tc_to_the_water"), _g("tc_seen_going")), 6),
    Combination(S, (_g("water_body", "danger_place", "high_place", "rail_line", "tc_to_the_water"),
                    _g("tc_water_below", "tc_not_home")),
                16, across=True),
    Combination(S, (_g("tc_bye_posted"), _g("unreachable", "nl_phone_off", "cs_no_answer", "tc_not_home")), 14,
                across=True),
    Combination(S, (_UP, _g("tc_bye"), _g("tc_nobody_answers", "unreachable")), 14, across=True),
    Combination(S, (_g("water_body", "danger_place", "high_place"), _g("tc_nobody_can_stop")), 16, across=True),
    Combination(S, (_g("tc_walk_off"),), 0),
    Combination(S, (_g("tc_last_bow"), _g("tc_thanks_for_all", "tc_phone_off_for_good", "unreachable")), 16,
                across=True),
    Combination(S, (_g("pw_forgive_me", "pw_keys", "mt_my_accounts"), _g("tc_ram_ram")), 20, across=True),
    Combination(S, (_g("tc_tell_the_kids"), _g("tc_father_loved")), 8),
    Combination(S, (_g("tc_insurance"), _g("tc_worth_more_than_me")), 16, across=True),
    Combination(S, (_g("tc_why_in_this_world"),), 0),
    Combination(S, (_g("tc_leave_this_world"),), 0),
    Combination(S, (_g("die", "tc_they_died"), _g("tc_my_turn")), 10, across=True),
    Combination(S, (_g("tc_not_needed"), _g("tc_the_last", "goodbye")), 16, across=True),
    Combination(S, (_g("tc_end_near"), _g("tc_decided")), 10, across=True),
    Combination(S, (_g("tc_live_current"), _g("tc_grab")), 6),
    Combination(S, (_g("rope_tied", "tc_rope_tied"), _g("tc_once_all_gone")), 14, across=True),
    Combination(S, (_g("hang", "rope_named", "mf_rope"), _g("tc_not_for_the_load")), 12, across=True),
    Combination(S, (_g("tc_last_role"), _g("sp_the_dead")), 6),
    Combination(S, (_g("tc_corpse_role"), _g("final", "tc_the_last", "tc_last_role")), 8, across=True),
)
