"""Suicide said indirectly in Marathi- and Hindi-speaking homes, as an ending: this life, this
birth, this game or the last breath ended ("हा जन्म आजच संपवतोय", "saans bhi rok dunga"); the
world vacated or no place left in it ("ये दुनिया खाली कर दूँगा"); sleeping or stopping for ever
("मी पण झोपतो आता कायमचा"); the family freed or at peace when the writer is not there ("mi
nasel tar nirant hoil ti", "त्यांची सुटका करतो"), the insurance money after the writer goes; a
living become unbearable and today the last ("जगणं म्हणजे झूट. आज संपवतो"); another day asked
why on waking; the reply taken as the last, or the writer not there to answer; the funeral chant
or bier for the writer soon; not going home ever after the shame of a lost job; the only way left.

What keeps each quiet is named beside it: a game, a match or a habit ended (drink, a quarrel's
drama); breath held for yoga or a dive; a trip, a meeting or a stay with a friend for the absence;
a chore the writer frees someone of; a policy's premium; leave days used up; an office day; the
elders' daily dialogue ("मेरी अर्थी उठेगी तब समझोगे"); a road or a sale as the one way left.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # This life, this birth, this game, the breath left: what the writer ends.
    "hm_this_life": (
        "हा जन्म", "ha janm", "ha janma", "ye janam", "yeh janam", "ये जन्म", "यह जन्म", "ye janm",
        "हा खेळ", "ha khel", "ye khel", "ये खेल", "this life", "this birth", "ye zindagi",
        "ये ज़िंदगी", "ये जिंदगी", "yeh zindagi", "हे आयुष्य", "he ayushya", "saans", "साँस", "सांस", "श्वास",
        "shwas", "last breath",
    ),
    # Ending or stopping it: "संपवतोय", "rok dunga", "khatam kar dunga", "थांबवतो".
    "hm_end_verb": (
        "sampavto", "संपवतो", "संपवतोय", "sampavtoy", "संपवते", "संपवतेय", "संपवणार", "sampavnar",
        "संपवून टाकतो", "khatam kar dunga", "खत्म कर दूंगा", "ख़त्म कर दूँगा", "खत्म कर दूँगा",
        "khatam karta hu", "ख़त्म करता हूँ", "खत्म करता हूं", "rok dunga", "रोक दूंगा", "रोक दूँगा",
        "rok deta hu", "रोक देता हूं", "thambavto", "थांबवतो", "थांबवणार", "thambavnar", "ending",
        "ending it", "end it", "end this", "finish it", "finishing", "band kar dunga", "बंद कर दूंगा",
    ),
    # A game, a habit or a quarrel ended: the drink, the match, the daily drama.
    "hm_ordinary_ending": (
        "daru", "daaru", "दारू", "sharab", "शराब", "nasha", "नशा", "drinking", "smoking", "cigarette",
        "match", "cricket", "carrom", "cards", "पत्ते", "patte", "pubg", "level", "round", "game khel",
        "jhagda", "झगड़ा", "bhandan", "भांडण", "drama", "natak", "नाटक", "tamasha", "तमाशा", "yoga",
        "योग", "pranayam", "प्राणायाम", "dive", "swim", "swimming", "underwater", "seconds", "second",
        "serial", "series", "season", "chapter", "rishta", "रिश्ता", "relationship", "nata", "नातं", "chess",
        "checkmate", "final", "finals", "sunday", "sundays", "weekend", "lol", "haha", "could", "tournament", "team", "score", "jeet", "haar", "khiladi",
    ),
    # The world vacated, no place left in it, this face no more.
    "hm_world_left": (
        "दुनिया खाली कर", "duniya khali kar", "dunia khali kar", "ये दुनिया खाली", "जग सोडून जातो",
        "jag sodun jato", "leave this world", "leaving this world", "ye duniya chhod", "ये दुनिया छोड़",
        "जगात जागा नाही", "जगातच आता जागा नको", "जगात जागा नको", "jagat jaga nako", "jagat jaga nahi",
        "इस दुनिया में जगह नहीं", "is duniya mein jagah nahi", "no place in this world",
        "no place for me in this world", "chehra hi nahi rahega", "चेहरा ही नहीं रहेगा",
        "chehra nahi rahega", "चेहरा नहीं रहेगा", "हा चेहरा राहणार नाही", "ha chehra rahnar nahi",
    ),
    # A screen's or an app's world: "leave this world of instagram".
    "hm_screen_world": (
        "instagram", "insta", "facebook", "whatsapp", "social media", "twitter", "online", "game",
        "gaming", "serial", "film", "movie", "reel", "reels",
    ),
    # Sleep or a stop or a good night, for ever.
    "hm_sleep_or_stop": (
        "झोपतो", "zopto", "jhopto", "झोपते", "zopte", "थांबतो", "thambto", "थांबते", "शुभरात्री",
        "shubhratri", "good night", "goodnight", "gn", "so jaunga", "सो जाऊंगा", "सो जाऊँगा",
        "so jaungi", "सो जाऊंगी", "सोता हूं", "sota hu", "sleep", "sleeping", "रुकता हूं", "rukta hu",
    ),
    "hm_for_ever": (
        "कायमचा", "kaymcha", "kayamcha", "कायमची", "kaymchi", "kayamchi", "कायमचं", "hamesha ke liye",
        "हमेशा के लिए", "humesha ke liye", "forever", "for ever", "for good", "sada ke liye",
        "सदा के लिए",
    ),
    # The writer not there: "mi nasel tar", "main na rahun to", "when i'm gone".
    "hm_if_not_there": (
        "mi nasel tar", "मी नसेल तर", "mi nasen tar", "मी नसेन तर", "mi naslo tar", "मी नसलो तर",
        "mi nasle tar", "मी नसले तर", "main na rahun to", "मैं न रहूं तो", "main nahi rahunga to",
        "मैं नहीं रहूंगा तो", "mere na rehne se", "मेरे न रहने से", "without me", "when i'm gone",
        "when im gone", "once i'm gone", "better i go", "if i go", "मी गेलो तर", "mi gelo tar",
        "main chala jaun", "मैं चला जाऊं", "मैं चला जाऊँ", "mere jaane se", "मेरे जाने से",
    ),
    # Relief for those left: at peace, free, better, lighter.
    "hm_relief": (
        "nirant", "निरांत", "निवांत", "nivant", "bara", "बरं", "bara hoil", "बरं होईल", "sukhi", "सुखी",
        "azad", "आज़ाद", "आजाद", "free", "sutka", "सुटका", "mokla", "मोकळा", "मोकळं", "mokle", "मोकळे",
        "chain", "चैन", "sukoon", "सुकून", "shanti", "शांती", "peace", "better", "behtar", "बेहतर",
        "khush", "खुश", "LIC", "insurance", "bima", "बीमा", "विमा", "vima", "claim",
    ),
    # Said of the writer's snoring or a tour: the family's ease is a joke about an evening.
    "hm_absence_joked": (
        "ghornyamule", "घोरण्यामुळे", "ghorne", "snoring", "खर्राटे", "kharrate", "tour", "दौऱ्यावर",
        "mhante", "म्हणते", "mhantat", "kehti", "कहती", "kehte", "zoptat", "झोपतात", "gelo ki", "गेलो की",
    ),
    # The family freed or the house emptied by the writer: "त्यांची सुटका करतो", "तुम लोग आज़ाद हो जाओगे".
    "hm_free_them": (
        "सुटका करतो", "sutka karto", "सुटका करते", "sutka karte", "सुटका करणार", "sutka karnar",
        "mokla karun jato", "mokla karun jaato", "मोकळं करून जातो", "मोकळा करून जातो",
        "आज़ाद कर दूंगा", "azad kar dunga", "आजाद कर दूंगा", "आज़ाद हो जाओगे", "azad ho jaoge",
        "आजाद हो जाओगे", "mukt karto", "मुक्त करतो", "mukt kar dunga", "मुक्त कर दूंगा",
        "set you free", "set them free", "free of me", "be free", "बोझ उतार दूँगा", "बोझ उतार दूंगा",
        "bojh utar dunga", "bojh hata dunga", "बोझ हटा दूंगा",
    ),
    # What the family paid or suffers: a loan, land pledged, treatment, rehab, the gold pawned.
    "hm_family_cost": (
        "karz", "कर्ज", "karja", "कर्जा", "karza", "क़र्ज़", "कर्ज़", "loan", "गिरवी", "girvi", "गहाण",
        "gahan", "इलाज", "ilaj", "ilaaj", "dawakhana", "दवाखाना", "dawakhanyacha", "rehab", "kharcha",
        "खर्च", "खर्चा", "dukh", "दुःख", "दुख", "तकलीफ", "taklif", "mangalsutra", "मंगळसूत्र", "सोनं",
        "sona", "zameen", "ज़मीन", "जमीन", "khet", "खेत", "bail", "बैल", "sahukar", "साहूकार",
        "savkar", "सावकार", "emi", "EMI",
    ),
    # A chore or an errand the writer frees someone of, a policy's business.
    "hm_chore_or_policy": (
        "bhandi", "भांडी", "bartan", "बर्तन", "kaam", "काम", "shift", "duty", "chores", "swayampak",
        "स्वयंपाक", "khana bana", "खाना बना", "premium", "renew", "renewal", "agent", "kyc", "policy",
        "maturity", "car", "bike", "health card", "bag", "saman", "सामान", "luggage", "trip", "meeting", "party", "office", "udya",
        "उद्या", "kal", "tomorrow", "ghari", "गावी", "gaavi", "class", "lecture",
    ),
    # Living itself: the breath, life, going on.
    "hm_living": (
        "श्वास", "shwas", "saans", "साँस", "सांस", "जगणं", "jagna", "jagan", "jeena", "जीना", "jina",
        "living", "breathing", "zindagi", "ज़िंदगी", "जिंदगी", "आयुष्य", "ayushya", "life",
    ),
    # Become unbearable, a lie, a punishment.
    "hm_unbearable": (
        "नकोसं", "nakosa", "nakos", "नकोस", "jhoot", "झूट", "झूठ", "खोटं", "khota", "bhaari", "भारी",
        "सजा", "saza", "sazaa", "meaningless", "pointless", "unbearable", "bojh", "बोझ", "ओझं", "ojha",
    ),
    # Today the last, or ending it today.
    "hm_today_last": (
        "आज शेवटचा", "aaj shevatcha", "आजचाच शेवटचा", "aajchach shevatcha", "आजच शेवटचा", "aaj sampavto",
        "आज संपवतो", "आज संपवते", "aaj aakhri", "आज आखिरी", "आज आख़िरी", "today is the last",
        "tonight is the last", "aaj ki raat aakhri", "आज की रात आखिरी", "sampavto", "संपवतो", "संपवतोय",
    ),
    # No days left: "माझ्याकडे एकही day उरलेला नाही".
    "hm_no_days_left": (
        "एकही day उरलेला नाही", "ekhi day urlela nahi", "एकही दिवस उरलेला नाही", "ekhi divas urlela nahi",
        "एकही दिवस उरला नाही", "koi din nahi bacha", "कोई दिन नहीं बचा", "ek bhi din nahi bacha",
        "एक भी दिन नहीं बचा", "no days left", "not a single day left", "no day left",
    ),
    # The days that do run out: leave, a holiday, a deadline, a course.
    "hm_counted_days": (
        "leave", "chhutti", "छुट्टी", "sutti", "सुट्टी", "deadline", "submission", "exam", "course",
        "visa", "notice period", "trial", "recharge", "plan", "validity", "subscription", "offer",
    ),
    # Waking, and another day asked why: "uthlyavar ... ajun ek divas ka".
    "hm_waking": (
        "uthlyavar", "उठल्यावर", "uthte hi", "उठते ही", "wake up", "waking", "woke up", "sakali",
        "सकाळी", "subah", "सुबह", "morning",
    ),
    "hm_another_day_why": (
        "ajun ek divas ka", "अजून एक दिवस का", "aur ek din kyun", "aur ek din kyon", "ek aur din kyon",
        "ek aur din kyun", "एक और दिन क्यों", "और एक दिन क्यों", "why another day", "another day why",
        "one more day for what", "ajun ek divas kashala", "अजून एक दिवस कशाला",
    ),
    # Not there to answer: "मी उत्तर द्यायला नसेन".
    "hm_not_there_to_answer": (
        "उत्तर द्यायला नसेन", "uttar dyayla nasen", "फोन उचलायला नसेन", "phone uchalayla nasen",
        "जवाब देने के लिए नहीं रहूंगा", "jawab dene ke liye nahi rahunga", "jawab dene ko nahi rahunga",
        "won't be there to answer", "wont be there to answer", "won't be around to answer",
        "won't be here to reply", "wont be here to reply", "won't be there to pick up",
    ),
    # An ordinary absence from the phone: a trip, no network, a meeting.
    "hm_away_from_phone": (
        "network", "range", "battery", "charging", "meeting", "trip", "gaavi", "गावी", "flight",
        "train", "ghat", "trek", "camp", "shibir", "शिबिर", "retreat", "vipassana", "silent", "exam",
        "hospital shift", "night shift", "duty", "pariksha", "परीक्षा", "udya", "उद्या",
        "tomorrow", "lecture", "class",
    ),
    # The funeral chant or the bier: said for the writer, soon.
    "hm_bier": (
        "राम नाम सत्य", "ram naam satya", "ram nam satya", "arthi", "अर्थी", "तिरडी", "tirdi",
        "antyayatra", "अंत्ययात्रा", "shav yatra", "शवयात्रा", "funeral",
    ),
    "hm_mine": (
        "मेरे लिए भी", "mere liye bhi", "मेरे लिए", "mere liye", "meri", "मेरी", "majhi", "माझी", "my",
        "for me", "for me too", "majhyasathi", "माझ्यासाठी",
    ),
    "hm_soon": (
        "jaldi", "जल्दी", "तैयारी कर ली", "taiyari kar li", "तयारी केली", "tayari keli", "lavkar",
        "लवकर", "soon", "ready", "tayar", "तयार",
    ),
    # The elders' daily dialogue and a film's scene: the bier said as a scolding.
    "hm_said_as_scolding": (
        "barsi", "बरसी", "shraddh", "श्राद्ध", "punyatithi", "पुण्यतिथि", "पुण्यतिथी", "dadaji",
        "दादाजी", "ajoba", "आजोबा", "tab samjhoge", "तब समझोगे", "samjhoge", "समझोगे", "yaad karoge", "याद करोगे", "kehti", "कहती",
        "kehte", "कहते", "mhante", "म्हणते", "mhantat", "म्हणतात", "dialogue", "डायलॉग", "film", "movie",
        "serial", "dadi", "दादी", "nani", "नानी", "aaji", "आजी", "dada", "दादा",
    ),
    # Shame of facing home: "किस मुँह से घर जाऊँ", "what face will i show".
    "hm_face_shame": (
        "kis munh se", "किस मुँह से", "किस मुंह से", "kis muh se", "कोणत्या तोंडाने", "kontya tondane",
        "tond kasa dakhvu", "तोंड कसं दाखवू", "what face will i show", "what face do i show",
        "how will i face", "munh kaise dikhaun", "मुँह कैसे दिखाऊँ", "मुंह कैसे दिखाऊं",
    ),
    "hm_no_home_ever": (
        "not go home at all", "never go home", "not go home ever", "ghar jana hi nahi", "घर जाना ही नहीं",
        "ghari jaycha ch nahi", "घरी जायचंच नाही", "ghari jaychach nahi", "ghar nahi jaunga kabhi",
        "घर कभी नहीं जाऊंगा", "not going home ever", "never going home",
    ),
    # A night at a friend's, a hostel or a lodge: the absence of one evening.
    "hm_stay_elsewhere": (
        "rukunga", "रुकूंगा", "stay at", "staying at", "dost ke", "दोस्त के", "mitrakade", "मित्राकडे",
        "hostel", "hotel", "lodge", "mama", "मामा", "tonight", "aaj raat", "आज रात",
    ),
    # The reply, too, taken as the last: "he shevatcha reply samja".
    "hm_this_reply": ("reply", "ha reply", "हा reply", "he reply", "हे reply", "this reply", "हे उत्तर",
                      "he uttar", "ye jawab", "ये जवाब", "uttar", "उत्तर", "jawab", "जवाब"),
    # Only one way left: "एकच मार्ग उरला", "ab ek hi rasta bacha".
    "hm_one_way_left": (
        "एकच मार्ग उरला", "ekach marg urla", "एकच मार्ग उरलाय", "ekach marg", "एकच मार्ग",
        "ek hi rasta bacha", "एक ही रास्ता बचा", "ab ek hi rasta", "अब एक ही रास्ता", "only one way left",
        "one way left", "only one way out", "no way out except one", "no way out of this except one",
        "no way out but one", "one way out left", "ekach rasta urla", "एकच रस्ता उरला",
    ),
    # A road, or a practical step: the way that is a route or a sale.
    "hm_practical_way": (
        "road", "traffic", "diversion", "flyover", "bridge", "pool", "पूल", "bus", "route", "gaadi",
        "gadi", "jam", "shortcut", "vikaycha", "विकायचं", "vikne", "विकणे", "bechna", "बेचना", "sell",
        "apply", "court", "police", "complaint", "takrar", "तक्रार", "bank", "loan", "job", "naukri",
        "नोकरी", "नौकरी", "call", "meeting", "kaam", "काम", "रस्ता", "रस्ता बंद", "rasta band", "जायला",
        "jayla", "jane ke liye", "जाने के लिए", "to get there", "to reach", "parking", "exit", "gate", "building",
        "mall", "stadium", "maze", "game", "level", "station", "माफी मागणे", "maafi maangna",
        "माफी मागावी", "sorry bolna", "apology", "बोलून", "bolun", "baat karke", "बात करके", "talk to",
        "vicharun", "विचारून", "karna padega", "करना पड़ेगा", "करावं लागेल", "karava lagel", "padega",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

ENDED_AT_HOME: tuple[Combination, ...] = (
    # This life, this birth, this game, the breath: ended, unless a game, a habit or a dive.
    Combination(S, (_g("hm_this_life"), _g("hm_end_verb")), 5,
                unless=_g("hm_ordinary_ending", "alcohol"), unless_reach=6),
    # The world vacated, no place left in it, this face no more; an app's world is another.
    Combination(S, (_g("hm_world_left"),), 0, unless=_g("hm_screen_world"), unless_reach=6),
    # Sleep, a stop or a good night, for ever.
    Combination(S, (_g("hm_sleep_or_stop"), _g("hm_for_ever")), 4,
                unless=_g("hm_ordinary_ending", "alcohol"), unless_reach=4),
    # The family at peace when the writer is not there; a trip or a meeting is an evening's absence.
    Combination(S, (_g("hm_if_not_there"), _g("hm_relief")), 6,
                unless=_g("hm_chore_or_policy", "alcohol", "hm_absence_joked"), unless_reach=8),
    # The family freed by the writer, after what he cost them.
    Combination(S, (_g("hm_free_them"), _g("hm_family_cost")), 24, across=True,
                unless=_g("hm_chore_or_policy"), unless_reach=4),
    # Living become unbearable, and today the last.
    Combination(S, (_g("hm_living"), _g("hm_unbearable"), _g("hm_today_last")), 16, across=True,
                unless=_g("alcohol", "hm_ordinary_ending"), unless_reach=4),
    # No days left, and today the last; leave or a deadline is a count of days.
    Combination(S, (_g("hm_no_days_left"), _g("hm_today_last", "exr_last_form")), 10, across=True,
                unless=_g("hm_counted_days"), unless_reach=10),
    # Waking, and another day asked why.
    Combination(S, (_g("hm_waking"), _g("hm_another_day_why")), 16, across=True),
    # Not there to answer; a trip or no network is only away from the phone.
    Combination(S, (_g("hm_not_there_to_answer"),), 0, unless=_g("hm_away_from_phone"), unless_reach=12),
    # The funeral chant or the bier, for the writer, soon; an elder's daily scolding is not.
    Combination(S, (_g("hm_bier"), _g("hm_mine"), _g("hm_soon")), 12, across=True,
                unless=_g("hm_said_as_scolding"), unless_reach=12),
    # The shame of facing home, and not going home ever; a night at a friend's is one evening.
    Combination(S, (_g("hm_face_shame"), _g("hm_no_home_ever", "exr_not_returning")), 16, across=True,
                unless=_g("hm_stay_elsewhere"), unless_reach=10),
    # The reply taken as the last; the last reply about a topic or a day is not.
    Combination(S, (_g("hm_this_reply"), _g("exr_last_form"), _g("exr_take_as")), 5,
                unless=_g("exr_last_of_a_thing"), unless_reach=5),
    # Only one way left, unless it is a road or a practical step.
    Combination(S, (_g("hm_one_way_left"),), 0, unless=_g("hm_practical_way"), unless_reach=8),
)
