"""Danger words in the talk of the stall, the cart and the street (the reading of rounds 70-71:
horse-cart drivers, newspaper vendors, watch repairers, balloon sellers, cycle mechanics, egg-cart
vendors). Each phrase is harmless only beside the words of its kind in the same sentence, and a
word of real danger in that sentence keeps every word alerting:

- trade set on fire: "नए हॉकर ने तो आते ही आग लगा दी, सारे ग्राहक उसके पीछे", "dhande ne aag laga di, sab
  khilone bik gaye" (a threat, "दुकान को आग लगा दूंगा", keeps);
- the crowd or the office that killed the writer: "आज की भीड़ ने तो मार ही डाला", "चक्कर काट काट के मर
  गया"; work "latka" (pending) at the office;
- people who die for the writer's dish, the writer who dies for mother's thecha: "masala omelette पे
  लोग मरते हैं", "aaichya haatchya thechya var mi marto";
- a dish or a tea called poison: "amchi bhurji mhanje zahar aahe", "that tea ... is pure poison";
- the heat or the traffic called a hanging or a taking of life: "लातूरचं ऊन म्हणजे फाशीच", "ट्रॅफिक ...
  रोज जीव घेतो", "ha giraik doka khato, jeev ghetla tyane";
- a song that "killed": "बिटिया के गाने पे ... कत्ल कर दिया उसने";
- a son drunk on cricket: "बेटा क्रिकेट के नशे में है";
- kids drinking in every word; an uncle who fell off the pony (not "off the wagon");
- a fright, "mazi hawa tight jhali";
- rounds done again and again ("rounds marun marun mazi vaat lagli"); a pump worked ("pump
  मारायची"); egg prices that jumped; goods ("maal") brought from the market or taken by the police;
- the mill or the cart closed for the night ("chakki band karke"), which is no habit given up;
- and "couldn't say no" said as "मी नाही म्हणालो नाही": its "no" is not a refusal.

The second reading of rounds 72-73 (mills, jaggery makers, reel makers, repairers) added: a bill
still "latakle" (pending) at the factory; a video shoot that did not happen ("आज शूट नव्हतं"); "जाऊ
देत नाही" (lets nobody go) is no wish; and "proud of myself", which is no hand of the writer's on
purpose.

The reading of rounds 74-75 (driving schools, nurseries, tuition, labs, silk reelers, the stage) added:
the stage "set on fire" by a performance; "मरणाची गर्दी" (a deathly crowd: a great one, unless death is
waited for); legs "dead" from the stairs; a bike that skids; the life "gone" in the sun; a needle-stick
at work with its protocol; the gallows a doctor, a boss or the auditors will send the writer to.

Pests and their poison (pests_at_work), a bottle named by what it holds (shop_bottles) and a scene
of a play (stage_scenes), read in the same rounds, are their own modules; so is the talk of the mills
and gardens of rounds 84-85 (mill_and_garden_talk). The phrase machinery is quiet_phrases.

Read by alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.quiet_phrases import Phrase, PhraseBook, word_set

_TRADE = word_set("dhande", "धंधे", "dhanda", "धंधा", "dhandhe", "grahak", "ग्राहक", "customer",
                  "customers", "bik", "बिक", "sale", "market", "बाजार", "बाज़ार", "stage", "gaahak",
                  "giraik", "गिऱ्हाईक", "khilone", "खिलौने",
                  # rounds 82-83: the prices set on fire ("गुलाब के रेट ने तो आग लगा दी")
                  "रेट", "rate", "rates", "बाजारात", "bajarat", "दाम", "daam")
THREAT = word_set("दूंगा", "दूँगा", "दूंगी", "दूँगी", "dunga", "dungi", "denge", "देंगे", "petrol",
                   "पेट्रोल", "kerosene", "केरोसीन", "माचिस", "machis", "लावतो", "लावेन")
_CROWD = word_set("भीड़", "भीड", "bheed", "bhid", "rush", "traffic", "ट्रॅफिक", "ट्रैफिक", "garmi",
                  "गर्मी", "kaam", "काम", "ऊन", "un", "heat", "giraik", "गिऱ्हाईक", "डोक्याला", "doka",
                  "ताप", "tap", "office", "license", "licence", "file", "approval", "payment",
                  "पेमेंट")
_MEANS = word_set("rassi", "रस्सी", "pankha", "पंखा", "fan", "dupatta", "फांसी", "rope", "dori",
                  "दोरी", "chaku", "चाकू", "knife", "weapon")
FOOD = word_set("bhurji", "भुर्जी", "chaha", "चहा", "tea", "chai", "चाय", "misal", "मिसळ", "vada",
                 "omelette", "thecha", "ठेचा", "coffee", "dish", "biryani", "pav", "पाव")
_POISONS = word_set("rat", "chuha", "चूहे", "pesticide", "keetnashak", "उंदीर", "undir")
_DUES = word_set("bill", "बिल", "paise", "पैसे", "payment", "पेमेंट", "cheque", "चेक", "udhari", "उधारी", "hafta",
                 "हप्ता", "subsidy", "सबसिडी", "karkhana", "कारखाना")
_GUN = word_set("gun", "बंदूक", "bandook", "banduk", "goli", "गोली", "pistol", "पिस्तूल", "katta", "कट्टा")
_STAGE = word_set("stage", "स्टेज", "मंच", "manch", "तालियाँ", "taliyan", "टाळ्या", "talya", "audience", "प्रेक्षक",
                  "prekshak", "show", "शो", "natak", "नाटक", "performance")
# What keeps "मरणाची" a wish: waiting for it, wanting it, fearing it.
_DEATH_WISHED = word_set("इच्छा", "ichha", "icchha", "वाट", "vaat", "भीती", "bhiti", "तयारी", "tayari", "विचार",
                         "vichar", "vichaar")
# What is "मरणाची": a crowd, the heat, the cold, the work, hunger.
_GREAT_THINGS = word_set("crowd", "गर्दी", "gardi", "ऊन", "un", "उन्हाळा", "थंडी", "thandi", "traffic", "ट्रॅफिक", "काम",
                         "kaam", "भूक", "bhuk", "धावपळ", "dhavpal", "पाऊस", "paus", "गरमी", "garmi")
_DRINK_WORDS = word_set("daru", "दारू", "peg", "पेग", "beer", "बीयर", "whisky", "nasha", "नशा", "bottle", "बोतल")
# Who sends the writer to the gallows in the idiom: the boss, the doctor, the auditors, the family.
_GALLOWS_GIVERS = word_set("डॉक्टर", "doctor", "साहब", "saheb", "sahab", "साहेब", "boss", "बॉस", "ऑडिटवाल्यांनी", "audit",
                           "ऑडिट", "malik", "मालिक", "मालक", "seth", "सेठ", "शेठ", "ghar", "घरवाले", "gharwale", "papa",
                           "पापा", "बाबा", "baba", "sir", "सर", "teacher", "टीचर", "manager", "मॅनेजर", "मैनेजर",
                           # round 87: the seth's ("sethcha chehra baghun vatla aaj mala phashich denar")
                           "sethcha", "शेठचा", "सेठचा")
_PROTOCOL = word_set("pep", "protocol", "प्रोटोकॉल", "injury", "incident", "report", "रिपोर्ट", "doctor", "डॉक्टर",
                     "kamavar", "कामावर", "work", "duty", "ड्युटी", "pramane", "प्रमाणे")
WRITER = word_set("main", "मैं", "mai", "i", "mi", "मी")
_ON = word_set("पे", "pe", "पर", "par", "वर", "var")
_SONG = word_set("गाने", "gaane", "song", "dance", "फिदा", "fida", "performance", "awaaz", "आवाज़",
                 "गाना", "gaana")
_NOT_A_DRUG = word_set("क्रिकेट", "cricket", "game", "गेम", "mobile", "मोबाइल", "pyaar", "प्यार",
                       "padhai", "पढ़ाई", "जीत", "jeet", "power", "पावर", "paisa", "पैसे", "reels",
                       "रील")
_FALLS = word_set("pony", "horse", "ghoda", "bike", "cycle", "ladder", "chair", "stool", "roof",
                  "tonga")
_ROUNDS = word_set("vaat", "वाट", "thaklo", "थकलो", "rounds", "chakra", "फेरे", "phere")
_GOODS = word_set("market", "crawford", "मार्केट", "stock", "स्टॉक", "police", "पुलिस", "godown",
                  "गोदाम", "supplier", "khilone", "खिलौने", "phirki", "फिरकी", "bubble", "anla",
                  "आणला", "becha", "bikri", "बिक्री", "wholesale")
_SMOKED = word_set("फूंका", "fooka", "peeke", "sutta", "dum", "ओढला", "odhla", "chadha")

_DEVICES = word_set("phone", "फोन", "फोनने", "mobile", "मोबाइल", "मोबाईल", "board", "बोर्ड", "battery",
                    "बैटरी", "बॅटरी", "redmi", "screen", "charger", "motherboard", "laptop", "handset",
                    "display", "cell")
_REELS = word_set("reel", "रील", "video", "वीडियो", "व्हिडिओ", "post", "song", "गाना")
_COSTS = word_set("rates", "rate", "prices", "price", "bill", "haha", "sale", "किंमत", "भाव",
                  "traffic", "heat", "emi", "rent", "fees")
PEOPLE = word_set("munshi", "मुंशी", "seth", "boss", "contractor", "supervisor", "manager", "banda",
                   "aadmi", "saas", "complains")
_HANGING_MEANS = word_set("rassi", "रस्सी", "rope", "dupatta", "फांसी", "latak", "लटक", "गला", "gala",
                          "neck")
_ON_PURPOSE = word_set("मुद्दाम", "muddam", "jaanbujh", "जानबूझ", "nahi", "नहीं", "नाही", "without",
                       "bina", "utaar", "removed")
_MACHINES = word_set("motor", "मोटर", "belt", "बेल्ट", "machine", "chakki", "चक्की", "pulley", "girni",
                     "गिरणी")
_SIGNS = word_set("board", "बोर्ड", "banner", "photo", "फोटो", "dukan", "दुकान", "shop", "sign")
_BENCH = word_set("flux", "cleaning", "clean", "solder", "board", "shop", "dukan")
_WORKPLACES = word_set("chakki", "चक्की", "dukaan", "दुकान", "shop", "shutter", "शटर", "thela", "ठेला",
                       "stall", "mill", "girni", "गिरणी", "gaadi", "cart", "dhaba")
_INSIDE = word_set("अंदर", "andar", "aat", "आत", "आतून", "aatun", "inside")
_MATERIAL = word_set("sheets", "sheet", "rolls", "roll", "rol", "रोल", "gadda", "गादी", "gadi", "sofa",
                     "सोफा", "cushion", "mattress", "कुतर", "kutar", "कुरतडत", "kurtadle", "kurtadat",
                     "chewing", "भिजला", "bhijla", "upholstery", "cutting", "density", "rexine")
_MOUTH = word_set("munh", "muh", "mooh", "मुंह", "मूंह", "तोंड", "तोंडात", "तोंडातून", "tond",
                  "tondat", "tondatun", "mouth", "face", "froth", "फेस", "phes", "fes")
_SHOOTING = word_set("reel", "रील", "collab", "video", "camera", "haldi", "terrace", "brand",
                     "youtube", "vlog", "photo", "edit", "busy", "location", "shooting", "शूटिंग")
_GUNS = word_set("goli", "गोली", "gun", "bandook", "बंदूक", "pistol", "myself", "khud", "खुद", "dunga",
                 "दूंगा", "karunga", "katta", "कट्टा")

_PHRASES = (
    Phrase((("आग", "लगा*"), ("aag", "laga*"), ("aag", "lag*")), _TRADE | _REELS | _STAGE, THREAT),
    # Marathi "आग लावली" only on the stage: in the trade it is also a rival's shop set on fire
    Phrase((("आग", "लाव*"), ("aag", "lav*")), _STAGE, THREAT),
    # round 74-75: "मरणाची गर्दी" (a deathly crowd: a great one), legs "dead" from the stairs, a bike that
    # skids, the life gone out in the sun, a needle-stick at work with its protocol
    Phrase((("मरणाची",), ("मरणाचा",), ("मरणाचे",), ("maranachi",), ("maranacha",)), _GREAT_THINGS, _DEATH_WISHED),
    Phrase((("पाय", "मेले"), ("pay", "mele"), ("paay", "mele"), ("हात", "मेले"), ("haat", "mele")), frozenset(), _MEANS),
    # (not a foot that slipped: "कोई पूछे तो कहना पैर फिसल गया था" is the story to be told of a fall)
    Phrase((("बाइक", "फिसल*"), ("bike", "fisal*"), ("bike", "phisal*"), ("गाड़ी", "फिसल*")), frozenset(), _DRINK_WORDS),
    Phrase((("jeev", "gela"), ("जीव", "गेला")), _CROWD | word_set("unhat", "उन्हात"), _MEANS),
    # the gallows someone else will send the writer to, for a late report or an audit ("डॉक्टर साहब फांसी
    # पे चढ़ा देंगे 😂", "ऑडिटवाल्यांनी फाशी दिली नाही एवढंच"); the noose the writer takes keeps alerting
    Phrase((("फांसी", "पे", "चढ़ा*"), ("फांसी", "पर", "चढ़ा*"),
            ("fansi", "pe", "chadha*"), ("phansi", "pe", "chadha*"),
            ("फाशी", "दिली"), ("फाशी", "देतील"), ("फाशी", "देणार"), ("fashi", "dili"), ("fashi", "detil")),
           _GALLOWS_GIVERS, word_set("rassi", "रस्सी", "pankha", "पंखा", "fan", "dupatta", "rope", "dori", "दोरी", "खुद",
                                  "khud", "स्वतः", "swatah", "घेईन", "लगा", "laga")),
    Phrase((("needle", "stick"), ("needlestick",), ("suyi", "tochli"), ("sui", "tochli"), ("सुई", "टोचली"),
            ("suyi", "lagli"), ("सुई", "लगी"), ("sui", "lagi")), _PROTOCOL, _MEANS),
    Phrase((("मार", "ही", "डाला"), ("maar", "hi", "dala"), ("mar", "hi", "dala"), ("मार", "डाला")), _CROWD, _MEANS),
    Phrase((("काट", "काट", "के", "मर*"), ("kaat", "kaat", "ke", "mar*")), frozenset(), _MEANS),
    Phrase((("latka", "हुआ"), ("latka", "hua"), ("लटका", "हुआ"), ("latka", "pada"), ("लटका", "पड़ा"), ("latki", "hui"),
            ("लटकी", "हुई")), _CROWD, _MEANS),
    # round 72: a bill still "hanging" at the factory ("bill ajun latakle aahe, karkhana mhanto ...")
    Phrase((("latakle",), ("लटकले",), ("lataklay",), ("लटकलंय",), ("latakla",), ("लटकला",)), _DUES, _MEANS),
    # round 73: a video shoot that did not happen, or did ("आज शूट नव्हतं, घरीच आराम केला")
    Phrase((("शूट", "नव्हतं"), ("शूट", "नव्हते"), ("shoot", "navhta"), ("shoot", "navhte"), ("shoot", "nahi", "tha"),
            ("शूट", "नहीं", "था"), ("shoot", "cancel*"), ("शूट", "कॅन्सल*"), ("शूट", "कैंसल*")), frozenset(), _GUN),
    Phrase((("लोग", "मरते"), ("log", "marte"), ("लोक", "मरतात"), ("lok", "martat")), _ON, WRITER),
    Phrase((("var", "mi", "marto"), ("वर", "मी", "मरतो"), ("var", "marto"), ("वर", "मरतो")),),
    Phrase((("mhanje", "zahar*"), ("म्हणजे", "जहर*"), ("म्हणजे", "ज़हर*"), ("pure", "poison"), ("is", "poison")),
           FOOD, _POISONS),
    Phrase((("म्हणजे", "फाशी*"), ("mhanje", "phashi*"), ("mhanje", "fashi*")), _CROWD, _MEANS),
    Phrase((("जीव", "घे*"), ("jeev", "ghet*"), ("jiv", "ghet*")), _CROWD, _MEANS | word_set("मी", "mi", "माझा", "maza")),
    Phrase((("कत्ल",), ("katl",), ("qatl",), ("क़त्ल",)), _SONG, _MEANS | THREAT),
    Phrase((("के", "नशे"), ("ke", "nashe")), _NOT_A_DRUG),
    Phrase((("drinking", "in", "every"),),),
    Phrase((("fell", "off"),), _FALLS, word_set("wagon")),
    Phrase((("marun", "marun"), ("मारून", "मारून")), _ROUNDS),
    Phrase((("pump", "मार*"), ("pump", "mar*"), ("पंप", "मार*")),),
    Phrase((("hawa", "tight"), ("हवा", "टाइट")),),
    Phrase((("prices", "jumped"), ("price", "jumped"), ("rates", "jumped")),),
    Phrase((("maal",), ("माल",)), _GOODS, _SMOKED),
    # Rounds 72-73's reading: phones and mills, foam and shoots.
    Phrase((("dead",), ("डेड",), ("मरा", "पड़ा")), _DEVICES, WRITER),
    Phrase((("उल्टी", "लगा*"), ("ulti", "laga*"), ("उलटी", "लाव*"), ("ulti", "lav*")), _DEVICES),
    Phrase((("aag", "lav*"), ("आग", "लाव*")), _REELS, THREAT),
    Phrase((("are", "murder"), ("is", "murder"), ("बघून", "मेलो"), ("baghun", "melo")), _COSTS, WRITER - {"i"}),
    Phrase((("pure", "poison"), ("is", "poison")), PEOPLE, _POISONS),
    Phrase((("zeher", "ka", "ghoont", "samajh", "ke", "p*"), ("zeher", "ka", "ghoont"), ("ज़हर", "का", "घूंट"),
            ("जहर", "का", "घूंट"), ("ज़हर", "का", "घूँट"), ("zehar", "ka", "ghoont"), ("zeher", "ka", "ghut"),
            ("विषाचा", "घोट"), ("vishacha", "ghot")), frozenset(), _POISONS),
    Phrase((("जान", "ले", "ली"), ("jaan", "le", "li"), ("जान", "ले", "लेगी"), ("jaan", "le", "legi")), _CROWD,
           _HANGING_MEANS),
    Phrase((("हंसा", "हंसा", "के", "मार*"), ("हँस", "हँस", "के", "मर*"), ("हंस", "हंस", "के", "मर*"),
            ("hans", "hans", "ke", "mar*"), ("hansa", "hansa", "ke", "maar*")),),
    Phrase((("tondala", "aag"), ("तोंडाला", "आग"), ("muh", "mein", "aag"), ("मुंह", "में", "आग")),),
    Phrase((("safety", "rope"),), frozenset(), _ON_PURPOSE),
    Phrase((("patta",), ("पट्टा",)), _MACHINES),
    Phrase((("pan", "lavla"), ("पण", "लावला")), _SIGNS),
    Phrase((("ipa",),), _BENCH, word_set("drink", "pee", "piunga", "पीऊंगा", "pinar", "पिणार", "swallow", "gulp")),
    # (rounds 76-77: the fire station's foam tender and foam monitors)
    Phrase((("foam",), ("फोम",)), _MATERIAL | word_set("tender", "टेंडर", "monitor", "monitors", "extinguisher"), _MOUTH),
    # The mill or the cart closed for the night is no habit given up: "chakki band karke 2 pauwa maar liya".
    Phrase((("band", "karke"), ("बंद", "करके"), ("band", "karun"), ("बंद", "करून")), _WORKPLACES, _INSIDE),
    Phrase((("shoot",), ("शूट",)), _SHOOTING, _GUNS),
    # Rounds 76-77: leaps of joy, anger that sets the body on fire, a training week like drinking from a
    # fire hose, the jumping sheet of a fire drill, a knife-throwing act, a Monday that "means" the gallows.
    Phrase((("jumped", "with", "joy"), ("jumping", "with", "joy"), ("jumped", "for", "joy"), ("jump", "for", "joy"),
            ("jumping", "for", "joy")), frozenset(), _MEANS),
    Phrase((("तन", "बदन", "में", "आग"), ("tan", "badan", "me", "aag"), ("tan", "badan", "mein", "aag")), frozenset(),
           THREAT),
    Phrase((("drinking", "from", "a", "fire*"), ("drinking", "from", "a", "hose"), ("drink", "from", "a", "fire*")),),
    Phrase((("jumping", "sheet"), ("jumping", "net"), ("jump", "sheet")), frozenset(),
           word_set("myself", "khud", "खुद")),
    Phrase((("knife", "throwing", "act"), ("knife", "throwing", "practice"), ("knife", "act")), frozenset(),
           THREAT),
    Phrase((("मतलब", "फाँसी*"), ("मतलब", "फांसी*"), ("matlab", "fansi*"), ("matlab", "phansi*"), ("म्हणजे", "फाशी*"),
            ("mhanje", "fashi*")), frozenset(),
           _MEANS | word_set("jeena", "जीना", "zindagi", "जिंदगी", "jagna", "जगणं", "jivan", "जीवन")),
    # Rounds 78-79: people who now give the writer respect ("लोक आता मान देतात"), a son who eats, drinks and
    # sleeps cricket, a summer shed that burns the men alive, the rats cutting the charger's wires, a dish or
    # a tea the writer is hooked on, the bhatti avoided ("bhatti talli"), the back finished by the work,
    # new scissors for the bidis, a drink only dreamt, a stage or an idol's colours that "set it on fire",
    # the call cut on a drug's offer, work that killed the writer, a bargain called poison, thinner bought
    # for the season, trade dead this year, anger swallowed like blood, water drunk from a hundred ghats.
    Phrase((("मान", "देत*"), ("maan", "det*"), ("man", "det*"), ("मान", "देऊ*"), ("मान", "मिळत*"), ("maan", "milat*")),
           word_set("लोक", "lok", "log", "लोग", "सगळे", "sagle", "गावात", "gavat", "people", "आता", "ata", "aata")),
    Phrase((("khata", "peeta", "sota"), ("khata", "pita", "sota"), ("खाता", "पीता", "सोता"), ("खाते", "पीते", "सोते"),
            ("khaate", "peete", "sote")),),
    Phrase((("burning", "us", "alive"), ("burning", "me", "alive"), ("roasting", "us", "alive"),
            ("burning", "them", "alive")),
           word_set("degrees", "heat", "garmi", "गर्मी", "sun", "may", "summer", "shed", "ऊन", "temperature"), THREAT),
    Phrase((("wire", "kaat*"), ("wires", "kaat*"), ("taar", "kaat*"), ("वायर", "काट*"), ("तार", "काट*")),
           word_set("chuhe", "चूहे", "chuha", "rats", "rat", "उंदीर", "undir", "उंदरांनी", "mice")),
    Phrase((("chai", "ka", "nasha*"), ("चाय", "का", "नशा"), ("माझं", "व्यसन"), ("maza", "vyasan"), ("majha", "vyasan"),
            ("chahache", "vyasan"), ("चहाचं", "व्यसन")),
           FOOD | word_set("भजी", "bhaji", "पोहे", "pohe", "वडापाव", "vadapav")),
    Phrase((("talli",),), word_set("mudaam", "मुद्दाम", "rastyane", "रस्त्याने", "dusrya", "दुसऱ्या"),
           word_set("houn", "hoon", "होऊन", "zalo", "झालो", "hoke", "होके")),
    Phrase((("kaam", "tamaam"), ("काम", "तमाम"), ("kaam", "tamam")),
           word_set("kambar", "kambarecha", "कंबरेचं", "कंबरेचा", "kamar", "कमर", "back", "pith", "पाठ", "paay", "पाय",
                 "shareer", "sharir", "शरीर", "body"), THREAT),
    Phrase((("नवी", "कात्री"), ("navi", "katri"), ("नई", "कैंची"), ("nayi", "kainchi"), ("new", "scissors")),
           frozenset(), word_set("हात", "haath", "hath", "हाथ", "myself", "khud", "खुद", "स्वतः", "swatah", "nas",
                                  "नस")),
    Phrase((("sapne", "me", "daru", "p*"), ("sapne", "mein", "daru", "p*"), ("sapne", "me", "daru"),
            ("sapne", "mein", "daru"), ("sapnyat", "daru"), ("सपने", "में", "दारू", "पी*"), ("सपने", "में", "दारू"),
            ("सपनात", "दारू"), ("dreamt", "i", "drank"), ("dreamt", "of", "drinking")),
           word_set("sach", "सच", "real", "really", "khara", "खरं", "sukoon", "सुकून", "relief", "bacha", "nahi")),
    Phrase((("aapne", "to", "aag"), ("tumne", "to", "aag"), ("आपने", "तो", "आग"), ("रंग", "ने", "आग"),
            ("rang", "ne", "aag")), frozenset(), THREAT),
    Phrase((("फोन", "काट", "दिया"), ("phone", "kaat", "diya"), ("phone", "kat", "diya"), ("call", "kaat", "diya"),
            ("कॉल", "काट", "दिया"), ("फोन", "कट", "केला"), ("phone", "kat", "kela")),),
    Phrase((("kamane", "maarun"), ("kamane", "marun"), ("कामाने", "मारून"), ("kaamane", "marun"),
            ("kaamane", "maarun")),),
    Phrase((("pure", "poison"),), word_set("bargaining", "mandal", "customer", "customers", "deal", "price", "rate",
                                          "wants", "guys"), word_set("drink", "eat", "swallow", "took", "take", "ate")),
    Phrase((("litres", "of", "thinner"), ("liters", "of", "thinner"), ("litre", "thinner"), ("ltr", "thinner")),
           word_set("bought", "spray", "gun", "paint", "season", "order", "kharida", "ghetla"),
           word_set("sniff", "sniffed", "smell", "sunghi", "सूंघ", "sunghla")),
    Phrase((("dhanda", "mara*"), ("धंधा", "मरा"), ("dhandha", "mara*"), ("धंधा", "मर*")),),
    Phrase((("खून", "का", "घूंट", "पी*"), ("खून", "का", "घूंट"), ("khoon", "ka", "ghoont", "p*"),
            ("khoon", "ka", "ghoont"), ("khun", "ka", "ghunt", "p*")),),
    Phrase((("drunk", "water*"), ("drank", "water*"), ("ghat", "ghat", "ka", "paani"), ("घाट", "घाट", "का", "पानी")),),
    # rounds 80-81: the sword hanging over the head (a deadline, the month's end), the pocket set on fire by
    # prices, the motor that breathed its last, cut by hand,
    # pay "late", the theka's road given up or the bar skipped, orders one drowns in, pills done without
    Phrase((("तलवार", "सर*", "पे", "लटक*"), ("तलवार", "सिर*", "पर", "लटक*"), ("talwar", "sar", "pe", "latk*"),
            ("sar", "pe", "talwar", "ki", "tarah", "latk*"), ("सर", "पे", "तलवार", "की", "तरह", "लटक*"),
            ("सर", "पे", "तलवार"), ("सिर", "पर", "तलवार"), ("sar", "pe", "talwar"), ("sar", "par", "talwar"),
            ("talwar", "latak*"), ("talwar", "latk*"), ("तलवार", "लटक*"), ("sword", "hanging")), frozenset(), THREAT),
    Phrase((("खिशाला", "आग*"), ("khishala", "aag*"), ("jeb", "me", "aag"), ("जेब", "में", "आग"), ("jeb", "ko", "aag")),
           frozenset(), THREAT),
    Phrase((("मोटर", "ने", "दम", "तोड़*"), ("motor", "ne", "dam", "tod*"), ("machine", "ne", "dam", "tod*"),
            ("मशीन", "ने", "दम", "तोड़*"), ("मोटरने", "दम"), ("मशीनने", "दम")),),
    Phrase((("हाथ", "से", "काट*"), ("haath", "se", "kaat*"), ("hath", "se", "kat*"), ("haath", "se", "kat*"),
            ("हाताने", "कापल*"), ("hatane", "kapl*")), frozenset(),
           word_set("खुद", "khud", "apna", "अपना", "apne", "अपने", "myself", "स्वतः", "swatah", "मुद्दाम", "muddam")),
    Phrase((("लेट", "है"), ("लेट", "हो*"), ("late", "hai"), ("late", "ho*"), ("लेट", "झाल*"), ("late", "jhal*"),
            ("late", "zal*"), ("लेट", "आहे"), ("late", "ahe")),),
    Phrase((("रास्ता", "ही", "छोड़*"), ("रास्ता", "छोड़*"), ("rasta", "hi", "chhod*"), ("rasta", "chhod*"),
            ("raasta", "chhod*"), ("रस्ता", "सोडला"), ("rasta", "sodla"), ("direct", "घर*", "गय*"),
            ("direct", "घरी", "गेल*"),
            ("direct", "ghar*", "gay*"), ("direct", "ghari", "gel*"), ("सीधा", "घर", "गय*"), ("सरळ", "घरी", "गेल*"),
            ("seedha", "ghar", "gay*"), ("sidha", "ghar", "gay*"), ("bar", "skip*"), ("बार", "skip*"),
            ("theka", "skip*")),),
    Phrase((("drowning", "in", "orders"), ("drowning", "in", "work"), ("drowning", "in", "kaam")),),
    Phrase((("बिना", "goli*"), ("bina", "goli*"), ("बिना", "गोली*"), ("बिना", "गोळ*"), ("without", "pills"),
            ("without", "sleeping"), ("बिना", "दवा*"), ("bina", "dawa*"), ("बिना", "tablet*"), ("bina", "tablet*")),),
    Phrase((("सादी", "ली"), ("saadi", "li"), ("sadi", "li"), ("plain", "thandai")),),
    # a cliff jump taught with the safety gear; someone who "took my life" by pestering
    Phrase((("cliff", "jump*"), ("cliff", "diving")), word_set("training", "safety", "sikhate", "sikhaya", "rafting",
                                                           "course", "instructor", "adventure", "bungee", "guide"),
           word_set("khud", "myself", "alone", "akela")),
    Phrase((("jaan", "le", "li"), ("जान", "ले", "ली"), ("jaan", "nikal", "di")),
           word_set("pareshaan", "परेशान", "tang", "तंग", "dimag", "दिमाग", "sawal", "सवाल", "kaam", "काम"),
           _MEANS | _GUN),
    # rounds 82-83: straight past the theka, jumping for joy, the Sikh's rising spirits, papers still hanging at
    # the office, a rush that is killing us
    Phrase((("theke", "ke", "aage", "se", "seedha"), ("ठेके", "के", "आगे", "से", "सीधा"), ("theke", "ke", "aage", "se",
                                                                                        "sidha")),
           frozenset(), word_set("मन", "man", "mann", "dil", "दिल", "ichha", "इच्छा", "want", "talab", "तलब")),
    Phrase((("उड्या", "मारत"), ("udya", "marat"), ("आनंदाने", "उड्या")),),
    Phrase((("चढ़दी", "कला"), ("चढ़दी", "कला*"), ("chardi", "kala"), ("chadhdi", "kala"), ("charhdi", "kala")),),
    Phrase((("hanging", "at"), ("still", "hanging")), _CROWD | word_set("rto", "papers", "file", "court"), _MEANS),
    Phrase((("killing", "us"), ("is", "killing", "us")), _CROWD | word_set("festival", "season", "orders"),
           _GUN | _MEANS),
    # round 83: the cutter that slipped (a tool, not a relapse)
    Phrase((("कटर", "फिसल*"), ("cutter", "fisal*"), ("cutter", "slipped"), ("ग्राइंडर", "फिसल*"), ("grinder", "slipped"),
            ("कटर", "घसरला"), ("cutter", "ghasarla")),),
    # "ऊपर वाले खाने में": in the upper shelf, not eating
    Phrase((("वाले", "खाने", "में"), ("wale", "khane", "me"), ("wale", "khane", "mein")),),
)
# "Couldn't say no": the "no" inside it refuses nothing.
_GAVE_IN = ("could_not_refuse", "pd_couldnt_refuse", "fest_use_did_not_refuse")
_REFUSALS = ("negation", "weak_negation", "abstained", "quit", "eg_not")


_BOOK = PhraseBook(_PHRASES)


_GO = frozenset({"जाऊ", "जाऊं", "jau", "jaau", "जावू", "javu"})
_LET = frozenset({"देत", "det", "देणार", "denar", "दिलं", "dila", "देऊ", "deu", "नको", "nako"})


def _forget_let_go(c: Concepts) -> None:
    """Marathi "जाऊ देत नाही" (lets nobody go there: "मुलांना तिकडे जाऊ देत नाही", round 73) is no
    wish: "जाऊ" before a letting verb."""
    words = c.words
    for hit in c.of("want"):
        if words[hit.start].raw in _GO and hit.end < len(words) and words[hit.end].raw in _LET:
            c.drop("want", hit.start, hit.end)


_PROUD_OF = frozenset({("proud", "of"), ("believe", "in"), ("trust", "in")})


def _forget_proud_of_myself(c: Concepts) -> None:
    """"proud of myself" (round 73: "motor burnt, bank called ... Still didnt drink. proud of myself"):
    the writer praised, not the writer's own hand on purpose."""
    words = c.words
    for i in range(2, len(words)):
        if words[i].raw in ("myself", "me") and (words[i - 2].raw, words[i - 1].raw) in _PROUD_OF:
            c.add("unmeant", i, i + 1)      # nor the evidence's own hand


def forget_stall_talk(c: Concepts) -> None:
    for hit in c.of(*_GAVE_IN):
        for name in _REFUSALS:
            c.drop(name, hit.start, hit.end)
    _forget_let_go(c)
    _forget_proud_of_myself(c)
    _BOOK.forget(c)
