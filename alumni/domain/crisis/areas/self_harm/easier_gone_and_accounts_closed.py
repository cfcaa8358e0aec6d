"""Suicide told as dying being the easier way, the writer's accounts closed before going, and the
place to go from chosen (the reading of rounds 66-67, holdouts 234, 235, 237-240):

- dying easier than this: "मर जाना ज़्यादा easy लगता है", "marna aasan lagta hai" ("marna aasan nahi"
  says the opposite, and stays quiet);
- every debt returned, before going: "sagle clients la call karun advance parat kele. kunacha dena
  baki nako, jatana", "Returned every advance ... Thats how I wanted to leave it before I go"; a trip
  or a wedding named is an ordinary leaving;
- the writer's own account to be closed today: "जाताना आईला म्हणाले माझा हिशोब आज संपवतो" (a job's or a
  shop's accounts stay quiet);
- this breath stopped for good: "आता हा श्वास पण कायमचा बंद करायचाय";
- the window or the floor, and going from right there today: "दहाव्या मजल्यावरची खिडकी उघडी असते. आज
  तिथूनच जाईन";
- all freed if the writer went: "me gelo tar sagle sutatil";
- the drop measured, and not being well: "me just measuring the drop. im not ok";
- the terrace's lock broken the day before, and all over: "kal market khulne se pehle sabkhatam.
  terrace ka tala maine kal hi tod diya tha".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Dying, as a thing to do: "marna", "मर जाना", "मरण".
    "eg_to_die": ("marna", "मरना", "mar jana", "मर जाना", "mar jaana", "marjana", "maran", "मरण", "मरणं", "marun jana",
                  "मरून जाणं", "marun jaana", "dying", "to die"),
    # ... easier, simpler: "aasan", "ज़्यादा easy", "सोपं".
    "eg_easier": ("aasan", "आसान", "asaan", "asan", "easy", "easier", "zyada easy", "ज़्यादा easy", "jyada easy",
                  "ज्यादा easy", "sopa", "सोपं", "sopa vatta", "सोपं वाटतं", "saral", "सरल", "simple"),
    "eg_not": ("nahi", "नहीं", "nahin", "नाही", "not", "isnt", "isn't", "nhi"),
    # Every debt returned: "kunacha dena baki nako", "returned every advance", "i owe nobody".
    "eg_debts_cleared": ("kunacha dena baki nako", "कुणाचं देणं बाकी नको", "konacha dena baki nako",
                         "कोणाचं देणं बाकी नको", "kisi ka dena baaki nahi", "किसी का देना बाकी नहीं",
                         "kisi ka karz baaki nahi", "किसी का कर्ज़ बाकी नहीं", "किसी का कर्ज बाकी नहीं",
                         "nothing pending", "nobody owes me", "i owe nobody", "i owe no one", "owe nothing to anyone",
                         "sabka hisaab chukta", "सबका हिसाब चुकता", "sab ka hisaab chukta", "returned every advance",
                         "advance parat kele", "advance परत केले", "saglyanche paise parat kele",
                         "सगळ्यांचे पैसे परत केले", "sabke paise lauta diye", "सबके पैसे लौटा दिए", "paid everyone back",
                         "cleared all my debts", "nobody can say i left", "left a debt behind"),
    # ... before going: "jatana", "before I go", "जाने से पहले".
    "eg_before_going": ("jatana", "जाताना", "before i go", "before i leave", "before im gone", "before i'm gone",
                        "jaane se pehle", "जाने से पहले", "janyapurvi", "जाण्यापूर्वी", "janyaadhi", "जाण्याआधी",
                        "wanted to leave it", "im done", "i'm done", "i am done"),
    "eg_trip": ("gavi", "गावी", "gaon", "गांव", "trip", "yatra", "यात्रा", "tour", "holiday", "vacation", "shaadi",
                "शादी", "lagna", "लग्न", "transfer", "new job", "navin kaam", "नवीन काम", "city", "shahar"),
    # The writer's own account closed today: "माझा हिशोब आज संपवतो", "अपना हिसाब बंद".
    "eg_my_account_closed": ("माझा हिशोब आज संपवतो", "माझा हिशोब संपवतो", "maza hishob sampavto",
                             "maza hishob aaj sampavto", "majha hishob sampavto", "maza hisab sampavto",
                             "apna hisaab khatam karta", "अपना हिसाब खत्म करता", "apna hisab khatam kar",
                             "अपना हिसाब खत्म कर", "apna hisaab band", "अपना हिसाब बंद", "इस दुनिया से अपना हिसाब",
                             "is duniya se apna hisaab"),
    "eg_accounts_of_work": ("naukri", "नौकरी", "job", "pagar", "पगार", "salary", "seth", "शेठ", "सेठ", "dukan",
                            "दुकान", "udhaar", "उधार", "khata", "खाता", "bank", "बँक", "payment", "company", "कंपनी"),
    # This breath stopped for good: "हा श्वास पण कायमचा बंद करायचाय".
    "eg_breath": ("श्वास", "shwas", "swas", "shvas", "saans", "सांस", "साँस", "breath", "breathing"),
    "eg_stopped_for_good": ("कायमचा बंद", "kayamcha band", "hamesha ke liye band", "हमेशा के लिए बंद",
                            "band karaychay", "बंद करायचाय", "बंद करायचा आहे", "band karna hai", "बंद करना है",
                            "stop for good", "stop forever", "रोकनी है हमेशा", "thambvaycha aahe", "थांबवायचा आहे"),
    # The window of a high floor, and going from right there: "तिथूनच जाईन", "वहीं से जाऊंगा".
    "eg_window": ("खिडकी", "khidki", "khidaki", "खिड़की", "window", "मजल्यावरची", "majlyavarchi", "floor"),
    "eg_go_from_there": ("तिथूनच जाईन", "tithunach jain", "tithunach jaeen", "तिथून जाईन", "tithun jain",
                         "वहीं से जाऊंगा", "wahin se jaunga", "wahi se jaunga", "वहीं से कूद", "wahin se kood",
                         "go from there", "jump from there", "tithunach udi", "तिथूनच उडी"),
    # If the writer went, all would be freed: "me gelo tar sagle sutatil".
    "eg_if_i_went": ("me gelo tar", "mi gelo tar", "मी गेलो तर", "मी गेले तर", "mi gele tar", "main chala jaun to",
                     "मैं चला जाऊं तो", "मैं चला जाऊँ तो", "main chala gaya to", "मैं चला गया तो", "if i was gone",
                     "if i were gone"),
    "eg_all_freed": ("sagle sutatil", "सगळे सुटतील", "sutatil", "सुटतील", "sab chhut jayenge", "सब छूट जाएंगे",
                     "chhutkara", "छुटकारा", "free ho jayenge", "फ्री हो जाएंगे", "sukhi hotil", "सुखी होतील",
                     "sukhi rahenge", "सुखी रहेंगे", "better off", "will be free"),
    # The drop measured, and not well: "measuring the drop. im not ok".
    "eg_drop_measured": ("measuring the drop", "measured the drop", "measure the drop", "kitni unchai hai",
                         "कितनी ऊंचाई है", "kiti unchi aahe", "किती उंची आहे", "उंची मोजतोय", "unchi mojtoy",
                         "height naap raha", "ऊंचाई नाप रहा"),
    "eg_not_ok": ("im not ok", "i'm not ok", "i am not ok", "not okay", "im not okay", "theek nahi hu",
                  "ठीक नहीं हूं", "ठीक नहीं हूँ", "bara nahi", "बरं नाही", "mi theek nahi", "मी ठीक नाही"),
    # The terrace's lock broken in advance, and all over: "terrace ka tala maine kal hi tod diya tha".
    "eg_lock": ("tala", "ताला", "kulup", "कुलूप", "lock", "लॉक"),
    "eg_broken": ("tod diya", "तोड़ दिया", "tod diya tha", "toda", "तोड़ा", "todla", "तोडलं", "todle", "तोडले",
                  "broke", "broken"),
    "eg_all_over": ("sabkhatam", "sab khatam", "सब खत्म", "सबखत्म", "sagla sampel", "सगळं संपेल", "its over",
                    "it's over", "the end", "khel khatam", "खेल खत्म"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

EASIER_GONE_AND_ACCOUNTS_CLOSED: tuple[Combination, ...] = (
    Combination(S, (_g("eg_to_die"), _g("eg_easier")), 4, order=True, unless=_g("eg_not"), unless_reach=1),
    Combination(S, (_g("eg_debts_cleared"), _g("eg_before_going")), 24, across=True,
                unless=_g("eg_trip", "away_trip", "wedding"), unless_reach=8),
    Combination(S, (_g("eg_my_account_closed"),), 0, unless=_g("eg_accounts_of_work"), unless_reach=6),
    Combination(S, (_g("eg_breath"), _g("eg_stopped_for_good")), 4),
    Combination(S, (_g("eg_window", "sr_place_gone_to", "al_high_floor"), _g("eg_go_from_there")), 16, across=True),
    Combination(S, (_g("eg_if_i_went"), _g("eg_all_freed")), 4, order=True),
    Combination(S, (_g("eg_drop_measured"), _g("eg_not_ok")), 12, across=True),
    Combination(S, (_g("al_terrace", "roof_top", "high_place"), _g("eg_lock"), _g("eg_broken"), _g("eg_all_over")),
                16, across=True),
)
