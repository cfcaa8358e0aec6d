"""Using again told in a small town's drinking words: the pegs "raised" in the plural or
honorific ("chadha liye", "चढ़ा लिए", "मार लिए", "पी लिए"), the drink that "went round" with
the writer in it ("shaadi me daru chal gayi hamri", "दारू चालू झाली, मी पण"), and the toddy
shop or the country-liquor counter gone to as a habit ("went to the toddy shop every evening
this week"). Round 13 (the Konkan coast): drunk at Shimga or Holi, "शिमग्यात खूप पिलो" (the
Marathi "पिलो" only beside the Marathi festival, Hindi's "पी लो" being an offer), and the
glasses "struck" with the others, "मी पण दोन glass मारले" (a glass of water is not struck).
Round 14: the writer's own bottle opened ("maine apni bottle kholi", "बाटली फोडली").

"Chal gayi" is a drinking session only beside the drink and the writer (at a wedding the
drink goes round whoever drinks it: "uski shaadi me daru chali" is someone else's, and "daru
chal rahi thi, maine nahi li" the writer kept out). A shop passed, or gone to by someone
else, is no visit. Words and the rules that read them (appended to the area's COMBINATIONS
by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

# Raised, drunk, taken, "struck": the plural and honorific perfective ("hum ... chadha liye").
_RAISED = ("chadha liye", "chadha lie", "chdha liye", "chadhaa liye", "चढ़ा लिए", "चढा लिए", "चढ़ा लिये",
           "चढा लिये")
_TAKEN = _RAISED + ("maar liye", "mar liye", "मार लिए", "मार लिये", "pi liye", "pee liye",
                    "पी लिए", "पी लिये")

# The toddy shop and the country-liquor counter by their names.
_TODDY_SHOP = ("toddy shop", "toddy shops", "toddy bar", "toddy compound", "tadi shop", "tadi ki dukan",
               "ताड़ी की दुकान", "ताडी की दुकान", "tadi khana", "tadikhana", "ताड़ीखाना", "kallu shop",
               "kallu compound", "desi theka", "देसी ठेका", "country liquor shop", "desi daru dukan")

NEW: dict[str, tuple[str, ...]] = {
    # The drink went round: "daru chal gayi", "दारू चालू झाली".
    "went_round": ("chal gayi", "chal gai", "chal gaya", "chal gyi", "chal gya", "chali", "chal padi",
                   "चल गई", "चल गयी", "चल गया", "चली", "चल पड़ी", "chalu zali", "chalu jhali", "chalu zala",
                   "chalu jhala", "चालू झाली", "चालू झाला", "challi", "चालली", "chalali", "went round",
                   "went around", "was flowing", "kept flowing"),
    # The writer in it: "hamri", "meri bhi", "aapli" (and "my_own": "hamra" reads as "mera").
    "writer_in_it": ("hamra", "hamri", "hamar", "hamaar", "hamari", "humari", "हमरा", "हमरी", "हमार", "हमारी",
                     "meri bhi", "मेरी भी", "hamari bhi", "हमारी भी", "mazi pan", "majhi pan", "माझी पण",
                     "aapli", "आपली", "apni bhi", "अपनी भी"),
    # Gone there, in the past (not "jaata tha", the habit long left, nor "going past").
    "went_visit": ("went", "been going", "have been going", "gone", "gelo", "गेलो", "jaun aalo", "जाऊन आलो",
                   "ho aaya", "हो आया", "ho aayi", "हो आई"),
    # The Konkan's Holi, Shimga, and the fair, in Marathi's cases ("होळीक" reads as "होळीला").
    "festival_mr": ("शिमग्यात", "शिमग्याला", "शिमगा", "शिमग्याचो", "shimgyat", "shimgyala", "shimga", "होळीला",
                    "होळीत", "holila", "holit", "जत्रेत", "jatret", "जत्रेक"),
    # "I drank" in Marathi's short form, and the glasses struck.
    "drank_pilo": ("पिलो", "pilo", "प्यालो", "pyalo", "खूप पिलो", "khup pilo"),
    "glasses_struck": ("glass marle", "glass marla", "glass maarle", "ग्लास मारले", "ग्लास मारला", "glasses marle"),
    # Words of this area's own lists, in the forms above.
    "raised_again": _RAISED,
    "down_it": _TAKEN,
    "took_at_sitting": _TAKEN,
    "drink_place": _TODDY_SHOP,
}

# The writer's own bottle opened (round 14): "sab pee rahe the, maine apni bottle kholi", "बाटली
# फोडली"; a water bottle is read as a soft drink before any rule.
_OWN_BOTTLE_OPENED = ("apni bottle kholi", "apni bottle khol li", "apni botal kholi", "अपनी बोतल खोली",
                      "अपनी बोतल खोल ली", "batli fodli", "बाटली फोडली", "batli ughadli", "बाटली उघडली",
                      "opened my bottle", "cracked open a beer", "cracked open a bottle", "cracked a beer",
                      "cracked one open")

EXTENDS: dict[str, tuple[str, ...]] = {
    "use": _RAISED + ("मार लिए", "मार लिये", "pi liye", "pee liye", "पी लिए", "पी लिये"),
    "drank": _OWN_BOTTLE_OPENED,
    "liquor_place": _TODDY_SHOP,
}

# Who else it may be, or what else the visit was for.
_NOT_THE_WRITER = ("others", "relation", "third_person", "bystander", "beverage", "want", "craving", "story")

DRINKING_SLANG: tuple[Combination, ...] = (
    # "shaadi me daru chal gayi hamri", "दारू चालू झाली आणि मी पण".
    Combination(RE, (ANY + ("alcohol_maybe",), _g("went_round"), _g("writer_in_it", "me_too", "my_own")), 3,
                unless=_g(*_NOT_THE_WRITER)),
    # "toddy shop near the field, went there every evening this week".
    Combination(RE, (_g("liquor_place", "drink_place"), _g("went_visit", "went_there", "went_to"),
                     _g("routine_use")), 8,
                unless=_g("near", "kept_going", "errand", *_NOT_THE_WRITER)),
    # "शिमग्यात पालखी नाचवताना खूप पिलो"; "होळीक सगळे पीत होते, मी पण दोन glass मारले".
    Combination(RE, (_g("festival_mr"), _g("drank_pilo")), 8, unless=_g("beverage")),
    Combination(RE, (_g("me_too", "festival_mr"), _g("glasses_struck")), 5, unless=_g("beverage")),
)
