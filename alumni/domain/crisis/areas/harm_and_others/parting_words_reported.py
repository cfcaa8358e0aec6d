"""A man gone from home, and what he said or did as he left, told by his wife, mother, sister or
friend (the second reading of rounds 58-59, holdouts 202, 203, 205, 206, 208 and 209): "मैं उसकी
wife हूँ, phone switch off है और जाते वक्त सबसे माफी माँग के गया", "mi tyanchi bayko boltey, ratri
pasun ghari nahit, jatana aai che paay padun gele", "जाताना म्हणाला आता भेटणार नाही", "जाते वक्त
बोला था bye for ever", "jatana mhanale mulanchi kalji ghe. phone switch off".

Each part alone is a day's news: a man late home with his phone off, a goodbye before a trip,
"take care of the kids" said at the door before a shift. Together, the parting words and the
absence since are what a family reports when it is afraid. A destination named (the village, the
wife's mother's place, the duty, a trip, a party) or a song's "alvida" on the status keeps it quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # As he left: "jaate waqt", "जाताना", "before leaving".
    "pw_as_he_left": ("jaate waqt", "jate waqt", "जाते वक्त", "जाते वक़्त", "jaate samay", "जाते समय", "jate samay",
                      "jaate jaate", "जाते जाते", "jatana", "jaatana", "जाताना", "nightana", "निघताना",
                      "before leaving", "when he left", "as he left", "while leaving", "before he left",
                      "shevti bolla", "शेवटी बोलला", "shevti mhanala", "शेवटी म्हणाला",
                      # or said since, on the phone or a status: "phone var bolle mulanna sambhal"
                      "phone var bolle", "phone वर बोलले", "phone var bolla", "phone pe bola", "phone pe bole",
                      "फोनवर बोलले", "फोनवर बोलला", "फोन पे बोला", "status var", "status वर", "status pe",
                      "status पे", "स्टेटसवर", "स्टेटस पे"),
    # Not home since, gone: "रात से घर नहीं आए", "ratri pasun ghari nahit", "बेपत्ता".
    "pw_not_back": ("ghari nahit", "घरी नाहीत", "ghari nahi", "घरी नाही", "घरी आले नाहीत", "ghari ale nahit",
                    "ghari nahi ale", "ghari aala nahi", "घरी आला नाही", "ghar nahi aaye", "घर नहीं आए",
                    "ghar nahi aaya", "घर नहीं आया", "ghar nahi aye", "raat se", "रात से", "ratri pasun",
                    "रात्रीपासून", "raatri pasun", "kal se gayab", "gayab", "गायब", "bepatta", "बेपत्ता",
                    "not home", "hasnt come home", "hasn't come home", "didnt come home", "didn't come home",
                    "missing"),
    # What he said or did in parting: a sorry to all, a hug and tears, her feet touched, the
    # children entrusted, not to be looked for, bye for ever.
    "pw_parting": ("gale laga", "गले लगा", "gale lagake", "गले लगाके", "roye the", "रोए थे", "roya tha", "रोया था",
                   "radle", "रडले", "radla", "रडला", "paay padun", "पाय पडून", "paya padun", "पाया पडून",
                   "pair chhu", "पैर छू", "pair chhuye", "पैर छुए", "bye for ever", "bye forever", "mulanna sambhal",
                   "मुलांना सांभाळ", "mulanchi kalji ghe", "मुलांची काळजी घे", "bachon ko sambhal", "बच्चों को संभाल",
                   "bachchon ko sambhal", "bachon ka dhyan", "बच्चों का ध्यान", "shodh gheu naka", "शोध घेऊ नका",
                   "mat dhundna", "मत ढूंढना", "sorry all", "sabse maafi", "सबसे माफी", "sagalyanchi maafi",
                   "सगळ्यांची माफी", "bhetnar nahi", "भेटणार नाही", "nahi milunga", "नहीं मिलूंगा",
                   "muke ghetle", "मुके घेतले", "पोरांचे मुके", "kissed the kids", "kissed the children",
                   "kahich bolle nahit", "काहीच बोलले नाहीत", "kahich bolla nahi", "काहीच बोलला नाही",
                   "kuch nahi bola", "कुछ नहीं बोला", "kuch nahi bole", "कुछ नहीं बोले", "said nothing"),
    # Gone somewhere named: the village, her mother's place, a trip, the duty.
    "pw_somewhere": ("gaon", "गांव", "गाँव", "gavi", "गावी", "gavala", "गावाला", "maher", "माहेर", "maika", "मायका",
                     "मायके", "trip", "tour", "duty", "ड्यूटी", "shift", "शिफ्ट", "office", "ऑफिस", "kamavar", "कामावर",
                     "pohochla", "पोहोचला", "pohochle", "पोहोचले", "pahunch", "पहुंच", "reached",
                     # a party, a wedding, a song's goodbye on the status
                     "party", "पार्टी", "shaadi", "शादी", "lagnala", "लग्नाला", "song", "सॉंग", "movie", "match"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

PARTING_WORDS_REPORTED: tuple[Combination, ...] = (
    Combination(S, (_g("pw_as_he_left"), _g("pw_parting", "apology", "tp_goodbye", "rd_wont_meet", "lla_never_meet",
                                          "exr_bye", "entrust", "hand_over", "given_away"),
                    _g("pw_not_back", "nl_phone_off", "gone_missing", "ps_not_home")), 24, across=True,
                unless=_g("pw_somewhere"), unless_reach=6),
)
