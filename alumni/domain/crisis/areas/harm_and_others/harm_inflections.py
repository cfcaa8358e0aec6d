"""Harm-to-others words widened by paradigm: the verb forms of a threat."""
from __future__ import annotations

NEW: dict[str, tuple[str, ...]] = {
    # "won't spare him" with the first person in the verb: "nahi chhodunga".
    "spare_mine": (
        "chhodunga", "chodunga", "chhodungi", "chodungi", "chhodenge", "chodenge", "छोड़ूंगा",
        "छोडूंगा", "छोड़ूँगा", "छोड़ूंगी", "छोडूंगी", "छोड़ेंगे", "sodin", "सोडीन", "sodnar", "सोडणार",
    ),
    "spare_not": ("won't spare", "wont spare", "not going to spare", "won't let him off",
                  "wont let him off", "won't let her off", "won't let him get away",
                  "wont let him get away", "he won't get away", "he wont get away"),
    # What makes "nahi chhodunga" love, not a threat: "never leave you", "kabhi nahi chhodunga".
    "devotion": ("kabhi", "kabhie", "कभी", "never", "kadhi", "kadhich", "कधीच", "कधी", "saath",
                 "साथ", "sobat", "pyaar", "pyar", "प्यार", "prem", "प्रेम", "love", "akela", "akeli",
                 "अकेला", "अकेली", "ekta", "ekti", "एकटा", "एकटी"),
    # Veiled threats: "he will regret this", "i know where his kids go to school".
    "regret_threat": (
        "will regret", "gonna regret", "going to regret", "he'll regret", "she'll regret",
        "they'll regret", "you'll regret", "will pay for this", "will pay for it", "pachtayega",
        "pachhtayega", "pachtaegi", "pachtayegi", "pachtaoge", "पछताएगा", "पछताएगी", "पछताओगे",
        "pastavel", "पस्तावेल", "pastavnar", "पस्तावणार", "pastaval", "पस्तावशील",
        "bhugatna padega", "भुगतना पड़ेगा", "bhogava lagel", "भोगावं लागेल", "kimat chukani",
        "कीमत चुकानी", "kimmat mojavi", "किंमत मोजावी",
    ),
    "know_where": (
        "know where he", "know where she", "know where they", "know where his", "know where her",
        "know where you", "know where ur", "pata hai kahan", "pata hai kaha", "pata hai kidhar",
        "पता है कहाँ", "पता है कहां", "maloom hai kahan", "kahan rehta hai",
        "कहाँ रहता है", "kuthe rahto", "कुठे राहतो", "kuthe rahte", "कुठे राहते", "mahit aahe kuthe",
        "माहित आहे कुठे", "ghar pata hai", "घर पता है", "ghar mahit", "घर माहित",
    ),
    # A threat against the writer that hangs on telling or leaving: never a figure of speech.
    "threat_disclosed": ("kill me if i tell", "kill me if i leave", "kill me if i go", "kill me if i call",
                         "kill me if i report", "hurt me if i tell", "kill me if anyone", "kill me if i talk",
                         "bataya to maar", "batayi to maar", "बताया तो मार", "kisi ko bataya to",
                         "किसी को बताया तो", "police ko bataya to", "sangitla tar marun", "jaan se maar dega",
                         "जान से मार देगा", "marun takel mhanto", "मारून टाकेल म्हणतो", "marun takin mhanto",
                         "मारून टाकीन म्हणतो",
                         # or on money handed over: "he will kill me if I don't give money"
                         "kill me if i don't give", "kill me if i dont give", "kill me if i do not give",
                         "kill me if i don't pay", "kill me if i dont pay", "kill me if i refuse",
                         "kill me if i don't hand", "kill me if i dont hand",
                         "paise nahi diye to maar", "paise nahi diye toh maar", "पैसे नहीं दिए तो मार",
                         "paise nahi dile tar marun", "पैसे नाही दिले तर मारून"),
    # Something heavy brought down on a head: "dokyat dagad ghalin", "sar pe eent maarunga".
    "blunt": ("dagad", "दगड", "dagadane", "दगडाने", "dagdane", "patthar", "पत्थर", "pathar", "stone",
              "brick", "eent", "ईंट", "inth", "vit", "वीट", "vitene", "वीटेने", "bat", "cricket bat",
              "belt", "chain", "sakhli", "साखळी", "spanner", "hammer", "hathoda", "हथौड़ा"),
    "bring_down": ("ghalin", "घालीन", "ghalnar", "घालणार", "haanin", "hanin", "हाणीन", "hannar",
                   "हाणणार", "marin", "मारीन", "marnar", "मारणार", "de marunga", "de maarunga",
                   "दे मारूंगा", "de maarungi", "maarunga", "marunga", "मारूंगा", "ghalun",
                   "smash", "bring down", "hit him", "hit her"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}
