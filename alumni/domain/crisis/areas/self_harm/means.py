"""Suicide words: the means, where and how (a rope and a fan, a height, the tracks,
poison); everyday words here count only inside an area rule."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Cloth or cord that a person ties to hang from.
    "ligature": (
        # the packing line's strapping (round 57's reading: "पंख्याला स्ट्रॅपिंगची पट्टी बांधली आहे")
        "strapping", "pp strapping", "स्ट्रॅपिंग", "स्ट्रॅपिंगची", "स्ट्रैपिंग", "strapping ki patti",
        "dupatta", "dupatte", "dupata", "दुपट्टा", "दुपट्टे", "chunni", "chunri", "चुन्नी",
        "चुनरी", "odhni", "odhani", "ओढणी", "ओढनी", "saree", "rope", "ropes", "rassi", "रस्सी", "dori", "दोरी", "noose", "belt", "dorine", "दोरीने",
        "rassi se", "रस्सी से", "odhnine", "ओढणीने", "dupattyane", "दुपट्ट्याने",
        "scarf", "stole", "gamcha", "गमछा", "emoji_rope", "fanda", "फंदा",
    ),
    # Cord that around a neck is a noose (a dupatta round the neck is only worn).
    "noose_cord": ("rope", "ropes", "rassi", "रस्सी", "dori", "दोरी",
                   "noose", "fanda", "फंदा", "emoji_rope", "belt"),
    "hanging_point": (
        "fan", "fans", "ceiling fan", "ceiling", "hook", "beam", "rod", "pankha", "pankhe",
        "पंखा", "पंखे", "pankhya*", "पंख्या*", "fan se", "फॅन*", "फैन", "kunda", "कुंडा",
        "ped", "पेड़", "tree", "branch", "door frame",
    ),
    "tie": (
        "tied", "tie", "tying", "knot", "knotted", "bandh di", "bandh diya", "bandh liya",
        "baandh diya", "baandh di", "बांध दी", "बांध दिया", "बांध लिया", "bandhla", "bandhli",
        "बांधल*", "bandhun", "बांधून", "latka diya", "already", "set up", "ghatla", "घातला",
        "lavla", "लावला", "lavli", "लावली",
    ),
    "hanging_harmless": (
        "clothes", "kapde", "कपड़े", "sukhane", "सुखाने", "valat", "वाळत", "jhula", "झूला",
        "jhoka", "झोका", "jhokyavar", "झोक्यावर", "zokyavar", "jhulyavar", "झुल्यावर", "swing", "hammock", "decoration", "decorate", "lights", "toran",
        "तोरण", "curtain", "parda", "पर्दा", "dog", "cow", "bakri", "tent",
        "new", "navin", "नवीन", "installed", "fitted", "lagwaya",
        "लगवाया", "cleaned", "saaf", "साफ", "speed", "dusting",
        "repair", "mechanic", "electrician", "stuck", "phas gaya", "phas gayi", "fas gaya",
        "अडकला", "adakla", "atak gaya", "अटक गया",
        # the well digger's rope, over the pulley with the baskets of silt (round 56)
        "kappi*", "कप्पी*", "ghamel*", "घमेल*", "charkhi*", "चरखी*", "pulley", "बादली", "badli", "baalti", "बाल्टी",
    ),
    "neck": ("neck", "gala", "gale", "गला", "गले", "galyat", "गळ्यात", "galyala", "गळ्याला",
             "galyabhovti", "गळ्याभोवती"),
    # High places where a person standing and looking down is in danger.
    "high_place": (
        "bridge", "pul", "पुल", "pulavar", "पुलावर", "roof", "rooftop", "terrace", "chhat par",
        "chhat pe", "छत पर", "छत पे", "chhatavar", "छतावर", "gachi", "गच्ची", "gachivar", "गच्चीवर", "building",
        "imarat", "इमारत", "cliff", "ledge", "edge", "flyover", "overbridge", "top floor",
        "dam", "dharan", "धरण",
    ),
    # "neeche" is spelt like "nice" and "khali" like "kalai" once the vowels go.
    "look_down": ("down", "below", "looking down", "staring down", "look down",
                  "neeche dekh raha", "neeche dekh rahi", "niche dekh raha", "niche dekh rahi",
                  "नीचे देख रहा", "नीचे देख रही", "neeche dekhta", "नीचे देखता", "neeche paani", "नीचे पानी",
                  "khali pani", "खाली पाणी", "khali baghat*", "खाली बघत*", "khali pahat*",
                  "खाली पाहत*", "khali baght*"),
    "rail_line": (
        "railway line", "railway track", "railway tracks", "rail line", "rail track",
        "train track", "train tracks", "train line", "tracks", "track", "patri",
        "patriyon", "पटरी", "पटरियों", "rulavar", "रुळावर", "rulavarun", "रुळावरून",
        "रूळ", "रुळ", "railway patri", "रेल की पटरी", "रेल्वेखाली", "relvekhali", "railwaykhali",
        "railway khali", "रेल्वेच्या खाली", "train khali", "ट्रेनखाली", "trainkhali",
    ),
    "posture": (
        "lyin", "lie", "lie down", "lay down", "layin", "leying",
        "lying", "lay", "laying", "lying down", "sitting", "standing", "stood",
        "let", "leta", "leti", "lete", "let gaya", "let gayi", "letna", "लेट", "लेटा", "लेटी",
        "लेट गया", "लेटना", "baitha", "baithi", "बैठा", "बैठी", "khada", "khadi", "खड़ा",
        "खड़ी", "zoplo", "jhoplo", "झोपलो", "zopun", "झोपून", "basloy", "बसलोय", "baslo",
        "बसलो", "ubha", "ubhi", "उभा", "उभी", "zopto", "jhopto", "झोपतो", "zopnar", "झोपणार",
        "zopin", "झोपेन", "let jaunga", "let jaungi", "लेट जाऊंगा", "लेट जाऊंगी",
    ),
    # Fire and fuel: burning oneself to death.
    "fuel": (
        "kerosene", "kerosin", "kerosine", "mitti ka tel", "मिट्टी का तेल", "ghasleet",
        "ghaslet", "घासलेट", "rockel", "rokel", "रॉकेल", "रोकेल", "petrol", "पेट्रोल", "diesel",
        "डीजल", "डिझेल",
    ),
    "set_alight": (
        "aag laga*", "आग लगा*", "aag lav*", "आग लाव*", "aag me", "aag mein", "आग में",
        "on fire", "set myself on fire", "set fire", "burn myself", "burn my self",
        "self immolat*", "immolat*", "jala lunga", "jala lungi", "jala dunga", "jal jaunga",
        "jal jaungi", "जला लूंगा", "जल जाऊंगा", "petvun", "पेटवून", "petav*", "पेटव*",
        "jalun gheto", "jalun ghein", "जाळून घेतो", "जाळून घेईन", "matchstick", "machis",
        "माचिस",
    ),
    "pour": ("pour", "poured", "pouring", "douse", "doused", "otun", "ओतून", "otla", "ओतलं",
             "daal ke", "dal ke", "डाल के", "daal kar", "daal liya", "dal liya", "डाल लिया",
             "chhidak*", "छिड़क*"),
    "drown": (
        "drown", "drowned", "drowning", "drown myself", "doob jau*", "dub jau*", "doob ke",
        "dub ke", "doob kar", "doobna", "doobne", "dubna", "dubne", "डूब जा*", "डूब के",
        "डूब कर", "डूबना", "डूबने", "budun", "बुडून", "budnar", "बुडणार", "budaycha",
        "बुडायचं", "budin", "बुडीन", "बुडेन",
    ),
    "drown_idiom": (
        "sorrow", "sorrows", "work", "debt", "debts", "paperwork", "emails", "assignments",
        "tears", "gham", "गम", "kaam", "काम", "karz", "karja", "कर्ज", "love", "pyar",
        "प्यार", "kaamat", "कामात", "thoughts", "vichar", "विचार",
    ),
    "gun": ("gun", "pistol", "revolver", "bandook", "banduk", "बंदूक", "tamancha", "तमंचा",
            "emoji_gun",
            # the service revolver as Hindi and Marathi spell it (round 41)
            "रिवॉल्वर", "रिव्हॉल्व्हर", "रिवाल्वर", "रिव्हॉल्वर", "पिस्तौल", "पिस्तूल"),
    "head": (
        "head", "heads", "temple", "sir", "sar", "सिर", "doka", "dokyat", "डोकं", "डोके",
        "डोक्यात", "dokyavar", "डोक्यावर", "kanpati", "कनपटी", "mouth", "munh", "मुंह",
        "tond", "तोंड",
    ),
    # Asking how, looking up the means.
    "painless": (
        "painless", "pain less", "without pain", "bina dard", "बिना दर्द", "bina dard ke",
        "dard rahit", "वेदनारहित", "vedanarahit",
    ),
    "quick_easy": ("quickest", "fastest", "easiest", "easy", "quick", "sure shot", "surest",
                   "peaceful", "peacefully", "best"),
    "way_generic": ("way", "ways", "method", "methods", "tarika", "tarike", "तरीका", "तरीके",
                    "upay", "उपाय", "marg", "मार्ग"),
    "way_to_die": (
        "ways to go", "ways 2 go", "way to die", "ways to die", "ways 2 die", "way 2 die",
        "ways to end it", "way to end it", "ways of dying", "how to die", "how 2 die",
        "how to end it", "how to kill myself", "how to end my life", "ways to end my life",
        "way to end my life",
    ),
    "search": (
        "googling", "googled", "google", "searching", "searched", "search", "looking up",
        "looked up", "researching", "researched", "reading about", "dhoondh*", "ढूंढ*",
        "khoj*", "खोज*", "shodhat", "शोधत", "shodhla", "शोधलं", "shodhtoy", "शोधतोय",
    ),
    # "I've picked the date": the day is set.
    "date_picked": (
        "picked the date", "picked a date", "picked the day", "picked a day", "chose the date",
        "chosen the date", "chose the day", "chosen the day", "chosen a date", "set the date",
        "set a date", "fixed the date", "fixed a date", "din tay", "din chun", "दिन तय",
        "दिन चुन", "tarikh tay", "tareekh tay", "तारीख तय", "date tay", "date fix",
        "din fix", "divas tharavla", "दिवस ठरवला", "divas tharla", "तारीख ठरवली",
        "tarikh tharavli", "date tharavli",
    ),
    "do_it": (
        "do it", "doing it", "go through with it", "going through with it", "end it",
        "kar lunga", "kar hi lunga", "kar lungi", "कर लूंगा", "karun takin", "करून टाकीन",
    ),
    "wedding": (
        "wedding", "shaadi", "शादी", "marriage", "lagn", "लग्न", "engagement", "sagai",
        "साखरपुडा", "party", "trip", "exam", "exams", "interview", "surgery", "operation",
        "appointment", "delivery", "launch", "meeting", "function", "court", "hearing", "show",
        "movie", "film", "match", "episode", "class", "lecture", "sale", "offer", "chance",
        "mauka", "मौका", "shift", "duty", "session", "semester", "paper",
    ),
    # "kal ka suraj nahi dekhunga": not seeing tomorrow.
    "tomorrow_sun": (
        "kal ka suraj", "कल का सूरज", "udyacha suryoday", "उद्याचा सूर्योदय",
        "udyacha surya", "उद्याचा सूर्य", "see tomorrow", "see another day",
        "make it to tomorrow", "make it through the night", "see the sunrise",
        "next sunrise",
    ),
    "make_it_stop": ("make it stop", "make it end", "make it all stop", "make it all end"),
    "stop_word": ("stop", "end", "ruk jaye", "रुक जाए", "band ho jaye", "बंद हो जाए", "thambav",
                  "थांबाव", "over"),
    "breath_stop": (
        "saans band", "सांस बंद", "saas band", "swas band", "श्वास बंद", "shwas band",
        "saans ruk", "सांस रुक", "saans rok", "सांस रोक", "shwas thamb*", "श्वास थांब*",
        "stop breathing",
    ),
    "gone_state": (
        "be gone", "b gone", "not be here", "stop existing", "cease to exist",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    "hang": (
        "fasi lav*", "phasi lav*", "फाशी लाव*", "फाशी घे*", "fashi*", "phashi*", "फाशी*",
        "fas lav*", "phas lav*", "faas lav*", "फास लाव*", "fanda laga*", "फंदा लगा*",
        "pankhe se", "पंखे से", "pankhyala", "पंख्याला", "lataknar", "latkun", "लटकून",
        "लटकणार",
    ),
    "jump": (
        "chalang*", "chhalang*", "छलांग*", "छलाँग*", "koodu", "kudu",
        "kudunga", "koodunga", "kudungi", "koodungi", "kud jaunga", "kood jaunga", "kudne",
        "koodne", "kudna", "koodna", "कूदूं", "कूदूंगा", "कूदूंगी", "कूदना", "कूदने",
        "कुदून", "kudun", "udi marto", "udi marin", "udi marnar", "udi ghein", "udi ghenar",
        "udi takto", "उडी मारतो", "उडी मारीन", "उडी मारणार", "उडी घेईन", "उडी घेणार",
        "उडी टाकतो", "fling myself", "jump off", "jump in front",
    ),
    "height": (
        "pulavar", "पुलावर", "pulavarun", "पुलावरून", "chhatavarun", "छतावरून", "gachivar",
        "गच्चीवर", "gachivarun", "गच्चीवरून", "imaratitun", "इमारतीतून", "imarativarun",
        "इमारतीवरून", "nadit", "नदीत", "nadimadhe", "नदीमध्ये", "kuen", "kuye", "कुएं", "कुँए",
        "कुएँ", "vihirit", "विहिरीत", "talavat", "तलावात", "samudrat", "समुद्रात", "dharanat",
        "धरणात", "kadyavarun", "कड्यावरून", "flyover", "overbridge", "top floor",
        "majlyavarun", "मजल्यावरून",
    ),
    "weapon": ("revolver", "tamancha", "तमंचा", "desi katta", "रिवॉल्वर", "रिव्हॉल्व्हर", "रिवाल्वर", "रिव्हॉल्वर"),
    "disappear": (
        "fade away", "fading away", "fade out", "vanish away", "vanishing", "vanished", "disappearing", "gayab ho jau*", "गायब हो जाऊ*",
        "nahisa ho*", "नाहीसा हो*",
    ),
}

# The rules that read them: the means, and the person there, ready or meaning it.
MEANS_AND_PLACES: tuple[Combination, ...] = (
    Combination(S, (_g("ligature"), _g("hanging_point"), _g("tie", "want", "self", "neck", "hang")), 6,
                unless=_g("hanging_harmless")),
    Combination(S, (_g("noose_cord"), _g("neck")), 4, unless=_g("hanging_harmless")),
    Combination(S, (_g("rail_line"), _g("posture", "want", "plan_made", "jump")), 5),
    Combination(S, (_g("jump"), _g("height", "rail_line")), 5),
    Combination(S, (_g("high_place"), _g("posture"), _g("look_down")), 6),
    Combination(S, (_g("vehicle"), _g("cut"), _g("want")), 4),
    Combination(S, (_g("fuel"), _g("set_alight", "burn"),
                    _g("self", "want", "take_mine", "first_person", "me", "reflexive")), 6),
    Combination(S, (_g("fuel"), _g("pour"), _g("self", "cut_site")), 5),
    Combination(S, (_g("set_alight"), _g("self")), 3),
    Combination(S, (_g("drown"), _g("self", "want", "die", "height", "for_good")), 5,
                same_word=True, unless=_g("drown_idiom")),
    Combination(S, (_g("gun"), _g("head")), 4),
)
