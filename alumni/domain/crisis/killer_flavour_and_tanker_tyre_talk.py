"""Danger words in the talk of the vegetable yard, the fish market, the lineman's pole, the juice cart, the
paper line and the water tanker (a reading of rounds 112-113's false alarms). Each phrase is harmless only
beside the words of its kind in the same sentence, or everywhere when it names none, and never beside the
writer's own "I" where the writer could be the one dying (alumni.domain.crisis.quiet_phrases):

- things that die: the phone's battery "about to die", the old tyre "long dead", the compressor "run it
  till it dies"; the brake "struck" like a blow;
- praise and crazes: "this new flavour is a killer"; "people are dying for this magazine, all sold out";
  "my son is mad about cricket, he'd die without his bat, haha"; "I'd give my life for mother's
  solkadhi 😄"; "the song's high has got to me";
- troubles told as deaths: "what a death this is" (what a pain), "nearly crushed to death in the
  Ganpati crowd 😂", "the chilli misal nearly killed me 😂", humidity that kills the linemen, haha; prices
  on fire; work "hung up" midway;
- rounds 114-115: a market "lying dead", leads "all dead"; "dying to go home for Chhath"; the spray "struck" on
  the mulberry; a qawwali that "killed everyone"; a boss ready "to hang everyone" for a small mistake, a wife who
  "will hang me" for coming late 😂; speed post and its delivery slip (not "post", the poppy husk, nor a "slip");
  the cholesterol pill "on";
- the lineman's pole that a new helper is taught to climb (not the bottle that shares its name), hands that
  no longer tremble, the food of a mother's hand, a group ignored.

Read by alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.quiet_phrases import Phrase, PhraseBook, word_set

_I = word_set("i", "im", "i'm", "ill", "i'll", "me", "my", "main", "mai", "mein", "मैं", "मी", "mi", "mala", "मला",
              "mujhe", "मुझे")
_DEVICES = word_set("battery", "phone", "mobile", "charge", "charging", "laptop", "बैटरी", "फोन")
_MACHINES = word_set("टायर", "tyre", "tire", "battery", "बैटरी", "मशीन", "machine", "phone", "फोन", "engine", "इंजन",
                     "pump", "पंप", "compressor", "motor", "मोटर")
_PRAISED = word_set("flavour", "flavor", "stock", "maal", "माल", "item", "design", "song", "gaana", "गाना", "look",
                    "dress", "bike", "product", "taste", "swad", "स्वाद")
_SOLD = word_set("बिक", "bik", "sold", "बिकी", "बिक गई", "craze", "फिदा", "fida", "दीवाने", "diwane")
_LAUGHING = word_set("haha", "hahaha", "हाहा", "हाहाहा", "lol", "😂", "🤣", "😄", "😅", "😆")
_CROWD = word_set("crowd", "गर्दी", "gardi", "भीड़", "bheed", "😂", "🤣")
_SPICY = word_set("tikhat", "तिखट", "tikha", "तीखा", "मिसळ", "misal", "mirchi", "मिरची", "😂", "🤣", "hasun", "हसून")
_WORK_STUCK = word_set("kaam", "काम", "payment", "file", "project", "paisa", "paise", "पैसे", "order", "truck")
_MARKET = word_set("market", "मार्केट", "bazaar", "बाजार", "dhanda", "धंधा", "sale", "business", "leads", "लीड्स", "lead",
                   "walk", "site", "booking", "बुकिंग")
_FOR = word_set("liye", "लिए", "khatir", "ख़ातिर")
_PERFORMED = word_set("qawwali", "कव्वाली", "awaaz", "आवाज", "jaadu", "जादू", "gaana", "गाना", "song", "singing", "stage")
_SCOLDED = word_set("गलती", "galti", "झापलं", "zapla", "ushir", "उशीर", "😂", "🤣", "manager", "मैनेजर", "साहेबांनी",
                    "sahebanni", "boss")
_MEDICINE = word_set("cholesterol", "bp", "sugar", "doctor", "डॉक्टर", "tablet", "dawai", "औषध", "check", "checkup")
_FOOD = word_set("रोटी", "roti", "खाना", "khana", "चाय", "chai", "दाल", "dal", "सब्जी", "sabzi", "पराठा", "paratha",
                 "खीर", "kheer", "solkadhi", "सोलकढी", "bhakri", "भाकरी", "jevan", "जेवण")

_PHRASES = (
    Phrase((("about", "to", "die"), ("going", "to", "die"), ("is", "dying"), ("will", "die")), _DEVICES, _I),
    Phrase((("कब", "का", "मर", "चुका"), ("kab", "ka", "mar", "chuka"), ("कब", "की", "मर", "चुकी"),
            ("kab", "ki", "mar", "chuki")), _MACHINES),
    Phrase((("till", "it", "dies"), ("until", "it", "dies"), ("it", "died"), ("it's", "dying"), ("its", "dying")),),
    Phrase((("ब्रेक", "मार*"), ("ब्रेक", "ऐसे", "मार*"), ("brake", "maar*"), ("brake", "aise", "maar*"),
            ("brake", "mar*"), ("break", "maar*")),),
    Phrase((("killer", "है"), ("killer", "hai"), ("killer", "ahe"), ("killer", "आहे")), _PRAISED),
    Phrase((("लोग", "मर", "रहे"), ("log", "mar", "rahe")), _SOLD),
    Phrase((("के", "बिना", "मर", "जाएगा"), ("ke", "bina", "mar", "jayega"), ("ke", "bina", "mar", "jaega")), _LAUGHING),
    Phrase((("sathi", "jeev", "denar"), ("साठी", "जीव", "देणार"), ("ke", "liye", "jaan", "de", "dunga")), _LAUGHING),
    Phrase((("ganyachi", "nasha"), ("गाण्याची", "नशा"), ("gaane", "ka", "nasha"), ("गाने", "का", "नशा"),
            ("music", "ka", "nasha")),),
    Phrase((("काय", "मरण", "आहे"), ("kay", "maran", "ahe"), ("kay", "maran", "aahe")),),
    Phrase((("चेंगरून", "मराय*"), ("chengrun", "maray*")), _CROWD),
    Phrase((("marnar", "hoto"), ("मरणार", "होतो")), _SPICY),
    Phrase((("मर", "जाएँगे"), ("मर", "जाएंगे"), ("mar", "jayenge")), word_set("उमस", "umas", "humidity")),
    Phrase((("aag", "lag*", "bhavala"), ("bhavala", "aag"), ("भावाला", "आग"), ("आग", "लाग*", "भावाला"),
            ("bhav", "me", "aag"), ("भाव", "में", "आग"), ("daam", "me", "aag"), ("दाम", "में", "आग")),),
    Phrase((("beech", "me", "latak*"), ("बीच", "में", "लटक*")), _WORK_STUCK),
    Phrase((("खांबावर", "चढायला"), ("khambavar", "chadhayla"), ("खांब्यावर", "चढायला"), ("खांबावर", "चढवायला")),),
    # ("haath kaanp rahe hain" alone is the shaking of a craving, and stays)
    Phrase((("haath", "nahi", "kaapte"), ("haath", "nahi", "kaanpte"), ("हाथ", "नहीं", "काँपते"),
            ("हाथ", "नहीं", "कांपते")),),
    Phrase((("हाथ", "की"), ("haath", "ki"), ("हाथ", "का"), ("haath", "ka"), ("hatchya",), ("हातच्या",)), _FOOD),
    Phrase((("ignore", "केलं"), ("ignore", "kela"), ("ignore", "kel*"), ("ignore", "किया"), ("ignore", "kiya"),
            ("ignore", "kar", "diya"), ("ignore", "कर", "दिया")),),
    Phrase((("mara", "pada"), ("मरा", "पड़ा"), ("मरी", "हुई"), ("mari", "hui")), _MARKET),
    Phrase((("mara", "ja", "raha"), ("मरा", "जा", "रहा")), _FOR),
    Phrase((("spray", "मारायचं"), ("spray", "mar*"), ("spray", "maar*"), ("स्प्रे", "मार*")),),
    Phrase((("sabko", "maar", "dala"), ("maar", "dala")), _PERFORMED),
    Phrase((("फांसी", "पे", "लटकाने"), ("phansi", "pe", "latkane"), ("फाशीच", "दिली"), ("fashich", "dili"),
            ("fashi", "deil"), ("फाशी", "देईल")), _SCOLDED),
    Phrase((("speed", "post"), ("स्पीड", "पोस्ट"), ("delivery", "slip")),),
    Phrase((("goli", "chalu"), ("गोळी", "चालू")), _MEDICINE),
    Phrase((("foam", "bags"), ("foam", "bag"), ("foam", "mattress"), ("foam", "sheet"), ("foam", "packing")),),
)
_BOOK = PhraseBook(_PHRASES)


def forget_killer_flavour_and_tanker_tyre_talk(c: Concepts) -> None:
    _BOOK.forget(c)
