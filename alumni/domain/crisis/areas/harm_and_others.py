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
# Anything taken: a substance by any name, or pills (concepts.SUBSTANCES plus pills).
_TAKEN = _g("alcohol", "cannabis", "opioids", "cocaine", "sedatives", "stimulants", "inhalants",
            "drugs", "pills")

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
              "चालीस", "pachas", "पचास", "pandhra", "पंधरा", "vees", "वीस",
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
        "aaine", "आईने", "babanni", "बाबांनी", "vadilanni", "वडिलांनी", "mitrane", "मित्राने", "bhaiya", "bhaiyya", "bhaisahab", "didi", "दीदी",
        "stepdad", "stepmom", "grandpa", "grandma", "granddad", "granny", "brother-in-law",
        "sister-in-law", "bhai", "bro", "bestie", "flatmate", "roomie", "fiance", "fiancee",
        "spouse", "roomate", "rommate", "room mate", "flat mate", "flatmet", "hostel mate",
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
    # --- overdose, widened by paradigm -------------------------------------------------
    # Breathing gone wrong after taking something: an overdose beside a substance or pills.
    "breath_trouble": (
        "saans bhari", "saans bhaari", "सांस भारी", "सास भारी", "saans phool*", "सांस फूल*",
        "saans ruk*", "सांस रुक*", "saans nahi aa*", "सांस नहीं आ*", "saans atak*", "सांस अटक*",
        "dum ghut*", "दम घुट*", "shwas ghut*", "श्वास घुट*", "swas ghut*", "shwas kond*",
        "श्वास कोंड*", "shwas gudmar*", "श्वास गुदमर*", "shwas ghyayla tras", "dhap lag*",
        "धाप लाग*", "can't breathe", "cant breathe", "can't breath", "cant breath",
        "cannot breathe", "hard to breathe", "struggling to breathe", "difficulty breathing",
        "breathing is slow", "breathing slow", "breathing weird", "breathing heavy",
        "barely breathing", "heart racing", "heart is racing", "dil bahut tez", "chest is tight",
        "chest tight",
    ),
    # A poison burning on the way down: "throat burning", "पेट जल रहा है".
    "burning_inside": ("throat burning", "throat is burning", "burning throat", "stomach burning",
                       "stomach is burning", "chest burning", "gala jal", "gale me jalan", "गला जल*",
                       "गले में जलन", "pet jal", "pet me jalan", "पेट जल*", "पेट में जलन", "potat jal*",
                       "पोटात जळ*", "ghasa jal*", "घसा जळ*", "pot jal*", "पोट जळ*"),
    # Taking by needle: "injection laga liya", "shot up".
    "inject": ("laga liya", "laga li", "lagaa liya", "lga liya", "लगा लिया", "लगा ली", "laga di",
               "lagavla", "lavla", "लावलं", "lavli", "लावली", "marli", "मारली", "injected",
               "shot up", "shooting up", "inject kiya", "inject kela", "इंजेक्ट"),
    # The roots of eating and drinking and the futures that follow them: "kha lenge", "पी लूँगा".
    "consume": ("kha", "खा", "pi", "pee", "पी", "पि", "nigal", "निगल", "gatak", "गटक", "chaat", "चाट"),
    "will_take": ("lunga", "lungi", "lenge", "lega", "legi", "lu", "lun", "loon", "लूंगा", "लूँगा",
                  "लूंगी", "लूँगी", "लेंगे", "लेगा", "लेगी", "लूं", "jaunga", "jaungi", "jayenge",
                  "jaenge", "जाऊंगा", "जाऊँगा", "जाऊंगी", "जाएंगे"),
    # Poison or pills "in front of me", ready: "कीटनाशक की बोतल सामने रखी है".
    "at_hand": ("saamne", "samne", "सामने", "samor", "समोर", "in front of me", "ready", "taiyar",
                "tayyar", "तैयार", "haath me", "hathat", "हातात", "rakhi hai", "rakha hai",
                "ठेवलं आहे", "thevli aahe", "ठेवली आहे"),
    # "all the pills in the house", "ghar ki saari goliyan": every pill there is.
    "all_there_is": ("in the house", "in the cupboard", "in the drawer", "ghar ki saari",
                     "ghar ki sab", "ghar me jitni", "घर की सारी", "gharatlya saglya",
                     "घरातल्या सगळ्या", "jitni thi", "jitni bhi", "जितनी थी", "jevdhya hotya",
                     "जेवढ्या होत्या", "every single", "every last", "rest of the pills", "baaki sab",
                     "baki sab", "बाकी सब", "urlelya", "उरलेल्या", "most of them", "all of them",
                     "half of them", "saari ki saari", "सारी की सारी"),
    # --- harm to others, widened by paradigm -------------------------------------------
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
                         "मारून टाकीन म्हणतो"),
    # Something heavy brought down on a head: "dokyat dagad ghalin", "sar pe eent maarunga".
    "blunt": ("dagad", "दगड", "dagadane", "दगडाने", "dagdane", "patthar", "पत्थर", "pathar", "stone",
              "brick", "eent", "ईंट", "inth", "vit", "वीट", "vitene", "वीटेने", "bat", "cricket bat",
              "belt", "chain", "sakhli", "साखळी", "spanner", "hammer", "hathoda", "हथौड़ा"),
    "bring_down": ("ghalin", "घालीन", "ghalnar", "घालणार", "haanin", "hanin", "हाणीन", "hannar",
                   "हाणणार", "marin", "मारीन", "marnar", "मारणार", "de marunga", "de maarunga",
                   "दे मारूंगा", "de maarungi", "maarunga", "marunga", "मारूंगा", "ghalun",
                   "smash", "bring down", "hit him", "hit her"),
    # --- someone else in danger: the signs a relative sees -------------------------------
    "farewell_note": (
        "left a note", "left a letter", "wrote a note", "wrote a letter", "a note saying",
        "letter saying", "chitthi chhod*", "chithi chhod*", "चिट्ठी छोड़*", "chitthi likh*",
        "chithi likh*", "चिट्ठी लिख*", "note likh*", "note chhod*", "letter likh*",
        "chitthi mili", "चिट्ठी मिली", "chithi lihun", "chitthi lihun", "चिठ्ठी लिहून",
        "चिठ्ठी लिहिली", "chithi lihili", "chiththi", "चिठ्ठी", "चिट्ठी", "note lihun",
        "note lihili", "letter lihun",
    ),
    "apology": ("sorry", "sorri", "sry", "maaf", "maf", "माफ", "maafi", "माफी", "kshama", "क्षमा",
                "forgive", "forgive me"),
    "gone_missing": (
        "hasn't come home", "hasnt come home", "has not come home", "didn't come home",
        "didnt come home", "not come home", "not home yet", "not back yet", "hasn't come back",
        "hasnt come back", "ghar nahi aaya", "ghar nahi aayi", "ghar nahi lauta", "ghar nahi lauti",
        "घर नहीं आया", "घर नहीं आई", "ghari aala nahi", "ghari ala nahi", "ghari aali nahi",
        "घरी आला नाही", "घरी आली नाही", "ghari parat aala nahi", "missing since",
        "gone missing", "lapata", "laapata", "लापता", "gayab hai", "गायब है", "phone switched off",
        "phone is off", "phone band hai", "phone band aahe", "फोन बंद", "not answering",
        "isnt answering", "isn't answering", "not picking up", "not responding to calls",
        "phone nahi utha", "फोन नहीं उठा", "phone uchalat nahi", "फोन उचलत नाही",
        "darwaza nahi khol", "दरवाजा नहीं खोल", "door nahi khol", "not opening the door",
        "won't open the door", "wont open the door", "daar ughdat nahi", "दार उघडत नाही",
        "aawaz nahi de", "awaaz nahi de", "आवाज नहीं दे", "uttar det nahi", "उत्तर देत नाही",
    ),
    "locked_in": (
        "locked himself", "locked herself", "locked themselves", "locked the door",
        "locked in the", "locked inside", "khud ko band", "खुद को बंद", "kamre me band",
        "कमरे में बंद", "room me band", "bathroom me band", "andar se band", "अंदर से बंद",
        "darwaza band kar", "दरवाजा बंद कर", "kadi lavli", "कडी लावली", "kadi laavli",
        "daar lavun", "दार लावून", "aatun band", "आतून बंद", "kondun ghetla", "कोंडून घेतलं",
        "kondun ghetle", "खोलीत बंद",
    ),
    "paraphernalia": ("syringe", "syringes", "needle", "needles", "sirinj", "सिरिंज", "empty strips",
                      "empty bottle", "khali strip", "khali patte", "खाली पत्ते", "rikamya golya",
                      "blades", "blade", "razor", "ब्लेड"),
    # A harmless thing a death word is said about: the weather, traffic, a task.
    "hardship": ("traffic", "ट्रैफिक", "ट्राफिक", "sardi", "सर्दी", "thand", "thandi", "ठंड", "ठंडी",
                 "थंडी", "garmi", "गर्मी", "ukadyane", "उकाड्याने", "ukada", "उकाडा", "heat", "cold",
                 "humidity", "paus", "पाऊस", "barish", "बारिश", "rain", "exam", "exams", "paper",
                 "पेपर", "एग्जाम", "pariksha", "परीक्षा", "monday", "commute", "local", "queue",
                 "line", "rush", "nahana", "नहाना", "nahane", "naha", "anghol", "अंघोळ", "workload",
                 "deadline", "meeting", "shift", "office", "ऑफिस", "kaam", "काम", "homework",
                 "padhai", "पढ़ाई", "abhyas", "अभ्यास", "maths", "math", "highway", "road", "roads",
                 "potholes", "khadde", "खड्डे", "bhuk", "bhook", "भूख", "bhukene", "भुकेने", "mehngai",
                 "महंगाई", "bill", "emi", "gym", "workout", "diet", "tension", "टेन्शन"),
}

# Inflections and spellings that widen concepts defined elsewhere.
_WIDER: dict[str, tuple[str, ...]] = {
    # Marathi and English futures of eating and drinking a poison: "खाईन", "will drink".
    "eat": (
        "khain", "खाईन", "khanar", "खाणार", "khaun takin", "खाऊन टाकीन", "piin", "pien", "पिईन",
        "पिऊन टाकीन", "piun takin", "pinar", "पिणार", "gilin", "गिळीन", "gilnar", "गिळणार",
        "will drink", "gonna drink", "going to drink", "will swallow", "gonna swallow",
        "will eat", "gonna eat", "going to eat", "gonna take", "going to take", "will take",
        "had some", "i had", "had a glass", "had a cup", "had a bottle",
    ),
    "something": ("smthing", "smth", "smthng", "sumthing", "somethin", "somthing", "sumthin",
                  "kuchh", "kaytari", "kaay tari", "काय तरी"),
    "unconscious": ("unconcious", "unconsious", "unconscius", "unconcius", "unconsius",
                    "uncouncious", "unconsios", "uncoscious", "unconscous", "be hosh", "बे होश",
                    "hosh nahi aa raha", "hoshmadhe nahi", "not breathing properly"),
    "collapse": ("not making sense", "making no sense", "behki behki", "बहकी बहकी", "kuch bhi bol raha",
                 "slurring", "can't stand up", "cant stand up", "ubha rahu shakat nahi"),
    "too_much": ("jayada", "jyaada", "zayada", "zaida", "jaida", "bahot zyada", "bahot jyada",
                 "bohot zyada", "bhot zyada", "khup jaast", "jaast", "खूप जास्त", "बहुत जयादा",
                 "जयादा", "ज्यादाच", "jastach", "जास्तच"),
    # "गर्द" (brown sugar) in Mumbai and Pune street speech.
    "opioids": ("gard", "गर्द", "gardh"),
    # "bas zala he jagna", "bas ho gaya jeena": enough of living.
    "fed_up": ("bas zala", "bas jhala", "बस झालं", "बस झाले", "bas zale", "bas ho gaya", "bas ho gya",
               "बस हो गया", "bas hua", "बस हुआ", "enough of"),
    "live": ("jagnar", "jagnaar", "जगणार", "jaganar", "jagnare", "jagel", "जगेल", "jagin", "जगीन"),
    "acquire": ("aanun", "आणून", "anun", "aanun thevli", "laaya", "laya", "लाया", "le aayi", "ले आई",
                "le aaye", "brought", "bought a"),
    "dose": ("taking 1", "take 1", "took 1", "1 at night", "1 in the morning", "1 daily",
             "1 tablet", "1 pill", "1 goli", "१ गोली", "१ गोळी", "as told", "as advised", "as directed", "jaisa bataya", "जैसा बताया",
             "sangitlya pramane", "सांगितल्याप्रमाणे"),
    "routine": ("every night", "every morning", "every evening", "each night", "each morning",
                "twice a day", "once a day", "har raat", "हर रात", "roz raat",
                "रोज रात", "roj ratri", "रोज रात्री", "after food", "khane ke baad", "jevnanantar"),
    "body_part_other": ("dokyat", "डोक्यात", "dokyavar", "डोक्यावर", "dokyala", "डोक्याला", "sar pe",
                        "sir pe", "sar par", "sir par", "सिर पे", "सिर पर", "sar me", "sir me", "सिर में",
                        "kanpatti", "कनपटी", "chehre", "chehra", "चेहरा", "चेहरे", "tondavar", "तोंडावर",
                        "chest", "chhati", "छाती", "haat", "haath", "हात", "हाथ", "paay", "पाय",
                        "pair", "पैर"),
    "other_target": ("shejaryacha", "shejaryachi", "shejaryache", "shejaryachya", "शेजाऱ्याचा",
                     "शेजाऱ्याची", "शेजाऱ्याचे", "शेजाऱ्याच्या", "शेजाऱ्याचं", "landlord", "his kids",
                     "her kids", "his family", "her family"),
    # Future threats with the breaking verb: "डोकं फोडणार", "haddi todunga", "sar phodunga".
    "maim": ("phodnar", "fodnar", "फोडणार", "todnar", "तोडणार", "modnar", "मोडणार", "kapnar",
             "कापणार", "chirnar", "चिरणार", "chhatnar", "छाटणार", "jalnar", "जाळणार", "todunga",
             "तोड़ूंगा", "तोडूंगा", "phodunga", "fodunga", "फोड़ूंगा", "फोडूंगा", "kaatunga",
             "काटूंगा", "chirunga", "चीरूंगा", "thokunga", "ठोकूंगा", "thok dunga", "ठोक दूंगा",
             "patak dunga", "पटक दूंगा", "ghusa dunga", "घुसा दूंगा", "ghused dunga", "bhosknar",
             "भोसकणार", "bhoskin", "भोसकीन", "ghalun marin", "घालून मारीन"),
}
for _name, _entries in _WIDER.items():
    WORDS[_name] = WORDS.get(_name, ()) + _entries

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
    # --- overdose: every pill there is, or the body failing after taking something ------
    Combination(OD, (_g("pills", "sedatives", "poison"), _g("all_there_is")), 4, unless=_g("routine")),
    Combination(OD, (_g("swallow"), _g("all_there_is")), 3),
    Combination(OD, (_g("too_much"), _TAKEN, _g("inject", "eat")), 4),
    Combination(OD, (_g("breath_trouble", "collapse", "vomit", "burning_inside"), _TAKEN + _g("swallow", "inject", "overdose",
                                                                          "poison", "cleaner")),
                10, across=True),
    Combination(OD, (_g("unconscious", "collapse", "gone_missing"), _g("paraphernalia")), 10, across=True),
    # --- harm to others: "won't spare him", a veiled threat, a stone to the head -------
    # "biwi ko nahi chhodunga", "tyala sodnar nahi": the verb carries the first person (in
    # Marathi the target its -la), so the relative named bare is the one who is threatened.
    Combination(HO, (_g("spare_mine"), _g("negation"), _g("other_target", "relation", "third_person")), 4,
                unless=_g("devotion")),
    Combination(HO, (_g("spare_not"), _g("other_target", "relation", "third_person")), 4,
                unless=_g("devotion")),
    # "zehar kha lunga", "पी लूँगा", "kha lenge": a poison and a future of taking it.
    Combination(OD, (_g("poison"), _g("consume"), _g("will_take")), 6, order=True),
    Combination(OD, (_g("poison", "pills", "sedatives"), _g("at_hand"), _g("consume", "eat", "want")), 8),
    Combination(HO, (_g("regret_threat"), _g("know_where")), 12, across=True),
    Combination(HO, (_g("regret_threat"), _g("violence", "weapon", "kill", "vow", "maim", "blunt")), 8),
    Combination(HO, (_g("know_where"), _g("violence", "weapon", "kill", "maim", "blunt")), 8),
    Combination(HO, (_g("blunt", "weapon"), _g("body_part_other"), _g("bring_down", "maim", "kill")), 5,
                unless=_g("chore")),
    Combination(HO, (_g("threat_disclosed"),)),
    # --- what a relative finds: a note, a locked door, no answer ------------------------
    Combination(S, (_g("farewell_note"), _g("gone_missing", "goodbye")), 12, across=True),
    Combination(S, (_g("farewell_note"), _g("apology")), 2),        # "a note saying sorry"
    Combination(S, (_g("locked_in"), _g("gone_missing", "paraphernalia", "weapon", "pills", "hang",
                                        "poison")), 12, across=True),
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
                    "cod", "minecraft", "ludo", "chess", "carrom", "level", "round", "kills", "headshot", "enemies",
                    "enemy", "zombies", "zombie", "bots", "noobs", "boss fight",
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
_BEATEN = frozenset({"khaya", "khayi", "khai", "khaayi", "padi", "pada", "padli", "padla",
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
_BHANG = frozenset({"bhang", "bhaang", "भांग", "भाँग"})


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


# Words whose skeleton is a common word of another meaning, read by their spelling instead:
# पप्पांनी (father, as the one acting) would be "apni"/"pani", papane would be "apne".
_FATHER_ACTING = frozenset({"पप्पांनी", "पापांनी", "pappanni", "papanni", "pappani", "papane", "pappane",
                            "पप्पाने", "पापाने", "पपाने"})
# थी (was) and ताई/ती (sister, she) share a skeleton; थोड़ा (a little) and today begin like तोड़
# (break); बस (enough) is bash.
_YOU = frozenset({"aap", "ap", "आप", "aapko", "आपको", "apko"})
_WAS = frozenset({"thi", "थी", "थीं", "thee", "thin"})
_NOT_BREAKING = ("thod", "थोड", "today", "2day", "tday")
_NOT_BASHING = frozenset({"bas", "bass", "बस", "bus"})
# "mom will kill me if i'm late", "बायको जिवंत सोडणार नाही, वाढदिवस विसरलो": a scolding promised
# for a lapse, by the person who will scold.
_LAPSES = frozenset({
    "late", "der", "देर", "ushir", "ushira", "उशीर", "उशिरा", "forgot", "forget", "forgotten",
    "bhool", "bhul", "bhula", "bhoola", "भूल", "भूला", "भूली", "visarlo", "visarle", "visarli", "visarla",
    "विसरलो", "विसरले", "विसरली", "विसरला", "anniversary", "birthday", "vaadhdivas", "vadhdivas",
    "वाढदिवस", "marks", "result", "grades", "report", "geyser", "fix", "clean", "shopping", "spent",
    "dent", "scratch", "ordel", "ओरडेल", "daantegi", "daantega", "डांटेगी", "डांटेगा", "scold", "bill",
    "bills", "finds", "sees", "caught", "practice", "training", "drill", "wearing", "borrowed", "broke",
    "kalla", "kalal", "कळलं", "pakda", "pakdi", "पकड़ा"})
# "X will kill me if / when / for ...": the threat hangs on a condition, a scolding.
_CONDITIONS = frozenset({"if", "when", "for", "agar", "jab", "अगर", "जब", "tar", "jar", "तर", "जर", "once"})
# What makes a threat against the writer a disclosure, never a figure of speech.
_DISCLOSURE = frozenset({"tell", "told", "telling", "bataya", "bataungi", "bataunga", "बताया", "police",
                         "complaint", "sangitla", "sangitle", "सांगितलं", "takrar", "तक्रार", "divorce",
                         "beats", "hits", "maarta", "maarte", "मारता", "marto", "roj", "roz", "daily"})
# Who scolds; "aai" (mother) is spelt by skeleton as "i" and is read here by its spelling.
_SCOLDERS = frozenset({"boss", "bos", "sir", "madam", "manager", "teacher", "saheb", "sahab", "malak",
                       "मालक", "बॉस", "सर", "साहेब", "coach", "principal", "aai", "आई", "aaji", "आजी",
                       "mom", "mum", "mummy", "maa", "माँ", "मां", "मम्मी", "baba", "बाबा", "papa", "पापा"})
_OBJECT_MARKS = frozenset({"ko", "को", "la", "ला", "se", "से"})
_THREATS = ("kill", "murder", "violence", "not_survive", "maim", "finish_off", "spare_mine",
            "spare_not")
# "boss ne khoon pee liya", "साहेबांनी जीव खाल्ला", "dimag kha gaya": pestered, nothing swallowed.
# "hurt her feelings", "hurt their chances": a hurt that lands on no body.
_HURT_SOFTLY = frozenset({"feelings", "feeling", "ego", "pride", "heart", "chances", "career",
                          "sentiments", "bhavna", "भावना", "भावनाओं", "dil", "दिल"})
_PESTERED = frozenset({"khoon", "khun", "खून", "dimag", "dimaag", "दिमाग", "दिमाग़", "bheja", "भेजा",
                       "jeev", "jiv", "जीव", "jaan", "जान", "doka", "dok", "डोकं", "sar", "sir", "सिर",
                       "mind", "brain", "brains", "head", "time"})
_WENT = frozenset({"gy", "gi", "gye", "ge", "gel", "geli", "gele", "gyi", "jung", "jungi", "jyeg", "jyegi",
                   "jeg", "jegi", "jyenge", "jenge", "ju", "jun", "jte", "jti", "jt"})
_COMMON_ALL = frozenset({"sab", "सब", "sabhi", "सभी", "sare", "saare", "sari", "saari", "सारे", "सारी",
                         "all", "sagle", "sagli", "सगळे", "सगळी"})


def _read_by_spelling(c: Concepts) -> None:
    words = c.words
    for i, token in enumerate(words):
        if token.raw in _FATHER_ACTING:
            c.add("relation", i, i + 1)
        elif token.raw in _WAS:
            c.drop("relation", i, i + 1)
            c.drop("third_person", i, i + 1)
    for hit in c.of("self"):        # "apne aap ko": "aap" here is oneself, not "you"
        c.drop("other_target", hit.start, hit.end)
    for hit in c.of("relation"):    # "aap" (you) and "papa" share the skeleton "p"
        if words[hit.start].raw in _YOU:
            c.drop("relation", hit.start, hit.end)
    # "ate too much, can't breathe lol": laughing, and nothing taken.
    if c.of("laugh") and not c.of(*_TAKEN, "poison", "overdose", "swallow", "inject", "cleaner"):
        laughing = {words[h.start].sentence for h in c.of("laugh")}
        for hit in c.of("breathing", "breath_trouble"):
            if words[hit.start].sentence in laughing:
                c.drop(hit.concept, hit.start, hit.end)
    for hit in c.of("alcohol"):     # कुत्रा (dog) and "quater" (a quarter bottle) share a skeleton
        if words[hit.start].raw.startswith(("kutr", "kuttr", "कुत्र")):
            c.drop("alcohol", hit.start, hit.end)
    for hit in c.of("violence"):
        raw = words[hit.start].raw
        if raw.startswith(_NOT_BREAKING) or (hit.end - hit.start == 1 and raw in _NOT_BASHING):
            c.drop("violence", hit.start, hit.end)
    # "khaya" (ate) and "kya" (what), "khalla" and "kal" (yesterday) share skeletons.
    for hit in c.of("eat"):
        if words[hit.start].skeleton in ("kl", "ky") and not words[hit.start].raw.startswith(("kh", "ख")):
            c.drop("eat", hit.start, hit.end)
    # "sab theek hai, goli le li": "all" is a heap of pills only beside the pills.
    for hit in c.of("quantity"):
        if hit.end - hit.start == 1 and words[hit.start].raw in _COMMON_ALL and not any(
                (0 <= h.start - hit.end <= 3 or 0 <= hit.start - h.end <= 3)
                and words[h.start].clause == words[hit.start].clause
                for h in c.of("pills", "sedatives", "pill_count", "poison", "something")) and not (
                # "goliyan saamne rakhi hai, sab kha lunga": all of the pills named before
                any(h.start == hit.end for h in c.of("eat", "swallow"))
                and any(h.end <= hit.start and words[h.start].sentence == words[hit.start].sentence
                        for h in c.of("pills", "sedatives", "pill_count", "poison"))):
            c.drop("quantity", hit.start, hit.end)


def _scolded_over_a_lapse(c: Concepts) -> None:
    words = c.words
    if c.of("weapon", "self", "suicide", "fear", "help_plea") or any(t.raw in _DISCLOSURE for t in words):
        return
    lapse = {t.sentence for t in words if t.raw in _LAPSES} | {words[h.start].sentence for h in c.of("laugh", "hardship")}
    for hit in c.of(*_THREATS):
        sentence = words[hit.start].sentence
        conditional = any(words[i].raw in _CONDITIONS for i in range(hit.end, min(len(words), hit.end + 3)))
        if not conditional and not {sentence - 1, sentence, sentence + 1} & lapse:
            continue
        before = range(max(0, hit.start - 4), hit.start)
        people = [h for h in c.of("relation", "other_target")
                  if h.end <= hit.start and h.start in before and words[h.start].sentence == sentence]
        bosses = [i for i in before if words[i].raw in _SCOLDERS and words[i].sentence == sentence]
        if not people and not bosses:
            continue
        last = max([h.end - 1 for h in people] + bosses)
        if (last + 1 < len(words) and words[last + 1].raw in _OBJECT_MARKS) \
                or words[last].raw.endswith("ला") \
                or (words[last].raw.endswith("la") and not words[last].raw.endswith(("wala", "vala"))):
            continue        # "biwi ko", "बायकोला": the relative is the one threatened
        if any(hit.end <= h.start < hit.end + 2 for h in c.of("relation", "third_person")) or any(
                hit.end <= h.start < hit.end + 2 and words[h.start].raw not in ("me", "us")
                for h in c.of("other_target")):
            continue        # someone else is named as the target
        for name in _THREATS + ("die", "live", "remain"):
            c.drop(name, hit.start, hit.end)
        c.drop("me", hit.end, hit.end + 1)


_AGENT = frozenset({"ne", "ने", "nे", "nai", "ni", "नी", "ine", "ane"})
_SOMEONE = frozenset({"someone", "somebody", "anyone", "anybody", "koi", "kisi", "कोई", "किसी", "konala",
                      "kunala", "कुणाला", "everyone"})
_EXPLICIT_WANT = frozenset({"want", "wanna", "wish", "chahta", "chahti", "chahiye", "चाहता", "चाहती",
                            "iccha", "इच्छा", "vatat", "vatate", "वाटतं", "वाटते", "better", "rather"})


def _hardship_as_the_cause(c: Concepts) -> None:
    """"is exam ne maar diya", "traffic is a nightmare, i could kill someone", "bhuk lagli, mi
    marto lol", "we're dead if mom finds out": a hardship or a scrape, and nobody in danger."""
    words = c.words
    if c.of("weapon", "self", "suicide", "life", "live", "poison", "pills", "sedatives"):
        return
    hard = {h.start for h in c.of("hardship")}
    laughing = {words[h.start].sentence for h in c.of("laugh")}
    for hit in c.of("kill", "die", "murder"):
        sentence = words[hit.start].sentence
        if any(t.raw in _EXPLICIT_WANT for t in words if t.sentence == sentence):
            continue
        hard_here = any(words[i].sentence == sentence for i in hard)
        agent = any(i + 1 < hit.start and words[i + 1].raw in _AGENT for i in hard if hit.start - i <= 5)
        anyone = hard_here and hit.end < len(words) and words[hit.end].raw in _SOMEONE
        hungry = hard_here and sentence in laughing
        scrape = words[hit.start].raw in ("dead", "ded") and hit.end < len(words) \
            and words[hit.end].raw in _CONDITIONS
        counted = hit.start > 0 and words[hit.start - 1].raw.isdigit() and hit.concept == "kill"
        if agent or anyone or hungry or scrape or counted:
            for name in ("kill", "die", "murder", "want"):
                c.drop(name, hit.start, hit.end)
            c.drop("me", hit.end, hit.end + 1)
            c.drop("other_target", hit.end, hit.end + 1)
            c.drop("me", hit.start - 1, hit.start)


def remove_harmless_uses(c: Concepts) -> None:
    """Forget the danger words this area's idioms use up; an unclear use is left to alert."""
    words = c.words
    _read_by_spelling(c)
    _scolded_over_a_lapse(c)
    _hardship_as_the_cause(c)
    # "phone mar gaya", "बैटरी मर गई": "mar" with "gaya" is dying, never killing.
    for hit in c.of("kill"):
        if hit.end - hit.start == 1 and hit.end < len(words) and words[hit.end].skeleton in _WENT:
            c.drop("kill", hit.start, hit.end)
    for hit in c.of("hurt"):
        # "would never hurt him", "hurt her feelings": no one is to be harmed.
        if not any(h.start == hit.end for h in c.of("other_target", "third_person")):
            continue
        after = {w.raw for w in words[hit.end + 1:hit.end + 3]}
        before = {w.raw for w in words[max(0, hit.start - 2):hit.start]}
        if after & _HURT_SOFTLY or "never" in before:
            c.drop("hurt", hit.start, hit.end)
    for hit in c.of("eat", "drank", "drink_verb", "use", "swallow"):
        if hit.start > 0 and words[hit.start - 1].raw in _PESTERED and not c.of("poison", "pills", "sedatives"):
            for name in ("eat", "drank", "drink_verb", "use", "swallow"):
                c.drop(name, hit.start, hit.end)
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
