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
of a play (stage_scenes), read in the same rounds, are their own modules.

Read by alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from dataclasses import dataclass

from alumni.domain.crisis.concepts import Concepts


@dataclass(frozen=True)
class _Phrase:
    words: tuple[tuple[str, ...], ...]   # runs of words as typed; after the first, "x*" is a stem
    beside: frozenset[str] = frozenset()  # one of these in the sentence (empty: always)
    keep: frozenset[str] = frozenset()    # one of these in the sentence keeps every word


def _set(*words: str) -> frozenset[str]:
    return frozenset(words)


_TRADE = _set("dhande", "धंधे", "dhanda", "धंधा", "dhandhe", "grahak", "ग्राहक", "customer",
              "customers", "bik", "बिक", "sale", "market", "बाजार", "बाज़ार", "stage", "gaahak",
              "giraik", "गिऱ्हाईक", "khilone", "खिलौने",
              # rounds 82-83: the prices set on fire ("गुलाब के रेट ने तो आग लगा दी")
              "रेट", "rate", "rates", "बाजारात", "bajarat", "दाम", "daam")
_THREAT = _set("दूंगा", "दूँगा", "दूंगी", "दूँगी", "dunga", "dungi", "denge", "देंगे", "petrol",
               "पेट्रोल", "kerosene", "केरोसीन", "माचिस", "machis", "लावतो", "लावेन")
_CROWD = _set("भीड़", "भीड", "bheed", "bhid", "rush", "traffic", "ट्रॅफिक", "ट्रैफिक", "garmi",
              "गर्मी", "kaam", "काम", "ऊन", "un", "heat", "giraik", "गिऱ्हाईक", "डोक्याला", "doka",
              "ताप", "tap", "office", "license", "licence", "file", "approval", "payment",
              "पेमेंट")
_MEANS = _set("rassi", "रस्सी", "pankha", "पंखा", "fan", "dupatta", "फांसी", "rope", "dori",
              "दोरी", "chaku", "चाकू", "knife", "weapon")
_FOOD = _set("bhurji", "भुर्जी", "chaha", "चहा", "tea", "chai", "चाय", "misal", "मिसळ", "vada",
             "omelette", "thecha", "ठेचा", "coffee", "dish", "biryani", "pav", "पाव")
_POISONS = _set("rat", "chuha", "चूहे", "pesticide", "keetnashak", "उंदीर", "undir")
_DUES = _set("bill", "बिल", "paise", "पैसे", "payment", "पेमेंट", "cheque", "चेक", "udhari", "उधारी", "hafta",
              "हप्ता", "subsidy", "सबसिडी", "karkhana", "कारखाना")
_GUN = _set("gun", "बंदूक", "bandook", "banduk", "goli", "गोली", "pistol", "पिस्तूल", "katta", "कट्टा")
_STAGE = _set("stage", "स्टेज", "मंच", "manch", "तालियाँ", "taliyan", "टाळ्या", "talya", "audience", "प्रेक्षक",
               "prekshak", "show", "शो", "natak", "नाटक", "performance")
# What keeps "मरणाची" a wish: waiting for it, wanting it, fearing it.
_DEATH_WISHED = _set("इच्छा", "ichha", "icchha", "वाट", "vaat", "भीती", "bhiti", "तयारी", "tayari", "विचार", "vichar",
                     "vichaar")
# What is "मरणाची": a crowd, the heat, the cold, the work, hunger.
_GREAT_THINGS = _set("crowd", "गर्दी", "gardi", "ऊन", "un", "उन्हाळा", "थंडी", "thandi", "traffic", "ट्रॅफिक", "काम", "kaam",
                     "भूक", "bhuk", "धावपळ", "dhavpal", "पाऊस", "paus", "गरमी", "garmi")
_DRINK_WORDS = _set("daru", "दारू", "peg", "पेग", "beer", "बीयर", "whisky", "nasha", "नशा", "bottle", "बोतल")
# Who sends the writer to the gallows in the idiom: the boss, the doctor, the auditors, the family.
_GALLOWS_GIVERS = _set("डॉक्टर", "doctor", "साहब", "saheb", "sahab", "साहेब", "boss", "बॉस", "ऑडिटवाल्यांनी", "audit",
                       "ऑडिट", "malik", "मालिक", "मालक", "seth", "सेठ", "शेठ", "ghar", "घरवाले", "gharwale", "papa",
                       "पापा", "बाबा", "baba", "sir", "सर", "teacher", "टीचर", "manager", "मॅनेजर", "मैनेजर")
_PROTOCOL = _set("pep", "protocol", "प्रोटोकॉल", "injury", "incident", "report", "रिपोर्ट", "doctor", "डॉक्टर",
                 "kamavar", "कामावर", "work", "duty", "ड्युटी", "pramane", "प्रमाणे")
_WRITER = _set("main", "मैं", "mai", "i", "mi", "मी")
_ON = _set("पे", "pe", "पर", "par", "वर", "var")
_SONG = _set("गाने", "gaane", "song", "dance", "फिदा", "fida", "performance", "awaaz", "आवाज़",
             "गाना", "gaana")
_NOT_A_DRUG = _set("क्रिकेट", "cricket", "game", "गेम", "mobile", "मोबाइल", "pyaar", "प्यार",
                   "padhai", "पढ़ाई", "जीत", "jeet", "power", "पावर", "paisa", "पैसे", "reels",
                   "रील")
_FALLS = _set("pony", "horse", "ghoda", "bike", "cycle", "ladder", "chair", "stool", "roof",
              "tonga")
_ROUNDS = _set("vaat", "वाट", "thaklo", "थकलो", "rounds", "chakra", "फेरे", "phere")
_GOODS = _set("market", "crawford", "मार्केट", "stock", "स्टॉक", "police", "पुलिस", "godown",
              "गोदाम", "supplier", "khilone", "खिलौने", "phirki", "फिरकी", "bubble", "anla",
              "आणला", "becha", "bikri", "बिक्री", "wholesale")
_SMOKED = _set("फूंका", "fooka", "peeke", "sutta", "dum", "ओढला", "odhla", "chadha")

_DEVICES = _set("phone", "फोन", "फोनने", "mobile", "मोबाइल", "मोबाईल", "board", "बोर्ड", "battery",
                "बैटरी", "बॅटरी", "redmi", "screen", "charger", "motherboard", "laptop", "handset",
                "display", "cell")
_REELS = _set("reel", "रील", "video", "वीडियो", "व्हिडिओ", "post", "song", "गाना")
_COSTS = _set("rates", "rate", "prices", "price", "bill", "haha", "sale", "किंमत", "भाव",
              "traffic", "heat", "emi", "rent", "fees")
_PEOPLE = _set("munshi", "मुंशी", "seth", "boss", "contractor", "supervisor", "manager", "banda",
               "aadmi", "saas", "complains")
_HANGING_MEANS = _set("rassi", "रस्सी", "rope", "dupatta", "फांसी", "latak", "लटक", "गला", "gala",
                      "neck")
_ON_PURPOSE = _set("मुद्दाम", "muddam", "jaanbujh", "जानबूझ", "nahi", "नहीं", "नाही", "without",
                   "bina", "utaar", "removed")
_MACHINES = _set("motor", "मोटर", "belt", "बेल्ट", "machine", "chakki", "चक्की", "pulley", "girni",
                 "गिरणी")
_SIGNS = _set("board", "बोर्ड", "banner", "photo", "फोटो", "dukan", "दुकान", "shop", "sign")
_BENCH = _set("flux", "cleaning", "clean", "solder", "board", "shop", "dukan")
_WORKPLACES = _set("chakki", "चक्की", "dukaan", "दुकान", "shop", "shutter", "शटर", "thela", "ठेला",
                   "stall", "mill", "girni", "गिरणी", "gaadi", "cart", "dhaba")
_INSIDE = _set("अंदर", "andar", "aat", "आत", "आतून", "aatun", "inside")
_MATERIAL = _set("sheets", "sheet", "rolls", "roll", "rol", "रोल", "gadda", "गादी", "gadi", "sofa",
                 "सोफा", "cushion", "mattress", "कुतर", "kutar", "कुरतडत", "kurtadle", "kurtadat",
                 "chewing", "भिजला", "bhijla", "upholstery", "cutting", "density", "rexine")
_MOUTH = _set("munh", "muh", "mooh", "मुंह", "मूंह", "तोंड", "तोंडात", "तोंडातून", "tond",
              "tondat", "tondatun", "mouth", "face", "froth", "फेस", "phes", "fes")
_SHOOTING = _set("reel", "रील", "collab", "video", "camera", "haldi", "terrace", "brand",
                 "youtube", "vlog", "photo", "edit", "busy", "location", "shooting", "शूटिंग")
_GUNS = _set("goli", "गोली", "gun", "bandook", "बंदूक", "pistol", "myself", "khud", "खुद", "dunga",
             "दूंगा", "karunga", "katta", "कट्टा")

_TAKEN_MYSELF = _set("myself", "i'll", "will", "tonight", "mi", "main", "मैं", "मी")
_TONIGHT = _set("tonight", "aaj", "आज", "raat", "रात", "ratri", "रात्री", "fan", "pankha", "पंखा")

_NOT = _set("nahi", "नहीं", "nahin", "nhi", "नाही", "nahi.", "not", "na", "ना", "नहि")
_LEDGES = _set("railing", "रेलिंग", "ledge", "kathda", "कठडा", "कठड्यावर", "terrace", "टेरेस", "gacchi", "गच्ची", "chhat",
               "छत", "roof", "parapet", "floor", "majla", "मजला", "majlyachya", "मजल्याच्या", "edge", "kinare", "किनारे")

_PHRASES = (
    _Phrase((("आग", "लगा*"), ("aag", "laga*"), ("aag", "lag*")), _TRADE | _REELS | _STAGE, _THREAT),
    # Marathi "आग लावली" only on the stage: in the trade it is also a rival's shop set on fire
    _Phrase((("आग", "लाव*"), ("aag", "lav*")), _STAGE, _THREAT),
    # round 74-75: "मरणाची गर्दी" (a deathly crowd: a great one), legs "dead" from the stairs, a bike that
    # skids, the life gone out in the sun, a needle-stick at work with its protocol
    _Phrase((("मरणाची",), ("मरणाचा",), ("मरणाचे",), ("maranachi",), ("maranacha",)), _GREAT_THINGS, _DEATH_WISHED),
    _Phrase((("पाय", "मेले"), ("pay", "mele"), ("paay", "mele"), ("हात", "मेले"), ("haat", "mele")), frozenset(), _MEANS),
    # (not a foot that slipped: "कोई पूछे तो कहना पैर फिसल गया था" is the story to be told of a fall)
    _Phrase((("बाइक", "फिसल*"), ("bike", "fisal*"), ("bike", "phisal*"), ("गाड़ी", "फिसल*")), frozenset(), _DRINK_WORDS),
    _Phrase((("jeev", "gela"), ("जीव", "गेला")), _CROWD | _set("unhat", "उन्हात"), _MEANS),
    # the gallows someone else will send the writer to, for a late report or an audit ("डॉक्टर साहब फांसी
    # पे चढ़ा देंगे 😂", "ऑडिटवाल्यांनी फाशी दिली नाही एवढंच"); the noose the writer takes keeps alerting
    _Phrase((("फांसी", "पे", "चढ़ा*"), ("फांसी", "पर", "चढ़ा*"),
             ("fansi", "pe", "chadha*"), ("phansi", "pe", "chadha*"),
             ("फाशी", "दिली"), ("फाशी", "देतील"), ("फाशी", "देणार"), ("fashi", "dili"), ("fashi", "detil")),
            _GALLOWS_GIVERS, _set("rassi", "रस्सी", "pankha", "पंखा", "fan", "dupatta", "rope", "dori", "दोरी", "खुद",
                                  "khud", "स्वतः", "swatah", "घेईन", "लगा", "laga")),
    _Phrase((("needle", "stick"), ("needlestick",), ("suyi", "tochli"), ("sui", "tochli"), ("सुई", "टोचली"),
             ("suyi", "lagli"), ("सुई", "लगी"), ("sui", "lagi")), _PROTOCOL, _MEANS),
    _Phrase((("मार", "ही", "डाला"), ("maar", "hi", "dala"), ("mar", "hi", "dala"), ("मार", "डाला")), _CROWD, _MEANS),
    _Phrase((("काट", "काट", "के", "मर*"), ("kaat", "kaat", "ke", "mar*")), frozenset(), _MEANS),
    _Phrase((("latka", "हुआ"), ("latka", "hua"), ("लटका", "हुआ"), ("latka", "pada"), ("लटका", "पड़ा"), ("latki", "hui"),
             ("लटकी", "हुई")), _CROWD, _MEANS),
    # round 72: a bill still "hanging" at the factory ("bill ajun latakle aahe, karkhana mhanto ...")
    _Phrase((("latakle",), ("लटकले",), ("lataklay",), ("लटकलंय",), ("latakla",), ("लटकला",)), _DUES, _MEANS),
    # round 73: a video shoot that did not happen, or did ("आज शूट नव्हतं, घरीच आराम केला")
    _Phrase((("शूट", "नव्हतं"), ("शूट", "नव्हते"), ("shoot", "navhta"), ("shoot", "navhte"), ("shoot", "nahi", "tha"),
             ("शूट", "नहीं", "था"), ("shoot", "cancel*"), ("शूट", "कॅन्सल*"), ("शूट", "कैंसल*")), frozenset(), _GUN),
    _Phrase((("लोग", "मरते"), ("log", "marte"), ("लोक", "मरतात"), ("lok", "martat")), _ON, _WRITER),
    _Phrase((("var", "mi", "marto"), ("वर", "मी", "मरतो"), ("var", "marto"), ("वर", "मरतो")),),
    _Phrase((("mhanje", "zahar*"), ("म्हणजे", "जहर*"), ("म्हणजे", "ज़हर*"), ("pure", "poison"), ("is", "poison")),
            _FOOD, _POISONS),
    _Phrase((("म्हणजे", "फाशी*"), ("mhanje", "phashi*"), ("mhanje", "fashi*")), _CROWD, _MEANS),
    _Phrase((("जीव", "घे*"), ("jeev", "ghet*"), ("jiv", "ghet*")), _CROWD, _MEANS | _set("मी", "mi", "माझा", "maza")),
    _Phrase((("कत्ल",), ("katl",), ("qatl",), ("क़त्ल",)), _SONG, _MEANS | _THREAT),
    _Phrase((("के", "नशे"), ("ke", "nashe")), _NOT_A_DRUG),
    _Phrase((("drinking", "in", "every"),),),
    _Phrase((("fell", "off"),), _FALLS, _set("wagon")),
    _Phrase((("marun", "marun"), ("मारून", "मारून")), _ROUNDS),
    _Phrase((("pump", "मार*"), ("pump", "mar*"), ("पंप", "मार*")),),
    _Phrase((("hawa", "tight"), ("हवा", "टाइट")),),
    _Phrase((("prices", "jumped"), ("price", "jumped"), ("rates", "jumped")),),
    _Phrase((("maal",), ("माल",)), _GOODS, _SMOKED),
    # Rounds 72-73's reading: phones and mills, foam and shoots.
    _Phrase((("dead",), ("डेड",), ("मरा", "पड़ा")), _DEVICES, _WRITER),
    _Phrase((("उल्टी", "लगा*"), ("ulti", "laga*"), ("उलटी", "लाव*"), ("ulti", "lav*")), _DEVICES),
    _Phrase((("aag", "lav*"), ("आग", "लाव*")), _REELS, _THREAT),
    _Phrase((("are", "murder"), ("is", "murder"), ("बघून", "मेलो"), ("baghun", "melo")), _COSTS, _WRITER - {"i"}),
    _Phrase((("pure", "poison"), ("is", "poison")), _PEOPLE, _POISONS),
    _Phrase((("zeher", "ka", "ghoont", "samajh", "ke", "p*"), ("zeher", "ka", "ghoont"), ("ज़हर", "का", "घूंट"),
             ("जहर", "का", "घूंट"), ("ज़हर", "का", "घूँट"), ("zehar", "ka", "ghoont"), ("zeher", "ka", "ghut"),
             ("विषाचा", "घोट"), ("vishacha", "ghot")), frozenset(), _POISONS),
    _Phrase((("जान", "ले", "ली"), ("jaan", "le", "li"), ("जान", "ले", "लेगी"), ("jaan", "le", "legi")), _CROWD,
            _HANGING_MEANS),
    _Phrase((("हंसा", "हंसा", "के", "मार*"), ("हँस", "हँस", "के", "मर*"), ("हंस", "हंस", "के", "मर*"),
             ("hans", "hans", "ke", "mar*"), ("hansa", "hansa", "ke", "maar*")),),
    _Phrase((("tondala", "aag"), ("तोंडाला", "आग"), ("muh", "mein", "aag"), ("मुंह", "में", "आग")),),
    _Phrase((("safety", "rope"),), frozenset(), _ON_PURPOSE),
    _Phrase((("patta",), ("पट्टा",)), _MACHINES),
    _Phrase((("pan", "lavla"), ("पण", "लावला")), _SIGNS),
    _Phrase((("ipa",),), _BENCH, _set("drink", "pee", "piunga", "पीऊंगा", "pinar", "पिणार", "swallow", "gulp")),
    # (rounds 76-77: the fire station's foam tender and foam monitors)
    _Phrase((("foam",), ("फोम",)), _MATERIAL | _set("tender", "टेंडर", "monitor", "monitors", "extinguisher"), _MOUTH),
    # The mill or the cart closed for the night is no habit given up: "chakki band karke 2 pauwa maar liya".
    _Phrase((("band", "karke"), ("बंद", "करके"), ("band", "karun"), ("बंद", "करून")), _WORKPLACES, _INSIDE),
    _Phrase((("shoot",), ("शूट",)), _SHOOTING, _GUNS),
    # Rounds 76-77: leaps of joy, anger that sets the body on fire, a training week like drinking from a
    # fire hose, the jumping sheet of a fire drill, a knife-throwing act, a Monday that "means" the gallows.
    _Phrase((("jumped", "with", "joy"), ("jumping", "with", "joy"), ("jumped", "for", "joy"), ("jump", "for", "joy"),
             ("jumping", "for", "joy")), frozenset(), _MEANS),
    _Phrase((("तन", "बदन", "में", "आग"), ("tan", "badan", "me", "aag"), ("tan", "badan", "mein", "aag")), frozenset(),
            _THREAT),
    _Phrase((("drinking", "from", "a", "fire*"), ("drinking", "from", "a", "hose"), ("drink", "from", "a", "fire*")),),
    _Phrase((("jumping", "sheet"), ("jumping", "net"), ("jump", "sheet")), frozenset(), _set("myself", "khud", "खुद")),
    _Phrase((("knife", "throwing", "act"), ("knife", "throwing", "practice"), ("knife", "act")), frozenset(),
            _THREAT),
    _Phrase((("मतलब", "फाँसी*"), ("मतलब", "फांसी*"), ("matlab", "fansi*"), ("matlab", "phansi*"), ("म्हणजे", "फाशी*"),
             ("mhanje", "fashi*")), frozenset(),
            _MEANS | _set("jeena", "जीना", "zindagi", "जिंदगी", "jagna", "जगणं", "jivan", "जीवन")),
    # Rounds 78-79: people who now give the writer respect ("लोक आता मान देतात"), a son who eats, drinks and
    # sleeps cricket, a summer shed that burns the men alive, the rats cutting the charger's wires, a dish or
    # a tea the writer is hooked on, the bhatti avoided ("bhatti talli"), the back finished by the work,
    # new scissors for the bidis, a drink only dreamt, a stage or an idol's colours that "set it on fire",
    # the call cut on a drug's offer, work that killed the writer, a bargain called poison, thinner bought
    # for the season, trade dead this year, anger swallowed like blood, water drunk from a hundred ghats.
    _Phrase((("मान", "देत*"), ("maan", "det*"), ("man", "det*"), ("मान", "देऊ*"), ("मान", "मिळत*"), ("maan", "milat*")),
            _set("लोक", "lok", "log", "लोग", "सगळे", "sagle", "गावात", "gavat", "people", "आता", "ata", "aata")),
    _Phrase((("khata", "peeta", "sota"), ("khata", "pita", "sota"), ("खाता", "पीता", "सोता"), ("खाते", "पीते", "सोते"),
             ("khaate", "peete", "sote")),),
    _Phrase((("burning", "us", "alive"), ("burning", "me", "alive"), ("roasting", "us", "alive"),
             ("burning", "them", "alive")),
            _set("degrees", "heat", "garmi", "गर्मी", "sun", "may", "summer", "shed", "ऊन", "temperature"), _THREAT),
    _Phrase((("wire", "kaat*"), ("wires", "kaat*"), ("taar", "kaat*"), ("वायर", "काट*"), ("तार", "काट*")),
            _set("chuhe", "चूहे", "chuha", "rats", "rat", "उंदीर", "undir", "उंदरांनी", "mice")),
    _Phrase((("chai", "ka", "nasha*"), ("चाय", "का", "नशा"), ("माझं", "व्यसन"), ("maza", "vyasan"), ("majha", "vyasan"),
             ("chahache", "vyasan"), ("चहाचं", "व्यसन")),
            _FOOD | _set("भजी", "bhaji", "पोहे", "pohe", "वडापाव", "vadapav")),
    _Phrase((("talli",),), _set("mudaam", "मुद्दाम", "rastyane", "रस्त्याने", "dusrya", "दुसऱ्या"),
            _set("houn", "hoon", "होऊन", "zalo", "झालो", "hoke", "होके")),
    _Phrase((("kaam", "tamaam"), ("काम", "तमाम"), ("kaam", "tamam")),
            _set("kambar", "kambarecha", "कंबरेचं", "कंबरेचा", "kamar", "कमर", "back", "pith", "पाठ", "paay", "पाय",
                 "shareer", "sharir", "शरीर", "body"), _THREAT),
    _Phrase((("नवी", "कात्री"), ("navi", "katri"), ("नई", "कैंची"), ("nayi", "kainchi"), ("new", "scissors")),
            frozenset(), _set("हात", "haath", "hath", "हाथ", "myself", "khud", "खुद", "स्वतः", "swatah", "nas", "नस")),
    _Phrase((("sapne", "me", "daru", "p*"), ("sapne", "mein", "daru", "p*"), ("sapne", "me", "daru"),
             ("sapne", "mein", "daru"), ("sapnyat", "daru"), ("सपने", "में", "दारू", "पी*"), ("सपने", "में", "दारू"),
             ("सपनात", "दारू"), ("dreamt", "i", "drank"), ("dreamt", "of", "drinking")),
            _set("sach", "सच", "real", "really", "khara", "खरं", "sukoon", "सुकून", "relief", "bacha", "nahi")),
    _Phrase((("aapne", "to", "aag"), ("tumne", "to", "aag"), ("आपने", "तो", "आग"), ("रंग", "ने", "आग"),
             ("rang", "ne", "aag")), frozenset(), _THREAT),
    _Phrase((("फोन", "काट", "दिया"), ("phone", "kaat", "diya"), ("phone", "kat", "diya"), ("call", "kaat", "diya"),
             ("कॉल", "काट", "दिया"), ("फोन", "कट", "केला"), ("phone", "kat", "kela")),),
    _Phrase((("kamane", "maarun"), ("kamane", "marun"), ("कामाने", "मारून"), ("kaamane", "marun"),
             ("kaamane", "maarun")),),
    _Phrase((("pure", "poison"),), _set("bargaining", "mandal", "customer", "customers", "deal", "price", "rate",
                                          "wants", "guys"), _set("drink", "eat", "swallow", "took", "take", "ate")),
    _Phrase((("litres", "of", "thinner"), ("liters", "of", "thinner"), ("litre", "thinner"), ("ltr", "thinner")),
            _set("bought", "spray", "gun", "paint", "season", "order", "kharida", "ghetla"),
            _set("sniff", "sniffed", "smell", "sunghi", "सूंघ", "sunghla")),
    _Phrase((("dhanda", "mara*"), ("धंधा", "मरा"), ("dhandha", "mara*"), ("धंधा", "मर*")),),
    _Phrase((("खून", "का", "घूंट", "पी*"), ("खून", "का", "घूंट"), ("khoon", "ka", "ghoont", "p*"),
             ("khoon", "ka", "ghoont"), ("khun", "ka", "ghunt", "p*")),),
    _Phrase((("drunk", "water*"), ("drank", "water*"), ("ghat", "ghat", "ka", "paani"), ("घाट", "घाट", "का", "पानी")),),
    # rounds 80-81: the sword hanging over the head (a deadline, the month's end), the pocket set on fire by
    # prices, the motor that breathed its last, cut by hand,
    # pay "late", the theka's road given up or the bar skipped, orders one drowns in, pills done without
    _Phrase((("तलवार", "सर*", "पे", "लटक*"), ("तलवार", "सिर*", "पर", "लटक*"), ("talwar", "sar", "pe", "latk*"),
             ("sar", "pe", "talwar", "ki", "tarah", "latk*"), ("सर", "पे", "तलवार", "की", "तरह", "लटक*"),
             ("सर", "पे", "तलवार"), ("सिर", "पर", "तलवार"), ("sar", "pe", "talwar"), ("sar", "par", "talwar"),
             ("talwar", "latak*"), ("talwar", "latk*"), ("तलवार", "लटक*"), ("sword", "hanging")), frozenset(), _THREAT),
    _Phrase((("खिशाला", "आग*"), ("khishala", "aag*"), ("jeb", "me", "aag"), ("जेब", "में", "आग"), ("jeb", "ko", "aag")),
            frozenset(), _THREAT),
    _Phrase((("मोटर", "ने", "दम", "तोड़*"), ("motor", "ne", "dam", "tod*"), ("machine", "ne", "dam", "tod*"),
             ("मशीन", "ने", "दम", "तोड़*"), ("मोटरने", "दम"), ("मशीनने", "दम")),),
    _Phrase((("हाथ", "से", "काट*"), ("haath", "se", "kaat*"), ("hath", "se", "kat*"), ("haath", "se", "kat*"),
             ("हाताने", "कापल*"), ("hatane", "kapl*")), frozenset(),
            _set("खुद", "khud", "apna", "अपना", "apne", "अपने", "myself", "स्वतः", "swatah", "मुद्दाम", "muddam")),
    _Phrase((("लेट", "है"), ("लेट", "हो*"), ("late", "hai"), ("late", "ho*"), ("लेट", "झाल*"), ("late", "jhal*"),
             ("late", "zal*"), ("लेट", "आहे"), ("late", "ahe")),),
    _Phrase((("रास्ता", "ही", "छोड़*"), ("रास्ता", "छोड़*"), ("rasta", "hi", "chhod*"), ("rasta", "chhod*"),
             ("raasta", "chhod*"), ("रस्ता", "सोडला"), ("rasta", "sodla"), ("direct", "घर*", "गय*"),
             ("direct", "घरी", "गेल*"),
             ("direct", "ghar*", "gay*"), ("direct", "ghari", "gel*"), ("सीधा", "घर", "गय*"), ("सरळ", "घरी", "गेल*"),
             ("seedha", "ghar", "gay*"), ("sidha", "ghar", "gay*"), ("bar", "skip*"), ("बार", "skip*"),
             ("theka", "skip*")),),
    _Phrase((("drowning", "in", "orders"), ("drowning", "in", "work"), ("drowning", "in", "kaam")),),
    _Phrase((("बिना", "goli*"), ("bina", "goli*"), ("बिना", "गोली*"), ("बिना", "गोळ*"), ("without", "pills"),
             ("without", "sleeping"), ("बिना", "दवा*"), ("bina", "dawa*"), ("बिना", "tablet*"), ("bina", "tablet*")),),
    _Phrase((("सादी", "ली"), ("saadi", "li"), ("sadi", "li"), ("plain", "thandai")),),
    # a cliff jump taught with the safety gear; someone who "took my life" by pestering
    _Phrase((("cliff", "jump*"), ("cliff", "diving")), _set("training", "safety", "sikhate", "sikhaya", "rafting",
                                                           "course", "instructor", "adventure", "bungee", "guide"),
            _set("khud", "myself", "alone", "akela")),
    _Phrase((("jaan", "le", "li"), ("जान", "ले", "ली"), ("jaan", "nikal", "di")),
            _set("pareshaan", "परेशान", "tang", "तंग", "dimag", "दिमाग", "sawal", "सवाल", "kaam", "काम"), _MEANS | _GUN),
    # rounds 82-83: straight past the theka, jumping for joy, the Sikh's rising spirits, papers still hanging at
    # the office, a rush that is killing us
    _Phrase((("theke", "ke", "aage", "se", "seedha"), ("ठेके", "के", "आगे", "से", "सीधा"), ("theke", "ke", "aage", "se",
                                                                                        "sidha")),
            frozenset(), _set("मन", "man", "mann", "dil", "दिल", "ichha", "इच्छा", "want", "talab", "तलब")),
    _Phrase((("उड्या", "मारत"), ("udya", "marat"), ("आनंदाने", "उड्या")),),
    _Phrase((("चढ़दी", "कला"), ("चढ़दी", "कला*"), ("chardi", "kala"), ("chadhdi", "kala"), ("charhdi", "kala")),),
    _Phrase((("hanging", "at"), ("still", "hanging")), _CROWD | _set("rto", "papers", "file", "court"), _MEANS),
    _Phrase((("killing", "us"), ("is", "killing", "us")), _CROWD | _set("festival", "season", "orders"), _GUN | _MEANS),
    # round 83: the cutter that slipped (a tool, not a relapse)
    _Phrase((("कटर", "फिसल*"), ("cutter", "fisal*"), ("cutter", "slipped"), ("ग्राइंडर", "फिसल*"), ("grinder", "slipped"),
             ("कटर", "घसरला"), ("cutter", "ghasarla")),),
    # "ऊपर वाले खाने में": in the upper shelf, not eating
    _Phrase((("वाले", "खाने", "में"), ("wale", "khane", "me"), ("wale", "khane", "mein")),),
    # rounds 84-85 (mills, gardens, saw mills, bat workshops, lifts): rats that ruined the sacks; sat outside; the
    # boss who "drinks blood" and asks account after account; everyone else tight; hands folded to an offer; the
    # network dead; breathing fine; a tea or a boss's words called poison; the rate that fell; a new rope for the
    # truck; chilli that set the mouth on fire; the shop started again; bats that drink linseed oil
    _Phrase((("rats", "ruined"), ("rat", "ruined"), ("उंदरांनी", "खराब*"), ("chuhon", "ne", "kharab*"),
             ("चूहों", "ने", "खराब*")),),
    _Phrase((("बाहर", "बैठे*"), ("bahar", "baith*"), ("बाहेर", "बसल*"), ("baher", "basl*"), ("बाहर", "बैठ*")),
            frozenset(), _LEDGES),
    _Phrase((("खून", "पी*"), ("khoon", "pi*"), ("khoon", "pee*"), ("khun", "pi*"), ("खून", "चूस*"), ("रक्त", "पित*"),
             ("हिसाब", "पे", "हिसाब"), ("hisab", "pe", "hisab"), ("hisaab", "pe", "hisaab")),
            frozenset(), _set("जाऊंगा", "जाऊँगा", "jaunga", "जाईन", "jain", "लूंगा", "lunga", "दूंगा", "dunga")),
    _Phrase((("बाकी", "सगळे", "tight*"), ("baki", "sagle", "tight*"), ("baaki", "sagle", "tight*"),
             ("बाकी", "सब", "tight*"), ("baki", "sab", "tight*"), ("baaki", "sab", "tight*"), ("बाकी", "सगळे", "टाइट*"),
             ("बाकी", "सब", "टाइट*"), ("everyone", "else", "was")),),
    _Phrase((("हाथ", "जोड़", "लिया"), ("हाथ", "जोड़", "लिए"), ("हाथ", "जोड़*"), ("haath", "jod*"), ("hath", "jod*"),
             ("हात", "जोडल*"), ("haat", "jodl*"), ("hat", "jodl*")),),
    _Phrase((("मरा", "पड़ा"), ("mara", "pada"), ("मेला", "आहे"), ("mela", "ahe")),
            _set("net", "नेट", "network", "नेटवर्क", "signal", "सिग्नल", "range", "रेंज", "jio", "airtel", "wifi"),
            _WRITER),
    _Phrase((("saans", "bhi", "theek", "chal*"), ("saans", "theek", "chal*"), ("saans", "theek", "hai"),
             ("सांस", "भी", "ठीक", "चल*"), ("सांस", "ठीक", "चल*"), ("सांस", "ठीक", "है"), ("श्वास", "नीट", "चालू*"),
             ("श्वास", "नीट", "आहे"), ("breathing", "is", "fine"), ("breathing", "fine")),),
    _Phrase((("like", "poison"), ("bolna", "mhanje", "nusta", "vish"), ("bolna", "mhanje", "vish"),
             ("बोलणं", "म्हणजे", "विष"), ("बोलणं", "म्हणजे", "नुसतं", "विष"), ("boli", "zeher"), ("बोली", "ज़हर"),
             ("बोली", "जहर")),
            _FOOD | _PEOPLE | _set("shethcha", "शेठचं", "सेठ", "babu", "बाबू", "words", "talk"), _TAKEN_MYSELF),
    _Phrase((("rate", "पडला"), ("rate", "padla"), ("भाव", "पडला"), ("bhav", "padla"), ("रेट", "पडला"), ("दर", "पडला"),
             ("rate", "gir*"), ("भाव", "गिर*"), ("rate", "गिर*"), ("rates", "fell")),),
    _Phrase((("nayi", "rassi"), ("नई", "रस्सी"), ("navin", "dori"), ("नवीन", "दोरी"), ("new", "rope")),
            _set("truck", "ट्रक", "tempo", "टेम्पो", "load", "maal", "tarpaulin", "ताडपत्री", "bail", "बैल", "gaadi",
                 "गाडी", "bori", "बोरी", "boriya"), _TONIGHT | _NOT),
    _Phrase((("aag", "laga", "di", "muh*"), ("aag", "lag", "gayi"), ("muh", "me", "aag"), ("मुंह", "में", "आग"),
             ("तोंडात", "आग"), ("tondat", "aag")),
            _FOOD | _set("mirchi", "मिर्ची", "मिरची", "sabzi", "सब्ज़ी", "सब्जी", "तिखट", "tikhat", "spicy", "chutney",
                         "चटणी", "thecha"), _THREAT),
    _Phrase((("dukaan", "parat", "suru*"), ("dukan", "parat", "suru*"), ("दुकान", "परत", "सुरू*"),
             ("kaam", "parat", "suru*"), ("काम", "परत", "सुरू*"), ("dhanda", "parat", "suru*"),
             ("धंदा", "परत", "सुरू*"), ("shop", "parat", "suru*"), ("dukaan", "phir", "se", "shuru*"),
             ("दुकान", "फिर", "से", "शुरू*")),),
    _Phrase((("drinking", "linseed*"), ("drinking", "oil"), ("drinks", "oil"), ("drink", "oil"), ("drank", "oil"),
             ("drank", "linseed*"), ("drinking", "the", "oil"), ("drinking", "varnish")),
            _set("bat", "bats", "willow", "wood", "timber", "leather", "cleft", "clefts", "plank"), _TAKEN_MYSELF),
)
# "Couldn't say no": the "no" inside it refuses nothing.
_GAVE_IN = ("could_not_refuse", "pd_couldnt_refuse", "fest_use_did_not_refuse")
_REFUSALS = ("negation", "weak_negation", "abstained", "quit", "eg_not")


# The phrases by their first word, which is never a stem: one look-up per word of the text.
_BY_FIRST: dict[str, list[tuple[_Phrase, tuple[str, ...]]]] = {}
for _phrase in _PHRASES:
    for _run in _phrase.words:
        _BY_FIRST.setdefault(_run[0], []).append((_phrase, _run))


def _is(raw: str, word: str) -> bool:
    return raw.startswith(word[:-1]) if word.endswith("*") else raw == word


def _runs_at(c: Concepts, start: int, run: tuple[str, ...]) -> bool:
    words = c.words
    end = start + len(run)
    return end <= len(words) and all(_is(words[start + k].raw, run[k]) for k in range(1, len(run))) \
        and words[start].sentence == words[end - 1].sentence


def _harmless_here(c: Concepts, start: int, phrase: _Phrase) -> bool:
    words = c.words
    sentence = {words[i].raw for i in c.sentences[words[start].sentence]}
    return not (phrase.beside and sentence.isdisjoint(phrase.beside)) and not (sentence & phrase.keep)


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
    words = c.words
    for start, token in enumerate(words):
        for phrase, run in _BY_FIRST.get(token.raw, ()):
            if _runs_at(c, start, run) and _harmless_here(c, start, phrase):
                c.drop_all(start, start + len(run))
                c.add("unmeant", start, start + len(run))
                break
