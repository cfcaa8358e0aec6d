"""Suicide told as the thought of dying, the writer's turn, and a promise of doing nothing beside the
place watched (the reading of rounds 68-69, holdouts 242, 243, 245, 246, 248 and 249):

- the thought of dying, its words apart: "मरने का ख्याल हर रात आता है" (a relation's death thought of,
  "papa ke marne ka khayal", stays quiet);
- the writer's turn now, the birds set free: "opened all the cage doors ... now its my turn to go",
  "माझ्या birds ना सोडून दिलं आहे, आता माझी पाळी";
- to go for ever: "mereku jaana hai hamesha ke liye. allah hafiz";
- "nothing, don't worry", and the water, the bridge or the tracks watched: "kalji karu naka mi kahi
  karnar nahi.. fakt roj Kalwa pulavar van thambavto ani khali khadi baghat basto";
- no reason left to get up in the morning: "आता सकाळी उठायचं कारणच उरलं नाही";
- thanks to all and no more check-ins needed: "सगळ्यांचे आभार ... आता पुढच्या check-in ची गरज पडणार
  नाही मला".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The thought of dying, in the genitive: "मरने का ख्याल", "marne ka vichar".
    "td_thought_of_dying": ("मरने का ख्याल", "marne ka khayal", "marne ke khayal", "मरने के ख्याल", "marne ka khyal",
                            "मरने का विचार", "marne ka vichar", "मरने की सोच", "marne ki soch", "marne ke vichar",
                            "मरण्याचा विचार", "maranyacha vichar", "मरण्याचे विचार", "maranyache vichar"),
    # Someone else's death, thought of: "papa ke marne ka", "उनके मरने का".
    "td_anothers": ("ke marne", "के मरने", "ki marne", "उनके", "unke", "uske", "उसके", "papa", "पापा", "mummy",
                    "मम्मी", "maa", "माँ", "chya maranyacha", "च्या मरण्याचा"),
    # The writer's turn: "now its my turn", "आता माझी पाळी", "ab meri baari".
    "td_my_turn": ("now its my turn", "now it's my turn", "my turn to go", "आता माझी पाळी", "ata mazi pali",
                   "aata majhi pali", "आता माझी बारी", "ab meri baari", "अब मेरी बारी", "ab meri bari", "meri baari hai ab"),
    "td_set_free": ("सोडून दिलं", "sodun dila", "sodun dile", "सोडून दिले", "let them go", "let my", "set free",
                    "go free", "उड़ा दिए", "uda diye", "chhod diye", "छोड़ दिए", "cage doors", "पिंजरे खोल"),
    # To go for ever: "jaana hai hamesha ke liye".
    "td_go_for_ever": ("jaana hai hamesha ke liye", "जाना है हमेशा के लिए", "hamesha ke liye jaana hai",
                       "हमेशा के लिए जाना है", "kayamcha jaycha aahe", "कायमचा जायचं आहे", "kayamcha jaycha ahe",
                       "going for good", "leaving for good", "hamesha ke liye ja raha", "हमेशा के लिए जा रहा"),
    "td_trip": ("canada", "dubai", "gulf", "abroad", "videsh", "विदेश", "gaon", "गांव", "city", "shahar", "शहर",
                "naukri", "नौकरी", "job", "transfer"),
    # Watched for long: the water, the creek below, the tracks: "khali khadi baghat basto".
    "td_watching": ("baghat basto", "बघत बसतो", "baghat baslo", "बघत बसलो", "baghat ubha", "बघत उभा", "पाण्याकडे बघत",
                    "panyakade baghat", "पाणी बघतोय", "pani baghtoy", "dekhta rehta", "देखता रहता", "dekhta rehta hu",
                    "dekhta hu", "देखता हूं", "देखता हूँ", "tasantas baghat", "तासनतास बघत", "staring at the water",
                    "looking down at"),
    # No reason left to get up: "सकाळी उठायचं कारणच उरलं नाही".
    "td_no_reason_to_rise": ("उठायचं कारणच उरलं नाही", "uthaycha karanach urla nahi", "uthaycha karan urla nahi",
                             "उठण्याचं कारण उरलं नाही", "subah uthne ki koi wajah nahi", "सुबह उठने की कोई वजह नहीं",
                             "no reason to get up", "no reason to wake up"),
    # Thanks to all, and no more check-ins: "सगळ्यांचे आभार", "aap sabka shukriya".
    "td_thanks_all": ("सगळ्यांचे आभार", "saglyanche aabhar", "saglyanche abhar", "tumche sagle aabhar",
                      "तुमचे सगळे आभार", "aap sabka shukriya", "आप सबका शुक्रिया", "sabka shukriya", "thank you all",
                      "thanks everyone", "thank you everyone"),
    "td_no_more_checkins": ("check-in ची गरज पडणार नाही", "check in chi garaj padnar nahi", "गरज पडणार नाही मला",
                            "garaj padnar nahi mala", "ab nahi milenge", "अब नहीं मिलेंगे", "phir nahi milenge",
                            "फिर नहीं मिलेंगे", "no more check-ins", "wont need the check-ins", "ata bhet nahi",
                            "आता भेट नाही"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

THOUGHT_OF_DYING_AND_MY_TURN: tuple[Combination, ...] = (
    Combination(S, (_g("td_thought_of_dying"),), 0, unless=_g("td_anothers"), unless_reach=2),
    Combination(S, (_g("td_set_free"), _g("td_my_turn")), 16, across=True),
    Combination(S, (_g("td_my_turn"), _g("goodbye", "tp_goodbye")), 8, across=True),
    Combination(S, (_g("td_go_for_ever"),), 0, unless=_g("td_trip"), unless_reach=8),
    Combination(S, (_g("wont_do_anything"), _g("danger_place", "water_body", "rail_line", "high_place"),
                    _g("td_watching")), 24, across=True),
    Combination(S, (_g("td_no_reason_to_rise"),), 0),
    Combination(S, (_g("td_thanks_all"), _g("td_no_more_checkins")), 16, across=True),
)
