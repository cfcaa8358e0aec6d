"""The end said through the office and the tower (round 25, holdout 72: IT and corporate burnout):

- sitting or a foot on a railing or a parapet: "14th floor की railing पे बैठा हूँ", "बालकनी की रेलिंग
  पर पैर रख दिया था";
- looking down from a terrace, a tower or a high floor: "Kharadi च्या tower च्या terrace वर आहे, 16th
  floor, खाली बघतोय"; a child, a procession or the rain watched from there is a view;
- the next train waited for, not to board it: "अगली ट्रेन का इंतज़ार है, चढ़ने के लिए नहीं";
- logging off for good, and life's last commit: "आता मी पण कायमचा logging off", "zindagi ka last
  commit push kar diya";
- the last day at the office and of life too: "आज ऑफिसचा शेवटचा दिवस आणि आयुष्याचा पण";
- the insurance put in the family's name, and peace to go: "इंश्योरेंस के कागज़ बीवी के नाम कर दिए
  हैं। अब चैन से जा सकता हूँ";
- the car driven into a wall, thought of: "expressway var gaadi bhintivar ghalaycha vichar yeto";
- taken in one's sleep, asked of God: "देवाकडे रोज मागतो की झोपेतच न्यावं".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    "ot_railing": ("railing", "रेलिंग", "railings", "parapet", "ledge", "kathda", "कठडा", "kathdyavar", "कठड्यावर",
                   "katthyavar", "munder", "मुंडेर", "munderi", "मुंडेरी"),
    "ot_on_it": ("pe baitha", "पे बैठा", "par baitha", "पर बैठा", "var baslo*", "वर बसलो*", "pe khada", "पे खड़ा",
                 "par khada", "पर खड़ा", "var ubha", "वर उभा", "pair rakh*", "पैर रख*", "paay thev*", "पाय ठेव*",
                 "sitting on", "standing on", "stood on", "climbed", "chadh*", "चढ़*", "chadhla", "चढला"),
    "ot_watching": ("khelat", "खेळत", "khel rahe", "खेल रहे", "bacche", "बच्चे", "mula", "मुलं", "kids", "children",
                    "miravnuk", "मिरवणूक", "procession", "juloos", "जुलूस", "barat", "बारात", "fireworks", "phatake",
                    "फटाके", "rain", "paus", "पाऊस", "baarish", "बारिश", "sunset", "view", "kapde", "कपडे", "कपड़े",
                    "tanki", "टाकी", "टंकी", "dish", "antenna", "selfie", "photo", "cake", "party"),
    "ot_not_boarding": ("चढ़ने के लिए नहीं", "chadhne ke liye nahi", "not to board", "not to get on", "not to catch it",
                        "बसायला नाही", "basayla nahi", "chadhayla nahi", "चढायला नाही", "not to get in"),
    "ot_logging_off": ("logging off", "log off", "logged off", "logout", "log out", "लॉग आउट", "लॉगआउट", "लॉग ऑफ"),
    "ot_for_good": ("कायमचा", "kayamcha", "kaymcha", "कायमची", "kayamchi", "forever", "for good", "permanently",
                    "हमेशा के लिए", "hamesha ke liye", "humesha ke liye"),
    "ot_last_commit": ("last commit", "आखिरी commit", "aakhri commit", "शेवटचा commit", "shevatcha commit",
                       "final commit", "last push"),
    "ot_last_day": ("शेवटचा दिवस", "shevatcha divas", "last day", "aakhri din", "आखिरी दिन", "akhri din"),
    "ot_of_life_too": ("आयुष्याचा पण", "आयुष्याचाही", "ayushyacha pan", "ayushyachahi", "zindagi ka bhi",
                       "ज़िंदगी का भी", "जिंदगी का भी", "of my life too", "of life too", "jivanacha pan", "जीवनाचा पण"),
    "ot_go_in_peace": ("चैन से जा सकता", "chain se ja sakta", "chain se ja sakti", "चैन से जा सकती", "sukhane jau shakto",
                       "सुखाने जाऊ शकतो", "can go in peace", "go in peace now", "ata nishchint jato", "आता निश्चिंत जातो",
                       "ab sukoon se ja", "अब सुकून से जा"),
    "ot_vehicle": ("car", "कार", "kaar", "gaadi", "gadi", "गाडी", "गाड़ी", "bike", "बाइक", "बाईक", "scooter", "activa"),
    "ot_crash_target": ("bhint*", "भिंत*", "deewar*", "दीवार*", "diwar*", "wall", "divider*", "डिव्हायडर*", "डिवाइडर*",
                        "pillar", "खांब*", "khamb*", "khamba", "खंभ*", "tree", "jhad*", "झाड*", "ped", "पेड़", "truck*",
                        "ट्रक*"),
    "ot_ram_into": ("ghal*", "घाल*", "thok*", "ठोक*", "bhida*", "भिड़ा*", "bhid*", "ram", "ramming", "crash*",
                    "drive into", "ghusa*", "घुसा*", "ghusav*", "घुसव*", "aapat*", "आपट*"),
    "ot_thought": ("vichar", "विचार", "khayal", "ख्याल", "thought", "thinking", "vatta", "वाटतं", "man hota", "मन होतं",
                   "mann karta", "मन करता", "want to", "wanna"),
    "ot_taken_asleep": ("झोपेतच न्यावं", "zopetach nyava", "zopetach nyaav", "झोपेतच ने", "नींद में ही उठा ले",
                        "neend me hi utha le", "neend mein hi utha le", "take me in my sleep", "in my sleep take me",
                        "सोते सोते उठा ले", "sote sote utha le"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_HIGH = _g("al_terrace", "high_place", "tall_structure", "al_high_floor", "roof_top", "height")

OFFICE_TOWER_AND_LAST_DAY: tuple[Combination, ...] = (
    Combination(S, (_g("ot_railing"), _g("ot_on_it", "present_there")), 3, order=True,
                unless=_g("ot_watching"), unless_reach=4),
    Combination(S, (_HIGH, _g("looking_down")), 12, across=True, unless=_g("ot_watching"),
                unless_reach=6),
    Combination(S, (_g("wt_waiting", "rail_line", "vehicle", "vehicle_ride"), _g("ot_not_boarding")), 8),
    Combination(S, (_g("ot_logging_off"), _g("ot_for_good")), 3),
    Combination(S, (_g("ot_for_good"), _g("ot_logging_off")), 3, order=True),
    Combination(S, (_g("go_life"), _g("ot_last_commit")), 4),
    Combination(S, (_g("ot_last_commit"), _g("ot_logging_off", "goodbye")), 10, across=True),
    Combination(S, (_g("ot_last_day"), _g("ot_of_life_too")), 6, order=True),
    Combination(S, (_g("insurance"), _g("ot_go_in_peace")), 16, across=True),
    Combination(S, (_g("vehicle", "vehicle_ride", "ot_vehicle"), _g("ot_crash_target"), _g("ot_ram_into"),
                    _g("ot_thought", "want")), 8, order=True),
    Combination(S, (_g("ot_taken_asleep"),), 0),
)
