"""Harm to others foretold as a reckoning (the first reading of rounds 58-59, holdouts 202, 203,
205, 206, 208 and 209):

- a man's account to be settled soon, with no money in it: "broker Agarwal ne mere 8 lakh
  dubaye. uska hisaab aaj hoga", "त्या ठेकेदाराचा हिशोब आज होणार", "his hisaab is this week",
  "tya contractor cha hisab aaj ratri karto";
- his body foretold to be found ("मेरा पैसा न दिया तो उसकी लाश किसी नाले में मिलेगी", round 60-61);
- a man who will not walk, drive or get up out of a place again: "he wont walk out of the
  scrap yard tomorrow", "तो उद्या यार्डातून चालत बाहेर जाणार नाही", "kal wo bistar se nahi
  uthega".

An account is also what a contractor pays and a doctor's dose is measured by: money given or
received, wages, the bill or "doctor ke hisaab se" beside it keep it quiet, and so does an
account already settled ("पूरा हिसाब हो गया": no day ahead). Out of a deal, a meeting or a
hospital bed, and a child not yet walking, stay quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    # This week, as the day of reckoning: "is hafte", "ya aathvadyat".
    "rf_this_week": ("this week", "is hafte", "इस हफ्ते", "is hafte me", "इस हफ़्ते", "ya aathvadyat",
                     "या आठवड्यात", "ya athavdyat", "this weekend", "tomorrow night", "udya ratri", "उद्या रात्री"),
    # Money on the account's side: paid, given, received, wages, a bill; the doctor's measure.
    "rf_money_side": ("pagar", "पगार", "salary", "सैलरी", "payment", "पेमेंट", "paise milnar", "paise milel",
                      "पैसे मिळतील", "पैसे मिळणार", "paisa milega", "पैसा मिलेगा", "paise milenge", "पैसे मिलेंगे",
                      "milega", "मिलेगा", "milegi", "मिलेगी", "milel", "मिळेल", "milnar", "मिळणार", "dega",
                      "देगा", "denge", "देंगे", "deil", "देईल", "denar", "देणार", "dena", "देना", "dene", "देने",
                      "dyaycha", "द्यायचा", "paid", "cheque", "चेक", "bank", "बैंक",
                      "tankhwah", "तनख्वाह", "mazdoori", "मज़दूरी", "मजदूरी", "majuri", "मजुरी", "udhari",
                      "उधारी", "hisaab se", "हिसाब से", "hisab se", "hisaab-kitaab", "हिसाब किताब",
                      "hisaab kitaab", "dukan", "दुकान", "dukaan", "shop", "gallyacha", "गल्ल्याचा"),
    # The account already settled: "हिसाब किया", "hisheb dila", "पूरा हिसाब हो गया".
    "rf_settled": ("hisaab kiya", "हिसाब किया", "hisab kiya", "hisaab chukaya", "हिसाब चुकाया", "hisaab ho gaya",
                   "हिसाब हो गया", "hisab ho gaya", "hisaab diya", "हिसाब दिया", "hisab diya", "hisheb dila",
                   "हिशेब दिला", "hishob dila", "हिशोब दिला", "hisheb zala", "हिशेब झाला", "hishob zala",
                   "हिशोब झाला", "hisheb kela", "हिशेब केला", "hishob kela", "हिशोब केला"),
    # Will not walk, drive or get up out of a place again.
    "rf_wont_leave": ("wont walk out of", "won't walk out of", "will not walk out of", "wont drive out of",
                      "won't drive out of", "will not drive out of", "doesnt go back down", "doesn't go back down",
                      "wont go back down", "won't go back down", "chalat janar nahi", "चालत जाणार नाही",
                      "chalat baher janar nahi", "चालत बाहेर जाणार नाही", "chalat jaanar nahi",
                      "chalat baher jaanar nahi", "bistar se nahi uthega", "बिस्तर से नहीं उठेगा",
                      "bistar se uth nahi payega", "बिस्तर से उठ नहीं पाएगा", "chal ke bahar nahi jayega",
                      "चल के बाहर नहीं जाएगा", "pairon pe bahar nahi", "पैरों पे बाहर नहीं",
                      # round 60: "he wont go home on his own legs"
                      "wont go home on his own legs", "won't go home on his own legs", "on his own legs",
                      "apne pairon pe ghar nahi", "अपने पैरों पे घर नहीं", "swatachya payavar ghari"),
    # His body, to be found: "उसकी लाश किसी नाले में मिलेगी", "त्याची लाश मिळेल" (round 60-61's reading).
    "rf_his_body": ("उसकी लाश", "uski laash", "uski lash", "त्याची लाश", "tyachi laash", "tyachi lash",
                    "उसकी बॉडी", "his body", "his corpse", "his dead body"),
    "rf_will_be_found": ("मिलेगी", "milegi", "मिलेगा", "milega", "मिळेल", "milel", "सापडेल", "sapdel", "तैरेगी",
                         "tairegi", "will be found", "will float", "will turn up", "they will find"),
    # Out of something that is not a place a man can be kept in: a deal, a meeting, a bed he
    # is ill in; a child that cannot walk yet.
    "rf_not_a_place": ("deal", "contract", "meeting", "marriage", "job", "agreement", "partnership",
                       "movie", "film", "class", "exam", "interview", "relationship", "talks", "hospital",
                       "aspatal", "अस्पताल", "दवाखान्यातून", "davakhanyatun", "doctor", "डॉक्टर", "fracture",
                       "plaster", "प्लास्टर", "operation", "ऑपरेशन", "fever", "bukhar", "बुखार", "tap", "ताप",
                       "baby", "bachcha", "बच्चा", "bal", "बाळ", "weakness", "kamzori", "कमज़ोरी", "कमजोरी"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_TARGET = _g("other_target", "named_target", "third_person", "he_or_she")

RECKONING_FORETOLD: tuple[Combination, ...] = (
    # His account, settled soon: "uska hisaab aaj hoga", "त्याचा हिशोब उद्या रात्री".
    Combination(HO, (_TARGET, _g("account_to_settle"), _g("near_day", "tonight", "rf_this_week")), 6,
                unless=_g("rf_money_side", "rf_settled", "laugh"), unless_reach=4),
    # His body to be found: a death foretold, not one reported ("उसकी लाश मिली" is past).
    Combination(HO, (_g("rf_his_body"), _g("rf_will_be_found")), 6, order=True, unless=_g("laugh")),
    # "he wont walk out of the yard tomorrow", "to udya site varun chalat jaanar nahi".
    Combination(HO, (_TARGET, _g("rf_wont_leave")), 6, order=True,
                unless=_g("rf_not_a_place", "laugh"), unless_reach=4),
)
