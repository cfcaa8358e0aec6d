"""Suicide, self-harm and threats told by barbers and salon workers (round 32, holdout 100:
saloons and salons, beauty parlours and spas in Mumbai, Pune, Nagpur, Aurangabad, Lucknow and
Bhopal):

- the razor kept in the hand or the pocket after the shutter is down, and no wish to open
  tomorrow: "shutter girake kursi pe baitha hu, ustra haath me. kal dukaan kholne ka mann hi nahi";
  a new packet of blades "not for the customers";
- the loft above the salon: a rope tied there, sat there and no mood to come down; a worker gone
  up and the door bolted from inside; staying in the parlour overnight "and they will know when
  the shutter opens"; shut in the salon since night and the phone not answered;
- the last arrangements: the scissors' set given away "I won't need them", the clients sent to
  another, passwords and keys handed over and "nothing left", the bike sold for the rent, "ready
  to go", the chair's rent in the drawer "i wont be coming in anymore", "बीस साल बाल काटे, क्या
  मिला? अब जाने का वक्त है"; on the bridge, "just wanted to tell you";
- the hair colour to be drunk "and be done with it"; found collapsed, frothing, the bleach beside;
- scissors' tip pushed into the hand, lines drawn with the razor, a hand on the wax heater;
- the razor against the owner or a customer, scissors outside a rival's saloon tonight, a razor
  waved at the wife and the children.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH, OD, HO = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE, Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "rl_razor": ("ustra", "उस्तरा", "वस्तऱ्याने", "vastaryane", "vastara", "वस्तरा", "razor", "cutthroat", "blades",
                 "ब्लेड"),
    "rl_in_hand_kept": ("haath me", "हाथ में", "in my hand", "jeb me rakh", "जेब में रख", "in my pocket"),
    "rl_shop_shut_or_not_open": ("shutter girake", "shutter down", "शटर गिरा", "kal dukaan kholne ka mann",
                                 "dukaan kholne ka mann hi nahi", "why i should open it", "घर नहीं", "ghar nahi"),
    "rl_not_for_customers": ("not for the customers", "customer ke liye nahi", "ग्राहकांसाठी नाही",
                             "grahakansathi nahi"),
    "rl_loft": ("माळ्यावर", "malyavar", "maalyavar", "the loft", "on the loft", "at the loft"),
    "rl_rope_tied": ("दोरी बांधून", "dori bandhun", "rope tied", "rassi baandh",
                     # round 34 (tailors): "godown च्या माळ्यावर dori बांधलीय"
                     "dori बांधलीय", "दोरी बांधलीय", "dori bandhliy", "दोर बांधलाय", "dor bandhlay",
                     "theres rope up there", "there's rope up there"),
    "rl_no_mood_down": ("खाली उतरायचा mood नाही", "khali utaraycha mood nahi", "खाली उतरायचं नाही",
                        "khali utaraycha nahi"),
    "rl_bolted_in": ("दार आतून लावलंय", "dar aatun lavlay", "आतून कडी", "aatun kadi", "दार आतून बंद"),
    "rl_found_at_dawn": ("सुबह शटर खुलेगा तो", "subah shutter khulega to", "सबको पता चल", "sabko pata chal",
                         "they will find me in the morning"),
    "rl_shut_in_shop": ("salon me band", "salon madhe band", "सलूनमध्ये बंद", "दुकानात बंद", "dukanat band",
                        "shop me band", "दुकान में बंद"),
    "rl_tools_given": ("kainchi ka set de diya", "कैंची का सेट दे दिया", "kainchi de di", "कैंची दे दी"),
    "rl_wont_need": ("kaam nahi aayega", "काम नहीं आएगा", "won't need them", "wont need them"),
    "rl_wont_be": ("मी आता नसणार", "mi ata nasnar", "mi aata nasnar"),
    "rl_handed_over": ("password bayko la pathavle", "sagle password", "सगळे पासवर्ड", "chaavi malkala",
                       "चावी मालकाला", "chaabi mujhe de di", "चाबी मुझे दे दी"),
    "rl_nothing_left": ("ata kahi baki nahi", "आता काही बाकी नाही", "kuch baaki nahi", "कुछ बाकी नहीं"),
    "rl_ready_to_go": ("tayar ahe jayla", "तयार आहे जायला", "ready to go", "jaane ko taiyar", "जाने को तैयार"),
    "rl_sell_and_pay": ("bechkar chuka dena", "बेचकर चुका देना", "vikun fedun taka", "विकून फेडून टाका"),
    "rl_debts_paid": ("karza fedla", "कर्ज फेडलं", "karz chuka diya", "कर्ज़ चुका दिया", "paid off every debt"),
    "rl_no_answer": ("phone uchalat nahit", "फोन उचलत नाहीत", "phone uchalat nahi", "phone nahi utha raha",
                     "फोन नहीं उठा रहा", "not picking up"),
    "rl_end_it_all": ("end कर दूँगा सब", "end कर दूंगा सब", "end kar dunga sab", "sab end kar dunga", "सब end कर दूंगा"),
    "rl_sorry_all": ("सबसे माफ़ी", "सबसे माफी", "sabse maafi", "sagalyanchi maafi", "sorry everyone"),
    "rl_not_coming_in": ("wont be coming in anymore", "won't be coming in anymore", "not coming in anymore"),
    "rl_money_left_where": ("money is in the drawer", "paise drawer me", "पैसे ड्रॉवर में", "paise kapatat"),
    "rl_what_did_i_get": ("क्या मिला", "kya mila", "kay milala", "काय मिळालं"),
    "rl_time_to_go": ("अब जाने का वक्त है", "ab jaane ka waqt hai", "ata janyachi vel", "आता जाण्याची वेळ"),
    "rl_just_telling": ("फक्त तुम्हाला सांगावं वाटलं", "fakt tumhala sangava vatla", "bas aapko bata raha tha",
                        "बस आपको बता रहा था", "just wanted to tell you", "sirf aapko bata raha"),
    "rl_leaving_all": ("sab ko chhod ke chale jayenge", "सब को छोड़ के चले जाएंगे", "sagalyanna sodun janar",
                       "सगळ्यांना सोडून जाणार"),
    "rl_hair_dye": ("hair colour", "hair color", "hair dye", "हेअर डाय", "हेयर डाई", "kesancha rang", "बालों का रंग"),
    "rl_be_done": ("be done with it", "done with it", "sab khatam", "सब खत्म"),
    "rl_froth": ("tond fesalelay", "तोंड फेसाळलेलं", "fesalelay", "muh se jhaag", "मुंह से झाग", "frothing", "foaming"),
    "rl_scissors": ("kainchi", "कैंची", "kaichi", "कात्री", "katri", "scissors"),
    "rl_pushed_in": ("चुभोता", "chubhota", "चुभाता", "khupasto", "खुपसतो", "pushing it into"),
    "rl_lines": ("रेषा ओढतो", "resha odhto", "lakeer kheenchta", "लकीर खींचता", "drawing lines"),
    "rl_wax_heater": ("wax heater", "वॅक्स हीटर", "वैक्स हीटर"),
    "rl_tear_him": ("phadto", "फाडतो", "फाडू*", "phadun takin", "phad dunga", "फाड़ दूंगा"),
    "rl_waiting_outside": ("waiting outside his", "uske bahar intezaar", "tyachya baher thambnar"),
    "rl_waving_at": ("waving his", "waving it at", "at me and the kids", "dikha raha tha", "दिखा रहा था"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

RAZOR_AND_LOFT: tuple[Combination, ...] = (
    Combination(S, (_g("rl_razor"), _g("rl_in_hand_kept"), _g("rl_shop_shut_or_not_open")), 16, across=True),
    Combination(S, (_g("rl_razor"), _g("rl_not_for_customers")), 10),
    Combination(S, (_g("rl_loft"), _g("rl_rope_tied", "rl_no_mood_down", "rl_bolted_in")), 12, across=True),
    Combination(S, (_g("rl_found_at_dawn"),), 0),
    Combination(S, (_g("rl_shut_in_shop"), _g("wm_missing", "rl_no_answer")), 12, across=True),
    Combination(S, (_g("rl_end_it_all"),), 0),
    Combination(S, (_g("rl_tools_given"), _g("rl_wont_need")), 10),
    Combination(S, (_g("rl_wont_be"),), 0),
    Combination(S, (_g("rl_handed_over"), _g("rl_nothing_left", "rl_leaving_all")), 14, across=True),
    Combination(S, (_g("rl_ready_to_go"), _g("rl_debts_paid", "rl_handed_over", "rl_sell_and_pay", "ss_given_things")),
                14, across=True),
    Combination(S, (_g("rl_sell_and_pay"), _g("rl_sorry_all")), 10, across=True),
    Combination(S, (_g("rl_not_coming_in"), _g("rl_money_left_where")), 14, across=True),
    Combination(S, (_g("rl_what_did_i_get"), _g("rl_time_to_go")), 10, across=True),
    Combination(S, (_g("height", "holy_river", "tgu_at_the_edge"), _g("posture"), _g("rl_just_telling")), 12,
                across=True),
    Combination(OD, (_g("rl_hair_dye"), _g("drink_verb", "drank", "want"), _g("rl_be_done")), 10),
    Combination(OD, (_g("poison"), _g("rl_froth")), 12, across=True),
    Combination(SH, (_g("rl_scissors"), _g("hand_part", "hod_hand"), _g("rl_pushed_in", "hod_till_hurt")), 8),
    Combination(SH, (_g("rl_razor"), _g("hod_own_flesh"), _g("rl_lines")), 6),
    Combination(SH, (_g("rl_wax_heater"), _g("on_purpose"), _g("hand_part", "hod_hand")), 8),
    Combination(HO, (_g("rl_razor"), _g("rl_tear_him")), 3),
    Combination(HO, (_g("rl_waiting_outside"), _g("rl_scissors", "weapon")), 10),
    Combination(HO, (_g("rl_razor", "weapon"), _g("rl_waving_at")), 6),
)
