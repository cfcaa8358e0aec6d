"""Suicide words: dying, ending, leaving for good, a goodbye."""
from __future__ import annotations

# "for good", "hamesha ke liye": for ever, without "never" (the base "forever" has it, and
# "I'll never leave" is not a goodbye).
_FOR_GOOD = (
    "for good", "forever", "4ever", "4eva", "foreva", "forevr", "for ever", "permanently",
    "hamesha ke liye", "हमेशा के लिए", "hamesha k liye", "hmesha ke liye", "hamesha keliye",
    "sada ke liye", "सदा के लिए", "kayamcha*", "kaymcha*", "कायमच*", "kayamche", "kaymche",
    "कायमचे", "not coming back", "wont come back", "won't come back", "never coming back",
    "wapas nahi aaunga", "वापस नहीं आऊंगा", "wapas nahi aaungi", "parat yenar nahi",
    "परत येणार नाही", "eternally",
)

NEW: dict[str, tuple[str, ...]] = {
    # "khatam hona chahta hu": to be ended, said of oneself.
    # Asking for death, waiting for it.
    "ask_for": (
        "intezaar", "intezar", "intazar", "इंतज़ार", "इंतजार", "mang", "maang", "मांग",
        "maangta", "mangta", "मांगता", "maang raha", "mang raha", "de de", "dede", "de do",
        "दे दे", "दे दो", "hava", "havay", "हवा", "हवाय", "pahije", "पाहिजे", "waiting for",
        "ask for", "asking for", "wait for",
    ),
    # Marathi first person: "mi marto", "मी मरतो" (I am dying / I will die).
    "die_first_person": ("marto", "मरतो", "marte", "मरते", "marnar", "मरणार", "marin", "मरीन",
                         "maren", "मरेन"),
    "first_person_mr": ("mi", "mee", "मी"),
    # "sh" for self-harm in the words of people who do it ("sh urges", "relapsed on sh").
    "sh_short": ("sh",),
    "end_oneself": (
        "khatam hona", "khatm hona", "khtm hona", "khatam hone", "khatm hone", "खत्म होना",
        "ख़त्म होना", "खत्म होने", "sampun jav*", "sampun jaycha", "sampun jayche",
        "संपून जाव*", "संपून जायच*",
    ),
    "first_person_verb": ("hu", "hoon", "hun", "hoo", "हूं", "हूँ", "हु", "हुँ"),
    # Over, said of a life ("ayushya sampla", "जगून काय, सगळं संपलंय").
    "ended": ("sampl*", "संपल*"),
    "why_live": (
        "why", "kyun", "kyu", "kyon", "क्यों", "क्यूं", "kashala", "कशाला", "kashasathi",
        "कशासाठी", "kis liye", "किस लिए", "kisliye",
    ),
    # Leaving someone or something behind: only beside "the world".
    "leave_behind": (
        "chhodne", "chodne", "छोड़ने", "छोडने", "chhod du", "chhod doon", "chhod dun",
        "rukhsat", "रुख़सत", "रुखसत", "vida", "विदा", "uth jana", "uth jaun", "uth jaunga", "uth jaungi", "uth jaaun", "उठ जाना", "उठ जाऊं",
        "उठ जाऊंगा", "उठ जाऊंगी", "chod k", "chhod k", "chod kar", "chhod kar", "chod ke", "chhod ke", "chodna",
        "chhodna", "chodni", "chhodni", "chod du", "chod dunga", "chhod dunga", "chod dungi",
        "chhod dungi", "chod jaunga", "chhod jaunga", "chod dena", "chhod dena",
        "chhod jana", "chod jana", "छोड़ना", "छोड़नी", "छोडना", "छोड़ दूंगा", "छोड़ दूँगा",
        "छोड़ जाऊंगा", "छोड़ के", "छोड़कर", "छोड़ कर", "sodun", "सोडून", "sodaycha",
        "सोडायचं", "sodaychay", "sodun jain", "सोडून जाईन", "sodun jaycha", "left",
        "leave", "leaving", "quit", "exit",
    ),
    "for_good": _FOR_GOOD,
    # Everyday things one leaves or quits for good: not a goodbye.
    "leave_harmless": (
        "job", "city", "town", "house", "home", "ghar", "घर", "office", "company", "country",
        "india", "pune", "mumbai", "delhi", "village", "गांव", "group", "college",
        "school", "hostel", "habit", "news", "reason", "reasons", "cause", "smoking", "drinking",
    ),
    "hope": ("hope", "hoping", "hopefully", "kaash main", "kaash mai", "काश मैं", "kaash mujhe",
             "काश मुझे", "dua", "दुआ", "wish", "wishes"),
    "trapped": (
        "no way out", "no escape", "no way forward", "rasta nahi bacha", "रास्ता नहीं बचा",
        "koi rasta nahi bacha", "only way out", "koi raasta nahi bacha", "marg urla nahi",
        "मार्ग उरला नाही",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    "die": (
        "melo", "मेलो", "melela", "मेलेलं", "मेलेला", "marjava", "marun jav*", "मरून जाव*",
        "marun jaycha", "मरून जायच*", "jal ke mar*", "jalkar mar*", "jal kar mar*",
        "जल के मर*", "जलकर मर*", "doob ke mar*", "doob kar mar*", "डूब के मर*", "डूबकर मर*",
        "budun mar*", "बुडून मर*", "mrutyu", "mrutyoo", "मृत्यू", "marav*", "maraw*",
        "मराव*",
    ),
    # "ant" (end) only as a deed: "ant kar dunga", not "ye ant nahi, shuruaat hai".
    "end": ("ant kar*", "अंत कर*", "anth kar*", "ant ho ja*", "अंत हो जा*", "samapt kar*",
            "समाप्त कर*"),
    "live": (
        "jagnar", "जगणार", "jiunga", "jiyunga", "jeeunga", "जियूंगा", "jiungi", "jiyungi",
        "जियूंगी", "jagun", "जगून",
        "livin", "jiya", "जिया", "jiya jata", "jiya jaata", "जिया जाता", "jeevu", "jivu", "jeeyun", "jagaycha", "jagaychay", "jagaychi", "जगायचं", "जगायचंय",
        "jagaychach", "जगायचंच", "jagnyacha", "जगण्याचा", "stay alive", "staying alive",
        "keep living", "keep breathing", "be alive", "jivant rahaycha", "जिवंत राहायचं",
        "zinda rehna", "zinda rahna", "जिंदा रहना", "ज़िंदा रहना",
    ),
    "life": (
        "lifes", "lyfe", "zindagii", "jindgee", "zindgee", "jeewan", "aayushy*", "ayushy*",
        "आयुष्य*",
    ),
    "jaan": ("jeevach", "जीवच"),
    "give": (
        "dedunga", "dedungi", "dedu", "dedun", "dedoon", "dedenge", "de denge", "dedi",
        "de di", "de diya", "de dena", "dene", "deni", "de deni", "de deta", "de deti",
        "दे दूंगा", "देदूंगा", "देदुंगा", "दे दुंगा", "दे दी", "दे दिया", "देने", "देनी",
        "dyav*", "द्याव*", "dyaychi", "द्यायची", "deun takto", "देऊन टाकतो", "dila", "dili",
        "दिला", "दिली", "dyayla", "द्यायला",
    ),
    "world": (
        "is jahan", "is jahaan", "इस जहां", "इस जहान", "duniyaa", "dunia", "duniyan", "दुनीया", "jagatun", "जगातून", "jagaatun",
        "ya jagat", "या जगात", "this earth", "earth", "sansaar", "this planet",
    ),
    "leave": (
        "go away", "goin away", "going away", "chala jaunga", "chali jaungi", "चला जाऊंगा",
        "चली जाऊंगी", "nighun jain", "निघून जाईन", "leaving", "im leaving", "i'm leaving",
    ),
    "sleep": (
        "zopaych*", "jhopaych*", "झोपायच*", "zopun jav*", "झोपून जाव*", "so jaunga",
        "so jaungi", "so jana", "सो जाऊंगा", "सो जाना", "sona hai", "sona chahta",
        "sona chahti", "सोना है", "go to sleep", "fall asleep", "asleep",
    ),
    "wake": ("getting up", "get up", "uthne", "उठने", "jaagne", "जागने", "उठून", "uthun",
             "wake up again", "wakeup", "uthna", "uthunga", "uthungi", "उठना", "उठूंगा",
             "uthaychach", "उठायचंच", "wake again", "waking"),
    "take_me": ("mala gheun ja", "मला घेऊन जा", "gheun ja", "घेऊन जा", "mujhe le jao",
                "मुझे ले जाओ", "mujhe utha lo", "मुझे उठा लो", "upar bula lo", "ऊपर बुला लो",
                "bula lo", "बुला लो", "take me now", "take me home"),
    "fed_up": (
        "sick and tired", "ub gaya", "ub gayi", "ऊब गया", "ऊब गई", "kantaloy", "कंटाळले",
        "kantala ala", "कंटाळा आलाय", "kantala alay", "haar gaya", "haar gayi", "हार गया",
        "हार गई", "harlo", "हरलो", "haarlo",
    ),
    "breathing": ("breathin", "breath", "saans lena", "सांस लेना"),
    "pointless": (
        "not worth it", "no reason to live", "no reason to stay", "nothing to live",
        "kuch nahi bacha", "कुछ नहीं बचा", "kahich urla nahi", "काहीच उरलं नाही",
        "kahi urla nahi", "kya rakha hai", "क्या रखा है", "kay urlay", "काय उरलंय",
        "kay upyog", "काय उपयोग", "kay fayda", "kasla upyog", "kaay upyog", "kya faayda",
        "why bother living",
        # "what is kept in living": "काय ठेवलंय जगण्यात" (read beside living only, as the rest)
        "kay thevlay", "काय ठेवलंय", "kay thevla ahe", "काय ठेवलं आहे", "kay thevlay ata",
    ),
    "better": ("बेहतर है", "preferable"),
}
