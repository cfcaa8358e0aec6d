"""The concept lexicon: what words mean, in English, Hindi and Marathi, in both scripts.

A concept is a list of entries. An entry is one word or a few words in a row, written as
people type them; "stem*" matches any word the stem begins (its inflections: मर -> मरना,
मरूंगा; jag* is too broad, so inflections that would collide with other words are
listed instead). Entries are compared by skeleton (alumni.domain.crisis.spelling), so one
spelling per sound is enough: "daru" also finds daaru, दारू, DAARUUU; "jeena" finds
jina, जीना. A word may belong to several concepts ("marunga" is dying and a will).

Nothing here is a crisis on its own except the concepts rules.py lists as strong: the
rules say which combinations, within a few words in any order, are.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from alumni.domain.crisis.areas import AREAS
from alumni.domain.crisis.spelling import SHORTHAND, Token, fold, skeleton
from alumni.domain.crisis.word_lists import merge_lexicon

_BASE_CONCEPTS: dict[str, tuple[str, ...]] = {
    # --- strong on their own --------------------------------------------------------
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
        "broke my sobriety", "lost my sobriety", "broke my streak", "phisal gaya", "fisal gaya", "फिसल गया", "फिसल गई", "phisal gayi", "ghasarlo", "घसरलो", "ghasarle", "घसरले",
        "off the wagon", "fell off", "reset my counter", "reset my count", "back to day 1", "back to day one", "day 1 again", "day one again", "chased the dragon", "binge", "binged", "bender", "slipped", "slipped up", "slip up", "had a slip", "lapsed", "picked up again","relapsed", "relapsing", "relapse", "relaps", "relpased", "relasped", "relapsd",
                "रिलैप्स*", "रिलॅप्स*"),
    "craving": (
        "dying for a drink", "could use a drink", "lalach", "लालच", "mann machal*", "man machal*", "मन मचल*", "ichha ho rahi", "इच्छा हो रही",
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
        "die", "dying", "dyin", "ded", "dead", "deth", "death", "emoji_skull", "emoji_coffin",         "mar", "mara", "mare", "mari", "maru", "marun", "marna", "marne", "marni", "marnu",
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
        "jee sakta", "jee sakti", "ji sakta", "ji sakti", "जी सकता", "जी सकती", "jee paunga", "jee paungi", "जी पाऊंगा", "jee raha", "जी रहा", "jag shakat", "जगू शकत",
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
        "last msg", "last text", "final msg", "last goodbye", "shevtacha namaskar", "शेवटचा नमस्कार", "शेवटचा निरोप", "aakhri salaam", "आखिरी सलाम", "aakhri message", "आखिरी मैसेज", "aakhri baar", "tonight is the night", "disappeared forever", "disappear forever", "vanish forever", "gayab ho jaunga", "hamesha ke liye ja*", "kayamcha ja*",
        "goodbye", "good bye", "bye forever", "alvida", "alwida", "अलविदा", "nirop",
        "निरोप", "last message", "final message", "farewell", "won't be here",
        "wont be here", "not be around",
    ),
    "burden": (
        "better off gone", "be better gone", "if i were gone", "once i'm gone", "once im gone",
        "if i died", "if i was dead", "if i were dead", "nobody would miss me", "no one would miss me", "nobody will miss me", "no one will miss me", "nobody cares if i", "koi miss nahi karega", "kisi ko fark nahi", "किसी को फर्क नहीं", "kunala farak padnar nahi", "कुणाला फरक पडणार नाही",
        "if i was gone", "if i'm gone", "if im gone", "when i'm gone", "when im gone", "i was gone", "if i die", "mere jaane ke baad", "mere jane ke baad", "मेरे जाने के बाद", "मी नसलो तर", "mi nasalo tar", "mi naslo tar", "मी गेलो तर", "mi gelo tar", "नसलो तर", "nasalo tar", "naslo tar", "main nahi raha to", "मैं नहीं रहा तो", "main na rahu", "मैं ना रहूं", "na rahun to",
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

    # --- means -----------------------------------------------------------------------
    "hang": (
        "ceiling fan", "pankha", "पंखा", "pankhe", "पंखे", "fan se", "फॅन",
        "hang", "hanged", "hanging", "hung", "latak*", "लटक*", "rassi", "रस्सी",
        "dori", "दोरी", "rope", "ropes", "emoji_rope", "lataku*", "latkun", "lomb*",
    ),
    "jump": (
        "कूदने", "koodne", "kudne", "कुदणार", "kudnar",
        "jump", "jumped", "jumping", "jumps", "kudna", "koodna", "kood jau*", "kood ja*", "kud ja*", "kudunga", "कूदना", "कूदूंगा", "कूदूँगा", "कूद जा*", "कूद ज*",
        "kudungi", "kud jau*", "udi", "uDi", "udi mar*", "udi ghe*",
        "उडी", "उड़ी", "throw myself",
    ),
    "height": (
        "bridge", "building", "roof", "rooftop", "terrace", "cliff", "balcony", "floor",
        "train", "track", "tracks", "railway", "river", "dam", "chhat",         "chhath", "छत", "pul", "पुल", "नदी", "nadi", "nadee", "kuan", "kuaan", "कुआं",
        "vihir", "विहीर", "gaadi", "gadi", "गाड़ी", "truck", "terrace", "gachi", "गच्ची",
        "imarat", "इमारत", "building varun", "patri", "पटरी",
    ),
    "poison": (
        "baygon", "mortein", "all out liquid", "good knight liquid",
        "vish", "visha", "विष", "विश", "chuhe mar*", "chuha mar*", "चूहे मार*", "चूहा मार*", "undir mar*", "उंदीर मार*", "उंदराचं औषध", "कीटकनाशक", "kitaknashak", "keetaknashak", "insecticide", "thimet", "keede marne", "कीड़े मारने", "फिनाइल", "फिनेल", "phenyl", "zeher",
        "poison", "poisoned", "poisoning", "zehar", "jahar", "zahar", "jehar", "zeher",
        "jeher", "zaher", "ज़हर", "जहर", "विष", "rat poison", "rat kill*",
        "pesticide", "keetnashak", "kitnashak", "कीटनाशक", "phenyl", "फिनाइल", "bleach",
        "toilet cleaner", "harpic", "acid", "tezaab", "tezab", "तेजाब", "तेज़ाब", "kerosene",
        "mitti ka tel", "sulphas", "celphos", "ratol", "ज़हेर", "जहेर", "jehar",
    ),
    "eat": (
        "pila", "pile", "पिलं", "पिला", "पिले", "kha gaya", "kha gya", "kha gayi", "kha gyi", "खा गया", "खा गई", "kha li", "kha lee", "kha lin", "खा ली", "खा लीं", "खा लिया", "खा लिए", "kha liye",
        "eat", "eaten", "eating", "swallow*", "drink", "drank", "drinking", "take",
        "took", "taken", "taking", "consume*", "khaya", "khayi",         "khalunga", "khalungi", "khaunga", "khaungi", "khaun", "kha liya",
        "kha li", "kha lunga", "kha lungi", "khane", "खाया", "खा ली",
        "खा लिया", "खा लूंगा", "खा लूंगी", "खा लूँगा", "खाऊंगा", "खाऊंगी", "खाऊं", "खाने", "खाल्ले", "खाल्ल्या", "खाल्ली",
        "khaen", "khain", "khaeen", "khallya", "khaun", "खाईन",
        "खाऊन", "pi", "pee", "piya", "pili", "pi li", "पी", "पिया", "पी ली",
        "पी लिया", "prashan", "gilun", "गिळ*", "gil*", "nigal*", "निगल*", "ghetla", "ghetli",
        "ghetlya", "ghetle", "घेतल*", "li", "liya", "ली", "लिया", "le li", "le liya", "lunga",
        "lungi", "लूंगा", "लूंगी", "लूँगा", "gatak*", "गटक*",
    ),
    "pills": (
        "insulin",
        "strip", "strips", "स्ट्रीप", "स्ट्रिप", "patta", "पत्ता", "goli*", "golya*", "गोळ्या*", "tabs",
        "pill", "pills", "tablet", "tablets", "tabs", "tab", "meds", "medicine",
        "medicines", "medication*", "capsule*", "goli", "goliyan", "goliya", "goliyaan",
        "goliyon", "गोली", "गोलियां", "गोलियाँ", "गोलिया", "गोलियों", "golya", "goli",
        "golyaa", "गोळ्या", "गोळी", "dawa", "dava", "dawai", "davai", "dawaiyan", "दवा",
        "दवाई", "दवाइयां", "दवाइयाँ", "aushadh*", "ausadh*", "औषध*", "emoji_pill", "sleeping pill*",
        "painkiller*", "paracetamol", "crocin", "dolo",
    ),
    "sleep": (
        "sleeping", "sleep", "neend", "nind", "नींद", "zop", "jhop", "zopech*", "jhopech*",
        "झोपेच*", "jopech*", "jopeci*", "insomnia",
    ),
    "quantity": (
        "everything", "sab kuch", "sabkuch", "ekdam", "ek saath", "ek sath", "एकदम", "एक साथ", "at once", "all at once", "ekdum",         "all", "many", "lots", "bunch", "whole", "entire", "handful", "full",
        "too many", "too much", "so many", "saari", "sari", "saare", "sare", "sab", "sabhi",
        "सारी", "सारे", "सब", "सभी", "bahut", "bohot", "bahot", "bhot", "बहुत", "zyada",
        "jyada", "jaada", "ज़्यादा", "ज्यादा", "jast", "jaast", "जास्त", "saglya", "sagale",
        "sagle", "sagla", "सगळ्या", "सगळे", "सगळ्", "khup", "khoop", "खूप", "pura", "poora",
        "puri", "poori", "पूरा", "पूरी", "पुरी", "bottle", "strip", "strips", "patta",
        "patte", "पत्ता", "पत्ते", "dher", "ढेर", "muthi", "मुट्ठी", "sagali",
        "sagli", "सगळी",
    ),
    "cut": (
        "slice", "sliced", "slicing",
        "cuttin", "cutin", "blade*", "ब्लेड*", "kapun", "कापून", "kaapun",
        "cut", "cuts", "cutting", "slit", "slash*", "blade", "blades", "razor", "kaat*",
        "kat", "kata", "katu", "katun", "kaatu*", "काट*", "kap", "kapli", "kapla", "kaple",
        "kapnar", "kapun", "kapin", "kapen", "कापल*", "कापून", "कापणार", "कापीन", "कापेन",
        "कापल", "emoji_knife",     ),
    "vein": (
        "hatav*", "हाताव*", "hatala", "हाताला", "haathon", "हाथों", "kalai", "mangat*", "मनगट*",
        "wrist", "wrists", "vein", "veins", "arm", "arms", "nas", "naas", "nass", "नस",
        "nasein", "नसें", "nasen", "haath", "hath", "हाथ", "kalai", "कलाई", "haat", "हात",
        "skin", "thigh", "thighs",
    ),
    "hurt": (
        "jalata", "jalati", "jalai", "jalake", "jalaake", "जलाता", "जलाती", "जलाके",
        "bite", "bit", "starve", "starving", "punish", "punished", "punishing",
        "dukhap*", "दुखाप*",
        "tras", "त्रास", "jakham", "jakhmi", "जखम", "जख्म", "जखमी", "zakhm", "zakham", "ghav", "घाव", "burned", "burnt", "jalaya", "जलाया", "jalun", "जाळून", "jaltay", "jalto",
        "hurt", "hurting", "harm", "harming", "punch", "punched", "punching", "injure*", "burn", "burning", "burned",
        "burnt", "chot", "chhot", "चोट", "nuksan", "nuksaan", "नुकसान",
        "ija", "ijaa", "इजा", "dukhapat", "दुखापत", "jala diya", "jala lunga", "jala liya", "jalaya", "jala dunga",
        "जला दिया", "जला लिया", "जलाया", "jalun", "जाळून",         "hit", "hitting", "maarta", "maarti", "तकलीफ",
    ),
    "weapon": (
        "sura", "सुरा",
        "knife", "knives", "gun", "pistol", "chaku", "chaaku", "chakoo", "चाकू", "suri",
        "सुरी", "bandook", "banduk", "बंदूक", "katta", "कट्टा", "talwar", "तलवार", "koyta",
        "कोयता", "emoji_knife", "emoji_gun", "rod", "danda", "axe", "kulhadi", "कुल्हाड़ी",
    ),

    # --- who ---------------------------------------------------------------------------
    "self": (
        "himself", "himslf", "herself", "hisself", "themselves", "khud ko", "swatahla", "swatala", "swatalach", "स्वतःलाच", "apna haath", "apne haath", "अपना हाथ", "apne aap",
        "myself", "my self", "meself", "mself", "myslef", "khud", "khudko", "khud ko", "khud",
        "ख़ुद", "खुद", "खुदको", "खुद को", "apne aap", "apneaap", "apne aapko", "apne aap ko",
        "apne ko", "अपने आप", "अपने आपको", "अपने आप को", "अपनेआप", "swatah*",
        "swatah", "swata*", "svatah*", "swatahla", "स्वतः*", "स्वतःला", "स्वत*", "svat*",
        "swatahala", "apla jeev", "आपला जीव", "mera jeev", "apni jaan", "अपनी जान",     ),
    "me": (
        "me", "mujhe", "mujhko", "mereko", "muje", "mjhe", "मुझे", "मुझको", "mala", "मला",
    ),
    "first_person": (
        "i", "im", "ive", "id", "i'm", "main", "mai", "mein", "maine", "mene", "mujhe", "muje",
        "मैं", "मैंने", "मुझे", "mi", "mee", "मी", "mala", "मला", "me", "myself", "hum",
        "humne", "हम", "हमने", "aamhi", "आम्ही", "apun", "apan",
    ),
    "other_target": (
        "tyacha", "त्याचा", "त्याचं", "tyach", "uska", "उसका", "his", "that guy", "dealer", "bhaval*", "भावाला", "bayakol*", "बायकोला",
        "him", "her", "them", "you", "someone", "somebody", "everyone", "everybody",
        "people", "that guy", "usko", "usse", "use", "unko", "unhe", "unhein", "uss", "usey",
        "उसे", "उसको", "उन्हें", "उनको", "tujhe", "tuje", "tumhe", "tumko", "tereko",
        "तुझे", "तुम्हें", "तुमको", "sabko", "sab ko", "सबको", "tyala", "tila", "tula",
        "tumhala", "tyanna", "tyana", "त्याला", "तिला", "तुला", "तुम्हाला", "त्यांना", "boss",
        "sagalyanna", "सगळ्यांना", "kisi ko", "किसी को", "kunala", "कुणाला",
    ),
    "relation": (
        "husbnd", "bhaval*", "भावाला", "bayakol*", "बायकोला", "navryal*", "नवऱ्याला", "मुलाला", "mulala", "inhone", "इन्होंने",
        "brother", "bro", "sister", "sis", "friend", "frnd", "husband", "hubby", "wife",
        "son", "daughter", "dad", "father", "mom", "mother", "mum", "uncle", "aunt",
        "aunty", "cousin", "nephew", "niece", "neighbour", "neighbor", "roommate",
        "boyfriend", "girlfriend", "bf", "gf", "partner", "colleague", "grandfather",
        "grandmother", "kid", "child", "bhai", "bhaiya", "bhaiyya", "bhaisaab", "behen",
        "bahen", "behan", "didi", "dost", "pati", "patni", "biwi", "beta", "beti", "papa",
        "pitaji", "mummy", "bhabhi",
        "devar", "sasur", "bhau", "tai", "mitra", "maitrin", "navra",
        "navara", "bayko", "mulga", "mulgi", "mavshi", "jiju",
        "भाई", "भैया", "बहन", "दीदी", "दोस्त", "पति", "पत्नी", "बीवी", "बेटा", "बेटी",
        "पापा", "पिताजी", "भाभी", "भाऊ", "ताई",
        "मित्र", "मैत्रीण", "नवरा", "बायको", "मुलगा", "मुलगी",         "मावशी", "sathi", "साथी",
    ),
    "third_person": (
        "inhone", "इन्होंने", "tyacha", "tyachi", "tyach", "त्याचा", "त्याची", "त्याचं", "tichi", "तिची", "tyani", "unki", "उनकी",
        "he", "they", "he's", "hes", "his", "usne", "unhone", "wo",
        "woh", "vo", "voh", "वो", "वह", "उसने", "उन्होंने", "tyane", "tine", "tyanni",
        "त्याने", "तिने", "त्यांनी", "uski", "uske", "uska", "उसकी", "उसके", "उसका", "tyachya",
        "tichya", "shey", "sheys", "त्याच्या", "तिच्या",
    ),
    "preposition": (
        "with", "to", "for", "at", "from", "about", "by", "se", "ko", "ke", "ka", "la",
        "sobat", "saath", "sath", "barobar", "सोबत", "साथ", "बरोबर", "से", "को", "के", "की",
        "का", "ला", "and", "aur", "और", "ani", "आणि",
    ),

    # --- wanting, meaning, negation ------------------------------------------------------
    "want": (
        "मरून जाईन", "marun jain", "marun jaen", "marun jaeen", "मरून जाईल",
        "jaava", "jaavaa", "जावा",
        "jayega", "jayegi", "jaega", "jaegi", "जायेगा", "जाएगा", "जायेगी", "जाएगी", "jaenge", "जाएंगे", "ka man", "ka mn", "ka mann", "का मन", "man hai", "मन है", "mn", "man", "mann", "मन", "man hotay", "मन होतंय", "man hot*", "मन होत*", "chi iccha", "ची इच्छा", "takin", "taknar", "takto", "टाकीन", "टाकणार", "टाकतो", "fodin", "phodin", "फोडीन", "sampavto", "संपवतो", "ghein", "gheil",
        "want", "wanna", "wana", "wnt", "wants", "wanted", "wishes", "wished", "will", "gonna",
        "gunna", "going to", "goin to", "about to", "ready", "plan", "planning", "thinking of",
        "thinking about", "think about", "should", "shud", "shld", "better off", "rather",
        "need", "needs", "feel like", "felt like", "i'll", "ill", "il", "let me", "would",
        "chahta", "chahti", "chahte", "chaahta", "chaahti", "chahata", "chahati", "chahiye",
        "chaiye", "chahie", "chaahiye", "chahunga", "chahungi", "चाहता", "चाहती",
        "चाहते", "चाहिए", "चाहिये", "चाहूंगा", "man karta", "man karti", "man kar raha",
        "man kar rahi", "man ho raha", "man hota", "mann karta", "mann kar raha", "dil karta",
        "dil kar raha", "मन करता", "मन कर रहा", "मन कर रही", "दिल करता", "soch raha",
        "soch rahi", "sochta", "sochti", "सोच रहा", "सोच रही", "iccha", "icha", "ichha",
        "इच्छा", "irada", "इरादा", "tayyar", "taiyar", "तैयार",         "वाटते", "vatte", "tharavl*", "vatat", "vatatay", "vatatey", "vatte", "vatata", "watat", "watatay", "वाटतं", "वाटतंय", "वाटतय", "वाटते", "वाटतो", "वाटतोय", "ठरवल*", "decided", "marunga", "marungi", "marenge",
        "marega", "marjau*", "marjaun*", "marnar", "marin", "marayche", "maraycha",
        "maraychay", "marayacha", "marayachay", "maraych*", "marayach*", "मरूंगा", "मरूंगी",
        "मरुंगा", "मरेंगे", "मरणार", "मरीन", "मरेन", "मरायच*", "jau", "jaun", "jaunga",
        "jaungi", "jaoon", "jaoonga", "jaaun", "jaaunga", "jaaungi", "javu", "jaen", "jayen",
        "jaye", "jaaye", "jaana chahiye", "जाऊं", "जाऊँ", "जाउं", "जाऊंगा", "जाऊंगी",
        "जाऊँगा", "जाऊँगी", "जाउंगा", "जाएं", "जाए", "javasa",
        "javase", "jaavasa", "javas", "jave", "jaave", "जावंसं", "जावेसे", "जावे", "जावं",
        "wala", "wali", "vala", "vali", "वाला", "वाली", "karunga", "karungi", "karnar",
        "करूंगा", "करूंगी", "करणार", "dunga", "dungi", "dein", "dyaycha",
        "dyaychay", "dyayche", "denar", "दूंगा", "दूंगी", "देईन", "द्यायच*", "देणार",
        "lagaunga", "lagaungi", "lagalunga", "लगाऊंगा", "lavin", "लावीन", "ghein", "घेईन",
        "nako", "नको",
    ),
    "copula": (
        "hai", "h", "hain", "hay", "है", "हैं", "aahe", "ahe", "ahey", "aaheh", "आहे",
        "hota", "hoti",
    ),
    "give": (
        "deen",
        "deto", "देतो", "deti", "देते", "dete", "dungi", "दुंगा", "dunga",
        "de", "du", "dun", "doon", "dunga", "dungi", "dena", "dedu", "de du", "de dun",
        "de doon", "de dunga", "de dungi", "दे", "दूं", "दूँ", "दूंगा", "दूंगी", "देना", "दे दूं",
        "dein", "dyaycha", "dyayche", "dyaychay", "denar", "deu", "devun", "देईन",
        "द्यायच*", "देणार", "देऊ", "देऊन",     ),
    "take": (
        "gheil", "घेइन", "घेईल", "घेईन", "gheto", "घेतो","le", "lena", "lunga", "lungi", "le lunga", "ले",
             "लूंगा", "ghein", "घेईन"),
    "point": (
        "point", "reason", "reasons", "purpose", "worth", "meaning", "use", "matlab",
        "matlb", "मतलब", "arth", "artha", "अर्थ", "fayda", "faida", "fayada", "फायदा",
        "फ़ायदा", "upyog", "upayog", "उपयोग", "wajah", "vajah", "वजह", "karan", "kaaran",
        "कारण",
    ),
    "pointless": (
        "pointless", "meaningless", "worthless", "useless", "hopeless", "bekar", "bekaar",
        "बेकार", "vyarth", "व्यर्थ", "nirarthak", "निरर्थक", "nothing to live for",
        "what's the point", "whats the point", "what is the point", "kya fayda", "kya faida",
        "क्या फायदा", "kay fayda", "काय फायदा", "kasla arth", "कसला अर्थ", "kya matlab",
        "क्या मतलब",
    ),
    "negation": (
        "not", "no", "never", "dont", "don't", "didnt", "didn't", "doesnt", "doesn't",
        "cant", "can't", "cannot", "wont", "won't", "havent", "haven't", "hasnt", "hasn't",
        "hadnt", "hadn't", "isnt", "isn't", "arent", "aren't", "wasnt", "wasn't", "werent",
        "shouldnt", "wouldnt", "couldnt", "couldn't", "aint", "nope", "without", "nothing",
        "instead", "instead of", "rather than", "free", "free from",
        "none", "zero", "nor", "dnt", "cnt", "nahi", "nahin", "nhi", "nai", "nahee", "nahii",
        "nahiin", "nahi", "nhin", "नहीं", "नही", "naahi", "naahee", "nahi", "नाही", "nay",
        "naay", "नाय", "nako", "नको", "navhta", "navhte", "नव्हतं", "नव्हते", "nahit", "नाहीत",
        "bina", "बिना", "shivay", "शिवाय", "vina", "विना", "kabhi nahi", "kadhi nahi",
    ),
    "weak_negation": ("na", "ना", "न", "mat", "मत", "mt"),
    "quit": (
        "refused", "refuse", "said no", "turned down", "declined", "mana kar diya", "मना कर दिया", "nakar dila", "नकार दिला", "fought off", "beat the", "overcame",
        "quit", "quitting", "done with", "sodla", "sodli", "sodle", "sodlay", "sodun", "sodal*", "sodl*", "सोडल*", "सोडून", "सोडलं", "chhod", "chhoda", "chhodi", "chhod di", "chhod diya", "chhodna", "chhodne", "chhod chuka", "chhod chuki", "chod diya", "chod di", "छोड़", "छोड़ा", "छोड़ी", "छोड़ दी", "छोड़ दिया", "छोड़ना", "छोड़ चुका", "stopped", "stop", "gave up", "give up", "given up", "sober",
        "sobriety", "clean", "abstinent", "abstain*",         "tyag*", "त्याग*", "mukt*", "मुक्त*", "band kar*", "बंद कर*",
        "band kel*", "बंद केल*", "kept away", "stayed away", "resisted", "avoided",
        "days sober", "months sober", "recovery",
    ),

    # --- substances and using ---------------------------------------------------------
    "alcohol": (
        "rum", "taadi", "old monk", "kingfisher", "royal stag", "mcdowells", "mcdowell's", "8pm", "officers choice", "bacardi", "smirnoff", "magic moments", "imperial blue", "blenders pride", "breezer", "budweiser", "tuborg", "carlsberg", "feni", "arrack", "gavthi", "गावठी", "hathbhatti", "हातभट्टी", "country liquor", "pint", "pints", "shots", "vodka", "whiskey",
        "पैग", "paig", "daru*", "दारू*", "sharab*", "शराब*", "theke", "ठेके", "thek*", "theka",
        "alcohol", "alchohol", "alcohal", "alcoho", "alkohol", "booze", "beer", "beers",
        "whisky", "whiskey", "wiskey", "vodka", "wine", "brandy", "liquor",
        "liqour", "peg", "pegs", "drink", "drinks", "a drink", "daru", "daaru", "दारू",
        "दारु", "sharab", "sharaab", "sarab", "शराब", "theka",
        "ठेका", "quarter", "kwarter", "बियर", "बीयर", "व्हिस्की", "पेग",
        "mahua", "tadi", "ताड़ी", "taadi", "hooch", "emoji_beer", "emoji_wine",
        "emoji_whisky", "emoji_bottle", "emoji_drink", "bottle", "botal", "बोतल", "batli",
        "बाटली", "daaruu", "liqor",
    ),
    "cannabis": (
        "ganja*", "गांजा*", "charas*", "चरस*",
        "ganja", "gaanja", "ganjaa", "गांजा", "गाँजा", "charas", "charaas", "चरस", "weed",
        "joint", "joints", "marijuana", "marijuna", "hashish", "bhang", "भांग",
        "doobie", "spliff", "chillum", "चिलम", "emoji_weed", "stuff maara",
    ),
    "opioids": (
        "injection", "injections",
        "smack", "heroin", "brown sugar", "brownsugar", "chitta", "chita",
        "चिट्टा", "afeem", "afim", "afeen", "अफीम", "opium", "fentanyl", "morphine",
        "codeine", "corex", "cough syrup", "tramadol", "proxyvon", "spasmo*", "doda", "dode",
        "emoji_needle", "स्मैक", "हेरोइन", "ब्राउन शुगर",
    ),
    "cocaine": ("cocaine", "coke", "कोकीन", "kokin", "line of coke"),
    "sedatives": (
        "alprax", "alprazolam", "xanax", "valium", "diazepam", "benzo", "benzos",
        "nitrazepam", "nitrosun", "clonazepam", "clonotril", "ativan", "lorazepam",
        "sleeping tablets",
    ),
    "stimulants": (
        "md", "mandrax", "shrooms", "mushrooms","meth", "mdma", "molly", "ecstasy", "lsd", "mephedrone"),
    "inhalants": ("whitener", "thinner", "fluid sung*", "petrol sung*"),
    "drugs": (
        "maal-drugs",
        "drugs", "drug", "dope", "nasha", "nashaa", "nashe", "नशा", "नशे", "ड्रग्स", "ड्रग",
        "substance", "substances", "using", "junk",
    ),
    "use": (
        "blazed", "blaze", "blazing",
        "sip", "sipped", "chugged", "downed", "gulped", "knocked back", "lit up", "rolled", "toked", "puffed", "kash", "dum maara", "dum lagaya", "sutta maara", "chadha li", "chadhai", "gatak li", "gatka",
        "maar liye", "maar li", "maar liya", "mar liye", "lagaye", "laga liye", "laga liya", "laga li", "लगा लिए", "लगा लिया", "लगा ली", "लगाए", "ghet", "घेत", "shot", "did some", "finished",
        "use", "used", "using", "uses", "took", "take", "taking", "taken", "had", "did",
        "do", "doing", "done", "smoked", "smoke", "smoking", "smokin", "snorted", "snort",
        "snorting", "sniffed", "sniffing", "injected", "inject", "injecting", "shot up",
        "shooting up", "popped", "pop", "popping", "bought", "buy", "got", "hit", "hits",
        "kiya", "kiye", "kar li", "kar liya", "kar raha", "kar rahi", "karta", "karti",
        "karne", "liya", "li", "le li", "le liya", "lena", "leta", "leti", "lunga", "lungi",
        "khayi", "fooka", "foonka", "phoonka", "phunka", "funka",
        "fuka", "fook", "phook", "fuk", "phunk", "maara", "mara", "mari", "maari", "lagaya",
        "lagayi", "lagai", "sunga", "soongha", "sungha", "kharida", "kharidi", "kharid",
        "किया", "कर ली", "कर लिया", "ली", "लिया", "ले ली", "ले लिया", "फूंका",
        "फूँका", "फूंकी", "मारा", "मारी", "लगाया", "सूंघा", "ख़रीदी", "खरीदी", "खरीदा",
        "ghetla", "ghetli", "ghetle", "ghetlo", "ghetlya", "घेतल*", "odhla", "odhli", "odhle",
        "odhlo", "odhto", "odhtoy", "odhat", "odhal*", "odal*", "ओढल*", "ओढतो", "ओढत", "kela",
        "keli", "kela", "kelo", "केला", "केली", "केलं", "marla", "marli", "मारला", "मारली",
        "fukla", "fukli", "फुकला", "फुकली", "kharedi", "खरेदी", "anli", "anla", "आणली",
        "आणला",
    ),
    # Past drinking: in this service "pi li" or "I drank" means alcohol unless a drink is named.
    "drank": (
        "pi raha", "pi rahi", "pee raha", "pee rahi", "पी रहा", "पी रही", "pitoy", "पितोय", "pitey", "पितेय", "peeta hu", "peeta hun", "पीता हूँ", "पीता हूं", "pita hu", "pitay", "pitayat", "पितायत",
        "drank", "drunk", "drinking", "drinkin", "boozing", "boozed", "piya", "piyi", "pili",
        "pi li", "pee li", "pi liya", "pee liya", "pi gaya", "pi gayi", "pi ke", "pike",
        "peeke", "pyayalo", "pyaylo", "pyalo", "pyale", "pyayle", "pyayla", "pyaila",
        "piun", "piyun", "प्यायल*", "प्याल*", "पिऊन", "पिया", "पीया", "पी ली", "पी लिया",
        "पीली", "पिली", "पी गया", "पी गई", "पी के", "pyayali", "pyayli",
    ),
    "drink_verb": (
        "drink", "pi", "pee", "pita", "piti", "pite", "peeta", "peeti", "pine", "peene",
        "piunga", "piyunga", "piungi", "pilo", "piye", "pito", "pyaycho", "pyaychi",
        "pinyach*", "pinya*", "pyav*", "pyaych*", "pina", "peena", "pinar", "पी", "पीता",
        "पीती", "पीने", "पिए", "पियो", "पितो", "पिते", "पिण्याच*", "पिण्या*", "प्याव*",
        "प्यायच*", "पिणे", "पिणार", "पीना", "पीनी", "peeni",
    ),
    "intoxicated": (
        "tripping", "trippin", "tripped out",
        "got hammered", "hammered", "got smashed", "got blasted", "got trashed", "got baked", "talli ho gaya", "टल्ली",
        "bevda", "bewda", "बेवडा", "bevdya", "tight zalo", "tight hoto", "zingalo", "झिंगलो", "sharabi", "शराबी", "nashedi",
        "stoned", "tipsy", "hungover", "hangover", "blackout", "blacked out", "buzzed",
        "nashe me", "nashe mein", "nashe main", "नशे में", "nashet", "नशेत",
        "talli", "tight hu", "tight hoon", "tight tha", "chadh gayi", "chadh gai",
        "chad gayi", "चढ़ गई", "got high", "getting high", "get high", "gets high", "im high",
        "i'm high", "am high", "high rn", "high right now",
        "high as", "got drunk", "get drunk", "getting drunk", "im drunk",
        "i'm drunk", "am drunk", "was drunk", "so drunk", "drunk rn", "got wasted",
        "dhut", "dhoot", "ढुत", "झिंग", "jhing", "zing", "tight ho*",
    ),
    "again": (
        "wapas", "vapas", "वापस", "broke my streak", "reset", "back to square one", "once again", "jaisa pehle", "पहले जैसा",
        "again", "agian", "againn", "once more", "phir", "fir", "phirse", "firse", "phir se",
        "fir se", "dobara", "dubara", "dobaara", "dubaara", "दोबारा", "दुबारा", "फिर",
        "फिरसे", "फिर से", "punha", "puna", "punnha", "पुन्हा", "parat", "परत", "back on",
        "back to", "started", "start", "starting", "restarted", "shuru", "shuroo", "शुरू",
        "शुरु", "suru", "सुरू", "सुरु", "slipped", "lapse", "lapsed", "ekda parat",
        "relapse", "fell off", "gave in", "gave into",
    ),
    "time": (
        "today", "2day",
        "roj", "रोज", "daily", "every night", "every day", "har roz", "हर रोज़", "हर रोज", "weekend", "sunday", "saturday", "friday", "party", "shaadi", "शादी", "lagn", "लग्न", "varat*", "वरात*",
        "last night", "yesterday", "tonight", "this morning", "this weekend",
        "last week", "last weekend", "kal", "kal raat", "raat ko", "कल",
        "कल रात", "रात को", "kaal", "काल", "kaal ratri", "ratri", "रात्री", "sakali",
        "सकाळी", "just now", "right now",     ),
    "beverage": (
        "water", "tea", "coffee", "juice", "milk", "soda", "lassi", "sharbat", "shake",
        "smoothie", "cola", "pepsi", "chai", "chay", "chaha", "चाय", "चहा", "pani", "paani",
        "पानी", "पाणी", "doodh", "dudh", "दूध", "nimbu", "kadha", "ors", "syrup", "glass of",
        "cup", "coconut", "soup", "dawai", "dawa", "medicine", "ताक", "taak", "chaas",
    ),
    "some_amount": ("thodi", "thoda", "थोडी", "थोडा", "थोडीशी", "थोडीसी", "thodi si", "thodisi", "a few",
                    "few", "couple", "one drink", "just one", "ek peg", "एक पेग"),
    "on_purpose": ("on purpose", "deliberately", "purposely", "jaan bujh*", "जानबूझ*", "जान बूझ*",
                   "muddam", "मुद्दाम", "mudam"),
    "cigarette": ("cig", "cigs", "cigarette*", "ciggy", "सिगारेट*", "सिगरेट*", "sigaret*", "beedi", "बीड़ी",
                  "lighter"),
    "bang": ("banged", "bang", "banging", "scratch*", "aapat*", "आपट*", "aaptla", "maar maar", "मार मार",
             "patak*", "पटक*", "nochna", "noch*", "नोच*", "kharoch*", "खरोच*", "ochar*", "ओचकार*"),
    "wall": ("wall", "walls", "deewar", "diwar", "dewar", "दीवार", "दिवार", "bhint*", "भिंत*", "bhitt*"),
    "bleed": ("bled", "bleed", "bleeding", "blood", "khoon", "khun", "खून", "ragat", "रक्त", "rakt", "रगत",
              "emoji_blood"),
    "reflexive": ("ghetla", "ghetli", "ghetle", "ghetlay", "घेतलं", "घेतला", "घेतली", "घेतले"),
    "fed_up": (
        "kantala", "कंटाळा", "kantalla", "vaitag", "वैताग", "kantalala", "कंटाळलोय","fed up", "done with", "im done", "i'm done", "had enough", "sick of", "tired of", "thak gaya", "thak gayi", "थक गया", "थक गई", "tang aa*",
               "तंग आ*", "kantalalo", "kantalo", "कंटाळलो", "कंटाळले", "vaitaglo", "वैतागलो", "pareshan ho gaya"),
    "wake": ("wake up", "wake", "waking up", "uthu", "uthun", "uthoon", "उठू", "उठूं", "उठूँ", "jaagu", "जागू",
             "utha*", "उठाय*"),
    "forever": ("forever", "never", "never come back", "kabhi wapas", "कभी वापस", "parat kadhich", "kabhi na", "kabhi nahi", "कभी न", "कभी नहीं", "hamesha", "हमेशा",
                "kayamcha", "कायमचा", "kaymcha", "so jaun", "so jau", "सो जाऊं", "sota rahu"),
    "exit": ("want out", "way out", "no way out", "escape", "out of life", "out of this life"),
    "plan_made": ("a plan", "have a plan", "made a plan", "my plan", "decided", "already decided",
                  "made up my mind", "tay kar liya", "तय कर लिया", "faisla", "फैसला", "tharavla", "ठरवलं"),
    "edge": ("edge", "ledge", "high enough", "standing on", "upar khada", "kinare", "किनारे"),
    "acquire": ("bought", "buy", "got", "have", "le li", "le liya", "le aaya", "kharidi", "kharid li", "खरीदी",
                "खरीद ली", "ले ली", "ले आया", "aanli", "anli", "आणली", "ghetli", "घेतली"),
    "violence": (
        "sabak sikha*", "सबक सिखा*", "dekh lunga", "देख लूंगा", "teach him a lesson","break", "smash", "beat", "beat up", "bash", "strangle", "choke", "phod*", "फोड*", "tod*",
                 "तोड़*", "तोड*", "gala daba*", "गला दबा*", "gala ghont*", "गला घोंट*", "burn down", "aag laga*",
                 "आग लगा*", "thok*", "ठोक*", "uda du*", "उड़ा दू*", "sodnar nahi", "सोडणार नाही",
                 "chhodunga nahi", "छोड़ूंगा नहीं", "nahi chhodunga", "नहीं छोड़ूंगा", "dhulai", "धुलाई"),
    "dhamki": ("dhamki", "धमकी", "threat", "threatening", "threatens", "dhamkavto", "धमकावतो"),
    "talk_of": ("baat", "बात", "talking about", "talks about", "keeps saying", "says", "saying", "bol raha",
                "bol rahi", "bolta", "बोलता", "keh raha", "kehta", "कहता", "mhanala", "म्हणाला", "म्हणतो",
                "mhanto", "bolto", "बोलतो", "बोल रहा", "बोल रही", "bolat", "बोलत"),
    "breathing": ("breathing", "breathe", "breath", "saans", "सांस", "shwas", "श्वास", "swas"),
    "unconscious": (
        "beshuddh", "beshudh", "बेशुद्ध",
        "not responding", "no pulse", "not moving", "hil nahi raha", "हिल नहीं रहा", "हलत नाही", "halat nahi", "saans nahi", "सांस नहीं","unconscious", "not waking up", "wont wake up", "won't wake up", "behosh", "बेहोश",
                    "foaming", "foam", "jhaag", "झाग", "fes", "फेस", "collapsed", "unresponsive",
                    "शुद्ध नाही", "shuddh nahi", "shudh nahi"),
    "something": ("something", "kuch", "कुछ", "kahitari", "काहीतरी", "kaahitari", "stuff"),
    "swallow": ("swallow*", "nigal*", "निगल*", "gil*", "गिळ*", "gatak*", "गटक*"),
    "liquor_place": ("wine shop", "theka", "theke", "ठेका", "ठेके", "bar", "pub", "guttha", "गुत्ता", "gutt*",
                     "गुत्त*", "beer shop", "liquor store", "liquor shop", "permit room",
                     "dealer", "dealers", "peddler"),
    "near": ("outside", "near", "in front", "front of", "saamne", "samne", "सामने", "samor", "समोर", "going to",
             "go to", "on my way", "ja raha", "ja rahi", "jaat aahe", "jatoy", "जातोय", "जा रहा", "khada", "खड़ा",
             "ubha", "उभा", "standing", "parked", "waiting"),
    "struggle": ("struggling", "struggle", "struggled", "fighting the urge", "hard to resist", "mushkil",
                 "मुश्किल", "kathin", "कठीण", "kathin", "tough", "hard day"),
    "mind": ("mind", "thinking about", "thoughts", "yaad", "याद", "dimaag", "dimag", "दिमाग", "doka", "डोकं",
             "dokyat", "डोक्यात", "manat", "मनात", "khayal", "ख्याल", "khayaal", "vichar", "विचार", "keeps going",
             "cant stop thinking", "can't stop thinking"),
    "restrain": ("rok", "रोक", "rokna", "control", "aavar*", "आवर*", "aawar*", "resist", "stop myself"),
    "call_plea": ("call", "phone", "call me", "call karo", "call kro", "call kar", "phone karo",
                  "phone kro", "phone kara", "फोन करो", "फोन करा", "फ़ोन करो", "call kara", "koi call"),
    "urgency": ("about to", "rn", "right now", "please", "plz", "plzz", "plzzz", "pls", "jaldi", "जल्दी", "urgent", "asap", "now",
                "lavkar", "लवकर", "प्लीज़", "प्लीज", "kripya", "कृपया", "krupaya"),
    "regret": ("shouldn't have", "shouldnt have", "sorry", "ashamed", "guilty", "mistake", "galti", "गलती",
               "chuk", "चूक", "माफ", "maaf", "सॉरी", "sharam", "शरम", "शर्म"),
    "it_all": ("it", "it all", "everything", "sab", "sab kuch", "sabkuch", "sagla", "सगळं", "sagala", "सगळ",
               "सब कुछ", "सब", "all of it", "this life", "ye zindagi", "हे सगळं"),
    "better": (
        "accha", "acha", "behtar", "बेहतर", "bara", "बरं", "बरे", "chhutkara", "छुटकारा", "sukoon", "सुकून","better", "fine", "happy", "happier", "sukhi", "सुखी", "khush", "खुश", "खूश", "relieved",
               "easier", "peace", "shanti", "शांती", "शांति"),
    # Pills by count: "30 goli", "took 20 tablets" (not medicine in general: "30 din se dawai").
    "pill_count": ("pill", "pills", "tablet", "tablets", "tabs", "goli*", "golya*", "गोली", "गोलियां",
                   "गोलियाँ", "गोळ्या", "गोळी", "capsule*", "strip", "strips", "sleeping tabs"),
    "count": ("re:x?[1-9][0-9]+x?",),
    # A prescribed dose: "taking one at night like he said".
    "dose": ("one", "ek", "एक", "half", "aadhi", "आधी", "prescribed", "as prescribed",
             "like he said", "like she said", "doctor", "daktar", "डॉक्टर", "dr"),
    "go_on": ("go on", "carry on", "keep going", "keep living", "continue"),
    "vehicle": ("train", "truck", "bus", "railway", "track", "tracks", "rail", "ट्रेन", "रेल", "gaadi", "गाड़ी",
                "patri", "पटरी", "rulavar", "रुळावर"),
    "under": ("under", "in front of", "neeche", "niche", "नीचे", "aage", "आगे", "khali", "खाली",
              "samne", "saamne", "सामने", "samor", "समोर"),
    "disappear": ("disappear", "vanish", "gayab", "गायब", "ghayab", "nikal jaun", "door chala jaun",
                  "दूर चला जाऊं", "lupt"),
    "world": ("world", "this world", "duniya", "duniyaa", "दुनिया", "jag", "जग", "sansar", "संसार"),
    "leave": ("leave", "leaving", "chala ja*", "chali ja*", "चला जा*", "चली जा*", "chhod ke", "chod ke",
              "छोड़ के", "छोड़कर", "sodun ja*", "सोडून जा*", "nighun ja*", "निघून जा*", "alvida"),
    "god": ("god", "bhagwan", "bhagvan", "भगवान", "deva", "देवा", "dev", "देव", "ishwar", "ईश्वर",
            "allah", "अल्लाह", "upar wala", "ऊपरवाला", "rab", "रब"),
    "take_me": ("take me", "utha le", "uthale", "उठा ले", "उठाले", "uchlun ne", "उचलून ने", "bula le",
                "बुला ले", "ne mala", "ने मला", "take me away", "le ja", "ले जा"),
    "stockpile": ("saving up", "saved up", "stockpiling", "stockpile", "hoarding", "jama kar rakhi",
                  "jama karke rakhi", "jama kar li", "इकट्ठा कर*", "ikattha kar*", "sathavun", "साठवून",
                  "sathavlya", "साठवल्या", "gola karun thev*", "गोळा करून ठेव*"),
    # I will take (a life): "apni jaan le lunga", "जीव घेईन".
    "take_mine": ("lunga", "lungi", "le lunga", "le lungi", "ले लूंगा", "ले लूंगी", "ले लूँगा", "ghein", "घेईन",
                  "gheto", "घेतो"),
    "cant_without": ("ke bina reh nahi", "bina reh nahi", "bina nahi reh", "ke bina rah nahi", "बिना रह नहीं",
                     "के बिना रह नहीं", "shivay rahu shakat nahi", "शिवाय राहू शकत नाही", "shivay rahavat nahi",
                     "शिवाय राहवत नाही", "can't go without", "cant go without", "can't do without",
                     "cant do without", "can't function without", "cant function without"),
    "pill_use": ("popped", "pop", "popping", "pops"),
    # Using words that need no substance named when "again" is beside them.
    "use_strong": (
        "blazed",
        "took a hit", "hit the pipe", "lena shuru", "leni shuru", "लेना शुरू", "peena shuru", "पीना शुरू", "pina shuru",
        "picked up", "pick up", "picking up",
        "used", "using", "use", "smoked", "smoking", "snorted", "injected", "shot up",
        "popped", "fooka", "phoonka", "phunka", "fuka", "odhla", "odhli", "odhal*", "ओढल*",
        "फूंका", "nasha", "नशा", "drugs", "drug",
    ),
    "too_much": (
        "too much", "too many", "way too much", "bahut zyada", "bahut jyada", "zyada", "jyada",
        "ज़्यादा", "ज्यादा", "jast", "khup jast", "जास्त", "excess", "extra", "double dose",
    ),
    # Idiom markers: the words around a concept that make it harmless.
    "laugh": (
        "lol", "lmao", "lmfao", "rofl", "emoji_lol", "hans", "has has",
        "hans hans", "hanste", "hanste hanste", "laugh*", "हंस*", "हँस*", "has*un",
        "hasun", "hasta", "हसून", "हसत", "हसता",
    ),
    "device": (
        "battery", "phone", "mobile", "laptop", "charger", "car", "bike", "scooter",
        "engine", "bulb", "tv", "fridge", "plant", "plants", "signal", "network", "wifi",
        "internet", "computer", "pc", "screen", "remote", "watch", "torch", "inverter",
        "फोन", "फ़ोन", "मोबाइल", "बैटरी", "gaadi", "गाड़ी", "gadi", "phone ki", "battery ki",
        "light", "lights", "ac", "geyser", "cooler", "fan", "cell",
    ),
    "past_aux": (
        "gaya", "gayi", "gaye", "gai", "gya", "gyi", "gye", "गया", "गई", "गयी", "गए", "गये",
        "gela", "geli", "gele", "गेला", "गेली", "गेले", "chuka", "chuki", "चुका", "चुकी",
    ),
    "price": (
        "price", "prices", "cost", "costs", "rate", "rates", "bp", "sugar", "fever",
        "temperature", "temp", "stock", "stocks", "petrol", "rent", "bill", "sales",
        "numbers", "level", "levels", "demand", "heart rate", "pulse", "anxiety",
    ),
    "copula_before": (
        "is", "are", "s", "re", "was", "its", "it's", "youre", "you're", "thats", "that's",
        "were", "be", "been",
    ),
}

# An area that names an existing concept as new, or extends one that does not exist, stops
# the import here (alumni.domain.crisis.word_lists).
CONCEPTS: dict[str, tuple[str, ...]] = merge_lexicon(_BASE_CONCEPTS, AREAS)

# Strong substance-specific nouns: for relapse the named substance goes on the finding.
SUBSTANCES = {"alcohol": "alcohol", "cannabis": "cannabis", "opioids": "opioids",
              "cocaine": "cocaine", "sedatives": "pills", "stimulants": "stimulants",
              "inhalants": "inhalants", "drugs": None}
SUBSTANCE_CONCEPTS = tuple(SUBSTANCES)


@dataclass(frozen=True, slots=True)
class Hit:
    concept: str
    start: int          # first token index
    end: int            # one past the last token index


# A word of an entry: (skeleton, is_prefix), or a compiled pattern for "re:" entries.
Matcher = tuple[str, bool] | re.Pattern[str]


def _word_matcher(word: str) -> Matcher:
    prefix = word.endswith("*")
    word = word.rstrip("*")
    skel = word if word.startswith("emoji_") else skeleton(SHORTHAND.get(fold(word), word))
    return (skel or "_", prefix)   # "a", "आ": a word of a-sounds only is written "_"


def _entry(entry: str) -> tuple[Matcher, ...]:
    if entry.startswith("re:"):      # a pattern over one skeleton, e.g. a count of 10 or more
        return (re.compile(entry[3:] + "$"),)
    return tuple(_word_matcher(word) for word in entry.split())


def _matches(matcher: Matcher, skel: str) -> bool:
    if isinstance(matcher, re.Pattern):
        return matcher.match(skel) is not None
    text, prefix = matcher
    return skel.startswith(text) if prefix else skel == text


# Every entry of every concept, compiled once: (concept, words).
ENTRIES: tuple[tuple[str, tuple[Matcher, ...]], ...] = tuple(
    (name, words) for name, entries in CONCEPTS.items()
    for words in dict.fromkeys(map(_entry, entries)))


class _Node:
    """One step of the entry trie: the entries sharing the words so far branch from here."""

    __slots__ = ("exact", "other", "ending", "_steps")

    def __init__(self) -> None:
        self.exact: dict[str, _Node] = {}
        self.other: dict[Matcher, _Node] = {}     # prefix words and patterns
        self.ending: list[tuple[tuple[int, int], str]] = []   # (rank, concept) of entries ending here
        self._steps: dict[str, tuple[_Node, ...]] = {}

    def child(self, matcher: Matcher) -> _Node:
        exact = isinstance(matcher, tuple) and not matcher[1]
        table = self.exact if exact else self.other
        key = matcher[0] if exact else matcher
        node = table.get(key)
        if node is None:
            node = table[key] = _Node()
        return node

    def steps(self, skel: str) -> tuple[_Node, ...]:
        """The nodes one word further on (remembered per skeleton: words repeat across texts)."""
        found = self._steps.get(skel)
        if found is None:
            exact = self.exact.get(skel)
            found = ((exact,) if exact is not None else ()) + tuple(
                node for matcher, node in self.other.items() if _matches(matcher, skel))
            if len(self._steps) >= 65536:      # bounded, like an lru_cache
                self._steps.clear()
            self._steps[skel] = found
        return found


class EntryTrie:
    """Word lists' entries as a trie of their words: one walk from each word finds every
    entry starting there, instead of trying each entry in turn."""

    def __init__(self, entries) -> None:
        self._root = _Node()
        for number, (name, words) in enumerate(entries):
            first = words[0]
            # The order entries were once tried in: exact first words first, then by number.
            rank = (0 if isinstance(first, tuple) and not first[1] else 1, number)
            node = self._root
            for matcher in words:
                node = node.child(matcher)
            node.ending.append((rank, name))

    def starting_at(self, skeletons: list[str], i: int) -> list[tuple[tuple[int, int], str, int]]:
        """(rank, name, end) of every entry whose words are skeletons[i:end], by rank."""
        frontier = self._root.steps(skeletons[i])
        if not frontier:        # most words start no entry
            return []
        found: list[tuple[tuple[int, int], str, int]] = []
        count = len(skeletons)
        end = i + 1
        while frontier:
            for node in frontier:
                for rank, name in node.ending:
                    found.append((rank, name, end))
            if end >= count:
                break
            skel = skeletons[end]
            if len(frontier) == 1:
                frontier = frontier[0].steps(skel)
            else:
                frontier = tuple(step for node in frontier for step in node.steps(skel))
            end += 1
        if len(found) > 1:
            found.sort()
        return found


_TRIE = EntryTrie(ENTRIES)


class Concepts:
    """Where each concept occurs in one text's tokens."""

    def __init__(self, words: list[Token]):
        self.words = words
        skeletons = [token.skeleton or "_" for token in words]
        longest: dict[tuple[str, int], int] = {}
        for i in range(len(skeletons)):
            for _, name, end in _TRIE.starting_at(skeletons, i):
                if end > longest.get((name, i), i):
                    longest[(name, i)] = end
        self.hits: dict[str, list[Hit]] = {}
        for (name, start), end in sorted(longest.items(), key=lambda item: item[0][1]):
            self.hits.setdefault(name, []).append(Hit(name, start, end))

    def of(self, *names: str) -> list[Hit]:
        return [hit for name in names for hit in self.hits.get(name, ())]

    def add(self, concept: str, start: int, end: int) -> None:
        """A concept read from context rather than from a word list ("I used" at a clause end)."""
        self.hits.setdefault(concept, []).append(Hit(concept, start, end))

    def drop(self, concept: str, start: int, end: int) -> None:
        """Forget a concept's occurrences inside [start, end): an idiom used the words."""
        hits = self.hits.get(concept)
        if hits:
            self.hits[concept] = [h for h in hits if h.end <= start or h.start >= end]
