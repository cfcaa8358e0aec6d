"""Suicide, self-harm and threats told by electricity linemen and tower riggers (round 32, holdout
101: MSEDCL and UP linemen, contract wiremen, substation staff and telecom tower riggers):

- the live line as the means: "11kv line को छू लूँगा, all problems solve एक second में", "33kv wali
  line ko ek baar pakad lunga bas, na dard na tension", "रात्री डीपीजवळ जाऊन बसतो, वाटतं एकदा हात
  लावावा आणि सुटावं", "if i grab the line they will call it accident and family gets compensation";
  told by a sister-in-law: up on the transformer and talking of holding the wire;
- the tower or the HT line climbed without the belt or the permit, tomorrow; the rung let go of;
- the rope tied to the babul tree and waiting for the dark; by the tracks "when the next train
  comes"; the PF and the insurance put in the wife's name and nothing left to do; "a burden on all";
- shocks given to oneself on purpose, pliers pressed on the finger till it bled, the pole punched;
- current let into someone tied to the pole, a lineman pushed onto the live line.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH, HO = Category.SUICIDE, Category.SELF_HARM, Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "ll_live_line": ("11kv", "33kv", "132kv", "220kv", "kv line", "HT line", "एचटी लाईन", "live wire", "live line",
                     "चालू लाईन*", "chalu line*", "नंगा तार", "उघडा तार", "ughda tar", "transformer", "ट्रांसफार्मर",
                     "ट्रान्सफॉर्मर*", "डीपीजवळ", "dpjaval",
                     # a shop's mains bared (round 44, repair shops)
                     "वायर उघडी", "wire ughadi", "उघडी वायर", "ughadi wire", "taar nanga", "तार नंगा", "nanga taar",
                     "nangi taar", "नंगी तार", "bare wire", "bared the wire", "440 wala taar", "440 वाला तार",
                     "मेन लाईनची वायर", "main line chi wire", "main line ki wire", "mains wire",
                     # the railway's overhead wire (round 45)
                     "tarala", "तारेला", "OHE", "overhead wire", "ohe wire", "ओव्हरहेड वायर", "overhead taar",
                     # the line by its case forms and the DP (round 50, holdout 171)
                     "11kv line", "line ला", "लाईनला", "lineला", "linela", "चालू लाईनला", "chalu linela", "DP",
                     "डीपी", "डीपीला", "dpla", "DP pe", "line pe", "लाइन पे", "line pakad", "लाइन पकड़"),
    "ll_cover_story": ("call it accident", "call it an accident", "compensation", "मुआवजा", "muavza"),
    "ll_touch_grab": ("छू लूँगा", "छू लूंगा", "chhu lunga", "pakad lunga", "पकड़ लूंगा", "पकड़ लूँगा", "grab the line",
                      "हात लावावा", "hat lavava", "हात लावायचा", "hat lavaycha", "तार पकड़ने", "taar pakadne",
                      "touch the line", "grab it", "haath lagana", "hath lagana", "हाथ लगाना", "just touch it",
                      "only have to touch",
                      # round 50: "हात लावणार", "पकडणार", "पकड़ लेंगे", "one touch and its over"
                      "हात लावणार", "hat lavnar", "haat lavnar", "हात लावला की", "hat lavla ki", "हात लावायचा प्रयत्न",
                      "पकडणार", "pakadnar", "पकड़ लेंगे", "pakad lenge", "grabbing the live line",
                      "grab the live line", "one touch", "chadh jau"),
    "ll_accident": ("by mistake", "galti se", "गलती से", "accidentally", "chukun", "चुकून"),
    "ll_without_safety": ("बिना सेफ्टी बेल्ट", "bina safety belt", "without belt", "without the belt", "permit न घेता",
                          "permit na gheta", "no permit", "no shutdown", "बिना परमिट", "bina permit",
                          # round 50: the belt left off or undone, the gloves taken off
                          "बेल्ट न लावता", "belt na lavta", "belt n lavta", "बेल्ट खोल के", "belt khol ke", "belt khol dunga",
                          "बेल्ट खोल दूंगा", "belt काढून", "belt kadhun", "बेल्ट काढून",
                          "bina shutdown", "बिना शटडाउन", "bina shutdown liye", "हातमोजे काढून", "hatmoje kadhun",
                          "gloves off", "took off the gloves"),
    "ll_will_climb": ("चढ़ूँगा", "चढूँगा", "चढूंगा", "chadhunga", "चढणार", "chadhnar", "going up", "will climb",
                      "चढणार आहे", "चढायचं", "chadhaycha", "chadh jau", "चढ़ जाऊं", "chadh ke", "चढ़ के", "go up",
                      "चढ़कर", "पे चढ़", "pe chadh", "line pe chadh"),
    "ll_let_go": ("letting go of the rung", "let go of the rung", "haath chhod dunga", "हाथ छोड़ दूंगा",
                  "हात सोडून देईन", "hat sodun dein"),
    "ll_tower": ("tower", "टावर", "टॉवर", "towervar", "tower pe"),
    # The pole and the DP in their case forms (round 50).
    "ll_pole": ("pole", "पोल", "पोलवर", "polvar", "pole pe", "खंभे", "खंभा", "khambe", "khamba pe", "खांबावर",
                "khambavar", "DP pe", "डीपीवर", "dpvar"),
    "ll_current_does_it": ("current khud", "करंट खुद", "current khud kaam", "सगळं संपेल", "sagla sampel",
                           "its over", "it's over", "sab khatam"),
    "ll_rope_to_tree": ("dor bandhun aloy", "दोर बांधून आलोय", "rassi baandh aaya", "रस्सी बांध आया",
                        "tied a rope to the"),
    "ll_wait_dark": ("andhar padaychi vaat", "अंधार पडायची वाट", "andhera hone ka intezaar", "अंधेरा होने का इंतज़ार",
                     "waiting for dark", "waiting for it to get dark"),
    "ll_next_train": ("पुढची गाडी आली की", "pudhchi gadi aali ki", "agli train aayi to", "अगली ट्रेन आई तो",
                      "when the next train comes"),
    "ll_papers_in_her_name": ("bayko chya navavar", "बायकोच्या नावावर", "biwi ke naam", "बीवी के नाम", "in my wife's name",
                              "in her name"),
    "ll_nothing_left_to_do": ("kahi kaam urla nahi", "काही काम उरलं नाही", "kuch kaam nahi bacha", "कुछ काम नहीं बचा",
                              "nothing left to do"),
    # A burden said beside nobody needing the writer (a burden alone, "ghar walon pe bojh ban gaya hu.
    # ab office jana hai", stays with the older readings).
    "ll_burden": ("ओझं झालोय", "ojha zaloy", "oza zaloy", "बोझ बन गया हूँ", "bojh ban gaya hu", "a burden on everyone"),
    "ll_nobody_needs": ("कुणालाच गरज नाही", "kunalach garaj nahi", "kisi ko meri zarurat nahi",
                        "किसी को मेरी ज़रूरत नहीं", "nobody needs me", "no one needs me"),
    "ll_shock": ("current deto", "current देतो", "shocks", "small shocks", "झटका", "jhatka", "नंगा तार छू", "उघडा तार",
                 "current lagva"),
    # (round 53's reading) A bare or live wire, a generator's or the yard's, held, touched or wound round
    # the neck: "genset chalu karun nagdi wire haatat ghetli tar 2 second cha kaam", "generator का wire गले
    # में लपेट लूं", "the overhead wire in the yard is 25000 volts. one touch and no more mornings".
    "ll_wire": ("wire", "वायर", "wires", "cable", "केबल"),
    "ll_bare_live": ("nagdi", "नागडी", "ughdi", "उघडी", "bare", "naked", "नंगा", "नंगी", "live", "volts", "volt",
                     "25000", "440", "current", "करंट", "genset", "generator", "जनरेटर"),
    "ll_wire_held": ("haatat ghetli", "हातात घेतली", "haatat dharavi", "हातात धरावी", "हाथ में पकड़", "haath me pakad",
                     "one touch", "ek touch", "गले में लपेट", "gale me lapet", "around my neck", "held the", "apne liye",
                     "अपने लिए", "2 second cha kaam", "no more mornings"),
    "ll_wire_work": ("gloves", "glove", "हातमोजे", "tester", "repair", "fitting", "connection", "shutdown", "earthing",
                     "joint", "jod"),
    "ll_pliers": ("plas", "प्लास", "pliers", "plier"),
    "ll_press": ("daba di", "दबा दी", "दाबली", "dabli", "pressed"),
    "ll_give_current": ("current chhod dunga", "करंट छोड़ दूंगा", "current देतो", "current deto", "current dein",
                        "करंट दूंगा", "current dunga"),
    "ll_tied_to_pole": ("khambe se baandh", "खंभे से बांध", "खांबाला बांधून", "khambala bandhun", "transformer च्या यार्डमध्ये",
                        "यार्डमध्ये नेऊन", "yardmadhe neun"),
    "ll_push_onto_line": ("चालू लाईनवर ढकलून", "chalu linevar dhakalun", "live line pe dhakel", "लाइन पे धकेल"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

LIVE_LINE_AND_TOWER: tuple[Combination, ...] = (
    Combination(S, (_g("ll_live_line"), _g("ll_touch_grab")), 10, across=True, unless=_g("ll_accident", "negation"),
                unless_reach=3),
    Combination(S, (_g("ll_touch_grab"), _g("ll_cover_story")), 12, across=True),
    Combination(S, (_g("ll_without_safety"), _g("ll_will_climb")), 10, across=True),
    # The belt undone up on the pole: "खंभे पे बेल्ट खोल के", "DP pe chadh ke belt khol dunga" (round 50).
    Combination(S, (_g("ll_tower", "ll_pole"), _g("ll_without_safety")), 6, across=True),
    # The line grabbed, with its outcome: "current khud kaam kr dega", "सगळं संपेल", "परत येणार नाही".
    Combination(S, (_g("ll_live_line", "ll_without_safety"), _g("ll_current_does_it", "ow_all_over", "wr_no_return")),
                12, across=True, unless=_g("ll_accident"), unless_reach=2),
    Combination(S, (_g("ll_tower", "height"), _g("ll_let_go")), 14, across=True),
    Combination(S, (_g("ll_rope_to_tree", "ligature"), _g("ll_wait_dark")), 12, across=True),
    Combination(S, (_g("gf_by_the_rails", "rail_line"), _g("ll_next_train")), 12, across=True),
    Combination(S, (_g("ll_papers_in_her_name"), _g("ll_nothing_left_to_do", "rl_nothing_left")), 12, across=True),
    Combination(S, (_g("ll_burden"), _g("ll_nobody_needs")), 12, across=True),
    Combination(SH, (_g("ll_shock"), _g("self", "on_purpose")), 8, across=True),
    Combination(SH, (_g("ll_pliers"), _g("hand_part", "hod_hand"), _g("ll_press")), 6),
    Combination(S, (_g("ll_wire"), _g("ll_bare_live"), _g("ll_wire_held")), 10, across=True,
                unless=_g("ll_wire_work", "ll_accident"), unless_reach=4),
    Combination(S, (_g("ll_bare_live"), _g("ll_wire"), _g("ll_wire_held")), 10, across=True,
                unless=_g("ll_wire_work", "ll_accident"), unless_reach=4),
    Combination(HO, (_g("ll_tied_to_pole"), _g("ll_give_current")), 10),
    Combination(HO, (_g("ll_push_onto_line"),), 0),
)
