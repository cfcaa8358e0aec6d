"""The verbs of dying, living, hanging, jumping, drowning and hurting oneself in the forms a
speaker uses and the lists lacked: by person, gender, tense, aspect and mood, in Hindi and
Marathi (one spelling per sound: the skeleton joins the scripts), and a few English ones.

Written from the paradigm, not from sentences: the Marathi present used for what one is
about to do ("मी मरतोय", "स्वतःला कापतो"), the contracted future ("मरणारे"), the verbal
noun of a thought ("मरण्याचा विचार"), the Hindi subjunctive ("जान ले लूं"), the resolve
("मर के रहूंगा"), the conditional of one's own death ("मैं मर गया तो", "मी मेलो तर"),
the potential denied ("जी नहीं सकता") and the first person of jumping and hanging
("कूद जाऊंगी", "उडी मारतो", "लटकेन"). Everyday objects of the same verbs (a photo hung,
the work finished) are listed where a rule must not read them.
"""
from __future__ import annotations

NEW: dict[str, tuple[str, ...]] = {
    # Marathi first person of dying, with "mi" beside it (dying_and_leaving.py): the
    # progressive, the contracted "marnar aahe" and the colloquial future in -el.
    "die_first_person": ("martoy", "मरतोय", "martey", "marteya", "मरतेय", "marnare", "marnarey",
                         "marnaray", "मरणारे", "मरणारेय", "मरणारंय", "marel", "मरेल"),
    "why_live": ("kiske liye", "किसके लिए", "kunasathi", "konasathi", "कुणासाठी",
                 "कोणासाठी"),
    "drown": ("dubo", "डुबो", "drownin"),
    # "if I die": the writer's own death as a condition (said with "main"/"mi" before it).
    "die_if": (
        "mar gaya to", "mar gayi to", "mar gai to", "mar gya to", "mar gyi to", "मर गया तो",
        "मर गई तो", "मर गयी तो", "mar jaun to", "mar jau to", "मर जाऊं तो", "मर जाऊँ तो",
        "melo tar", "mele tar", "मेलो तर", "मेले तर", "marun gelo tar", "marun geli tar",
        "मरून गेलो तर", "मरून गेले तर",
    ),
    # "marne ja raha hu", "koodne chali hu": on the way to dying, jumping, hanging, drowning (the
    # infinitive, before "going").
    "self_act_to": ("marne", "मरने", "mrne", "latakne", "लटकने", "doobne", "dubne", "डूबने", "jaan dene",
                    "जान देने", "marayla", "मरायला", "latkayla", "लटकायला", "budayla", "बुडायला",
                    "jiv dyayla", "jeev dyayla", "जीव द्यायला"),
    "jump_to": ("koodne", "kudne", "कूदने", "कुदने", "udi marayla", "उडी मारायला", "udi takayla",
                "उडी टाकायला"),
    # Insects and rats are killed every day: "machhar maarne ja raha hu".
    "pest": ("machhar", "macchar", "machchar", "मच्छर", "mosquito*", "cockroach*", "kakroach", "कॉकरोच",
             "chuhe", "chuha", "चूहे", "चूहा", "rat", "rats", "mice", "undir", "उंदीर", "undra", "उंदरा",
             "daas", "डास", "zural", "jhural", "झुरळ", "makkhi", "मक्खी", "keede", "kide", "कीड़े",
             "spider", "ants", "cheenti", "चींटी", "khatmal", "खटमल", "dhekun", "ढेकूण", "saanp", "साँप",
             "snake"),
    # Who says "I": the subject of a first-person verb ("main kood jaungi", "mi udi marto").
    "i_subject": ("main", "mai", "मैं", "mi", "mee", "मी", "i", "im", "i'm", "ima", "imma", "hum", "हम",
                  "aamhi", "आम्ही", "apan", "आपण"),
    # Swimming in Marathi: "पोहायला उडी मारतो".
    "water_leisure": ("pohayla", "pohaycha", "pohto", "pohte", "पोहायला", "पोहायचं", "पोहतो", "पोहते",
                      "swimmingpool"),
    "going_to": ("ja raha", "ja rahi", "ja rahe", "jaa raha", "jaa rahi", "जा रहा", "जा रही",
                 "जा रहे", "chala", "chali", "चला", "चली", "chalalo", "challo", "chalale", "challe",
                 "चाललो", "चालले", "चाललोय", "चाललेय", "nighalo", "nighale", "निघालो", "निघाले"),
    # "marne ke vichar", "मरणाचे विचार": thoughts of dying, said of oneself or not.
    "thoughts_of": ("vichar", "vichaar", "विचार", "khayalat", "ख्यालात", "thoughts of", "thought of",
                    "thoughts about"),
    # "mar ke rahunga": the resolve to see it through.
    "resolve": ("ke rahunga", "ke rahungi", "kar rahunga", "kar rahungi", "ke hi rahunga",
                "ke hi rahungi", "kar hi rahunga", "के रहूंगा", "के रहूँगा", "के रहूंगी", "के रहूँगी",
                "कर रहूंगा", "कर रहूंगी", "के ही रहूंगा", "ke hi dam lunga", "के ही दम लूंगा",
                # after "markar", one word
                "rahunga", "rahungi", "रहूंगा", "रहूँगा", "रहूंगी", "रहूँगी"),
    # "jee" alone is also the polite "ji": living only before a denied "can" or "manage".
    "live_bare": ("jee", "ji", "जी", "jii"),
    "able": ("sakta", "sakti", "sakte", "sakunga", "sakungi", "सकता", "सकती", "सकते", "सकूंगा",
             "सकूंगी", "paunga", "paungi", "paaunga", "paaungi", "pa raha", "pa rahi", "पाऊंगा",
             "पाऊँगा", "पाऊंगी", "पा रहा", "पा रही"),
    # "jee ke kya karu", "जगून काय करू": having lived, to do what.
    "live_conj": ("jee ke", "jee kar", "ji ke", "ji kar", "jeekar", "jikar", "jeeke", "जी के",
                  "जी कर", "जीकर", "jee kar bhi", "jee ke bhi", "जी कर भी", "jagun", "जगून", "जगुन"),
    "what_for": ("kya karu", "kya karun", "kya karoon", "kya karunga", "kya karungi",
                 "क्या करूँ", "क्या करूं", "क्या करूंगा", "क्या करूंगी", "क्या करूँगा",
                 "kay karu", "kay karun", "kay karaycha", "kay karaychay", "काय करू", "काय करून",
                 "काय करायचं", "काय करायचंय", "kay karin", "काय करीन",
                 # Bhojpuri "what to do", "what will I do"
                 "ka kari", "ka karin", "का करी", "का करीं", "ka karab", "का करब"),
    # The first person of jumping: "kood jaungi", "उडी मारतो" (a will, not a game).
    "jump_mine": (
        "kood jaunga", "kood jaungi", "kud jaunga", "kud jaungi", "kood jau", "kud jau",
        "kood jaun", "kud jaun", "kood jaoon", "kood jaenge", "kud jaenge", "कूद जाएंगे", "कूद जाऊंगा",
        "कूद जाऊँगा", "कूद जाउंगा", "कूद जाऊंगी", "कूद जाऊँगी", "कूद जाउंगी", "कूद जाऊं", "कूद जाऊँ", "कूद जाउं", "कूद जाऊ",
        "kudunga", "koodunga", "kudungi", "koodungi", "कूदूंगा", "कूदूँगा", "कूदूंगी", "कुदूंगा",
        "udi marto", "udi marte", "udi marin", "udi maren", "udi marnar", "udi ghein", "udi gheto",
        "udi ghete", "udi ghenar", "udi takto", "udi takte", "udi takin", "udi taknar",
        "उडी मारतो", "उडी मारते", "उडी मारीन", "उडी मारेन", "उडी मारणार", "उडी घेईन", "उडी घेतो",
        "उडी घेते", "उडी घेणार", "उडी टाकतो", "उडी टाकते", "उडी टाकीन", "उडी टाकणार",
    ),
    # Under a train or a car, in one Marathi word: "gadikhali", "रेल्वेखाली".
    "under_vehicle": ("gadikhali", "gaadikhali", "गाडीखाली", "trainkhali", "ट्रेनखाली", "railkhali",
                      "railwekhali", "रेल्वेखाली", "रेल्वेच्या खाली", "truckkhali", "ट्रकखाली"),
    "go_mine": ("jain", "jaeen", "जाईन", "janar", "jaanar", "जाणार"),
    # "tried to die", "marne ki koshish ki", "मरण्याचा प्रयत्न केला": an attempt.
    "attempt": ("tried to", "tried 2", "try to", "trying to", "attempted to", "attempt to", "koshish",
                "koshis", "kosis", "कोशिश", "prayatna", "prayatn", "प्रयत्न"),
    # "papa ji ke liye": "ji ke" is then the polite "ji", not "having lived".
    "for_sake": ("liye", "लिए", "लिये", "sathi", "साठी"),
    "deserve": ("deserve", "deserves", "deserved", "layak", "laayak", "लायक"),
    # What one hangs on a wall or a line: "hang the photo", "फोटो टांगूंगा".
    "hung_object": ("photo", "photos", "picture", "pictures", "painting", "frame", "poster",
                    "calendar", "clock", "mirror", "towel", "shirt", "coat", "jacket", "bag",
                    "फोटो", "tasveer", "तस्वीर", "calender", "कॅलेंडर", "घड्याळ", "ghadyal"),
    # What is held up, which "latkane" also says: "projectmadhe latkaychay nahi", "visa latkanar".
    "held_up_matter": ("project*", "प्रोजेक्ट*", "file", "फाइल", "फाईल", "visa", "व्हिसा", "case", "केस", "kaam", "काम",
                       "kam", "payment", "पेमेंट", "salary", "पगार", "pagar", "paise", "पैसे", "result", "निकाल",
                       "nikal", "admission", "promotion", "process", "form", "फॉर्म", "approval",
                       "tender", "court", "कोर्ट", "transfer", "बदली", "badli", "application", "arj", "अर्ज"),
    # The Marathi future and wish of hanging ("मी झाडाला लटकणार", "latkaychay"): "काम लटकणार" (the
    # work will be held up) is the same word, so it needs the writer or a place to hang from.
    "hang_mine": ("latkanar", "latakanar", "latkanaar", "लटकणार", "लटकनार", "लटकणारच", "latkanarch",
                  # Marathi's present for what one is about to do: "pankhyala latakto" (round 42)
                  "latakto", "latkto", "लटकतो", "latakte", "लटकते",
                  "latkaycha", "latkaychay", "लटकायचं", "लटकायचंय", "latkun ghenar", "लटकून घेणार",
                  "latkun jain", "latkun jaain", "लटकून जाईन"),
    # The Marathi dative of the writer, as the one who wants: "मला लटकायचंय".
    "to_me_mr": ("mala", "मला", "mla"),
    # Hung on to on the way to work: "लोकलला लटकून जाईन", "bus la latkanar".
    "vehicle_ride": ("bus", "busla", "बसला", "बसच्या", "train", "trainla", "ट्रेनला", "local", "localla", "लोकल",
                     "लोकलला", "darwajyat", "दरवाज्यात", "handle", "rickshaw", "रिक्षा", "tempo", "टेम्पो"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    "die": (
        # the verbal noun of a thought or a wish: "मरण्याचा विचार", "marnyachi iccha"
        "marnyach*", "maranyach*", "मरण्याच*", "marnyas", "मरण्यास", "marnyasathi", "मरण्यासाठी",
        "maranacha", "maranachi", "maranache", "marnacha", "marnachi", "marnache", "मरणाचा", "मरणाची",
        "मरणाचे",
        # "I'll die off", "let's die", "having died"
        "marun janar", "मरून जाणार",
        "maruya", "मरूया", "मरुया", "markar", "मरकर",
        # "mr" typed for "mar" before the verb "to go" ("mr jaunga"): not "Mr"
        "mr jaunga", "mr jaungi", "mr jau", "mr jaun", "mr jana", "mr jaana",
    ),
    "want": (
        "maruya", "मरूया", "मरुया", "marun janar", "मरून जाणार",
        # a thought that keeps coming: "marnyacha vichar kartoy", "marne ka khayal aata hai"
        "vichar kartoy", "vichar karto", "vichar karte", "vichar kartey", "विचार करतोय", "विचार करतो",
        "विचार करते", "विचार करतेय", "vichar yetoy", "vichar yetat", "vichar yet ahet", "विचार येतोय",
        "विचार येतात", "विचार येत आहेत", "khayal aata", "khayal aate", "khayal aa raha", "ख्याल आता",
        "ख्याल आते", "ख्याल आ रहा", "vichar aa raha", "vichar aate", "विचार आ रहा", "विचार आते",
        # "khatam kar deta hu": the present for what one is about to do
        "kar deta hu", "kar deti hu", "kar leta hu", "kar leti hu", "कर देता हूं", "कर देता हूँ",
        "कर देती हूं", "कर देती हूँ", "कर लेता हूं", "कर लेता हूँ", "कर लेती हूं", "कर लेती हूँ",
    ),
    # "मला मेलं पाहिजे", "मरायला हवं": I must die ("हवं" alone is also "havan", a rite).
    "suicide": ("mela pahije", "melach pahije", "मेलं पाहिजे", "मेलंच पाहिजे", "मरायला हवं", "मरायला हवंय",
                "marayla hava", "marayla havay"),
    "take_mine": ("le lu", "le lun", "le loon", "ले लूं", "ले लूँ", "ले लू"),
    # the Marathi verbal noun of giving and taking a life: "जीव देण्याचा विचार"
    "give": ("denyach*", "देण्याच*", "dennyach*", "deta", "देता"),
    "take": ("ghenyach*", "घेण्याच*"),
    "endure": ("do life", "do this life"),
    # Marathi first person of hanging oneself: "लटकेन", "फास घेईन" (a noose taken).
    "hanging": ("latken", "latkin", "लटकेन", "लटकीन", "latkun ghein", "लटकून घेईन", "fas ghe*",
                "phas ghe*", "faas ghe*", "फास घे*", "fas lavun ghe*", "phas lavun ghe*",
                "फास लावून घे*"),
    "hang": ("hangin",),
    "jump": ("jumpin",),
    "kill": ("killin",),
    "end": ("endin",),
    "eat": ("kha chuka", "kha chuki", "kha chuke", "खा चुका", "खा चुकी", "खा चुके", "khaycha",
            "khaychay", "khayche", "khaychi", "खायचं", "खायचंय", "खायचे", "खायची", "khavasa",
            "khavese", "खावंसं", "खावेसे"),
    # pills gathered: "गोळ्या जमवल्यात"
    "stockpile": ("jamavl*", "jamvl*", "जमवल*", "gola kel*", "गोळा केल*"),
    "hurt": ("dard deta", "dard deti", "dard dena", "dard diya", "dard di", "दर्द देता", "दर्द देती",
             "दर्द देना", "दर्द दिया", "takleef deta", "takleef deti", "takleef di"),
    "cut": ("kapto", "kapte", "kaptoy", "kaptey", "कापतो", "कापते", "कापतोय", "कापतेय"),
    "better": ("chain milega", "chain mil jayega", "chain milegi", "चैन मिलेगा", "चैन मिल जाएगा"),
}
