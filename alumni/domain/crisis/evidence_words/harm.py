"""Signal classes of harm to others read across a whole message: a weapon, a person, a
grudge, a plan against someone."""
from __future__ import annotations

WORDS: dict[str, tuple[str, ...]] = {
    # --- harm to others ---
    "blade": (
        "sickle", "hasiya", "हंसिया", "koyta", "koyt*", "कोयत*", "talwar", "तलवार", "chaku", "चाकू",
        "chaaku", "suri", "सुरी", "knife", "axe", "kulhadi", "कुल्हाड़ी", "kurhad", "कुऱ्हाड*",
        "acid", "tezaab", "tezab", "तेजाब", "तेज़ाब", "gun", "revolver", "pistol",
        "sword", "machete", "bandook", "बंदूक", "got the blade", "got a blade", "bought a blade",
        "kept a blade", "blade ready", "blade leke", "ब्लेड लेके",
        "stab*", "stabbing", "getting stabbed", "gets stabbed", "shoot him", "shoot her", "shot him",
        "goli maar*", "गोली मार*", "chaku maar*", "चाकू मार*", "bhosk*", "भोसक*",
    ),
    "fuel": (
        "petrol", "kerosene", "rockel", "ghasleat", "घासलेट", "diesel", "पेट्रोल", "matchbox",
        "machis", "माचिस", "lighter",
    ),
    "fire": (
        "burn the house", "burn his", "burn her", "burn their", "burn it down", "burn down",
        "burn them", "set fire", "set on fire", "on fire", "aag laga*", "आग लगा*", "aag lav*",
        "आग लाव*", "jala dunga", "jala dungi", "jala du", "जला दूंगा", "जला दूँगा", "जला दूं",
        "jaladunga", "jalavun", "जाळून", "jaal*un tak*", "पेटवून", "petvun", "petav*",
        "burns tonight", "burns tomorrow", "will burn tonight", "gonna burn", "going to burn",
        "up in flames", "torch his", "torch her", "torch their", "torch it", "torch the house",
        "torch the car", "torch the shop", "torch the place", "jala ke rakh", "जला के राख", "raakh kar", "राख कर", "pétvin", "petvin", "पेटवीन",
    ),
    "premises": (
        "house", "home", "his house", "her house", "office", "shop", "ghar", "घर", "gharala",
        "घराला", "gharat", "घरात", "dukaan", "दुकान", "dukan", "ofis", "ऑफिस", "bar", "theka", "ठेका", "dhaba", "ढाबा",
        "godown", "factory", "gaadi", "गाडी", "car",
    ),
    "person": (
        "neighbour", "neighbor", "boss", "manager", "landlord", "shejari", "shejar*",
        "शेजार*", "padosi", "पड़ोसी", "malik", "मालिक", "seth", "सेठ",
        "owner", "dealer", "peddler", "supplier", "contractor", "tenant", "saala", "saale",
        "jija", "jiju", "जीजा", "mehuna", "मेहुणा", "bhai ko", "भाई को", "uski", "uska", "उसकी",
        "उसका", "tyachi", "त्याची", "tichi", "तिची", "usko", "उसको", "usse", "tapori", "टपोरी",
        "gunda", "गुंडा",
    ),
    "revenge": (
        "knows what he did", "knows what she did", "knows what they did", "will pay", "gonna pay",
        "pay for this", "pay for what", "make him pay", "make her pay", "make them pay", "badla",
        "बदला", "sabak", "सबक", "hunt her down", "hunt him down", "hunt them down", "hunt you down",
        "track her down", "track him down", "find him and", "find her and", "nobody takes my",
        "no one takes my", "make him suffer", "make her suffer", "ruin his life", "dhada shikav*",
        "धडा शिकव*", "chhodunga nahi", "chodunga nahi", "nahi chhodunga", "छोड़ूंगा नहीं",
        "sodnar nahi", "सोडणार नाही", "dekh lunga", "देख लूंगा",
        "faisla hoga", "फैसला होगा", "aaj faisla", "आज फैसला", "hisab hoga", "हिसाब होगा",
        "hisaab barabar", "हिसाब बराबर", "hishob karto", "हिशोब करतो", "hishob chukta", "हिशोब चुकता",
        "get even", "getting even", "even with him", "even with her", "settle the score",
        "settle scores", "payback", "pay back", "teach him a lesson", "teach her a lesson",
        "teach them a lesson", "badla lena", "बदला लेना", "badla lunga", "बदला लूंगा", "badla ghein",
        # a lesson taught to a person, whoever it is ("teach my wife a lesson", "let him learn")
        "lesson", "let him learn", "let her learn", "sabak sikha*", "सबक सिखा*", "sabak dunga",
        "सबक दूंगा", "dhada deto", "धडा देतो", "dhada shikvin", "धडा शिकवीन",
        "बदला घेईन", "hisab chukta", "हिसाब चुकता",
    ),
    # A body left broken or dead, or the victim's door known: the threat said by its outcome.
    "maim": (
        "never walks again", "never walk again", "never walks", "break his legs", "break her legs",
        "break his bones", "break his head", "wont come back in one piece",
        "won't come back in one piece", "not come back in one piece", "in pieces", "laash milegi",
        "लाश मिलेगी", "laash giregi", "लाश गिरेगी", "lash milegi", "haath pair tod*",
        "हाथ पैर तोड़*", "taang tod*", "टांग तोड़*", "haddi tod*", "हड्डी तोड़*", "hat pay tod*",
        "हातपाय तोड*", "tukde kar*", "टुकड़े कर*", "mudda padel", "मुडदा पडेल", "zinda nahi chhod*",
        "ज़िंदा नहीं छोड़*", "जिंदा नहीं छोड़*", "knows where he lives", "know where he lives",
        "know where she lives", "where he lives", "where she lives", "where they live",
        "the dealer lives", "pata hai kahan rehta", "kuthe rahto", "कुठे राहतो", "पता है कहाँ रहता",
        "ghar pata hai", "घर पता है",
    ),
    # What the body will not do after it: said with a grudge, the threat is the beating.
    "outcome": (
        "wont be able to walk", "won't be able to walk", "not be able to walk", "wont be able to stand",
        "won't be able to stand", "wont be able to get up", "won't be able to get up", "cant walk for",
        "won't walk for", "wont walk for", "chal nahi payega", "chal nahi payegi", "chal nahi paega",
        "चल नहीं पाएगा", "चल नहीं पाएगी", "uth nahi payega", "uth nahi payegi", "उठ नहीं पाएगा",
        "उठ नहीं पाएगी", "khada nahi ho payega", "खड़ा नहीं हो पाएगा", "chalu shaknar nahi",
        "चालू शकणार नाही", "uthu shaknar nahi", "उठू शकणार नाही", "ubha rahu shaknar nahi",
        "उभा राहू शकणार नाही", "hospital jayega", "अस्पताल जाएगा", "dawakhanyat jail", "दवाखान्यात जाईल",
    ),
    # Going after a person.
    "hunt": (
        "hunt her down", "hunt him down", "hunt them down", "hunt you down", "track her down",
        "track him down", "find him and", "find her and", "nobody takes my", "no one takes my",
        "finish him", "finish her", "khatam kar dunga", "khatam kar dungi", "निपटा दूंगा",
        "sampvun takin", "संपवून टाकीन", "sampvin", "संपवीन",
        "run that guy over", "run the guy over", "run this guy over", "run that man over",
        "run him down", "run her down", "ram him", "ram her", "ram into him", "ram into her",
        "gaadi chadha*", "गाड़ी चढ़ा*", "kuchal dunga", "कुचल दूंगा", "kuchal du", "chirdun takin",
        "चिरडून टाकीन", "uda dunga", "उड़ा दूंगा", "thok dunga", "ठोक दूंगा", "thokun takin",
        # knocked flying off the road (round 63: "use bike se ulta udaunga road pe")
        "ulta udaunga", "उल्टा उड़ाऊंगा", "ulta uda dunga", "उल्टा उड़ा दूंगा",
        "ठोकून टाकीन", "tapka dunga", "टपका दूंगा", "kaam tamaam", "काम तमाम",
        # the same slang in the third person and the plural ("apun tapka dega")
        "tapka dega", "tapka denge", "tapka dungi", "टपका देगा", "टपका देंगे", "thok dega",
        "ठोक देगा", "uda dega", "उड़ा देगा", "khallas kar*", "खल्लास कर*", "upar pahuncha d*",
        "ऊपर पहुंचा द*", "upar bhej d*", "ऊपर भेज द*", "thikane laga d*", "ठिकाने लगा द*",
        # finished off: the English verb inside Hindi and Marathi, a family named whole
        "tyala finish", "त्याला finish", "tila finish", "तिला finish", "tyanna finish",
        "usko finish", "usse finish", "use finish", "unko finish", "sabko finish", "sab ko finish",
        "finish the whole", "finish the family", "finish everyone", "finish them all",
        "finish us all", "finish all of us", "finish you all", "kill the whole", "kill everyone",
        "kill us all", "kill all of us", "wipe out the", "pure ghar ko", "poore ghar ko",
        "पूरे घर को", "saglyanna sampv*", "सगळ्यांना संपव*", "sabko khatam", "सबको खत्म",
        # a vehicle driven at someone
        "run my car into", "drive my car into", "ram my car into", "run my bike into",
        "drive my bike into", "drive into him", "drive into her", "drive into them",
        "drive the car into", "drive the truck into", "run the truck into", "run him over",
        "run her over", "gaadi angavar", "गाडी अंगावर", "gaadi uspe", "gaadi us par",
        "गाड़ी उसपे", "गाड़ी उस पर", "truck chadha*", "ट्रक चढ़ा*",
        # the victim sent to hospital or the ground
        "put him in the hospital", "put her in the hospital", "put him in hospital",
        "put her in hospital", "put him in icu", "put him in the icu", "put him in the ground",
        "put her in the ground", "hospital pahuncha dunga", "अस्पताल पहुंचा दूंगा",
        "hospital bhej dunga", "अस्पताल भेज दूंगा", "dawakhanyat pathvin", "दवाखान्यात पाठवीन",
    ),
    # Harm named plainly, with whom it falls on.
    "harm_act": (
        "hurt the next", "hurt someone", "hurt somebody", "hurt anyone", "hurt anybody",
        "hurt him", "hurt her", "hurt them", "hurt that", "hurt this guy", "hurt the guy",
        "beat him up", "beat her up", "beat them up", "beat the hell", "beat the shit",
        "smash his", "smash her", "bash his", "bash her", "break his face", "break her face",
        "bust his", "kick his", "thrash him", "thrash her", "mar mar ke", "maar maar ke",
        "मार मार के", "maar daalunga", "mar dalunga", "मार डालूंगा", "maarun taakin",
        "marun takin", "मारून टाकीन", "मारी टाकीन", "mari takin", "maari takin", "ठार मार*", "thar mar*", "jaan se maar*", "जान से मार*",
        "haddi pasli", "हड्डी पसली", "dhulai kar*", "धुलाई कर*", "chopun kadh*", "चोपून काढ*",
        "tudav*", "तुडव*",
        # a head, face or teeth smashed, kicked or bashed in
        "head in", "heads in", "skull in", "face in", "teeth in",
    ),
    # Feelings and sport: hurt, but not a body.
    "harm_soft": (
        "feelings", "feeling", "words", "ego", "pride", "heart", "chances", "career", "game",
        "cricket", "match", "business", "sales", "ranking", "sand", "clouds", "hands", "game",
        "books", "work", "shame",
    ),
    # A blow landing: "a brick to the head".
    "blow": (
        "to the head", "to his head", "to her head", "over the head", "over his head",
        "on his head", "on her head", "in the head", "in his head", "in the face", "in his face",
        "in her face", "to the face", "across the face", "sar phod*", "सर फोड़*", "sir phod*",
        "सिर फोड़*", "sar pe maar*", "sir pe maar*", "सिर पे मार*", "सर पे मार*", "dokya var",
        "dokyat ghal*", "डोक्यात घाल*", "dokyavar mar*", "डोक्यावर मार*", "dokach fod*",
        "डोकंच फोड*", "doka fod*", "डोकं फोड*",
    ),
    "bludgeon": (
        "brick", "bricks", "rod", "iron rod", "cricket bat", "baseball bat", "a bat", "the bat", "hockey stick", "stick",
        "danda", "डंडा", "lathi", "लाठी", "stone", "rock", "hammer", "ईंट", "dagad", "दगड", "patthar", "पत्थर", "sabbal", "सब्बल", "hatoda", "हथौड़ा", "hatoda",
        "हातोडा", "bottle",
    ),
    # Fuel poured, then lit.
    "douse": (
        "pour petrol", "pour kerosene", "pour diesel", "poured petrol", "pour the petrol",
        "petrol daal*", "petrol dal*", "पेट्रोल डाल*", "petrol chhidak*", "पेट्रोल छिड़क*",
        "petrol otun", "पेट्रोल ओतून", "rockel otun", "रॉकेल ओतून", "kerosene daal*",
        "mitti ka tel daal*", "petrol on", "kerosene on", "diesel on", "petrol over",
    ),
    "ignite": (
        "light it up", "light it", "light him up", "light the place", "set it alight",
        "set alight", "torch it", "torch the", "torch his", "torch her", "matchbox", "matchstick",
        "match", "lighter", "tili laga*", "तीली लगा*", "machis laga*", "माचिस लगा*", "kadi lav*",
        "काडी लाव*", "kaadi lav*", "petav*", "पेटव*", "petvin", "पेटवीन", "jala dunga", "jala du",
        "jala denge", "jala ke", "जला दूंगा", "जला के", "jalavin", "जाळीन", "jaalun", "जाळून", "burn*",
    ),

}
