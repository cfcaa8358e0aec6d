"""The garland made for the writer's own photo, the truck wished for, the name taken off the list (the
reading of rounds 82-83: gurudwara sevadars and langar cooks, toll plazas, parking valets, flower
markets, salt pans):

- the garland for the writer's own photo, made or ordered ("माझ्या फोटोला हार घालायची वेळ आली", "I've
  already made the haar for my own photo");
- a truck, a container or a speeding car wished upon the writer ("koi truck thok de to achha hai",
  "एखाद्या भरधाव ट्रकने उडवावं मला", "every container passing ... one step and its over"), the family
  to get the insurance;
- the writer's name to be taken off the list, with nobody to answer next month;
- the rope brought to the booth where nobody comes at night; everyone happy once the writer is gone;
  nothing left to live for; the writer going into the creek or the lake; everything shut now, with a
  bye or the mother to be looked after; "my work ended here"; "I too want to be finished";
- the head struck on the booth's iron, salt rubbed into the cracked feet, holes punched in the thigh,
  on purpose, in a rage, or burns hidden under the sleeve; a brother's arm burnt with a cigarette.

A garland for a god's or a late father's photo, a truck that hits someone in the news, a list of dues
handed over at work, a burn by mistake stay quiet.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH = Category.SUICIDE, Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # The garland for the writer's own photo.
    "gp_my_photo": ("माझ्या फोटोला", "mazya photola", "majhya photola", "my own photo", "my photo", "meri photo",
                    "मेरी फोटो", "मेरे फोटो", "meri photo pe", "अपनी फोटो", "apni photo", "apni photo ke", "माझ्या फोटोसाठी",
                    "mazya photosathi"),
    "gp_garland": ("हार", "haar", "garland", "maala", "माळ", "mala ghala", "हार घाल*", "haar ghal*"),
    # A vehicle wished upon the writer.
    "gp_vehicle": ("truck", "ट्रक", "ट्रकने", "container", "कंटेनर", "trailer", "ट्रेलर", "scorpio", "gaadi", "गाडी",
                   "गाड़ी", "bus", "बस", "tanker", "टँकर", "dumper", "डंपर", "car"),
    "gp_hit_wish": ("thok de to achha", "ठोक दे तो अच्छा", "thok de to", "dhadkava", "धडकावा", "dhadakva", "udvava",
                    "उडवावं", "udavava", "के आगे आ जाऊं", "ke aage aa jaun", "ke aage aa jau", "yeu de", "येऊ दे",
                    "one step and its over", "one step and it's over", "maar de to achha", "मार दे तो अच्छा",
                    "kuchal de", "कुचल दे"),
    "gp_family_gets": ("mil jayega", "मिल जाएगा", "मिल जायेगा", "miltil", "मिळतील", "milel", "मिळेल", "will get the",
                       "would get the"),
    # The name off the list, and nobody to answer.
    "gp_name_off": ("नाव यादीतून काढून टाका", "naav yaaditun kadhun taka", "naav yaditun kadhun taka",
                    "naam list se hata do", "naam list se hata", "नाम लिस्ट से हटा", "mera naam hata do",
                    "remove my name", "take my name off", "माझं नाव काढून टाका", "maza naav kadhun taka"),
    "gp_nobody_answers": ("कुणी नसेल", "kuni nasel", "koni nasel", "कोणी नसेल", "koi nahi hoga", "कोई नहीं होगा",
                          "nobody will answer", "no one will answer", "jawab dene wala koi nahi", "जवाब देने वाला कोई नहीं",
                          "uchalayla kuni nasel", "उचलायला कुणी नसेल"),
    # The rope brought to where nobody comes.
    "gp_brought": ("le ke aaya", "leke aaya", "ले के आया", "लेकर आया", "gheun aaloy", "gheun alo", "घेऊन आलोय",
                   "घेऊन आलो", "brought"),
    "gp_nobody_comes": ("koi nhi aata", "koi nahi aata", "कोई नहीं आता", "konich firakat nahi", "कोणीच फिरकत नाही",
                        "nobody comes", "no one comes", "kuni yet nahi", "कुणी येत नाही"),
    # Everyone happy once the writer is gone.
    "gp_all_happy": ("सुखी होतील", "sukhi hotil", "sukhi honge", "सुखी होंगे", "better off", "khush rahenge",
                     "खुश रहेंगे", "सुटका", "sutka", "nirant hotil", "निवांत होतील"),
    "gp_when_gone": ("मी गेलो की", "mi gelo ki", "mi gelo tar", "मी गेलो तर", "main chala gaya to", "मैं चला गया तो",
                     "मैं न रहूँ तो", "when i'm gone", "when i am gone", "once i'm gone", "once i am gone"),
    # Nothing left to live for.
    "gp_nothing_left": ("बचा क्या है जीने को", "bacha kya hai jeene ko", "jeene ko kya bacha", "जीने को क्या बचा",
                        "जगायला काय उरलं", "jagayla kay urla", "nothing left to live for", "what's left to live for",
                        "whats left to live for", "जीने के लिए कुछ नहीं बचा", "jeene ke liye kuch nahi bacha",
                        "माझं काही उरलं नाही", "maza kahi urla nahi"),
    # Into the creek, the lake, the sarovar.
    "gp_into_water": ("पाण्यात जाणार", "panyat janar", "खाडीत जाणार", "khadit janar", "नदीत जाणार", "nadit janar",
                      "go in the sarovar", "sarovar me jana", "sarovar mein", "पानी में जाऊंगा", "paani me jaunga",
                      "go into the water", "खाडीत उडी", "khadit udi"),
    # Everything shut now; "my work ended here"; "I too want to be finished"; "I too will go".
    "gp_shut_all": ("sagla band karto", "sagla band karnar", "सगळं बंद करतो", "सगळं बंद करणार", "sab band kar raha",
                    "सब बंद कर रहा", "sab band kar dunga", "सब बंद कर दूंगा"),
    "gp_worthless_or_bye": ("bye", "kamacha nahi", "kamacha nahis", "कामाचा नाही", "worthless", "kisi kaam ka nahi",
                            "sambhala", "सांभाळा", "dhyan rakhna", "ध्यान रखना"),
    "gp_my_part_done": ("मेरा काम यहीं तक था", "mera kaam yahin tak tha", "माझं काम इथपर्यंत", "आता माझं काम संपलं",
                        "ata maza kaam sampla", "aata majha kaam sampla", "my part is done", "my work is done"),
    "gp_left_in_order": ("यादी भावाला दिली", "यादी दिली", "yaadi dili", "फोटो डिलीट", "photo delete", "dhyan rakhna",
                         "ध्यान रखना", "take care of", "sambhala", "सांभाळा", "सगळे फोटो डिलीट"),
    "gp_me_too_finished": ("मुझे भी खतम होना", "मुझे भी खत्म होना", "mujhe bhi khatam hona", "मुझे खत्म होना है",
                           "mujhe khatam hona hai", "mala pan sampaycha", "मलाही संपायचं"),
    "gp_me_too_go": ("main bhi chala jaunga", "मैं भी चला जाऊंगा", "मैं भी चला जाऊँगा"),
    "gp_my_time_too": ("माझीही जायची वेळ", "majhi pan jaychi vel", "mazi pan jaychi vel", "मेरी भी जाने की बारी",
                       "मेरा भी जाने का वक्त", "my time to go too"),
    # Round 83 (holdout 305): "this is my last check in", or not there at the next one ("since my last
    # check in" is progress); acid carried up to the terrace and
    # the phone unanswered (reported); the old quarry's edge and the jump after dark.
    "gp_last_check_in": ("this is my last check", "पुढच्या check-in ला मी नसेन",
                         "next check-in ला मी नसेन",
                         "won't be at the next check", "wont be at the next check"),
    "gp_acid_carried": ("acid bottle लेके", "acid bottle leke", "ऍसिडची बाटली घेऊन", "अॅसिडची बाटली घेऊन",
                        "acid ki bottle leke", "एसिड की बोतल लेके", "took the acid"),
    "gp_jump_will": ("कूद जाऊंगा", "kood jaunga", "kud jaunga", "वहीं से जाऊंगा", "wahin se jaunga", "wahi se jaunga",
                     "उडी मारणार", "udi marnar", "उडी मारेन", "udi maren"),
    "gp_quarry": ("खदान", "khadan", "खान", "khan", "quarry", "shaft", "खाणीत", "khanit"),
    # The tracks, gone to.
    "gp_going_future": ("जाणार आहे", "janar ahe", "जाणार", "janar", "जाऊंगा", "jaunga"),
    # The head, the feet, the thigh; struck, rubbed, punched; burns hidden; a cigarette's burns.
    "gp_body": ("डोकं", "doka", "डोक्यावर", "सिर", "head", "पैरों", "पैर", "पाय", "paay", "feet", "foot",
                "मांडीवर", "मांडी", "thigh", "arms", "arm", "हातावर", "hatavar", "haat", "हात", "हाथ", "haath"),
    "gp_harm_act": ("आपटलं", "aaptla", "आपटले", "फोड़ा", "phoda", "रगड़ता", "ragadta", "rubbing", "भोकं पाडतो",
                    "bhoka padto", "jaalla", "जाळलं", "भाजलंय", "bhajlay", "भाजलं", "thorns all in"),
    "gp_hide": ("lapavto", "लपवतो", "lapavte", "hide", "hiding", "chhupata", "छुपाता", "chhupati", "छुपाती",
                "wife thinks", "told her"),
    "gp_cigarette": ("cigarette", "cigarette ne", "सिगारेट", "सिगारेटने", "सिगरेट", "सिगरेट से", "beedi", "बीडी"),
    "gp_mishap": ("by mistake", "galti se", "गलती से", "chukun", "चुकून", "accident", "अपघात"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

PHOTO_GARLAND_AND_THE_PASSING_TRUCK: tuple[Combination, ...] = (
    Combination(S, (_g("gp_my_photo"), _g("gp_garland")), 8, across=True),
    Combination(S, (_g("gp_vehicle"), _g("gp_hit_wish")), 10, across=True, unless=_g("negation"), unless_reach=1),
    Combination(S, (_g("insurance"), _g("gp_family_gets"), _g("gp_vehicle", "gp_hit_wish")), 24, across=True),
    Combination(S, (_g("gp_name_off"), _g("gp_nobody_answers")), 24, across=True),
    Combination(S, (_g("rope_named"), _g("gp_brought"), _g("gp_nobody_comes")), 20, across=True),
    Combination(S, (_g("gp_when_gone"), _g("gp_all_happy")), 8),
    Combination(S, (_g("gp_nothing_left"),)),
    Combination(S, (_g("gp_into_water"),), unless=_g("negation"), unless_reach=1),
    Combination(S, (_g("gp_shut_all"), _g("gp_worthless_or_bye")), 24, across=True),
    Combination(S, (_g("gp_my_part_done"), _g("gp_left_in_order", "tr_settled")), 30, across=True),
    Combination(S, (_g("gp_me_too_finished"),)),
    Combination(S, (_g("gp_me_too_go"), _g("gp_worthless_or_bye", "gp_left_in_order", "hf_care_for")), 24,
                across=True),
    Combination(S, (_g("gp_my_time_too"),), unless=_g("negation"), unless_reach=1),
    Combination(S, (_g("bl_track"), _g("gp_going_future")), 3, order=True),
    Combination(S, (_g("gp_last_check_in"),)),
    Combination(S, (_g("gp_acid_carried"), _g("height", "sb_high_place", "unreachable", "help_plea")), 16,
                across=True),
    Combination(S, (_g("gp_quarry", "height", "edge"), _g("gp_jump_will")), 16, across=True,
                unless=_g("negation"), unless_reach=1),
    Combination(SH, (_g("on_purpose"), _g("gp_body"), _g("gp_harm_act")), 12, across=True,
                unless=_g("negation", "gp_mishap"), unless_reach=2),
    Combination(SH, (_g("gp_body"), _g("gp_harm_act", "burn"), _g("gp_hide")), 16, across=True,
                unless=_g("gp_mishap"), unless_reach=6),
    Combination(SH, (_g("gp_cigarette"), _g("gp_body"), _g("burn", "gp_harm_act")), 8, across=True,
                unless=_g("gp_mishap"), unless_reach=6),
    Combination(SH, (_g("sb_anger"), _g("gp_body"), _g("gp_harm_act")), 16, across=True),
)
