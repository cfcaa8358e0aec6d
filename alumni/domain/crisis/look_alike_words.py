"""The everyday words that fold onto a danger word, by what they fold onto: per lexicon concept
(CONCEPT_LOOK_ALIKES), per evidence word class (SIGNAL_LOOK_ALIKES), and the words that read as
a substance once a case ending is taken off (SUBSTANCE_LOOK_ALIKES). Each is a raw word, or a
stem with a trailing "*"; alumni.domain.crisis.look_alikes reads them.
"""
from __future__ import annotations

# Taking verbs that Marathi "came" (आली, आले) folds onto ("li", "le": took, take).
_TAKING = ("eat", "use", "took", "take", "take_any", "gave", "acquire", "pill_use", "drank", "down_it")

# "dhanda", "धंधा" (trade, business), typed with its "dh": not "danda", a stick. "तलावावर" (on
# the lake) folds to "talwar" (a sword).
_TRADE = ("dhanda", "dhandha", "dhande", "dhandhe", "धंधा", "धंदा", "धंधे", "धंदे")
_LAKE = ("तलाव*", "talavav*", "talavak*", "talavat*", "talavach*")

# A saint's shrine ("dargah pe chadar chadhai") and the relations whose names fold onto an
# everyday word of the lexicon (round 14).
_SHRINE = ("dargah*", "dargaah*", "दरगाह*", "darga", "दर्गा*", "दरगा*")
_UNCLE = ("chacha", "chachaa", "chachcha", "चाचा", "चच्चा")
_AUNT = ("chachi", "chachee", "चाची")
_VILLAGE = ("gaon", "gaaon")
# Marathi "गुंता", a tangle (round 30), folds onto "ghoont", a sip.
_TANGLE = ("gunta", "गुंता", "guntla", "गुंतला", "guntala")

# Devanagari "रूम" (a room: "परमिट रूम", "रूममेट") folds to rum; the drink is "रम". A hill,
# "tekdi", "टेकडी" (Marathi: "tekdivar dhavayla jato"), folds to a drink's name.
_ROOM = ("रूम*", "रुम*")
# Marathi "खांब" (a pole: "वादळात खांब पडला", round 33) folds onto "khamba", a full bottle.
_POLE = ("खांब", "खांबा", "खांबाव*", "खांबाल*", "खांबां*", "khamb", "khambavar", "khambala", "khamban*")
_HILL = ("tekdi*", "tekadi*", "टेकडी*", "टेकडीव*", "tekdya*", "टेकड्य*")
# "दारूमुक्त", liquor-free, one word (rounds 64-65: "दारूमुक्त एक वर्ष पूर्ण"): freedom from the drink.
_LIQUOR_FREE = ("दारूमुक्त*", "दारुमुक्त*", "darumukt*", "daarumukt*")

# Per concept: the raw words (a trailing "*" for the words a stem begins) of everyday words
# that fold onto it.
CONCEPT_LOOK_ALIKES: dict[str, tuple[str, ...]] = {
    # cities: "Amravati" folds to "marav*" (should die); Hindi "दिए", "diye" (gave: the plural or
    # honorific perfective, "छोड़ दिए हैं", "de diye hain") folds to English "die"
    "die": ("amravat*", "अमरावत*", "diye", "दिए", "दिये",
            # round 51: "डाएट" (a diet) folds onto "die"
            "डाएट", "डायट", "daet"),
    # "gaon", "gaaon" (a village: "maut ki khabar aayi, gaon ja raha hu") fold to "gonna" (round 14)
    # round 27: "ganna", "गन्ना" (sugarcane) folds onto a wanting verb ("ganna kaata": cane cut)
    # round 33: Latin "je" (Marathi "which"; "JE", a junior engineer) folds onto "जाए"
    # round 44: Latin "chhat" (a roof: "chhat pe rassi baandhi kapde sukhane") folds onto "chahat"
    # as "छत" does (below); round 45: "गाना", "गाणं" (a song) fold onto "gonna"; round 53: the
    # Chhath festival, "छठ" ("छठ की भीड़"), folds there too
    "want": ("amravat*", "अमरावत*", "मां", "माँ", "jawan", "jawaan", "जवान", "ganna", "ganne", "गन्ना", "गन्ने", "je",
             "chhat", "chhatt", "छठ", "chhath", "गाना", "गाने", "गाणं", "गाणे", "gaana", "gaane")
    + _VILLAGE,
    "will_to": _VILLAGE,
    # English "again" folds onto Hindi "गिना" (counted) and "pata" (known) onto "pt" (a patient), a ward's
    # purpose (round 55)
    "ward_purpose": ("again", "pata", "पता", "pta"),
    # Hindi's agent marker "ne", "ने" ("kutte ne pair pe kaat liya") folds onto "nae" (new, a fresh cut)
    "fresh": ("ne", "ने"),
    # "kal" (yesterday, tomorrow) folds onto Marathi "khalla" (ate) (round 55)
    "sg_swallowed": ("kal", "kaal", "कल", "काल"),
    # "कहती" (says), "खतरनाक" (dangerous), "खत्म हो गई" (ran out) fold to "kaat*" (ending
    # something, "खत्म कर दूं", is read as before: see _ENDING_DONE)
    # round 30: Marathi "कठीण", "kathin" (hard: "sagla kathin vatata") folds to "kaat*" too
    # round 33: a salon's "chair" ("renting my own chair") folds to "chir*" (slit)
    # and a buffalo calf, "katda", "कटड़ा", to "kaat*"
    "cut": ("kah*", "कह*", "khatar*", "खतर*", "ख़तर*", "kathin*", "कठीण*", "कठिन*", "chair", "chairs",
            "katda", "katde", "kattda", "कटड़ा", "कटडा", "कटड़े", "कटडे",
            # round 89: the town of Katangi
            "katangi*", "कटंगी*"),
    # "पत्नी" (wife), "पति" (husband), "पता" (known), "Patna" fold to "aapat*" (slammed)
    # round 33: a dhol-tasha "pathak" (troupe), "पथकात", folds there too
    "bang": ("patn*", "पत्न*", "pati", "पति", "pata", "पता", "pta", "patta", "पत्ता", "पटना", "ppt", "ppts",
             "पथक*", "pathak*"),
    # "बैठक" (a meeting), "बैठा" (sat), "बीत गया" (went by), "bitter" fold to "bhitt*" (wall)
    "wall": ("baith*", "बैठ*", "beth*", "beet*", "बीत*", "bitter*"),
    # round 73: "छोटा", "chhota" (small: "छोटा गादी कारखाना") folds onto "chot" (an injury)
    "hurt": ("baith*", "बैठ*", "beth*", "beet*", "बीत*", "छोट*", "chhot*", "chota", "chhota"),
    # "बेटा" (son) and "I bet" fold to "beat"
    "violence": ("beta", "bete", "betaa", "बेटा", "बेटे", "bet", "bets"),
    "my_mind": ("मां", "माँ"),
    # "jaga"/"जाग" (awake) folds to "jhaag" (froth at the mouth): only jh/झ is froth
    "unconscious": ("jag", "jaga", "jaaga", "jaag", "jage", "jaagi", "jagi", "जाग", "जागा", "जागी", "जागे"),
    # Marathi "tithe hoto" (was there) folds to "tite hoto" (was drunk)
    "drank": ("tithe", "तिथे", "tith", "titha", "पायलट*", "pilot*"),
    # "bahar", "baahar" (outside) fold to "bar" (round 16)
    "liquor_place": ("bahar", "baahar", "bahaar", "bahr"),
    "drink_place": ("bahar", "baahar", "bahaar", "bahr"),
    # "से" (from) folds to "sea"
    "water_body": ("se", "से", "sey"),
    # "सब संभल रहा है" (things are settling) folds to "सांभाळ" (take care of them)
    "entrust": ("संभल*", "सम्भल*"),
    # "thekua" (a sweet) and "theek" (fine) fold to "thek*" (the liquor shop)
    # "vada pav", "pav bhaji": bread, not a "pavva" (a quarter bottle)
    "substance_more": ("pav", "paav", "pao",
                       # round 33: "Pappu" (a nickname) folds onto "poppers"
                       "pappu*", "पप्पू*", "papu"),
    # "road" folds to "rod" (an iron rod as a weapon), "kaam dhanda" (business, trade) to
    # "danda" (a stick), "तलावावर" (on the lake) to "talwar" (a sword)
    # and "ससुर" (father-in-law) to Marathi "सुरी" (a knife)
    # and "कहता", "kahta" (says) to "katta" (a country pistol) and a cut (round 17)
    # round 27: "suar" (a pig) folds onto a weapon
    "weapon": ("road", "roads", "sasur*", "ससुर*", "kah*", "कह*", "suar*", "सुअर*", "सूअर*") + _TRADE + _LAKE,
    "wound": ("kah*", "कह*"),
    "blunt": ("road", "roads"),
    "beat_tool": _TRADE,
    # Hindi "us" (that: "us pujari ko") folds to Marathi "ऊस" (sugarcane, whose knife is a chore)
    "chore": ("us", "uss"),
    # "पिता", "pita" (father) folds to "peet" (beat)
    "beat_verb": ("pita", "पिता", "pitaji", "पिताजी", "pitaa"),
    # "सूट" (a suit: "सूट का बहुत मन है शादी के लिए") folds onto "shoot".
    "kill": ("सूट", "सूटचा", "सूटची", "सूट्स", "suit", "suits"),
    # round 48: the catla, a carp sold by the kilo ("मंडी में आज कतला 180 रुपये किलो"), folds onto
    # "qatl", a murder
    "murder": ("कतला", "katla", "catla", "कतले", "katle",
               # round 89: Marathi "khuna", "खुणा" (marks: "calendar var roj khuna kartoy") folds onto "khoon"
               "khuna", "खुणा"),
    # "khayal" (a thought: "daaru ka khayal aa raha") folds onto Marathi "khayla" (to eat).
    # round 72: the cane's "कटाई", "katai" (harvest) folds there too
    "take_any": ("khayal*", "khyal*", "khayaal*", "ख्याल*", "ख़याल*", "खयाल*", "कटाई*", "katai*"),
    "hanging_point": ("road", "roads"),
    # round 75: "tv" folds onto "tava" (the hot pan: "gusse me tv pe haath maar diya")
    "pw_hot_thing": ("tv", "टीव्ही", "टीवी"),
    # round 73: Hindi "आवाज़", "awaaz" (a voice) folds onto "vajah" (a reason); Marathi "आवाज", with no
    # nukta, is left as it was
    "point": ("awaz*", "awaaz*", "aawaz*", "आवाज़*"),
    # Hindi "गिलास" (a glass) folds to Marathi "गिळ*" (swallow)
    "swallow": ("गिलास*", "gilas*", "gilaas*", "gilass*"),
    # "share" folds to "saare" (all of them); "PPT" (the slides) to "patta" (a strip of pills);
    # Marathi "aala", "आला" (came: "khokla aala") to "all"
    "quantity": ("share", "shared", "sharing", "ppt", "ppts", "पाता", "पाती", "पाते", "paata", "aala", "ala", "आला",
                 # and the dative "la", "ला" typed apart ("ticket checker la")
                 "la", "ला", "laa"),
    # "कूद", "kood" (jump) fold to "khud" (oneself)
    "self": ("कूद*", "कुद*", "kood*"),
    # "tak" (until) and "thaka" (tired) fold to "ताक" (buttermilk) ("own_drink", below)
    # "तालाब" (a lake) folds to "तलब" (a craving)
    "craving": ("तालाब*", "taalaab*", "taalab*"),
    # Hindi "sake", "सके" (could: "mana nahi kar sake") folds to sake, the rice wine, a soft drink
    # here ("beverage", below)
    # "naal" (Punjabi: with) folds to "anla" (brought); "खेला", "खेळला" (played: "होली खेला",
    # "क्रिकेट खेळलो") fold to Marathi "केला" (did: "नशा केला")
    "use": ("naal", "nal", "नाल", "khel*", "खेल*", "खेळ*"),
    # "dargah", "दरगाह", "दर्गा" (a saint's shrine) fold to "drug" and to a "drag" (a puff)
    "drugs": _SHRINE,
    "one_unit": _SHRINE + _TANGLE,
    # "chacha", "चाचा" (uncle) folds to "accha" (better), "AC" and "छह" (six); "chachi", "चाची"
    # (aunt) to "chai"; "accha" itself (good, better: "isse accha mar jaun") is no "AC" that died
    "better": _UNCLE
    # Hindi "बार", "baar" (a time: "पहली बार", round 73) folds onto Marathi "bara" (well, fine)
    + ("बार", "baar"),
    "device": _UNCLE + ("accha", "acha", "achha", "achcha", "achchha", "अच्छा"),
    "few_count": _UNCLE,
    # "apni", "अपनी" (one's own) fold to "paani" (water): "maine apni bottle kholi" is no water;
    # "thandi" (cold; Marathi "थंडी", the cold season) to "thandai": "thandi beer" is a beer
    "beverage": ("sake", "सके", "apni", "apne", "अपनी", "अपने", "thandi", "ठंडी", "थंडी", "अटक", "atak", "atka",
                 "अटका", "अटकी") + _AUNT,
    "own_drink": ("tak", "तक", "thak*", "थक*", "अटक", "atak") + _AUNT,
    "by_accident": _AUNT,
    # Devanagari "आई" (came; mother) folds to English "I"; Marathi "पण" (but, also) to "आपण" (we)
    "first_person": ("आई", "आयी", "aai", "aayi", "पण"),
    # Marathi "फिटत" (is repaid: "कर्ज फिटत नाही") folds to "feet" (at the water's edge)
    "water_leisure": ("फिट*", "fitat", "fitnar", "fitla", "fitli", "phitat", "phitnar"),
    # "गया" (went) folds to "गाय" (a cow, whose rope is a chore)
    "hanging_harmless": ("gaya", "गया", "gya"),
    # "भी" (also) folds to "भाई" (brother); Marathi "दहा" (ten) to "dada" (elder brother)
    # round 30: "पट्टी", "patti" (a bandage: "ungli kat gayi, patti kar li") folds to "pati" (husband)
    # round 45: "ban", "बन" (become: "zinda लाश ban gaya") fold onto "बहन" (a sister)
    "relation": ("bhi", "भी", "bhee", "daha", "दहा", "patti", "पट्टी", "ban", "बन", "bana", "बना", "bane", "बने"),
    # "चित्त" (pinned in a bout: "चित्त केलं"; the mind: "चित्त लागत नाही") folds to "chitta" (heroin),
    # which Devanagari spells "चिट्टा" (round 24)
    "opioids": ("चित्त*", "चित"),
    # Marathi "घालायला" (to put: "kapde valat ghalayla dori", round 24) folds to "galyala" (to the neck)
    "neck": ("ghal*", "घाल*"),
    # Hindi "kar chuka hu" (have already done) folds to Marathi "चूक" (a slip)
    "slip_soft": ("chuka", "chuke", "chuki", "चुका", "चुके", "चुकी"),
    # round 15: Urdu "दुआ", "dua" (a prayer: "दुआत आठवण ठेवा", "duaon mein yaad rakhna") folds to
    # Marathi "ढुत" (dead drunk); Marathi "धरून" (holding: "जीव मुठीत धरून") folds to "daru"
    "intoxicated": ("दुआ*", "dua", "duaa*", "duao*", "duaat", "duat", "duamadhe", "duaमध्ये",
                    # round 91: "thali", "थाळी" (a plate of food: "fish thali") folds onto "talli" (drunk)
                    "thali", "थाली", "थाळी"),
    # "ठेकेदार", "thekedar" (a building contractor) folds onto "theka", the liquor shop's drink;
    # "crash", "crashed" (an app, a car) onto "charas"
    "alcohol": ("thekua", "ठेकुआ", "thekue", "धरून", "धरुन", "dharun", "dharoon", "ठेकेदा*", "thekeda*")
    + _ROOM + _HILL + _POLE + _LIQUOR_FREE,
    "cannabis": ("crash*", "क्रॅश*", "क्रैश*",
                 # round 33: "विदा किया" (saw him off) folds onto "weed"
                 "विदा", "vida", "vidaa", "बिदा", "bida"),
    # round 27: "पायलट" (a loco pilot) folds onto "प्यायलो" (drank, eaten)
    "eat": ("पायलट*", "pilot*"),
    # round 30: "हर की पौड़ी", "har ki pauri" (Haridwar's ghat) folds onto a powder's packet ("pudi")
    "powder": ("पौड़ी*", "पौडी*", "pauri", "paudi"),
    "sao_drug": ("पौड़ी*", "पौडी*", "pauri", "paudi"),
    # round 30: Marathi "गुंता", "gunta" (a tangle: "sagla maal gunta zala", the thread tangled)
    "drink_unit": _TANGLE,
    "sip_word": _TANGLE,
    # round 31: Pune's Sassoon hospital ("passed away last week at Sassoon") folds onto "soon"
    "hm_soon": ("sassoon*", "ससून*"),
    "hinted_soon": ("sassoon*", "ससून*"),
    # Hindi "पाता हूं" (am able to: "बैठ पाता हूं") folds to "patta" (a strip of pills)
    "pills": ("ppt", "ppts", "पाता", "पाती", "पाते", "paata", "paati", "paate",
              # round 59: Marathi "pilla", "पिल्लं" (a cub, a puppy: "vaghachi pilla") folds onto "pill"
              "pilla", "pille", "pillu", "pillan*", "पिल्ल*"),
    # round 89: "band", "बंद" (shut: "khel aata band karava", the shop shut) fold onto "बांध", a dam
    "tg_water_place": ("band", "बंद"),
    # round 89: Marathi "तिथे", "tithe" (there) folds onto "tight" (drunk)
    "sq_tight": ("tithe", "तिथे", "tith"),
    # round 91: English "by", "baby" and Marathi "baya", "बाया" (women: "3 navin baya lavlya") fold onto "bye"
    "mz_bye_all": ("by", "baya", "बाया", "baby", "बेबी"),
}
# round 19: the Marathi particle "च" ("2 च tables", only two) folds to "AC" and "accha"
# (better); Hindi "भर" (all through: "रात भर", "दिन भर") folds to "bar"; "छत" (a roof) to
# "chaahat" (a want).
for _name in ("better", "device", "few_count"):
    CONCEPT_LOOK_ALIKES[_name] = CONCEPT_LOOK_ALIKES[_name] + ("च",)
for _name in ("liquor_place", "drink_place"):
    CONCEPT_LOOK_ALIKES[_name] = CONCEPT_LOOK_ALIKES[_name] + ("भर",)
for _name in ("want", "consume"):
    CONCEPT_LOOK_ALIKES[_name] = CONCEPT_LOOK_ALIKES.get(_name, ()) + ("छत*",)
# Marathi "पायाला", "payala" (to the leg: "payala plaster ahe"), "पायावर", "पायाचा" fold to
# "प्यायला" (drank), "pyavar": the long "aa" after the "p" is the leg's, the drink has none.
# So do "पायी", "payi" (on foot: "वारीत पायी गेलो"), "पायात", the steps ("पायरी") and Hindi "पाया"
# (found) on the stem "प्याय*" (round 14).
_LEG = ("payala", "paayala", "payaala", "पायाला", "पायांना", "payavar", "paayavar", "पायावर", "payach*",
        "paayach*", "पायाच*", "पायाल*", "पायी*", "payi", "paayi", "पायात", "पायांत", "payat", "paayat",
        "पायाने", "पायांनी", "पायरी*", "पायऱ्*", "पायजम*", "पाया", "पाये")
for _name in ("drank", "eat", "take_wish", "drink_verb"):
    CONCEPT_LOOK_ALIKES[_name] = CONCEPT_LOOK_ALIKES.get(_name, ()) + _LEG
# Hindi "पीट", "पिट" (beat: "पीट पीट के मारूँगा", round 73) fold onto "pi*" (drink)
CONCEPT_LOOK_ALIKES["drink_verb"] += ("पीट*", "पिट*")
for _name in _TAKING:
    CONCEPT_LOOK_ALIKES[_name] = CONCEPT_LOOK_ALIKES.get(_name, ()) + ("aali", "aale", "आली", "आले")
# Marathi "कळलं", "kalla" (came to know: "घरी कळलं नाही") folds to "खाल्लं", "khalla" (ate).
CONCEPT_LOOK_ALIKES["eat"] += CONCEPT_LOOK_ALIKES["swallow"] + ("कळल*", "kalla", "kalala", "kalal")
# the cattle's oil cake, "khal", "खली" (round 33: "khal ki boriyan"), folds onto "kha le"
CONCEPT_LOOK_ALIKES["eat"] += ("khal", "खल", "खली")
# Marathi "अगदी", "agdi" (quite, truly: "मेलोय अगदी") folds to "gaadi" (a car, a height to fall
# from); Marathi "खात", "khat" (eating: "vadapav khat ubha hoto") and Hindi "ख़त" (a letter) fold to
# "kaat" (cut) and "katta" (a country pistol): the "kh" is neither (round 15).
_QUITE = ("अगदी*", "agdi*", "agadi", "agadee", "agdee")
for _name in ("height", "vehicle", "device", "possession", "fall_place", "property"):
    CONCEPT_LOOK_ALIKES[_name] = CONCEPT_LOOK_ALIKES.get(_name, ()) + _QUITE
# An Instagram "reel" folds to "rail" (a train, the tracks, a line of powder).
for _name in ("vehicle", "grip_hold", "lines", "rail_line"):
    CONCEPT_LOOK_ALIKES[_name] = CONCEPT_LOOK_ALIKES.get(_name, ()) + ("reel", "reels", "रील", "रील्स")
_EATING = ("khat", "खात", "ख़त", "खत")
for _name in ("cut", "wound", "weapon"):
    CONCEPT_LOOK_ALIKES[_name] = CONCEPT_LOOK_ALIKES.get(_name, ()) + _EATING

# Round 21: the clinic's dose with a Marathi case ending ("डोसला उशीर", "डोसची वेळ") folds to
# "ढोसला" (gulped down); the drink is typed with "ढ".
CONCEPT_LOOK_ALIKES["drank"] += ("डोस*", "डोज*")
# Marathi "तर" (then: "आणलं तर चालेल का?", round 33) folds onto "tarr" (drunk)
CONCEPT_LOOK_ALIKES["drank"] += ("तर",
                                 # an anklet, "payal", folds onto Marathi "pyalo" (drank) (round 35)
                                 "payal", "पायल")
CONCEPT_LOOK_ALIKES["measure"] = CONCEPT_LOOK_ALIKES.get("measure", ()) + _POLE
# "will" and a "vial" fold to "avil" (pheniramine, injected in a mix): "will be late, stuck in
# traffic", "ward se ek vial leke patient ko lagayi".
CONCEPT_LOOK_ALIKES["injected_mix"] = ("will", "wil", "vil", "vial*", "viyal*")
# Round 45: "सूत" (the loom's yarn: "सूत के बंडल") folds onto "sutta" (a smoke) and "shoot";
# "कुतर" (gnawed: "चूहे कुतर रहे थे") onto "quarter"; "ताली" (a clap: "सबने ताली बजाई") onto
# "talli" (drunk); "कातिल" (killing, of a song or a look) onto "kaat" (a cut).
for _name in ("kill", "smoke_named", "smoke_verb", "drink_unit", "one_unit", "ht_smoke"):
    CONCEPT_LOOK_ALIKES[_name] = CONCEPT_LOOK_ALIKES.get(_name, ()) + ("सूत",)
for _name in ("alcohol", "measure"):
    CONCEPT_LOOK_ALIKES[_name] = CONCEPT_LOOK_ALIKES.get(_name, ()) + ("कुतर*",)
CONCEPT_LOOK_ALIKES["intoxicated"] += ("ताली*", "taali*", "taliyan", "taaliyan",
                                       # round 74: a borewell "आटली" (dried up); not Latin "aatla",
                                       # which is Marathi "आतला" (the inner one)
                                       "आटल*")
CONCEPT_LOOK_ALIKES["cut"] += ("कातिल", "katil", "kaatil", "qatil")
# Round 46-47: Marathi "खाईल", "khaeel" (will eat: "seth mala jivanta khaeel") folds onto "kill"; a
# shoe's "sole" onto "saala". (Not scissors, "कात्री", which do cut, nor a tannery's "drum".)
CONCEPT_LOOK_ALIKES["kill"] += ("khaeel", "khail", "khael", "खाईल", "खाइल")
CONCEPT_LOOK_ALIKES["other_target"] = CONCEPT_LOOK_ALIKES.get("other_target", ()) + ("sole", "soles")
# and a hide, "khaal", "खाल", onto "kal" (a day: "rassi baandh ke khaal sukhayi")
CONCEPT_LOOK_ALIKES["time"] = CONCEPT_LOOK_ALIKES.get("time", ()) + ("khaal", "खाल")
# Rounds 64-65: Marathi "खूण" (a mark: "कॅलेंडरवर रोज खूण करतोय", ticking off the days) folds onto
# "खून" (murder, blood). Its marks on the skin, "खुणा", stay what they are to the self-harm words.
for _name in ("murder", "bp_murder_word", "bleed", "exf_blood"):
    CONCEPT_LOOK_ALIKES[_name] = CONCEPT_LOOK_ALIKES.get(_name, ()) + ("खूण", "खुण", "खूणा", "खुणेने", "खुणेला")
# Rounds 66-67: a fund, "फंड", and stuck, "फंसी", "फँसा" ("फंड फंस गया", "मालकिन बाहर फंसी थी"), fold onto
# the noose, "फंदा", and hanging, "फांसी".
for _name in ("hanging", "hanging_point", "ligature", "noose_cord", "rope_named", "exf_cord", "exf_rope", "tod_rope",
              "ran_rope"):
    CONCEPT_LOOK_ALIKES[_name] = CONCEPT_LOOK_ALIKES.get(_name, ()) + (
        "फंड", "फंडात", "फंडस", "फंड्स", "फंडचे", "फंडाचे", "फंसी", "फँसी", "फंसा", "फँसा", "फंस", "फँस", "फंसे", "फँसे")
# Round 48: "साहब", "saheb" (sir: "डॉक्टर साहब ने बीपी की गोली आधी कर दी") folds onto "sab" (all); a market,
# "मंडी", onto "मांडी" (a thigh).
CONCEPT_LOOK_ALIKES["quantity"] += ("साहब", "sahab", "saheb", "साहेब", "sahib")
for _name in ("cut_site", "ht_skin"):
    CONCEPT_LOOK_ALIKES[_name] = CONCEPT_LOOK_ALIKES.get(_name, ()) + ("मंडी", "मंडीत", "मंडई")

# The evidence's own word classes (alumni.domain.crisis.evidence_words): "stable" folds to
# "stab*", "road" to "rod", "agar" (if) to "ghar" (a house).
SIGNAL_LOOK_ALIKES: dict[str, tuple[str, ...]] = {
    "blade": ("stabl*", "stabil*", "sasur*", "ससुर*"),
    # "badal gaye", "बदल गए" (changed) fold to "बदला" (revenge)
    "revenge": ("badal", "badle", "badli", "badalna", "badalne", "बदल", "बदले", "बदली", "बदलना", "बदलने",
                "badall*", "बदलल*"),
    "bludgeon": ("road", "roads") + _TRADE,
    "chore": ("us", "uss"),
    # "agar" (if) folds to "ghar" (a house)
    "premises": ("agar", "अगर"),
    # a diary, where a PIN is written down, folds to "dhairya" (courage)
    "courage": ("diary*", "diari*", "डायरी*",
                # so does the village dairy (round 33: "dairy ka bill aaya aaj")
                "dairy*", "डेअरी*", "डेयरी*", "डेरी*", "डेअरीच*"),
    # "अब", "ab", "abb" (now) fold to "baah" (the arm) (round 33: "नया ब्लेड लगाता हूँ अब")
    "skin": ("अब", "ab", "abb"),
    # Marathi "झाला", "zala" (happened: "1 varsh purna zala") folds onto "जाळला" (burnt)
    "injure": ("zala", "zaala", "zhala", "jhala", "jhaala", "झाला", "झालं", "zalay", "झालाय"),
}

# Everyday words that read as a substance once a case ending is taken off ("changla", good,
# is "chhang" + "la"; a holy dip, "dubki", is "doob" + "ki", round 14).
SUBSTANCE_LOOK_ALIKES: tuple[str, ...] = ("changl*", "चांगल*", "chaangl*", "dubki*", "डुबकी*", "doobki*",
                                          "dubkiy*", "डुबकिय*",
                                          # round 83: the contractor's ("ठेकेदाराचा राग"), not the theka
                                          "ठेकेदार*", "thekedar*")
# Round 52's reading: "sleep", "sleepy" fold onto "slip" (a slip, a lapse): "i keep thinking of
# one quarter just to sleep" is a craving, not a slip.
CONCEPT_LOOK_ALIKES["slip_noun"] = CONCEPT_LOOK_ALIKES.get("slip_noun", ()) + ("sleep", "sleepy", "sleeping",
                                                                               "slp", "सो", "neend")
# Round 53's reading: a ticket collector, "TC", folds onto THC (cannabis); "teak" (the timber)
# onto "theka" (the liquor shop).
for _name in ("cannabis", "substance_more"):
    CONCEPT_LOOK_ALIKES[_name] = CONCEPT_LOOK_ALIKES.get(_name, ()) + ("tc", "टीसी")
for _name in ("alcohol", "liquor_place", "drink_place", "habit_den"):
    CONCEPT_LOOK_ALIKES[_name] = CONCEPT_LOOK_ALIKES.get(_name, ()) + ("teak",)
# Round 56-57's reading: Marathi "det" (gives: "maal det hota") folds onto "death"; a box cutter,
# "कटरने", onto "qtr" (a quarter) once its ending is off; "छिल गई" (grazed) onto "chill" (a chem
# session); a warehouse "पिकर" (picker) onto "पीकर" (having drunk).
CONCEPT_LOOK_ALIKES["die"] = CONCEPT_LOOK_ALIKES["die"] + ("det", "देत")
for _name in ("chem_scene", "party_led_on"):
    CONCEPT_LOOK_ALIKES[_name] = CONCEPT_LOOK_ALIKES.get(_name, ()) + ("छिल*", "chhil*")
CONCEPT_LOOK_ALIKES["drank"] = CONCEPT_LOOK_ALIKES["drank"] + ("पिकर", "पिकर्स", "picker*")
SUBSTANCE_LOOK_ALIKES += ("कटर*", "cutter*")
for _name in ("alcohol", "measure"):
    CONCEPT_LOOK_ALIKES[_name] = CONCEPT_LOOK_ALIKES[_name] + ("कटर*", "cutter*")
# "बिटिया" (a daughter) folds onto a wall; "खट्टू" (sulky) onto a cut; "झाली", "zali" (happened) onto
# "jali" (burnt) as "zala" does; printer's "ink" onto "unko"; a bookie, "बुकी", onto a medicine; the
# cotton's caterpillar, "अळी", onto eating; a bookie ("बुकी") onto bhukki (poppy husk).
CONCEPT_LOOK_ALIKES["wall"] = CONCEPT_LOOK_ALIKES["wall"] + ("बिटिया*", "bitiya*")
CONCEPT_LOOK_ALIKES["cut"] = CONCEPT_LOOK_ALIKES["cut"] + ("खट्टू", "khattu")
SIGNAL_LOOK_ALIKES["injure"] = SIGNAL_LOOK_ALIKES["injure"] + ("झाली", "zali", "zaali", "jhali", "झाले", "zale", "jhale")
CONCEPT_LOOK_ALIKES["third_person"] = CONCEPT_LOOK_ALIKES.get("third_person", ()) + ("ink",)
CONCEPT_LOOK_ALIKES["eat"] = CONCEPT_LOOK_ALIKES["eat"] + ("अळी*",)
CONCEPT_LOOK_ALIKES["opioids"] = CONCEPT_LOOK_ALIKES.get("opioids", ()) + ("बुकी*", "bookie*")
# Round 57's reading (areas/substance_use/bets_placed.py): everyday words that fold onto the bet's:
# "saath", "सात" (with, seven) and "असते" onto "satta", "satte"; "jau", "जाऊ" (go) onto "jua"; "bhukki"
# (poppy husk) onto "बुकी"; "pizza" onto "पैज"; Marathi "kela", "केले" (did) and Hindi "akela" (alone)
# onto "khela" (played); "daal" (lentils) and "dalal" (a broker) onto "dala"; "dil" (heart) onto
# "dila"; "थकले" (tired) onto "टाकले"; "लगे" onto "लगाए"; "आगे" (ahead), "गाय" (a cow) and "घ्या"
# onto "गए", "gaya"; Marathi "मीच" (I myself) onto "मैच".
CONCEPT_LOOK_ALIKES["bet_game"] = ("saath", "sath", "साथ", "saat", "sat", "सात", "साठ", "asta", "st", "सतत", "असते",
                                   "aste", "state", "sathe", "jau", "जाऊ", "जाउ", "zoo", "jahu", "jaau", "beating",
                                   "बॅटिंग", "bhukki", "भुक्की", "बुक्की", "pizza", "kaivalya*")
CONCEPT_LOOK_ALIKES["bet_placed"] = ("kela", "केला", "kele", "केले", "keli", "केली", "kelo", "केलो", "akela", "अकेला",
                                     "akele", "अकेले", "akeli", "अकेली", "केळी", "daal", "dal", "दाल", "डाल", "dalal",
                                     "दलाल", "dil", "दिल", "थकले", "thakle", "thakla", "थकला", "लगे", "lage", "lge")
CONCEPT_LOOK_ALIKES["bet_staked"] = ("daal", "dal", "दाल", "डाल", "dalal", "दलाल", "लगे", "lage", "lge")
CONCEPT_LOOK_ALIKES["bet_gone"] = ("aage", "आगे", "age", "घे", "ghe", "गाय", "gaay", "gay", "घ्या", "ghya", "गाया")
CONCEPT_LOOK_ALIKES["bet_on"] = ("मीच", "mich")
# Rounds 70-71's reading: Marathi "चारशे", "charshe" (four hundred: "गॅरेजवाल्याने चारशे घेतले") folds
# onto "charas".
CONCEPT_LOOK_ALIKES["cannabis"] = CONCEPT_LOOK_ALIKES["cannabis"] + ("चारशे", "charshe", "chaarshe")
# Round 74: "दस" (ten: "अब बस दस बची", the instalments left) folds to "dhadas" (courage).
SIGNAL_LOOK_ALIKES["courage"] = SIGNAL_LOOK_ALIKES["courage"] + ("दस", "das", "dus")
# Rounds 76-77: Marathi "असं" (so, like this: "पाणी बोलवतंय असं वाटतंय") folds to "snan" (a bath in the
# river); "kathputli" (a puppet) begins on "kat" (cut).
CONCEPT_LOOK_ALIKES["river_god_water_use"] = CONCEPT_LOOK_ALIKES.get("river_god_water_use", ()) + ("असं",)
CONCEPT_LOOK_ALIKES["cut"] = CONCEPT_LOOK_ALIKES["cut"] + ("kathputli*", "कठपुतली*", "kathputal*")
# Rounds 80-81: Marathi "निघालो" (set out: "उन्हाने भाजून निघालो") folds onto Hindi "निगला" (swallowed); a school
# "van" onto "want"; Marathi "खाऊन" (having eaten: "वडापाव खाऊन घरी गेलो") onto a quarry, "khaan".
CONCEPT_LOOK_ALIKES["swallow"] += ("निघाल*", "nighal*", "निघून", "nighun")
CONCEPT_LOOK_ALIKES["want"] += ("van", "vans", "व्हॅन", "वॅन", "वैन")
CONCEPT_LOOK_ALIKES["danger_place"] = CONCEPT_LOOK_ALIKES.get("danger_place", ()) + ("खाऊन", "khaun", "khaoon")
# Rounds 82-83: "cars" folds onto charas ("400 cars bro"); an "Audi" onto Marathi "udi" (a jump). ("ठेकेदार", a
# contractor, reads as the theka only once Marathi's "of" is taken off: SUBSTANCE_LOOK_ALIKES above.)
CONCEPT_LOOK_ALIKES["cannabis"] = CONCEPT_LOOK_ALIKES.get("cannabis", ()) + ("cars",)
CONCEPT_LOOK_ALIKES["jump"] = CONCEPT_LOOK_ALIKES.get("jump", ()) + ("audi", "ऑडी")
# Rounds 84-85's reading: Marathi "आत्ताच" (just now) folds onto THC; "zunka", the gram-flour dish, onto
# junk (heroin).
for _name in ("cannabis", "substance_more"):
    CONCEPT_LOOK_ALIKES[_name] = CONCEPT_LOOK_ALIKES.get(_name, ()) + ("आत्ताच", "अत्ताच", "आताच", "aattach", "aatach",
                                                                     "attach", "atach")
# Round 87: "garadu", Indore's fried yam, folds onto a drug word too.
CONCEPT_LOOK_ALIKES["substance_more"] = CONCEPT_LOOK_ALIKES["substance_more"] + ("garadu", "गराडू", "gaaradu")
CONCEPT_LOOK_ALIKES["drugs"] = CONCEPT_LOOK_ALIKES.get("drugs", ()) + ("zunka", "झुणका", "jhunka", "zhunka", "zunkaa")
# Round 87: "पतंग उड़ाई" (flew a kite), "paise uda diye": "उड़ाई" is no jump ("उडी").
CONCEPT_LOOK_ALIKES["jump"] = CONCEPT_LOOK_ALIKES.get("jump", ()) + ("उड़ाई", "उड़ाया", "उड़ाए", "udai", "udaai", "udaya")

# Grammatical words of one language that fold onto a lexicon word of another, by the word they fold onto:
# Marathi's possessive "ची", "chi" ("Rohit ची wife") onto "chai" (tea); Hindi and Marathi "होता", "hota" (was:
# "राग आला होता पण") onto English "hot". alumni.domain.crisis.look_alikes gives them to every concept with an
# entry whose first word folds the same way, unless the concept lists one of them itself.
FOLDED_GRAMMAR: dict[str, tuple[str, ...]] = {
    "chai": ("ची", "chi"),
    "hot": ("होता", "hota", "hotaa"),
}
