"""How a use is admitted when it is admitted sideways, by class: the day it happened (a
weekday), a Punjabi perfective ("le leya"), a minimised amount ("beer hi to thi", "just 2
pegs, nothing major"), a restart with the habit left unnamed ("parat suru zala"), a medicine
taken without its doctor, a restraint that failed ("didn't stop myself"), and the poisons
and means people name in their own words ("tannashak", "next to me")."""
from __future__ import annotations


def _weekdays() -> tuple[str, ...]:
    """Weekdays in English, Hindi and Marathi, with the Marathi locative ("सोमवारी")."""
    english = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    latin = ("somvar", "mangalvar", "mangalwar", "budhvar", "budhwar", "guruvar", "guruwar",
             "brihaspativar", "veervar", "shukravar", "shukrawar", "shanivar", "shaniwar",
             "ravivar", "raviwar", "itvaar", "itwar", "aitvaar", "aitwar")
    devanagari = ("सोमवार", "मंगलवार", "मंगळवार", "बुधवार", "गुरुवार", "बृहस्पतिवार", "शुक्रवार",
                  "शनिवार", "रविवार", "इतवार", "ऐतवार")
    return english + tuple(w + "*" for w in latin + devanagari)


NEW: dict[str, tuple[str, ...]] = {
    # "it was only beer", "sirf 2 peg": the amount made small is an amount taken.
    "only_this": ("just", "only", "sirf", "सिर्फ", "bas", "बस", "fakt", "फक्त", "faqat"),
    "only_that": ("hi to", "hi toh", "ही तो", "hi thi", "hi tha", "ही थी", "ही था", "ch hoti",
                  "ch hota", "च होती", "च होता"),
    # "nothing major", "no big deal": the size is denied, not the use.
    "minimised": ("nothing major", "nothing much", "nothing serious", "no big deal", "not much",
                  "not a lot", "kuch khaas nahi", "kuch khas nahi", "कुछ खास नहीं", "zyada nahi",
                  "jyada nahi", "ज़्यादा नहीं", "ज्यादा नहीं", "jast nahi", "जास्त नाही", "kahi jast nahi",
                  "काही जास्त नाही", "itna bhi nahi"),
    # A restart told with the habit left out: "parat suru zala", "phir shuru ho gaya".
    "started": ("suru zala", "suru zali", "suru zale", "suru jhala", "suru jhali", "suru jhale",
                "suru zalay", "suru kela", "suru keli", "suru kelay", "सुरू झालं", "सुरू झाला",
                "सुरू झाली", "सुरू झाले", "सुरू झालंय", "सुरू केलं", "सुरू केली", "सुरु झालं",
                "सुरू केलंय", "सुरु केलंय", "सुरू केलय", "सुरू केलीय", "सुरु केलीय",
                "सुरु झाला", "सुरु झाली", "shuru ho gaya", "shuru ho gayi", "shuru ho gya",
                "shuru ho gyi", "shuru ho gaye", "shuru kar diya", "shuru kar di", "shuru kiya",
                "शुरू हो गया", "शुरू हो गई", "शुरू हो गयी", "शुरू कर दिया", "शुरू कर दी",
                "started", "started up", "begun", "began"),
    # Without the doctor who would have prescribed it: "bina prescription", "डॉक्टरांशिवाय".
    "without_doctor": ("without prescription", "without a prescription", "without any prescription",
                       "no prescription", "without the doctor", "without doctor", "without asking the doctor",
                       "without asking doctor", "doctor ke bina", "dr ke bina", "doctor ke bagair",
                       "डॉक्टर के बिना", "बिना डॉक्टर", "bina doctor", "bina prescription",
                       "बिना प्रिस्क्रिप्शन", "bina parchi", "बिना पर्ची", "doctor shivay",
                       "doctorshivay", "doctoranshivay", "डॉक्टरशिवाय", "डॉक्टरांशिवाय",
                       "prescription shivay", "चिठ्ठीशिवाय", "chitthi shivay", "over the counter",
                       "medical se seedha", "chemist se seedha"),
    # A restraint that failed, told in the past: "didn't stop myself", "khud ko rok nahi paya".
    "failed_restraint": ("didnt stop myself", "didn't stop myself", "did not stop myself",
                         "couldnt stop myself", "couldn't stop myself", "could not stop myself",
                         "cudnt stop myself", "couldnt hold back", "couldn't hold back",
                         "khud ko rok nahi paya", "khud ko rok nahi payi", "khud ko roka nahi",
                         "खुद को रोक नहीं पाया", "खुद को रोक नहीं पाई", "rok nahi paya", "rok nahi payi",
                         "रोक नहीं पाया", "रोक नहीं पाई", "swatahla thambvu shaklo nahi",
                         "स्वतःला थांबवू शकलो नाही", "thambvu shaklo nahi", "थांबवू शकलो नाही",
                         "aavru shaklo nahi", "आवरू शकलो नाही", "rahavla nahi", "राहवलं नाही"),
    # A poison mixed into what one will eat or drink: "mixing it in my tea", "chai me mila ke".
    "mix_in": ("mixing", "mix", "mixed", "mix it", "mila ke", "milake", "mila kar", "milakar",
               "मिला के", "मिलाके", "मिलाकर", "ghol ke", "घोल के", "mislun", "मिसळून", "misalun",
               "ghalun", "घालून", "takun", "टाकून"),
    # Taken to the bottle by friends: "dosto ke sath baith gaya", "mitransobat baslo".
    "sat_down": ("baith gaya", "baith gya", "baith gaye", "baith gye", "baithe the", "बैठ गया", "बैठ गए",
                 "बैठे थे", "basalo", "baslo", "बसलो", "basle", "बसले", "baslo hoto", "बसलो होतो",
                 "sat down with", "sat with the"),
    # Everything at one go: "poora maal ek saath", "all of it at once", "एकाच वेळी सगळं".
    "at_once": ("ek saath", "ek sath", "एक साथ", "ek baar me", "ek baar mein", "एक बार में", "all at once",
                "at once", "in one go", "at one go", "ekach veli", "एकाच वेळी", "ekdam saglya",
                "ek jhatke me", "एक झटके में"),
    # The company and the den of the old life: "junya mitranni bolavlay", "जुना अड्डा".
    "old_company": ("junya mitr*", "जुन्या मित्र*", "june mitra", "जुने मित्र", "juna mitra", "जुना मित्र", "purane yaar", "purane dost",
                    "पुराने यार", "पुराने दोस्त", "purana yaar", "purana dost", "पुराना यार", "पुराना दोस्त", "old friends", "old gang", "old crowd", "old contacts",
                    "old buddies", "drinking buddies", "drinking buddy", "peene wale dost", "पीने वाले दोस्त"),
    "old_place": ("juna adda", "जुना अड्डा", "junya addya*", "जुन्या अड्ड्या*", "purana adda",
                  "पुराना अड्डा", "purane adde", "पुराने अड्डे", "old spot", "old hangout", "old haunt",
                  "old bar", "usual spot", "usual place"),
    # A mind that will not settle: "बेचैनी", "man chalbichal", "man lagat nahi", itching hands.
    "restless": ("bechaini", "बेचैनी", "bechain", "बेचैन", "chalbichal", "चलबिचल", "restless",
                 "restlessness", "uneasy", "ashant", "अशांत", "aswasth", "अस्वस्थ", "man lagat nahi",
                 "मन लागत नाही", "man lagat nahiye", "मन लागत नाहीये", "man nahi lag raha", "मन नहीं लग रहा",
                 "mann nahi lag raha", "haath khujli", "hath khujli", "हाथ खुजली", "haat shivshiv*",
                 "हात शिवशिव*", "javasa vatat*", "जावंसं वाटत*", "jaavasa vatat*"),
    # Remembering it: "daaru aathavtey", "missing the high", "याद आ रही".
    "remembering": ("aathavtey", "aathavte", "aathavtay", "aathavto", "aathavtoy", "aathavat", "aathavla",
                    "आठवतंय", "आठवते", "आठवतो", "आठवतोय", "आठवतेय", "आठवत", "आठवला", "yaad aa rahi", "yaad aa raha", "yaad aati", "yaad aata",
                    "याद आ रही", "याद आ रहा", "याद आती", "miss", "missing", "misses"),
    "the_high": ("the high", "that high", "the buzz", "that buzz", "wo nasha", "woh nasha", "वो नशा",
                 "ti nasha", "ती नशा", "ti jhing", "ती झिंग"),
    # A year gone by is history told, not a use now: "last year I was too drunk to remember".
    "long_ago": ("last year", "pichle saal", "pichhle saal", "पिछले साल", "gelya varshi", "गेल्या वर्षी",
                 "a year ago", "ek saal pehle", "एक साल पहले"),
    # Asking for someone to talk to: "koni bolal ka majhyashi?", "kisi se baat karwa do".
    "talk_plea": ("bolal ka majhyashi", "majhyashi bolal", "माझ्याशी बोलाल", "majhyashi bola", "माझ्याशी बोला",
                  "mujhse baat karo", "mujhse baat karoge", "मुझसे बात करो", "baat karwa do", "baat karva do",
                  "बात करवा दो", "talk to me", "someone to talk to", "koi baat karo", "कोई बात करो"),
    # The company, in the plural: "the boys were getting high".
    "others": ("the boys", "boys", "the guys", "dost log", "दोस्त लोग", "yaar log",
               # workmates (round 45: "other staff were drinking in the cold room office")
               "other staff", "the staff", "colleagues", "coworkers", "co workers", "baaki staff", "बाकी स्टाफ",
               "baki staff", "बाकीचे कामगार", "bakiche kamgar",
               # and room-mates (round 46: "room partners were drinking on saturday")
               "room partners", "room partner", "roommates", "room mates", "flatmates", "flat mates"),
    # Handed a glass: "chacha ji ne glass pakda diya", "हातात ग्लास दिला".
    "offered": ("pakda diya", "pakda di", "पकड़ा दिया", "पकड़ा दी", "thama diya", "thama di", "थमा दिया",
                "थमा दी", "handed me", "hatat dila", "हातात दिला", "हातात दिली", "pudhe kela", "पुढे केला",
                # round 33: "टेम्पोवाल्याने बाटली पुढे केली", "aage badha di"
                "pudhe keli", "पुढे केली", "aage badhayi", "aage badha di", "आगे बढ़ाई", "आगे बढ़ा दी", "held out"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # The Marathi progressive negative: "मन आवरत नाहीये", "zop lagat nahiye".
    "negation": ("nahiye", "naahiye", "नाहीये", "नाहिये", "nahiyet", "नाहीयेत"),
    # Nominal wanting and the fix: "the wanting comes back", "aching for a fix".
    "craving": ("the wanting", "for a fix", "need a fix", "needed a fix", "my fix", "get a fix",
                "craving a fix"),
    "time": _weekdays(),
    # Punjabi perfectives: "chitta le leya", "do peg laa leye".
    "use": ("le leya", "le leyi", "le leye", "lai leya", "lai leyi", "laa leya", "la leya",
            "laa leye", "pee leya", "pi leya", "pee leyi", "pee leye", "maar leya", "maar leye",
            "kha leya", "kha leyi", "kar leya", "lagaa leya", "laga leya"),
    # Toddy by its Konkan and Malvani name, drunk in the dialect's perfect.
    "alcohol": ("maadi", "माडी"),
    "drank": ("पिलंय", "pilay", "pilan", "पिलान", "pyaloy", "प्यालोय", "pelay", "पेलंय",
              # Marathi "gulped it down", said of liquor
              "dhosli", "dhosla", "dhosle", "dhoslo", "dhoslya", "ढोसली", "ढोसला", "ढोसले", "ढोसलो",
              "ढोसल्या", "ढोसलं",
              # the Marathi progressive, drinking for days now (round 56: "3 divas zale piyat ahe")
              "piyat ahe", "piyat aahe", "piyat hoto", "piyat hote", "पीत आहे", "पीत होतो", "पितच आहे",
              "pitach ahe"),
    # Household and farm poisons as named in the field; "pilo", "pelo": drank (dialect).
    "poison": ("tannashak", "tanashak", "tan nashak", "तणनाशक", "तननाशक", "पेस्टीसाईड", "पेस्टीसाइड",
               "पेस्टिसाइड", "pestiside", "pestisaid", "kitnashak", "kitaknashak", "कीटकनाशक",
               "gavat marayche aushadh", "गवत मारायचं औषध"),
    "eat": ("pilo", "पिलो", "pelo", "पेलो", "pilay", "पिलंय", "pyalo", "प्यालो"),
}
