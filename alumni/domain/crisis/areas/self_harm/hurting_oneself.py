"""Self-harm words: cutting, burning, hitting and hurting oneself, the body parts and
the tools."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SH = Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # A sharp thing used on oneself.
    "cutting_tool": (
        "razor", "razors", "razr", "rezar", "rezor", "rejar", "रेजर*", "रेझर*", "blade*",
        "ब्लेड*", "kaanch", "kanch", "kaach", "काँच", "कांच", "काच", "glass", "shard",
        "shards", "broken glass", "knife", "knives", "chaku", "chaaku", "chakoo", "चाकू",
        "chakune", "चाकूने", "suri", "सुरी", "surine", "सुरीने", "compass", "needle", "needles",
        "safety pin", "scissors", "kainchi", "कैंची", "kaatri", "कात्री", "emoji_knife",
        "box cutter", "boxcutter",
    ),
    # Where people cut or burn themselves.
    "cut_site": (
        "arm", "arms", "forearm", "forearms", "wrist", "wrists", "wristz", "rist", "rists", "thigh", "thighs", "leg",
        "legs", "stomach", "belly", "hip", "hips", "skin", "ankle", "bazu", "baazu", "बाज़ू",
        "बाजू", "banh", "baanh", "बांह", "बाँह", "bahon", "बाहों", "kalai", "कलाई", "kalaai",
        "nas", "nasen", "नसें", "नस", "jangh", "जांघ", "janghon", "जांघों", "hatavar",
        "हातावर", "hatala", "हाताला", "mandi*", "मांडी*", "पाय", "payavar", "पायावर",
        # the wrist with Marathi's "on" glued (round 43)
        "kalaaivar", "kalaivar", "कलाईवर", "मनगटावर", "managatavar", "managtavar",
        "potavar", "पोटावर", "managat*", "मनगट*", "sharir", "शरीर", "sharirala", "शरीराला",
        "angavar", "अंगावर",
    ),
    "hand_part": ("hand", "hands", "haath", "hath", "हाथ", "haat", "हात", "hathon", "हाथों",
                  "pair", "पैर", "पेट", "palm", "hatheli", "हथेली", "chest",
                  # the Marathi genitive, "हाताच्या आतल्या बाजूला" (on the inside of the arm, round 54)
                  "हाताच्या", "hatachya", "haatachya"),
    # Things that are cut every day.
    "cut_harmless": (
        "hair", "hairs", "haircut", "nails", "nail", "down", "back", "ties",
        "out", "class", "classes", "bangs", "line", "corners", "costs", "budget", "sugar",
        "carbs", "vegetables", "veggies", "veg", "onion*", "sabzi", "sabji", "सब्ज़ी",
        "सब्जी", "fruit*", "baal", "बाल", "nakhun", "नाखून", "kes", "केस", "paper", "cloth",
        "kapda", "कपड़ा", "phone", "calls", "light", "bijli", "बिजली", "power",
        "electricity", "salary", "pay", "grass", "ghaas", "wood", "chicken",
        "meat", "mutton", "fish", "machhar", "मच्छर", "mosquito*", "kutta", "kutte",
        "कुत्ता", "dog", "snake", "saanp", "साँप", "din", "दिन", "time", "waqt", "samay",
        "ribbon", "tape", "coupon", "video", "scene", "deal", "losses", "cheque", "ticket",
        "tickets", "finger", "ungli", "उंगली", "paise", "money", "rupees", "amount", "fine",
        "balance", "marks", "queue", "traffic",
    ),
    # Got hurt rather than hurt oneself, or an itch: not self-harm.
    "by_accident": (
        "accident", "accidentally", "accidently", "by mistake", "galti se", "गलती से",
        "chukun", "चुकून", "while cooking", "cooking", "kitchen", "chopping", "kat gaya",
        "kat gayi", "कट गया", "कट गई", "lag gaya", "lag gayi", "लग गया", "लग गई", "lagla",
        "लागलं", "slipped", "fell", "falling", "gir gaya", "गिर गया", "padlo", "पडलो", "tuta",
        "toota", "टूटा", "broke", "dropped", "tetanus", "injection", "doctor", "dressing",
        "stitches", "bandage", "plaster", "shaved", "while shaving", "beard", "dadhi banate",
        "दाढ़ी बनाते", "waxing", "ironing", "mehndi", "mosquito*", "machhar", "मच्छर", "itch*",
        "khujli", "खुजली", "rash", "allergy", "eczema", "bike", "cycle", "road", "choodi",
        "choodiyan", "चूड़ी", "चूड़ियां", "bangle*", "bangdi", "बांगडी", "glass of",
        "a glass", "water", "juice", "chai", "coffee",
        "wine", "beer", "sharbat", "milk", "doodh", "operation", "surgery",
    ),
    # Burning: a hot thing pressed on the skin, and the mark it leaves.
    "burning_tool": (
        "cigarette*", "cig", "cigs", "ciggy", "sigaret*", "सिगारेट*", "सिगरेट*", "beedi",
        "बीड़ी", "lighter", "lightr", "spoon", "hot spoon", "chammach", "chamach", "chamcha",
        "चम्मच", "चमचा", "chamchya*", "चमच्या*", "matchstick", "matches", "machis", "माचिस",
        "iron", "istri", "इस्त्री", "candle", "mombatti", "मोमबत्ती", "gas var", "गॅसवर",
        # round 42: a burning stick from the hearth, the goldsmith's torch
        "जळत्या लाकडाने", "jalatya lakdane", "जलती लकड़ी", "jalti lakdi", "torch ने", "torch ne", "torchne",
        "gasvar", "stove", "tawa", "तवा", "hot knife", "hot metal", "hot coin",
    ),
    "hot_thing": (
        "hot spoon", "hot knife", "hot metal", "hot coin", "hot iron", "hot wire",
        "garam chammach", "garm chammach", "गरम चम्मच", "गर्म चम्मच", "lit cigarette",
        "tapleli", "तापलेली", "taplela", "तापलेला", "garam sui", "गरम सुई",
    ),
    # "carving" is spelt like "craving" once the vowels go: only beside a body part.
    "carve": ("carved", "carvd", "carving into", "carved into", "carve into"),
    "scratch": ("scratched", "scratching", "scratch", "clawed", "clawing", "kharonch",
                "kharonchta", "kharonchti", "kharoncha", "kharonch liya", "kharonch diya",
                "खरोंच", "खरोंचता", "खरोंचती", "खरोंचा", "खरोंचे", "खरोंच लिया", "खरोंच दिया",
                "orakhade", "ओरखडे", "orbadla", "ओरबाडलं", "ओरबाडले", "orbadle"),
    # Wounds on the body, new or hidden: what a person who cuts says about it afterwards.
    "wound": ("cuts", "scars", "scar", "wounds", "jakhma", "जखमा", "jakhmi", "ghaav", "घाव",
              "zakhm", "ज़ख्म", "जख्म", "zakham", "kat ke nishaan", "cut marks", "kat"),
    "fresh": ("fresh", "new", "naye", "naya", "nayi", "navin", "नवीन", "नए", "नई", "नया", "taaza",
              "ताज़ा", "again", "more"),
    "hide": ("hide", "hiding", "hid", "covered", "cover up", "long sleeves", "full sleeves",
             "chupa", "chupaya", "chupa ke", "chupata", "chupati", "chhupa", "chhupata",
             "chhupa ke", "छुपा", "छुपाया", "छुपाता", "छुपा के", "छुपाके", "lapav*", "लपव*",
             "lapvun", "लपवून", "dhak ke", "ढक के", "jhakun", "झाकून"),
    # A blade or razor kept hidden (a kitchen knife is hidden from children, not for oneself).
    "blade": ("razor", "razors", "razr", "rezar", "रेजर*", "रेझर*", "blade*", "ब्लेड*"),
    # A knife hidden from the children is kept safe, not kept for oneself.
    "safekeeping": ("kids", "children", "child", "bachchon", "bachon", "bachche", "बच्चों", "बच्चे",
                    "mulanpasun", "मुलांपासून", "mulanna", "safe", "safely", "away from"),
    "burn_mark": (
        "daag", "dag", "daagh", "दाग", "दाग़", "chatka", "chatke", "चटका", "चटके", "branded",
        "branding", "burn marks", "burn mark", "chhale", "छाले",
    ),
    "gave": (
        "diya", "dia", "diye", "di", "de di", "dedi", "de diya", "de diye", "de dia", "दिया",
        "दी", "दिए", "दिये", "दे दी", "दे दिया", "dile", "dila", "dili", "दिले", "दिला", "दिली",
        "lagaya", "lagaye", "लगाया", "लगाए", "lavle", "लावले", "liya", "li", "लिया", "ली",
        "ghetle", "घेतले",
    ),
    "burn": (
        "burn", "burned", "burnt", "burning", "burnin", "scald", "scalded", "singed",
        # "jalla", "jalale", "jaalun" are spelt like "zala", "zale", "zalun" (Marathi:
        # became): only the forms that cannot be read so.
        "jala diya", "jala liya", "jala li", "जला दिया", "जला लिया", "जला ली", "bhajla", "भाजलं", "bhajle", "भाजले", "bhajun", "भाजून",
    ),
    "strike": (
        "hit", "hitting", "hits", "banged", "banging", "bang", "smashed", "smashing",
        "slammed", "slamming", "punched", "punching", "maara", "maar raha", "maar rahi",
        "maarta", "maarti", "mara", "maari", "marla", "marli", "marle", "मारा", "मारी",
        "मारता", "मारती", "मार रहा", "मार रही", "मारलं", "मारले", "मारली", "aaptla",
        "aapatla", "aaptun", "आपटलं", "आपटल*", "आपटून", "patka", "patki", "patakta",
        "पटका", "पटकता", "thoka", "ठोका", "ठोकलं", "marun ghetla", "मारून घेतलं", "phod liya", "phod diya", "फोड़ लिया", "फोड़ दिया", "fod liya", "fod diya",
        "maarun ghetla", "marun gheto", "मारून घेतो", "marun ghetle", "मारून घेतले",
    ),
    "blunt_object": ("stone", "rock", "brick", "dagad", "दगड", "pathar", "patthar", "पत्थर",
                     "eent", "ईंट", "hammer", "hathoda", "हथौड़ा", "hatoda", "हातोडा"),
    "hard_surface": (
        "wall", "walls", "deewar", "diwar", "diwaar", "दीवार", "दिवार", "bhint*", "भिंत*",
        "mirror", "door", "darwaja", "दरवाजा", "floor", "farsh", "फर्श", "zameen", "ज़मीन",
        "jamin", "table", "cupboard",
    ),
    "urge_to": ("urge to", "urges to", "urge 2", "itching to", "itch to", "so bad",
                "so badly", "really bad", "need to", "needs to", "karna hai",
                "karna h", "करना है", "karaycha", "करायचं"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    "self_harm": (
        "self-harm*", "self harming", "selfharming", "self injury", "self-injur*",
        "self inflicted", "self-inflicted", "selfinflicted", "self mutilat*",
        "cutting myself", "cut myself", "cuttin myself", "burning myself",
    ),
    "hurt": (
        "hurtin", "hurtng", "harmin", "hurted", "harmed", "bruise", "bruised", "bruising",
        "chot pahunchai", "चोट पहुंचाई", "chot pahuchai", "zakhmi kiya", "ज़ख्मी किया",
        "jakhmi kela", "जखमी केलं", "jakham keli", "जखम केली", "ijaa keli", "इजा केली",
    ),
    "cut": (
        "slit", "slitting", "gashed", "slice",
        "cheer liya", "cheer diya", "cheer di", "cheer dali",
        "cheer dala", "chir liya", "chir diya", "chir di", "चीर लिया", "चीर दिया", "चीर दी",
        "चीरा", "चीरे", "chira", "chire", "चिरा", "चिरे", "chira mara*", "चिरा मार*",
        "chirla", "chirli", "chirle", "chirun", "चिरल*", "चिरून", "nishan", "nishaan",
        "निशान", "khuna kelya", "खुणा केल्या", "vaar kele", "वार केले", "vaar kela", "वार केला",
        "kaat liya", "kaat li", "kaat diya", "काट लिया", "काट ली", "काट दिया", "kaatna",
        "kaatne", "katna", "katne", "काटना", "काटने", "kaapaycha", "kapaycha", "कापायचं",
        "kapavasa", "कापावंसं", "cut deep", "cut deeper", "cuttin", "cutin",
    ),
    "bang": (
        "nochta", "nochti", "noch liya", "नोच लिया", "ओरबाड*", "orbad*", "orakhad*",
        "ओरखड*", "kharachla", "खरचटल*",
    ),
    "bleed": ("raktasrav", "रक्तस्राव", "khoon nikla", "खून निकला", "ragat ala", "रक्त आलं",
              "bleeding", "bleeds", "till it bled", "till they bled"),
    "on_purpose": ("jaan booj*", "jaanboojh*", "jan buj*", "intentionally", "intentional"),
}

# The rules that read them: a sharp or hot thing, a body part, a mark.
HURTING_ONESELF: tuple[Combination, ...] = (
    Combination(SH, (_g("cutting_tool"), _g("cut_site", "self")), 6, unless=_g("by_accident")),
    Combination(SH, (_g("cutting_tool"), _g("hand_part"),
                     _g("cut", "hurt", "bleed", "on_purpose", "again", "strike")), 6,
                unless=_g("by_accident")),
    Combination(SH, (_g("cut"), _g("cut_site", "self")), 4, unless=_g("by_accident", "cut_harmless")),
    Combination(SH, (_g("carve"), _g("cut_site", "self", "hand_part")), 4),
    Combination(SH, (_g("cut", "cutting_tool"), _g("on_purpose", "again")), 5,
                unless=_g("by_accident", "cut_harmless")),
    Combination(SH, (_g("cut"), _g("want", "urge_to", "craving")), 3,
                unless=_g("cut_harmless", "vehicle", "by_accident")),
    Combination(SH, (_g("burn_mark"), _g("gave"), _g("self", "burning_tool", "cut_site", "on_purpose")), 6),
    Combination(SH, (_g("burn_mark"), _g("self")), 4),
    Combination(SH, (_g("hot_thing"), _g("cut_site", "self", "hand_part")), 5, unless=_g("by_accident")),
    Combination(SH, (_g("burn", "hurt", "burn_mark"), _g("burning_tool"),
                     _g("self", "cut_site", "hand_part", "on_purpose", "again")), 6,
                unless=_g("by_accident", "worship")),
    Combination(SH, (_g("head"), _g("hard_surface", "wall"), _g("strike", "bang", "hurt")), 5,
                unless=_g("by_accident")),
    Combination(SH, (_g("bang", "scratch"), _g("self")), 2),
    Combination(SH, (_g("head", "cut_site", "hand_part"), _g("blunt_object"), _g("strike", "reflexive", "hurt")), 5,
                unless=_g("by_accident")),
    Combination(SH, (_g("bang", "cut", "scratch"), _g("cut_site"), _g("bleed")), 6, unless=_g("by_accident")),
    Combination(SH, (_g("hurt", "strike"), _g("on_purpose")), 5, unless=_g("by_accident")),
    Combination(SH, (_g("pull_hair"), _g("bleed")), 6),
    Combination(SH, (_g("wound"), _g("cut_site", "hand_part"), _g("fresh", "hide")), 5,
                unless=_g("by_accident")),
    Combination(SH, (_g("wound", "blade"), _g("hide")), 4,
                unless=_g("by_accident", "safekeeping")),
    Combination(SH, (_g("wound"), _g("cut")), 3, unless=_g("by_accident")),
    Combination(SH, (_g("sh_short"), _g("craving", "urge_to")), 1, order=True),
    Combination(SH, (_g("relapse", "again"), _g("sh_short")), 2, order=True),
    Combination(SH, (_g("cutting_tool"), _g("hand_part", "cut_site"), _g("etch")), 6,
                unless=_g("by_accident")),
    # Locked in a room with a blade.
    Combination(SH, (_g("locked_in"), _g("cutting_tool", "blade")), 12, across=True,
                unless=_g("locked_out")),
    # Scratching the skin open; lashing oneself with a belt.
    Combination(SH, (_g("scratch", "bang"), _g("cut_site", "hand_part"),
                     _g("bleed", "on_purpose", "again")), 6, unless=_g("by_accident")),
    Combination(SH, (_g("lash"), _g("self", "reflexive")), 4),
    Combination(SH, (_g("beat_tool"), _g("strike", "lash"), _g("self")), 5,
                unless=_g("by_accident")),
    # Self-harm: the hot thing held to the hand; glass rubbed into it; a blade used again.
    Combination(SH, (_g("hot_thing", "burning_tool"), _g("hand_part", "cut_site"),
                     _g("on_purpose", "craving", "urge_to", "again")), 10, across=True,
                unless=_g("by_accident")),
    Combination(SH, (_g("burn"), _g("hand_part", "cut_site"), _g("burning_tool", "self")), 6,
                unless=_g("by_accident", "worship")),
    Combination(SH, (_g("cutting_tool"), _g("hand_part", "cut_site"), _g("scrape")), 6,
                unless=_g("by_accident")),
    Combination(SH, (_g("cutting_tool"), _g("is_back", "use"), _g("repeat_count")), 10,
                across=True, unless=_g("by_accident", "chore")),
)
