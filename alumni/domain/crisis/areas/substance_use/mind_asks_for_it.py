"""Craving told by the mind or the body asking without naming (round 15): the mind asking for
"one thing only" ("man bas ek hi cheez maang raha hai aaj", "doka fakt ekach goshti kade
jata"); the Marathi "talap" of a habit; the throat dry "for drinking" ("gala sukh raha hai
peene ke liye"); the evening's memory of the peg or the den ("रोज संध्याकाळी बाटलीची आठवण
येते"); the dealer's number still kept ("ganja wale ka number abhi bhi rakha hai"); the old
dealer seen; a habit given up but remembered; the smell of the drink with unrest; the house
empty and the mind already planning; a kept bottle and the doubt whether to throw it;
restlessness with a plea to be called ("बेचैनी हो रही है, कोई फोन करो"); a strong wish for
drinking said formally ("मद्यसेवनाची तीव्र इच्छा").

What stays quiet: one thing named that is not a substance ("dimaag me ek hi cheez hai, beti
ki shaadi"), water for the dry throat, a number deleted. Words and the rules that read them
(appended to the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR = Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    # One thing only: "ek hi cheez", "ekach gosht", "only one thing".
    "one_thing": ("ek hi cheez", "एक ही चीज़", "एक ही चीज", "ek hi chiz", "ek hi baat", "एक ही बात", "ekach gosht*",
                  "एकच गोष्ट*", "ekach goshti*", "only one thing", "just one thing", "one thing only"),
    # The mind asking for it or circling it.
    "mind_circles": ("maang raha", "मांग रहा", "माँग रहा", "mang raha", "maang rahi", "firtey", "फिरतेय", "firte",
                     "फिरते", "firat", "फिरत", "kade jata", "कडे जातं", "kade jaat", "कडे जात", "ghoom raha",
                     "घूम रहा", "ghum raha", "asking for", "keeps asking", "wants", "circling", "goes to", "ja raha",
                     "जा रहा", "ja rahi", "जा रही", "jaata", "जाता", "jaat", "जात", "going to"),
    # The house empty: the wife away, no one at home.
    "house_empty": ("house empty", "house is empty", "empty house", "ghar khali", "घर खाली", "ghar khaali",
                    "ghar rikama", "घर रिकामं", "ghar rikaam", "no one at home", "nobody at home", "ghar pe koi nahi",
                    "घर पे कोई नहीं", "ghari koni nahi", "घरी कोणी नाही"),
    # The mind planning of itself, "already", before anything is named.
    "planning": ("already planning", "planning already", "abhi se plan", "अभी से प्लान", "pehle se plan",
                 "aadhich plan", "आधीच प्लॅन", "already scheming", "already making plans"),
    "brain": ("brain", "brains", "brain's", "bheja", "भेजा"),
    # Asking whether to throw the kept bottle away.
    "throw_ask": ("should i throw", "throw it away?", "fek du", "phek du", "फेंक दूं", "फेंक दूँ", "fek doon",
                  "phekun deu", "फेकून देऊ", "fekun deu", "should i pour it", "pour it out?"),
    # Said not to ask or circle any more: "nahi maang raha", "फिरत नाही".
    "not_circling": ("nahi maang raha", "नहीं मांग रहा", "nahi mang raha", "maang nahi raha", "firat nahi",
                     "फिरत नाही", "firt nahi", "jaat nahi", "जात नाही", "no longer", "not anymore", "ab nahi"),
    # The mind stuck where it used to go: "dimaag wahin atka hai", "मन तिथेच अडकलंय".
    "stuck_there": ("wahin atka", "वहीं अटका", "wahi atka", "wahin atki", "वहीं अटकी", "wahin atak gaya",
                    "tithech adakla", "तिथेच अडकलं", "तिथेच अडकलंय", "tithech adkalay", "stuck there",
                    "stuck on it"),
    # The thing named when it is not the substance.
    "named_worry": ("exam", "exams", "pariksha", "परीक्षा", "result", "shaadi", "शादी", "lagna", "लग्न", "job",
                    "naukri", "नौकरी", "nokri", "नोकरी", "loan", "karz", "कर्ज", "beti", "बेटी", "mulgi", "मुलगी",
                    "beta", "बेटा", "health", "tabiyat", "तबियत", "lagna*", "लग्ना*", "neend", "नींद", "zop", "झोप",
                    "sleep", "aaram", "आराम", "rest"),
    # Thoughts that come, plural: "the thoughts", "khayal aa rahe".
    "using_thoughts": ("the thoughts", "thoughts again", "those thoughts", "wo khayal", "वो ख्याल", "te vichar",
                       "ते विचार", "vichar yetat", "विचार येतात", "khayal aa rahe", "ख्याल आ रहे"),
    # Seen again: "disla", "dikha", "bumped into".
    "seen_again": ("disla", "दिसला", "dikha", "दिखा", "dikh gaya", "दिख गया", "dikhai diya", "saw", "spotted",
                   "bumped into", "ran into", "bhetla", "भेटला", "mil gaya", "मिल गया"),
    # The Marathi "talap" of a habit.
    "talap": ("talap", "तलप"),
    # Felt, come, strong: what the talap does ("talap lagliye", "खूप तलप").
    "talap_felt": ("lagli", "lagliye", "laglay", "lagli ahe", "lagtey", "lagte", "lagat", "लागली", "लागलीये",
                   "लागलीय", "लागते", "लागतेय", "लागत", "lag rahi", "लग रही", "aali", "ali", "आली", "yetey",
                   "येतेय", "khup", "खूप", "bahut", "बहुत", "zali", "jhali", "झाली"),
    # The throat dry, and what for.
    "dry_throat": ("gala sukh*", "gala sookh*", "गला सूख*", "गला सुख*", "ghasa korda", "घसा कोरडा", "ghasa sukla",
                   "घसा सुकला", "throat is dry", "throat dry", "dry throat"),
    # Remembered at the hour: "aathvan yete", "yaad aati hai".
    "memory_comes": ("aathvan yete", "athvan yete", "aathvan yetey", "athvan yetey", "आठवण येते", "आठवण येतेय",
                     "aathvan yeta", "आठवण येतं", "yaad aati hai", "याद आती है", "yaad aata hai", "याद आता है",
                     "misses", "i miss"),
    # The peg, the bottle or the den in the genitive: "पेगची", "अड्ड्याची", "daruchi".
    "drink_of": ("pegchi", "पेगची", "pegchya", "पेगच्या", "peg ki", "पेग की", "addyachi", "अड्ड्याची", "adde ki",
                 "अड्डे की", "daruchi", "दारूची", "batlichi", "बाटलीची", "botal ki", "बोतल की", "glasachi",
                 "ग्लासाची", "nashyachi", "नशेची", "nashe ki", "नशे की", "फेणीचो", "fenicho", "feni cho", "दारूचो",
                 "daruchyo", "फेणीचा", "fenicha", "mohachi", "मोहाची", "tadichi", "ताडीची"),
    # A seller by the thing sold: "maal wale", "ganja wala".
    "seller_of": ("wale", "wala", "वाले", "वाला", "vale", "vala"),
    "still_kept": ("save", "सेव", "saved", "abhi bhi", "अभी भी", "ajun", "अजून", "still", "rakha hai", "रखा है",
                   "thevlay", "ठेवलाय", "delete nahi", "डिलीट नहीं", "delete hot nahi", "cant delete", "can't delete"),
    "deleted_done": ("delete kar diya", "डिलीट कर दिया", "deleted", "delete kela", "डिलीट केला", "block kar diya",
                     "blocked", "block kela", "hata diya", "हटा दिया"),
    # Asking to be called or talked to now.
    "call_me_plea": ("phone kara", "फोन करा", "call kara", "phone karo", "फोन करो", "फ़ोन करो", "call karo",
                     "phone kar lo", "फ़ोन कर लो", "फोन कर लो", "call kar lo", "call me", "please call",
                     "baat ho sakti hai", "बात हो सकती है", "bolu shakto ka", "बोलू शकतो का", "can we talk",
                     "can someone call"),
    # Drinking as a noun in the formal register, and a strong wish for it.
    "drinking_noun": ("madyapan*", "मद्यपान*", "madyasevan*", "मद्यसेवन*", "sharabnoshi", "शराबनोशी",
                      "daru pinyachi", "दारू पिण्याची", "nashyachi", "नशेची"),
    "strong_wish": ("ichha", "इच्छा", "iccha", "echha", "tivra ichha", "तीव्र इच्छा", "teevra ichha",
                    "prabal ichha", "प्रबळ इच्छा", "urge"),
    # "shaam dhalte hi bechaini": the hour the drinking began, as the light goes.
    "evening_falls": ("shaam dhalte*", "sham dhalte*", "शाम ढलते*", "dhalte hi", "ढलते ही", "sandhyakal hotach",
                      "संध्याकाळ होताच", "maghrib*", "मगरिब*", "magrib*"),
    "dealer_spelt": ("डीलर", "dilar", "पेडलर", "डीलरचा", "डीलर का"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

MIND_ASKS_FOR_IT: tuple[Combination, ...] = (
    # "man bas ek hi cheez maang raha hai", "doka fakt ekach goshti kade jata".
    Combination(CR, (_g("my_mind", "mind"), _g("one_thing"), _g("mind_circles")), 5,
                unless=_g("named_worry", "not_circling")),
    # "aaj khup talap lagliye"; "talap lagli nahi" (the Marathi "not" after the verb) is quiet.
    # A "not" two words on is about the drink not yet taken ("talap lagliye, ajun nahi pyalo").
    Combination(CR, (_g("talap"), _g("talap_felt")), 2, unless=_g("negation", "quit"), unless_reach=1),
    # "mind sirf party pe ja raha hai is weekend": only the party, where the drinking is.
    Combination(CR, (_g("my_mind", "mind"), _g("only_this"), _g("trigger"), _g("mind_circles")), 4,
                unless=_g("named_worry")),
    # "wo gali dekhi aur tab se dimaag wahin atka hai".
    Combination(CR, (_g("my_mind", "mind"), _g("stuck_there")), 2, unless=_g("named_worry")),
    # "the thoughts are back, the using kind": thoughts of using, not denied.
    Combination(CR, (_g("using_thoughts"), _g("use_strong", "drank")), 4, across=True,
                unless=_g("negation", "quit")),
    # "gutkha sodla pan aaj khup aathvan yete": given up, and still remembered.
    Combination(CR, (_g("quit"), _g("contrast_then"), _g("memory_comes", "remembering")), 6, order=True,
                unless=_g("relation", "named_worry")),
    # "mahua ka mausam hai, vas aate hi bechaini": the smell of the drink and the unrest.
    Combination(CR, (ANY + ("alcohol_maybe",), _g("smell", "smell_more", "smell_of_it"), _g("restless", "longing")), 8,
                across=True),
    # "फेणीचा वास नाकात बसलाय", "mohachi vas yetey": the smell of the drink, in its genitive.
    Combination(CR, (_g("drink_of"), _g("smell", "smell_more", "smell_of_it")), 2, order=True,
                unless=_g("beverage")),
    # "purana dealer aaj bazaar me dikha": the old dealer seen again.
    Combination(CR, (_g("dealer", "dealer_spelt"), _g("seen_again")), 6),
    # "ghar khali hai, dimaag plan bana raha hai": the house empty and the mind planning of itself.
    Combination(CR, (_g("house_empty"), _g("my_mind", "mind", "brain"), _g("planning")), 10, across=True,
                unless=_g("named_worry")),
    # "ek botal rakhi hai mehmano ke liye, fek du kya?": the kept bottle and the doubt about it.
    Combination(CR, (ANY + ("bottle_word", "measure"), _g("throw_ask")), 10, across=True),
    # "gala sukh raha hai peene ke liye": dry for a drink, not for water.
    Combination(CR, (_g("dry_throat"), _g("drink_verb", "drank") + ANY), 5,
                unless=_g("beverage", "illness", "negation")),
    # "रोज संध्याकाळी बाटलीची आठवण येते", "adde ki yaad aati hai".
    Combination(CR, (_g("drink_of", "measure", "old_place"), _g("memory_comes")), 1, order=True,
                unless=_g("beverage", "negation")),
    # "ganja wale ka number abhi bhi rakha hai", "old dealer's number still saved".
    Combination(CR, (ANY, _g("seller_of"), _g("contact", "contact_word")), 3, order=True,
                unless=_g("deleted_done")),
    Combination(CR, (_g("dealer", "dealer_spelt"), _g("contact", "contact_word"), _g("still_kept")), 6,
                unless=_g("deleted_done")),
    # "dealer phir gali me ghoom raha hai, dar lag raha": the old dealer about, and the fear.
    Combination(CR, (_g("dealer", "dealer_spelt"), _g("fear", "restless", "longing")), 14, across=True),
    # "शाम ढलते ही बेचैनी होती है".
    Combination(CR, (_g("restless"), _g("evening_falls")), 6),
    # "बेचैनी हो रही है, कोई फोन करो", "bechain vatatay, phone kara".
    Combination(CR, (_g("restless"), _g("call_me_plea")), 10, across=True, unless=_g("medical", "said_word")),
    # "मद्यसेवनाची तीव्र इच्छा होतेय", "madyapan ki prabal ichha".
    Combination(CR, (_g("drinking_noun"), _g("strong_wish")), 2, order=True, unless=_g("negation", "quit")),
)
