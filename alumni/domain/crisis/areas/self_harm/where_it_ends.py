"""Suicide told as the place where it ends, the writer done beside the water, or a tired
goodbye (round 52's reading of rounds 50-51, holdouts 170-176):

- where it ends, beside the water or a height: "water looks so calm. i think this is where it
  ends", "इथेच संपेल सगळं, खाडी समोर आहे";
- the writer done, and the water right there: "I am done. 4 lakh to the moneylender ... the pond
  is right there", "bas ho gaya, talav paas hi hai";
- sorry, tired, bye: "sorry aai, मी आता थकलोय, bye";
- the last message, in Marathi's feminine and English "msg": "hi शेवटची msg ahe";
- (round 53's reading) sat by the water and how deep or fast it is: "ऐरोली पुलाखाली पाणी बघत बसलोय,
  किती खोल असेल", "ganga bairaaj pe khada hu. paani bahut tez hai aaj";
- (round 52's second reading) gone to the water and no wish to come back: "market yard chya
  maagchya odhyakade gelo hoto, parat yaycha mann navhta".

A journey, a road or a story that ends there ("mera safar yahi khatam, station aa gaya") and a
swim or a walk by the lake are no goodbye. Words and the rules that read them (appended to the area's COMBINATIONS by
rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Where it ends: "this is where it ends", "यहीं खत्म", "इथेच संपेल".
    "we_ends_here": ("this is where it ends", "this is where it all ends", "it all ends here", "it ends here",
                     "yahin khatam", "yahi khatam", "यहीं खत्म", "यहीं ख़त्म", "यहीं खतम", "yahin sab khatam",
                     "इथेच संपेल", "ithech sampel", "इथेच संपतं", "ithech sampta", "इथेच संपवतो", "ithech sampavto",
                     "इथेच सगळं संपेल"),
    # The water or the edge right there, or feeling close: "the pond is right there", "pani khup javal
    # vatat ahe".
    "we_right_there": ("right there", "is right there", "right here", "just there", "paas hi hai", "पास ही है",
                       "saamne hi hai", "सामने ही है", "samor ahe", "समोर आहे", "samorach ahe", "समोरच आहे",
                       "javalach ahe", "जवळच आहे"),
    # Feeling close, said of the water: "pani khup javal vatat ahe".
    "we_feels_near": ("javal vatat", "जवळ वाटत", "paas lag raha", "पास लग रहा", "paas lagta", "पास लगता",
                      "feels so close", "feels so near", "looks so close"),
    # The water plainly, and Mumbai's sea front: with "where it ends" or felt close.
    "we_water_plain": ("water", "the water", "pani", "पाणी", "पानी", "paani", "marine drive", "chowpatty",
                       "sea face", "sea link", "worli sea face", "nala", "नाला", "odha", "ओढा", "ओढ्यात", "odhyat",
                       "ओढ्याच्या", "ओढ्याकडे", "odhyakade", "odhyavar", "ओढ्यावर"),
    # The water calling the writer close: "गंगा का पानी रात को बहुत पास बुलाता है" (round 54).
    # (Marathi "बोलावतात" is friends inviting, and "bulata hai" anyone's call: only the water's pull)
    "we_calls_me": ("पास बुलाता", "paas bulata", "पास बुला रहा", "paas bula raha", "जवळ बोलावतं", "javal bolavta",
                    "keeps calling me closer", "is calling me closer"),
    # A day out enjoyed: "it was so nice", "khup maja aali".
    "we_enjoyed": ("so nice", "so good", "so peaceful", "peaceful", "beautiful", "relaxing", "walked", "strolled", "so much fun", "enjoyed", "enjoy", "maja aali", "maza aala", "majja aali",
                   "मजा आली", "मजा आला", "मज्जा", "mazaa aaya", "maza aaya", "मज़ा आया", "मजा आया", "kids", "bachhe",
                   "bacche", "बच्चे", "mula", "मुलं"),
    # Gone there and not wanting to come back: "parat yaycha mann navhta", "didn't want to come back".
    # Oneself let go into the water (round 57's reading): "मन करतंय त्या पाण्यात स्वतःला सोडून द्यावं", "गंगा जी में
    # सब बहा दूंगा आज, खुद को भी".
    "we_self_let_go": ("स्वतःला सोडून द्यावं", "स्वतःला सोडून द्यायचं", "swatahla sodun dyava", "swatala sodun dyava",
                       "खुद को भी", "khud ko bhi", "apne aap ko bhi", "myself too", "let myself go", "let myself sink",
                       "खुद को छोड़ दूं", "khud ko chhod du", "स्वतःला झोकून द्यावं", "swatahla zokun dyava"),
    "we_into_water": ("पाण्यात", "panyat", "paanyat", "पानी में", "paani me", "pani me", "into the water"),
    "we_not_back": ("parat yaycha mann navhta", "parat yaycha man navhta", "परत यायचं मन नव्हतं",
                    "परत यायचे मन नव्हते", "parat yavasa vatla nahi", "परत यावंसं वाटलं नाही", "parat yaychach nahi",
                    "परत यायचंच नाही", "wapas aane ka mann nahi", "वापस आने का मन नहीं", "wapas aane ka man nahi",
                    "lautne ka mann nahi", "लौटने का मन नहीं", "wapas nahi aana tha", "वापस नहीं आना था",
                    "didn't want to come back", "didnt want to come back", "did not want to come back",
                    "didnt feel like coming back", "didn't feel like coming back", "never want to come back"),
    # Deep or fast, said of the water the writer sits by: "पाणी खोल आहे", "kitna gehra hai", "paani bahut tez".
    "we_deep": ("पाणी खोल", "paani khol", "pani khol", "khup khol", "खूप खोल", "किती खोल", "kiti khol",
                "kitna gehra", "कितना गहरा", "kitna gahra", "bahut gehra", "बहुत गहरा", "paani bahut tez",
                "पानी बहुत तेज़", "पानी बहुत तेज", "so deep", "how deep", "पोहता पण येत नाही", "pohta pan yet nahi",
                "can't swim", "cant swim", "तैरना नहीं आता", "tairna nahi aata"),
    # Sitting or standing there: "बसलोय", "baslo ahe", "khada hu".
    "we_sat_there": ("बसलोय", "basloy", "baslo ahe", "बसलो आहे", "baslo", "बसलो", "baitha hu", "बैठा हूँ", "बैठा हूं",
                     "khada hu", "खड़ा हूँ", "खड़ा हूं", "ubha ahe", "उभा आहे", "sitting", "standing", "pay sodun",
                     "पाय सोडून", "soch raha", "सोच रहा", "thinking about it", "keep thinking", "jump", "udi", "उडी"),
    # The writer tired now, in Marathi's perfect with "-य": "मी आता थकलोय".
    "we_tired": ("मी आता थकलोय", "mi ata thakloy", "mi aata thakloy", "मी थकलोय", "mi thakloy", "मी आता थकलेय",
                 "mi ata thakley", "मी थकलेय", "main ab thak gaya hu", "main thak gaya hu", "मैं थक गया हूँ",
                 "मैं थक गया हूं", "i'm tired now", "im tired now", "so tired now"),
    # A swim, a walk or fishing by the water is no goodbye.
    "we_leisure": ("swim", "swimming", "walk", "walking", "fishing", "picnic", "photo", "selfie", "boating",
                   "पोहायला", "pohayla", "घूमने", "ghumne", "फिरायला", "firayla", "phirayla",
                   # a journey, a road or a story that ends there
                   "safar", "सफर", "सफ़र", "journey", "route", "trip", "road", "rasta", "रास्ता", "story",
                   "kahani", "कहानी", "episode", "chapter", "goa", "vacation", "holiday", "beach"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # The last message in Marathi's feminine ("msg" taken as "ती") and in English "msg".
    "goodbye": ("शेवटची msg", "shevatchi msg", "शेवटचा msg", "shevatcha msg", "शेवटची मेसेज", "शेवटची message",
                "aakhri msg", "akhri msg", "आखिरी msg", "आखरी msg"),
}

_WATER_OR_EDGE = _g("wr_water", "edge_place", "danger_place", "height")

WHERE_IT_ENDS: tuple[Combination, ...] = (
    Combination(S, (_g("we_ends_here"), _WATER_OR_EDGE + _g("we_water_plain")), 14, across=True,
                unless=_g("we_leisure")),
    Combination(S, (_WATER_OR_EDGE + _g("we_water_plain"), _g("we_feels_near")), 6, across=True,
                unless=_g("we_leisure")),
    Combination(S, (_g("done_me", "we_tired", "tired_now"), _WATER_OR_EDGE, _g("we_right_there")), 16,
                across=True, unless=_g("we_leisure")),
    Combination(S, (_WATER_OR_EDGE + _g("we_water_plain"), _g("we_deep"), _g("we_sat_there")), 12, across=True,
                unless=_g("we_leisure")),
    # Heading to the sea or the edge, and the phone going off: "मी ok नाहीये, samudrakade चाललोय,
    # phone band करतोय" (round 54).
    Combination(S, (_WATER_OR_EDGE + _g("we_water_plain", "coast_place"), _g("heading_now"),
                    _g("unreachable", "tod_withdrawn")), 12, across=True,
                unless=_g("we_leisure", "we_enjoyed", "away_trip", "gone_travelling", "water_leisure", "craving"),
                unless_reach=6),
    Combination(S, (_WATER_OR_EDGE + _g("water_body"), _g("we_calls_me")), 8, across=True,
                unless=_g("we_leisure", "we_enjoyed", "away_trip", "gone_travelling", "water_leisure"), unless_reach=8),
    # Gone to the water or the edge, and no wish to come back from it (round 52).
    Combination(S, (_WATER_OR_EDGE + _g("we_water_plain"), _g("we_not_back")), 14, across=True,
                unless=_g("we_leisure", "we_enjoyed", "wedding", "away_trip", "gone_travelling"), unless_reach=6),
    Combination(S, (_g("apology", "sorry_said"), _g("we_tired", "tired_now"),
                    _g("farewell_word", "bye_typed", "said_bye", "goodbye")), 10, across=True,
                unless=_g("rest_reason")),
    Combination(S, (_WATER_OR_EDGE + _g("we_water_plain", "water_body", "we_into_water"), _g("we_self_let_go")), 10,
                across=True,
                unless=_g("we_leisure", "we_enjoyed", "water_leisure"), unless_reach=4),
)
