"""Using again and craving: substances by every name (brands, street names, local drinks), ways of taking them, being intoxicated, slipping, and the pull towards using.

WORDS adds entries to concepts (an existing concept name extends it; a new name makes a new
concept, written the way alumni.domain.crisis.concepts documents); COMBINATIONS adds rules
after the base ones in alumni.domain.crisis.rules.

Words that are a substance only in company ("desi", "solution", "lines", "tight") sit in
concepts of their own and count only beside a verb of drinking, sniffing or being: "desi
chadha li", "solution sungh liya", "did 2 lines", "tight ho gaya"; "desi khana", "found a
solution" and "tight schedule" stay harmless.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category
from alumni.domain.crisis.spelling import skeleton

if TYPE_CHECKING:   # concepts.py imports the areas: only the type is needed here
    from alumni.domain.crisis.concepts import Concepts

RE, CR = Category.RELAPSE, Category.CRAVING
ANY = ("alcohol", "cannabis", "opioids", "cocaine", "sedatives", "stimulants", "inhalants", "drugs")


def _paradigm(stems: tuple[str, ...], endings: tuple[str, ...]) -> tuple[str, ...]:
    """Every stem with every ending, as separate words: ("tight", "tite") x ("ho*", "zalo")."""
    return tuple(f"{stem} {ending}" for stem in stems for ending in endings)


# "tight" for drunk, however typed, with the verbs of having become so (Hindi and Marathi).
_TIGHT = ("tight", "tite", "tait", "taait", "टाइट", "टाईट", "full tight", "tunn", "tun", "टुन्न",
          "tull", "टुल्ल", "fully loaded", "full loaded", "talli", "टल्ली", "dhut", "धुत")
_BECAME = ("ho*", "hu", "hua", "hui", "hoon", "hun", "tha", "thi", "हो*", "हुआ", "हुई", "हूं",
           "हूँ", "था", "थी", "jhal*", "zal*", "झाल*", "hoto", "hote", "hotoy", "होतो", "होते",
           "होतोय", "hoke", "होके", "hokar", "होकर", "padlo", "पडलो", "zaloy", "झालोय")

WORDS: dict[str, tuple[str, ...]] = {
    # Marathi "ten" (दहा) folds to the skeleton of "dad": it counts only before what is counted.
    # Holdout-independent classes of slipping told without a usual verb: a measure of a drink
    # ("2 cans of haywards", "a quarter of rum"), a drink that "is going on" ("roz tharra chal
    # raha"), a drink raised again ("fir se chadha li"), opium given at a fair ("afu dila").
    "drink_measure": ("cans of", "can of", "tins of", "tin of", "a quarter of", "quarter of", "pegs of",
                      "shots of", "glasses of", "couple of", "a couple of", "2 cans", "3 cans", "4 cans",
                      "couple cans", "few cans", "2 tins", "3 tins", "couple tins", "few tins", "tallboys of",
                      "pints of", "bottles of"),
    "raised_again": ("chadha li", "chdha li", "chadha liya", "chdha liya", "chadha le", "चढ़ा ली", "चढा ली",
                     "चढ़ा लिया", "चढा लिया", "charha li", "chadhayi", "chadhai", "चढ़ाई", "चढाई"),
    "ten_pills": ("daha goly*", "दहा गोळ*", "daha gol*", "daha tablet*", "दहा टॅबलेट*", "दहा टेबलेट*",
                  "daha pill*", "daha tab", "daha tabs", "daha capsul*", "दहा कॅप्सूल*"),
    # --- substances --------------------------------------------------------------------
    "alcohol": (
        # brands and what people call them
        "kingfisher*", "king fisher", "kf", "old monk", "oldmonk", "royal stag", "bagpiper",
        # brands counted in the plural: "six large Royal Stags", "two old monks"
        "royal stags", "old monks", "bagpipers", "budweisers", "heinekens", "tuborgs", "coronas",
        "smirnoffs", "bacardis", "breezers",
        "bag piper", "officer's choice", "officers choice", "mcdowell*", "mc dowell*",
        "8 pm", "magic moment*", "haywards", "hayward", "tuborg", "budweiser", "bira", "heineken",
        "corona beer", "carlsberg", "antiquity", "blenders pride", "imperial blue", "romanov",
        "white mischief", "director's special", "signature whisky",
        "किंगफिशर", "ओल्ड मंक", "रॉयल स्टैग", "मॅकडॉवेल*", "बडवाइज़र", "ट्यूबोर्ग",
        # local and country liquor
        "taadi", "tadi", "ताडी", "ताड़ी", "taadichi", "tadichi", "ताडीची", "ताडीचा",
        "mahua", "mahuwa", "mahuaa", "महुआ", "mohachi", "मोहाची", "hooch", "desi daru", "desi daaru", "deshi daru", "देसी दारू", "देशी दारू", "desi sharab",
        "देसी शराब", "angrezi", "अंग्रेजी", "english daru", "country liquor", "kachi daru",
        "hathbhatti", "हातभट्टी", "gavthi", "gaavthi", "गावठी", "santra daru", "feni",
        "arrack",
        # measures and vessels
        "peg", "pegs", "patiala peg", "पेग", "पैग", "quarter", "क्वार्टर", "कॉर्टर", "kwatar",
        "quater", "quatar", "qtr", "क्वाटर", "क्वॉर्टर",
        "khamba", "खंबा", "half bottle", "full bottle", "botal",
        "बोतल", "batli", "बाटली", "botli", "a few drinks", "few drinks", "couple of drinks",
        "couple drinks", "cold one", "cold ones", "brewski*", "pint", "pints",
        # the drinks
        "beer", "beers", "बीयर", "बियर", "बीअर", "बिअर", "chilled beer", "rum",
        "tequila", "scotch", "vodka", "वोडका", "whisky", "whiskey", "व्हिस्की", "विस्की", "wine",
        "वाइन", "brandy", "ब्रँडी", "champagne", "liquor", "sharab", "sharaab", "शराब", "daru",
        "daaru", "दारू", "दारु", "daruchi", "दारूची", "दारूचा", "दारूला", "daruchya", "दारूच्या",
        "booze",
    ),
    "cannabis": (
        "hash", "hashish", "charas", "चरस", "ganja", "gaanja", "ganjaa", "ganjha", "गांजा", "गाँजा",
        "ganjyachi", "गांज्याची", "गांज्याचा", "gandja", "bhang", "bhaang", "भांग", "भाँग", "bhangachi",
        "maal", "weed", "doob", "doobie", "joint", "joints",
        "spliff", "mary jane", "maryjane", "marijuana", "marjuana", "chillum", "chilam",
        "chilim", "चिलम", "sutta maal", "malana cream", "edibles", "stuff maara",
    ),
    "opioids": (
        "smack", "smak", "स्मैक", "स्मॅक", "brown sugar", "brownsugar", "ब्राउन शुगर",
        "heroin", "heroine", "herion", "हेरोइन", "हिरोइन", "chitta", "chitte", "chita", "चिट्टा",
        "चिट्टे", "afeem", "afim", "afeen", "अफीम", "opium", "doda", "dode", "डोडा", "डोडे",
        "posta", "bhukki", "bhuki", "भुक्की", "poppy husk", "poppy", "corex",
        "कोरेक्स", "codeine", "kodin", "phensedyl", "phensydyl", "cough syrup",
        "tramadol", "trama", "tapentadol", "spasmo*", "proxyvon", "buprenorphine", "tidigesic",
        "morphine", "fentanyl", "injection", "injections", "emoji_needle", "इंजेक्शन", "injekshan",
        "nasha ki goli", "nashe ki goli", "नशे की गोली",
    ),
    "cocaine": ("cocaine", "coke", "कोकीन", "kokin", "crack cocaine", "crack pipe",
                "line of coke", "lines of coke"),
    "stimulants": (
        "md", "mephedrone", "meow meow", "mcat", "m cat", "एमडी", "emdee", "em dee", "meth",
        "methamphetamine", "crystal meth", "ice meth", "yaba", "amphetamine*", "adderall",
        "speed pills", "mdma", "molly", "ecstasy", "x pills", "lsd", "acid tab*", "shrooms",
        "mushrooms", "mandrax",
    ),
    "inhalants": ("whitener", "thinner", "dendrite", "डेंड्राइट", "fevibond", "correction fluid",
                  "solution sung*", "petrol sung*", "fluid sung*", "glue sniff*", "nail paint remover"),
    "sedatives": (
        "alprax", "alpraz", "alprazolam", "xanax", "nitro", "nitros", "nitrazepam", "nitravet",
        "nitrosun", "restyl", "trika", "calmpose", "valium", "diazepam", "clonazepam", "clonotril",
        "lorazepam", "ativan", "zolpidem", "ambien", "benzo", "benzos",

    ),
    "drugs": (
        "maal", "pudiya", "pudiya", "पुड़िया", "पुडिया", "puriya", "nasha", "nashaa", "nashe", "नशा",
        "नशे", "nashila", "नशीला", "drugs", "drug", "ड्रग्स", "ड्रग",
        "nashechi", "नशेची", "vyasan", "व्यसन",
    ),
    # A substance only beside a verb of drinking or taking ("desi chadha li", not "desi khana").
    "alcohol_maybe": ("desi", "देसी", "deshi", "देशी", "english", "इंग्लिश", "country", "half",
                      "haaf", "hafe", "bottle"),
    "inhalant_maybe": ("solution", "सोल्यूशन", "सोलुशन", "fluid", "glue",
                       "thinner", "whitener", "vhitnar", "correction", "fevicol", "nail polish",
                       "petrol", "पेट्रोल", "glue"),
    "lines": ("line", "lines", "a line", "rail", "rails", "bump", "bumps"),

    # --- taking it ---------------------------------------------------------------------
    "use": (
        "chadha li", "chadha lee", "chadha liya", "chadha lin", "chdha li", "chadhai", "chadha ke",
        "चढ़ा ली", "चढ़ा लिया", "चढा ली", "चढा लिया", "चढ़ाई", "chadhayi", "chadhaya",
        "maar li", "maar liya", "mar li", "maarli", "ek peg maara", "pi gaya",
        "gatak li", "gatakli", "gatka li", "uda diya", "udayi", "uda di",
        "finished off", "polished off", "killed a", "downed", "railed",
        "sungh liya", "sungh li", "sungh lee", "sungha", "soongha", "sungh ke", "सूंघ लिया",
        "सूंघ ली", "सूंघा", "hungla", "hungli", "हुंगला", "हुंगली", "odhla", "odhli", "odhle", "ओढला",
        "ओढली", "ओढले", "fukla", "fookla", "फुकला", "ghetla", "ghetli", "ghetle", "घेतला", "घेतली",
        "घेतले", "ghetlo", "घेतलो", "marla", "मारला", "lavli", "lavla", "लावली", "लावला",
        "pi li", "le li", "le liya", "ले ली", "ले लिया", "smoked up", "smoking up", "shot up",
        "injected", "popped", "used", "picked up", "lit up", "kash", "kash lagaya",
        "dum lagaya", "dum maara", "sutta maara", "phooka", "phunka", "fooka", "फूंका", "फूँका",
        "pee li", "peeli", "peeya", "pilo", "sip", "sips", "tried",
        "consumed", "consume", "consuming", "usin", "usng", "useing", "taken",
    ),
    # Drinking it down: with a drink named, or a word that is one only here ("desi chadha li").
    "down_it": (
        "chadha li", "chadha lee", "chadha liya", "chadha lin", "chdha li", "chadhai", "chadha ke",
        "चढ़ा ली", "चढ़ा लिया", "चढा ली", "चढा लिया", "चढ़ाई", "chadhayi", "chadhaya",
        "maar li", "maar liya", "maarli", "maare", "marli", "मारली",
        "मारे", "lagaye", "lagaya", "laga li", "लगाए", "लगाया", "लगा ली",
        "gatak li", "gatakli", "gatka li", "uda diya", "uda di", "udayi",
        "khatam kar di", "khatam kar diya", "khatm kar di", "khatm kr di", "khatam ki", "ख़त्म कर दी",
        "खत्म कर दी", "खत्म कर दिया", "sampavli", "sampavla", "sampavle", "sampvli", "संपवली",
        "संपवला", "संपवले", "finished", "finishing", "finish", "finished off", "polished off", "killed a", "downed",
        "ghetli", "घेतली", "ghetla", "घेतला", "lavli", "लावली", "pyayli", "प्यायली", "marle", "मारले",
        "marlya", "khali kar di", "khali kar diya", "खाली कर दी", "खाली कर दिया", "khali keli",
        "rikami keli", "रिकामी केली", "got my hands on",
    ),
    # Breathing a solvent in: what makes "solution" or "whitener" a drug.
    "sniff": ("sniffed", "sniff", "sniffing", "sniffs", "huffed", "huffing", "inhaled", "inhaling",
              "sungh*", "soongh*", "सूंघ*", "sungha", "hung*", "हुंग*", "nasha kiya", "nasha kela",
              "odhla", "ओढला", "chadha li"),
    "use_strong": (
        "shot up", "shooting up", "chased the dragon", "chasing the dragon", "smoked up", "got high",
        "got stoned", "got drunk", "got wasted", "got smashed", "smoked up", "nasha kiya", "nasha kar liya",
        "नशा किया", "नशा कर लिया", "nasha kela", "नशा केला", "sniffed", "snorted", "huffed",
        "odhayla suru*", "ओढायला सुरू*", "pyayla suru*", "प्यायला सुरू*", "pine laga", "pine lage",
        "पीने लगा", "peene laga", "pene laga", "pyayla lag*", "प्यायला लाग*",
    ),
    # Drinking, past or present: "pi li", "I drank", "प्यायलो".
    "drank": _paradigm(_TIGHT, _BECAME) + (
        "pee li", "pi li", "pee lee", "pi lee", "pili", "peeli", "pi liya", "pee liya", "pi lia",
        "pi gaya", "pi gayi", "pi gya", "pi gyi", "pee gaya", "पी गया", "पी गयी", "pi ke", "peeke",
        "pike", "pikar", "पीकर", "piyi", "piye the", "piya tha", "piyi thi", "पी थी", "पी थी",
        "pyalo", "pyaalo", "pyaylo", "pyayalo", "pyayla", "pyayli", "pyayle", "pyale", "piyalo",
        "प्यायलो", "प्यायली", "प्यायला", "प्यायले", "प्यालो", "pyaloy", "प्यालोय", "piun", "पिऊन",
        "drunk", "drinking", "drankk", "drnk", "drinked", "drinkin", "boozing", "boozed",
        "had a drink", "had drinks", "few pegs",
        "couple pegs", "ek peg", "do peg", "teen peg", "2 peg", "3 peg", "2 pegs", "3 pegs",
    ),
    "drink_verb": (
        "peene", "pine", "pina", "peena", "पीने", "पीना", "piyenge", "piunga", "पियूंगा",
        "pyavi*", "प्यावी*", "pyaych*", "प्यायच*", "pinyachi", "पिण्याची", "piyu", "piyun",
        "drink", "drinks",
    ),
    # A taking verb in its wanting form: "lene ka mann", "घ्यावीशी वाटते", "ओढायची इच्छा".
    "take_wish": (
        "ghyavi*", "घ्यावी*", "ghyava*", "घ्याव*",
        "ghyaych*", "घ्यायच*", "ghyayla", "घ्यायला", "odhayla", "ओढायला", "odhavi*", "ओढावी*",
        "odhaych*", "ओढायच*", "odhava*", "ओढावा*", "ओढावं*", "fookne", "phookne", "phunkne", "फूंकने",
        "use karaycha", "chadhane", "चढ़ाने", "pyayla", "प्यायला",

    ),
    "intoxicated": (
        "smoked up", "smoking up", "full tight", "full tunn", "sloshed", "blitzed", "got plastered", "got smashed",
        "was wasted", "got wasted", "so wasted", "shitfaced",
        "hammered", "buzzed", "tipsy", "drunk", "stoned", "high af", "high asf",
        "lit af", "got lit", "messed up on", "fucked up on",
        "high ho gaya", "high ho gya", "high ho gayi", "high hoke", "high hua", "high hote",
        "high zalo", "high jhalo", "हाई हो", "nashe me", "nashe mein", "nashe main", "नशे में",
        "nashet", "नशेत", "nashyat", "नशेमध्ये", "nasha chadh*", "नशा चढ़*", "chadh gayi",
        "chadh gaya", "chad gayi", "chad gaya", "chadh gyi", "chad gyi", "चढ़ गई", "चढ़ गया",
        "चढ गई", "चढ गया", "chadhi hui", "चढ़ी हुई", "jhingla", "zingla", "jhinglo", "zinglo",
        "झिंगलो", "झिंगला", "hangover", "hungover", "blackout",
        "blacked out", "out cold", "passed out drunk", "bevda zalo", "bevda hoto", "बेवडा",
    ),
    # --- slipping ------------------------------------------------------------------------
    "relapse": (
        "slipped", "slipped up", "slip up", "had a slip", "had a lapse", "lapsed", "relapsed",
        "relapse", "relaps*", "relpas*", "rilapse", "रिलैप्स*", "रिलॅप्स*", "रीलॅप्स*",
        "fell off the wagon", "off the wagon", "fell off", "back on the bottle", "back on the sauce",
        "back on drugs", "back on the stuff", "went back to drinking", "using again", "usin again",
        "went back to using", "back to drinking", "back to using", "back to my old ways",
        "purane raste", "पुराने रास्ते", "back to square one", "back to zero",
        "back to day 0", "back to day zero", "day 0 again", "day zero again", "reset my days",
        "reset my clock", "reset my counter", "reset my count", "counter reset", "counter back to",
        "streak broken", "broke my streak", "lost my streak", "broke my sobriety", "lost my sobriety",
        "wasted my sobriety", "sobriety gone", "sobriety is gone",
        "phisal gaya", "phisal gayi", "fisal gaya", "fisal gya", "फिसल गया", "फिसल गई",
        "ghasarlo", "घसरलो", "ghasarle", "घसरले", "ghasrun",
        "picked up again", "used again", "drank again", "gave in", "gave into",
        "caved in",
        # chasing the dragon: heroin smoked off foil, told as a verb with no object
        "chased again", "chasing again", "chased it again", "chased the dragon",
        "chasing the dragon", "chase the dragon", "chased once", "chased last night",
        "foil again", "chased on foil", "chasing on foil",
        # back to it with nothing named: "fell back into old habits", "purani aadat lot aayi"
        "fell back into it", "slid back into it", "slipped back into it", "back into old habits",
        "into my old habits", "old habits again", "old habits came back", "picked it up again",
        "went back to it", "i did it again", "did it again last night", "back at it again",
        "purani aadat lot", "purani aadat laut", "purani aadat wapas", "purani aadat phir",
        "purani aadat fir", "पुरानी आदत लौट", "पुरानी आदत वापस", "पुरानी आदत फिर", "fir wahi kiya", "phir wahi kiya",
        "फिर वही किया", "wahi galti phir", "वही गलती फिर", "usi raaste pe", "usi raste pe",
        "उसी रास्ते पे", "उसी रास्ते पर", "juni savay parat", "juni savay punha", "जुनी सवय परत", "जुनी सवय पुन्हा", "parat tech kela",
        "punha tech kela", "पुन्हा तेच केलं", "परत तेच केलं", "parat tech suru", "परत तेच सुरू",
        "punha tech suru", "पुन्हा तेच सुरू",
        # smoking told with the object left out: "lit one up", "rolled one"
        "lit one up", "rolled a fat one", "rolled one up", "sparked one", "sparked up",
        "blazed one", "blazed up",

        "binge", "binged", "bender", "on a bender", "went on a bender",
    ),
    "slip_soft": ("messed up", "screwed up", "fucked up", "blew it", "galti", "गलती", "galti ho gayi",
                  "chuk", "चूक", "gir gaya", "gir gayi", "gir gya", "गिर गया", "गिर गई",
                  "bhatak gaya", "bhatak gayi", "भटक गया", "bigad gaya", "बिगड़ गया"),
    "again": ("phir se", "fir se", "phirse", "firse", "fr se", "phr se", "dobara", "dubara",
              "दोबारा", "दुबारा", "punha", "पुन्हा", "parat", "परत", "ekda parat", "एकदा परत",
              "again", "agn", "agen", "once again", "back to", "phir", "fir", "wapas", "vapas",
              "वापस"),
    # After a stretch clean: "after 5 months", "6 mahine baad", "वर्षभरानंतर".
    "after_clean": ( "baad", "बाद", "nantar", "नंतर", "natar"),
    "period": ("days", "din", "दिन", "dino", "दिनों", "divas", "दिवस", "divsa*", "week", "weeks", "day", "hafte", "हफ्ते", "hafta", "हफ्ता",
               "months", "month", "mahine", "mahina", "महीने", "महिने", "mahinya*", "महिन्या*",
               "years", "year", "saal", "साल", "varsh*", "वर्ष*", "yrs", "mos"),
    "after_period": ("varshbharane", "वर्षभरानंतर", "varshanantar", "mahinyani", "महिन्यांनी",
                     "महिन्यानंतर", "mahinyanantar", "divsani", "दिवसांनी", "दिवसानंतर",
                     "divasanantar", "saalon baad", "सालों बाद", "mahino baad", "महीनों बाद"),
    "others": ("everyone", "everybody", "they", "people", "friends", "sab", "sabne", "sagle",
               "सगळे", "log", "लोग", "others", "guys", "colleagues", "सबने", "sabhi", "सभी"),
    "gave_in": ("gave in", "gave into", "caved", "caved in", "couldn't resist", "couldnt resist",
                "could not resist", "rok nahi paya", "रोक नहीं पाया", "reh nahi paya", "रह नहीं पाया",
                "rahvala nahi", "राहवलं नाही", "rahavla nahi", "ruk nahi paya", "रुक नहीं पाया"),
    # Substance by the measure: "2 peg lag gaye", "दोन पेग झाले", "3 beers down".
    "measure": ("peg", "pegs", "पेग", "पैग", "quarter", "quarters", "क्वार्टर", "khamba", "खंबा",
                "quater", "quaters", "quatar", "qtr", "क्वाटर",
                "botal", "बोतल", "batli", "बाटली", "drinks", "beers"),
    "small_count": ("re:[1-9]", "do", "teen", "paanch", "panch", "don", "tin",
                    "दो", "तीन", "पांच", "दोन", "पाच", "two", "four", "five", "six"),
    "happened": ("lag gaye", "lag gaya", "lag gye", "laga liye", "लग गए", "लग गया", "ho gaye", "ho gye",
                 "हो गए", "jhale", "zale", "झाले", "jhala", "zala", "झाला", "hue", "हुए", "down",
                 "deep"),
    # "broke my 90 days", "lost my 6 months", "90 din tod diye".
    "broke_count": ("broke my", "lost my", "blew my", "ruined my", "threw away my",
                    "tod diye", "tod diya", "tod di", "तोड़ दिए", "तोड़ दिया", "todle", "todla",
                    "तोडले", "gamavle", "gamavla", "गमावले", "पाण्यात गेले", "panyat gele",
                    "paani me gaye", "पानी में गए", "barbaad", "बर्बाद", "barbad"),
    "sip_word": ("ghoont", "ghunt", "घूंट", "घूँट", "sip", "a sip", "a taste",
                 "one drink", "ek drink", "ek jaam", "जाम", "thenb", "थेंब"),
    "rationalise": ("wont hurt", "won't hurt", "will not hurt", "whats the harm", "what's the harm",
                    "kya hoga", "kya farak", "kya fark", "क्या फर्क", "kya hi hoga", "kay honar",
                    "काय होणार", "kay farak", "काय फरक", "chalta hai", "चलता है", "deserve it",
                    "deserve a drink", "i deserve", "treat myself", "just this once", "ek baar se",
                    "ekda ne", "एकदा ने", "bas ek baar", "बस एक बार", "sirf ek baar", "fakt ekda",
                    "फक्त एकदा", "one last time", "ek last baar", "just one more", "bas ek aur"),
    "dealer": ("dealer", "dealers", "peddler", "supplier", "maal wala", "maalwala", "पुडीवाला",
               "old connect", "my connect", "plug"),
    "illness": ("bukhar", "बुखार", "fever", "thand", "ठंड", "thandi", "sardi", "सर्दी", "cold",
                "taap", "ताप", "weakness", "kamzori", "कमज़ोरी", "sugar", "bp", "thandi", "winter"),
    "contact": ("call", "called", "calling", "calls", "texted", "text", "texting", "msg", "message",
                "messaged", "number", "phone", "whatsapp", "call aaya", "phone aaya", "फोन आया",
                "call kiya", "call karne", "फोन केला", "phone kela", "call kela", "contact"),
    # Medicine taken as the doctor said is not a relapse: "tramadol, as prescribed".
    "prescribed": ("prescribed", "as prescribed", "prescription", "doctor ne di", "doctor ne diya",
                   "dr ne di", "doctor gave", "doctor ki di", "डॉक्टर ने दी", "डॉक्टरने दिली",
                   "doctor ne dili", "as advised", "psychiatrist gave", "jitni doctor ne"),
    "excess": ("extra", "more than", "zyada", "jyada", "ज़्यादा", "ज्यादा", "jast", "जास्त", "double",
               "too many", "too much", "whole", "saari", "sab"),
    "again_strict": ("phir se", "fir se", "phirse", "firse", "dobara", "dubara", "दोबारा", "फिर से",
                     "punha", "पुन्हा", "parat", "परत", "again"),
    "took": ("ghetli", "ghetla", "ghetlo", "घेतली", "घेतला", "घेतलो", "pili", "पिली", "pilo", "पिलो",
             "odhla", "ओढला", "le li", "ले ली", "le liya", "ले लिया", "liya", "लिया",
             "chalu keli", "चालू केली",
             "suru keli", "सुरू केली", "shuru kar di", "शुरू कर दी", "shuru kiya", "शुरू किया"),
    # "dying for a beer", "could murder a pint", "daru ke liye tadap raha".
    "long_for": ("dying for", "could murder", "would kill for", "could kill for", "gagging for",
                 "desperate for", "ke liye tadap*", "के लिए तड़प*", "ke liye mar raha", "sathi tadfad*",
                 "साठी तडफड*"),
    "for_since": ("for", "since", "all", "se", "से", "pasun", "पासून", "bhar", "भर"),
    "thirst": ("thirst", "thirsty", "pyaas", "pyas", "प्यास", "tahan", "तहान"),
    "time": (
        "last nyt", "lst nyt", "lst night", "last nite", "lst nite", "lastnight", "yday", "ystrday",
        "yestrday", "yesterdy", "yest", "kal rat", "kl rat", "kl raat", "kal raat", "kal shaam",
        "kal sham", "कल शाम", "rat ko", "raat ko", "raat bhar", "रात भर", "ratri", "raatri",
        "रात्री", "kaal ratri", "काल रात्री", "kal", "kl", "काल", "partit", "पार्टीत", "party madhe",
        "पार्टीमध्ये", "party me", "party mein", "पार्टी में", "at the party", "at a party",
        "after work", "office ke baad", "weekend", "over the weekend", "tonight",
        "aaj raat", "आज रात", "aaj sham", "aaj shaam", "आज शाम", "aaj ratri", "आज रात्री",
        "last week", "sakali", "सकाळी", "sandhyakali", "संध्याकाळी",
    ),
    "occasion": ("holi", "होली", "holila", "होळीला", "holit", "diwali", "दिवाली", "दिवाळी", "new year",
                 "31st", "new years", "wedding", "shaadi", "शादी", "lagna", "lagnat", "लग्नात",
                 "baraat", "barat", "बारात", "sangeet", "mehendi", "birthday", "bday",
                 "ganpati", "navratri", "dahi handi", "christmas", "xmas", "office party", "farewell party", "reunion", "picnic", "trip"),
    # A relapse after a quitting word in another clause is still one: "quit 2 years ago but
    # had a beer" (the clause break keeps the quitting word away).
    "quit": (
        # without using: "एक वर्ष पूर्ण झालं नशा न करता", "bina piye", "न पिता"
        "न करता", "na karta", "naa karta", "न घेता", "na gheta", "न पिता", "na pita",
        "न ओढता", "na odhta", "न खाता", "na khata", "bina piye", "बिना पिए", "बिना पिये",
        "bina liye", "बिना लिए", "bina kiye", "बिना किए",
        "said no", "say no", "saying no", "na kaha", "naa kaha", "ना कहा", "no kaha", "nahi bola",
             "ना बोला", "na bola", "mana kiya", "मना किया", "mana kar diya", "इनकार", "inkaar",
             "nako mhanalo", "nako mhatla", "नको म्हणालो", "नको म्हटलं", "nahi mhatla", "नाही म्हटलं",
             "turned it down", "turned down", "passed on", "didnt touch", "didn't touch",
             "never touched", "haath nahi lagaya", "हाथ नहीं लगाया", "haat lavla nahi",
             "हात लावला नाही", "chhua tak nahi", "छुआ तक नहीं", "sober", "sobriety", "clean",
             "days clean", "din clean", "months clean", "saal clean", "chhodi", "chhod di", "sodli",
             "सोडली", "सोडून", "सोडल्याला", "sodlyala", "chhode hue", "छोड़े हुए", "chhode",
             "quit", "stopped", "not a sip", "not a drop",
             "kabhi nahi",
             "stayed away", "kept away", "door raha",
             "chhod diya", "chhod dia", "छोड़ दिया", "छोड़ दी", "band hai", "बंद है", "band kar diya",
             "बंद कर दिया", "sodun dili", "सोडून दिली", "sodli aahe", "दूर रहा", "lamb rahilo", "लांब राहिलो"),
    "beverage": ("कोल्ड ड्रिंक", "कोल्डड्रिंक", "सॉफ्ट ड्रिंक", "juice", "जूस", "ज्यूस", "thandai", "ठंडाई", "nimbu pani", "limbu pani", "sarbat", "kokam", "कोकम",
                 "sol kadhi", "solkadhi", "chaas", "buttermilk", "mocktail", "mocktails",
                 "virgin mojito", "soft drink", "cold drink", "coldrink", "thums up", "sprite", "frooti", "red bull", "energy drink", "dudh", "coconut water",
                 "naral pani", "नारळ पाणी", "jaljeera", "nimbu soda", "lemon soda", "non alcoholic",
                 "zero alcohol", "alcohol free", "water"),

    # --- craving -------------------------------------------------------------------------
    "craving": (
        "craving*", "crave*", "cravng*", "urge", "urges", "urgh to", "withdrawal*", "withdrawl*",
        "need a fix", "need my fix", "need a hit", "need a drink", "needa drink", "need one drink",
        "fix chahiye", "ek fix", "talk me out", "talk me down", "white knuckl*", "white knuckle",
        "barely holding on", "holding on by a thread", "hanging by a thread", "itching for",
        "itching to", "jonesing", "fiending", "feening", "thirsty for a drink",
        "talab", "talb", "tallab", "तलब", "talab lag*", "tadap*", "tadp*", "तड़प*", "तडप*",
        "tarap*", "talaf", "talf", "तलफ", "talaf lag*", "lalach", "लालच", "ichha ho rahi",
        "इच्छा हो रही", "mann machal*", "man machal*", "मन मचल*", "peene ki ichha",
        "peene ki talab", "पीने की तलब", "lene ka man", "lene ka mann", "लेने का मन",
        "lene ki ichha", "लेने की इच्छा", "lene ka dil", "लेने को जी", "pyaychi ichha",
        "ghyavishi vatat*", "घ्यावीशी वाटत*", "take the edge off", "edge off", "do something stupid",
        "something stupid", "kuch galat kar baith*", "कुछ गलत कर बैठ*", "kahi tari chukich*", "need my dose",
        "need a dose", "dose chahiye", "डोस चाहिए", "dose pahije", "badan toot*", "badan tut*",
        "बदन टूट*", "sharir dukhtay", "angaat kanp*", "ghyavasa vatat*", "घ्यावासा वाटत*",
    ),
    "help_plea": ("koi samjhao", "koi to samjhao", "कोई तो समझाओ", "sahara chahiye", "सहारा चाहिए", "sahara do", "aadhar hava", "आधार हवा",
                  "need support", "need someone", "need to talk to someone", "need someone to talk",
                  "koi baat karo", "कोई बात करो", "kuni tari bola", "कुणीतरी बोला", "konitari bola",
                  "कोणीतरी बोला", "mazyashi bola", "माझ्याशी बोला", "mujhse baat karo", "मुझसे बात करो",
                  "talk to me", "someone talk to me", "kisi se baat karni", "किसी से बात करनी",
                  "kisi se baat karna", "कोणाशी तरी बोलायचं", "konashi tari bolaycha",
                  "madat hava", "मदत हवी", "madat havi", "madad kar do", "madat kar", "help kar do"),
    # Hands shaking, the body asking: "haath kaanp rahe", "हात थरथरतायत".
    "hands": ("hand", "hands", "haath", "hath", "haat", "हाथ", "हात", "body", "sharir", "शरीर",
              "sharir", "jism", "legs", "पैर"),
    "shaking": ("kaanp rah*", "kanp rah*", "काँप रह*", "कांप रह*", "kaanpt*", "काँपत*", "कांपत*",
                "kaanpne", "कांपने", "kap kap","shaking", "shakey", "shaky", "shakes", "the shakes", "trembling", "tremble*",
                "tremor*", "jitters", "jittery", "thartharat*", "थरथरत*", "थरथर*", "tharthar*", "shivering",
                "sweating", "pasina", "पसीना", "ghaam", "घाम"),
    "stop_me": ("stop me", "rok lo", "roko", "rok do", "rok lijiye", "रोक लो", "रोको", "रोक दो",
                "thambva", "थांबवा",
                "hold me back", "keep me from", "keep me away"),
    "anyone": ("someone", "somebody", "anyone", "anybody", "koi", "कोई", "koi to", "कोई तो",
               "konitari", "konitri", "कोणीतरी", "kunitari", "कुणीतरी", "kuni", "कुणी", "me",
               "mujhe", "मुझे", "mala", "मला", "mla"),
    # Being drawn: "botal bula rahi", "its calling me", "nashe ki taraf bhaag raha".
    "drawn": ("calling me", "calling my name", "calls me", "calling", "bula rahi", "bula raha",
              "बुला रही", "बुला रहा", "bula rahe", "बुला रहे", "bulate", "बुलाते", "bolavtat", "बोलावतात",
              "ओढ घे*", "odh ghe*", "bulati", "bulata", "bolavtey", "bolavtoy", "बोलावतेय",
              "बोलावतोय", "khunavat*", "खुणावत*", "ki taraf", "ki or", "की तरफ", "की ओर",
              "towards", "kheench*", "kheench", "khinch*", "खींच*", "khech*", "ओढ लाग*",
              "odh lag*", "pulling me", "pulls me", "tempting me", "tempts me", "bhaag raha",
              "bhag raha", "daud raha", "running towards"),
    "mind": ("aathvan", "athvan", "aathavan", "आठवण", "aathvat", "आठवत", "yaad", "yad", "याद",
             "yaadein", "remember*", "miss", "missing", "dreaming about", "dream about", "dreamt",
             "sapna", "sapne", "सपने", "swapna", "स्वप्न", "dhyan", "ध्यान", "soch", "सोच",
             "thinking about", "thinking of", "cant stop thinking", "can't stop thinking",
             "all i can think", "on my mind", "in my head", "dimag me", "dimaag mein",
             "डोक्यात", "dokyat", "manat", "मनात", "khayal", "ख्याल", "vichar", "विचार"),
    "smell": ("smell", "smells", "smelling", "smelt", "mehek", "mahak", "महक", "khushboo", "खुशबू",
              "gandh", "गंध"),
    # My mind, out of my hands: "mann bekaboo", "मन ताब्यात राहत नाही".
    "my_mind": ("man", "mann", "मन", "dimag", "dimaag", "दिमाग", "mind", "doka", "डोकं", "khud",
                "खुद", "swatah", "स्वतः"),
    "unruly": ("bekaboo", "bekabu", "beqabu", "बेकाबू", "बेक़ाबू", "out of control", "bhatak*",
               "भटक*", "wandering", "restless", "bechain", "बेचैन", "bechen", "aswastha", "अस्वस्थ"),
    "restrain": ("tabyat", "ताब्यात", "kabu", "kaboo", "काबू", "bas me", "bas mein",
                 "बस में", "control", "resist", "rok", "रोक", "hold back"),
    "liquor_place": ("दारूच्या दुकान*", "daruchya dukan*", "daru ki dukan*", "दारू की दुकान*",
                     "theka", "theke", "ठेका", "ठेके", "thekey", "thekya*", "ठेक्या*", "barmadhe",
                     "बारमध्ये", "barsamor", "बारसमोर", "wine shop", "wineshop", "beer shop",
                     "beer bar", "bar", "pub", "bars", "pubs", "wine shops", "liquor stores", "thekas", "liquor store", "liquor shop", "daru ki dukaan",
                     "दारू की दुकान", "darucha dukan", "दारूचं दुकान", "permit room", "guttha",
                     "गुत्ता", "dealer", "dealers", "peddler", "supplier", "paan shop",
                     "old gang", "purane dost", "purana adda"),
    "near": ("passing", "passed", "passed by", "walked past", "drove past", "went past", "saamne se",
             "samne se", "सामने से", "javalun", "javlun", "जवळून", "bajula", "बाजूला", "paas", "पास",
             "outside", "near", "in front", "saamne", "samne", "सामने", "samor", "समोर", "samorun",
             "समोरून", "jatana", "जाताना", "gujarte", "गुज़रते", "guzarte",
             "going to", "on my way", "ja raha", "ja rahi", "jatoy", "जातोय", "khada", "खड़ा",
             "ubha", "उभा", "standing", "parked", "sitting", "sat", "stood", "waited", "parking", "baitha", "बैठा", "basloy", "baslo",
             "बसलोय", "बसलो", "i'm at", "im at", "bahar", "बाहर", "baher", "बाहेर", "right there", "right here", "next to", "nearby",
             "around the corner", "paas me", "पास में", "javal", "जवळ"),
    "want_badly": ("so bad", "so badly", "really bad", "real bad", "sooo bad", "very badly",
                   "bahut zyada", "bahut jyada", "badly"),
    "a_one": ("one", "some", "a hit", "a sip", "a taste", "a bit", "it", "a drink", "ek", "thodi",
              "thoda", "थोड़ी", "थोडी"),
    "struggle": ("struggling", "struggle", "struggled", "fighting the urge", "fighting it",
                 "hard to resist", "tough day", "rough day", "mushkil", "मुश्किल", "kathin",
                 "कठीण", "avghad", "अवघड", "jad jatay", "जड जातंय", "holding on"),

    # A word that is a substance only beside a verb of taking: "smoked a blunt", "phir se
    # powder le liya", "sui lagayi"; "the knife is blunt", "protein powder" stay harmless.
    "cannabis_maybe": ("blunt", "blunts", "pot", "grass", "green", "herb", "stuff", "saman", "samaan"),
    "smoke_verb": ("smoked", "smoke", "smoking", "smokin", "rolled", "roll", "rolling", "lit",
                   "puffed", "puff", "toke", "toked", "hit", "fooka", "phooka", "phoonka", "fukla",
                   "फुकला", "odhla", "ओढला", "odhli", "ओढली", "sutta", "kash"),
    "powder": ("powder", "powdr", "पाउडर", "पावडर", "pawdar", "safed", "सफ़ेद", "white", "pudi",
               "पुडी", "chalk"),
    "powder_harmless": ("protein", "baby", "talcum", "face", "milk", "detergent", "washing",
                        "chilli", "haldi", "masala", "coffee", "cocoa", "teeth", "tooth", "gold"),
    "needle": ("sui", "सुई", "suyi", "needle", "needles", "syringe", "syringes", "सिरिंज",
               "injection", "injections", "इंजेक्शन", "injekshan", "emoji_needle"),
    "needle_verb": ("lagayi", "lagai", "lagaya", "laga li", "laga liya", "लगाई", "लगाया", "लगा ली",
                    "लगा लिया", "maari", "maar li", "मारी", "ghusayi", "tochli", "टोचली",
                    "tochun", "टोचून", "ghetli", "घेतली", "used", "shared", "stuck", "put in"),
    "medical": ("doctor", "dr", "डॉक्टर", "nurse", "नर्स", "hospital", "हॉस्पिटल", "aspatal",
                "अस्पताल", "davakhana", "दवाखाना", "clinic", "vaccine", "टीका", "teeka",
                "tetanus", "dentist", "sugar", "insulin", "injection wale", "compounder",
                "sewing", "silai", "सिलाई", "dhaga", "धागा", "thread", "button", "kapde"),
    # "ek line maari", "do line kheench li": cocaine or MD by the line, not a queue or a flirt.
    "line_verb": ("maari", "mari", "maar", "maar li", "maari thi", "मारी", "खींची", "kheench li",
                  "khichi", "kheechi", "khinch li", "ओढली", "odhli", "did", "done", "hoovered"),
    # "told myself one is fine", "maine socha ek se kya hoga": a rationalisation already acted on.
    "told_myself": ("told myself", "convinced myself", "maine socha", "socha tha", "मैंने सोचा",
                    "सोचा था", "mala vatla", "मला वाटलं", "manala samjavla", "मनाला समजावलं",
                    "khud ko samjhaya", "खुद को समझाया"),
    "fine_one": ("is fine", "is ok", "is okay", "would be fine", "will be fine", "wont matter",
                 "won't matter", "chalega", "चलेगा", "chalel", "चालेल", "kuch nahi hoga",
                 "कुछ नहीं होगा", "kahi hot nahi", "काही होत नाही"),
    "contrast_then": ("pan", "पण", "lekin", "लेकिन", "par", "magar", "shevti", "शेवटी",
                      "aakhir", "akhir", "आखिर", "finally", "eventually", "in the end", "ended up"),
    # Using, by a verb in the future: "pee lunga", "पिईन", "I'll drink".
    "use_future": ("pee lunga", "pi lunga", "pee lungi", "pi lungi", "पी लूँगा", "पी लूंगा",
                   "पी लूँगी", "पी लूंगी", "pi jaunga", "pee jaunga", "पी जाऊँगा", "piyunga",
                   "pinar", "पिणार", "pyaayin", "piyenge",
                   "ill drink", "i'll drink", "i will drink", "ill use", "i'll use", "i will use",
                   "id drink", "i'd drink", "id use", "i'd use", "end up drinking", "end up using",
                   "end up using again", "fir peeunga", "le lunga", "ले लूँगा", "ले लूंगा",
                   "maar lunga", "मार लूँगा", "chadha lunga", "चढ़ा लूँगा"),
    "fear": ("dar", "darr", "डर", "scared", "afraid", "worried", "fear", "bhiti", "भीती",
             "bhay", "भय", "ghabrahat", "घबराहट", "tension"),
    "payday": ("payday", "pay day", "salary", "सैलरी", "pagar", "पगार", "tankha", "तनख्वाह",
               "bonus", "paise aaye", "paisa aaya", "पैसे आए", "paise aale", "पैसे आले"),
    "where_to_get": ("where id go", "where i'd go", "where to get", "where to find", "kahan milega",
                   "कहाँ मिलेगा", "kuthe milte", "कुठे मिळते", "kuthe milel", "exactly where",
                   "know where"),
    # "my body asks for it", "शरीर मांग रहा है".
    "body": ("body", "sharir", "sharira", "शरीर", "jism", "जिस्म", "badan", "बदन", "angg", "अंग"),
    "asks_for": ("asks for it", "asking for it", "wants it", "needs it", "screaming for it",
                 "maang raha", "maang rahi", "मांग रहा", "मांग रही", "माँग रहा", "maangta",
                 "मांगता", "magta", "मागतं", "magtay", "मागतंय", "magat", "मागत"),
    # "dimaag wahin jaata hai", "लक्ष तिकडेच जातं": the mind goes back to it.
    "goes_there": ("wahin jaata", "wahin jata", "wahi jata", "wahin jaa raha", "वहीं जाता",
                   "वहीं जा", "udhar hi", "उधर ही", "tikdech", "तिकडेच", "tikde jata", "तिकडे जातं",
                   "tikde jatay", "तिकडे जातंय", "keeps going back", "goes back to it", "keeps wandering"),
    # The thing in reach: "bottle rakhi hai", "table pe bottle", "घरात बाटली ठेवली आहे".
    "bottle_at_hand": ("rakhi hai", "rakha hai", "रखी है", "रखा है", "padi hai", "पड़ी है", "thevli",
                "ठेवली", "thevlay", "ठेवलंय", "on the table", "table pe", "table par", "in the fridge",
                "fridge me", "in front of me", "mere saamne", "मेरे सामने", "mazya samor",
                "माझ्यासमोर", "in my pocket", "jeb me", "जेब में", "in my bag", "in the house"),
    # Nights without sleep, days without functioning, without the substance.
    "without": ("bina", "बिना", "without", "shivay", "शिवाय", "vina", "विना", "sivay"),
    "cant_function": ("neend nahi", "नींद नहीं", "neend na", "can't sleep", "cant sleep",
                      "couldnt sleep", "couldn't sleep", "zop yet nahi", "झोप येत नाही",
                      "zop nahi", "झोप नाही", "nahi reh pa", "नहीं रह पा", "can't function",
                      "cant function", "can't focus", "cant focus", "kaam nahi hota",
                      "काम नहीं होता", "chain nahi", "चैन नहीं", "man lagat nahi", "मन लागत नाही"),
    # Struggling, with no task named: "struggling hard today".
    "hard_now": ("hard", "so hard", "really hard", "a lot", "badly", "today", "tonight", "rn",
                 "right now", "aaj", "आज", "bahut", "बहुत", "khup", "खूप", "again"),
    "task": ("with", "exam", "exams", "maths", "math", "studies", "homework", "rent", "money",
             "emi", "code", "english", "assignment", "work", "job", "traffic", "backpain",
             "knee", "weight", "project", "taxes", "padhai", "पढ़ाई", "kaam", "काम", "waqt", "वक्त",
             "वक़्त", "samay", "समय", "daur", "दौर", "phase", "time", "times", "year", "saal", "साल"),
    # Walked past and kept going: "passed the theka without stopping", "ठेके से बिना रुके निकल गया".
    "kept_going": ("couldnt stop", "couldn't stop", "could not stop", "cudnt stop", "ruka hi nahi",
                   "ruka nahi", "ruki nahi", "ruk nahi paya", "ruk nahi paayi", "रुका ही नहीं", "रुका नहीं",
                   "रुक नहीं पाया", "thambta aala nahi", "थांबता आलं नाही", "थांबलो नाही", "thamblo nahi",
                   "without stopping", "w o stopping", "wo stopping", "didnt stop", "didn't stop", "did not stop",
                   "bina ruke", "बिना रुके", "ruka nahi", "रुका नहीं", "ruki nahi", "रुकी नहीं",
                   "nahi ruka", "नहीं रुका", "thamblo nahi", "थांबलो नाही", "thambla nahi", "थांबला नाही",
                   "na thambta", "न थांबता", "kept walking", "kept going", "kept driving", "walked on",
                   "straight home", "seedha ghar", "सीधा घर", "sarl ghari", "सरळ घरी"),
    # Someone else's drinking, not the writer's: a bystander, or a parent's habit long ago.
    "bystander": ("neighbour", "neighbor", "neighbours", "padosi", "पड़ोसी", "पडोसी", "shejari",
                  "शेजारी", "stranger", "driver", "auto wala", "rickshaw wala", "a guy", "some guy",
                  "a man", "some man", "a woman", "passenger", "boss", "colleague", "manager"),
    "habit": ("daily", "every day", "everyday", "always", "every night", "roz", "रोज़", "रोज",
              "rozana", "har roz", "हर रोज़", "nehmi", "नेहमी", "dar roj", "दररोज", "all his life",
              "all my childhood", "for years"),
    # Others doing it, or offering it: not the writer using.
    "get_intox": ("get wasted", "get drunk", "get high", "get stoned", "get lit", "get hammered",
                  "get smashed", "get fucked up", "get messed up", "get loaded", "get tight",
                  "high hona", "हाई होना", "tight hona", "टाइट होना", "tight vhaycha", "tunn hona"),
    "drank_bare": ("pi", "पी", "piya", "पिया", "piyi", "पियी", "pyalo", "pili", "पिली"),
    "offered": ("offer", "offered", "offer kiya", "offer ki", "offer kela", "offer keli", "ऑफर",
                "ऑफर की", "ऑफर किया", "ऑफर केली", "de rahe the", "de raha tha", "dila", "pass kiya",
                "mangayi", "मंगाई", "mangvayi", "मंगवाई", "order kiya", "ordered", "brought",
                "laye", "लाए", "aanli", "आणली"),
    "some_amount": ("thoda sa", "thodi si", "थोड़ा सा", "थोड़ी सी", "थोडा सा", "a little", "a lil"),
    # "need something to calm down", "kuch chahiye shant hone ke liye".
    "something": ("something", "smthng", "smth", "kuch", "कुछ", "kahitari", "काहीतरी", "kahi tari"),
    "calm_me": ("calm down", "calm me", "calm my nerves", "settle my nerves", "take the edge",
                "numb it", "numb the", "to feel something", "shant hone", "शांत होने",
                "shant vhayla", "शांत व्हायला", "sukoon", "सुकून",
                "relax hone", "to sleep tonight"),
    "high_word": ("high", "हाई", "stoned", "wasted", "tight", "tunn"),
    # "if mom finds out she'll kill me": found out, told as a condition.
    "found_out": ("pata chala to", "pata chala toh", "pata chal gaya to", "pata chal gaya toh",
                  "pata lag gaya to", "pata laga to", "पता चला तो", "पता चल गया तो", "पता लगा तो",
                  "पता चलेगा तो", "pata chalega to", "pata chalega toh",
                  "kalala tar", "kalla tar", "kalal tar", "कळलं तर", "कळला तर", "कळल तर", "कळलं ना तर",
                  "samajla tar", "समजलं तर", "kalel tar", "कळेल तर",
                  "finds out", "find out", "found out", "gets to know", "get to know", "hears about",
                  "sees this", "sees my"),
    # "daru chi athvan pan yet nahi": not even missed any more.
    "not_missed": ("athvan pan yet nahi", "athvan yet nahi", "aathvan pan yet nahi", "aathvan yet nahi",
                   "आठवण पण येत नाही", "आठवण येत नाही", "yaad bhi nahi aati", "yaad nahi aati",
                   "याद भी नहीं आती", "याद नहीं आती", "yaad tak nahi", "याद तक नहीं", "dont even miss",
                   "don't even miss", "dont miss it", "don't miss it", "do not miss it"),
    # "tried weed once in college, 15 years ago": before any of this began.
    "long_ago": ("years ago", "yrs ago", "decade ago", "in college", "in school", "as a teenager",
                 "saal pehle", "saal pahle", "साल पहले", "varshapurvi", "वर्षांपूर्वी", "varsha purvi",
                 "college madhe", "college mein", "कॉलेजमध्ये", "कॉलेज में"),
    # "... but we survived, all good": the all-clear after a story told.
    "all_good": ("all good", "all gud", "all fine", "all ok", "all okay", "we survived", "survived",
                 "no worries", "sab theek", "sab thik", "सब ठीक", "sagla theek", "sagla thik",
                 "सगळं ठीक", "sab badhiya", "सब बढ़िया"),
    # "film about a guy who", "news about that overdose case": a story told, not a plan.
    "story": ("film", "films", "movie", "movies", "news", "article", "documentary", "docu",
              "series", "web series", "webseries", "serial", "episode", "novel", "book", "podcast",
              "reel", "reels", "khabar", "khabar", "ख़बर", "खबर", "batmi", "baatmi", "बातमी",
              "chitrapat", "चित्रपट", "picture", "pikchar", "पिक्चर", "फिल्म", "मूवी", "सीरियल",
              "newspaper", "akhbar", "अख़बार", "अखबार", "paper"),
    # "dadaji ki goli lene medical gaya": an errand to the chemist.
    "errand": ("lene gaya", "lene gayi", "lene gaye", "lene gaya", "laane gaya", "lane gaya",
               "लेने गया", "लेने गई", "लाने गया", "kharidne gaya", "खरीदने गया",
               "aanayla gelo", "anayla gelo", "आणायला गेलो", "aanayla geli", "आणायला गेले",
               "ghyayla gelo", "घ्यायला गेलो", "to pick up", "picked up for", "picking up",
               "went to buy", "went to get", "refill for", "refill"),
    "chemist": ("medical", "मेडिकल", "chemist", "केमिस्ट", "pharmacy", "फार्मेसी", "dawakhana",
                "दवाखाना", "medical store", "medical shop", "dawai ki dukan", "दवाई की दुकान"),
    "harmless_drunk": ("khoon", "खून", "khun", "gussa", "गुस्सा", "ghussa", "aansu", "आंसू", "आँसू",
                       "raag", "राग", "apmaan", "अपमान", "gam", "ग़म", "gham", "zeher ka ghoont"),

    # --- read across the whole message (alumni.domain.crisis.evidence_use) ---------------
    # More names for what is taken: brands, local and street names, medicines used for a high.
    "substance_more": (
        # alcohol: brands and local drinks
        "black dog", "blackdog", "100 pipers", "royal challenge", "sterling reserve",
        "oaksmith", "blue riband", "contessa", "golden eagle", "haywards 5000", "knock out beer",
        "thunderbolt", "godfather beer", "kalyani black label", "london pilsner", "jameson",
        "jack daniels", "johnnie walker", "black label",
        "mansion house", "honey bee", "old tavern", "director special", "8pm whisky", "coronas",
        "pauwa", "pavva", "paua", "पव्वा", "पौवा", "pouwa", "chapti",
        "चपटी", "lal pari", "handia", "हंडिया", "chhang",
        "sendhi", "शिंदी", "shindi", "cidar", "cider",
        "tequila", "breezer", "ब्रीज़र",
        # cannabis
        "thc", "weed pen", "weed pens", "vape pen", "vape pens", "pre roll", "preroll", "malana", "baba ji ki booti",
        "booti", "बूटी", "bhole ka prasad", "ganjyachi", "ganjachi",
        # opioids and medicines taken for a high
        "gardu", "गर्दू", "gardulla", "sugar powder", "phensedyl", "onerex",
        "recodex", "kaf syrup", "cough sirap", "codein", "कोडीन", "कफ सिरप", "khokla syrup",
        "tidigesic", "lomotil", "pregabalin", "pregaba", "gabapentin", "etizolam", "etilaam",
        "tramadols", "tramadol", "ट्रामाडोल", "nitrazepam", "nitrazepams", "alprazolams",
        "zolpidems", "spasmo proxyvon", "parvon", "morphin", "buprenorphin", "tapentadol",
        "ativans", "xanaxes", "xannies", "bars of xanax", "purple drank",
        # stimulants and the rest
        "nose candy", "crank", "ice tablet", "yaba", "mdma", "ecstasy", "e pill", "tabs of acid", "lsd", "blotter", "magic mushroom*",
        # inhalants and what is eaten for a high
        "iodex", "आयोडेक्स", "bonfix", "dendrite", "erazex", "eraser fluid", "correction pen",
        "corrector", "corrector pen", "spray paint", "paint thinner", "nail polish remover",
        "sulochan", "boot polish", "fevibond",
    ),
    # Ways of taking it, any tense, not covered by the base verbs: "shared a bottle",
    # "vaping weed", "ate afeem", "गांजा चाखला".
    "take_any": (
        "shared", "sharing", "split", "vaping", "vaped", "vape", "vapes", "chewed", "chewing",
        "chew", "tasted", "taste", "sampled", "scored", "copped", "dropped", "tripped",
        "ate", "eaten", "eating", "swallowed", "downed", "gulped", "guzzled", "necked",
        "knocked back", "polished off", "got into", "had some", "had a few", "tried some",
        "finished", "emptied", "opened", "cracked open", "chased", "smoked", "snorted",
        "huffed", "sniffed", "inhaled", "injected", "fixed", "banged", "slammed", "puffed",
        "dabbed", "hotboxed", "got on", "was on", "been on", "been taking", "been having",
        "been smoking", "been drinking", "been doing", "been using", "been vaping",
        # Hindi: pi, le, kha, maar, laga, phoonk, kheench, soongh, chadha, chakh, chhu
        "kha li", "kha liya", "kha liye", "kha lee", "kha gaya",
        "kha gayi", "khata", "khati", "khate", "khayi", "kha raha", "kha rahi", "chakh li", "chakh liya", "chakhi", "chakha", "khane laga", "khane lagi",
        "खा ली", "खा लिया", "खा लिए", "खा गया", "खाता", "खाती", "खा रहा",
        "खाने लगा", "chhu li", "chhua", "chhuyi",
        "chhu liya", "छू ली", "छुआ", "छू लिया", "chhooli", "le raha", "le rahi", "le rha", "ले रहा",
        "ले रही", "leta hu", "leta hoon", "लेता हूं", "लेता हूँ", "lene laga", "lene lagi",
        "लेने लगा", "लेने लगी", "pine laga", "pine lagi", "peene laga", "पीने लगा", "पीने लगी",
        "phoonk*", "phunk*", "fook*", "फूंक*", "फूँक*", "kheench*", "khinch*", "खींच*",
        "kheecha", "maar raha", "maar rahi", "maarta", "मार रहा", "मारता", "laga raha", "lagata",
        "लगा रहा", "लगाता", "shuru kar di", "shuru kr di", "shuru kiya", "shuru ho gaya",
        "shuru ho gya", "chalu ho gaya", "chalu ho gya", "chalu kar diya", "शुरू कर दी",
        "शुरू हो गया", "चालू हो गया",
        # Marathi: pi, ghe, kha, odh, mar, lav, hung, chakh
        "khallya", "खाल्ल्या", "khalli", "खाल्ली", "khato", "khatoy", "khaat", "खातो", "खातोय", "खात", "khayla", "खायला", "khaun", "खाऊन",
        "gheto", "ghetoy", "ghetos", "gheun", "घेतो", "घेतोय", "घेऊन", "pito", "pitoy", "pit",
        "पितो", "पितोय", "पीत", "odhto", "odhtoy", "ओढतो", "ओढतोय", "marto", "मारतो", "suru kela", "suru keli", "suru kelya", "suru zala",
        "suru zali", "suru jhala", "सुरू केला", "सुरू केली", "सुरू केल्या", "सुरू झाला",
        "सुरू झालं", "सुरु झालं", "चालू केली", "chalu keli", "chalu kela", "chalu zala",
        "सुरुवात केली", "suruvat keli",
    ),
    # A drink of the day, a habit named: "roj", "every evening", "daily".
    "routine_use": ("roj", "रोज", "roz", "रोज़", "daily", "every day", "everyday", "every night",
                    "every nite", "every evening", "har roz", "हर रोज़", "roz ka", "roj ka",
                    "rozana", "dar roj", "दररोज", "roj sandhyakali", "roj sham", "roz shaam",
                    "hafte me", "हफ्ते में", "third time", "every weekend", "each night"),
    # Going to where it is sold or drunk: "bar madhe jato", "theke pe chala gaya".
    "go_there": ("jato", "jatoy", "जातो", "जातोय", "gelo", "गेलो", "jaata", "jata", "जाता",
                 "ja raha", "जा रहा", "chala gaya", "चला गया", "gaya", "went", "go", "going", "goes",
                 "jaun", "baslo", "basto", "बसलो", "बसतो", "baith gaya", "बैठ गया", "baithta"),
    # For the high, not for the illness: "nashyasathi", "to get high", "नशे के लिए".
    "for_high": ("nashyasathi", "नशेसाठी", "नशासाठी", "nashasathi", "nashe ke liye", "नशे के लिए",
                 "nashe ke liye", "to get high", "for the high", "for a high", "for kicks",
                 "for fun", "not for sleep", "mazza ke liye", "maje sathi", "not prescribed",
                 "without prescription", "bina prescription", "बिना पर्चे"),
    # What sets it off: money in hand, a trip, a party, friends calling, an evening alone.
    "trigger": ("payday", "pay day", "salary day", "salary aayi", "salary aali", "पगार झाला",
                "pagar zala", "pagaar", "bonus", "trip", "goa trip", "ट्रिप", "tour", "picnic",
                "party", "पार्टी", "parties", "farewell", "reunion", "wedding", "shaadi", "शादी",
                "lagna", "लग्न", "lagnat", "लग्नात", "baraat", "sangeet", "new year", "31st",
                "holi", "होली", "होळी", "diwali", "दिवाली", "दिवाळी", "friday night", "weekend",
                "old friends", "purane dost", "पुराने दोस्त", "june mitra", "जुने मित्र",
                "bolavtayat", "बोलावतायत", "bolavtat", "बोलावतात", "bolavla", "बोलावलं",
                "bula rahe", "बुला रहे", "bulaya", "बुलाया", "invited", "invite", "called me out",
                "calling me to", "calling me over", "asking me to join", "asked me to join",
                "asking me to come", "aane ko bol", "yayla sangtayt", "ghari ekta", "घरी एकटा",
                "ghar pe akela", "घर पे अकेला", "alone at home", "home alone", "mehfil", "महफ़िल",
                "mehfil", "jatra", "जत्रा", "ipl", "match night", "fight with", "jhagda", "झगड़ा",
                "bhandan", "भांडण"),
    # How the trigger feels: afraid, drawn, the worst time, knowing what comes.
    "trigger_feeling": ("scared", "afraid", "terrified", "worried", "nervous", "dread*", "fear",
                        "dar lag*", "डर लग*", "dar hai", "डर है", "bhiti vat*", "भीती वाट*",
                        "bhiti", "भीती", "ghabrahat", "घबराहट", "worst day", "worst time",
                        "worst night", "dangerous", "danger", "risky", "trouble", "slippery",
                        "know what that means", "i know what happens", "you know what happens",
                        "tempted", "tempting", "temptation", "pull", "the pull", "kheench",
                        "jaavasa vatat*", "जावंसं वाट*", "javasa vatat*", "javase vatat*",
                        "jaane ka mann", "jane ka man", "जाने का मन", "dil kar raha", "mann kar raha",
                        "man kar raha", "मन कर रहा", "man hotay", "मन होतंय", "wanna go",
                        "want to go", "feel like going", "hard to say no", "can't say no",
                        "cant say no", "mana nahi kar paunga", "नाही म्हणता येणार",
                        "nahi mhanta yenar"),
    # Wanting one: "ek kash chahiye", "need a hit", "ek peg hava".
    "want_one": ("chahiye", "chaiye", "chahie", "चाहिए", "चाहिये", "pahije", "पाहिजे", "hava",
                 "havi", "हवा", "हवी", "want", "wanna", "need", "needed", "i need", "mil jaye",
                 "मिल जाए", "milel ka", "मिळेल का", "de do", "dedo", "de de", "de na"),
    "one_unit": ("ek kash", "एक कश", "ek sutta", "drag", "puff", "sutta", "सुट्टा", "dum", "दम", "hit",
                 "peg", "पेग", "shot", "ghoont", "घूंट", "sip", "one", "ek", "एक", "thodi", "थोड़ी",
                 "thodi si", "a little", "bas ek", "बस एक", "just one", "fakt ek", "फक्त एक"),
    # Buying or finding, then where: "a shop that sells", "the advert", not taking it.
    "not_taken": ("shop", "shops", "store", "dukan", "dukaan", "दुकान", "ad", "advert", "advertisement",
                  "hoarding", "factory", "company", "brand", "poster", "banner", "godown", "stock",
                  "delivery", "license", "licence", "price", "rate", "tax", "ban", "raid", "seized"),
    # The body asking: "my body asks for a drink", "शरीर मागतंय".
    "body_asks": ("asks for", "asking for", "begs for", "begging for", "screams for", "screaming for",
                  "craves", "craving", "wants a", "needs a", "demands", "maangta hai", "maang raha",
                  "मांग रहा", "magtay", "मागतंय", "magta", "मागतं"),
    # Given up: "ditched the weed", "दारू छूट गई", "sutli".
    "quit_more": ("ditched", "dumped", "kicked", "chhut gayi", "chhut gai", "chhoot gayi",
                  "छूट गई", "छूट गया", "chhut gaya", "sutli", "सुटली", "sutla", "सुटला", "band aahe",
                  "बंद आहे", "band hai", "बंद है", "bandh", "without", "free of", "no more",
                  "never again", "kabhi nahi", "parat nahi", "not touched", "havent touched",
                  "haven't touched", "didnt touch", "didn't touch", "not a drop", "not a sip",
                  "ek boond nahi", "एक बूंद नहीं", "ek thenb nahi", "hosh me", "होश में"),
    # The pull itself, named: "the itch is back", "tadaf hotey", "प्यायची ओढ".
    "longing": ("the itch", "itch is back", "itchy for", "can taste it", "almost taste it",
                "taste it already", "tadaf*", "तडफ*", "तडफड*", "odh lag*", "ओढ लाग*", "ओढ", "odh",
                "mann dol*", "man dol*", "मन डोल*", "dil dol*", "दिल डोल*", "mann bhatak*",
                "jeev kasavis", "jiv kasavis", "कासावीस", "bechaini", "बेचैनी", "bechain",
                "बेचैन", "ghalmal", "restless", "antsy", "twitchy", "on edge", "so tempted",
                "bahut mann", "bht mann", "bohot mann", "बहुत मन", "khup mann", "खूप मन",
                "mann bahut", "man bahut", "मन बहुत", "mann khup", "man khup", "मन खूप",
                "khup icchha", "खूप इच्छा", "khup vatatay", "mann karta", "mann kar raha",
                "mann ho raha", "मन कर रहा", "मन हो रहा", "dil kar raha", "दिल कर रहा",
                "jeev odh*", "man odh*", "मन ओढ*", "pull is strong", "the pull"),
    # The mind going back to it: "first thought was the theka", "sarkha nashachach vichar".
    "thought_of": ("first thought", "thinking of", "thinking about", "keep thinking", "can't stop thinking",
                   "cant stop thinking", "only think", "vichar", "विचार", "vichaar", "soch", "सोच",
                   "sochta", "sochti", "सोचता", "सोचती", "khayal", "khyal", "ख्याल", "dhyan",
                   "dimag me", "dimaag mein", "दिमाग में", "doktyat", "डोक्यात", "on my mind",
                   "in my head", "mind keeps"),
    # It keeps coming back: "sarkha", "baar baar", "constantly", "all night".
    "again_and_again": ("sarkha", "सारखा", "sarkhi", "सारखी", "satat", "सतत", "baar baar", "बार बार",
                        "bar bar", "har waqt", "हर वक्त", "har time", "constantly", "all the time",
                        "all night", "every minute", "din raat", "दिन रात", "raatbhar", "रात्रभर"),
    # The nose: "daru cha vaas aala".
    "smell_more": ("vas aala", "vaas aala", "वास आला", "vaas yet*", "वास येत*", "gandh", "गंध", "smelled",
                   "whiff", "boo aa", "बू आ"),
    # How it felt: "khup tras zala", "it was hard".
    "distress": ("tras", "त्रास", "trass", "pareshan", "परेशान", "mushkil", "मुश्किल", "kathin",
                 "कठीण", "avghad", "अवघड", "hard", "tough", "difficult", "shaky", "ghabr*", "घबर*",
                 "ghabrat*", "घाबरत*", "ghabar*", "घाबर*", "bechain", "बेचैन", "restless"),
    # So far, not yet: "abhi tak mana kiya", "ajun pyayalo nahi pan".
    "so_far": ("abhi tak", "ab tak", "अभी तक", "अब तक", "ajun", "ajunhi", "अजून", "अजूनही",
               "ajun tari", "so far", "not yet", "till now", "until now", "still holding", "yet"),
    # Paid, the classic trigger: "got paid today", "pagar zala".
    "payday_more": ("got paid", "paid today", "salary credited", "salary aa gayi", "salary aayi",
               "salary ali", "pagar zala", "पगार झाला", "pagar aala", "पगार आला", "bonus mila",
               "bonus aala"),
    "feeling_more": ("mann ghabrat*", "man ghabrat*", "मन घाबरत*", "ghabrat ahe", "ghabarlo",
                        "घाबरलो", "mann dol*", "man dol*", "मन डोल*", "dil ghabra*", "दिल घबरा*",
                        "mann ghabra*", "मन घबरा*"),
}

COMBINATIONS: tuple[Combination, ...] = (
    # --- using again ---------------------------------------------------------------------
    # A word that is a drink only beside drinking: "desi chadha li", "bottle pi li".
    Combination(RE, (_g("alcohol_maybe"), _g("drank", "down_it")), 2, unless=_g("beverage", "pills")),
    Combination(RE, (_g("alcohol"), _g("down_it")), 3),
    # Sniffing is what makes "solution" an inhalant.
    Combination(RE, (_g("inhalant_maybe", "inhalants"), _g("sniff")), 3),
    # "did 2 lines", "snorted a line".
    Combination(RE, (_g("use", "sniff"), _g("lines")), 2, order=True),
    # After a stretch clean: "smoked hash after 5 months", "6 mahine baad daru".
    Combination(RE, (ANY, _g("after_period")), 4, unless=_g("craving", "want")),
    Combination(RE, (ANY, _g("after_clean"), _g("period")), 5, unless=_g("craving", "want")),
    # "bhang at holi", "beers at the wedding", but not "at the wedding everyone drank".
    # Negation in Hindi and Marathi follows the verb ("होळीला भांग घेतली नाही"): without a verb
    # only "X at <occasion>", where English puts its negation first, counts.
    Combination(RE, (ANY, _g("occasion")), 2, order=True,
                unless=_g("craving", "want", "beverage", "others", "relation", "third_person")),
    Combination(RE, (ANY, _g("occasion"), _g("use", "drank", "down_it")), 4,
                unless=_g("craving", "want", "beverage", "others", "relation", "third_person")),
    # "gave in and drank", "couldn't resist the bottle".
    Combination(RE, (_g("gave_in"), ANY + ("drank", "use_strong", "drink_verb")), 5),
    # "messed up again", "phir se galti ho gayi": in this service, a slip.
    Combination(RE, (_g("slip_soft"), _g("again")), 2),
    # "2 peg lag gaye", "दोन पेग झाले", "3 beers down".
    Combination(RE, (_g("measure"), _g("happened")), 1, order=True, unless=_g("beverage")),
    Combination(RE, (_g("small_count"), _g("measure")), 0, order=True, unless=_g("beverage")),
    # "been using for a week", "3 din se pee raha".
    Combination(RE, (_g("use_strong", "drank"), _g("for_since"), _g("period")), 3, order=True,
                unless=_g("quit", "negation")),
    Combination(RE, (_g("period"), _g("for_since"), _g("use_strong", "drank")), 3, order=True,
                unless=_g("quit", "negation")),
    # "broke my 90 days", "lost my 6 months".
    Combination(RE, (_g("broke_count"), _g("period")), 1),
    # Marathi and Hindi drop the object: "kal parat ghetli", "phir se le li".
    Combination(RE, (_g("again_strict"), _g("took")), 0, order=True),
    # Words that are a substance only beside a verb of taking: "smoked a blunt", "phir se
    # powder le liya", "sui lagayi", "ek line maari".
    Combination(RE, (_g("smoke_verb"), _g("cannabis_maybe")), 2, order=True),
    Combination(RE, (_g("powder"), _g("use", "took", "sniff", "lines", "down_it")), 2,
                unless=_g("powder_harmless", "medical")),
    Combination(RE, (_g("needle"), _g("needle_verb")), 2, unless=_g("medical")),
    Combination(RE, (_g("a_one", "small_count"), _g("lines"), _g("line_verb")), 0, order=True),
    Combination(RE, (_g("use"), _g("lines")), 4, order=True, unless=_g("task")),
    # "told myself one glass is fine", "maine socha ek se kya hoga": a rationalisation told
    # in the past is one already acted on.
    Combination(RE, (_g("told_myself"), ANY + ("a_one", "sip_word", "measure"),
                     _g("rationalise", "fine_one")), 6, order=True),
    Combination(RE, (_g("alcohol"), _g("down_it")), 6),
    # "was high all weekend", "been stoned since morning".
    Combination(RE, (_g("copula_before", "first_person"), _g("high_word"), _g("time", "period", "for_since")), 2,
                order=True, unless=_g("price", "illness", "medical")),
    # A bare "pi" beside a named substance: "bhaang wali thandai pi".
    Combination(RE, (ANY, _g("drank_bare")), 3, unless=_g("beverage", "offered")),
    # --- craving -------------------------------------------------------------------------
    # The body asks: "hands shaking", "हात थरथरतायत".
    Combination(CR, (_g("hands"), _g("shaking")), 3, unless=_g("illness")),
    # "koi rok lo mujhe", "कोणीतरी थांबवा मला", "someone stop me".
    Combination(CR, (_g("stop_me"), _g("anyone")), 2),
    # "ganja odhaycha aahe", "daru pyaychi": the substance and a verb of wanting to take it.
    Combination(CR, (ANY, _g("take_wish")), 2, unless=_g("beverage")),
    # "lene ka mann hai", "ghyavishi vatate", "आज घ्यायचीच असं वाटतंय".
    Combination(CR, (_g("take_wish"), _g("want")), 2, unless=_g("beverage", "pills")),
    # "botal bula rahi hai", "nashe ki taraf bhaag raha", "the bar is calling me".
    Combination(CR, (ANY + ("liquor_place",), _g("drawn")), 4),
    # "the smell of the theka", "can smell the liquor".
    Combination(CR, (_g("smell"), ANY + ("liquor_place",)), 4),
    # "passing the theka", "ठेक्याजवळून".
    Combination(CR, (_g("liquor_place"), _g("near")), 3),
    # "mann bekaboo ho raha", "man bhatak raha", "मन ताब्यात राहत नाही".
    Combination(CR, (_g("my_mind"), _g("unruly")), 2),
    Combination(CR, (_g("my_mind"), _g("restrain"), _g("negation")), 3),
    # "shaking and sweating, need something".
    Combination(CR, (_g("shaking"), _g("want")), 4),
    # "ek ghoont mil jaye", "just a sip".
    Combination(CR, (_g("sip_word"), _g("want")), 3, unless=_g("beverage", "pills")),
    # "just one drink won't hurt", "ek peg se kya hoga".
    Combination(CR, (ANY + ("sip_word", "some_amount", "a_one", "drink_verb"), _g("rationalise")), 4),
    # "my old dealer texted", "dealer ko call karne ka soch raha".
    Combination(CR, (_g("dealer"), _g("contact")), 4),
    Combination(CR, (_g("long_for"), ANY + ("measure",)), 3),
    # "the thirst is real, and not for water".
    Combination(CR, (_g("thirst"), _g("negation"), _g("beverage")), 5),
    # "i want one so badly", "ek chahiye bahut".
    Combination(CR, (_g("want"), _g("a_one"), _g("want_badly")), 3),
    # Afraid of using, or saying one will: "dar hai ki pee lunga", "akela rahunga to pi lunga".
    Combination(CR, (_g("use_future"),)),
    Combination(CR, (_g("fear"), _g("use", "use_strong", "drink_verb", "drank")), 6,
                unless=_g("beverage")),
    # Money in hand: "payday and i know exactly where id go", "पगार झाला, मन ओढ घेतंय".
    Combination(CR, (_g("payday"), _g("where_to_get", "fear", "drawn", "mind")), 8),
    # The body asks: "my body asks for it every evening".
    Combination(CR, (_g("body"), _g("asks_for")), 3),
    # The mind goes back to it: "dimaag wahin jaata hai", "man pan odh ghete".
    Combination(CR, (_g("my_mind", "mind"), _g("goes_there", "drawn")), 3),
    # The bottle is right there: "table pe bottle rakhi hai".
    Combination(CR, (ANY + ("alcohol_maybe", "measure"), _g("bottle_at_hand")), 4, unless=_g("beverage")),
    # "neend nahi aa rahi bina peg ke", "can't sleep without a drink".
    Combination(CR, (_g("cant_function"), _g("without"), ANY + ("measure", "alcohol_maybe")), 5),
    # "struggling hard today": no task named, in this service a struggle against using.
    Combination(CR, (_g("struggle"), _g("hard_now")), 2, unless=_g("task")),
    # "need something to calm down": asking for a substance without its name.
    Combination(CR, (_g("want"), _g("something"), _g("calm_me")), 4),
    # "wanna get wasted so bad", "want to get high".
    Combination(CR, (_g("get_intox"), _g("want", "want_badly")), 3),
)


_VERBS_OF_USE = ("use", "use_strong", "drank", "drink_verb", "down_it", "eat", "took")
_SUBSTANCE_CONCEPTS = ANY
_FOOD_WORDS_TOO = frozenset({"junk", "mushroom", "mushrooms", "brownie", "brownies", "cookies"})
_FOOD = frozenset({"food", "dinner", "lunch", "breakfast", "sabzi", "sabji", "curry", "pizza", "soup",
                   "khana", "khaana", "maggi", "masala", "fry", "burger", "pasta", "noodles", "bhaji",
                   "jevan", "nashta", "snacks", "eat", "ate", "eating", "खाना", "जेवण"})


_LACED = frozenset({"wali", "wala", "wale", "vali", "vala", "वाली", "वाला", "वाले", "laced", "spiked",
                    "mixed", "mila", "mili", "मिली", "मिला", "ghatleli", "घातलेली"})
_PAST_HABIT = frozenset({"drank", "peete", "pite", "पीते", "pyayche", "pyaycha", "प्यायचे", "प्यायचा",
                         "used", "drunk", "pita", "पीता", "piyo", "pyaycho"})
_NEEDLES = frozenset(skeleton(w) for w in ("injection", "injections", "इंजेक्शन", "sui", "needle",
                                           "syringe", "emoji_needle"))
_WONT = frozenset({"wont", "won't", "wouldnt", "wouldn't", "cant", "can't", "not", "never", "didnt", "didn't"})
_OF = frozenset({"chi", "cha", "che", "chya", "ची", "चा", "चे", "च्या"})
_OTHERS_SUBJECT = ("relation", "third_person", "bystander", "others")


def _read_refusals(c: Concepts) -> None:
    words = c.words
    refusals = c.of("quit")
    for offer in c.of("offered"):
        sentence = words[offer.start].sentence
        later = [q for q in refusals if words[q.start].sentence == sentence and q.start >= offer.start]
        if not later:
            continue
        if any(words[h.start].sentence == sentence and h.start > later[0].end for h in c.of("contrast_then")):
            continue
        for name in _VERBS_OF_USE + _SUBSTANCE_CONCEPTS + ("drank_bare", "want", "mind"):
            for hit in c.of(name):
                if words[hit.start].sentence == sentence:
                    c.drop(name, hit.start, hit.end)
    # "me nako mhanlo pan shevti 4 peg ghetle": a refusal that gave way is no refusal.
    for quit in refusals:
        sentence = words[quit.start].sentence
        turns = [h for h in c.of("contrast_then") if words[h.start].sentence == sentence
                 and 0 <= h.start - quit.end <= 3]
        if turns and any(words[v.start].sentence == sentence and v.start >= turns[0].end
                         for v in c.of(*_VERBS_OF_USE, "measure")):
            c.drop("quit", quit.start, quit.end)
            for negation in c.of("negation"):
                if quit.start <= negation.start < quit.end:
                    c.drop("negation", negation.start, negation.end)


def _drop_others_drinking(c: Concepts) -> None:
    words = c.words
    firsts = {h.start for h in c.of("first_person", "me")}
    for hit in c.of("drank", "intoxicated", "drink_verb"):
        sentence = words[hit.start].sentence
        subject = None
        for i in range(hit.start - 1, max(-1, hit.start - 5), -1):
            if words[i].sentence != sentence or i in firsts:
                break
            subject = next((h for h in c.of(*_OTHERS_SUBJECT) if h.start == i), None)
            if subject:
                break
        if subject is None:
            continue
        past_habit = words[hit.start].raw in _PAST_HABIT and any(
            words[h.start].sentence == sentence and abs(h.start - hit.end) <= 3 for h in c.of("habit"))
        bystander = subject.concept == "bystander" or any(
            b.start <= subject.start < b.end + 1 for b in c.of("bystander"))
        if past_habit or bystander:
            for name in ("drank", "intoxicated", "drink_verb"):
                c.drop(name, hit.start, hit.end)


def read_substance_context(c: Concepts) -> None:
    """Forget the substance words that a clear context makes harmless, and read a refusal
    where Hindi and Marathi put it, after the verb. Runs before the other idioms."""
    words = c.words
    periods = {h.start for h in c.of("period")} | {h.end for h in c.of("period")}
    # "I used to smoke weed": a habit in the past, not a use now.
    for i, token in enumerate(words[:-1]):
        if token.raw in ("used", "use") and words[i + 1].raw == "to":
            for name in _VERBS_OF_USE + _SUBSTANCE_CONCEPTS:
                c.drop(name, i, i + 5)
    # "after 2 years sober i drank": a count of days clean, then a use, is not a refusal of it.
    verbs = c.of(*_VERBS_OF_USE)
    for hit in c.of("quit"):
        if hit.start in periods and any(
                v.start >= hit.end and words[v.start].sentence == words[hit.start].sentence for v in verbs):
            c.drop("quit", hit.start, hit.end)
    # "ek peg pan ghetla nahi", "भांग बिल्कुल नहीं ली": the verb, then its negation.
    negations = {h.start: h for h in c.of("negation", "weak_negation")}
    for verb in c.of(*_VERBS_OF_USE):
        negation = negations.get(verb.end)
        if negation is not None and words[negation.start].clause == words[verb.start].clause:
            c.add("quit", verb.start, negation.end)
    # "हातभट्टीची", "hatbhatti chi ghetli": the Marathi "of" whose skeleton is chai (tea).
    for hit in c.of("beverage"):
        if words[hit.start].raw in _OF and any(h.end == hit.start for h in c.of(*_SUBSTANCE_CONCEPTS)):
            c.drop("beverage", hit.start, hit.end)
    # "dosto ne ganja offer kiya, mana kar diya": offered and refused, nothing taken; unless
    # the refusal gave way ("said no but finally had 4 pegs").
    _read_refusals(c)
    # "शराब को हाथ नहीं लगाया": the verb inside a refusal was not done.
    for quit in c.of("quit"):
        if any(quit.start <= n.start < quit.end for n in c.of("negation")):
            for name in _VERBS_OF_USE + ("needle_verb", "line_verb", "drank_bare"):
                c.drop(name, quit.start, quit.end)
    # "peena chhod diya", "पीना बंद है": the verb is what was given up.
    quit_starts = {h.start for h in c.of("quit")}
    for verb in c.of(*_VERBS_OF_USE):
        if verb.end in quit_starts:
            for name in _VERBS_OF_USE + ("want", "craving"):
                c.drop(name, verb.start, verb.end)
    # "passed the wine shop without stopping": going past is the victory, not the pull.
    for going in c.of("kept_going"):
        sentence = words[going.start].sentence
        for hit in c.of("near"):
            if words[hit.start].sentence == sentence:
                c.drop("near", hit.start, hit.end)
    # "one drink won't kill me": a rationalisation, not a wish to die.
    for kill in c.of("kill"):
        if kill.start and words[kill.start - 1].raw in _WONT and any(
                kill.start - 6 <= h.start < kill.start for h in c.of(*_SUBSTANCE_CONCEPTS, "a_one", "sip_word", "measure")):
            c.drop("kill", kill.start, kill.end)
            c.drop("me", kill.end, kill.end + 1)
            c.add("rationalise", kill.start - 1, kill.end)
    # "mana kar diya" is a refusal, not the mind ("man") that wants.
    for hit in c.of("want", "mind", "my_mind"):
        if words[hit.start].raw in ("mana", "मना") and hit.end < len(words) and \
                words[hit.end].raw in ("kar", "kiya", "kia", "karna", "kela", "keli", "कर", "किया", "केला"):
            c.drop(hit.concept, hit.start, hit.end)
    # "boss ne khoon pee liya", "gussa pee gaya": drinking blood or anger is an idiom.
    for hit in c.of("harmless_drunk"):
        for name in ("drank", "drink_verb", "drank_bare", "use", "down_it"):
            c.drop(name, hit.end, hit.end + 2)
    _drop_past_habits(c)
    _drop_others_while_i_refused(c)
    # "my father drank daily", "my neighbour was drunk and shouting": someone else's drinking,
    # a bystander's or a habit long past, is not a relapse the writer or family reports.
    _drop_others_drinking(c)
    # "bhaang wali thandai", "laced drink": the soft drink carries the substance.
    for hit in c.of(*_SUBSTANCE_CONCEPTS):
        if hit.end < len(words) and words[hit.end].raw in _LACED:
            c.drop("beverage", hit.end, hit.end + 3)
    # "a drunk man", "the drunk driver": someone described, not the writer drinking.
    for hit in c.of("drank", "intoxicated"):
        if hit.start and words[hit.start].raw == "drunk" and words[hit.start - 1].raw in ("a", "the"):
            c.drop("drank", hit.start, hit.end)
            c.drop("intoxicated", hit.start, hit.end)
    # "thak ke pee li": tired, not ताक (buttermilk), whose skeleton it shares.
    for drink in c.of("beverage"):
        if words[drink.start].raw.startswith(("thak", "थक")):
            c.drop("beverage", drink.start, drink.end)
    # "junk food", "mushroom curry": food.
    for name in _SUBSTANCE_CONCEPTS:
        for hit in c.of(name):
            if words[hit.start].raw in _FOOD_WORDS_TOO and any(
                    w.raw in _FOOD for w in words[max(0, hit.start - 3):hit.end + 3]):
                c.drop(name, hit.start, hit.end)
    # "chai pi lunga": a soft drink is what will be drunk.
    for drink in c.of("beverage"):
        c.drop("use_future", drink.end, drink.end + 2)
    # "a glass of wine", "a cup of toddy": the vessel does not make it a soft drink.
    for vessel in c.of("beverage"):
        if words[vessel.start].raw in ("glass", "cup", "mug") and any(
                0 <= h.start - vessel.end <= 1 for h in c.of("alcohol")):
            c.drop("beverage", vessel.start, vessel.end)
    # "hospital me injection lagaya nurse ne": a needle in a clinic is treatment.
    for sentence in {words[h.start].sentence for h in c.of("medical")}:
        if any(words[h.start].sentence == sentence for h in c.of("excess", "relapse", "again_strict")):
            continue
        for name in ("opioids", "needle"):
            for hit in c.of(name):
                if words[hit.start].sentence == sentence and words[hit.start].skeleton in _NEEDLES:
                    c.drop(name, hit.start, hit.end)
    # "tramadol as prescribed", "doctor ne di hui neend ki goli": medicine, unless too much.
    # "not as prescribed", "bina prescription ke": the doctor is named to say it was not his.
    refused = {h.start for h in c.of("negation", "without")} | {h.end for h in c.of("negation", "without")}
    for sentence in {words[h.start].sentence for h in c.of("prescribed")
                     if not (h.start - 1 in refused or h.start in refused or h.end in refused)}:
        if any(words[h.start].sentence == sentence for h in c.of("excess", "count", "quantity")):
            continue
        for name in ("opioids", "sedatives", "drugs"):
            for hit in c.of(name):
                if words[hit.start].sentence == sentence:
                    c.drop(name, hit.start, hit.end)


_BEFORE_NOW = frozenset({"aadhi", "adhi", "आधी", "pehle", "pahle", "pehele", "पहले", "pahile", "पहिले", "purvi", "पूर्वी", "earlier",
                         "before", "previously", "tab", "तब", "tevha", "तेव्हा"})
_HABIT_PAST = frozenset({"tha", "था", "thi", "थी", "the", "थे", "hoto", "होतो", "hota", "होता", "hoti",
                         "होती", "hote", "होते", "used", "would"})
_NOW = frozenset({"ab", "अब", "ata", "aata", "आता", "now", "aajkal", "आजकल", "ajkal"})
_THE_SAME = frozenset({"wahi", "wohi", "vahi", "वही", "tech", "तेच", "tich", "तीच", "that", "it", "same",
                       "ohi", "yahi", "यही"})
_A_DOER = frozenset({"ne", "ने"})
_TIMES_OF = frozenset({"is", "us", "ek", "agli", "agle", "pichli", "pichhli", "har", "kitni", "kitne", "pehli",
                       "dusri", "doosri", "teesri", "kai", "kayi", "do", "teen", "इस", "उस", "एक", "हर",
                       "कितनी", "पहली", "दूसरी", "कई", "दो", "तीन", "aakhri", "akhri", "आखिरी"})
_SOFT = frozenset({"coke", "pepsi", "cola", "sprite", "thums", "fanta", "limca", "soda", "mocktail"})


def _habit_past(raw: str) -> bool:
    """"tha", "hote", "used"; Marathi habitual "jaaycho", "प्यायचो"."""
    return raw in _HABIT_PAST or raw.endswith(("ycho", "ychi", "yche", "यचो", "यची", "यचे"))


def _drop_past_habits(c: Concepts) -> None:
    """"ab subah doodh lene jata hoon, pehle theke jata tha": the habit is the past one, set
    against now; nothing was taken."""
    words = c.words
    if not any(w.raw in _NOW for w in words) and not c.of("period"):
        return
    for clause in {w.clause for w in words if w.raw in _BEFORE_NOW}:
        inside = [i for i, w in enumerate(words) if w.clause == clause]
        if not any(_habit_past(words[i].raw) for i in inside):
            continue
        if any(words[h.start].clause != clause for h in c.of("again_strict", "relapse", "gave_in", "again")):
            continue        # "pehle roz peeta tha, ab phir se shuru": the habit came back
        start, end = inside[0], inside[-1] + 1
        for name in _VERBS_OF_USE + _SUBSTANCE_CONCEPTS + ("liquor_place", "go_there", "drank_bare"):
            for hit in c.of(name):
                if start <= hit.start < end:
                    c.drop(name, hit.start, hit.end)


def _drop_others_while_i_refused(c: Concepts) -> None:
    """"dost ne bottle khol li thi, maine coke pi": the others drank; the writer said what
    they had instead or that they had none. And "fresh lime soda ... wahi piya": the drink
    the writer had is the soft one."""
    words = c.words
    doers = [p for p in c.of("relation", "others", "third_person")
             if p.end < len(words) and words[p.end].raw in _A_DOER]
    mine_was_soft = bool(doers) and (bool(c.of("beverage")) or any(w.raw in _SOFT for w in words) or any(
        abs(n.start - f.start) <= 3 for n in c.of("negation") for f in c.of("first_person")))
    if mine_was_soft:
        for person in doers:
            clause = words[person.start].clause
            for name in _VERBS_OF_USE + ("drank_bare",) + _SUBSTANCE_CONCEPTS:
                for hit in c.of(name):
                    if hit.start >= person.end and words[hit.start].clause == clause:
                        c.drop(name, hit.start, hit.end)
    # "coke pi", "drank a coke": nobody drinks cocaine; it is the cola.
    for hit in c.of("cocaine"):
        if words[hit.start].raw == "coke":
            drinks = [d for d in c.of("drank", "drink_verb", "drank_bare")
                      if 0 <= d.start - hit.end <= 1 or 0 <= hit.start - d.end <= 2]
            if drinks:
                c.drop("cocaine", hit.start, hit.end)
                for d in drinks:
                    for name in ("drank", "drink_verb", "drank_bare", "use"):
                        c.drop(name, d.start, d.end)
    # "abhi tak", "ab tak": until now, not buttermilk (taak) nor someone called Abhi.
    for hit in c.of("so_far"):
        for name in ("beverage", "relation", "third_person", "other_target"):
            c.drop(name, hit.start, hit.end)
    # "is baar", "ek baar", "kitni baar": a time, not a bar.
    for hit in c.of("liquor_place"):
        if words[hit.start].raw in ("baar", "bar", "बार") and hit.start and words[hit.start - 1].raw in _TIMES_OF:
            c.drop("liquor_place", hit.start, hit.end)
    # "roj meeting la jato, bara vatatay": "bara" is good, not a bar.
    for hit in c.of("liquor_place"):
        if words[hit.start].raw in ("bara", "बरं", "bare") and hit.end < len(words) \
                and words[hit.end].raw.startswith(("vat", "वाट", "zal", "झाल", "hot", "होत")):
            c.drop("liquor_place", hit.start, hit.end)
    for drink in c.of("beverage"):
        for name in ("drank", "drink_verb", "drank_bare", "use"):
            for hit in c.of(name):
                if hit.start > drink.end and words[hit.start].sentence == words[drink.start].sentence \
                        and hit.start - drink.end <= 8 and words[hit.start - 1].raw in _THE_SAME:
                    c.drop(name, hit.start, hit.end)


# More names and ways of saying it, by class (kept apart so each list above stays readable).
_MORE: dict[str, tuple[str, ...]] = {
    "alcohol": ("breezer*", "ब्रीज़र*"),
    "opioids": ("afu dila", "afu ghet*", "अफू घेत*", "अफू दिला", "afu khall*", "अफू खाल्ल*", "afu khaun",
                "अफू खाऊन", "afu ghyaycha"),
    # "tharra" folds to the skeleton of "tara" (then, star): only with its verb.
    "drank": ("tharra chal*", "tharra chl*", "ठर्रा चल*", "tharra pi*", "tharra pee*", "ठर्रा पी*",
              "tharra lag*", "ठर्रा लग*", "संत्रा घेतली", "santra ghetli", "संत्रा मारली", "santra marli",
              "santra pyalo", "santra pyaylo", "संत्रा प्यालो", "संत्रा प्यायलो", "संत्रा प्यायली"),
    "take_any": ("chal raha", "chl rha", "chal rha", "chal rahi", "chl rhi", "chalu hai", "chalu aahe",
                 "चालू आहे", "चल रहा", "चल रही", "chalu ahe", "suru aahe", "सुरू आहे"),
    "occasion": ("jatr*", "जत्र*", "yatra", "यात्रा", "urus", "उरूस"),
    "trigger": ("jatr*", "जत्र*", "urus", "उरूस"),
    "trigger_feeling": ("brain is planning", "mind is planning", "brain is plotting", "mind is plotting",
                        "know what my brain", "know what my mind", "brain already knows", "brain's planning",
                        "brains planning", "dimaag plan", "dimag plan", "डोकं प्लॅन", "jaycha vichar",
                        "jaaycha vichar", "जायचा विचार", "jaane ka vichar", "jane ka man", "jaane ka man",
                        "जाने का मन", "jaane ka khayal", "जाने का ख्याल"),
    "liquor_place": ("addyavar", "अड्ड्यावर", "adde pe", "adde par", "अड्डे पे", "अड्डे पर", "addyat",
                     "अड्ड्यात", "daru ka adda", "दारू का अड्डा", "daruchya addyavar"),
    "longing": ("staring at it", "keep staring", "keeps staring", "keep looking at it", "cant stop looking at it",
                "can't stop looking at it", "eyeing it", "ghoor raha", "ghoor rahi", "घूर रहा", "घूर रही",
                "baghat baslo", "बघत बसलोय", "बघत बसलो", "baghat rahato", "बघत राहतो", "dekhta reh*",
                "देखता रह*", "nazar hat nahi", "नज़र हट नहीं", "नजर हट नहीं"),
}
for _name, _entries in _MORE.items():
    WORDS[_name] = WORDS.get(_name, ()) + _entries

# After the rules above, which name the substance more exactly when they also apply.
COMBINATIONS += (
    # "2 cans of haywards", "a couple of breezers", "a quarter of rum": a measure of a drink.
    Combination(RE, (_g("drink_measure"), ANY), 2, order=True, unless=_g("not_taken", "beverage")),
    # "kal fir se chadha li", "bahut zyada chadha li".
    Combination(RE, (_g("raised_again"), _g("again", "again_strict", "time", "excess", "quantity")), 3),
    # "दहा गोळ्या घेतल्या": ten pills taken.
    Combination(Category.OVERDOSE, (_g("ten_pills"), _g("eat", "took", "take_any", "pill_use")), 3),
)
