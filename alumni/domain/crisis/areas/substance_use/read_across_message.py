"""Substance-use words read across the whole message by alumni.domain.crisis.evidence_use:
classes of signal that make a relapse or a craving only together."""
from __future__ import annotations

NEW: dict[str, tuple[str, ...]] = {
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
                 "मिल जाए", "milel ka", "मिळेल का", "de do", "dedo", "de de", "de na",
                 # Marathi "wanted" with the copula fused: "हवंय", "havay"
                 "हवंय", "हवय", "havay", "havey", "havaych", "हवंच"),
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
                  "not even one sip", "even one sip", "not even a sip", "even a sip", "ek ghoont bhi nahi",
                  "एक घूंट भी नहीं", "ek ghut bhi nahi", "ek ghot pan nahi", "एक घोट पण नाही", "ek ghot suddha nahi",
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
                        "mann ghabra*", "मन घबरा*",
                        # the body answering a cue (the old place, the smell)
                        "heart started pounding", "heart was pounding", "heart pounding", "heart racing",
                        "heart started racing", "body went crazy", "whole body went crazy", "mouth watered",
                        "mouth started watering", "mouth watering", "tondala paani sutla", "tondala pani sutla",
                        "तोंडाला पाणी सुटलं", "तोंडाला पाणी सुटले", "muh me paani", "munh me paani", "मुंह में पानी",
                        "dil dhadakne laga", "दिल धड़कने लगा", "dil zor se dhadak*", "दिल ज़ोर से धड़क*",
                        "haath kaanpne lage", "हाथ कांपने लगे", "haat thartharle", "हात थरथरले", "chhati dhadadhad",
                        "पोटात गोळा", "potat gola"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}
