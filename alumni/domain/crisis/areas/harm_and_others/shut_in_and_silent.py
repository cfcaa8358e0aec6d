"""A son, a sister or a friend in danger, told by the one who is worried (round 15: holdout
41, hostels and homes): a room locked from inside and no answer ("हमारे बेटे ने कमरा बंद कर
लिया है, आवाज़ नहीं दे रहा", "खोली आतून बंद केलीय, आवाज देत नाही"), sitting at a dangerous
place and not picking up or not coming down ("railway track जवळ बसलीय, call उचलत नाही", "terrace
var basla ahe ani khali yet nahi"), blades found beside bloody tissues, and fresh wounds seen
on an arm ("हातावर ताज्या जखमा"), and talk of its being better to end it beside a phone
switched off; shut in the bathroom with the acid taken along ("वो bathroom में बंद है और RO का acid
cleaner साथ ले गए हैं", rounds 64-65); standing on the terrace and someone asked to do something ("वो
terrace पर खड़े हैं. Please कुछ करो", rounds 66-67); sat with the acid or gone off with the poison and
not answering (rounds 68-69).

The writer's own locked room and a lost key, a brother asleep or studying behind the door, a
picnic by the dam, kites on the terrace and a razor with shaving cuts stay quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH = Category.SUICIDE, Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # No answer from behind the door: "आवाज़ नहीं दे रहा", "आवाज देत नाही", "not responding".
    "no_answer": ("isnt picking up", "isn't picking up", "wont pick up", "won't pick up", "isnt responding",
                  "isn't responding", "awaaz nahi de raha", "awaaz nahi de rahi", "आवाज़ नहीं दे रहा", "आवाज नहीं दे रहा",
                  "आवाज़ नहीं दे रही", "आवाज नहीं दे रही", "awaj det nahi", "आवाज देत नाही", "आवाज देत नाहीये",
                  "awaj deina", "jawab nahi de raha", "jawab nahi de rahi", "जवाब नहीं दे रहा", "जवाब नहीं दे रही",
                  "uttar det nahi", "उत्तर देत नाही", "pratisad det nahi", "प्रतिसाद देत नाही", "not responding",
                  "no response", "no answer", "not answering", "doesnt answer", "doesn't answer", "wont answer",
                  "won't answer", "koi jawab nahi", "कोई जवाब नहीं", "kahi bolat nahi", "काही बोलत नाही",
                  "kuch bol nahi raha", "कुछ बोल नहीं रहा", "kuch bol nahi rahi", "कुछ बोल नहीं रही",
                  # the honorific plural and the silence from inside (round 44)
                  "जवाब नहीं दे रहे", "jawab nahi de rahe", "आतून आवाज नाही", "aatun awaj nahi", "aatun awaaj nahi",
                  "aatun aawaj nahi", "अंदर से आवाज नहीं", "andar se awaaz nahi", "andar se awaz nahi"),
    # Busy behind the door, or locked out: the ordinary reasons a door is shut.
    "si_come_quickly": ("लवकर या", "lavkar ya", "jaldi aao", "जल्दी आओ", "come quickly", "please send someone",
                        "कोणाला पाठवा", "jaldi kisi ko bhejo", "जल्दी किसी को भेजो", "darwaza nahi khol rahe",
                        "दरवाजा नहीं खोल रहे", "दार उघडत नाहीत", "dar ughadat nahit"),
    "busy_inside": ("so raha", "so rahi", "सो रहा", "सो रही", "so gaya", "so gayi", "सो गया", "सो गई", "sleeping",
                    "asleep", "zopla", "झोपला", "zopli", "झोपली", "zoplay", "padh raha", "padh rahi", "पढ़ रहा",
                    "पढ़ रही", "studying", "abhyas", "अभ्यास", "headphones", "earphones", "gaming", "game",
                    "online class", "meeting", "call pe", "lost the key", "lost my key", "chabi kho", "चाबी खो",
                    "killi haravli", "किल्ली हरवली", "locked out"),
    # Sitting or standing there for long, told of someone else: "बसलीय", "बसला आहे", "baitha hai".
    "sits_there": ("baslay", "बसलाय", "basliy", "बसलीय", "basla ahe", "बसला आहे", "basli ahe", "बसली आहे",
                   "baslela", "बसलेला", "basleli", "बसलेली", "baitha hai", "बैठा है", "baithi hai", "बैठी है",
                   "baitha hua", "बैठा हुआ", "khada hai", "खड़ा है", "ubha ahe", "उभा आहे", "ubhi ahe", "उभी आहे",
                   "is sitting", "has been sitting", "is standing", "sitting there", "standing there",
                   # the honorific plural (rounds 66-67: "वो terrace पर खड़े हैं")
                   "khade hain", "खड़े हैं", "खडे हैं", "khade hai", "baithe hain", "बैठे हैं", "ubhe ahet", "उभे आहेत",
                   "basle ahet", "बसले आहेत"),
    # Busy up there, and not down for a meal or a break: "lunch ke liye neeche nahi aa rahe".
    # (not "chai": it folds onto the genitive "ची", "च्या")
    "si_busy_up_there": ("lunch", "khana", "खाना", "jevan", "जेवण", "jevayla", "जेवायला", "nashta", "नाश्ता", "kaam",
                         "काम", "duty", "ड्यूटी", "shift", "patang", "पतंग", "kite", "kites"),
    # Sat with it, or gone with it: "तो acid घेऊन बसलाय", "keetnashak ki bottle leke ... gaya hai" (rounds 68-69).
    "si_sat_with_it": ("घेऊन बसलाय", "gheun baslay", "ghevun baslay", "घेऊन बसलेत", "gheun baslet", "घेऊन बसला आहे",
                       "le ke baitha hai", "लेके बैठा है", "लेकर बैठा है", "leke baitha hai", "le ke baithe hain",
                       "लेकर बैठे हैं", "is sitting with"),
    "si_taken_along": ("leke", "le ke", "लेके", "लेकर", "lekar", "gheun", "घेऊन", "took it", "took the bottle",
                       "took a bottle"),
    "si_went": ("gaya hai", "गया है", "gaye hain", "गए हैं", "gela", "गेला", "gelay", "गेलाय", "gelet", "गेलेत",
                "went to", "has gone", "went off"),
    "si_to_spray": ("chhidakne", "छिड़कने", "chidakne", "favarayla", "फवारायला", "favarni", "फवारणी", "spray karne",
                    "स्प्रे करने", "to spray"),
    # Someone asked to act now: "Please कुछ करो", "kahitari kara", "do something".
    "si_do_something": ("kuch karo", "कुछ करो", "kuchh karo", "kuch kijiye", "कुछ कीजिए", "kahi kara", "काही करा",
                        "kahitari kara", "काहीतरी करा", "do something", "please help", "help karo"),
    # Not coming down from a height: "खाली येत नाही", "नीचे नहीं आ रहा", "wont come down".
    "not_coming_down": ("khali yet nahi", "खाली येत नाही", "खाली येत नाहीये", "khali yeina", "खाली येईना",
                        "khali yayla tayar nahi", "खाली यायला तयार नाही", "neeche nahi aa raha",
                        "neeche nahi aa rahi", "नीचे नहीं आ रहा", "नीचे नहीं आ रही", "neeche aane ko tayyar nahi",
                        "नीचे आने को तैयार नहीं", "neeche nahi utar raha", "नीचे नहीं उतर रहा", "utarat nahi",
                        "उतरत नाही", "wont come down", "won't come down", "not coming down", "refuses to come down",
                        "refusing to come down", "utar nahi raha", "utar nahi rahi", "उतर नहीं रहा", "उतर नहीं रही",
                        "khali yetach nahi", "खाली येतच नाही", "khali yet nahiye", "neeche aa hi nahi raha",
                        "नीचे आ ही नहीं रहा",
                        # the honorific plural (rounds 68-69: "नीचे नहीं आ रहे")
                        "neeche nahi aa rahe", "नीचे नहीं आ रहे", "niche nahi aa rahe", "khali yet nahit", "खाली येत नाहीत"),
    # What a height is climbed for on an ordinary day: kites, the water tank, the dish, the clothes.
    "rooftop_chore": ("patang", "पतंग", "kite", "kites", "tanki", "टंकी", "water tank", "dish", "kapde", "कपड़े",
                      "कपडे", "antenna", "cricket", "sunset", "photo", "repair", "plumber",
                      # or a pet that will not come down ("chhat" folds like "cat", so not "cat")
                      "billi", "बिल्ली", "kitten", "manjar", "मांजर", "bandar", "बंदर", "kabootar", "कबूतर",
                      "popat", "पोपट", "tota", "तोता", "parrot", "puppy"),
    # Blood on what was used to stop it: "bloody tissues", "खून लगे", "रक्ताचे डाग".
    "bloodied": ("bloody tissue*", "bloody cotton", "bloody napkin*", "bloody cloth", "bloodstained",
                 "blood stained", "blood stains", "stained with blood", "covered in blood", "khoon lage", "खून लगे",
                 "khoon se sane", "खून से सने", "khoon ke daag", "खून के दाग", "khoon wale", "खून वाले",
                 "raktache daag", "रक्ताचे डाग", "raktane bharlele", "रक्ताने भरलेले", "raktane maakhlele",
                 "रक्ताने माखलेले", "ragtache daag"),
    # The ordinary reasons a tissue is bloody: a shave, a nosebleed, a period.
    "blood_ordinary": ("shaving", "shave", "shaved", "dadhi", "दाढ़ी", "दाढी", "beard", "nosebleed", "nose bleed",
                       "nakseer", "नकसीर", "naak se khoon", "नाक से खून", "periods", "period", "pad", "pads"),
    # Ending it, told of someone: "better he ends it", "khatam kar lega", "संपवेल".
    "ends_it_told": ("ends it", "end it", "ending it", "ends it all", "end it all", "end his life", "end her life",
                     "khatam kar lega", "खत्म कर लेगा", "khatam kar legi", "खत्म कर लेगी", "sampvel", "संपवेल",
                     "sampavto", "संपवतो", "sampavnar", "संपवणार"),
    # A relationship or a deal ended, not a life: "end it with her", "rishta khatam".
    "ended_tie": ("with her", "with him", "with them", "relationship", "breakup", "break up", "rishta", "रिश्ता",
                  "naata", "नातं", "deal", "contract", "partnership"),
    # The bathroom cleaned with it: "acid से toilet साफ कर रहे हैं".
    "si_cleaning": ("साफ कर", "saaf kar", "saf kar", "safai", "सफाई", "cleaning", "clean kar", "clean कर", "धुतोय",
                    "dhutoy", "घासतोय", "ghastoy", "scrubbing"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # A room shut from inside, as parents say it: "कमरा बंद कर लिया", "खोली बंद करून घेतली".
    "locked_in": ("kamra band kar", "कमरा बंद कर", "kamra andar se", "कमरा अंदर से", "room band kar",
                  "room lock kar", "rum lock kar", "kholi band kar", "खोली बंद कर", "kholi band karun",
                  "खोली बंद करून", "kholi aatun", "खोली आतून", "locked his room", "locked her room",
                  "kamre mein band", "room mein band", "रूम में बंद", "aatun lavla", "aatun lavle", "आतून लावल*",
                  "daar aatun", "दार आतून", "darwaja aatun", "दरवाजा आतून", "locked his door", "locked her door",
                  # round 33: "locked the room, the fan is on", "room lock आहे आणि fan ला दोरी"
                  "locked the room", "locked himself in", "locked herself in", "room lock ahe", "room lock आहे",
                  "room lock hai", "room lock है", "kamra lock", "कमरा लॉक", "रूम लॉक",
                  # shut in the godown (round 34, tailors)
                  "गोडाऊनमध्ये बंद", "godown मध्ये बंद", "godown madhe band", "godown में बंद", "godown me band",
                  # shut in the bathroom, or shut oneself in (rounds 64-65's second reading)
                  "bathroom में बंद", "bathroom me band", "बाथरूम में बंद", "bathroom मध्ये बंद", "bathroom madhe band",
                  "बाथरूममध्ये बंद", "toilet me band", "टॉयलेट में बंद", "स्वतःला कोंडून", "swatahla kondun",
                  "khud ko band kar", "खुद को बंद कर", "locked himself in the bathroom",
                  "गोदाम में बंद",
                  # the shop's shutter pulled down with him inside (round 44, repair shops)
                  "shutter gira ke andar", "shutter गिराके अंदर", "शटर गिराके अंदर", "शटर गिरा के अंदर",
                  "शटर खाली करून आत", "shutter खाली करून आत", "shutter khali karun aat", "shutter band karke andar",
                  "शटर बंद करके अंदर", "shutter down and inside", "pulled the shutter down"),
    # The railway line as the worried write it in Devanagari: "रेलवे ट्रैक", "रेल्वे ट्रॅक".
    # (as "railway track" is in Latin letters; a railway "line" is also a job's and stays out).
    "rail_line": ("रेलवे ट्रैक", "रेलवे ट्रेक", "रेल्वे ट्रॅक", "रेल्वे रूळ", "rail ki patri", "रेल की पटरी",
                  "रेल्वे रुळ", "रुळाजवळ", "रूळाजवळ", "rulajaval", "रुळावर", "rulavar"),
    # Fresh, as Marathi and Hindi inflect it: "ताज्या जखमा", "ताज़े घाव".
    "fresh": ("taajya", "ताज्या", "taaje", "ताजे", "ताज़े", "taaji", "ताजी", "ताज़ी", "navya jakhma"),
}

_DANGER_PLACE = _g("high_place", "rail_line", "danger_place", "water_body")
_POISON_OR_ACID = _g("poison", "tb_acid", "pn_work_chemical", "farm_poison")

SHUT_IN_AND_SILENT: tuple[Combination, ...] = (
    # Sat with the acid or the poison, or gone off with it and not answering (rounds 68-69): "तो acid घेऊन
    # बसलाय, please call kara", "wo keetnashak ki bottle leke ganne ke khet me gaya hai, phone nahi utha raha".
    Combination(S, (_POISON_OR_ACID, _g("si_sat_with_it")), 4, order=True,
                unless=_g("pest_place", "pn_work_purpose", "si_cleaning"), unless_reach=6),
    Combination(S, (_POISON_OR_ACID, _g("si_taken_along"), _g("si_went"),
                    _g("no_answer", "unreachable", "dl_phone_unanswered", "rl_no_answer")), 16, order=True,
                across=True, unless=_g("pn_work_purpose", "si_cleaning", "medicine_sprayed", "si_to_spray"),
                unless_reach=6),
    # At a height, someone told to act: "colleague का call आया कि वो terrace पर खड़े हैं. Please कुछ करो"
    # (rounds 66-67).
    Combination(S, (_DANGER_PLACE + _g("tall_structure", "roof_top", "al_terrace"), _g("sits_there"),
                    _g("si_do_something")), 16, across=True,
                unless=_g("water_leisure", "everyday_view", "rooftop_chore", "busy_inside")),
    # Shut in from inside, and no answer through the door.
    Combination(S, (_g("locked_in"), _g("no_answer", "unreachable", "door_unopened", "dl_phone_unanswered",
                                        "rl_no_answer")), 14, across=True,
                unless=_g("busy_inside", "locked_out")),
    # At the tracks, the bridge or the water a long while, and not picking up.
    Combination(S, (_DANGER_PLACE, _g("sits_there", "present_there", "posture", "near"),
                    _g("unreachable", "no_answer")), 16, across=True,
                unless=_g("water_leisure", "away_trip", "everyday_view", "gone_travelling", "rooftop_chore")),
    # Shut in, told by a wife asking for someone to come: "ते godown मध्ये बंद आहेत please लवकर या".
    Combination(S, (_g("locked_in"), _g("si_come_quickly")), 12, across=True, unless=_g("busy_inside", "locked_out")),
    # Shut in, and a rope on the fan told: "room lock आहे आणि fan ला दोरी" (round 33).
    Combination(S, (_g("locked_in"), _g("hanging_point"), _g("ligature", "noose_cord", "rope_named")), 14,
                across=True, unless=_g("busy_inside", "locked_out")),
    # On the terrace, a height or a roof and not coming down ("godown chya patryavar chadhla ahe,
    # khali yet nahi").
    Combination(S, (_DANGER_PLACE + _g("tall_structure", "roof_top", "al_terrace"), _g("not_coming_down")), 12, across=True,
                unless=_g("water_leisure", "everyday_view", "rooftop_chore", "busy_inside", "si_busy_up_there")),
    # Talk of it being better to end it, and the phone off now: "it is better he ends it. His
    # phone is off" (the family's report of a man gone from the jetty).
    Combination(S, (_g("better"), _g("ends_it_told"), _g("gone_missing", "unreachable")), 16, across=True,
                unless=_g("work_load", "story", "ended_tie")),
    # Shut in with the acid or the poison taken along: "वो bathroom में बंद है और RO का acid cleaner साथ ले
    # गए हैं", "तो bathroom मध्ये बंद आहे, हातात RO चं acid आहे" (rounds 64-65's second reading).
    Combination(S, (_g("locked_in"), _g("poison", "tb_acid", "pn_work_chemical")), 14, across=True,
                unless=_g("busy_inside", "locked_out", "pest_place", "pn_work_purpose", "si_cleaning"), unless_reach=8),
    # Blades found with bloody tissues.
    Combination(SH, (_g("cutting_tool", "blade"), _g("bloodied")), 12, across=True,
                unless=_g("by_accident", "chore", "blood_ordinary")),
)
