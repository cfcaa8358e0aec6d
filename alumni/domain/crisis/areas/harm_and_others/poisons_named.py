"""Poisons by the names a farm and a shop give them, and a poison kept for oneself (round 14:
holdouts 38 and 39): the pesticides' brand names in both scripts ("टिक ट्वेंटी", "Rogor",
"Nuvan", "Monocil", "Celphos"), "keedamaar dawai" and "kitaknashak" in their case forms, the
medicine named by its use on the crops ("खेत में छिड़कने वाली दवा", "fasal ki dawa"); a poison
fetched "not for the godown, for myself" ("apne liye", "स्वतःसाठी"); a poison set aside or put
in front of oneself for tonight ("Kept the rat poison aside for tonight", "टिक ट्वेंटीची बाटली
समोर ठेवली आहे. आज रात्री").

A pesticide sprayed on the cotton, rat poison put out in the godown or the kitchen, a bottle
of Tik-20 bought for the field stay quiet: the brand is only a poison, and a poison needs its
taking, its "for myself" (not denied: "apne liye nahi", supplies_and_pests.py) or its night
set aside. Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

OD = Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    # Pills laid out in a row (round 34, holdout 106): "they're all lined up on my desk",
    # "ऑनलाइन से मँगाई गोलियाँ मेज़ पर रखी हैं".
    # "its not for the rats" (round 34): the poison's everyday use denied.
    # (not "not for rats, for cockroaches": another pest named)
    "pn_not_for_pests": ("its not for the rats", "it's not for the rats", "not for the rats.", "चूहों के लिए नहीं है",
                         "उंदरांसाठी नाहीये", "chuhon ke liye nahi hai",
                         # rounds 64-65: "godown se ratol laaya hu, chuhon ke liye nahi apne liye"
                         "chuhon ke liye nahi", "chuho ke liye nahi", "चूहों के लिए नहीं", "undransathi nahi",
                         "उंदरांसाठी नाही"),
    "pn_lined_up": ("all lined up", "lined up on", "laid out on my desk", "laid them out", "मेज़ पर रखी", "मेज पर रखी",
                    "टेबलवर मांडल्या", "tablevar mandlya", "mez par rakhi"),
    # For the writer's own use: "apne liye", "khud ke liye", "स्वतःसाठी", "for myself".
    "for_myself": ("apne liye", "अपने लिए", "apne liye hi", "अपने लिए ही", "khud ke liye", "खुद के लिए",
                   "mere khud ke liye", "मेरे खुद के लिए", "swatasathi", "swatahasathi", "swatahsathi",
                   "स्वतःसाठी", "स्वतःकरिता", "for myself", "meant for me", "its for me", "it's for me",
                   "mere liye hai", "मेरे लिए है", "majhyasathi ahe", "माझ्यासाठी आहे", "mazyasathi ahe"),
    # The poison said to be the writer's: "the rat poison is for me this time".
    "is_for_me": ("is for me", "was for me", "is for me this time", "is mine this time"),
    # Another pest or place the poison is for: "not for the rats, for the cockroaches". Not the
    # `pest` concept (verb_forms.py): it holds the rats, which are inside the poison's own name
    # ("chuhe ki dawai") and would always be in the window.
    "another_pest": ("cockroach*", "kakroach", "कॉकरोच", "zural*", "jhural*", "झुरळ*", "dimak", "deemak",
                     "दीमक", "वाळवी", "valvi", "termite*", "khatmal", "खटमल", "dhekun", "ढेकूण", "ढेकणां*",
                     "machhar", "मच्छर", "daas", "डास", "ants", "cheenti", "चींटी", "मुंग्या", "mungya",
                     "garden*", "bagich*", "बगीच*", "बगिच*", "ghar ke liye", "घर के लिए", "gharasathi",
                     "घरासाठी", "for the house", "for home", "weeds", "ghaas", "घास", "tan", "तण",
                     # or a crop: "khet ke liye nahi, kapas ke liye" (not "baag" or "oos", spelt like
                     # "bag" and "us" once the vowels go)
                     "kapas", "कपास", "kapus", "कापूस", "कापसा*", "soybean", "सोयाबीन*", "ganna", "गन्ना",
                     "गन्ने", "fasal", "फसल", "peek", "पीक", "crop*", "cotton", "dhaan",
                     "धान", "gehu", "गेहूं", "tamatar", "टमाटर", "kanda", "कांदा", "pyaaz", "प्याज"),
    # Set aside, or set before oneself: "kept aside", "alag rakh di", "समोर ठेवली", "उशाशी".
    "set_aside": ("aside", "kept aside", "put aside", "set aside", "alag rakh*", "अलग रख*", "alag se rakh*",
                  "sambhal ke rakh*", "संभाल के रख*", "sambhal kar rakh*", "संभालकर रख*", "bacha ke rakh*",
                  "बचा के रख*", "side me rakh*", "साइड में रख*", "bajula thev*", "बाजूला ठेव*", "japun thev*",
                  "जपून ठेव*", "samor thev*", "समोर ठेव*", "saamne rakh*", "samne rakh*", "सामने रख*",
                  "in front of me", "next to me", "beside me", "by my bed", "by my pillow", "under my pillow",
                  "ushashi", "उशाशी", "sirhane", "सिरहाने", "saved it for", "saving it for", "kept it ready",
                  # in the pocket (round 33): "sulfas की 2 goli जेब में है. aaj raat"
                  "jeb me", "jeb mein", "जेब में", "खिशात", "khishat", "in my pocket"),
    # This night, and no other: "tonight", "aaj raat ke liye", "आज रात्रीसाठी".
    "tonight": ("tonight", "tonite", "2nite", "for tonight", "aaj raat", "aaj ki raat", "आज रात", "आज की रात",
                "aaj raat ke liye", "आज रात के लिए", "aaj ratri", "आज रात्री", "aaj ratrisathi", "आज रात्रीसाठी",
                "ratrisathi", "रात्रीसाठी", "ajchya ratri", "आजच्या रात्री", "ajchya ratrisathi",
                "आजच्या रात्रीसाठी"),
    # Where a pest poison is put to its use.
    "pest_place": ("godown", "godam", "गोदाम", "godamat", "गोदामात", "kitchen", "rasoi", "रसोई",
                   "swayampak ghar", "स्वयंपाकघर", "store room", "storeroom", "dukan", "dukaan", "दुकान", "shop",
                   "khet", "खेत", "शेत", "shetat", "शेतात", "farm", "field", "crops", "for the rats",
                   "for rats", "rats", "mice", "chuhon ke liye", "चूहों के लिए", "undransathi", "उंदरांसाठी",
                   "chuho ke liye", "chuhe ke liye", "चूहो के लिए", "चूहे के लिए", "rats ke liye", "undrasathi",
                   "उंदरासाठी", "shetasathi", "शेतासाठी", "shetisathi", "शेतीसाठी", "pikasathi", "पिकासाठी",
                   "corners"),
    # The field gone to, apart from the medicine drunk there (round 23): "शेताकडे जाऊन औषध
    # प्यायचा विचार", "khet jaake dawai peene ka khayal".
    "field_gone_to": ("shetakade", "शेताकडे", "shetat jaun", "शेतात जाऊन", "shetavar jaun", "शेतावर जाऊन",
                      "shetat", "शेतात", "shetavar", "शेतावर", "khet jaake", "खेत जाके", "खेत जाकर", "khet jakar",
                      "khet me jaake", "खेत में जाके", "kheton me", "खेतों में", "wadit", "वाडीत"),
    "medicine_word": ("aushadh", "aushadha", "औषध", "औषधं", "dawai", "davai", "दवाई", "dawa", "दवा"),
    # Drunk, in the words kept here because the medicine's own reading forgets "dawai peene" as
    # drinking (a medicine is taken, not drunk).
    "medicine_drunk": ("peene", "pine", "pina", "peena", "पीने", "पीना", "pee", "pi", "पी", "pilo", "pi lunga",
                       "pee lunga", "पी लूंगा", "pyaycha", "pyaych*", "प्यायचा", "प्यायचं", "प्यायच*", "pyav*", "प्याव*",
                       "piun", "पिऊन", "piin", "पिईन", "pinar", "पिणार", "pyalo", "pyaylo", "प्यायलो", "pyali", "प्याली",
                       "pi liya", "पी लिया", "pee liya", "pi li", "पी ली", "pee li"),
    # The medicine sprayed, which is its work: "औषध मारलं", "favarla", "chhidki".
    "medicine_sprayed": ("favarla", "favarle", "फवारलं", "फवारले", "फवारणी", "favarni", "मारलं", "marla", "marle",
                         "मारले", "chhidka", "chhidki", "chhidak", "छिड़का", "छिड़की", "छिड़क", "spray", "स्प्रे", "sprayed"),
    # What else is drunk in the field: tea, water, buttermilk ("beverage" holds the medicine too).
    "drunk_in_the_field": ("chai", "चाय", "chaha", "चहा", "pani", "paani", "पाणी", "पानी", "water", "tea", "coffee",
                           "कॉफी", "juice", "sarbat", "सरबत", "lassi", "लस्सी", "taak", "ताक", "chaas", "छाछ"),
    # A medicine of the body, named: the fever's, the cough's, the pressure's.
    "medicine_of_the_body": ("khokla", "खोकला", "खोकल्याचं", "khoklyacha", "khoklyache", "खोकल्याचे", "tap", "ताप",
                             "tapache", "tapacha", "tapachi", "तापाचं", "तापाचे", "तापाची", "bukhar", "बुखार",
                             "visarlo", "विसरलो", "visarle", "bhool gaya", "भूल गया", "forgot",
                             "bp", "sugar", "शुगर", "khansi", "खांसी", "sardi", "सर्दी", "doctor", "डॉक्टर",
                             "tablet", "goli", "गोळी", "गोली", "aai", "आई", "baba", "बाबा", "gai", "गाय",
                             "bail", "बैल", "janavar", "जनावर", "pashu", "पशु"),
    # The poisonous plants of the village and the forest, named alone: datura and oleander
    # (kaner, kanher), whose seeds are eaten to die. Alone they are also Shiva's offering and a
    # hedge's flowers, so they need eating and no worship beside them.
    "poison_plant": ("dhatura", "dhature", "dhatoora", "धतूरा", "धतूरे", "धतुरा", "धतुरे", "dhotra", "dhotrya*",
                     "धोतरा", "धोतऱ्या*", "धोतर्या*", "kaner", "kanher", "kanera", "कनेर", "कण्हेर*", "कन्हेर*",
                     "kanhericha", "oleander", "kuchla", "कुचला"),
    # Worship and the garden, where the same plants are offered or grow: "shivji ko dhatura chadhaya".
    "plant_offered": ("shiv*", "शिव*", "mahadev", "महादेव", "bholenath", "भोलेनाथ", "mandir", "मंदिर", "puja",
                      "pooja", "पूजा", "पूजे*", "chadhaya", "चढ़ाया", "चढाया", "chadhaye", "चढ़ाए", "vahila", "वाहिला",
                      "vahile", "वाहिले", "prasad", "प्रसाद", "phool", "फूल", "phul", "फुलं", "फुले", "flowers", "hedge",
                      "garden", "बाग", "bagicha"),
    # Chemicals of a trade that are poison only drunk, stolen or set out (round 41): formalin on the
    # fish, and acid as Devanagari spells it ("tod_acid" has both; the goldsmith's and the cleaner's
    # acid at work is no poison until then), nitric, the laundry's caustic soda (round 44); and the
    # unit's cyanide with Marathi's "of" glued on ("सायनाइडची पुडी", round 42), which the poison
    # list, matching whole words, does not hold.
    "pn_work_chemical": ("formalin", "formaline", "फॉर्मेलिन", "फॉर्मलिन", "formalinne", "एसिड", "ऍसिड", "ॲसिड",
                         "ऐसिड", "nitric", "नाइट्रिक", "नायट्रिक", "नाईट्रिक", "caustic", "कॉस्टिक", "costic",
                         "kastik", "कास्टिक", "सायनाइडची", "सायनाइडचा", "सायनाइडचं", "सायनाईडची",
                         # the dry-cleaner's solvent (round 44, laundries)
                         "solvent", "सॉल्वेंट", "dry cleaning chemical", "dry cleaning wala chemical",
                         "ड्राई क्लीनिंग वाला केमिकल", "ड्राई क्लीनिंग का केमिकल", "ड्राय क्लीनिंगचं केमिकल",
                         "dry cleaning cha chemical", "dry clean ka chemical",
                         # rounds 68-69: the brass polisher's, the winery's, the furniture polisher's
                         "naushadar", "नौसादर", "नौशादर", "nausadar", "metabisulphite", "मेटाबाइसल्फाइट",
                         "copper sulphate", "कॉपर सल्फेट", "morchood", "मोरचूद", "french polish spirit",
                         "polish spirit"),
    # Drinking it now or tonight: "आज रात पीने का plan", "ऍसिड पिलो".
    "pn_to_drink": ("पीने का plan", "peene ka plan", "pine ka plan", "पीने का", "peene ka", "pinar", "पिणार",
                    "pyaycha", "प्यायचं", "पीने वाला", "peene wala", "pine wala", "going to drink it", "gonna drink it",
                    "will drink it", "drink it tonight", "पीने को", "peene ko", "pine ko"),
    # The chemical's solution, its water named in the genitive: "caustic चं पाणी", "acid ka paani".
    "pn_chemical_water": ("caustic चं पाणी", "caustic cha pani", "caustic cha paani", "कॉस्टिकचं पाणी", "कॉस्टिकचे पाणी",
                          "caustic ka pani", "caustic ka paani", "caustic ka ghol", "कॉस्टिक का घोल", "कॉस्टिक का पानी",
                          "acid cha pani", "acid ka pani", "acid ka paani", "एसिड का पानी", "ॲसिडचं पाणी",
                          "bleach cha pani", "bleach ka pani", "ब्लीच का पानी", "ब्लीचचं पाणी"),
    # What the chemical is set out for: cleaning, polishing, the day's work.
    "pn_work_purpose": ("safai", "सफाई", "saaf karne", "साफ करने", "saaf karayla", "साफ करायला", "polish",
                        "पॉलिश", "kaam ke liye", "काम के लिए", "kamasathi", "कामासाठी", "for work", "for cleaning",
                        "spray", "स्प्रे", "favarni", "फवारणी", "fawarni"),
    # Round 42 (goldsmiths): the poison stolen from the unit, put on the tongue, set before oneself.
    "pn_stolen": ("चोरून", "chorun", "chura ke", "चुरा के", "चुराया", "churaya", "stole", "stolen", "took it while",
                  "उठा लाया", "utha laya", "uchalun anla", "उचलून आणलं"),
    "pn_on_tongue": ("जिभेवर", "jibhevar", "jibhe var", "जीभ पर", "jeebh pe", "jeebh par", "on my tongue",
                     "मुंह में", "munh me", "in my fist", "मुठीत", "muthit"),
    "pn_in_front": ("समोर ठेवलीये", "समोर ठेवली", "samor thevli", "samor thevliye", "समोर ठेवलंय", "सामने रखी",
                    "saamne rakhi", "samne rakhi", "सामने रखा", "in front of me", "समोर आहे", "samor ahe",
                    "ग्लास भरला", "glass bharla", "glass bhar liya", "ग्लास भर लिया"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    "poison": (
        # Copper sulphate and the mosquito machine's liquid (round 60-61's reading).
        "nila thotha", "निळा थोथा", "nila tutiya", "नीला थोथा", "morchud", "मोरचूद", "machhar wali dawa",
        "मच्छर वाली दवा", "मच्छर वाली मशीन", "machhar wali machine", "machhar ki dawa", "मच्छर की दवा",
        "mosquito liquid", "mosquito repellent liquid", "all out ka liquid", "good knight ka liquid",
        # The cold store's ammonia and the factory's solvent as a bottle or a can (round 64-65's
        # reading: "ammonia chi batli store madhun uchalli, aaj pinar", "सॉल्व्हंटचा कॅन आणलाय ... पिणार").
        "ammonia chi batli", "ammonia ki bottle", "ammonia ki botal", "अमोनियाची बाटली", "अमोनिया की बोतल",
        "सॉल्व्हंटचा कॅन", "solvent cha can", "solvent ka dabba", "सॉल्वेंट का डिब्बा", "solvent ki bottle",
        # The plants' seeds, root or juice: poisons whatever else is near.
        "dhatur* ke beej", "dhatur* ke bij", "dhatur* ki beej", "धतूर* के बीज", "धतुर* के बीज", "dhatura seeds",
        "dhatura seed", "dhotryachya biya", "dhotryachi biya", "धोतऱ्याच्या बिया", "धोतर्याच्या बिया",
        "kaner ke beej", "kaner ke bij", "कनेर के बीज", "kanher seeds", "kaner seeds", "oleander seeds",
        "oleander seed", "kanherchya biya", "कण्हेरच्या बिया", "कन्हेरच्या बिया", "dhatura ka ras",
        "धतूरे का रस", "kuchla ke beej", "कुचले के बीज",
        # Pesticides by brand, in both scripts (the Latin and Devanagari spellings fold apart).
        "टिक ट्वेंटी*", "टिक 20", "टिक २०", "tik twenty", "tick 20", "tick twenty", "rogor", "रोगर", "nuvan",
        "nuvaan", "नुवान", "monocil", "मोनोसिल", "थायमेट", "थिमेट", "सेल्फॉस", "सेल्फास", "quickphos",
        "क्विकफॉस", "phosphide", "aluminium phosphide", "zinc phosphide", "रॅटॉल", "रैटोल", "रेटॉल",
        "furadan", "फ्युराडान", "फुराडान", "phorate", "फोरेट", "paraquat", "पॅराक्वाट", "gramoxone",
        "ग्रामोक्सोन", "chlorpyrifos", "dichlorvos", "malathion", "मॅलेथिऑन", "बेगॉन", "बैगॉन",
        # The insect killer in one word, and the pesticide in its case forms.
        "keedamaar*", "keedemaar*", "kidamaar*", "kidemaar*", "कीड़ामार*", "कीड़ेमार*", "कीडामार*", "कीडेमार*",
        "keeda maar dawa*", "keede maar dawa*", "कीड़े मार दवा*", "kitaknashak*", "कीटकनाशक*",
        "keetnashak*", "कीटनाशक*", "pesticide*", "insecticide*",
        # The medicine named by its use on the crops: "खेत में छिड़कने वाली दवा", "fasal ki dawai".
        "chhidakne wali dawa*", "chidakne wali dawa*", "छिड़कने वाली दवा*", "छिडकने वाली दवा*",
        "chhidakne ki dawa*", "छिड़कने की दवा*", "spray wali dawa*", "स्प्रे वाली दवा*", "fasal ki dawa*",
        "फसल की दवा*", "khet wali dawa*", "खेत वाली दवा*", "khet ki dawa*", "खेत की दवा*",
        "favarnichi dawa*", "फवारणीची दवा*", "shetatla aushadh", "शेतातलं औषध", "शेतातले औषध",
    ),
}

_AT_WORK = _g("spraying", "pest_place")

COMBINATIONS: tuple[Combination, ...] = (
    # A poison fetched for the writer's own use: "chuhe maarne ki dawa laya hu, godown ke liye
    # nahi, apne liye", "उंदराचं औषध स्वतःसाठी आणलंय".
    # (Not beside a place it is for, undenied: "apne liye chai, godown ke liye chuhe ki dawa".)
    Combination(OD, (_g("poison", "farm_poison"), _g("for_myself")), 10, unless=_g("pest_place")),
    # A poison bought and its pests or field denied, none other named: "rat poison li, chuhon
    # ke liye nahi", "कीटनाशक लाया, खेत के लिए नहीं" (supplies_and_pests.py keeps the denial).
    Combination(OD, (_g("poison", "farm_poison"), _g("pest_place_denied")), 10,
                unless=_g("pest_place", "another_pest"), unless_reach=8),
    # "the rat poison is for me this time" (not "...is for me to put in the godown").
    Combination(OD, (_g("poison", "farm_poison"), _g("is_for_me")), 6,
                unless=_g("pest_place", "another_pest"), unless_reach=8),
    # The field gone to and its medicine to be drunk there: "रात्री शेताकडे जाऊन औषध प्यायचा
    # विचार येतो" (not the medicine of a fever, a parent or the cattle).
    Combination(OD, (_g("field_gone_to"), _g("medicine_word"), _g("medicine_drunk")), 8,
                unless=_g("medicine_of_the_body", "medicine_sprayed", "spraying", "drunk_in_the_field"), unless_reach=6),
    # A poisonous plant eaten, ground or drunk: "मरीज ने धतूरा खा लिया है" (not offered to Shiva).
    Combination(OD, (_g("poison_plant"), _g("eat", "drank", "drink_verb", "swallow", "die")), 5,
                unless=_g("plant_offered"), unless_reach=8),
    # A poison set aside or before oneself, for tonight: "kept the rat poison aside for tonight".
    Combination(OD, (_g("poison", "farm_poison"), _g("set_aside"), _g("tonight")), 14, across=True,
                unless=_AT_WORK),
    Combination(OD, (_g("poison", "farm_poison"), _g("pn_not_for_pests")), 12, across=True),
    # "ऍसिड पिलो, घसा जळतोय", "formalin की bottle निकाल के रखी है, आज रात पीने का plan है": the work's
    # chemical drunk, or to be drunk (not its smell on the fish, nor water to dilute it in).
    Combination(OD, (_g("pn_work_chemical"), _g("drank", "drank_pilo", "swallow", "pn_to_drink")), 8, across=True,
                unless=_g("beverage", "mix_in", "relation", "third_person")),
    # Mixed into water to be drunk: "caustic soda panyat kalvun thevlay, pinar ahe" (round 44; a
    # dilution for work names no drinking).
    Combination(OD, (_g("pn_chemical_water"), _g("drank", "drank_pilo", "swallow", "pn_to_drink")), 6,
                unless=_g("relation", "third_person", "pn_work_purpose")),
    Combination(OD, (_g("pn_work_chemical"), _g("pn_to_drink")), 8, across=True,
                unless=_g("relation", "third_person", "pn_work_purpose"), unless_reach=8),
    Combination(OD, (_g("poison", "pn_work_chemical"), _g("pn_stolen", "pn_on_tongue")), 8, across=True,
                unless=_AT_WORK + _g("relation", "third_person", "pn_work_purpose"), unless_reach=8),
    Combination(OD, (_g("poison", "pn_work_chemical"), _g("pn_in_front")), 8, across=True,
                unless=_AT_WORK + _g("relation", "third_person", "pn_work_purpose"), unless_reach=8),
    # Pills laid out, many of them or for tonight; all the pills taken tonight.
    Combination(OD, (_g("pills", "sedatives", "sleeping_pill_named"), _g("pn_lined_up"),
                     _g("tonight", "all_of_it", "it_all", "more_than_one", "exf_many")), 14, across=True,
                unless=_g("illness", "medicine_of_the_body", "family_addressed"), unless_reach=8),
    Combination(OD, (_g("pills", "sedatives", "sleeping_pill_named"), _g("tonight"), _g("all_of_it", "it_all"),
                     _g("take", "take_mine", "use_future", "eat")), 12, across=True),
    # A poison brought, to be eaten tonight (round 33): "undir marnyache aushadh aanla aahe, aaj ratri khanar".
    Combination(OD, (_g("poison", "farm_poison"), _g("tonight"), _g("eat")), 12, across=True,
                unless=_AT_WORK),
)
