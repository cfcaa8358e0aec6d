"""Threats told by laundries, repair shops and cinema staff (round 44, holdouts 146, 147 and
149): a beating promised in the Marathi first-person future of a compound verb ("शेजाऱ्याला
इस्त्रीने फोडून काढीन", "dagadane thechun kadhin"), a blade or a screwdriver driven into a
man's belly ("tyachya potat screwdriver ghusavto bagh", "screwdriver ghusa dunga pet me"), and a
corrosive or a fuel thrown or poured on his face or body ("मालकाच्या तोंडावर कॉस्टिक फेकणार",
"tyachya angavar petrol taknar", "ill throw caustic in his face"). Each needs the man, his belly
or his face: a nut cracked, a screw driven into a board and acid poured into a drain stay
quiet, and the writer's own body ("mazya angavar") is not his. And (round 45) a ticket checker
to be pushed off the train, a supervisor locked in the cold room "and let him die there", a
brother-in-law thrown into the furnace; (rounds 46-47) a man pushed into the well, the lime pit
or the drum. Words and the rules that read them (appended to the
area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    # Marathi converbs of striking (not "kapun": vegetables are cut every day).
    "bp_struck": ("फोडून", "fodun", "phodun", "ठेचून", "thechun", "techun", "भोसकून", "bhoskun", "तुडवून",
                  "tudvun", "बडवून", "badvun", "chirdun", "चिरडून", "हाणून", "hanun", "haanun", "धुवून काढीन",
                  "tochun", "टोचून"),
    # What he is struck with, in the Marathi instrumental: "दगडाने", "इस्त्रीने", "kathine".
    "bp_struck_with": ("dagadane", "दगडाने", "kathine", "काठीने", "lathine", "लाठीने", "इस्त्रीने", "istrine",
                       "rodne", "रॉडने", "batne", "बॅटने", "lathane", "लाथाने", "lathene", "लाथेने", "bukkine",
                       "बुक्कीने", "hatodyane", "हातोड्याने", "पान्याने", "panyane", "chainne", "चेनने"),
    # The Marathi first-person future that finishes the act: "काढीन", "टाकीन".
    "bp_will_finish": ("काढीन", "kadhin", "kaadhin", "kadheen", "टाकीन", "takin", "taakin", "takeen", "काढणार",
                       "kadhnar", "kaadhnar", "देईन", "dein", "deen"),
    # A blade or a tool driven in: "ghusavto", "घुसा दूंगा", "ghonp dunga".
    "bp_drive_in": ("ghusavto", "ghusavin", "ghusavnar", "ghuslavto", "घुसवतो", "घुसवीन", "घुसवणार", "khupasto",
                    "khupsin", "khupasnar", "खुपसतो", "खुपसीन", "खुपसणार", "ghusa dunga", "ghusaa dunga", "ghusa doonga",
                    "घुसा दूंगा", "घुसा दूँगा", "ghusa dungi", "ghonp dunga", "घोंप दूंगा", "घोंप दूँगा", "bhonk dunga",
                    "भोंक दूंगा", "bhonk doonga", "utaar dunga", "उतार दूंगा"),
    # Where it goes in: his belly, his neck.
    "bp_his_belly": ("potat", "पोटात", "pet me", "pet mein", "pet main", "पेट में", "in his stomach",
                     "in his gut", "in his belly", "galyat", "गळ्यात", "gardan me", "गर्दन में"),
    "bp_pointed_tool": ("screwdriver", "screw driver", "स्क्रू ड्रायव्हर", "स्क्रूड्रायव्हर", "पेचकस", "pechkas",
                        "suaa", "सुआ", "soldering rod", "sui", "kaichi", "कैची", "कात्री", "katri"),
    # Thrown or poured, the writer's future.
    "bp_throw_future": ("taknar", "टाकणार", "otnar", "ओतणार", "otin", "ओतीन", "fekanar", "fekNar", "फेकणार",
                        "fekin", "फेकीन", "phekin", "phek dunga", "fek dunga", "फेंक दूंगा", "फेंक दूँगा",
                        "daal dunga", "डाल दूंगा", "डाल दूँगा", "ill throw", "i'll throw", "will throw",
                        "gonna throw", "ill pour", "i'll pour", "will pour", "i pour", "pour it on",
                        # into the kiln (round 51): "bhatti me jhok dunga", "tyala bhattit ghalto"
                        "jhok dunga", "झोंक दूंगा", "झोंक दूँगा", "ghalto", "घालतो", "ghalin", "घालीन", "daal denge",
                        "डाल देंगे", "ghalel", "घालेल", "टाकीन"),
    # Pushed off the train or the platform: "gaaditun dhakkun denar" (round 45, railway staff).
    "bp_pushed_out": ("gadi tun dhakalun", "गाडी तून ढकलून", "लोकलमधून ढकलून", "localmadhun dhakalun",
                      "local madhun dhakalun", "gaaditun dhakkun", "गाडीतून ढकलून", "train madhun dhakkun", "ट्रेनमधून ढकलून",
                      "platform varun dhakkun", "प्लॅटफॉर्मवरून ढकलून", "train se dhakka", "ट्रेन से धक्का",
                      "train se dhakel", "ट्रेन से धकेल", "gaadi se dhakka", "push him off the train",
                      "push him out of the train", "push him under the train", "push him off the platform"),
    # Left to die where he is shut in: "marude tithech" (round 45, cold rooms).
    "bp_let_him_die": ("marude", "मरू दे", "maru de", "marun jau de", "मरून जाऊ दे", "मरने दो", "marne do",
                       "let him die", "let him rot", "sadne do", "सड़ने दो"),
    # Into the furnace or the fire: "मेहुण्याला bhattit टाकीन" (round 45, crematoria).
    "bp_into_the_fire": ("bhattit", "भट्टीत", "bhatti me", "bhatti mein", "भट्टी में", "chitet", "चितेत",
                         "chita me", "चिता में", "into the furnace", "in the furnace", "aagit", "आगीत",
                         # or the well, the lime pit, the drum (round 46-47)
                         "विहिरीत", "vihirit", "खड्ड्यात", "khaddyat", "kuen me", "कुएं में", "into the well",
                         "into the lime pit", "into the pit", "ड्रम में", "drum me", "drum mein", "into the drum",
                         # or the sea, off the jetty, the bridge or the tree's top branch (rounds 48-49)
                         "समंदर में", "samandar me", "samundar me", "समुद्रात", "samudrat", "off the jetty",
                         "dhakkya varun", "धक्क्यावरून", "pulavarun", "पुलावरून", "pul se", "पुल से", "off the bridge",
                         "from the bridge", "daal se", "डाल से", "into the river", "नदी में", "nadi me",
                         # the drain and the manhole (round 50)
                         "nalyat", "नाल्यात", "मॅनहोलमध्ये", "manhole madhe", "manhole me", "manhole में",
                         "into the manhole", "into the drain", "गटारात", "gatarat"),
    # Pushed, the writer's future: "धकेल दूंगा", "dhakalto aaj", "ill push".
    "bp_push_future": ("धकेल दूंगा", "धकेल दूँगा", "dhakel dunga", "dhakalto", "ढकलतो", "dhakalin", "ढकलीन",
                       "dhakalnar", "ढकलणार", "ill push", "i'll push", "will push", "gonna push", "dhakalun denar",
                       "ढकलून देणार", "dhakka de dunga", "धक्का दे दूंगा", "धक्का दे दूँगा", "dhakka dunga",
                       "ढकलून", "dhakalun"),
    # The brother-in-law by the Marathi spelling the goldsmiths' round did not list.
    "stg_the_man": ("मेहुण्या*", "mehunya*", "mehuna", "मेहुणा",
                    # the boat's owner and the gang's foreman (rounds 48-49)
                    "nakhwa*", "नाखवा*", "नाखव्या*", "mukadam", "मुकादम", "foreman", "supervisor",
                    # the junior engineer and the sarpanch (round 50, linemen; "je" alone is Marathi "which")
                    "JE ला", "JE la", "je saheb", "je sahab", "जेई", "engineer", "इंजिनिअर", "sarpanch", "सरपंच",
                    "सरपंचाला", "sarpanchala", "शेठ", "sheth", "शेठला", "shethla"),
    # Hands raised on the wife: "बायकोवर ... हात उचलणार आहे".
    "bp_on_wife": ("बायकोवर", "baykovar", "baykovr", "biwi pe", "बीवी पे", "बीवी पर", "on my wife"),
    "bp_raise_hand": ("हात उचलणार", "hat uchalnar", "haat uchalnar", "हात उगारणार", "haath uthaunga", "हाथ उठाऊंगा",
                      "हाथ उठाऊँगा"),
    # Smashed with a tool, the writer's future: "JE ला उद्या rod ने फोडणार", "पक्कडने डोकी फोडणार".
    "bp_smash_future": ("फोडणार", "fodnar", "phodnar", "फोडीन", "fodin", "phodin", "फोड़ दूंगा", "phod dunga",
                        "तोडीन", "todin", "तोडणार", "todnar", "tod dunga", "तोड़ दूंगा", "बडवणार", "badavnar",
                        "badvnar", "बडवीन", "badvin"),
    "bp_heads": ("डोकी", "doki", "डोकं", "doka", "डोक्यात", "dokyat", "मुंडकं", "mundka", "his head", "heads",
                 "उसका सिर", "uska sir", "सिर", "thobada", "थोबाड"),
    "bp_with_tool": ("rod ने", "rodne", "rod ne", "रॉडने", "पक्कडने", "pakkadne", "pakadne", "पानाने", "panane",
                     "hatodyane", "हातोड्याने", "hathode se", "हथौड़े से", "rod se", "रॉड से", "pliers",
                     "the pliers", "with a rod", "iron rod", "लोखंडी रॉड", "lokhandi rod", "kathi ने", "kathine",
                     "काठीने", "lathine", "लाठीने"),
    # Hot oil, thrown or poured on him like the caustic.
    "bp_hot_oil": ("boiling oil", "boiling shell oil", "hot oil", "garam tel", "गरम तेल", "खौलता तेल", "khaulta tel",
                   "उकळतं तेल", "ukalta tel", "ushta tel", "उष्टं तेल", "उष्ट तेल"),
    # Poison put in his food or tea: "मेहुण्याच्या जेवणात विष घालणार".
    "bp_in_his_food": ("जेवणात", "jevnat", "jevanat", "khane me", "khane mein", "खाने में", "in his food",
                       "in his tea", "uski chai", "उसकी चाय", "tyachya chahat", "त्याच्या चहात"),
    # Put in it, the writer's future: "घालणार आहे", "mila dunga".
    "bp_will_put": ("घालणार", "ghalnar", "घालीन", "ghalin", "mila dunga", "मिला दूंगा", "मिला दूँगा", "milaunga",
                    "मिलाऊंगा", "daal dunga", "डाल दूंगा", "डाल दूँगा", "टाकीन", "taakin", "takin", "कालवीन", "kalvin",
                    "will put", "will mix", "gonna put", "gonna mix", "i'll put", "ill put", "i'll mix", "ill mix"),
    # Shut in the cold room or the tank: "lock him in the cold room", "त्याला कोंडून".
    "bp_lock_him_in": ("lock him in", "lock her in", "lock him inside", "tyala kondun", "त्याला कोंडून", "usko band kar",
                       "उसको बंद कर", "use band kar", "उसे बंद कर"),
    # His killing said as certain: "tyacha khoon pakka".
    "bp_his": ("tyacha", "त्याचा", "tyachi", "त्याची", "uska", "उसका", "uski", "उसकी"),
    "bp_murder_word": ("khoon", "खून", "qatl", "katl", "क़त्ल", "कत्ल"),
    "bp_certain": ("pakka", "पक्का", "pakka ahe", "nakki", "नक्की", "fix", "तय"),
    # His blood that boils, or is tested: no killing.
    "bp_blood_boils": ("khaul*", "खौल*", "ukal*", "उकळ*", "boil*", "test", "टेस्ट", "report", "रिपोर्ट", "sample",
                       "group", "ग्रुप", "donate", "डोनेट"),
    # His face or his body, on which it is thrown.
    "bp_on_his_body": ("तोंडावर", "tondavar", "tondaavar", "tondavr", "thobadyavar", "ठोबाड्यावर", "angavar",
                       "अंगावर", "chehryavar", "चेहऱ्यावर", "in his face", "on his face", "in her face",
                       "on her face", "on him", "uske muh", "uske munh", "uske mooh", "उसके मुंह", "उसके मुँह",
                       "uske chehre", "उसके चेहरे", "uske upar", "उसके ऊपर", "muh pe", "munh pe", "मुंह पे",
                       "मुंह पर", "chehre pe", "chehre par", "चेहरे पे", "चेहरे पर"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_MAN = _g("other_target", "relation", "named_target", "third_person", "stg_the_man", "dd_boss")
_MINE = _g("my_own", "mine_own", "self", "pb_self")

BLOWS_PROMISED: tuple[Combination, ...] = (
    Combination(HO, (_MAN + _g("bp_struck_with"), _g("bp_struck"), _g("bp_will_finish")), 5, order=True),
    Combination(HO, (_g("bp_his_belly"), _g("bp_drive_in")), 4, unless=_MINE),
    Combination(HO, (_MAN, _g("bp_pointed_tool", "weapon"), _g("bp_drive_in")), 5, unless=_MINE),
    Combination(HO, (_g("bp_pushed_out"), _g("bp_will_finish", "will_be", "want")), 3, order=True),
    Combination(HO, (_MAN, _g("bp_let_him_die")), 12, across=True, unless=_MINE),
    Combination(HO, (_MAN, _g("bp_into_the_fire"), _g("bp_will_finish", "bp_throw_future", "throw")), 6, order=True),
    Combination(HO, (_MAN, _g("bp_into_the_fire"), _g("bp_push_future")), 8),
    Combination(HO, (_g("poison", "pn_work_chemical", "fuel", "tf_fuel", "bp_hot_oil"), _g("throw", "bp_throw_future"),
                     _g("bp_on_his_body")), 6, unless=_MINE, unless_reach=1),
    Combination(HO, (_MAN, _g("poison"), _g("bp_in_his_food"), _g("bp_will_put")), 6, unless=_MINE, unless_reach=1),
    Combination(HO, (_g("bp_lock_him_in"), _g("kg_cold_room", "kg_gas")), 6),
    Combination(HO, (_g("relation", "other_target", "stg_the_man", "bp_on_wife"), _g("bp_raise_hand")), 8, across=True,
                unless=_g("negation"), unless_reach=1),
    # (a wall broken with the hammer is building work: the man or his head is named)
    Combination(HO, (_MAN + _g("bp_heads"), _g("bp_with_tool"), _g("bp_smash_future")), 6, unless=_MINE,
                unless_reach=1),
    # The tool taken to his face: "next time im taking the pliers to his face".
    Combination(HO, (_g("bp_with_tool"), _g("bp_on_his_body")), 3, unless=_MINE, unless_reach=1),
    Combination(HO, (_g("bp_his"), _g("bp_murder_word"), _g("bp_certain")), 2, order=True,
                unless=_g("bp_blood_boils"), unless_reach=3),
)
