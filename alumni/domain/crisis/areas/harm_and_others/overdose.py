"""Overdose words: poisons, medicines and amounts taken, the body failing after."""
from __future__ import annotations

NEW: dict[str, tuple[str, ...]] = {
    # Consciousness kept, the negation inside the phrase: "एक भी रात होश नहीं खोया" (round 46).
    "od_kept_conscious": ("होश नहीं खोया", "hosh nahi khoya", "होश नहीं खोई", "hosh nahi khoyi", "होश नहीं गंवाया",
                          "hosh nahi gawaya", "शुद्ध नाही हरपली", "shuddh nahi harpali", "never lost consciousness"),
    # Breathing as a practice, done instead of a drink: no breath stopped (round 23).
    "breathing_practice": ("instead", "exercise", "exercises", "technique", "4-7-8", "box breathing",
                           "deep breathing", "pranayam", "प्राणायाम", "anulom", "अनुलोम", "yoga", "योगा", "योग",
                           "meditation"),
    # Cleaners are poison only when drunk: "dettol se haath dhoye" is hygiene.
    "cleaner": ("dettol", "lizol", "savlon", "colin", "surf", "detergent", "floor cleaner",
                "hand wash", "handwash", "sanitizer", "sanitiser", "सॅनिटायझर", "डेटॉल", "harpic"),
    "few_count": ("re:[5-9५-९]", "five", "six", "seven", "eight", "nine", "paanch", "panch",
                  "पांच", "पाँच", "छह", "nau", "नौ", "नऊ"),
    # Fainting or silence: an overdose only beside pills, poison or a drug taken.
    "collapse": ("passed out", "no response", "fainted", "faint", "behoshi", "बेहोशी", "gir pada",
                 "gir padi", "गिर पड़ा", "गिर पड़ी", "padla", "पडला", "padli", "पडली", "so sleepy",
                 "very sleepy", "drowsy", "can't keep my eyes open", "jhop yetey", "zop yetey",
                 "झोप येतेय", "neend aa rahi", "नींद आ रही", "chakkar aa raha", "chakkar aa rahe",
                 "chakkar aa rahi", "चक्कर आ रहा", "चक्कर आ रहे", "चक्कर आ रही", "चक्कर येत*",
                 "chakkar yet*"),
    # Strong signs of an emergency: a hospital visit alone is not one.
    "emergency": ("ambulance", "एम्बुलेंस", "ॲम्ब्युलन्स", "ambulence", "icu", "emergency",
                  "casualty", "stomach wash", "pet saaf", "pet saf", "108", "102"),
    # Medicines taken as a routine: "took all my meds on time".
    "routine": ("on time", "time pe", "time par", "samay par", "समय पर", "velevar", "वेळेवर",
                "regularly", "niyamit", "नियमित", "daily", "roz", "रोज", "rozana", "every day",
                "everyday", "as usual", "like always", "hamesha ki tarah", "morning and night",
                "subah shaam", "सुबह शाम", "sakal sandhyakal", "सकाळ संध्याकाळ", "as prescribed",
                "prescribed", "refill", "refilled"),
    "vomit": ("vomit*", "throwing up", "threw up", "puking", "puked", "ulti", "ultiyan", "ulte",
              "उल्टी", "उलटी", "ultya", "उलट्या", "ओकाऱ्या", "okarya"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    "poison": (
        "mosquito liquid", "mosquito repellent", "mosquito repellant", "machhar ki dawa",
        "machhar marne", "machchar marne", "मच्छर मारने", "machhar ka liquid", "keede ki dawa",
        "kide ki dawa", "keeda marne", "कीड़े की दवा", "cockroach killer", "cockroach spray",
        "hit spray", "lakshman rekha", "chuhe ki dawa*", "chuhe wali dawa*", "chuhe ki goli*",
        "चूहे की दवा*", "चूहे वाली दवा*", "rat ki dawa*", "rat wali dawa*", "undrachi goli", "उंदराची गोळी", "dhekun*", "ढेकूण*", "undrach*", "undirach*", "उंदराच*",
        "उंदीराच*", "rodenticide", "weedicide", "herbicide", "tik 20", "tik20", "endosulfan",
        "monocrotophos", "organophosphate", "naphthalene",
        "phinel", "phinail", "phenel", "fenyl", "finel", "phenyle", "फिनेल", "फिनाईल", "फेनॉल",
        # with Marathi's genitive: "फिनेलची बाटली", "phenylchi"
        "फिनेलची", "फिनेलचा", "फिनेलचं", "फिनाईलची", "फिनाइलची", "phenylchi", "phenylcha", "finelchi",
        # the orchard's spray: "kaju bagetla aushadh", "बागेतलं औषध"
        "bagetla aushadh", "baagetla aushadh", "बागेतलं औषध", "बागेतला औषध", "बागेतले औषध",
        "favarniche aushadh", "फवारणीचं औषध", "फवारणीचे औषध",
        "sulfas", "salfas", "सल्फास", "सल्फ़ास", "सल्फासची", "सल्फासच्या", "sulfaschi", "salfaschi",
        # the lab's cyanide (round 40)
        "cyanide", "cynide", "cyanaid", "सायनाइड", "सायनाईड", "साइनाइड", "सायनाइड़", "kcn", "selfos", "kerosin", "rockel", "रॉकेल",
        "ghasleti", "घासलेट", "mitti tel", "मिट्टी का तेल", "tejaab", "tezab", "teezab", "तेज़ाब",
        "zeharila", "ज़हरीला", "vishari", "विषारी",
    ),
    "sedatives": (
        "nitro", "nitros", "nitrosun*", "nitravet", "alprax*", "अल्प्राक्स", "अल्प्रॅक्स", "अल्प्राझोलम", "restyl", "rivotril",
        "zolpidem", "zolfresh", "ambien", "calmpose", "trika",
    ),
    "pills": (
        # the insulin pen, dosed like a tablet (round 41: "इन्सुलिनचे पूर्ण पेन टोचून घेतले एकदम")
        "insulin", "इन्सुलिन", "इंसुलिन", "इन्सुलिनचे", "इन्सुलिनचा", "insulinche", "insulincha",
        "goliyan", "goliya", "golyan", "golyanchi", "golyanchya", "गोळ्यांच*", "tablet*", "टॅबलेट*",
        "टेबलेट*", "टैबलेट*", "capsul*", "medicin*", "aushadh*", "davai", "dawaiyan",
        "dawaiya", "दवाइय*", "cough syrup", "khansi ki dawa*", "खांसी की दवा*", "nyquil", "benadryl",
    ),
    "pill_count": ("tablet*", "capsul*", "golyan*", "goliyan*", "nitro", "nitros", "टॅबलेट*",
                   "टेबलेट*", "टैबलेट*", "गोलीया", "goliya"),
    "count": ("re:[१-९][०-९]+", "ten", "fifteen", "twenty", "thirty", "forty", "fifty", "dozen",
              "das", "dus", "दस", "pandrah", "पंद्रह", "bees", "बीस", "tees", "तीस", "chalis",
              "चालीस", "pachas", "पचास", "pandhra", "पंधरा", "vees", "वीस",
              "chalees", "चाळीस", "pannas", "पन्नास",
              # the twenties and thirties, which Hindi and Marathi name each in a word of its own (round 113:
              # "दोन क्वार्टरसोबत पंचवीस अल्प्राक्स घेतल्या")
              "इक्कीस", "ikkis", "बाईस", "तेईस", "चौबीस", "chaubis", "पच्चीस", "पचीस", "pachchis", "pachis",
              "pachees", "छब्बीस", "chhabbis", "सत्ताईस", "sattais", "अट्ठाईस", "atthais", "पैंतीस", "paintis",
              "एकवीस", "ekvis", "बावीस", "bavis", "तेवीस", "tevis", "चोवीस", "chovis", "पंचवीस", "panchvis",
              "सव्वीस", "savvis", "सत्तावीस", "sattavis", "अठ्ठावीस", "aththavis", "पस्तीस", "pastis"),
    "quantity": (
        "sheeshi", "shishi", "शीशी", "packet", "full strip", "whole strip",
        "whole bottle", "whole pack", "fistful", "mutthi bhar", "मुट्ठी भर", "ek dum", "sagli",
        "saglya", "sagle", "सगळ्या", "सगळे", "poori", "puri", "पूरी", "purna", "पूर्ण",
        # a heap, and the strips found empty (not "ढीग" alone: it folds like "dig")
        "ढीग आहे", "dhig ahe", "dhig aahe", "ढीग केलाय", "ढीग लावलाय", "रिकामी पाकिटं", "रिकामी पाकिटे", "rikami pakita",
        "rikami pakite", "empty strips", "empty packets", "empty wrappers",
    ),
    "eat": (
        "khallya", "khalli", "khalle", "khalya", "khalla", "खाल्ला", "kha liye", "kha gaya",
        "kha gayi", "kha le", "kha lega", "kha legi", "kha lunga", "kha li h", "kha li hai",
        "gilalya", "gilalli", "gilla", "gilali", "गिळल*", "nigla", "nigli", "nigal li", "nigal liya",
        "निगल*", "gatak li", "gatak liya", "gatka", "गटक*", "pi gaya", "pi gayi", "pi gya", "pi gyi",
        "pi liya", "pi li", "pee li", "pi lee", "पी गया", "पी गई", "पी गयी", "पी लिया", "पी ली", "पि लिया",
        "pyayla", "pyayli", "pyayle", "pyaylo", "pyayalo", "pyalo", "pyala", "pyaile", "प्याय*",
        "प्याल*", "pila", "piyala", "piyali", "piun", "पिऊन", "swallowed", "swalowed", "gulped", "sip", "sipped", "a sip", "tasted", "licked", "खाल्लं", "khallan",
        "chugged", "downed", "drank", "drunk", "ate", "eaten", "popped", "took", "have taken",
        "ghetlya", "ghetle", "ghetli", "ghetla", "घेतल*", "le liya", "le li", "le liye", "ले लिया",
        "ले ली", "ले लीं", "ले लिए",
    ),
    "swallow": ("gilal*", "गिळल*", "gil*", "nigal*", "nigl*", "gatak*", "gatka*", "swalow*",
                "swallow*", "gulp*", "chug*", "downed"),
    "unconscious": (
        "not waking", "wont wake", "won't wake", "can't wake", "cant wake", "not waking up",
        "isnt waking", "isn't waking", "uth nahi raha", "uth nahi rahi", "उठ नहीं रहा", "उठ नहीं रही",
        "uthat nahi", "उठत नाही", "uthlach nahi", "उठलाच नाही", "uthalach nahi", "uthli nahi",
        "उठली नाही", "hosh nahi", "होश नहीं", "hosh me nahi", "होश में नहीं", "behosh", "बेहोश",
        "shuddhivar nahi", "शुद्धीवर नाही", "shuddhit nahi", "शुद्धीत नाही", "shuddh harpali",
        "शुद्ध हरपली", "blue lips", "lips blue", "turning blue", "neela pad*", "नीला पड़*",
        "nila padla", "निळा पडला", "muh se jhaag", "मुंह से झाग", "tondatun fes", "तोंडातून फेस",
        "unresponsive", "saans nahi le",
        "सांस नहीं ले", "shwas ghet nahi", "श्वास घेत नाही",
    ),
}
