"""Suicide, self-harm and threats told by dairy farmers and their families (round 33, holdout 102:
buffaloes and cows kept on loan, the village collection centre, lumpy disease, Haryana's "gher",
Maharashtra's "gotha"):

- shut in the cattle shed with the rope, told by a wife: "सुबह से घेर में कुंडी लगाके बैठे हैं,
  रस्सा भी अंदर है", "गोठ्यात दोर घेऊन गेलेत आणि door उघडत नाहीत";
- the shed's beam and the tethering rope looked at or tried: "gher ki kadi pe rassa baandh ke
  dekha tha, mazboot hai", "घेर में बैठा कड़ी को देखता रहा, पशु बांधने वाला रस्सा भी वहीं पड़ा है";
- the milk handed to another from tomorrow, and the writer's time over: "कल सुबह दूध डालने कोई
  और जाएगा। मेरा काम पूरा हुआ", "udyapasun dudh ghalayla majha bhau jaail ... majhi vel sampli";
- the animals gone, and the writer not long after them: "दोन्ही म्हशी गेल्या ... मी पण आता जास्त
  दिवस नाही", "jis din bhains gayi usi din main bhi chala jaunga"; death the only thing left
  ("आता मरणाशिवाय काही उरलं नाही", "ऐसी जिंदगी से मौत भली", "अब जीके के करूंगा");
- "ram ram" sent to everyone with an apology: "सबको राम राम। बालकां नै कहियो पापा माफी मांग ग्या";
- the hand beaten on the post or the chaff cutter till it swelled;
- the moneylender "finished", "I know where he sleeps"; "ya wo rahega ya main", the chopper sharpened.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH, HO = Category.SUICIDE, Category.SELF_HARM, Category.HARM_TO_OTHERS

_ROPE = _g("ligature", "rope_named", "hang", "noose_cord", "cs_rope")

NEW: dict[str, tuple[str, ...]] = {
    # Haryana's thick rope, "rassa", only in a phrase: alone it folds onto "ras" (juice).
    "cs_rope": ("रस्सा भी", "rassa bhi", "rassa baandh", "रस्सा बांध", "बांधने वाला रस्सा", "bandhne wala rassa",
                "rassa lekar", "रस्सा लेकर", "rassa leke", "रस्सा लेके", "rassa pe", "रस्सा पे"),
    "cs_shed": ("gher", "घेर", "gher mein", "घेर में", "gothyat", "गोठ्यात", "gotha", "गोठा", "gothyaat",
                "tabela", "tabele", "तबेला", "तबेले", "cattle shed", "the shed", "gothyavar", "गोठ्यावर"),
    "cs_bolted": ("कुंडी लगाके", "kundi lagake", "kundi laga ke", "कुंडी लगा के", "कडी लावून", "kadi lavun",
                  "door नहीं खोल रहे", "door nahi khol rahe", "door उघडत नाहीत", "door ughadat nahit",
                  "दार उघडत नाहीत", "darwaza nahi khol rahe", "दरवाजा नहीं खोल रहे"),
    "cs_beam": ("kadi", "कड़ी", "कडी", "kadi pe", "tulai", "तुळई", "तुळईला", "tulaila", "balli", "बल्ली", "beam",
                "वासा", "vasa", "वाशाला", "vashala"),
    "cs_tried_or_watched": ("baandh ke dekha", "बांध के देखा", "bandhun pahila", "बांधून पाहिलं", "बांधून पाहिला",
                            "mazboot hai",
                            "मजबूत है", "majboot aahe", "मजबूत आहे", "देखता रहा", "dekhta raha", "baghat basalo",
                            "बघत बसलो", "tested it", "strong enough"),
    "cs_milk_to_another": ("दूध डालने कोई और जाएगा", "doodh dalne koi aur jayega", "dudh ghalayla majha bhau jaail",
                           "दूध घालायला माझा भाऊ जाईल", "dudh ghalayla dusra", "someone else will take the milk",
                           "koi aur jayega", "कोई और जाएगा", "bhau jaail", "भाऊ जाईल"),
    "cs_time_over": ("मेरा काम पूरा हुआ", "mera kaam pura hua", "mera kaam poora hua", "majhi vel sampli",
                     "माझी वेळ संपली", "माझं काम संपलं", "majha kaam sampla", "my time is up", "my work is done"),
    "cs_animals_gone": ("भैंस गयी", "भैंस गई", "bhains gayi", "bhains gai", "म्हशी गेल्या", "mhashi gelya",
                        "म्हैस गेली", "mhais geli", "गायी गेल्या", "gayi gelya", "गाई गेल्या", "गाय चली गईं", "gaay chali gayi", "gaay chali gayin", "झोटी भी",
                        "gotha rikama", "गोठा रिकामा", "shed is empty", "last buffalo"),
    "cs_not_long_after": ("main bhi chala jaunga", "मैं भी चला जाऊंगा", "मैं भी चला जाऊँगा", "mi pan jain",
                          "मी पण जाईन", "मी पण आता जास्त दिवस नाही", "mi pan ata jast divas nahi",
                          "jast divas nahi", "जास्त दिवस नाही", "zyada din nahi", "ज्यादा दिन नहीं",
                          "not many days left", "i will go with her", "i'll go with her"),
    "cs_only_death": ("मरणाशिवाय काही", "maranashivay kahi", "मौत के सिवा कुछ नहीं", "maut ke siva kuch nahi",
                      "मौत भली", "maut bhali", "jeeke ke karunga", "जीके के करूंगा", "जी के क्या करूंगा",
                      "jee ke kya karunga", "jeeke kya karunga", "कशाला जगायचं", "kashala jagaycha", "कशासाठी जगायचं", "kashasathi jagaycha",
                      "किसलिए जीना", "kisliye jeena", "nothing left but to die", "death is better than"),
    "cs_ram_ram_to_all": ("सबको राम राम", "sabko ram ram", "sab ko ram ram", "सगळ्यांना राम राम",
                          "saglyanna ram ram"),
    "cs_sorry_or_children": ("माफी", "maafi", "mafi", "माफ", "बालकां", "बच्चों का ध्यान", "bachon ka dhyan",
                             "mulanchi kalji", "मुलांची काळजी", "sorry"),
    "cs_kept_hitting": ("बुक्क्या मारतो", "bukkya marto", "keep banging", "keep hitting", "पटकता रहा", "patakta raha", "मारता रहा", "marta raha", "maarta raha", "आपटत राहिलो",
                        "aaptat rahilo", "kept hitting", "kept banging", "पीटी", "peeti", "पीट ली", "peet li"),
    "cs_swollen": ("jab tak sooj", "jab tak suj", "जब तक सूज", "सूज गई", "सूज गया", "सूज गयी", "suj gaya", "sooj gaya", "suj gayi", "सुजला", "sujla", "सुजली",
                   "sujli", "swollen", "swelled"),
    "cs_till_split": ("ओठ फुटला", "oth futla", "oth phutla", "lip split", "left a big bruise", "left a bruise",
                      "till it split", "till it bled", "until it bled", "until it split", "जब तक खून नहीं निकला",
                      "jab tak khoon nahi nikla", "रक्त येईपर्यंत", "rakt yeiparyant"),
    # chopped with the sickle: "भावकीतला तो माणूस परत आला तर कोयत्याने तोडेन"
    "cs_will_chop": ("तोडेन", "todin", "todeen", "तुकडे करेन", "tukde karen", "kaapun takin", "कापून टाकीन",
                     "काट डालूंगा", "kaat dalunga", "tukde kar dunga", "टुकड़े कर दूंगा"),
    "cs_know_where": ("i know where he sleeps", "i know where he lives", "i know where he parks",
                      "i know which room he stays in",
                      "pata hai kahan sota hai",
                      "पता है कहाँ सोता है", "मला माहित आहे तो कुठे झोपतो", "mala mahit ahe to kuthe zopto"),
    "cs_finish_him": ("going to finish", "gonna finish", "will finish him", "finish him", "nipta dunga",
                      "निपटा दूंगा", "tyala sampavnar", "त्याला संपवणार"),
    "cs_wont_again_him": ("he wont reach", "he won't reach", "he wont play another", "he won't play another",
                          "he wont see another",
                          "he won't see another", "agli shaadi nahi bajayega", "अगली शादी नहीं बजाएगा"),
    "cs_him_or_me": ("ya wo rahega ya main", "या वो रहेगा या मैं", "ya to wo ya main", "either he goes or i do",
                     "to rahil nahitar mi", "तो राहील नाहीतर मी"),
    # run over with the tractor (holdout 20): "tractor le ke uske ghar ke aage khada hu, nikla to upar chadha dunga"
    "cs_run_over": ("upar chadha dunga", "ऊपर चढ़ा दूंगा", "run him over",
                    "gaadi chadha dunga", "अंगावर घालीन", "angavar ghalin"),
    "cs_sharpened": ("tez kar liya", "तेज कर लिया", "tez kar li", "तेज कर ली", "dhar lavli", "धार लावली",
                     "sharpened"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

CATTLE_SHED_AND_MILK_VAN: tuple[Combination, ...] = (
    Combination(S, (_g("cs_shed"), _ROPE, _g("cs_bolted", "locked_in", "door_unopened", "no_answer")), 14,
                across=True),
    Combination(S, (_g("cs_beam"), _ROPE, _g("cs_tried_or_watched")), 12, across=True,
                unless=_g("hanging_harmless"), unless_reach=4),
    Combination(S, (_g("cs_milk_to_another"), _g("cs_time_over")), 14, across=True),
    Combination(S, (_g("cs_animals_gone"), _g("cs_not_long_after")), 14, across=True),
    Combination(S, (_g("cs_only_death"),), 0),
    Combination(S, (_g("cs_ram_ram_to_all"), _g("cs_sorry_or_children")), 12, across=True),
    Combination(SH, (_g("hand_part", "self", "body_part_other"), _g("cs_kept_hitting"),
                     _g("cs_swollen", "on_purpose")), 10, across=True),
    Combination(SH, (_g("self", "mine_own", "my_own"), _g("bang", "strike", "cs_kept_hitting"), _g("cs_till_split")), 10,
                across=True),
    Combination(HO, (_g("weapon", "blade_of_the_farm"), _g("cs_will_chop")), 3),
    Combination(HO, (_g("cs_know_where"), _g("cs_wont_again_him")), 14, across=True),
    Combination(HO, (_g("cs_finish_him"), _g("cs_know_where")), 14, across=True),
    Combination(HO, (_g("cs_him_or_me"), _g("cs_sharpened", "weapon", "blade_of_the_farm")), 12, across=True),
    Combination(HO, (_g("vehicle"), _g("other_target", "third_person"), _g("cs_run_over")), 14, across=True),
)
