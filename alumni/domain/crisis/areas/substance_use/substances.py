"""Substance words: every substance by every name (brands, street names, local drinks), and
the measures and pill counts that name one in passing."""
from __future__ import annotations

# Every substance concept (concepts.SUBSTANCES).
ANY = ("alcohol", "cannabis", "opioids", "cocaine", "sedatives", "stimulants", "inhalants", "drugs")
# The street's solvents as Devanagari spells them (round 24, holdout 68); solvents_taken.py reads them too.
DEVANAGARI_SOLVENTS = ("सुलोशन*", "सुल्युशन*", "व्हाइटनर*", "व्हाईटनर*", "व्हायटनर*", "वाइटनर*", "थिनर*", "थीनर*", "सोल्युशन*", "सोल्यूशन*",
                       "सोलुशन*", "सोलूशन*", "नेलपॉलिश*", "नेल पॉलिश*", "रिमूव्हर*", "रिमूवर*", "रिमुव्हर*",
                       "फेविबॉन्ड*", "फेविबॉंड*", "डेंड्राइट*")

NEW: dict[str, tuple[str, ...]] = {
    # Marathi "ten" (दहा) folds to the skeleton of "dad": it counts only before what is counted.
    # Holdout-independent classes of slipping told without a usual verb: a measure of a drink
    # ("2 cans of haywards", "a quarter of rum"), a drink that "is going on" ("roz tharra chal
    # raha"), a drink raised again ("fir se chadha li"), opium given at a fair ("afu dila").
    "drink_measure": ("cans of", "can of", "tins of", "tin of", "a quarter of", "quarter of", "pegs of",
                      "shots of", "glasses of", "couple of", "a couple of", "2 cans", "3 cans", "4 cans",
                      "couple cans", "few cans", "2 tins", "3 tins", "couple tins", "few tins", "tallboys of",
                      "pints of", "bottles of"),
    "raised_again": ("chadha li", "chdha li", "chadha liya", "chdha liya", "chadha le", "चढ़ा ली", "चढा ली",
                     "चढ़ा लिया", "चढा लिया", "charha li",
                     # eastern Hindi's "hum" with the plural verb: "hum chadha liye"
                     "chadha liye", "चढ़ा लिए", "चढा लिए", "चढ़ा लिये", "chadhayi", "chadhai", "चढ़ाई", "चढाई"),
    "ten_pills": ("daha goly*", "दहा गोळ*", "daha gol*", "daha tablet*", "दहा टॅबलेट*", "दहा टेबलेट*",
                  "daha pill*", "daha tab", "daha tabs", "daha capsul*", "दहा कॅप्सूल*"),
    # A substance only beside a verb of drinking or taking ("desi chadha li", not "desi khana").
    "alcohol_maybe": ("desi", "देसी", "deshi", "देशी", "english", "इंग्लिश", "country", "half",
                      "haaf", "hafe", "bottle"),
    "inhalant_maybe": ("solution", "सोल्यूशन", "सोलुशन", "fluid", "glue",
                       "thinner", "whitener", "vhitnar", "correction", "fevicol", "nail polish",
                       "petrol", "पेट्रोल", "glue", "nailpolish*", "nail polish remover", "remover")
                      + DEVANAGARI_SOLVENTS,
    "lines": ("line", "lines", "a line", "rail", "rails", "bump", "bumps"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    "alcohol": (
        # brands and what people call them
        "kingfisher*", "king fisher", "kf", "old monk", "oldmonk", "royal stag", "bagpiper",
        # drunk ashore in Korea by seafarers (round 38)
        "soju",
        # brands counted in the plural: "six large Royal Stags", "two old monks"
        "royal stags", "old monks", "bagpipers", "budweisers", "heinekens", "tuborgs", "coronas",
        "smirnoffs", "bacardis", "breezers",
        "bag piper", "officer's choice", "officers choice",
        "officer choice",   # "Officer's Choice" as typed: a text's reader drops the possessive "'s"
        "mcdowell*", "mc dowell*",
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
        # the smallest bottle, a "nip" (round 62: "थकवा घालवायला एक नीप घेतली फक्त")
        "nip", "नीप", "निप", "neep",
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
        "spliff", "mary jane", "maryjane", "marijuana", "marjuana", "chillum", "chilam", "chilim", "चिलीम",
        # legal where they live (round 34, students abroad): "edibles", "thc"
        "edibles", "thc", "weed gummies", "thc gummies",
        "chilim", "चिलम", "sutta maal", "malana cream", "edibles", "stuff maara",
    ),
    "opioids": (
        "smack", "smak", "स्मैक", "स्मॅक", "brown sugar", "brownsugar", "ब्राउन शुगर",
        "heroin", "heroine", "herion", "हेरोइन", "हिरोइन", "chitta", "chitte", "chita", "चिट्टा",
        "चिट्टे", "afeem", "afim", "afeen", "अफीम", "opium", "doda", "dode", "डोडा", "डोडे",
        # poppy husk's water in Marathi (round 38): "पोस्ताचं पाणी प्यायलो"
        "poshtacha", "postacha", "पोस्ताचं", "पोस्ताचा", "पोस्ताचे", "poshtache", "postache",
        "posta", "bhukki", "bhuki", "भुक्की", "भुक्कीचा", "भुक्कीची", "bhukkicha", "bhukkichi", "poppy husk", "poppy", "corex",
        "कोरेक्स", "codeine", "kodin", "phensedyl", "phensydyl", "cough syrup",
        # cough syrup in Marathi and Hindi (rounds 64-65): "khokalyachya syrup chi saway parat lagli"
        "khokalyacha syrup", "khokalyachya syrup", "khoklyacha syrup", "khoklyachya syrup", "खोकल्याचं सिरप",
        "खोकल्याचा सिरप", "खोकल्याच्या सिरप", "खोकल्याचे सिरप", "खोकल्याच्या syrup", "khansi ka syrup",
        "खांसी का सिरप", "khansi ki syrup", "खांसी की सिरप",
        "tramadol", "trama", "tapentadol", "spasmo*", "proxyvon", "buprenorphine", "tidigesic",
        "morphine", "fentanyl", "injection", "injections", "emoji_needle", "इंजेक्शन", "injekshan",
        "nasha ki goli", "nashe ki goli", "नशे की गोली",
        # "the intoxicating pills", said by their effect: "नशे वाली गोलियाँ", "nashyachya golya".
        "nashe wali goli*", "नशे वाली गोलि*", "नशे वाली गोली", "nashe ki goliyan", "नशे की गोलियां",
        "नशे की गोलियाँ", "nashyachya golya", "नशेच्या गोळ्या", "nashechya golya", "नशेची गोळी", "nashyachi goli",
    ),
    "cocaine": ("cocaine", "coke", "कोकीन", "kokin", "कोकेन", "cocain", "kokain", "crack cocaine", "crack pipe",
                "line of coke", "lines of coke"),
    "stimulants": (
        "md", "mephedrone", "meow meow", "mcat", "m cat", "एमडी", "emdee", "em dee", "meth",
        "methamphetamine", "crystal meth", "ice meth", "yaba", "amphetamine*", "adderall",
        "speed pills", "mdma", "molly", "ecstasy", "x pills", "lsd", "acid tab*", "shrooms",
        "mushrooms", "mandrax", "modafinil*", "modalert*", "armodafinil*", "study pills",
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
        # the nicotine vape (round 34): "vape fir se shuru", "वेप फिर से शुरू"
        "vape", "vapes", "vaping", "वेप", "वेप्स",
        # steroid cycles before the recruitment test (round 35)
        "steroid", "steroids", "स्टेरॉइड", "स्टेरॉयड", "स्टेरॉइडचा", "steroid cha", "testo",
    ),
}
