"""Overdose, harm to others and reports about someone else, and the idioms and sobriety phrasings that must not alert.

WORDS adds entries to concepts (an existing concept name extends it; a new name makes a new
concept, written the way alumni.domain.crisis.concepts documents); COMBINATIONS adds rules
after the base ones in alumni.domain.crisis.rules. remove_harmless_uses() is called by
rules.remove_idioms: the everyday uses of this area's danger words ("the joke killed
everyone", "shoot a video", "chaku se sabzi kaat", "college katta", "ek ghot suddha nahi").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

if TYPE_CHECKING:   # concepts.py imports the areas: only the type is needed here
    from alumni.domain.crisis.concepts import Concepts, Hit

OD, HO, S = Category.OVERDOSE, Category.HARM_TO_OTHERS, Category.SUICIDE

WORDS: dict[str, tuple[str, ...]] = {
    # --- overdose --------------------------------------------------------------------
    "poison": (
        "mosquito liquid", "mosquito repellent", "mosquito repellant", "machhar ki dawa",
        "machhar marne", "machchar marne", "मच्छर मारने", "machhar ka liquid", "keede ki dawa",
        "kide ki dawa", "keeda marne", "कीड़े की दवा", "cockroach killer", "cockroach spray",
        "hit spray", "lakshman rekha", "chuhe ki dawa*", "chuhe wali dawa*", "chuhe ki goli*",
        "चूहे की दवा*", "चूहे वाली दवा*", "rat ki dawa*", "rat wali dawa*", "undrachi goli", "उंदराची गोळी", "dhekun*", "ढेकूण*", "undrach*", "undirach*", "उंदराच*",
        "उंदीराच*", "rodenticide", "weedicide", "herbicide", "tik 20", "tik20", "endosulfan",
        "monocrotophos", "organophosphate", "naphthalene",
        "phinel", "phinail", "phenel", "fenyl", "finel", "phenyle", "फिनेल", "फिनाईल", "फेनॉल",
        "sulfas", "salfas", "सल्फास", "सल्फ़ास", "selfos", "kerosin", "rockel", "रॉकेल",
        "ghasleti", "घासलेट", "mitti tel", "मिट्टी का तेल", "tejaab", "tezab", "teezab", "तेज़ाब",
        "zeharila", "ज़हरीला", "vishari", "विषारी",
    ),
    # Cleaners are poison only when drunk: "dettol se haath dhoye" is hygiene.
    "cleaner": ("dettol", "lizol", "savlon", "colin", "surf", "detergent", "floor cleaner",
                "hand wash", "handwash", "sanitizer", "sanitiser", "सॅनिटायझर", "डेटॉल", "harpic"),
    "sedatives": (
        "nitro", "nitros", "nitrosun*", "nitravet", "alprax*", "restyl", "rivotril",
        "zolpidem", "zolfresh", "ambien", "calmpose", "trika",
    ),
    "pills": (
        "goliyan", "goliya", "golyan", "golyanchi", "golyanchya", "गोळ्यांच*", "tablet*", "टॅबलेट*",
        "टेबलेट*", "टैबलेट*", "capsul*", "medicin*", "aushadh*", "davai", "dawaiyan",
        "dawaiya", "दवाइय*", "cough syrup", "khansi ki dawa*", "खांसी की दवा*", "nyquil", "benadryl",
    ),
    "pill_count": ("tablet*", "capsul*", "golyan*", "goliyan*", "nitro", "nitros", "टॅबलेट*",
                   "टेबलेट*", "टैबलेट*", "गोलीया", "goliya"),
    "count": ("re:[१-९][०-९]+", "ten", "fifteen", "twenty", "thirty", "forty", "fifty", "dozen",
              "das", "dus", "दस", "pandrah", "पंद्रह", "bees", "बीस", "tees", "तीस", "chalis",
              "चालीस", "pachas", "पचास", "daha", "दहा", "pandhra", "पंधरा", "vees", "वीस",
              "chalees", "चाळीस", "pannas", "पन्नास"),
    "few_count": ("re:[5-9५-९]", "five", "six", "seven", "eight", "nine", "paanch", "panch",
                  "पांच", "पाँच", "छह", "nau", "नौ", "नऊ"),
    "quantity": (
        "sheeshi", "shishi", "शीशी", "packet", "full strip", "whole strip",
        "whole bottle", "whole pack", "fistful", "mutthi bhar", "मुट्ठी भर", "ek dum", "sagli",
        "saglya", "sagle", "सगळ्या", "सगळे", "poori", "puri", "पूरी", "purna", "पूर्ण",
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
    # Fainting or silence: an overdose only beside pills, poison or a drug taken.
    "collapse": ("passed out", "no response", "fainted", "faint", "behoshi", "बेहोशी", "gir pada",
                 "gir padi", "गिर पड़ा", "गिर पड़ी", "padla", "पडला", "padli", "पडली", "so sleepy",
                 "very sleepy", "drowsy", "can't keep my eyes open", "jhop yetey", "zop yetey",
                 "झोप येतेय", "neend aa rahi", "नींद आ रही", "chakkar", "चक्कर"),
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

    # --- harm to others --------------------------------------------------------------
    "kill": (
        "nipta d*", "nipat d*", "निपटा द*", "tapka d*", "टपका द*", "tapkavin", "टपकवीन",
        "maar dalunga", "maar daalunga", "mar dalunga", "maar dunga", "mar dunga", "maar dungi",
        "mar dungi", "मार दूंगा", "मार दुंगा", "मार डालूंगा", "मार डालूँगा", "maar ke rahunga",
        "marun takin", "मारून टाकीन", "marun taknar", "मारून टाकणार", "jivanishi mar*", "जीवानिशी मार*",
        "jeevanishi mar*",
        "put a bullet", "murk", "murked", "murking", "bullet in", "goli chala*", "गोली चला*", "goli mar*", "goli maar*",
        "गोलि मार*", "chaku maar*", "चाकू मार*", "chaku ghusa*", "चाकू घुसा*", "chaaku maar*",
        "bhosk*", "भोसक*", "bhonk d*", "ghonp d*", "ghop d*", "घोप द*", "kaam tamaam", "kaam tamam", "काम तमाम", "upar pahuncha*", "ऊपर पहुंचा*", "upar bhej d*",
        "ऊपर भेज द*",
    ),
    "finish_off": (
        "khalas", "खलास", "khallas", "khalaas", "sampavin", "संपवीन", "sampvin", "sampavto",
        "संपवतो", "sampavnar", "संपवणार", "sampvun takin", "संपवून टाकीन", "vat lavin", "वाट लावीन",
        "vaat lavin",
    ),
    # First-person threats with the verb in the future: "jala dunga", "chhatin", "todin".
    "maim": (
        "jala dunga", "jala dungi", "jla dunga", "jala daalunga", "jala dalunga", "जला दूंगा",
        "जला दुंगा", "जला डालूंगा", "jalaunga", "जलाऊंगा", "jalin", "jaalin", "जाळीन", "jalun takin",
        "जाळून टाकीन", "jalun taknar", "जाळून टाकणार", "chhatin", "छाटीन", "chatin", "chhatun takin",
        "छाटून टाकीन", "chirin", "चिरीन", "chirun takin", "चिरून टाकीन", "chir dunga", "cheer dunga",
        "चीर दूंगा", "chir daalunga", "kaat dunga", "kat dunga", "काट दूंगा", "काट दुंगा",
        "kaat daalunga", "kaat dalunga", "kat dalunga", "काट डालूंगा", "kapin", "कापीन",
        "kapun takin", "कापून टाकीन", "kapun kadhin", "कापून काढीन", "tod dunga", "tod dungi",
        "तोड़ दूंगा", "तोड़ दुंगा", "तोड दूंगा", "tod daalunga", "tod dalunga", "todin", "तोडीन",
        "modin", "मोडीन", "phod dunga", "fod dunga", "फोड़ दूंगा", "phodin", "fodin", "फोडीन",
        "phaad dunga", "phad dunga", "फाड़ दूंगा", "marod dunga", "मरोड़ दूंगा", "daba dunga",
        "दबा दूंगा", "ghont dunga", "घोंट दूंगा", "dabin", "दाबीन", "kuchal dunga", "कुचल दूंगा",
        "chirdun takin", "चिरडून टाकीन", "chirdin", "चिरडीन",
        "slit his", "slit her", "burn him", "burn her", "burn them", "set him on fire",
        "set her on fire", "torch his", "torch her", "choke him", "choke her", "beat to death",
        "poison him", "poison her", "drown him", "drown her", "finish him off", "finish her off",
        "finish them off", "finish him", "waste him", "haddi pasli ek",
        "हड्डी पसली एक", "mudda padin", "mudda paadin", "mudada padin", "मुडदा पाडीन", "मुडदा पाडणार", "put him in the hospital", "put her in the hospital",
        "put him in hospital", "put them in the hospital", "hospital pahuncha dunga",
        "हॉस्पिटल पहुंचा दूंगा", "hospital me pahuncha dunga", "hospital madhe pathvin",
    ),
    # Carrying a weapon towards someone: "bringing the knife", "chaku leke".
    "carry": ("bringing", "bring", "brought", "carrying", "carry", "le ke", "leke", "lekar", "लेकर",
              "le kar", "ghevun", "gheun", "घेऊन", "with me", "in my bag", "in my pocket", "sharpened",
              "dhaar laga*", "धार लगा*", "dhar lav*", "धार लाव*", "rakha hai", "rakhi hai", "thevla",
              "ठेवला", "ready", "tayyar", "तैयार", "i have a", "i've got a", "ive got a", "got a",
              "mere paas", "मेरे पास", "majhyakade", "माझ्याकडे", "javal", "जवळ"),
    # Numbers that are not a heap of pills: "30 din se dawai", "40 mg".
    "duration": ("din", "दिन", "days", "day", "weeks", "week", "months", "month", "mahine", "महीने",
                 "mahina", "saal", "साल", "years", "year", "varsh", "वर्ष", "divas", "दिवस", "mg",
                 "ml", "rupees", "rs", "rupaye", "रुपये", "minutes", "mins", "hours", "ghante", "घंटे",
                 "tas", "तास", "percent", "baje", "बजे", "vajta", "वाजता", "takke", "टक्के", "pratishat",
                 "प्रतिशत", "marks", "number", "numbers"),
    "body_part_other": (
        "gardan", "गर्दन", "gala", "गला", "गळा", "galyavar", "mundi", "मुंडी", "munda", "मुंडकं",
        "mundka", "skull", "head", "face", "neck", "throat", "legs", "leg", "arms", "haddi*", "हड्डी*",
        "haddiyan", "tangde", "tange", "टांगें", "taang", "hatpay", "हातपाय",
        "haath pair", "हाथ पैर", "daant", "dant", "दांत", "thobda", "थोबाड", "muh", "munh", "मुंह",
        "tond", "तोंड", "pet", "पेट", "sar", "सर", "sir phod*", "सिर फोड़*", "dok", "डोकं", "doka",
    ),
    "weapon": (
        "koita", "kurhad*", "kurad*", "कुऱ्हाड*", "कुर्हाड*", "sword", "machete", "hatoda", "हातोडा",
        "hathoda", "हथौड़ा", "hammer", "lathi", "laathi", "लाठी", "sariya", "सरिया", "iron rod",
        "lokhandi", "लोखंडी", "hockey stick", "baseball bat", "revolver", "rifle", "tamancha",
        "तमंचा", "desi katta", "देसी कट्टा", "khanjar", "खंजर", "gupti", "गुप्ती",
        "chopper", "kirpan", "pistol", "pistal", "पिस्तौल", "bandook", "bandooq", "bandukiche",
        "chaaku", "chakku", "चाकु", "suri", "सुरी", "talvar", "तलवार", "danda", "dande", "डंडा",
        "emoji_gun", "emoji_knife",
    ),
    "other_target": (
        "kamine", "kamina", "kaminey", "kamini", "कमीने", "कमीना", "harami", "हरामी", "haramkhor",
        "हरामखोर", "haramzade", "haramjade", "हरामज़ादे", "saale ko", "साले को", "bastard", "asshole",
        "that bitch", "that man", "that woman", "that guy", "that guys", "those guys", "kutte ko",
        "कुत्ते को", "kutryala", "कुत्र्याला", "isko", "इसको", "ise", "इसे", "inko", "इनको", "unhe",
        "yala", "याला", "hyala", "ह्याला", "hila", "हिला", "tyachi", "tyachya", "tichya", "ticha",
        "tichi", "त्याची", "त्याच्या", "तिच्या", "तिचा", "तिची", "tyanna", "tyachyavar", "त्याच्यावर",
        "tichyavar", "तिच्यावर", "uspe", "uspar", "उसपर", "uspe", "uski", "uske", "उसकी", "उसके",
        "ussko", "manager", "supervisor", "landlord", "malak", "maalik", "मालक", "मालिक",
        "padosi", "पड़ोसी", "padosi ko", "shejari", "शेजारी", "shejaryala", "शेजाऱ्याला", "sasryala",
        "सासऱ्याला", "bossla", "बॉसला", "malkala", "मालकाला", "sasu", "सासू", "sasra", "सासरा",
        "his wife", "her husband", "the guy", "this guy", "everyone", "all of them", "sabko", "sagalyana",
    ),
    "relation": (
        "aai ne", "aaine", "aaichya", "आईने", "आईच्या", "majhi aai", "माझी आई",
        "meri maa", "मेरी माँ", "मेरी मां", "meri mummy", "mummy", "mumma", "mommy", "vadil", "वडील", "bahin", "बहीण", "dadaji", "दादाजी", "mamaji", "मामाजी", "kakane", "काकाने", "chachaji", "चाचाजी", "bua", "बुआ", "jija",
        "जीजा", "sasubai", "sasra", "devar", "देवर", "jethani", "bachcha", "बच्चा",
        "bacche", "बच्चे", "ladka", "लड़का", "ladki", "लड़की", "porga", "पोरगा", "pori", "पोरगी",
        "mulgi", "muli", "मुलगी", "मुली", "mulane", "मुलाने", "muline", "मुलीने", "nephew", "niece",
        "gharwala", "gharwali", "घरवाला", "घरवाली", "baap ko", "बाप को", "baap ne",
        "बाप ने", "baapla", "बापाला", "apne baap", "अपने बाप", "mere baap", "मेरे बाप", "mister", "missus", "yajaman", "navrya*",
        "नवऱ्या*", "navaryane", "baykone", "बायकोने", "bhaune", "भाऊने", "bhavane", "भावाने",
        "aaine", "आईने", "babanni", "बाबांनी", "vadilanni", "वडिलांनी", "papane", "पप्पांनी", "mitrane", "मित्राने", "bhaiya", "bhaiyya", "bhaisahab", "didi", "दीदी",
        "stepdad", "stepmom", "grandpa", "grandma", "granddad", "granny", "brother-in-law",
        "sister-in-law", "bhai", "bro", "bestie", "flatmate", "roomie", "fiance", "fiancee",
        "spouse",
    ),
    "third_person": (
        "he'll be", "she'll be", "they'll be", "he will be", "she will be", "he would be",
        "inki", "इनकी", "unhone", "उन्होंने", "ti", "ती",
    ),
    # Three words that say "by morning he is dead": a promise and a deadline.
    "vow": ("i promise", "promise you", "i swear", "swear to god", "mark my words", "you'll see",
            "youll see", "kasam", "qasam", "कसम", "kasam se", "shapath", "शपथ", "dekhna", "देखना",
            "dekh lena", "देख लेना", "by morning", "by tonight", "by tomorrow", "before morning",
            "subah tak", "सुबह तक", "kal tak", "कल तक", "sakalparyant", "सकाळपर्यंत",
            "udyaparyant", "उद्यापर्यंत", "aaj raat", "आज रात", "aaj ratri", "आज रात्री"),
    "not_survive": ("won't survive", "wont survive", "not survive", "won't make it", "wont make it",
                    "won't live", "wont live", "nahi bachega", "नहीं बचेगा", "bachega nahi",
                    "बचेगा नहीं", "nahi bachegi", "zinda nahi bachega", "जिंदा नहीं बचेगा",
                    "vachnar nahi", "वाचणार नाही", "jivant rahnar nahi", "जिवंत राहणार नाही",
                    "zinda nahi rahega", "जिंदा नहीं रहेगा", "jinda nahi chhodunga",
                    "zinda nahi chhodunga", "ज़िंदा नहीं छोड़ूंगा", "जिंदा नहीं छोड़ूंगा",
                    "jivant sodnar nahi", "जिवंत सोडणार नाही", "jivant nahi sodnar"),
    "run_over": ("run him over", "run her over", "run them over", "run over him", "run over her",
                 "ram my car", "ram my bike", "gaadi chadha*", "गाड़ी चढ़ा*",
                 "gadi chadha*", "gaadi chada*", "kuchal d*", "कुचल द*", "gaadi ghal*", "गाडी घाल*",
                 "gadi ghal*", "chirdun*", "चिरडून*"),
    "throw": ("throw", "throwing", "phek*", "fek*", "फेंक*", "fenk*", "phenk*", "takin", "टाकीन",
              "फेकीन", "phekin", "fekin"),
    "violence": (
        "make him pay", "make her pay", "make them pay", "teach her a lesson", "teach them a lesson",
        "teach a lesson", "dhada shikav*", "धडा शिकव*", "addal ghadav*", "अद्दल घडव*",
        "sabak sikha*", "baghun ghein", "बघून घेईन", "dekh lungi", "देख लूँगा", "smash", "stab",
        "thrash", "dhulai kar*", "kuchal*", "कुचल*", "pitai", "पिटाई", "pit dunga",
        "पीट दूंगा", "maar peet", "मारपीट", "haat uthaunga", "हाथ उठाऊंगा", "burn down", "set fire",
    ),
    # "He says he will", "म्हणतोय": someone reports what another person says.
    "talk_of": ("mhantoy", "म्हणतोय", "mhantey", "म्हणतेय", "mhanat hota", "म्हणत होता", "mhanala",
                "mhanali", "म्हणाली", "mhanto", "mhante", "म्हणते", "bol raha", "bol rahi", "bol rahe",
                "बोल रहे", "bol rha", "bol rhi", "keh raha", "keh rahi", "kah raha", "kah rahi",
                "कह रहा", "कह रही", "कह रहे", "kehta", "kehti", "kehte", "कहती", "कहते", "bolti",
                "बोलती", "bolte", "बोलते", "bolla", "बोला", "boli", "बोली", "keeps talking", "talking of", "talks of", "threatened", "threatening",
                "dhamki de*", "धमकी दे*", "dhamkavat*", "धमकावत*"),
    "give": ("dega", "degi", "denge", "dedega", "de dega", "de degi", "de denge", "देगा", "देगी",
             "देंगे", "दे देगा", "दे देगी", "dila", "dili", "दिला", "दिली", "deil", "देईल", "detoy",
             "देतोय", "detey", "देतेय", "dyaycha", "dedunga", "dedungi", "de dungi", "देदुंगा", "देदूंगा"),
    "want": ("ima", "imma", "i'ma", "i'mma", "plannin", "planing", "gna", "gunna", "finna", "bout to", "boutta", "abt to"),
    "height": ("pulavar", "पुलावर", "pulavarun", "पुलावरून", "gachivar", "गच्चीवर", "chhatavar",
               "छतावर", "chhat par", "छत पर", "chhat pe", "terrace var", "building var", "imaratichya",
               "इमारतीच्या", "nadit", "नदीत", "vihirit", "विहिरीत", "kadyavar", "कड्यावर"),
    "neck": ("neck", "throat", "gala", "gale", "गला", "गले", "galyat", "galyala", "गळ्यात",
             "गळ्याला", "gardan", "गर्दन", "galyabhovti", "गळ्याभोवती"),
    "quit": ("na kaha", "ना कहा", "naa kaha", "na bola", "na boli", "mana kiya", "मना किया",
             "mana kar diya", "nahi bola", "nako mhanalo", "नको म्हणालो", "nako mhatla",
             "नको म्हटलं", "nakar dila", "नकार दिला", "said no", "say no", "saying no",
             "turned it down", "passed on", "skipped", "refused"),
}

COMBINATIONS: tuple[Combination, ...] = (
    # --- overdose: a poison or a heap of pills, taken --------------------------------
    Combination(OD, (_g("poison"), _g("eat", "drank", "drink_verb", "swallow")), 5),
    Combination(OD, (_g("poison"), _g("die", "suicide")), 5),
    Combination(OD, (_g("cleaner"), _g("drank", "drink_verb", "swallow")), 2, unless=_g("beverage")),
    Combination(OD, (_g("pill_count", "sedatives", "swallow"), _g("count")), 4),
    Combination(OD, (_g("pills"), _g("count"), _g("eat", "swallow")), 3,
                unless=_g("duration", "dose", "routine")),
    Combination(OD, (_g("pill_count", "sedatives"), _g("few_count"), _g("eat", "swallow")), 4,
                unless=_g("dose", "routine")),
    Combination(OD, (_g("pills", "sedatives"), _g("quantity"), _g("eat", "swallow")), 5,
                unless=_g("routine")),
    Combination(OD, (_g("unconscious", "emergency", "collapse"),
                     _g("pills", "sedatives", "poison", "overdose", "cleaner")), 10, across=True,
                unless=_g("routine", "dose")),
    Combination(OD, (_g("vomit"), _g("poison", "overdose")), 10, across=True),
    Combination(OD, (_g("unconscious"), _g("eat", "drank", "drugs")), 10, across=True),
    # --- harm to others: a threat against someone -------------------------------------
    Combination(HO, (_g("finish_off"), _g("other_target", "relation")), 3, unless=_g("self", "me")),
    Combination(HO, (_g("maim"), _g("other_target", "relation", "third_person", "body_part_other")), 4,
                same_word=True, unless=_g("self", "me", "chore", "device")),
    Combination(HO, (_g("die"), _g("third_person", "other_target"), _g("vow")), 6),
    Combination(HO, (_g("weapon"), _g("carry")), 3, unless=_g("chore")),
    Combination(HO, (_g("not_survive"), _g("violence", "weapon", "kill", "maim", "vow")), 8),
    Combination(HO, (_g("not_survive"), _g("other_target")), 4, same_word=True),
    Combination(HO, (_g("run_over"), _g("other_target", "third_person", "relation")), 4, same_word=True),
    Combination(HO, (_g("poison", "weapon"), _g("throw"), _g("other_target", "third_person", "relation",
                                                              "body_part_other")), 5),
    Combination(HO, (_g("poison"), _g("other_target", "relation", "third_person"), _g("give")), 4,
                unless=_g("eat", "drank")),
    Combination(HO, (_g("violence"), _g("body_part_other"), _g("other_target", "third_person")), 4,
                same_word=True),
    # --- someone else in danger: reported by a relative -------------------------------
    Combination(S, (_g("jump", "die", "hang", "suicide"), _g("talk_of")), 4),
    Combination(S, (_g("hang"), _g("neck")), 4),
)

# Everyday words beside a danger word that make it harmless.
_PESTS = frozenset({
    "cockroach", "cockroaches", "rat", "rats", "mice", "mouse", "flies", "fly", "ants", "ant",
    "spider", "spiders", "lizard", "chhipkali", "छिपकली", "machhar", "machchar", "macchar", "मच्छर",
    "mosquito", "mosquitoes", "mosquitos", "keede", "kide", "keeda", "कीड़े", "कीड़ा", "chuha", "chuhe",
    "चूहा", "चूहे", "zural", "झुरळ", "dhekun", "ढेकूण", "undir", "उंदीर", "undra", "pests", "pest",
    "weeds", "termites", "bugs", "bug", "germs", "virus", "bacteria", "dimak", "दीमक", "saap", "snake",
    "डास", "daas"})
# "in pubg i killed everyone", "game me sabko maar diya"
_GAMES = frozenset({"game", "games", "gaming", "pubg", "bgmi", "freefire", "fortnite", "valorant", "gta",
                    "cod", "minecraft", "ludo", "chess", "carrom", "level", "round", "kills", "headshot",
                    "गेम", "गेममध्ये", "gamemadhe", "console", "playstation", "ps5", "xbox", "squad"})
_PERFORMANCES = frozenset({
    "joke", "jokes", "comedy", "comedian", "punchline", "performance", "show", "speech", "song",
    "dance", "outfit", "look", "standup", "movie", "film", "acting", "set", "meme", "memes", "reel",
    "video", "story", "presentation", "singer", "band", "team", "batsman", "bowler", "dress",
    "smile", "style", "lehenga", "saree"})
_HARMLESS_CAUSES = frozenset({
    "exam", "exams", "paper", "test", "weather", "heat", "humidity", "traffic", "work", "workload",
    "deadline", "deadlines", "commute", "homework", "maths", "math", "syllabus", "feet", "legs",
    "back", "head", "headache", "cramps", "periods", "shoes", "sun", "garmi", "kaam", "padhai",
    "office", "mehengai", "emi", "bill", "bills", "gym", "workout", "leg", "day", "week", "monday",
    "boredom", "suspense", "match", "interview", "shift", "trek", "hike", "climb", "drive"})
_SHOOT_HARMLESS_NEXT = frozenset({
    "a", "an", "the", "video", "videos", "photo", "photos", "pics", "pictures", "film", "scene",
    "scenes", "reel", "reels", "ad", "song", "wedding", "hoops", "pool", "for", "up",
    "down", "out", "off", "shoot", "chal", "ho", "hai", "pe", "par", "ke", "ka", "ki", "पर", "के", "का",
    "on", "at", "day", "schedule", "location"})
_SHOOT_HARMLESS_BEFORE = frozenset({"photo", "video", "film", "wedding", "pre", "prewedding", "ad",
                                    "fashion", "music", "movie", "reel", "the", "a", "our", "my"})
_MESSAGE_WORDS = frozenset({"a", "an", "text", "mail", "email", "message", "msg", "line", "pic",
                            "photo", "note", "call"})
_HARMFUL_AFTER_THE = frozenset({"guy", "man", "woman", "bastard", "dealer", "boss", "neighbour",
                                "neighbor", "landlord"})
# Chores where a knife, a sickle or a rod is a tool: kitchen, farm, wood, fishing, a curtain.
_CHORES = frozenset({
    "sabzi", "sabji", "sabjii", "सब्ज़ी", "सब्जी", "vegetables", "veggies", "onion", "onions",
    "pyaz", "pyaaz", "प्याज", "kanda", "कांदा", "bhaji", "भाजी", "fruit", "fruits", "phal", "फल",
    "mango", "apple", "cake", "bread", "kitchen", "rasoi", "रसोई", "swayampak", "स्वयंपाक",
    "cooking", "chopping", "sharpen", "sharpening", "dhaar", "धार", "shetavar", "शेतावर",
    "oos", "ऊस", "sugarcane", "gavat", "गवत", "grass", "farm", "field", "khet", "खेत", "wood",
    "lakdi", "लकड़ी", "firewood", "fishing", "curtain", "parda", "पडदा", "surgery", "operation",
    "fracture", "plate", "plaster", "welding", "gilli", "gulli", "toy", "water", "glue", "nerf",
    "pichkari", "पिचकारी", "holi", "coconut", "naral", "नारळ", "nariyal", "meat", "chicken",
    "mutton", "fish", "cleaning", "rust", "gift", "gifted", "birthday", "collection", "museum",
    "antique", "puja", "pooja", "पूजा", "procession", "julus", "जुलूस", "mirvanuk", "mirvanukit",
    "मिरवणूक", "मिरवणुकीत", "shivjayanti", "शिवजयंती", "dussehra", "dasara", "दसरा", "दसऱ्याला",
    "dasryala", "lezim", "लेझीम", "akhada", "आखाडा", "practice", "training", "karate", "gatka"})
WORDS["chore"] = tuple(sorted(_CHORES))

# "college katta", "katta var gappa": in Marathi a katta is where friends sit and talk.
_KATTA_HANGOUT = frozenset({"var", "वर", "varti", "वरती", "varun", "वरून", "pe", "par", "madhe",
                            "मध्ये", "gang", "gappa", "गप्पा", "college", "कॉलेज", "marathi", "मराठी",
                            "kavi", "adda", "society", "gaon", "gavacha", "meeting", "group"})
_BEATEN = frozenset({"khaya", "khayi", "khai", "khaayi", "khaya", "padi", "pada", "padli", "padla",
                     "khalla", "khalli", "खाई", "खाया", "पड़ी", "पडली", "पडला", "खाल्ला"})
_LIKE = frozenset({"jaisa", "jaisi", "jaise", "जैसा", "जैसी", "जैसे", "like", "lagta", "lagti",
                   "lag", "लगता", "लगती", "सारखं", "sarkha", "sarkhi", "sarkhe", "सारखा", "सारखी",
                   "ivy", "pen"})
_ACID_ILLNESS = frozenset({"reflux", "ho", "hota", "hoti", "hoto", "ban", "banta", "banti", "bante",
                           "jhala", "zala", "hotay", "problem", "ki", "ka", "ke", "ची", "की", "का",
                           "बनता", "हो", "होता", "होती", "झाला", "test", "rain", "attack"})
_OVERDOSE_HARMLESS = frozenset({
    "sugar", "sweets", "sweet", "mithai", "मिठाई", "caffeine", "coffee", "chai", "tea", "netflix",
    "tv", "love", "food", "work", "gyaan", "gyan", "ज्ञान", "motivation", "drama", "memes", "cricket",
    "movies", "series", "cuteness", "emotions", "selfies", "chocolate", "chocolates", "mangoes",
    "aam", "happiness", "fun", "pizza", "biryani", "shopping", "sleep", "nostalgia", "vitamin",
    "sun", "sunshine", "nature", "content", "news", "social", "instagram", "reels", "youtube",
    "advice", "pyaar", "प्यार", "masti", "मस्ती", "cake", "ice", "dessert", "desserts", "carbs"})
_PUT_TO_USE = frozenset({
    "coil", "machine", "lagayi", "lagaya", "lagai", "laga", "lagaye", "lagavla", "lavla", "लावलं",
    "लगाया", "लगाई", "chhidka", "chhidki", "chidka", "छिड़का", "छिड़की", "sprayed", "spray", "spraying",
    "fawarni", "फवारणी", "daal", "dal", "dali", "daali", "dala", "daala", "डाल", "डाली", "rakhi",
    "rakha", "रखी", "रखा", "thevla", "thevli", "ठेवलं", "bought", "buy", "kharidi", "kharida",
    "खरीदी", "खरीदा", "aanla", "aanli", "आणलं", "cleaned", "cleaning", "mopped", "pocha", "पोछा",
    "saaf", "साफ", "ghasla", "godown", "farm", "field", "khet", "खेत", "crops", "fasal", "फसल",
    "garden", "shop", "dukaan", "दुकान", "store", "kept", "stock"})
_DURATION = frozenset({"din", "दिन", "days", "day", "weeks", "months", "mahine", "महीने", "saal",
                       "साल", "years", "varsh", "वर्ष", "divas", "दिवस", "hours", "ghante", "mg", "ml",
                       "takke", "टक्के", "percent", "marks", "rs", "rupees", "rupaye", "रुपये"})
_WALA = frozenset({"wala", "wali", "wale", "vala", "vali", "vale", "वाला", "वाली", "वाले"})
_SUDDHA = ("su", "सु")      # सुद्धा "even", not शुद्ध "conscious"
_BHANG = frozenset({"bhang", "bhaang", "भांग", "भाँग", "bhaang"})


def _bare(raw: str) -> str:
    for tail in ("'s", "’s"):
        if raw.endswith(tail):
            return raw[: -len(tail)]
    return raw


def _near_raw(c: Concepts, hit: Hit, raws: frozenset[str], before: int, after: int) -> bool:
    words = c.words
    sentence = words[hit.start].sentence
    return any(_bare(words[i].raw) in raws and words[i].sentence == sentence
               for i in range(max(0, hit.start - before), min(len(words), hit.end + after)))


def _next_is(c: Concepts, hit: Hit, raws: frozenset[str]) -> bool:
    return hit.end < len(c.words) and c.words[hit.end].raw in raws


def _before_is(c: Concepts, hit: Hit, raws: frozenset[str]) -> bool:
    return hit.start > 0 and _bare(c.words[hit.start - 1].raw) in raws


def remove_harmless_uses(c: Concepts) -> None:
    """Forget the danger words this area's idioms use up; an unclear use is left to alert."""
    words = c.words
    for hit in c.of("kill"):
        first = words[hit.start].raw
        harmless = (
            _near_raw(c, hit, _PESTS, 3, 3)
            or _near_raw(c, hit, _GAMES, 6, 6)
            # "the joke killed everyone", "her outfit killed"
            or (first in ("killed", "kills", "killing", "slayed", "slays")
                and _near_raw(c, hit, _PERFORMANCES, 3, 0))
            # "shoot a video", "photo shoot", "shoot me a text"
            or (first in ("shoot", "shooting", "shoots", "shot") and hit.end - hit.start == 1 and (
                (_next_is(c, hit, _SHOOT_HARMLESS_NEXT) and not (
                    hit.end + 1 < len(words) and words[hit.end + 1].raw in _HARMFUL_AFTER_THE))
                or _before_is(c, hit, _SHOOT_HARMLESS_BEFORE)
                or (_next_is(c, hit, frozenset({"me", "us"})) and hit.end + 1 < len(words)
                    and words[hit.end + 1].raw in _MESSAGE_WORDS)))
            # "goli maaro", forget it; "maar khayi", took a beating
            or (first in ("goli", "गोली") and words[hit.end - 1].raw in ("maaro", "maro", "मारो"))
            or _next_is(c, hit, _BEATEN))
        if harmless and not any(h.start < hit.end + 2 and h.end > hit.start - 2
                                for h in c.of("self", "weapon")):
            if _near_raw(c, hit, _PESTS | _GAMES, 6, 6):    # "machhar maar raha": nobody dies
                c.drop("die", hit.start, hit.end)
            c.drop("kill", hit.start, hit.end)
            c.drop("me", hit.end, hit.end + 1)
            c.drop("other_target", hit.start - 3, hit.end + 3)
    for hit in c.of("kill"):
        # "the exam will kill us", "this heat is killing me": a hardship, not a person, kills.
        if _next_is(c, hit, frozenset({"me", "us", "you", "mujhe", "मुझे", "mala", "मला"})) \
                and _near_raw(c, hit, _HARMLESS_CAUSES, 4, 0) and not c.of("weapon"):
            c.drop("kill", hit.start, hit.end)
            c.drop("other_target", hit.end, hit.end + 1)
            c.drop("me", hit.end, hit.end + 1)
    for hit in c.of("murder"):
        # "that exam MURDERED me", "this weather's murderin me": the writer is alive.
        if _next_is(c, hit, frozenset({"me", "us"})) and (
                words[hit.start].raw in ("murdered", "murdering", "murderin", "murders")
                or _near_raw(c, hit, _HARMLESS_CAUSES, 4, 0)):
            c.drop("murder", hit.start, hit.end)
    for hit in c.of("weapon"):
        raw = words[hit.start].raw
        if _near_raw(c, hit, _CHORES, 5, 5) and not c.of("maim", "kill", "murder"):
            c.drop("weapon", hit.start, hit.end)
        elif raw in ("गुण", "gunn") or (raw == "gun" and (
                hit.start > 0 and (words[hit.start - 1].raw.isdigit() or c.of("count", "few_count")))):
            c.drop("weapon", hit.start, hit.end)     # गुण: marks in an exam
        elif raw in ("katta", "कट्टा") and not _before_is(c, hit, frozenset({"desi", "देसी"})) and (
                _next_is(c, hit, _KATTA_HANGOUT) or _before_is(c, hit, _KATTA_HANGOUT)):
            c.drop("weapon", hit.start, hit.end)
    # "phone tod dunga", "TV phod diya": a thing is broken, not a person.
    for hit in c.of("violence"):
        if any(-2 <= hit.start - h.end <= 0 or 0 <= h.start - hit.end <= 1 for h in c.of("device")):
            c.drop("violence", hit.start, hit.end)
    for hit in c.of("poison"):
        raw = words[hit.start].raw
        if _before_is(c, hit, frozenset({"food", "अन्न", "anna", "blood"})) \
                or _next_is(c, hit, _LIKE) \
                or (raw in ("acid", "ऍसिड", "एसिड", "ॲसिड") and (
                    _next_is(c, hit, _ACID_ILLNESS) or raw.startswith("acidit"))):
            c.drop("poison", hit.start, hit.end)
    # "mosquito liquid lagaya", "keetnashak chhidka": a household poison put to its use.
    taken = c.of("eat", "drank", "drink_verb", "swallow")
    meant = c.of("self", "die", "suicide", "end", "jaan", "kill") or any(
        words[h.start].raw not in _WALA and not _near_raw(c, h, _PUT_TO_USE, 0, 3)
        for h in c.of("want"))     # "need to buy pesticide" wants the errand done
    for hit in c.of("poison", "cleaner"):
        if not taken and not meant and _near_raw(c, hit, _PUT_TO_USE, 6, 6):
            c.drop(hit.concept, hit.start, hit.end)
    # "a strip of crocin from the chemist": one strip is a unit, not a heap, until taken.
    for hit in c.of("quantity"):
        if not taken and _before_is(c, hit, frozenset({"a", "ek", "one", "1", "एक"})):
            c.drop("quantity", hit.start, hit.end)
    # "90 days clean", "30 din se": a count of days is not a count of pills.
    for hit in c.of("count", "few_count"):
        if hit.end < len(words) and c.words[hit.end].raw in _DURATION:
            c.drop(hit.concept, hit.start, hit.end)
    # "lol i'm dead 😂": laughing, with no wish to die beside it.
    pronouns = {h.start for h in c.of("first_person")}     # "i'm" is read as a will too
    if c.of("laugh") and not c.of("self", "suicide") and all(h.start in pronouns for h in c.of("want")):
        for hit in c.of("die"):
            if words[hit.start].raw in ("dead", "ded", "dying", "died", "deadd", "ded.") \
                    and any(c.words[h.start].sentence == words[hit.start].sentence for h in c.of("laugh")):
                c.drop("die", hit.start, hit.end)
    for hit in c.of("overdose"):
        if _near_raw(c, hit, _OVERDOSE_HARMLESS, 2, 3):
            c.drop("overdose", hit.start, hit.end)
    for hit in c.of("eat"):         # "khalla" (ate) and "kal" (yesterday) share a skeleton
        if words[hit.start].skeleton == "kl" and not words[hit.start].raw.startswith(("kh", "ख")):
            c.drop("eat", hit.start, hit.end)
    for hit in c.of("unconscious"):
        if words[hit.start].raw.startswith(_SUDDHA):
            c.drop("unconscious", hit.start, hit.end)
    for hit in c.of("pills"):        # दहावी (tenth class) and दवाई share a skeleton
        if words[hit.start].raw in ("dahavi", "dahavee", "दहावी", "dahavit", "दहावीत"):
            c.drop("pills", hit.start, hit.end)
    for hit in c.of("bang"):        # भांग is cannabis, not banging one's head
        if words[hit.start].raw in _BHANG:
            c.drop("bang", hit.start, hit.end)
    for hit in c.of("quantity"):
        # "took all my meds on time": a routine, not a heap
        if c.of("routine") and not c.of("count", "sleep", "overdose", "poison"):
            c.drop("quantity", hit.start, hit.end)
