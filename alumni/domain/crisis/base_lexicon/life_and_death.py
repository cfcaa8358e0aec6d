"""Base concepts strong on their own (suicide, overdose, hanging, relapse, craving, a plea
for help), and the words of life and death: dying, killing, living, life, ending, a
goodbye, a burden."""
from __future__ import annotations

WORDS: dict[str, tuple[str, ...]] = {
    "suicide": (
        "suicid*", "sucid*", "suicd*", "suisid*", "suiside*", "sewerslide", "unalive*",
        "aatmahatya*", "atmahatya*", "aatmhatya*", "atmhatya*", "aatmahtya*", "atmahtya*",
        "आत्महत्य*", "आत्महत्त्य*", "khudkushi*", "khudkhushi*", "khudkashi*", "khudkushee",
        "खुदकुशी*", "ख़ुदकुशी*", "kms", "kys", "kill myself", "kill my self",
        "end my life", "take my life", "take my own life", "end it all", "took his own life",
        "took her own life", "took his life", "took her life", "ending my life", "end my own life",
    ),
    "overdose": (
        "overdos*", "overdoz*", "ovrdos*", "over dose*", "over doz*", "ओवरडोज*", "ओवरडोस*",
        "ओव्हरडोस*", "ओव्हरडोज*", "ovhardos*", "ovardos*",
    ),
    "self_harm": (
        "selfharm*", "self harm*", "self injur*", "self hurt*", "selfinjur*", "sh again",
    ),
    "hanging": (
        "fansi*", "phansi*", "faansi*", "fasi", "phasi", "fasi*", "phasi*", "फ़ांसी*", "फांसी*", "फाँसी*", "फासी*",
        "fanda", "fandaa", "फंदा", "gallfas*", "galfas*", "gal fas*", "गळफास*", "noose*",
        "hang myself", "hanging myself", "hang my self",
    ),
    "murder": (
        "murder*", "khoon kar*", "khun kar*", "khoon karun*", "khun karun*", "खून कर*",
        "कत्ल", "katl", "qatl", "qatal", "कतल",
    ),
    "relapse": (
        "broke my sobriety", "lost my sobriety", "broke my streak", "phisal gaya", "fisal gaya", "फिसल गया", "फिसल गई",
        "phisal gayi", "ghasarlo", "घसरलो", "ghasarle", "घसरले",
        "off the wagon", "fell off", "reset my counter", "reset my count", "back to day 1", "back to day one",
        "day 1 again", "day one again", "chased the dragon", "binge", "binged", "bender", "slipped", "slipped up",
        "slip up", "had a slip", "lapsed", "picked up again","relapsed", "relapsing", "relapse", "relaps", "relpased",
        "relasped", "relapsd",
                "रिलैप्स*", "रिलॅप्स*"),
    "craving": (
        "dying for a drink", "could use a drink", "lalach", "लालच", "mann machal*", "man machal*", "मन मचल*",
        "ichha ho rahi", "इच्छा हो रही",
        "the pull", "talaf", "तलफ", "talf", "talab lag*",
        "craving*", "crave*", "cravng*", "urge", "urges", "urgent urge", "tempted",
        "temptation*", "talab", "talb", "talaab", "तलब", "tadap*", "tadp*", "तड़प*", "तडप*",
        "khwahish", "itching to", "jonesing", "tarap*",
    ),
    "help_plea": (
        "help", "hlp", "halp", "helpp", "hlp me",
        "help me", "pls help", "please help", "help pls", "help please", "need help",
        "help plz", "someone help", "anyone help", "sos", "save me", "bachao", "bachaao",
        "bacha lo", "bachalo", "bacha do", "बचाओ", "बचा लो", "बचालो", "बचाइए", "vachva",
        "vachava", "wachva", "वाचवा", "madat kara", "madat karaa", "madad karo",
        "madad kijiye", "madad chahiye", "madat pahije", "मदत करा", "मदद करो", "मदद चाहिए",
        "मदद कीजिए", "मदत पाहिजे", "mujhe madad", "mala madat", "मुझे मदद", "मला मदत",
        "help chahiye", "help pahije", "help kara", "help karo",
    ),

    # --- life and death ----------------------------------------------------------------
    "die": (
        "die", "dying", "dyin", "ded", "dead", "deth", "death", "emoji_skull", "emoji_coffin",         "mar", "mara",
        "mare", "mari", "maru", "marun", "marna", "marne", "marni", "marnu",
        "marunga", "marungi", "marenge", "marega", "maregi", "marta", "marti", "marte",
        "maroon", "marjau*", "marjaun*", "marjana", "marjaana", "mar jau", "marnar", "marin",
        "marel", "marto", "marte", "marayche", "marayacha", "maraycha", "maraychay",
        "marayachay", "marayche", "maraychi", "marayla", "maraila", "maraych*", "marayach*",
        "मर", "मरा", "मरे", "मरी", "मरु", "मरू", "मरूं", "मरुं", "मरूँ", "मरुँ", "मरून", "मरुन",
        "मरना", "मरने", "मरनी", "मरूंगा", "मरूंगी", "मरुंगा", "मरुंगी", "मरेंगे", "मरेगा",
        "मरेगी", "मरता", "मरती", "मरते", "मरणार", "मरीन", "मरेन", "मरायच*", "मरायला",
        "मरणं", "मरण", "maran", "marn", "maut", "mout", "मौत", "mrityu", "mirtyu", "मृत्यु",
        "मृत्यू", "khatam ho ja*", "khatm ho ja*",
    ),
    "kill": (
        "shoot", "shot him", "shot her", "goli maar*", "गोली मार*",
        "stab", "stabbing", "stabbed", "bhonk*", "भोंक*", "ghonp*", "घोंप*", "marun tak*", "मारून टाक*",
        "kill", "kills", "killed", "killing", "kil", "kiling", "maar", "maaru", "maarun",
        "maarna", "maarne", "maarunga", "maarungi", "maar dal*", "mar dal*", "maar daal*",
        "mar daal*", "maar du", "maar dun*", "maar doon*", "mar dun*", "maar de*", "mar de",
        "मार", "मारू", "मारूं", "मारना", "मारने", "मारूंगा", "मारूंगी", "मारुंगा", "मार डाल*",
        "मार दूं*", "मार दूँ*", "मार दे*", "मारून", "मारीन", "मारेन", "मारणार", "मारायच*",
        "thar mar*", "thaar maar*", "ठार मार*", "ठार कर*", "jaan se maar*", "जान से मार*",
        "khatam kar dunga", "khatam kar dungi", "निपटा द*",
    ),
    "live": (
        "jee sakta", "jee sakti", "ji sakta", "ji sakti", "जी सकता", "जी सकती", "jee paunga", "jee paungi", "जी पाऊंगा",
        "jee raha", "जी रहा", "jag shakat", "जगू शकत",
        # Bhojpuri and Awadhi's verbal noun ("jiye ke mann naikhe": no wish to live); "jiye"
        # alone is a blessing ("sau saal jiye")
        "jiye ke", "jiye ka", "jiye ki", "jiyai ke", "जिए के", "जिये के", "जीए के", "जिए का", "जिये का",
        # Varhadi's "जगाचं" for "जगायचं" ("जगाचा" is "of the world")
        "जगाचं",
        "jivant", "जिवंत", "jiwant", "jinda", "जीवित",
        "live", "living", "alive", "exist", "existing", "jeena", "jina", "jeene", "jine",
        "jeeni", "jini", "jiyu", "jiyun", "jiun", "jiu", "jiyunga", "jiyoon", "jeeyu*",
        "jeeta", "jita", "जीना", "जीने", "जिना", "जिने", "जीयूं", "जियूं", "जियूँ", "जीऊं",
        "जिऊं", "जियूंगा", "zinda", "jinda", "जिंदा", "ज़िंदा", "jagayche", "jagaycha",
        "jagaychay", "jagaych*", "jagayach*", "jagayla", "jagne", "jagna", "jaganyat",
        "jagnyat", "jaganya*", "jagnya*", "jagun", "jagu", "jagav*", "jagto", "jagte",
        "जगायच*", "जगायला", "जगणं", "जगणे", "जगण्यात", "जगण्या*", "जगून", "जगू", "जगावं*",
        "जगावे*", "जगतो", "जगते",
    ),
    "life": (
        "life", "lyf", "lif", "zindagi", "zindgi", "jindagi", "jindgi", "zindagee",
        "zindagii", "zndgi", "ज़िंदगी", "जिंदगी", "ज़िन्दगी", "जिन्दगी", "jeevan", "jivan",
        "jiwan", "जीवन", "aayushya",
        "ayushya", "आयुष्य", "pran", "praan", "प्राण",
    ),
    # "jaan de dunga", "जीव देईन": one's life given or taken (kept apart from "life": "jaan"
    # is also "jana", to go).
    "jaan": (
        "jiv", "जिव", "jiva", "jeeva","jaan", "jan", "जान", "jeev", "jiv", "जीव", "pran", "praan", "प्राण"),
    "end": (
        "end", "ending", "khatam", "khatm", "khatma",
        "khtm", "ख़त्म", "खत्म", "खतम", "sampav*", "sampva*", "sampvun", "sampvayche",
        "संपव*", "संपवा*", "संपवून", "samapt", "समाप्त",
    ),
    "goodbye": (
        "last msg", "last text", "final msg", "last goodbye", "shevtacha namaskar", "शेवटचा नमस्कार", "शेवटचा निरोप",
        "aakhri salaam", "आखिरी सलाम", "aakhri message", "आखिरी मैसेज", "aakhri baar", "tonight is the night",
        "disappeared forever", "disappear forever", "vanish forever", "gayab ho jaunga", "hamesha ke liye ja*",
        "kayamcha ja*",
        "goodbye", "good bye", "bye forever", "alvida", "alwida", "अलविदा", "nirop",
        "निरोप", "last message", "final message", "farewell", "won't be here",
        "wont be here", "not be around",
    ),
    "burden": (
        "better off gone", "be better gone", "if i were gone", "once i'm gone", "once im gone",
        "if i died", "if i was dead", "if i were dead", "nobody would miss me", "no one would miss me",
        "nobody will miss me", "no one will miss me", "nobody cares if i", "koi miss nahi karega", "kisi ko fark nahi",
        "किसी को फर्क नहीं", "kunala farak padnar nahi", "कुणाला फरक पडणार नाही",
        "if i was gone", "if i'm gone", "if im gone", "when i'm gone", "when im gone", "i was gone", "if i die",
        "mere jaane ke baad", "mere jane ke baad", "मेरे जाने के बाद", "मी नसलो तर", "mi nasalo tar", "mi naslo tar",
        "मी गेलो तर", "mi gelo tar", "नसलो तर", "nasalo tar", "naslo tar", "main nahi raha to", "मैं नहीं रहा तो",
        "main na rahu", "मैं ना रहूं", "na rahun to",
        "burden", "bojh", "bojha", "बोझ", "ojha", "ojhe", "ओझं", "ओझे", "better off without",
        "without me", "mere bina", "मेरे बिना", "majhyashivay", "माझ्याशिवाय",
    ),
    "endure": (
        "do this", "do it", "handle", "sahan hot*", "सहन होत*",
        "go on", "carry on", "take it", "take this", "handle it", "handle this", "cope",
        "bardasht", "bardaasht", "बर्दाश्त", "sahan", "sehen", "seh", "सहन",         "jhel", "झेल", "keep going",
    ),
    "anymore": (
        "nemore", "no more", "n e more", "anymoreee",
        "anymore", "any more", "any longer", "ab aur", "ab", "अब",         "yapudhe", "यापुढे", "aur nahi", "और नहीं",
    ),

}
