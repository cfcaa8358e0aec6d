"""Danger words in the talk of the mill, the garden, the saw mill, the bat workshop and the lift (the
reading of rounds 84-85: jute mills and gunny sacks, tea gardens, spice mills, saw mills and timber
depots, cricket-bat workshops, lift mechanics). Each phrase is harmless only beside the words of its
kind in the same sentence (alumni.domain.crisis.quiet_phrases):

- rats that ruined the sacks ("rats ruined 20 bags"), everyone sitting outside while the godown is
  sprayed (no ledge or railing in the sentence);
- the boss who "drinks blood" and asks account after account ("खून पी लिया, हिसाब पे हिसाब"), unless
  the writer will drink someone's;
- "बाकी सगळे tight होते": the others drunk, not the writer; hands folded to an offered drink ("मैंने
  हाथ जोड़ लिए");
- the net that is "dead" in the garden; breathing that is fine ("saans bhi theek chal rahi");
- a tea, or the seth's words, "like poison"; the rate that fell ("halad चा rate पडला");
- a new rope bought for the truck (unless tonight, the fan, or "not for the ox"); chilli that set the
  mouth on fire; the shop started again ("dukaan parat suru keli");
- new bats "drinking" linseed oil.

Read by alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.quiet_phrases import Phrase, PhraseBook, word_set
from alumni.domain.crisis.stall_talk import FOOD, PEOPLE, THREAT, WRITER

_TAKEN_MYSELF = word_set("myself", "i'll", "will", "tonight", "mi", "main", "मैं", "मी")
_TONIGHT = word_set("tonight", "aaj", "आज", "raat", "रात", "ratri", "रात्री", "fan", "pankha", "पंखा")
_NOT = word_set("nahi", "नहीं", "nahin", "nhi", "नाही", "nahi.", "not", "na", "ना", "नहि")
_LEDGES = word_set("railing", "रेलिंग", "ledge", "kathda", "कठडा", "कठड्यावर", "terrace", "टेरेस", "gacchi", "गच्ची",
                   "chhat", "छत", "roof", "parapet", "floor", "majla", "मजला", "majlyachya", "मजल्याच्या", "edge",
                   "kinare", "किनारे")

_CALM = word_set("शांत", "shant", "calm", "calmed", "हलका", "halka", "हलकं", "relax", "sukoon", "सुकून")
_DANGER = word_set("kood", "कूद", "उडी", "udi", "jump", "jaan", "जान", "khatam", "खत्म", "मरण", "marne", "die")
_RUSH = word_set("rush", "गर्दी", "gardi", "traffic", "kaam", "काम", "shift", "season", "dhanteras", "diwali", "भीड़")
_FOOD_NAMED = word_set("पिठलं", "भाकरी", "bhakri", "ठेचा", "मिसळ", "misal", "वडा", "biryani", "जेवण", "jevan",
                       "पुरणपोळी", "puranpoli", "chikki", "चिक्की")
_SLIPPED_ON = word_set("ghee", "floor", "oil", "banana", "stairs", "tiles", "road", "mud", "wet", "पायरी")

_PHRASES = (
    Phrase((("rats", "ruined"), ("rat", "ruined"), ("उंदरांनी", "खराब*"), ("chuhon", "ne", "kharab*"),
             ("चूहों", "ने", "खराब*")),),
    Phrase((("बाहर", "बैठे*"), ("bahar", "baith*"), ("बाहेर", "बसल*"), ("baher", "basl*"), ("बाहर", "बैठ*")),
            frozenset(), _LEDGES),
    Phrase((("खून", "पी*"), ("khoon", "pi*"), ("khoon", "pee*"), ("khun", "pi*"), ("खून", "चूस*"), ("रक्त", "पित*"),
             ("हिसाब", "पे", "हिसाब"), ("hisab", "pe", "hisab"), ("hisaab", "pe", "hisaab")),
            frozenset(), word_set("जाऊंगा", "जाऊँगा", "jaunga", "जाईन", "jain", "लूंगा", "lunga", "दूंगा", "dunga")),
    Phrase((("बाकी", "सगळे", "tight*"), ("baki", "sagle", "tight*"), ("baaki", "sagle", "tight*"),
             ("बाकी", "सब", "tight*"), ("baki", "sab", "tight*"), ("baaki", "sab", "tight*"), ("बाकी", "सगळे", "टाइट*"),
             ("बाकी", "सब", "टाइट*"), ("everyone", "else", "was")),),
    Phrase((("हाथ", "जोड़", "लिया"), ("हाथ", "जोड़", "लिए"), ("हाथ", "जोड़*"), ("haath", "jod*"), ("hath", "jod*"),
             ("हात", "जोडल*"), ("haat", "jodl*"), ("hat", "jodl*")),),
    Phrase((("मरा", "पड़ा"), ("mara", "pada"), ("मेला", "आहे"), ("mela", "ahe")),
            word_set("net", "नेट", "network", "नेटवर्क", "signal", "सिग्नल", "range", "रेंज", "jio", "airtel", "wifi"),
            WRITER),
    Phrase((("saans", "bhi", "theek", "chal*"), ("saans", "theek", "chal*"), ("saans", "theek", "hai"),
             ("सांस", "भी", "ठीक", "चल*"), ("सांस", "ठीक", "चल*"), ("सांस", "ठीक", "है"), ("श्वास", "नीट", "चालू*"),
             ("श्वास", "नीट", "आहे"), ("breathing", "is", "fine"), ("breathing", "fine")),),
    Phrase((("like", "poison"), ("bolna", "mhanje", "nusta", "vish"), ("bolna", "mhanje", "vish"),
             ("बोलणं", "म्हणजे", "विष"), ("बोलणं", "म्हणजे", "नुसतं", "विष"), ("boli", "zeher"), ("बोली", "ज़हर"),
             ("बोली", "जहर")),
            FOOD | PEOPLE | word_set("shethcha", "शेठचं", "सेठ", "babu", "बाबू", "words", "talk"), _TAKEN_MYSELF),
    Phrase((("rate", "पडला"), ("rate", "padla"), ("भाव", "पडला"), ("bhav", "padla"), ("रेट", "पडला"), ("दर", "पडला"),
             ("rate", "gir*"), ("भाव", "गिर*"), ("rate", "गिर*"), ("rates", "fell")),),
    Phrase((("nayi", "rassi"), ("नई", "रस्सी"), ("navin", "dori"), ("नवीन", "दोरी"), ("new", "rope")),
            word_set("truck", "ट्रक", "tempo", "टेम्पो", "load", "maal", "tarpaulin", "ताडपत्री", "bail", "बैल", "gaadi",
                 "गाडी", "bori", "बोरी", "boriya"), _TONIGHT | _NOT),
    Phrase((("aag", "laga", "di", "muh*"), ("aag", "lag", "gayi"), ("muh", "me", "aag"), ("मुंह", "में", "आग"),
             ("तोंडात", "आग"), ("tondat", "aag")),
            FOOD | word_set("mirchi", "मिर्ची", "मिरची", "sabzi", "सब्ज़ी", "सब्जी", "तिखट", "tikhat", "spicy", "chutney",
                         "चटणी", "thecha"), THREAT),
    Phrase((("dukaan", "parat", "suru*"), ("dukan", "parat", "suru*"), ("दुकान", "परत", "सुरू*"),
             ("kaam", "parat", "suru*"), ("काम", "परत", "सुरू*"), ("dhanda", "parat", "suru*"),
             ("धंदा", "परत", "सुरू*"), ("shop", "parat", "suru*"), ("dukaan", "phir", "se", "shuru*"),
             ("दुकान", "फिर", "से", "शुरू*")),),
    Phrase((("drinking", "linseed*"), ("drinking", "oil"), ("drinks", "oil"), ("drink", "oil"), ("drank", "oil"),
             ("drank", "linseed*"), ("drinking", "the", "oil"), ("drinking", "varnish")),
            word_set("bat", "bats", "willow", "wood", "timber", "leather", "cleft", "clefts", "plank"), _TAKEN_MYSELF),
    # rounds 86-87: a bungee course; food one would give one's life for; sat by the river and calmed down; a
    # rush that is "murder"; slipped on the ghee; a smell, a child's whim or the heat
    # that "killed"; eaten till one dies
    Phrase((("bungee", "jump*"), ("बंजी", "जंप*")), frozenset(), word_set("myself", "khud", "without", "bina")),
    Phrase((("जीव", "पण", "देईन"), ("jeev", "pan", "dein"), ("jaan", "bhi", "de", "dunga"), ("जान", "भी", "दे", "दूंगा")),
           _FOOD_NAMED),
    Phrase((("नदी", "किनारे"), ("nadi", "kinare"), ("धरणाच्या", "काठावर"), ("नदीच्या", "काठावर"), ("nadichya", "kathavar"),
            ("river", "bank")), _CALM, _DANGER),
    Phrase((("murder", "है"), ("murder", "hai"), ("murder", "ahe"), ("नहीं", "murder")), _RUSH, THREAT),
    Phrase((("slipped", "on"),), _SLIPPED_ON),
    Phrase((("खुशबू", "से", "तो", "मार*"), ("खुशबू", "से", "मार*"), ("khushboo", "se", "to", "maar*"),
            ("khushboo", "se", "maar*"), ("khushbu", "se", "maar*"), ("ज़िद", "ने", "मार*"), ("जिद", "ने", "मार*"),
            ("zid", "ne", "maar*"), ("ज़िद", "ने", "तो", "मार*")),),
    Phrase((("खा", "खा", "के", "मर*"), ("kha", "kha", "ke", "mar*"), ("खा", "खा", "कर", "मर*"), ("garmi", "se", "mar*"),
            ("गर्मी", "से", "मर*")),),
)
_BOOK = PhraseBook(_PHRASES)


def forget_mill_and_garden_talk(c: Concepts) -> None:
    _BOOK.forget(c)
