"""Suicide told quietly from the family phone (round 13: holdout 36): the bye already said to
everyone in one's head, a rope stowed and the whereabouts kept from everyone, a love passed on
in the past tense ("tell my daughter papa loved her"), "I can't any more" with a bye, sitting
at the dam and not going home, the wish not to see tomorrow, finished inside and wanting to
stop for good, and "I stop now, thank you for everything". Words and the rules that read them
(appended to the area's COMBINATIONS by rules.py).

Each reading needs its second family: a bye said at the bus, a rope for the cattle, "papa
loved mangoes", "I stop here for today's update", quitting drink for good and a picnic at the
dam stay quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Inside one's own head, where a farewell is rehearsed: "in my head", "मन ही मन", "मनातल्या मनात".
    "in_my_head": ("in my head", "in my mind", "in my heart", "mann hi mann", "man hi man", "मन ही मन",
                   "dil hi dil", "दिल ही दिल", "manatlya manat", "manatalya manat", "मनातल्या मनात",
                   "mann me", "मन में", "dil me", "दिल में"),
    # Where the writer is, kept from everyone: "not telling anyone where i am", "मुझे ढूंढना मत".
    "whereabouts_hidden": (
        "not telling anyone where", "wont tell anyone where", "won't tell anyone where", "nobody knows where i",
        "no one knows where i", "dont look for me", "don't look for me", "do not look for me",
        "dont come looking", "don't come looking", "kisi ko nahi bataunga kahan", "kisi ko nahi bata raha kahan",
        "किसी को नहीं बताऊंगा कहां", "किसी को नहीं बताऊंगा कहाँ", "kisi ko nahi pata main kahan",
        "किसी को नहीं पता मैं कहां", "mujhe dhundna mat", "mujhe dhoondhna mat", "मुझे ढूंढना मत",
        "मुझे ढूँढना मत", "mala shodhu naka", "मला शोधू नका", "mala shodhayla yeu naka", "मला शोधायला येऊ नका",
        "mi kuthe ahe konala", "मी कुठे आहे कोणाला", "mi kuthe aahe konala", "kuthe ahe sangnar nahi",
        "कुठे आहे सांगणार नाही", "kuthe ahe te sangnar nahi",
    ),
    # A love told in the past tense by the one who feels it: "papa loved her", "प्यार करते थे".
    "loved_past": ("loved her", "loved him", "loved you", "loved them", "loved u", "pyar karte the",
                   "प्यार करते थे", "pyar karta tha", "प्यार करता था", "pyar karti thi", "प्यार करती थी",
                   "pyaar karte the", "pyaar karta tha", "pyaar karti thi", "prem karat hoto", "प्रेम करत होतो",
                   "prem karat hote", "प्रेम करत होते", "prem karat hoti", "प्रेम करत होती", "khup prem hota",
                   "खूप प्रेम होतं", "jeev hota", "जीव होता"),
    # Someone dead whose love is recalled: not the writer's farewell.
    "departed_elder": ("late", "swargiya", "स्वर्गीय", "passed away", "guzar gaye", "गुज़र गए", "गुजर गए",
                       "nidhan", "निधन", "vaarle", "वारले", "dadi", "दादी", "nani", "नानी", "aaji", "आजी",
                       "ajoba", "आजोबा", "grandma", "grandpa", "granny", "dadaji", "दादाजी", "nanaji", "नानाजी"),
    # "I can't do it any more": "नहीं होगा मुझसे", "माझ्याने होत नाही".
    "beyond_me": ("nahi hoga mujhse", "नहीं होगा मुझसे", "mujhse nahi hoga", "मुझसे नहीं होगा",
                  "nahi hota mujhse", "नहीं होता मुझसे", "mujhse nahi hota", "मुझसे नहीं होता",
                  "majhyane hot nahi", "माझ्याने होत नाही", "mazyane hot nahi", "majhyane nahi honar",
                  "माझ्याने नाही होणार", "mazyakadun hot nahi", "माझ्याकडून होत नाही", "i cant do this",
                  "i can't do this", "i cannot do this"),
    # Not going back home: "ghari parat jaycha nahi", "ghar wapas nahi jaana", "not going home".
    "not_home_again": ("ghari parat jaycha nahi", "घरी परत जायचं नाही", "ghari jaycha nahi", "घरी जायचं नाही",
                       "ghari parat yaycha nahi", "घरी परत यायचं नाही", "ghar wapas nahi jaana",
                       "घर वापस नहीं जाना", "ghar nahi jaunga", "घर नहीं जाऊंगा", "ghar nahi jana",
                       "घर नहीं जाना", "ghar wapas nahi aaunga", "not going home", "not going back home",
                       "wont go home", "won't go home"),
    # The dam by its inflections: "धरणाच्या भिंतीवर", "dharanavar".
    "dam_side": ("dharanachya", "धरणाच्या", "dharnachya", "dharanavar", "धरणावर", "dharnavar", "dharanat",
                 "धरणात", "dam pe", "dam par", "डैम पर", "dam ki", "at the dam", "on the dam"),
    # Wishing not to see tomorrow: "उद्याचा दिवस बघूच नये", "कल का दिन ना देखूं".
    "no_tomorrow": ("udyacha divas baghuch naye", "उद्याचा दिवस बघूच नये", "udyacha divas baghu naye",
                    "उद्याचा दिवस बघू नये", "उद्याचा दिवस पाहू नये", "udyacha divas pahu naye", "उद्याचा दिवस दिसू नये",
                    "udyacha divas disu naye", "उद्याची सकाळ बघूच नये", "उद्याची सकाळ बघू नये", "उद्याची सकाळ पाहू नये",
                    "udyachi sakal baghu naye", "udyachi sakal baghuch naye", "kal ka din na dekhun",
                    "कल का दिन ना देखूं", "कल का दिन न देखूं", "kal ki subah na dekhun", "कल की सुबह ना देखूं",
                    "कल की सुबह न देखूं", "kal ka din dekhna na pade", "कल का दिन देखना ना पड़े",
                    "wish i didnt see tomorrow", "wish i didn't see tomorrow", "wish i wont see tomorrow",
                    "wish i won't see tomorrow", "hope i dont see tomorrow", "hope i don't see tomorrow"),
    # Finished inside, whatever the face shows: "आतून संपलोय", "andar se khatam ho gaya hu".
    "finished_inside": ("aatun samplo*", "atun samplo*", "आतून संपलो*", "aatun sample", "आतून संपले",
                        "andar se khatam", "अंदर से खत्म", "andar se toot gaya", "अंदर से टूट गया",
                        "andar se mar chuka", "अंदर से मर चुका", "dead inside", "finished inside",
                        "empty inside", "khokhla ho gaya", "खोखला हो गया"),
    # Stopping, the writer's own: "थांबायचं आहे", "rukna hai", "मी आता थांबतोय".
    "stop_mine": ("thambaycha", "थांबायचं", "थांबायचंय", "thambaychay", "thambaych", "थांबायचे", "rukna hai",
                "रुकना है", "ruk jaana hai", "रुक जाना है", "want to stop", "wanna stop"),
    # Thanks for everything, the line that closes a life's account: "thank you for everything".
    "thanks_for_all": ("thank you for everything", "thanks for everything", "thank u for everything",
                       "thanku for everything", "sab ke liye shukriya", "सब के लिए शुक्रिया", "sabke liye shukriya",
                       "sab ke liye dhanyavad", "सब के लिए धन्यवाद", "har cheez ke liye shukriya",
                       "saglyasathi dhanyavad", "सगळ्यासाठी धन्यवाद", "saglyabaddal dhanyavad",
                       "सगळ्याबद्दल धन्यवाद", "saglyasathi thank you", "सगळ्यासाठी thank you"),
    # Quitting a habit for good, or stopping work for the day: not the writer's life.
    "stop_harmless": ("daru", "दारू", "sharab", "शराब", "smoking", "cigarette", "tambakhu", "तंबाखू", "gutkha",
                      "गुटखा", "kaam", "काम", "work", "update", "report", "meeting", "class", "today's",
                      "aajchya", "आजच्या", "aaj ke liye", "आज के लिए", "for today", "for now", "here"),
    # Widening this area's lists (signing_off.py, plan_and_courage.py, means.py):
    # "मी आता थांबतोय", the sign-off in the progressive.
    "done_me": ("mi ata thambtoy", "mi aata thambtoy", "मी आता थांबतोय", "मी आता थांबतेय", "mi ata thambtey",
                "ab main ruk raha hu", "अब मैं रुक रहा हूं", "ab main ruk rahi hu", "अब मैं रुक रही हूं"),
    # Only the courage missing, in Marathi: "fakt dhir hot nahi".
    "courage": ("dhir hot nahi", "धीर होत नाही", "fakt dhir", "फक्त धीर", "dhir nahi hot", "धीर नाही होत"),
    # The rope in its instrumental: "doryane".
    "ligature": ("doryane", "दोऱ्याने", "दोर्‍याने", "doryani"),
    # Said bye, done: "bye bol diya", "bye केलं".
    "said_bye": ("bye bol diya", "bye बोल दिया", "bye kar diya", "bye कर दिया", "bye kela", "bye केलं",
                 "bye kele", "bye केले", "goodbye kar diya"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_AWAY = _g("away_trip", "commute", "gone_travelling", "wedding", "leave_harmless")

QUIET_FAREWELLS: tuple[Combination, ...] = (
    # A bye said to everyone in one's head: "already said bye to everyone in my head".
    Combination(S, (_g("said_bye"), _g("everyone_all"), _g("in_my_head")), 6, unless=_AWAY),
    # A rope or a poison stowed, and the whereabouts kept from everyone.
    Combination(S, (_g("ligature", "noose_cord", "poison", "farm_poison"), _g("whereabouts_hidden")), 16,
                across=True, unless=_g("hanging_harmless", "water_leisure", "laugh")),
    # "tell my daughter papa loved her": a love passed on in the past tense (not a grandparent's).
    Combination(S, (_g("relay"), _g("loved_past")), 8, order=True, unless=_g("departed_elder", "told_story")),
    # "अब और नहीं होगा मुझसे. bye".
    Combination(S, (_g("beyond_me"), _g("anymore"), _g("farewell_word", "said_bye", "goodbye", "forgiveness")), 8,
                across=True, unless=_g("task", "work_load", "clock_time", "laugh")),
    # Sitting at the dam or on the bridge, not going home.
    Combination(S, (_g("dam_side", "high_place", "water_body", "rail_line"), _g("not_home_again", "no_return")), 14,
                across=True, unless=_g("water_leisure", "away_trip", "wedding")),
    # Wishing tomorrow would not come.
    Combination(S, (_g("no_tomorrow"),)),
    # Finished inside, and wanting to stop for good: "आतून संपलोय, आता थांबायचं आहे कायमचं".
    Combination(S, (_g("finished_inside", "ended", "fed_up", "done_me"), _g("stop_mine", "stop_word"), _g("for_good")), 10,
                across=True, unless=_g("stop_harmless", "alcohol", "drugs", "quit")),
    # "मी आता थांबतोय. thank you for everything".
    Combination(S, (_g("done_me"), _g("thanks_for_all")), 8, across=True, unless=_g("stop_harmless")),
)
