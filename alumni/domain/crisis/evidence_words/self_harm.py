"""Signal classes of self-harm read across a whole message: hunger and heat as punishment,
injury, on purpose, hiding it."""
from __future__ import annotations

WORDS: dict[str, tuple[str, ...]] = {
    # --- self-harm: hunger and heat as punishment ---
    "starve_self": (
        "starved myself", "starving myself", "starve myself", "khud ko bhookha", "खुद को भूखा",
        "khud ko bhukha", "swatala upashi", "स्वतःला उपाशी", "not eating on purpose",
    ),
    "starve": (
        "stopped eating", "havent eaten", "haven't eaten", "didnt eat", "didn't eat",
        "not eaten", "no food for", "without food", "bhookha reh*", "bhukha reh*", "bhookhi reh*",
        "bhukhi reh*", "भूखा रह*", "भूखी रह*", "khana chhod*", "खाना छोड़*", "khana nahi kha*",
        "खाना नहीं खा*", "upashi rah*", "उपाशी राह*", "jevan sodl*", "जेवण सोडल*", "jevlo nahi",
        "जेवलो नाही", "jevle nahi", "जेवले नाही",
    ),
    "punish": (
        "punishment", "punish myself", "punishing myself", "to punish", "as punishment",
        "i deserve it", "i deserve this", "deserved it", "deserve the pain", "saza", "सज़ा",
        "सजा", "shiksha", "शिक्षा", "layak hu", "लायक हूं", "layakicha", "for slipping",
        "for relapsing", "for drinking", "for using", "for failing",
    ),
    "heat_tool": (
        "heated the", "heated a", "heated it", "hot spoon", "hot knife", "hot iron", "hot coin",
        "hot metal", "red hot", "garam chamach", "गरम चम्मच", "garam karke", "गरम करके",
        "garam kar ke", "tapvun", "तापवून", "taapvun", "gaaram karun", "garam karun", "गरम करून",
        "cigarette", "cig", "lighter", "matchstick",
        "garam tave", "garam tawe", "गर्म तवे", "गरम तवे", "गर्म तवा", "hot tawa", "tapleli kadhai",
        "istri", "इस्त्री",
        # something burning, held to the skin: an incense stick, a lit match
        "agarbatti*", "अगरबत्ती*", "udbatti*", "उदबत्ती*", "jalti", "जलती", "jalta", "जलता",
        "jalti hui", "जलती हुई", "jalti agarbatti", "petti", "पेटती", "petta", "पेटता", "lit match",
        "burning incense", "incense stick",
    ),
    "press": (
        "pressed it", "press it", "pressing it", "held it on", "held it against", "hold it on",
        "pressed on", "pressed against", "stubbed", "stub it", "daba diya",
        "दबा दिया", "daba di", "दबा दी", "chipka diya", "chipkaya", "chipkavla", "dabla", "दाबला", "dabli", "दाबली", "tekavla", "टेकवला", "on my skin",
        "on my arm", "on my hand", "on my wrist", "on my thigh", "on my leg", "to my skin",
        "into my skin", "haath pe", "हाथ पे", "haath par", "हाथ पर", "hatavar", "हातावर",
    ),
    "harm_intent": (
        "going to", "gonna", "will", "i'll", "tomorrow", "tmrw", "tonight", "tonite", "2nite", "keeping",
        "kept", "under my bed", "in my bag", "in my pocket", "sharpen*",
        "dunga", "dungi", "दूंगा", "दूँगा", "karunga", "करूंगा", "todnar", "तोडणार",
        "deil", "देईन", "karin", "करीन", "marnar", "मारणार",
        "utha li", "utha liya", "उठा ली", "उठा लिया", "nikal li", "nikal liya", "निकाल ली", "निकाल लिया",
        "dhaar laga*", "धार लगा*", "dhar kadh*", "धार काढ*",
    ),

    # --- self-harm ---
    "skin": (
        "kes upat*", "केस उपट*",
        "hair", "skin", "arm", "arms", "wrist", "wrists", "thigh", "thighs", "finger*", "nails",
        "baal", "बाल", "chamdi", "चमड़ी", "चमडी", "haath", "हाथ", "hath", "baah",
        "बांह", "बाँह", "ungli*", "उंगली*", "उँगली*", "उंगलियां", "kalai", "कलाई", "kalaiyon", "कलाइयों", "kalaiyan", "कलाइयां", "kalaiyo", "jangh", "जांघ",
        "हात", "bot", "बोट*", "mandi", "मांडी", "twacha", "त्वचा", "lips",
        "palm", "palms", "hand", "hands", "leg", "legs", "stomach", "hatheli", "हथेली",
        "तळहात", "talhat", "pair", "पैर", "pet", "पेट", "पोट", "pot",
        "knuckles", "knuckle", "fist", "fists",
        "kalaiyon", "kalaiyo", "कलाइयों", "कलाईयों", "kalaiya", "कलाइयां", "managat", "मनगट", "managtavar",
        "मनगटावर",
        # the throat (round 33: "वही ब्लेड अब गले के लिए रखा है")
        "गले", "गला", "गळा", "गळ्यावर", "gale", "gala", "neck", "throat",
    ),
    "injure": (
        "pulled out", "pull out", "pulling out", "ripped out", "tore out", "scratch*", "picked at",
        "picking at", "khurach*", "खुरच*", "nooch*", "नोच*", "noch*", "chheel*", "छील*", "jala di",
        "jala diya", "jalaya", "jalayi", "जला दी", "जला दिया", "जलाया", "burned", "burnt", "burning",
        "bite", "biting", "ukhad*", "उखाड़*", "jalavl*", "जाळल*",
        "orbad*", "ओरबाड*", "kes upat*", "केस उपट*", "ochkar*", "kaapla", "कापल*", "kaat li", "kaat di", "kaat diya", "काट ली", "काट दी", "काट दिया", "upatle", "upatla", "उपटले", "उपटला", "slashed",
        "lighter on", "used a lighter", "cigarette on", "cig on", "blade on", "razor on",
        "compass on", "hot spoon", "iron on", "lighter se", "लाइटर से", "cigarette se",
        "in clumps", "clumps", "bald patch*", "yanking", "yanked out",
        "सिगरेट से", "blade se", "ब्लेड से", "blade ne", "ब्लेडने",
        "punched the wall", "punch the wall", "punching the wall", "punching walls",
        "deewar pe mukka", "दीवार पर मुक्का", "bhintivar buksa", "भिंतीवर बुक्का",
        # cut marks seen, cutting going on
        "kate ke nishaan", "kate ke nishan", "कटे के निशान", "kaat rahi", "kaat raha", "काट रही",
        "काट रहा", "cut marks", "kaplyachya khuna", "कापल्याच्या खुणा",
        # glass and mirrors struck, the hand burnt
        "punched the mirror", "punch the mirror", "punched a mirror", "punched the glass",
        "punched the window", "smashed the mirror", "smashed my hand", "haath mara", "हाथ मारा",
        "haat marla", "hath marla", "हात मारला", "kachevar", "काचेवर", "sheeshe pe", "शीशे पर",
        "sheeshe par", "jaalla", "jalla", "जाळला", "जाळलं", "jaalli", "जाळली",
    ),
    # Hiding the marks: sleeves, a cover, nobody to see.
    "conceal": (
        "full sleeves", "full sleeve", "long sleeves", "long sleeve", "so no one sees",
        "so nobody sees", "no one sees my", "nobody sees my", "no one can see", "hide my arms",
        "hide the cuts", "hide the marks", "hide the scars", "hiding my arms", "hiding the cuts",
        "hiding the marks", "koi dekh na le", "कोई देख न ले", "koi na dekhe", "कोई न देखे",
        "nishan chhupa*", "निशान छुपा*", "kunala disu naye", "कुणाला दिसू नये", "vran lapav*",
        "खुणा लपव*", "khuna lapav*",
    ),
    # What the hurt is for: quiet in the head.
    "relief": (
        "shuts my head up", "shuts my mind up", "shut my head up", "only thing that helps",
        "only thing that works", "makes it quiet", "feel something", "feel anything",
        "sukoon milta", "सुकून मिलता", "shant vatta", "शांत वाटतं", "dimag shant",
    ),
    "on_purpose": (
        "jaan bujh*", "जानबूझ*", "जान बूझ*", "on purpose", "deliberately", "purposely", "mudam",
        "मुद्दाम", "again", "every day", "everyday", "every night", "roz", "रोज़", "रोज", "daily",
        "till it bleeds", "until it bleeds", "it bleeds", "bald spot", "scar*", "to feel",
        "bald patch*",
        "to punish", "saza", "सज़ा", "सजा", "khud ko", "खुद को", "myself", "phir se", "fir se",
        "फिर से", "parat", "परत", "punha", "पुन्हा",
        # one's own hand, said as such: "swatahacha haat", "अपना ही हाथ"
        "swatahacha", "swatacha", "swatahachya", "स्वतःचा", "स्वतःच्या", "स्वतःचे", "apna hi",
        "अपना ही", "my own",
    ),
    # Anger turned on one's own body: "gusse mein haath...", "रागात हात मारला".
    "anger": (
        "gussa", "gusse", "gusse me", "gusse mein", "गुस्सा", "गुस्से", "गुस्से में", "राग", "रागात",
        "raag", "ragat", "raagat", "rag aala", "राग आला", "angry", "anger", "rage", "furious",
        "frustrat*", "chidchid", "चिडचिड", "chidlo", "चिडलो", "sanak", "सनक",
    ),
    # What the blow or the burn left: split, swollen, bleeding.
    "wound_result": (
        "split", "swollen", "bleeding", "bled", "blood", "khoon", "खून", "rakt", "रक्त", "suj*",
        "सूज*", "सुज*", "fracture", "cracked", "chhale", "छाले", "phod", "फोड",
    ),
    # Put down on the hot thing.
    "put_on": (
        "rakh diya", "rakh di", "रख दिया", "रख दी", "thevla", "ठेवला", "thevli", "ठेवली", "put my",
        "held my", "kept my", "dabaya", "दबाया",
    ),
    "accident": (
        "cooking", "kitchen", "aarti", "आरती", "pooja", "puja", "पूजा", "mandir", "मंदिर", "by mistake", "galti se", "गलती से", "chukun", "चुकून", "accident*",
        "fell", "gira", "गिरा", "padlo", "पडलो", "fence", "dog", "mosquito*", "itch*",
        "khujli", "खुजली", "the cat", "my cat", "cat scratched", "billi ne", "बिल्ली ने", "dog bit",
        "kutte ne", "कुत्ते ने", "rash", "haircut", "salon", "barber", "waxing", "eczema",
    ),

    # A blade at work: cane, wood, vegetables, the fields.
    "chore": (
        "oos", "ऊस", "lakdi", "लकडी", "लकड़ी", "lakdiyan", "firewood", "sabzi", "सब्ज़ी", "सब्जी",
        "bhaji", "भाजी", "vegetables", "coconut", "naral", "नारळ", "shetat", "शेतात", "khet me",
        "खेत में", "garden", "chicken", "mutton", "fish",
    ),
    # Not the writer's life: a story, a show, the news, a surprise.
    # Killing in slang: "boss cha game karto", a game played on a person.
    "slay": (
        "cha game kar*", "चा गेम कर*", "ka game kar*", "का गेम कर*", "ka game baja*", "का गेम बजा*",
        "game bajav*", "गेम बजा*", "game vajav*", "गेम वाजव*", "cha game vajav*", "चा गेम वाजव*",
    ),
    # Someone rushed for help after taking something.
    "rushed": (
        "dawakhan*", "दवाखान*", "hospital*", "हॉस्पिटल*", "aspatal*", "अस्पताल*", "ambulance",
        "icu", "emergency", "please call", "pls call", "plz call", "call karo", "call करा", "call kara",
        "bachao", "बचाओ", "vachva", "वाचवा", "hosh nahi", "होश नहीं", "shuddh nahi", "शुद्ध नाही",
    ),
    # Talk of it, again and again, from someone close (weak).
    "talk": (
        "bhasha karto", "भाषा करतो", "bhasha karte", "भाषा करते", "baat karta", "बात करता",
        "baatein karta", "बातें करता", "dhamki deta", "धमकी देता", "dhamki deto", "धमकी देतो",
        "talks about", "keeps saying", "threatens to", "keeps threatening",
        "bhasha kartoy", "भाषा करतोय", "bhasha kartey", "भाषा करतेय", "baat kar raha", "बात कर रहा",
        "baat kar rahi", "बात कर रही", "talking about", "keeps talking", "bolat asto", "बोलत असतो",
    ),
    # Since the medicine: the body read as its effect ("heart pounding after the pills").
    "after_dose": (
        "after the", "after my", "after those", "after these", "since the", "ke baad", "के बाद",
        "nantar", "नंतर", "ghetlyavar", "घेतल्यावर", "khallyavar", "खाल्ल्यावर",
    ),
    # A dose taken without naming it (not eating or drinking: "ate too much, can't breathe").
    "dosed": (
        "shot", "shot up", "injected", "banged", "popped", "snorted", "sniffed", "took", "taken",
        "le liya", "le li", "ले लिया", "ले ली", "ghetla", "ghetli", "ghetle", "घेतला", "घेतली",
        "घेतले", "laga liya", "लगा लिया", "maar liya", "maarli",
    ),
    # Taking it oneself, said ahead: the poison drunk or swallowed by the writer.
    "self_dose": (
        "pi lunga", "pi lungi", "pee lunga", "pee lungi", "pi jaunga", "pi jaungi", "पी लूंगा",
        "पी लूँगा", "पी लूंगी", "पी जाऊंगा", "पी जाऊँगा", "kha lunga", "kha lungi", "खा लूंगा",
        "खा लूँगा", "खा लूंगी", "piun takin", "पिऊन टाकीन", "piun taknar", "पिऊन टाकणार",
        "khaun takin", "खाऊन टाकीन", "pinar ahe", "पिणार आहे", "gonna drink", "will drink",
        "going to drink", "gonna swallow", "will swallow", "going to swallow", "drink it tonight",
    ),
    "topic": (
        "movie", "film", "series", "episode", "show", "novel", "book", "character", "news",
        "article", "song", "game", "surprise", "gift", "birthday", "party", "web series",
        "serial", "सीरियल", "picture", "पिक्चर", "chitrapat", "चित्रपट", "trip", "tour", "holiday",
        "vacation", "picnic", "ticket*", "booking", "interview", "promotion", "homework",
        "assignment", "project", "marks", "exam", "result", "gun milale", "गुण मिळाले",
    ),
}
