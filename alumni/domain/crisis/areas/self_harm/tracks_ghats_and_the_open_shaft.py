"""The rail line, the river's ghat, the gorge and the open lift shaft, and the machine that would
end it (the reading of rounds 84-85: jute mills and gunny sacks, tea gardens, spice mills, saw mills
and timber depots, cricket-bat workshops, lift mechanics):

- lying down on the track, waiting on the rail bridge for the train, "let the next train come", heading
  for the line with nothing left, or gone towards the rails with the phone off (reported);
- into the gorge from the truck, or the vehicle let go off the ghat, with nobody to stop it;
- at the river, the creek or the sea link, with "don't tell anyone", "I won't go home again" or the
  water looked at and no coming back;
- "one step and it's over", one step off the roof, the slab or the car top; the counterweight or the
  cabin wished down on the writer; "if I fell into the pit it would all end";
- the neck laid to the saw's blade, the hand put into the live panel, so that "nobody would know it
  wasn't an accident"; the harness unclipped on the eighteenth floor;
- the rope tied to the beam or the fan; a man locked in with a rope inside, or "forgive me" and the
  door shut, or messages of "forgive me" to all and nobody knows where he is (reported); a man up on
  the timber stack who will not come down (reported).

A train waited for on the platform, a river visited, a step taken at work, a saw that cut a finger by
mistake stay quiet.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH = Category.SUICIDE, Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # The track, lain down on; the rail bridge; the train let come.
    "tg_lie_down": ("लेट जाऊं", "लेट जाऊँ", "let jau", "let jaun", "let jaaun", "लेट जाऊंगा", "let jaunga",
                    "lie down on", "lay down on", "lie on the", "झोपावं", "zopava", "आडवा पडावं", "aadva padava",
                    "आडवा पडतो", "aadva padto"),
    "tg_on_the_rails": ("lohe ke pul", "लोहे के पुल", "लोहे के पुल पे", "railway bridge", "rail bridge",
                        "रेल्वे पूल", "रेल्वे पुलावर", "रेल के पुल", "पटरी पर", "पटरी पे", "patri pe", "patri par",
                        "track pe", "tracks pe", "on the tracks", "on the track", "रुळावर", "rulavar", "rulanvar"),
    "tg_train_awaited": ("train ka intzaar", "train ka intezaar", "train ka intjar", "train ka intezar",
                         "ट्रेन का इंतज़ार", "ट्रेन का इंतजार", "gaadi ka intzaar", "train chi vaat", "ट्रेनची वाट",
                         "गाडीची वाट", "gadichi vaat", "waiting for the train", "waiting for a train",
                         "train ki raah", "ट्रेन की राह"),
    "tg_let_it_come": ("aane do bas", "आने दो बस", "next train आने दो", "next train aane do", "train aane do",
                       "ट्रेन आने दो", "train yeu de", "ट्रेन येऊ दे", "let the train come", "let the next train come"),
    "tg_station": ("station", "स्टेशन", "platform", "प्लॅटफॉर्म", "प्लेटफॉर्म", "प्लेटफार्म"),
    "tg_train_coming": ("aane wali", "आने वाली", "aane wali h", "yenar ahe", "येणार आहे", "is coming", "train aa rahi",
                        "ट्रेन आ रही"),
    "tg_toward": ("की तरफ जा रहा", "ki taraf ja raha", "ki taraf jaa raha", "ki taraf ja rha", "kade chalo",
                  "कडे चाललोय", "kade challoy", "kade chaloy", "heading to the", "heading towards", "going towards"),
    "tg_gone_toward": ("kade gele", "कडे गेले", "कडे गेलेत", "kade gelet", "ki taraf gaye", "की तरफ गए",
                       "ki taraf gaya", "की तरफ गया", "went towards", "went to the tracks"),
    "tg_phone_off": ("फोन बंद", "phone band", "phone off", "phone switch off", "switched off", "phone बंद",
                     "phone off है", "phone nahi utha", "फोन नहीं उठा", "phone uchalat nahi", "फोन उचलत नाही",
                     "not picking up"),
    "tg_nothing_left": ("कुछ नहीं बचा", "kuch nahi bacha", "kuch nai bacha", "कुछ नही बचा", "काही उरलं नाही",
                        "kahi urla nahi", "kahich urla nahi", "काहीच उरलं नाही", "nothing left", "sab khatam ho gaya",
                        "सब खत्म हो गया"),
    # Into the gorge, the vehicle let go off the ghat; nobody to stop it.
    "tg_into_gorge": ("khai me chala jaunga", "खाई में चला जाऊंगा", "khai me kud jaunga", "खाई में कूद",
                      "khai me kood", "दरीत जाईन", "darit jain", "दरीत उडी", "darit udi", "दरीत उडी मारतो",
                      "into the valley", "off the ghat", "ghat se neeche kud", "घाटातून खाली उडी"),
    "tg_let_vehicle_go": ("gadi sodun dyavi", "गाडी सोडून द्यावी", "gadi sodun deto", "गाडी सोडून देतो",
                          "gaadi khai me", "गाड़ी खाई में", "गाडी दरीत", "gadi darit", "let the truck go over",
                          "drive off the ghat", "steer off the ghat"),
    "tg_ghat_road": ("ghat", "घाट", "ghatat", "घाटात", "घाटातून", "khai", "खाई", "dari", "दरी", "darit", "दरीत",
                     "valley", "gorge", "cliff"),
    "tg_nobody_stops": ("koi nahi rok payega", "koi nai rok payega", "कोई नहीं रोक पाएगा", "koi nahi rok sakta",
                        "कोई नहीं रोक सकता", "कोणी अडवू शकणार नाही", "koni adavu shaknar nahi", "konihi adva yeu naka",
                        "कोणीही आडवं येऊ नका", "nobody can stop me", "no one can stop me", "don't stop me",
                        "dont stop me", "mujhe mat rokna", "मुझे मत रोकना", "मला अडवू नका", "mala adavu naka"),
    # The river, the creek, the sea link; don't tell; no going home.
    "tg_water_place": ("nadi", "नदी", "नदीवर", "nadivar", "नदी पे", "नदी किनारे", "nadi kinare", "घाटावर", "ghatavar",
                       "खाडी", "khadi", "खाडीवर", "khadivar", "khadit", "खाडीत", "samudra", "समुद्र", "samundar",
                       "समुंदर", "sea", "creek", "river", "bridge", "पुलावर", "pulavar", "pul pe", "पुल पे", "talav",
                       "तलाव", "lake", "dharan", "धरण", "बांध", "sea link", "sealink", "yamuna", "जमुना", "यमुना",
                       "ganga", "गंगा", "krishna", "कृष्णेच्या", "कृष्णा", "godavari", "गोदावरी", "wardha", "वर्धा",
                       "the water"),
    "tg_dont_tell": ("सांगू नका", "sangu naka", "kisi ko mat batana", "किसी को मत बताना", "kisiko mat batana",
                     "kisi ko mat bolna", "कोणाला सांगू नका", "konala sangu naka", "kunala sangu naka",
                     "don't tell anyone", "dont tell anyone", "do not tell anyone", "घरच्यांना सांगू नका",
                     "gharchyanna sangu naka", "ghar pe mat batana", "घर पे मत बताना"),
    "tg_not_going_home": ("परत घरी जायचं मन नाही", "ghari jaycha man nahi", "घरी जाणारही नाही", "ghari janarhi nahi",
                          "ghari parat janar nahi", "घरी परत जाणार नाही", "परत घरी जाणार नाही", "ghar wapas nahi jaunga",
                          "घर वापस नहीं जाऊंगा", "ghar nahi lautunga", "घर नहीं लौटूंगा", "won't go back home",
                          "wont go back home", "not going back home", "won't go home again", "wont go home again"),
    "tg_look_at_water": ("look at the water", "looking at the water", "पाणी बघत", "paani baghat", "pani baghat",
                         "पानी देखता", "paani dekhta", "पानी को देख", "stare at the water"),
    "tg_wont_be_back": ("won't come back", "wont come back", "will come back tmrw", "come back tmrw",
                        "come back tomorrow", "परत येणार नाही", "parat yenar nahi", "wapas nahi aaunga",
                        "वापस नहीं आऊंगा", "lautunga nahi", "लौटूंगा नहीं"),
    # One step, and it is over; the weight or the cabin wished down; the fall that ends it all.
    "tg_one_step": ("one step", "ek kadam", "एक कदम", "ek pavul", "एक पाऊल", "ek paul", "step off", "step forward",
                    "just step", "bas ek pavul", "बस एक पाऊल"),
    # Up high, only the step off: not "one step at a time", "ek kadam aage badha".
    "tg_step_off": ("bas ek pavul", "बस एक पाऊल", "ek pavul", "एक पाऊल", "step off", "just step", "one step off",
                    "bas ek kadam", "बस एक कदम", "ek kadam aur", "एक कदम और"),
    "tg_over": ("its over", "it's over", "it is over", "and its over", "its all finished", "it's all finished",
                "all finished", "are finished", "all over", "would be over", "sagla sampel", "सगळं संपेल",
                "सगळं संपेल", "sab khatam ho jayega", "सब खत्म हो जाएगा", "sab khatam", "सब ख़तम", "सब खत्म"),
    "tg_heavy_thing": ("काउंटरवेट", "counterweight", "counter weight", "केबिन", "cabin", "car top", "lift", "लिफ्ट",
                       "shaft", "शाफ्ट", "शाफ्टमध्ये", "shaft madhe", "शाफ्टात", "pit", "पिट", "पिटमध्ये", "pit madhe", "पिट में", "machine room", "मशीन रूम",
                       "landing door", "slab", "स्लॅब", "ओंडका", "ondka", "log", "lakdi", "लकड़ी", "लाकूड"),
    "tg_down_on_me": ("अंगावर आलं तर बरं", "angavar ala tar bara", "अंगावर पडलं तर बरं", "angavar padla tar bara",
                      "ऊपर से आ जाए तो अच्छा", "upar se aa jaye to achha", "aa jaye to achha", "आ जाए तो अच्छा",
                      "mere upar gir jaye", "मेरे ऊपर गिर जाए", "fall on me", "come down on me", "आलं तर बरं होईल",
                      "ala tar bara hoil"),
    "tg_fall_ends_it": ("padlo tar sagla sampel", "पडलो तर सगळं संपेल", "gir gaya to sab khatam",
                        "गिर गया तो सब खत्म", "गिर जाऊं तो सब खत्म", "fell in it would all be over",
                        "fall and its over", "padlo tar sampel"),
    "tg_jump_said": ("उडी मारली तरी", "udi marli tari", "उडी मारतो", "udi marto", "उडी मारेन", "udi maren",
                     "kood gaya to bhi", "कूद गया तो भी", "jump kiya to bhi", "if i jumped", "if i jump"),
    "tg_nobody_would_know": ("nobody wud even know", "nobody would know", "nobody would even know",
                             "no one would know", "no one will know", "nobody will know", "कोणाला वाटणार पण नाही",
                             "konala vatnar pan nahi", "कोणाला कळणार नाही", "konala kalnar nahi", "कळणार नाही",
                             "kalnar nahi", "शक नहीं होगा", "shak nahi hoga", "किसी को शक नहीं",
                             "pata nahi chalega", "पता नहीं चलेगा", "किसी को पता नहीं चलेगा"),
    "tg_not_an_accident": ("wasnt an accident", "wasn't an accident", "was not an accident", "मुद्दाम केलं",
                           "muddam kela", "जानबूझ के था", "jaanbujh ke tha", "janbujh ke tha", "जानबूझकर था",
                           "accident lagega", "accident लगेगा", "accident वाटेल", "accident vatel",
                           "look like an accident", "looks like an accident"),
    # The neck to the saw; the hand into the live panel; the harness unclipped.
    "tg_saw": ("aara", "आरा", "aare", "आरे", "aara machine", "आरा मशीन", "band saw", "bandsaw", "saw", "blade",
               "ब्लेड", "karvat", "करवत", "karvati", "करवती", "cutter", "कटर", "randa", "रंधा"),
    "tg_neck": ("gardan", "गर्दन", "गरदन", "मान ठेवायचा", "maan thevaycha", "मान ठेवावी", "man thevaychi", "neck"),
    "tg_put_in": ("de du", "दे दूं", "de dun", "दे दूँ", "dal du", "डाल दूं", "daal du", "ठेवायचा", "thevaycha",
                  "ठेवावी", "rakh du", "रख दूं", "put", "de dunga", "दे दूंगा", "daal dunga", "dal dunga", "डाल दूंगा",
                  "घालणार", "ghalnar", "ghalin", "घालीन"),
    "tg_hand": ("haath", "हाथ", "hath", "haat", "हात", "hand", "ungli", "उंगली", "bot", "बोट"),
    "tg_live_switch": ("मेन स्विच चालू", "main switch chalu", "main switch on", "मेन स्विच", "main switch",
                       "current chalu", "current चालू", "करंट चालू", "current on", "live panel", "panel live",
                       "स्विच चालू रख", "switch chalu rakh"),
    "tg_hand_in": ("आत हात घालणार", "aat haat ghalnar", "अंदर हाथ डालूँगा", "अंदर हाथ डालूंगा", "andar haath daalunga",
                   "andar hath dalunga", "hand inside", "haat lavaycha", "हात लावायचा", "haath laga du", "हाथ लगा दूं",
                   "fakt haat lavaycha", "put my hand in"),
    "tg_harness_off": ("safety belt खोल दिया", "safety belt khol diya", "belt khol diya", "बेल्ट खोल दिया",
                       "harness khol", "harness off", "unclipped", "unhooked my harness", "belt kadhla", "बेल्ट काढला",
                       "safety belt काढला", "safety belt kadhla", "no net on"),
    # The rope tied to the beam or the fan; locked in with a rope; "forgive me" and gone quiet.
    "tg_beam_or_fan": ("vasa", "वासा", "vasyala", "वाशाला", "वाश्याला", "vashyala", "shahtir", "शहतीर",
                       "balli", "बल्ली", "panknyala", "पंख्याला", "pankha", "पंखा", "fan", "fan ला", "kadi", "कडी"),
    "tg_beam_named": ("beam", "girder", "hook"),
    "tg_tonight_known": ("tonight", "just wanted someone to know", "wanted someone to know", "आज रात", "aaj raat",
                         "आज रात्री", "aaj ratri", "mulga zopla ki", "मुलगा झोपला की"),
    "tg_tied": ("बांधत होता", "bandhat hota", "बांधला", "bandhla", "बांधलाय", "bandhlay", "बांधून", "bandhun",
                "बांधून ठेवली", "tied", "baandh di", "बांध दी", "बांध रहा था", "bandh raha tha", "gaath", "गाठ",
                "knot", "twine"),
    "tg_cord": ("twine", "binding twine", "sutli", "सुतली", "dor", "दोर", "dorichi", "दोरीची", "dori", "दोरी"),
    "tg_locked_in": ("कोंडून बसलाय", "kondun baslay", "कोंडून घेतलं", "kondun ghetla", "दार बंद करून बसलाय",
                     "dar band karun baslay", "दरवाजा बंद करके बैठा", "darwaza band karke baitha", "locked himself",
                     "locked herself", "locked in", "दार बंद करून", "dar band karun"),
    "tg_forgive_me": ("मला माफ कर", "mala maaf kar", "mala maf kar", "माफ करा", "maaf kara", "maf kara",
                      "मुझे माफ कर", "mujhe maaf kar", "maaf karna", "माफ करना", "forgive me", "सगळ्यांना माफ करा"),
    "tg_where_unknown": ("कुठे आहे माहित नाही", "kuthe ahe mahit nahi", "kuthe aahe mahit nahi", "kaha hai pata nahi",
                         "कहां है पता नहीं", "कहाँ है पता नहीं", "don't know where he is", "dont know where he is",
                         "pata nahi kahan", "पता नहीं कहाँ"),
    "tg_climbed": ("चढ़ के बैठा", "chadh ke baitha", "चढ़ गया", "chadh gaya", "चढलाय", "chadhlay", "चढून बसलाय",
                   "chadhun baslay", "climbed", "चढलोय", "chadhloy", "चढलो", "chadhlo"),
    "tg_wont_come_down": ("नीचे नहीं आ रहा", "neeche nahi aa raha", "niche nahi aa raha", "खाली येत नाहीये",
                          "khali yet nahi", "खाली येत नाही", "won't come down", "wont come down", "not coming down",
                          "खाली उतरत नाही", "khali utrat nahi", "neeche nahi utar raha", "नीचे नहीं उतर रहा"),
    "tg_whats_the_point": ("whats the point", "what's the point", "kya fayda", "क्या फायदा", "kay upyog", "काय उपयोग",
                           "kashala jagaycha", "कशाला जगायचं"),
    "tg_no_tomorrow": ("cant see any tomorrow", "can't see any tomorrow", "no tomorrow", "koi kal nahi",
                       "कोई कल नहीं", "udya disat nahi", "उद्या दिसत नाही", "kal nahi dikhta", "कल नहीं दिखता",
                       "no future for me"),
    # Up on the tin roof, the water tank, the timber stack.
    "tg_up_on": ("patryavar", "पत्र्यावर", "patryaavar", "chhatavar", "छतावर", "chhat pe", "छत पे", "tankivar",
                 "टाकीवर", "thappivar", "थप्पीवर", "थप्पी पे", "on the roof"),
    "tg_neck_laid": ("मान ठेवायचा", "maan thevaycha", "man thevaycha", "मान ठेवावी", "maan thevavi", "gardan rakh du",
                     "गर्दन रख दूं", "gardan de du", "गर्दन दे दूं", "neck on the", "my neck under"),
    # Looking down from the ramp or the ledge, and "do it right now".
    "tg_looking_down": ("खाली बघत", "khali baghat", "khali bagat", "खाली बघितलं", "khali baghitla", "neeche dekh",
                        "नीचे देख", "niche dekh", "looking down", "looked down"),
    "tg_do_it_now": ("करून टाकावं", "karun takava", "karun taakava", "करून टाकतो", "karun takto", "kar hi du",
                     "कर ही दूं", "kar hi dalu", "कर ही डालूं", "just do it", "do it now", "do it right now"),
    "tg_nobody_comes_there": ("nobody comes there", "no one comes there", "doesnt lock", "doesn't lock",
                              "कोणी नसतं", "koni nasta", "कोई नहीं होता", "koi nahi hota"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

TRACKS_GHATS_AND_THE_OPEN_SHAFT: tuple[Combination, ...] = (
    Combination(S, (_g("rail_line", "tg_on_the_rails"), _g("tg_lie_down")), 20, across=True,
                unless=_g("negation"), unless_reach=1),
    Combination(S, (_g("tg_on_the_rails"), _g("tg_train_awaited")), 16, across=True),
    Combination(S, (_g("tg_let_it_come"),)),
    Combination(S, (_g("tg_station"), _g("tg_train_coming"), _g("lf_no_more_talk")), 20, across=True),
    Combination(S, (_g("rail_line"), _g("tg_toward"), _g("tg_nothing_left", "nothing_left")), 20, across=True),
    Combination(S, (_g("rails_towards", "tg_gone_toward"), _g("tg_phone_off")), 20, across=True),
    Combination(S, (_g("tg_into_gorge"),), unless=_g("negation"), unless_reach=1),
    Combination(S, (_g("tg_ghat_road"), _g("tg_let_vehicle_go")), 8, across=True),
    Combination(S, (_g("tg_water_place"), _g("tg_dont_tell")), 16, across=True),
    Combination(S, (_g("tg_water_place"), _g("tg_not_going_home")), 24, across=True),
    Combination(S, (_g("tg_look_at_water"), _g("tg_wont_be_back")), 16, across=True),
    Combination(S, (_g("tg_one_step"), _g("tg_over")), 8),
    Combination(S, (_g("tg_step_off"), _g("height", "high_place", "tg_heavy_thing", "tg_up_on")), 16, across=True,
                unless=_g("negation"), unless_reach=1),
    Combination(S, (_g("tg_heavy_thing"), _g("tg_down_on_me")), 12, across=True),
    Combination(S, (_g("tg_fall_ends_it"),)),
    Combination(S, (_g("tg_jump_said"), _g("tg_nobody_would_know")), 8),
    Combination(S, (_g("tg_not_an_accident"), _g("tg_nobody_would_know")), 12, across=True),
    Combination(S, (_g("tg_saw"), _g("tg_neck"), _g("tg_put_in")), 12, across=True),
    Combination(S, (_g("tg_saw"), _g("tg_neck_laid")), 12, across=True),
    Combination(S, (_g("gp_quarry", "tg_heavy_thing"), _g("tg_jump_said")), 12, across=True, unless=_g("negation"),
                unless_reach=1),
    Combination(S, (_g("tg_live_switch"), _g("tg_hand_in")), 12, across=True),
    Combination(S, (_g("height", "high_place"), _g("tg_harness_off")), 16, across=True),
    Combination(S, (_g("rope_named", "tg_cord"), _g("tg_beam_or_fan"), _g("tg_tied")), 10, across=True,
                unless=_g("negation"), unless_reach=1),
    Combination(S, (_g("rope_named", "tg_cord"), _g("tg_beam_named"), _g("tg_tied"), _g("tg_tonight_known")), 16,
                across=True),
    Combination(S, (_g("tg_locked_in"), _g("rope_named", "tg_cord", "tg_forgive_me")), 16, across=True),
    Combination(S, (_g("tg_forgive_me"), _g("tg_where_unknown")), 20, across=True),
    Combination(S, (_g("tg_climbed"), _g("tg_wont_come_down")), 12, across=True),
    Combination(S, (_g("tg_climbed"), _g("tg_jump_said")), 24, across=True),
    Combination(S, (_g("tg_whats_the_point"), _g("tg_no_tomorrow")), 30, across=True),
    Combination(S, (_g("tg_looking_down"), _g("tg_do_it_now")), 12, across=True),
    Combination(S, (_g("tg_whats_the_point"), _g("height", "tg_heavy_thing"), _g("tg_nobody_comes_there")), 40,
                across=True),
    Combination(SH, (_g("tg_saw"), _g("tg_hand"), _g("tg_put_in")), 10, across=True,
                unless=_g("negation", "gp_mishap"), unless_reach=2),
)
