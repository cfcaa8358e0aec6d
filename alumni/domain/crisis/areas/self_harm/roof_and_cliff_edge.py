"""Suicide told by students at a height after a result (round 19, holdout 54): the roof's door
open and going up for the last time ("terrace का door खुला है आज, ऊपर जा रहा हूं last time"),
sitting on the roof with the road seen below and nothing understood ("गच्चीवर बसलोय. खाली रस्ता
दिसतोय. काही कळत नाहीये"), and one step forward at a cliff's edge ("kadya kade baghitla ki vatta
ekda pudhe paaul takava").

The roof visited for kites, washing, tea or friends, and a step forward in a career or on a
trek, stay quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The roof and its door: terrace, chhat, gachchi.
    "exr_roof": (
        "terrace", "terrace pe", "terrace var", "rooftop", "roof", "chhat", "छत", "chhat pe", "छत पे", "छत पर",
        "gachchi", "gacchi", "गच्ची", "gachchivar", "गच्चीवर", "gacchivar", "gachivar", "गच्चीवरून",
        "terrace वर", "terrace पर",
    ),
    # Going up there: "ऊपर जा रहा हूं", "var challoy", "going up".
    "exr_going_up": (
        "upar ja raha", "ऊपर जा रहा", "upar jaa raha", "ऊपर जा रही", "upar ja rahi", "going up", "vr jato",
        "var jato", "वर जातो", "वर चाललोय", "var challoy", "challoy", "चाललोय", "चाललेय", "jatoy", "जातोय",
        "chadhtoy", "चढतोय", "chadh raha", "चढ़ रहा", "ja raha hu", "जा रहा हूं", "जा रहा हूँ", "heading up",
    ),
    # Sitting there: "baslo ahe", "baitha hu", "sitting".
    "exr_up_there": (
        "baslo", "बसलोय", "baslay", "बसलो", "बसले", "baitha hu", "बैठा हूं", "बैठा हूँ", "baithi hu", "बैठी हूं",
        "sitting on", "sitting at",
    ),
    # The road or the ground seen below: "खाली रस्ता दिसतोय", "neeche sadak dikh rahi".
    "exr_road_below": (
        "खाली रस्ता", "khali rasta", "khali rasta distoy", "रस्ता दिसतोय", "neeche sadak", "नीचे सड़क",
        "niche sadak", "neeche road", "niche road", "नीचे रोड", "road below", "the road below", "ground below",
        "see the road", "looking down at the road",
    ),
    # Not knowing what to do: "काही कळत नाहीये", "kuch samajh nahi aa raha".
    "exr_lost_mind": (
        "kahi kalat nahi", "काही कळत नाही", "काही कळत नाहीये", "kahi kalat nahiye", "kuch samajh nahi aa raha",
        "कुछ समझ नहीं आ रहा", "kuch samajh nahi aata", "don't know anything", "dont know what to do",
        "don't know what to do", "samajh nahi aa raha", "समझ नहीं आ रहा",
    ),
    # What one does on a roof harmlessly: kites, washing, a party, the view, the stars.
    "exr_roof_errand": (
        "kite", "kites", "patang", "पतंग", "patanga", "kapde", "कपडे", "कपड़े", "washing", "clothes", "party",
        "birthday", "stars", "tare", "तारे", "moon", "chand", "चांद", "chaand", "view", "sunset", "chai", "चहा",
        "tea", "coffee", "yoga", "walk", "tanki", "tank", "टाकी", "water tank", "photo", "selfie", "friends",
        "mitra", "मित्र", "dost", "दोस्त", "cricket", "pigeons", "kabutar",
    ),
    # A cliff's edge: "kada", "कडा", "khai", "cliff".
    "exr_cliff": (
        "kada", "kadya", "कडा", "कड्या", "कड्याकडे", "kadyakade", "kadyavar", "कड्यावर", "khai", "खाई",
        "khaai", "cliff", "cliff edge", "edge of the cliff", "ghati", "घाटी", "darri", "दरी", "dari kade",
        "valley edge", "pahad ki chot", "पहाड़ की चोटी", "kinaare", "kinara", "edge",
    ),
    # One step forward: "ekda pudhe paaul takava", "ek kadam aage".
    "exr_step_forward": (
        "pudhe paaul", "pudhe paul", "पुढे पाऊल", "ek paaul pudhe", "एक पाऊल पुढे", "ek kadam aage",
        "एक कदम आगे", "ek kadam aur", "एक कदम और", "one step forward", "one more step", "step forward",
        "step off", "take a step", "ek kadam badhau", "एक कदम बढ़ाऊं",
    ),
    # A step of a career, a plan, a life looked forward to.
    "exr_step_of_life": (
        "career", "life me", "life mein", "आयुष्यात", "aayushyat", "future", "success", "goal", "dream",
        "sapna", "सपना", "swapna", "स्वप्न", "progress", "recovery", "sobriety", "job", "business",
        "photo", "selfie", "view", "trek", "trekking",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

ROOF_AND_CLIFF_EDGE: tuple[Combination, ...] = (
    # The roof, going up there for the last time.
    Combination(S, (_g("exr_roof"), _g("exr_going_up"), _g("last_time", "eol_last")), 12, across=True,
                unless=_g("exr_roof_errand"), unless_reach=12),
    # Sitting on the roof, the road seen below, not knowing anything.
    Combination(S, (_g("exr_roof"), _g("exr_road_below"), _g("exr_lost_mind")), 16, across=True,
                unless=_g("exr_roof_errand"), unless_reach=16),
    # A step forward at a cliff's edge: "kadya kade baghitla ki vatta ekda pudhe paaul takava".
    Combination(S, (_g("exr_cliff"), _g("exr_step_forward")), 10, across=True,
                unless=_g("exr_step_of_life"), unless_reach=10),
)
