"""The last step told plainly: standing where a train passes or the water is deep and
thinking of one step forward or of going in; the means kept with only the day not chosen;
wanting it all to stop, for good, said across two sentences. Words and the rules that read
them (appended to the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Where a train stops or the river is reached by steps; only counts beside a step
    # forward or going in, since people wait at stations and bathe at ghats every day.
    "edge_place": (
        "station", "stations", "स्टेशन", "स्टेशनवर", "स्टेशन पर", "stationvar", "station var",
        "junction", "जंक्शन", "jankshan", "platform pe", "प्लेटफॉर्म पर", "ghat", "घाट", "ghatavar",
        "घाटावर", "ghat pe", "घाट पर", "ghat par", "ghaat", "kinara", "किनारा", "किनारे", "kinare",
        "kathavar", "काठावर", "nadikathi", "नदीकाठी", "riverbank", "river bank", "edge",
    ),
    # One step forward: into the train's path or over the edge.
    "step_forward": (
        "one step forward", "step forward", "a step forward", "step in front", "step off",
        "ek kadam aage", "एक कदम आगे", "kadam aage badha", "कदम आगे बढ़ा", "kadam aage rakh",
        "कदम आगे रख", "ek paul pudhe", "एक पाऊल पुढे", "paul pudhe takav*", "पाऊल पुढे टाकाव*",
        "pudhe paul", "पुढे पाऊल",
    ),
    # Going down into the water: "utar jau", "उतर जाऊं", "आत उतरावं" (widens walk_into).
    "walk_into": (
        "उतर जाऊं", "उतर जाऊँ", "उतर जाऊ", "utar jaun", "utar jaaun", "utraav", "utrava", "utarava",
        "उतरावं", "उतरावे", "aat jav", "aat jaava", "आत जावं", "just go in", "walking in", "walk right in",
    ),
    # The means ready and only the day not chosen: "not sure when", "पता नहीं कब".
    "when_unsure": (
        "not sure when", "dont know when", "don't know when", "do not know when", "havent decided when",
        "haven't decided when", "just not when", "pata nahi kab", "पता नहीं कब", "pata nai kab",
        "kab pata nahi", "कब पता नहीं", "kab karunga pata nahi", "कब करूंगा पता नहीं",
        "kadhi te mahit nahi", "kadhi te maahit nahi", "कधी ते माहीत नाही", "कधी ते माहित नाही",
        "kadhi mahit nahi", "कधी माहीत नाही", "kadhi karen mahit nahi", "कधी करेन माहीत नाही",
    ),
    # Put away and kept: "kept it in the cupboard", "रख दी है", "ठेवलंय".
    "kept_ready": (
        "kept it", "kept them", "keeping it", "hid it", "hidden it", "its in the bag", "in my bag",
        "rakh di hai", "rakh diya hai", "rakh di", "रख दी है", "रख दिया है", "रख दी", "chhupa di",
        "छुपा दी", "thevli ahe", "thevli aahe", "thevla ahe", "thevlay", "ठेवली आहे", "ठेवला आहे",
        "ठेवलंय", "ठेवलाय", "lapvun thevli", "लपवून ठेवली",
    ),
    # Marks left on the skin, told instead of the act: "the marks on my forearm", "खुणा",
    # "व्रण" (Hindi "निशान" is read as cutting already). Only beside an arm or a wrist and
    # something new or counted, since "marks" are also an exam's.
    "skin_mark": (
        "marks", "mark", "scars", "scar", "lines on my", "khuna", "खुणा", "khunaa", "vran", "व्रण",
        "vrana", "वण", "ओरखडे", "orakhde", "orakhade",
    ),
    # What else marks an arm: bites, henna, a rash, a tattoo.
    "skin_harmless": ("mosquito", "machhar", "मच्छर", "daas", "डास", "bite", "bites", "mehndi*", "मेहंदी*", "मेंदी*", "mehendi*",
                      "tattoo", "टॅटू", "टैटू", "rash", "allergy", "pimple", "pimples", "eczema",
                      "kanji", "खाज", "khaaj", "khaj", "injection", "vaccine", "drip", "canula"),
    # Marathi new in the plural and the feminine: "नव्या खुणा".
    "fresh": ("navya", "नव्या", "navi", "नवी", "navin ale", "नवीन आले"),
    # Marathi "थांबावं" (that it stop), written with the anusvara (widens stop_word).
    "stop_word": ("थांबावं", "थांबावे", "thambava", "thambave"),
    # What is climbed to threaten a fall, beyond a roof or a bridge: a tower, the water tank.
    "tall_structure": ("tower", "towers", "mobile tower", "टॉवर", "tawar", "tanki", "टंकी", "tanki pe",
                       "water tank", "paani ki tanki", "पानी की टंकी", "pani ki tanki", "पाण्याची टाकी",
                       "panyachi taki", "taki", "टाकी", "टाकीवर", "takivar", "tankivar", "टंकीवर", "टंकी पर", "tanki par",
                       "towerwar", "टॉवरवर", "टॉवर पर", "tower par", "khamba", "खंबा", "खांब", "khamb", "crane"),
    # The writer's own refusal to come down: "neeche nahi aaunga", "खाली येणार नाही".
    "not_down_mine": ("neeche nahi aaunga", "neeche nahi aaungi", "niche nahi aaunga", "niche nahi aaungi",
                      "नीचे नहीं आऊंगा", "नीचे नहीं आऊंगी", "नीचे नहीं आऊँगा", "नीचे नहीं आऊँगी",
                      "neeche nahi utrunga", "neeche nahi utrungi", "नीचे नहीं उतरूंगा", "नीचे नहीं उतरूंगी",
                      "khali yenar nahi", "खाली येणार नाही", "khali nahi yenar", "खाली नाही येणार",
                      "khali utarnar nahi", "खाली उतरणार नाही", "i wont come down", "i won't come down",
                      "im not coming down", "i'm not coming down", "i am not coming down", "not coming down",
                      # round 31: "आज खाली उतरणार नाही"
                      "खाली उतरणार नाही", "khali utarnar nahi"),
    # Why a height is climbed on an ordinary day, or what a refusal there is about (narrower than
    # the family's rooftop_chore: the water tank is climbed to threaten a fall too).
    "height_pastime": ("patang", "पतंग", "kite", "kites", "cricket", "sunset", "photo", "selfie", "repair",
                       "plumber", "dish", "antenna", "kapde", "कपडे", "कपड़े", "billi", "बिल्ली", "kitten", "manjar", "मांजर", "bandar",
                       "बंदर", "kabootar", "कबूतर", "popat", "पोपट", "mobile network",
                       "signal", "network"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # Poison in the Marathi genitive: "विषाची बाटली" (a bottle of poison).
    "poison": ("vishachi", "विषाची", "vishacha", "विषाचा", "vishache", "विषाचे", "vishacha dabba"),
}

AT_THE_EDGE: tuple[Combination, ...] = (
    # At a station or a ghat, by deep water or a train, and one step forward or going in
    # wanted or thought of: "ghat pe baitha hu ... soch raha hu utar jau".
    Combination(S, (_g("edge_place", "danger_place", "water_body", "rail_line"),
                    _g("step_forward", "walk_into"),
                    _g("want", "thought_of", "posture", "present_there")), 14, across=True,
                unless=_g("water_leisure", "away_trip", "laugh")),
    # Up a height and refusing to come down: "tower pe chadha hu, neeche nahi aaunga" (not a
    # kite to bring in or a dish to repair).
    Combination(S, (_g("high_place", "tall_structure"), _g("not_down_mine")), 12, across=True,
                unless=_g("height_pastime", "laugh"), unless_reach=12),
    # The old habit back on the skin: marks on an arm or a wrist, new ones or counted.
    Combination(Category.SELF_HARM, (_g("skin_mark"), _g("cut_site"), _g("fresh", "small_count", "is_back")),
                10, across=True, unless=_g("skin_harmless", "by_accident", "laugh")),
    # A rope or a poison got and kept, and only the when left open.
    Combination(S, (_g("ligature", "noose_cord", "poison"),
                    _g("acquire", "at_hand", "bottle_at_hand", "carry", "hidden", "kept_ready"), _g("when_unsure")), 16,
                across=True,
                unless=_g("hanging_harmless", "chore")),
    # "All I want is for it to stop. Permanently": the wish and its "for good" a sentence apart.
    Combination(S, (_g("want"), _g("it_all"), _g("stop_word"), _g("for_good")), 8, across=True,
                unless=_g("laugh")),
)
