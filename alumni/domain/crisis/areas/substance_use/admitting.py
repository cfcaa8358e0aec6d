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
}

EXTENDS: dict[str, tuple[str, ...]] = {
    "time": _weekdays(),
    # Punjabi perfectives: "chitta le leya", "do peg laa leye".
    "use": ("le leya", "le leyi", "le leye", "lai leya", "lai leyi", "laa leya", "la leya",
            "laa leye", "pee leya", "pi leya", "pee leyi", "pee leye", "maar leya", "maar leye",
            "kha leya", "kha leyi", "kar leya", "lagaa leya", "laga leya"),
    # Toddy by its Konkan and Malvani name, drunk in the dialect's perfect.
    "alcohol": ("maadi", "माडी"),
    "drank": ("पिलंय", "pilay", "pilan", "पिलान", "pyaloy", "प्यालोय", "pelay", "पेलंय"),
    # Household and farm poisons as named in the field; "pilo", "pelo": drank (dialect).
    "poison": ("tannashak", "tanashak", "tan nashak", "तणनाशक", "तननाशक", "पेस्टीसाईड", "पेस्टीसाइड",
               "पेस्टिसाइड", "pestiside", "pestisaid", "kitnashak", "kitaknashak", "कीटकनाशक",
               "gavat marayche aushadh", "गवत मारायचं औषध"),
    "eat": ("pilo", "पिलो", "pelo", "पेलो", "pilay", "पिलंय", "pyalo", "प्यालो"),
}
