"""Relapse told as the days clean lost, just one that became more, or cough syrup by the bottle
(round 53's reading of rounds 52-53, holdouts 179-183 and 185):

- the days clean, then broken: "४५ दिवसांनंतर तुटलो", "90 days clean होतो, काल break झालं", "६१
  दिवस होते, काल संपले. दारू", "45 दिन की गिनती फिर से शून्य", "आठ महिने टिकलो आणि काल सगळं पाण्यात
  गेलं";
- just one, then more: "एकच म्हणून सुरवात केली, पुढचं आठवत नाही", "ek beer chalel mhanla mitra,
  mag 6 zalya", "एक ही गिलास था पर फिर रुका नहीं";
- cough syrup by the bottle: "drank cough syrup, 3 bottles of it", "खाँसी वाली शीशियाँ ले आया और
  गटक गया"; back on pills stopped ("back on the sleeping pills i stopped");
- country liquor taken: "thodi si desi li"; a ninety ("navtaank") had; the Deccan's toddy by its
  name, "shindi" (the half bottle, "अद्धा", folds to a single letter's skeleton and stays unread);
- (round 55's reading) the days or the money gone at the den ("४५ दिवस वाया"), a drink every evening
  and no stopping it, the snacks and the bottle, pegs counted at the party or "2 large" at the bar.

A phone that broke on day 45, one tea and then work, and syrup bought for the children stay quiet.
Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

# One that became many: "ek se 6 ho gaye", "एक के चार हो गए", "एकाचे पाच झाले" (rounds 66-67).
_ONE_BECAME_MANY = tuple(f"{one} {n} {became}" for one in ("ek se", "एक से", "ek ke", "एक के", "ekache", "एकाचे")
                         for n in ("2", "3", "4", "5", "6", "7", "8", "do", "teen", "char", "chaar", "paanch",
                                   "दो", "तीन", "चार", "पांच", "दोन", "पाच", "सहा")
                         for became in ("ho gaye", "हो गए", "ho gayi", "हो गई", "zale", "झाले", "jhale")) + tuple(
    f"{n} {became}" for n in ("छह", "chhe", "che", "पांच", "paanch", "चार", "char", "सात", "saat", "सहा", "पाच")
    for became in ("हो गईं", "ho gayi", "हो गए", "ho gaye", "झाले", "zale", "झाल्या", "zalya"))

NEW: dict[str, tuple[str, ...]] = {
    # The days held clean: "४५ दिवसांनंतर", "90 days clean होतो", "६१ दिवस होते", "आठ महिने टिकलो".
    "dl_days_clean": ("दिवस होते", "divas hote", "din ki ginti", "दिन की गिनती", "days clean", "divas clean",
                      "दिवस clean", "clean hoto", "clean होतो", "clean hota", "clean था", "clean tha", "महिने टिकलो",
                      "mahine tiklo", "टिकलो", "tiklo", "दिवसांनंतर", "divsannantar", "divsanantar", "days sober",
                      "months clean", "months sober", "दिन clean", "din clean", "din se clean", "दिन से clean",
                      "महिने clean", "mahine clean"),
    # Broken, ended, gone to waste, back to zero.
    "dl_broke": ("तुटलो", "tutlo", "break झालं", "break zala", "break jhala", "break ho gaya", "गडबड झाली",
                 "gadbad zali", "gadbad jhali", "गड़बड़ हो गई", "gadbad ho gayi", "काल संपले", "kal sample",
                 "पाण्यात गेलं", "panyat gela", "शून्य", "shunya", "back to zero", "to zero", "reset", "phir se zero",
                 "फिर से जीरो", "fir se zero", "tut gaya", "टूट गया", "toot gaya"),
    # A phone, a streak of a game, a bone: not the days clean.
    "dl_other_broke": ("phone", "फोन", "mobile", "screen", "glass", "bone", "हड्डी", "haddi", "streak", "gym",
                       "diet", "fast", "upvas", "उपवास", "vrat", "व्रत", "record", "bike", "gaadi", "गाडी"),
    # Just one: "एकच म्हणून", "ek beer chalel", "एक ही गिलास".
    "dl_just_one": ("एकच म्हणून", "ekach mhanun", "ekach ghot", "एकच घोट", "ek beer chalel", "एक बिअर चालेल",
                    "ekach peg", "एकच पेग", "एक ही गिलास", "ek hi glass", "ek hi gilas", "ek hi peg", "एक ही पेग",
                    # rounds 66-67: "sab dost bole ek chalega. ek se 6 ho gaye"
                    "ek chalega", "एक चलेगा", "bas ek chalega", "ek chalel", "एक चालेल", "just one", "only one",
                    "socha ek hi", "सोचा एक ही", "started as one glass", "started with one"),
    # Then more: no memory of the rest, no stopping, six of them, woke up elsewhere.
    "dl_then_more": ("पुढचं आठवत नाही", "pudhcha aathvat nahi", "pudhcha athvat nahi", "फिर रुका नहीं",
                     "phir ruka nahi", "fir ruka nahi", "रुका नहीं", "ruka nahi", "mag 6 zalya", "6 zalya",
                     "khamba sampla", "खंबा संपला", "jaag aali", "जाग आली", "didnt stop", "didn't stop", "puri bottle",
                     "पूरी बोतल", "then another", "woke up in") + _ONE_BECAME_MANY,
    # Bottles of it, counted.
    "dl_bottles": ("bottles", "bottles of it", "शीशियाँ", "शीशियां", "shishiyan", "बाटल्या", "batlya", "2 bottle",
                   "3 bottle", "दो बोतल", "तीन बोतल"),
    # The cough kind, said without "syrup": "खाँसी वाली शीशियाँ".
    "dl_cough_kind": ("खाँसी वाली", "खांसी वाली", "khansi wali", "khaansi wali", "खोकल्याच्या", "khoklyachya",
                      "खोकल्याची", "khoklyachi"),
    "dl_doctor": ("doctor", "डॉक्टर", "dr", "psychiatrist", "sir ne", "hospital"),
    "dl_gulped": ("गटक गया", "gatak gaya", "gatak liya", "गटक लिया", "gatakli", "गटकली", "drank", "downed"),
    # Bought or given for another, or prescribed.
    "dl_for_others": ("for the kids", "for my son", "for my daughter", "bachhon ke liye", "बच्चों के लिए",
                      "मुलांसाठी", "mulansathi", "for mother", "for papa", "bought", "kharidi", "खरीदी", "doctor",
                      "डॉक्टर", "prescribed", "prescription"),
    # Back on pills that had been stopped: "back on the sleeping pills i stopped".
    "dl_back_on_pills": ("back on the sleeping pills", "back on sleeping pills", "back on the pills",
                         "back on the tablets", "back on alprax", "back on the alprax", "back on nitrazepam"),
    # Country liquor brought, taken, drunk: "thodi si desi li".
    "dl_took": ("li", "ली", "le li", "ले ली", "pi li", "पी ली", "piyi", "पी", "pi", "ghetli", "घेतली", "ले आया", "le aaya",
                "le aya", "aanli", "आणली", "aanla", "आणला", "brought", "bought"),
    # (round 55) The days clean thrown away: "४५ दिवस वाया", "sagla pani gela", "days wasted".
    "dl_wasted": ("दिवस वाया", "divas vaya", "diwas vaya", "वाया गेले", "vaya gele", "sagla pani gela",
                  "सगळं पाणी गेलं", "sagla panyat gela", "days wasted", "all those days wasted", "din barbaad",
                  "दिन बर्बाद", "sab mehnat pani me", "सब मेहनत पानी में", "mehnat pe pani"),
    # Every evening, and no stopping it: "हर शाम शराब, रुक ही नहीं रहा".
    "dl_every_evening": ("हर शाम", "har shaam", "har sham", "roj sandhyakali", "रोज संध्याकाळी", "every evening",
                         "every night", "har raat", "हर रात", "roj ratri", "रोज रात्री", "roz sham ko", "रोज़ शाम को",
                         "रोज शाम को", "roz shaam ko", "roj sham", "रोज़ शाम", "रोज शाम",
                         # or every afternoon, the holidays' (rounds 68-69: "रोज दुपारी भट्टीवर जातोय")
                         "roj dupari", "रोज दुपारी", "roz dopahar", "रोज़ दोपहर"),
    "dl_no_stop": ("रुक ही नहीं रहा", "ruk hi nahi raha", "रुक नहीं रहा", "ruk nahi raha", "थांबतच नाही",
                   "thambatach nahi", "थांबत नाही", "thambat nahi", "cant stop", "can't stop", "not stopping"),
    # The snacks beside the bottle, had with the friends: "मित्रांसोबत चखणा आणि बाटली".
    "dl_chakhna": ("chakhna", "चखणा", "chakna", "चकना", "चखना", "chakhana"),
    "dl_with_friends": ("मित्रांसोबत", "mitransobat", "मित्रांबरोबर", "mitranbarobar", "dosto ke saath",
                        "dosto ke sath", "दोस्तों के साथ", "doston ke saath", "doston ke sath", "yaaron ke saath",
                        "यारों के साथ", "with friends", "with the boys"),
    # A drink measured and counted: "चार पेग", "2 large", at the party or the bar.
    "dl_party": ("party", "पार्टी", "partee", "celebration", "vadhdivas", "वाढदिवस", "birthday"),
    "dl_put_away": ("लगा दिए", "laga diye", "laga diya", "लगा दिया", "maar diye", "मार दिए", "maare", "मारे",
                    "maarle", "मारले", "hanle", "हाणले", "chadha liye", "चढ़ा लिए", "pi gaya", "पी गया"),
    "dl_few": ("चार", "char", "chaar", "तीन", "teen", "दोन", "don", "दो", "paanch", "पाच", "पांच", "saha", "सहा",
               "three", "four", "five", "six", "3", "4", "5", "6"),
    "dl_poured_measure": ("peg", "pegs", "पेग", "large", "लार्ज", "patiala", "पटियाला"),
    # Others served, or the writer at work there: "order", "customer".
    "dl_serving": ("order", "ऑर्डर", "customer", "customers", "serve", "served", "waiter", "bartender", "gahak",
                   "गिऱ्हाईक", "grahak", "ग्राहक"),
    # (round 54) Drunk straight from the toddy pot: "ताडीच्या मडक्यातून सरळ तोंड लावलं", "drink from the pot".
    "dl_from_the_pot": ("मडक्यातून", "madkyatun", "madkyatoon", "मडक्याला", "madkyala", "matke se", "मटके से",
                        "from the pot", "pot myself", "the pot straight"),
    "dl_drank_from_it": ("तोंड लावलं", "tond lavla", "तोंड लावला", "muh lagaya", "मुंह लगाया", "मुँह लगाया", "drink",
                         "drank", "pyalo", "प्यालो", "pi liya", "पी लिया", "sipped"),
    # A ninety of country liquor: "navtaank" (a nautank).
    "measure": ("navtaank", "नवटाक", "navtank", "नवटांक", "navtak"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # The toddy of the Deccan ("shindi"), and Maharashtra's country liquor by its brand, "Bhingri".
    "alcohol": ("shindi", "शिंदी", "bhingri", "भिंगरी", "bhingari"),
}

DAYS_LOST_AND_ONE_MORE: tuple[Combination, ...] = (
    Combination(RE, (_g("dl_days_clean"), _g("dl_broke")), 10, across=True, unless=_g("dl_other_broke"),
                unless_reach=3),
    Combination(RE, (_g("dl_just_one"), _g("dl_then_more")), 16, across=True),
    # (wanting the bottles is a craving)
    Combination(RE, (_g("syrup_name", "dl_cough_kind"), _g("dl_bottles")), 6, across=True,
                unless=_g("dl_for_others", "want", "want_one", "craving", "fear"), unless_reach=6),
    Combination(RE, (_g("syrup_name", "dl_cough_kind"), _g("dl_gulped")), 6, across=True,
                unless=_g("dl_for_others", "negation"), unless_reach=6),
    Combination(RE, (_g("bb_country_liquor"), _g("dl_took")), 2, order=True,
                unless=_g("fest_use_desi_food", "negation", "dl_for_others", "third_person"),
                unless_reach=3),
    # (round 55's reading) The money or the days clean gone at the liquor den: "५०० गुत्त्यावर गेले. ४५
    # दिवस वाया", "120 diwas zale hote, kal bhingri ghetli ani sagla pani gela".
    Combination(RE, (_g("liquor_place", "habit_den", "alcohol", "bb_country_liquor"), _g("dl_wasted")), 12,
                across=True, unless=_g("dl_for_others", "third_person"), unless_reach=3),
    Combination(RE, (_g("dl_days_clean", "milestone"), _g("dl_took"), _g("dl_wasted")), 16, order=True,
                across=True, unless=_g("dl_for_others", "third_person"), unless_reach=3),
    # A drink every evening, not stopping: "पिछले हफ्ते से हर शाम शराब, रुक ही नहीं रहा".
    Combination(RE, (_g("alcohol", "cannabis", "opioids", "drugs"), _g("dl_every_evening"), _g("dl_no_stop")), 10,
                across=True, unless=_g("third_person", "dl_for_others", "craving", "thought_of", "mind", "want"),
                unless_reach=3),
    # The writer with friends, the snacks and the bottle: "मी मित्रांसोबत चखणा आणि बाटली".
    Combination(RE, (_g("dl_with_friends"), _g("dl_chakhna"), _g("alcohol", "measure")), 6,
                unless=_g("negation", "third_person", "dl_serving"), unless_reach=4),
    # Counted by the peg or the large, at the party or the bar: "पार्टी झाली, व्हिस्कीचे चार पेग",
    # "bar madhe gelo fakt cold drink mhanun. nantar 2 large".
    Combination(RE, (_g("dl_party", "liquor_place"), _g("small_count", "dl_few", "two_of"), _g("dl_poured_measure")), 10,
                order=True, across=True, unless=_g("negation", "third_person", "dl_serving", "drinkers"),
                unless_reach=3),
    # Pegs put away: "व्हिस्की के चार पेग लगा दिए".
    Combination(RE, (_g("small_count", "dl_few", "two_of"), _g("dl_poured_measure"), _g("dl_put_away")), 4,
                order=True, unless=_g("negation", "third_person", "dl_serving", "drinkers"), unless_reach=3),
    Combination(RE, (_g("dl_party", "liquor_place"), _g("two_of")), 10, order=True, across=True,
                unless=_g("negation", "third_person", "dl_serving", "drinkers"), unless_reach=3),
    # Straight from the toddy pot: "ताडीच्या मडक्यातून सरळ तोंड लावलं", "drink from the pot myself".
    Combination(RE, (_g("dl_from_the_pot"), _g("dl_drank_from_it")), 6, across=True,
                unless=_g("negation", "third_person", "dl_serving", "drinkers", "beverage"), unless_reach=3),
    # ("not prescribed" is part of the telling; a doctor's restarting is not a relapse)
    Combination(RE, (_g("dl_back_on_pills"),), 0, unless=_g("dl_doctor"), unless_reach=6),
)
