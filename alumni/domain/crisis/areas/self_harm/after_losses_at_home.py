"""Suicide said indirectly in Marathi- and Hindi-speaking homes after a loss: standing on a high
terrace after a job lost or with nothing to tell the parents; leaning forward at a terrace's
edge; the burden taken off the parents after what they spent ("उनके सिर से ये बोझ आज उतार
दूँगा"); the family to cry for the thirteen days of mourning and then be free; what comes after
death to be found out today; the family told they will be free beside a gun; fed up and
stopping everything now; never to be seen by anyone again, said crying or before the phone goes
off.

What keeps each quiet is named beside it: a kite, a photo, a view or a stretch on the terrace; a
chore for the burden; a grandparent's rites for the mourning days; a documentary or a sermon for
what comes after death; a hunt or a licence for the gun; a rest, a break or tomorrow for the
stopping; a trip, a detox or a game of hide and seek for not being seen.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # A terrace, a roof, a railing: where a high floor opens.
    "al_terrace": (
        "terrace", "टेरेस", "gachchi", "गच्ची", "गच्चीवर", "gachhivar", "chhat", "छत", "छत पर", "railing",
        "रेलिंग", "balcony", "बाल्कनी", "parapet", "कठडा",
    ),
    "al_high_floor": ("floor", "मजला", "majla", "मजल्यावर", "majlyavar", "manzil", "मंज़िल", "मंजिल",
                      "storey", "building", "इमारत", "imarat"),
    # A job lost, nothing to tell the parents: the weight the writer carries up.
    "al_loss_to_tell": (
        "job गेली", "job geli", "job gayi", "job गई", "naukri gayi", "नौकरी गई", "नौकरी चली गई",
        "नोकरी गेली", "nokri geli", "lost the job", "lost my job", "fired", "layoff", "laid off",
        "काय सांगू", "kay sangu", "kya bataun", "क्या बताऊं", "क्या बताऊँ", "what will i tell",
        "what do i tell", "karz", "कर्ज", "loan", "emi", "EMI",
    ),
    # Leaning forward at the edge.
    "al_lean_forward": (
        "leaning forward", "lean forward", "just leaning", "jhuk jaun", "झुक जाऊं", "pudhe jhukava",
        "पुढे झुकावं", "पुढे झुकायचं", "aage jhuk", "आगे झुक", "let myself fall", "just let go",
    ),
    # A kite, a photo, a view, a stretch: the terrace's ordinary pastimes.
    "al_terrace_use": (
        "kite", "patang", "पतंग", "photo", "selfie", "view", "sunrise", "sunset", "stretch", "yoga",
        "exercise", "walk", "party", "kapde", "कपडे", "वाळत", "drying", "tank", "टाकी", "dish", "antenna",
        "chai", "चहा", "phone pe baat", "network", "cricket", "match",
    ),
    # The burden taken off the parents.
    "al_burden": ("बोझ", "bojh", "ओझं", "ojha", "burden", "भार", "bhaar"),
    "al_taken_off": (
        "उतार दूँगा", "उतार दूंगा", "utar dunga", "hata dunga", "हटा दूंगा", "हटा दूँगा", "उतरवतो",
        "utarvto", "कमी करतो", "kami karto", "lift it", "take it off", "remove it",
    ),
    "al_what_they_spent": (
        "गिरवी", "girvi", "गहाण", "gahan", "इलाज", "ilaj", "ilaaj", "rehab", "karz", "कर्ज", "loan",
        "khet", "खेत", "zameen", "ज़मीन", "जमीन", "sona", "सोना", "सोनं", "kharcha", "खर्चा", "खर्च",
    ),
    "al_chore": ("kaam", "काम", "bag", "saman", "सामान", "luggage", "bartan", "bhandi", "भांडी", "shift",
                 "duty", "ghar ka kaam", "खरीदारी", "shopping"),
    # The thirteen days of mourning; the family crying, then free.
    "al_mourning_days": (
        "13 days", "thirteen days", "13 din", "तेरह दिन", "१३ दिन", "13 divas", "१३ दिवस", "तेरावं",
        "terva", "terahvi", "तेरहवीं", "teravi", "तेराव्या",
    ),
    "al_will_cry": ("will cry", "cry for", "royenge", "रोएंगे", "रोयेंगे", "रडतील", "radtil", "rote rahenge",
                    "रोते रहेंगे", "mourn", "shok", "शोक"),
    "al_then_free": ("free", "azad", "आज़ाद", "आजाद", "मोकळे", "mokle", "sutka", "सुटका", "mukt", "मुक्त",
                     "relieved", "best gift", "gift"),
    "al_rites_of_another": ("dadaji", "दादाजी", "dadi", "दादी", "aaji", "आजी", "ajoba", "आजोबा", "nanaji",
                            "नानाजी", "uncle", "kaka", "काका", "mama", "मामा", "pooja", "पूजा", "brahman",
                            "pandit", "पंडित", "bhoj", "भोज", "jevan", "जेवण"),
    # What comes after death, to be found out today.
    "al_after_death": (
        "जाने वाले", "jaane wale", "jane wale", "duniya se jaane", "दुनिया से जाने", "मरने के बाद",
        "marne ke baad", "after death", "उस पार", "us paar", "मेल्यावर", "melyavar", "मेल्यानंतर",
        "swarg", "स्वर्ग", "heaven", "parlok", "परलोक",
    ),
    "al_found_out_today": (
        "आज पता चल जाएगा", "aaj pata chal jayega", "आज पता चलेगा", "aaj pata chalega", "आज कळेल",
        "aaj kalel", "today i will find out", "today i'll find out", "tonight i will find out",
        "find out tonight", "find out today",
    ),
    "al_told_about_death": (
        "documentary", "film", "movie", "video", "book", "kitab", "किताब", "pustak", "पुस्तक", "lecture",
        "podcast", "pravachan", "प्रवचन", "class", "exam", "result", "quiz", "serial", "episode",
    ),
    # The family told they will be free, beside a gun.
    "al_you_will_be_free": (
        "आज़ाद हो जाओगे", "azad ho jaoge", "आजाद हो जाओगे", "मोकळे व्हाल", "mokle vhal", "मुक्त व्हाल",
        "mukt vhal", "you will be free", "you'll be free", "you will all be free", "tumchi sutka",
        "तुमची सुटका", "तुम्हारी छुट्टी", "free ho jaoge", "फ्री हो जाओगे",
    ),
    "al_gun": ("बंदूक", "bandook", "banduk", "gun", "revolver", "pistol", "katta", "कट्टा", "बंदुक",
               "रायफल", "rifle", "bharmar", "भरमार"),
    "al_gun_use": ("licence", "license", "shikar", "शिकार", "hunting", "saaf", "clean", "cleaning",
                   "suar", "डुक्कर", "dukkar", "jungli", "police", "thana", "जमा"),
    # Fed up, and stopping everything now.
    "al_fed_up": (
        "कंटाळा आला", "kantala aala", "kantala ala", "kantalalo", "कंटाळलो", "kantalala", "thak gaya",
        "थक गया", "थक गई", "थकलो", "thaklo", "थकले", "thakle", "fed up", "tired of", "ऊब गया", "ub gaya",
    ),
    "al_stop_all": (
        "thambavto sagla", "थांबवतो सगळं", "sagla thambavto", "सगळं थांबवतो", "सगळं संपवतो",
        "sagla sampavto", "sab rok deta hu", "सब रोक देता हूं", "sab khatam karta hu",
        "सब खत्म करता हूं", "stopping everything", "stop it all", "ending it all", "end it all",
    ),
    "al_rest": ("aaram", "आराम", "rest", "break", "chutti", "छुट्टी", "sutti", "सुट्टी", "udya", "उद्या",
                "tomorrow", "kal", "nantar", "नंतर", "later", "vacation", "kaam", "काम", "project", "zopto",
                "झोपतो", "ghari jato", "घरी जातो", "office", "shift", "typing", "class"),
    # Never to be seen again, said crying or before the phone goes off.
    "al_not_seen_again": (
        "कोणालाच दिसणार नाही", "konalach disnar nahi", "कोणाला दिसणार नाही", "konala disnar nahi",
        "kisi ko nazar nahi aaungi", "किसी को नज़र नहीं आऊंगी", "किसी को नज़र नहीं आऊंगा",
        "kisi ko nahi dikhungi", "किसी को नहीं दिखूंगी", "किसी को नहीं दिखूंगा", "kisi ko nahi dikhunga",
        "no one will see me again", "nobody will see me again", "won't see me again", "wont see me again",
        "kadhich disnar nahi", "कधीच दिसणार नाही",
    ),
    "al_crying_or_cut_off": (
        "रडत", "radat", "रोते हुए", "rote hue", "roti hui", "रोती हुई", "crying", "sobbing", "फोन बंद",
        "phone band", "phone off", "switched off", "switch off", "not reachable", "स्विच ऑफ",
    ),
    "al_hiding_game": (
        "detox", "trip", "trek", "vacation", "लपाछपी", "lapachapi", "hide and seek", "chhupan chhupai",
        "छुपन छुपाई", "makeup", "ghunghat", "घूंघट", "mask", "surprise", "magic", "jadu", "जादू",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

AFTER_LOSSES_AT_HOME: tuple[Combination, ...] = (
    # On a high terrace after a job lost or with nothing to tell the parents; a kite or a view is not.
    Combination(S, (_g("al_terrace"), _g("al_high_floor"), _g("al_loss_to_tell")), 20, across=True,
                unless=_g("al_terrace_use"), unless_reach=12),
    # Leaning forward at a terrace's edge.
    Combination(S, (_g("al_terrace"), _g("al_lean_forward")), 16, across=True,
                unless=_g("al_terrace_use"), unless_reach=8),
    # The burden taken off the parents, after what they spent on the writer.
    Combination(S, (_g("al_burden"), _g("al_taken_off"), _g("al_what_they_spent")), 24, across=True,
                unless=_g("al_chore"), unless_reach=3),
    # The family to cry for the mourning days, then free; another's rites are not the writer's.
    Combination(S, (_g("al_mourning_days"), _g("al_will_cry"), _g("al_then_free")), 16, across=True,
                unless=_g("al_rites_of_another"), unless_reach=16),
    # What comes after death, to be found out today; a documentary or a sermon only tells of it.
    Combination(S, (_g("al_after_death"), _g("al_found_out_today")), 16, across=True,
                unless=_g("al_told_about_death"), unless_reach=16),
    # The family told they will be free, beside a gun; a licence or a hunt is the gun's business.
    Combination(S, (_g("al_you_will_be_free"), _g("al_gun")), 16, across=True,
                unless=_g("al_gun_use"), unless_reach=10),
    # Fed up, and stopping everything now; a rest or tomorrow is a pause.
    Combination(S, (_g("al_fed_up"), _g("al_stop_all")), 14, across=True,
                unless=_g("al_rest"), unless_reach=8),
    # Never to be seen again, crying or with the phone off; a trip or a game of hiding is not.
    Combination(S, (_g("al_not_seen_again"), _g("al_crying_or_cut_off")), 16, across=True,
                unless=_g("al_hiding_game"), unless_reach=14),
)
