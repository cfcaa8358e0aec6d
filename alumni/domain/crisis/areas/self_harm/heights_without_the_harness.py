"""Suicide told as a height climbed without the harness, with the key, or not to be come down
from; a rope thrown over a named branch or beam (round 53's reading of rounds 52-53, holdouts
179-183 and 185):

- the drill tower, the skylift, the ladder or the mandap's top, alone and without the harness:
  "aaj ratri drill tower var ekta jaanar ahe, harness nahi lavnar", "आज रात ड्रिल टावर पर अकेले
  चढ़ूँगा, बेल्ट नहीं बाँधूँगा";
- up and not coming down: "skylift chi chavi majhyakade ahe aaj night la. var jaun parat yenar
  nahi", "varti chadhlo ki khali shidi ne yenar nahi", "not sure im coming down by the ladder";
- the tallest pole as the writer's end: "मांडवाचा सगळ्यात उंच खांब आज रात्री माझा शेवट";
- a rope over a named tree or the beam: "गोडाऊनच्या मागच्या लिंबाला दोरी टाकलीय", "तुळईला दोरी बांधली
  आहे", "the neem behind the godown has a strong branch"; a strong beam that will bear the
  writer's weight.

Practice with the harness on, a tower inspected with the key, and a rope for a load stay quiet.
Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    "hw_height": ("drill tower", "ड्रिल टावर", "ड्रिल टॉवर", "drill टावर", "tower", "टॉवर", "टावर", "टॉवरवर", "towervar",
                  "टावर पर", "tower pe", "skylift",
                  "hydraulic platform", "ladder", "शिडी", "shidi", "सीढ़ी", "seedhi", "mandap", "मंडप", "मांडव", "mandav",
                  "मांडवाचा", "mandavacha", "scaffold", "बांस", "bamboo", "खांब", "मजल्याची", "मजल्यावर", "मंजिल",
                  "manzil", "floor", "70 metres", "70 meter", "40 ft", "45 foot",
                  # a warehouse's racking (round 57's reading): "top level of the racking", "रॅकच्या वरच्या बीमवर"
                  "racking", "the racking", "top of the rack", "रॅकच्या", "rackchya", "rack chya", "top level",
                  "वरच्या बीमवर", "top beam"),
    "hw_no_harness": ("harness nahi lavnar", "harness nahi lagaunga", "harness नाही लावणार", "not clipping the harness",
                      "not clipping in", "without the harness", "without harness", "no harness", "बेल्ट नहीं बाँधूँगा",
                      "बेल्ट नहीं बांधूंगा", "belt nahi bandhunga", "belt nahi lagaunga", "हार्नेस नहीं लगाऊंगा",
                      "हार्नेस नाही लावणार", "harness nahi lagana"),
    "hw_alone_tonight": ("ekta", "एकटा", "अकेले", "akele", "alone", "aaj ratri", "आज रात्री", "आज रात", "aaj raat",
                         "tonight", "after roll call"),
    # Up, and not coming down: said of oneself.
    # Climbed up there (round 56-57's reading): "टंकी पे चढ़ा हूं", "टाकीवर चढलोय", "pier cap वर चढलोय", "patryavar
    # chadhlo ahe", "व्हायाडक्टवर बसलाय"; with a word that it is meant (not coming down, don't tell, on
    # purpose, looking down feels good, the police come), and not for a chore.
    "hw_climbed_up": ("चढ़ा हूं", "चढ़ा हूँ", "chadha hu", "chadha hoon", "चढलोय", "chadhloy", "चढलो आहे", "chadhlo ahe",
                      "chadhlo aahe", "चढलाय", "chadhlay", "चढला आहे", "chadhla ahe", "चढ़ गया है", "chadh gaya hai",
                      "व्हायाडक्टवर बसलाय", "viaduct var baslay", "climbed up", "टाकीवर", "takivar",
                      "टंकी पे", "tanki pe", "टंकी पर", "tanki par", "patryavar", "पत्र्यावर", "pier वर", "pier var",
                      "pier cap वर"),
    "hw_meant_up_there": ("नीचे नहीं आना", "neeche nahi aana", "अब नीचे नहीं", "ab neeche nahi", "खाली येत नाही",
                          "khali yet nahi", "कोणाला सांगू नका", "konala sangu naka", "kunala sangu naka", "मत बताना",
                          "mat batana", "मुद्दाम", "muddam", "muddaam", "on purpose", "khali baghitla ki bara",
                          "खाली बघितलं की बरं", "police आले", "police aale", "पोलीस आले"),
    # Up high, and someone should know (round 57: "14th floor. its windy up here. just wanted someone to know").
    "hw_someone_to_know": ("just wanted someone to know", "just so someone knows", "wanted someone to know"),
    "hw_not_coming_down": ("var jaun parat yenar nahi", "वर जाऊन परत येणार नाही", "upar jaake wapas nahi",
                           "upar jaake wapas nahi aana", "ऊपर जाके वापस नहीं", "khali shidi ne yenar nahi",
                           "खाली शिडीने येणार नाही", "not sure im coming down", "not sure i'm coming down",
                           "not coming down", "नीचे नहीं आऊंगा", "नीचे नहीं आऊँगा", "neeche nahi aaunga",
                           "खाली येणार नाही", "khali yenar nahi", "वापस नहीं उतरूँगा", "वापस नहीं उतरूंगा",
                           "wapas nahi utrunga", "parat var nahi yenar", "परत वर नाही येणार"),
    # A floor of a half-built building or a cold store's roof, and the edge hinted: nobody here, cars like
    # ants below, one step, looked down a long while, no turning back ("अधूरी बिल्डिंग की 18वीं मंजिल पे आ
    # गया हूँ, यहाँ कोई नहीं है", "कोल्ड स्टोरेजच्या गच्चीवर उभा आहे. मागे फिरायचं नाही आज").
    "hw_upper_floor": ("मजल्यावर", "majlyavar", "मंजिल पे", "मंजिल पर", "manzil pe", "manzil par", "floor pe",
                       "गच्चीवर", "gachchivar", "gacchivar", "छत से", "chhat se", "छत पे", "chhat pe", "khaali shaft",
                       "lift ka khaali shaft", "lift shaft", "terrace pe", "terrace वर"),
    "hw_edge_hint": ("one step and no more", "one step and its over", "one step and it ends", "ek kadam aur sab khatam",
                     "एक कदम और सब खत्म", "उडी मारली की सगळं", "udi marli ki sagla", "jump and its over",
                     "मुंग्यांसारख्या", "mungyansarkhya", "like ants", "चींटियों जैसी", "ek kadam bas", "एक कदम बस",
                     "मागे फिरायचं नाही", "mage phirayacha nahi", "maage phiraycha nahi", "no turning back",
                     "jhaank raha", "झांक रहा", "बहुत देर नीचे देखा", "der tak neeche dekha", "looked down for",
                     "वापस नहीं उतरूँगा", "वापस नहीं उतरूंगा"),
    # Nobody here, said only of a half-built building's floor.
    "hw_nobody_here": ("यहाँ कोई नहीं", "यहां कोई नहीं", "yahan koi nahi", "yaha koi nahi", "nobody here", "no one here",
                       "इथे कोणी नाही", "ithe koni nahi"),
    "hw_unfinished": ("अधूरी बिल्डिंग", "adhuri building", "अर्धवट बांधलेल्या", "ardhavat", "under construction",
                      "half built", "half-built", "अधूरी इमारत", "बांधकाम चालू"),
    "hw_key": ("chavi", "चावी", "chabi", "चाबी", "चाबी", "key", "the key"),
    "hw_tallest": ("सगळ्यात उंच", "sagalyat unch", "सबसे ऊंचा", "सबसे ऊँचा", "sabse uncha", "tallest", "highest"),
    "hw_my_end": ("माझा शेवट", "maza shevat", "majha shevat", "मेरा आखिरी", "mera aakhri", "mera akhri", "मेरा आख़िरी",
                  "my last", "my end", "शेवटचं वर", "shevatcha var"),
    "hw_practice": ("signal", "network", "repair", "jab tak", "जब तक", "until", "till", "paryant", "पर्यंत",
                    "practice", "प्रॅक्टिस", "drill chalu", "inspection", "checking", "training", "with harness",
                    "harness laga ke", "harness lavun"),
    # A rope over a named tree or the beam, in the dative: "लिंबाला दोरी टाकलीय".
    "hw_branch": ("लिंबाला", "limbala", "आंब्याला", "ambyala", "झाडाला", "zadala", "तुळईला", "tulaila", "पिंपळाला",
                  "pimpalala", "वडाला", "vadala", "strong branch", "मजबूत डाल", "मजबूत डाली", "fandila", "फांदीला"),
    "hw_rope": ("dori", "दोरी", "rassi", "रस्सी", "rope", "the rope", "tempo rope"),
    "hw_thrown_tied": ("टाकलीय", "takliy", "टाकली", "takli", "बांधली", "bandhli", "बांध दी", "bandh di", "tied",
                       "kept", "has a strong branch"),
    # The weight borne: "मेरा वजन सह लेगी", "माझं वजन पेलेल".
    "hw_my_weight": ("मेरा वजन सह लेगी", "mera vajan sah legi", "mera wajan seh legi", "वजन सह लेगी",
                     "माझं वजन पेलेल", "majha vajan pelel", "will hold my weight", "can take my weight"),
    # What a rope hangs from: the loom's beam, the beam, the fan, a branch.
    "hw_beam": ("धुरी", "dhuri", "beam", "तुळई", "tulai", "पंखा", "pankha", "ceiling fan", "फांदी", "fandi", "branch",
                "डाल", "hook", "हुक", "girder", "garder"),
    "hw_strong": ("मजबूत", "mazboot", "majboot", "strong", "bhakkam", "भक्कम"),
    # (round 53's reading) A rope for the tempo, the warp or the bamboo, torn or snapped: "need new rope
    # for the tempo, old one is torn", "बांस बांधने वाली रस्सी सड़ गई थी" (the bamboo, not
    # the tying: a rope "for tying the cattle" beside the beam is no chore), "the beam rope snapped today".
    "hung_object": ("tempo", "टेम्पो", "warp", "torn", "snapped", "बांस", "baans", "bamboo", "sad gayi",
                    "सड़ गई", "tent", "charpai", "चारपाई", "khaat", "खाट"),
    "hanging_harmless": ("tempo", "टेम्पो", "warp", "torn", "snapped", "बांस", "baans", "bamboo",
                         "सड़ गई", "re-tie", "retie", "tent",
                         # round 55: the rope access worker's ropes at work
                         "rope work", "rope access", "on the rope", "issued", "safety", "cradle", "12mm"),
    "hw_load": ("load", "लोड", "bojha", "बोझा", "saman", "सामान", "matka", "tent", "kapda", "कपडे", "washing"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

HEIGHTS_WITHOUT_THE_HARNESS: tuple[Combination, ...] = (
    Combination(S, (_g("hw_height"), _g("hw_no_harness")), 14, across=True, unless=_g("hw_practice")),
    Combination(S, (_g("hw_climbed_up"), _g("hw_meant_up_there", "hw_not_coming_down")), 14, across=True,
                unless=_g("hw_practice", "wo_chore"), unless_reach=4),
    Combination(S, (_g("hw_climbed_up", "hw_height", "hw_upper_floor", "high_place", "roof_top"), _g("hw_someone_to_know")),
                16, across=True),
    Combination(S, (_g("hw_height", "hw_key"), _g("hw_not_coming_down")), 16, across=True,
                unless=_g("hw_practice"), unless_reach=6),
    Combination(S, (_g("hw_height", "hw_tallest"), _g("hw_my_end")), 10, across=True),
    Combination(S, (_g("hw_upper_floor", "hw_height"), _g("hw_edge_hint")), 14, across=True,
                unless=_g("hw_practice"), unless_reach=4),
    Combination(S, (_g("hw_unfinished"), _g("hw_upper_floor"), _g("hw_nobody_here")), 14, across=True),
    Combination(S, (_g("hw_rope"), _g("hw_branch")), 10, across=True, unless=_g("hw_load"), unless_reach=4),
    Combination(S, (_g("hw_beam"), _g("hw_strong"), _g("hw_my_weight")), 10, across=True),
)
