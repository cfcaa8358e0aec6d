"""The mast, the nacelle and the stairs down (the reading of rounds 94-95: stand-up comedians, harvest
crews, CNC shops, wind farms, aquarium shops, hybrid-seed fields):

- up the mast, the tower or the high floor with the harness off, "I won't take the stairs down", "refusing to
  come down", "looking down at the trucks", "90 metres is enough";
- "if I don't wake up, give my notebooks to him"; "if I'm not found tomorrow, the key is behind the
  tank"; "don't punch my card from tomorrow, give him my toolbox"; the last post and every show cancelled;
  the note for mother and "won't need them"; everything given away, "won't need it", "bye, you did a lot";
- "decided to go up", "decided to go today, for good"; "end it all, this life"; "end this bit for good";
- the cable tied and untied on the fan hook; lying under the reel or climbing into the drum; the 440 line
  "I'll hold it one day"; the feet walking forward as the train came; the rope brought under the tree;
  the rope tied in the shed "and saved in time"; the PF nominee and "I won't be here"; sorry for the
  trouble, from the bridge; "don't tell my family I did it myself"; not home since night and "forgive
  me"; "the last day" or "the last season", the watch given to a friend; "my chapter is closed";
- the hot pipe or the heater held till the skin burnt; the mallet on the writer's own hand; the forceps or
  the crossing needle dug into the wrist; broken glass rubbed on the hand; marks hidden under full sleeves.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.areas.self_harm.last_show_and_the_crossing import HIGH_PLACES, WATER_OR_RAIL
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH = Category.SUICIDE, Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    "nm_mast": ("mast", "met mast", "nacelle", "टावर", "tower", "टॉवर", "turbine", "टर्बाइन"),
    "nm_view": ("view", "sundar", "सुंदर", "nazara", "नज़ारा", "scenery", "photo", "फोटो", "patang", "पतंग"),
    "nm_sport": ("boxing", "bag", "punching", "practice", "class", "gym", "बॉक्सिंग"),
    "nm_stairs_down": ("taking the stairs down", "take the stairs down", "खाली चालत जाणार नाही",
                       "khali chalat janar nahi", "सीढ़ी से नहीं उतरूंगा", "seedhi se nahi utrunga"),
    "nm_wont_come_down": ("refusing to come down", "won't come down", "wont come down", "खाली उतरत नाहीत",
                          "खाली उतरत नाहीये"),
    "nm_harness_off": ("हार्नेस खोल दिया", "harness khol diya", "harness काढून ठेवलाय", "harness kadhun",
                       "हार्नेस काढून", "took off my harness", "took off the harness", "unclipped"),
    "nm_looking_down": ("खालच्या गाड्या", "khalchya gadya", "khali baghtoy", "खाली बघतोय", "neeche dekh raha",
                        "नीचे देख रहा", "looking down", "metres is enough", "meters is enough"),
    "nm_if_not_here": ("if i dont wake up", "if i don't wake up", "agar kal na utha", "agar main na utha",
                       "मी उठलो नाही तर", "mi uthlo nahi tar", "कल सुबह मैं नहीं मिला तो",
                       "kal subah main nahi mila to", "udya sakali mi nahi bhetlo tar", "card punch mat karna",
                       "कार्ड पंच मत करना"),
    "nm_give_or_keys": ("give my", "de dena", "दे देना", "चाबी", "chaabi", "kilya", "किल्ल्या", "द्या", "dya",
                        "हिसाब", "hisab", "diary", "डायरी"),
    "nm_last_post": ("आखरी पोस्ट", "आखिरी पोस्ट", "aakhri post", "aakhari post", "last post", "शेवटची पोस्ट",
                     "shevatchi post"),
    "nm_cancelled_all": ("सारे शो कैंसिल", "sare show cancel", "cancelled all", "sab cancel kar diye",
                         "सगळे शो रद्द", "cancelled every"),
    "nm_note_for": ("note for mom", "note for my mom", "letter for mom", "आईसाठी चिठ्ठी", "aaisathi chitthi",
                    "maa ke liye chitthi", "माँ के लिए चिट्ठी"),
    "nm_wont_need": ("wont need them", "won't need them", "wont need it", "won't need it", "zarurat nai padegi",
                     "zarurat nahi padegi", "ज़रूरत नहीं पड़ेगी", "जरूरत नहीं पड़ेगी", "गरज लागणार नाही",
                     "garaj lagnar nahi"),
    "nm_gave_all": ("de diya", "दे दिया", "de diye", "दे दिए", "sold the", "gave away", "deun takla", "देऊन टाकलं"),
    "nm_farewell_thanks": ("aapne bahut kiya", "आपने बहुत किया", "bye sir", "tumhi khup kela", "तुम्ही खूप केलं",
                           "आपने बहुत help की", "aapne bahut help ki"),
    "nm_end_all": ("कायमचा संपवावा", "कायमचं संपवावं", "kaymacha sampvava", "kayamcha sampvava"),
    "nm_end_everything": ("ख़त्म कर दूँ सब", "खत्म कर दूँ सब", "खत्म कर दूं सब", "khatam kar du sab",
                          "sab khatam kar du", "सब खत्म कर दूं"),
    "nm_decided_up": ("ऊपर जाने का decision", "upar jane ka decision", "ऊपर जाने का फैसला", "upar jaane ka faisla"),
    "nm_decided_go": ("जायचं ठरवलंय", "jaycha tharavlay", "jaycha tharavla", "जाने का फैसला कर लिया"),
    "nm_forever": ("कायमचं", "kaymacha", "kayamcha", "हमेशा के लिए", "hamesha ke liye", "for good"),
    "nm_cord": ("cable", "xlr", "wire", "तार", "taar"),
    "nm_tying": ("tying", "untying", "बांधत", "बांध रहा", "bandh raha", "nobody would find me",
                 "koi nahi dhundhega", "कोणी शोधणार नाही"),
    "nm_machine": ("reel", "drum", "combine", "thresher", "रील", "ड्रम", "कम्बाइन", "कंबाईन", "थ्रेशर", "मळणी"),
    "nm_under_it": ("neeche let jane", "नीचे लेट जाने", "neeche let jau", "khali zopava", "खाली झोपावं",
                    "ghusav", "घुसावं", "ghus jau", "घुस जाऊं", "ek second ka kaam", "एक सेकंड का काम"),
    "nm_live_line": ("440 ki line", "440 line", "440", "live wire", "करंटची तार", "current ki taar", "नंगी तार"),
    "nm_will_grab": ("pakad lunga", "पकड़ लूंगा", "pakadne ka mann", "पकड़ने का मन", "धरून ठेवणार",
                     "will grab it"),
    "nm_station": ("स्टेशनवर", "station var", "stationvar", "platform", "प्लॅटफॉर्म", "गाडी आली", "gadi aali"),
    "nm_feet_forward": ("पाय आपोआप पुढे", "pay apoap pudhe", "feet moved forward", "kadam aage badh", "कदम आगे बढ़"),
    "nm_rope_brought": ("दोर आणलाय", "dor anlay", "rassi laya", "रस्सी लाया", "रस्सी ले आया", "brought a rope"),
    "nm_under_tree": ("झाडाखाली", "zadakhali", "पेड़ के नीचे", "ped ke neeche", "under the tree", "फांदी", "fandi"),
    "nm_tethering": ("बैल", "bail", "गाय", "शेळी", "shelli", "goat", "cow", "बकरी", "bakri", "म्हैस", "jhula", "झोका"),
    "nm_saved_in_time": ("वेळेवर पाहिलं", "veler pahila", "वाचला", "vachla", "bach gaya", "बच गया", "just in time",
                         "बड़ी मुश्किल से रोका", "badi mushkil se roka"),
    "nm_pf": ("PF", "pf nominee", "LIC", "nominee"),
    "nm_gone_then": ("मी आता नसेन", "mi ata nasen", "mi gelo ki", "मी गेलो की", "all im good for",
                     "she will get something from me", "tyatun fedtil", "त्यातून फेडतील"),
    "nm_sorry_all": ("sorry for all the trouble", "sorry for everything", "सबको माफ़ करना", "सगळ्यांची माफी",
                     "sagalyanchi maafi"),
    "nm_look_after": ("मुलांना सांभाळा", "mulanna sambhala", "पोरांना सांभाळा", "poranna sambhala", "bachon ko sambhalna", "बच्चों को संभालना"),
    "nm_dont_tell": ("मत बताना", "mat batana", "सांगू नका", "sangu naka", "don't tell", "dont tell"),
    "nm_did_it_myself": ("मैंने खुद किया", "maine khud kiya", "मी स्वतः केलं", "mi swatah kela", "i did it myself"),
    "nm_not_home": ("ratri pasun gharat nahit", "रात्रीपासून घरात नाहीत", "raat se ghar nahi", "has not come home",
                    "hasn't come home", "not come home after"),
    "nm_sorry_note": ("maaf kar", "माफ कर", "forgive me", "chit saying sorry", "left a chit", "sorry ki chitthi"),
    "nm_last_day": ("shevatcha divas", "शेवटचा दिवस", "last दिवस", "last divas", "shevatcha hangam", "शेवटचा हंगाम"),
    "nm_gave_away": ("vatun takle", "वाटून टाकले", "deun takla", "देऊन टाकलं", "बाँट दिए", "baant diye"),
    "nm_chapter_closed": ("chapter close", "chapter closed", "chapter khatam", "chapter संपला"),
    "nm_last_time": ("last बार", "last baar", "aakhri baar", "आखिरी बार", "last time", "शेवटचं"),
    "nm_held_until": ("pakad ke rakha jab tak", "पकड़ के रखा जब तक", "held it till", "held it until",
                      "धरून ठेवलं जोपर्यंत"),
    "nm_burnt": ("jal gayi", "जल गई", "जल नहीं गई", "chamdi", "चमड़ी", "हथेली", "भाजलं", "burnt", "burned"),
    "nm_own_hand_hit": ("hitting my own", "my own hand", "apne haath pe", "mukke maare", "मुक्के मारे",
                        "मुक्के मारता"),
    "nm_injury": ("swollen", "सूज", "toot gayi", "टूट गई", "ungli", "उंगली", "blood", "खून", "fingers"),
    "nm_pointed_tool": ("chimtyane", "चिमट्याने", "forceps", "सुई से", "sui se", "needle", "चिमटा", "chimta"),
    "nm_into_my_hand": ("hatat tochat", "हातात टोचत", "हाथ में खरोंच", "हाथ में खरोंचता", "हाथ में खरोंचती",
                        "haath me kharonch", "into my wrist",
                        "कलाई में", "kalai me"),
    "nm_glass": ("kaanch", "काँच", "कांच", "kach", "काच"),
    "nm_rubbed_on_hand": ("haath pe ghisa", "हाथ पे घिसा", "hatavar ghasla", "हातावर घासला"),
    "nm_hide_marks": ("खुणा लपवायला", "khuna lapvayla", "full sleeves", "पूर्ण बाह्यांचा", "निशान छुपाने",
                      "nishan chhupane", "hide the marks", "hide the cuts"),
    "nm_did_again": ("काल परत केलं", "kal parat kela", "phir se kiya", "फिर से किया", "did it again"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_HIGH = (*HIGH_PLACES, "nm_mast", "dc_high_floor", "dc_bridge")

MAST_NACELLE_AND_THE_STAIRS_DOWN: tuple[Combination, ...] = (
    Combination(S, (_g(*_HIGH), _g("nm_stairs_down", "nm_harness_off", "nm_looking_down")), 24, across=True,
                unless=_g("nm_view"), unless_reach=10),
    Combination(S, (_g(*_HIGH, "mz_climb", "tg_climbed"), _g("nm_wont_come_down")), 16, across=True),
    Combination(S, (_g("nm_if_not_here"), _g("nm_give_or_keys")), 20, across=True),
    Combination(S, (_g("nm_last_post"), _g("nm_cancelled_all")), 16, across=True),
    Combination(S, (_g("nm_note_for"), _g("nm_wont_need")), 30, across=True),
    Combination(S, (_g("nm_gave_all"), _g("nm_wont_need"), _g("nm_farewell_thanks")), 30, across=True),
    Combination(S, (_g("nm_end_all"),)),
    Combination(S, (_g("nm_end_everything"), _g("life")), 12, across=True),
    Combination(S, (_g("nm_decided_up"),)),
    Combination(S, (_g("nm_decided_go"), _g("nm_forever", *_HIGH)), 12, across=True),
    Combination(S, (_g("nm_cord", "rope_named"), _g("hanging_point"), _g("nm_tying")), 14, across=True),
    Combination(S, (_g("nm_machine"), _g("nm_under_it")), 8),
    Combination(S, (_g("nm_live_line"), _g("nm_will_grab")), 10, across=True),
    Combination(S, (_g("tg_station", "rail_line", "mz_train_word", "nm_station"), _g("nm_feet_forward")), 14,
                across=True),
    Combination(S, (_g("rope_named", "dc_rope_bought", "nm_rope_brought"), _g("nm_under_tree")), 10, across=True,
                unless=_g("nm_tethering", "dc_chore_use"), unless_reach=8),
    Combination(S, (_g("rope_named", "dc_rope_bought"), _g("nm_saved_in_time")), 14, across=True),
    Combination(S, (_g("insurance", "mz_policy", "mz_nominee", "nm_pf"), _g("nm_gone_then", "dc_gone_pays")), 20,
                across=True),
    Combination(S, (_g(*_HIGH, *WATER_OR_RAIL), _g("nm_sorry_all")), 20, across=True),
    Combination(S, (_g("dc_look_after", "nm_look_after"), _g("dc_edge", "dc_well", "dc_bridge")), 20, across=True),
    Combination(S, (_g("nm_dont_tell"), _g("nm_did_it_myself")), 8),
    Combination(S, (_g("nm_not_home"), _g("nm_sorry_note")), 24, across=True),
    Combination(S, (_g("nm_last_day", "mz_last_day"), _g("nm_gave_away", "dc_gave_away", "tg_phone_off",
                                                          "wv_switched_off")), 20, across=True),
    Combination(S, (_g("nm_chapter_closed"), _g("nm_last_time")), 12, across=True),
    Combination(SH, (_g("nm_held_until"), _g("nm_burnt")), 10),
    Combination(SH, (_g("nm_own_hand_hit"), _g("nm_injury")), 12, across=True, unless=_g("nm_sport"), unless_reach=10),
    Combination(SH, (_g("nm_pointed_tool"), _g("nm_into_my_hand")), 8),
    Combination(SH, (_g("nm_glass"), _g("nm_rubbed_on_hand")), 8),
    Combination(SH, (_g("nm_hide_marks"), _g("nm_did_again")), 16, across=True),
)
