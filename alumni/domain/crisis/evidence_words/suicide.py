"""Signal classes of suicide read across a whole message: affairs put in order, a farewell,
a plan, the means, the courage, secrecy, feeling worthless or gone, and the weaker ones (a
place, tonight, an apology)."""
from __future__ import annotations

WORDS: dict[str, tuple[str, ...]] = {
    # Affairs put in order, thanks and apologies of someone leaving for good.
    "farewell": (
        "last message", "last msg", "last text", "my last", "final message", "final msg",
        "letter for my", "wrote letters", "wrote a letter", "note for my",
        "left a note for my", "left notes", "left a letter", "my will", "wrote my will", "made my will", "affairs in order",
        "everything in order", "insurance papers", "insurance policy", "my passwords",
        "thank you for trying", "thanks for trying", "thank u for trying", "thank you for everything",
        "thanks for everything", "thanx for everything", "more than anyone", "take care of my",
        "look after my", "forgive me", "please forgive", "bye forever", "one last time",
        "go quietly", "no drama", "sorry for everything", "tell my mom i", "tell mom i",
        "give my things", "my things to", "wont be a burden", "won't be a burden",
        "aakhri baar", "akhri baar", "aakhri message", "aakhri msg", "akhri message",
        "आखरी मैसेज", "आखिरी मैसेज", "आखरी मेसेज", "आखिरी मेसेज",
        "आखिरी बार", "आख़िरी बार", "आखिरी मैसेज", "आखरी बार", "vasiyat", "wasiyat", "वसीयत*",
        "maaf karna", "maaf kar dena", "maaf kardena", "mujhe maaf", "माफ़ करना", "माफ करना",
        "माफ कर देना", "मुझे माफ", "chitthi likh*", "चिट्ठी लिख*", "khat likh*", "sab ke liye shukriya",
        "thank you sab", "hamesha ke liye", "हमेशा के लिए", "mere bachon ka khayal",
        "bachon ka khayal", "बच्चों का ख्याल", "shevtacha", "shevatcha", "shevtachi", "शेवटचा",
        "शेवटची", "शेवटचं", "maaf kara", "माफ करा", "मला माफ", "mala maaf", "kayamcha", "kayamchi",
        "kayamche", "कायमचा", "कायमची", "कायमचे", "gosht sampli", "गोष्ट संपली", "kahani khatam", "kahani sampli", "कहाणी संपली", "कहानी संपली",
        "कहानी खत्म", "mrutyupatra", "मृत्युपत्र", "patra lihil*", "पत्र लिहिल*", "chitthi lihil*",
        "चिठ्ठी लिहिल*", "mulanchi kalji", "मुलांची काळजी",
        # the children entrusted, in each script (round 23); "my" children, as "bachchon ka dhyan
        # rakhna" alone is asked of a spouse for an afternoon
        "मेरे बच्चों का ध्यान", "mere bachon ka dhyan", "mere bachchon ka dhyan", "mere baccho ka dhyan",
        "majhya mulankade laksh", "माझ्या मुलांकडे लक्ष",
        # thanks for everything in Marathi, and do not look for me (round 23)
        "thank you सगळ्यासाठी", "thanks सगळ्यासाठी", "thank you saglyasathi", "सगळ्यासाठी धन्यवाद",
        "saglyasathi dhanyavad", "सगळ्यांचे आभार", "sab ke liye thank you", "dhoondhna mat", "ढूंढना मत",
        "dhundhna mat", "mat dhoondhna", "मत ढूंढना", "shodhu naka", "शोधू नका", "dont look for me",
        "don't look for me", "dont search for me", "don't search for me", "dont try to find me",
        "don't try to find me",
        # messages left for the family, things given away, the last of something
        "written letters", "letters to my", "letter to my", "make sure they get", "tell my daughter",
        "tell my son", "tell my kids", "tell my children", "giving my things", "giving away my", "gave away my", "my things away",
        "aakhri sandesh", "akhri sandesh", "आखिरी संदेश", "आख़िरी संदेश", "आखरी संदेश",
        "meri aakhri", "meri akhri", "मेरी आखिरी", "मेरी आख़िरी", "aakhri raat", "akhri raat",
        "आखिरी रात", "आख़िरी रात", "मुलांना सांगा", "mulanna sanga", "bachon ko batana",
        "बच्चों को बताना", "bachon se kehna", "बच्चों से कहना", "lic ka paper", "lic ke paper",
        "lic papers", "lic policy", "एलआईसी",
        "make sure my daughter gets", "make sure my son gets", "make sure my wife gets",
        "make sure my kids get", "make sure my family gets", "gets my pf", "get my pf", "pf to my",
        "my savings to", "my bank details", "my atm pin", "mulila sanga", "मुलीला सांगा", "mulala sanga",
        "मुलाला सांगा", "baykola sanga", "बायकोला सांगा", "aaila sanga", "आईला सांगा", "beti ko batana",
        "बेटी को बताना", "bete ko batana", "बेटे को बताना", "prem karat hoto", "prem karat hote",
        "प्रेम करत होतो", "प्रेम करत होते", "pyar karta tha", "pyaar karta tha", "प्यार करता था",
        "loved her very much", "loved him very much", "loved them very much", "always loved you",
        # a note found, a promise to be no more trouble
        "found a letter", "found a note", "found his letter", "found her letter", "found his note",
        "found her note", "wont trouble us anymore", "won't trouble us anymore",
        "wont trouble anyone anymore", "won't trouble anyone anymore", "wont trouble you anymore",
        "won't trouble you anymore", "wont bother anyone anymore", "won't bother anyone anymore",
        "no more trouble", "not be a trouble", "pareshan nahi karunga",
        "pareshan nahi karungi", "परेशान नहीं करूंगा", "परेशान नहीं करूँगा", "परेशान नहीं करूंगी",
        "tang nahi karunga", "तंग नहीं करूंगा", "tras denar nahi", "त्रास देणार नाही", "tras nahi denar",
        "chitthi mili", "चिट्ठी मिली", "chitthi sapadli", "चिठ्ठी सापडली",
        # a letter written and left; thanks for the trying; who gets what
        "patra lihun", "पत्र लिहून", "letter lihun", "letter likh ke", "लेटर लिख के",
        "chitthi likh ke", "चिट्ठी लिख के", "aapne bahut koshish ki", "aapne koshish ki",
        "आपने बहुत कोशिश की", "आपने कोशिश की", "tumhi khup prayatna kele", "तुम्ही खूप प्रयत्न केले",
        "you tried your best", "you did your best", "you did everything you could",
        "make sure my mother gets", "make sure my mom gets", "make sure my father gets",
        "make sure my dad gets", "make sure my brother gets", "make sure my sister gets",
        "make sure my parents get", "make sure my husband gets", "make sure she gets",
        "make sure he gets", "give this to my", "give these to my",
        # accounts settled, nothing left owing
        "hisaab baaki nahi", "hisab baki nahi", "हिसाब बाकी नहीं", "koi hisaab baaki", "कोई हिसाब बाकी",
        "sab hisaab barabar", "सब हिसाब बराबर", "hisaab clear", "karza utar diya", "karz utar diya",
        "कर्ज़ उतार दिया", "कर्जा उतार दिया", "karj fedla", "karja fedla", "कर्ज फेडलं", "सगळं कर्ज फेडलं",
        "hishob chukta", "हिशोब चुकता", "paid off all my debts", "settled all my debts",
        "settled all my accounts", "nothing left to settle",
        # a note left behind by someone gone; things given away by them
        "chitthi chhod*", "चिट्ठी छोड़*", "chithi chhod*", "चिठ्ठी छोड़*", "chitthi chod*",
        "note chhod*", "नोट छोड़*", "letter chhod*", "chitthi thevli", "चिठ्ठी ठेवली", "चिट्ठी ठेवली",
        "chitthi thevun", "चिठ्ठी ठेवून", "left a note behind", "left behind a note", "note lihun gela",
        "giving away his", "giving away her", "gave away his", "gave away her", "his atm pin",
        "her atm pin", "atm pin safe", "apni cheezein baant", "अपनी चीज़ें बांट", "saman baant raha",
        "सामान बांट रहा", "vastu vatun", "वस्तू वाटून",
    ),
    # A decision, a plan, a date.
    "plan": (
        "picked a date", "date picked", "picked the date", "chose the date", "chosen the date",
        "set a date", "set the date", "date is fixed", "date fixed", "made up my mind",
        "mind is made up", "mind made up", "i have decided", "ive decided", "i've decided",
        "i decided", "already decided", "planned it", "planning how", "planned how", "plan is ready",
        "plan ready", "plan is set", "figured out how", "worked out how", "din tay", "din fix", "tay kar liya",
        "तय कर लिया", "faisla kar", "फैसला कर", "faisla ho", "फैसला हो", "mera faisla",
        "मेरा फैसला", "plan tayar", "plan taiyar", "plan tayyar", "ठरवलं", "ठरवले", "ठरवलंय",
        "tharavla", "tharavle", "tharavlay", "tharla", "ठरलं", "nishchay", "निश्चय", "nirnay",
        "निर्णय", "yojana", "योजना",
        "decide kar liya", "decide kiya", "decide kar lia", "decide kela", "decide kelay",
        "decide kelay", "डिसाइड कर लिया", "pakka kar liya", "पक्का कर लिया", "pakka kela", "पक्कं केलं",
    ),
    # Means, methods and places of death (with the lexicon's hang/jump/height/poison/weapon).
    "means": (
        # a wire taken into the room (round 33): "स्पीकरची वायर घेऊन खोलीत बसलोय"
        "स्पीकरची वायर", "स्पीकर का तार", "speaker wire", "speaker ka taar", "speaker chi wire", "वायर घेऊन",
        "wire gheun", "तार लेकर", "taar lekar", "wire lekar", "वायर लेकर",
        "revolver", "pistol", "gun", "guns", "bandook", "बंदूक", "rope",
        "noose", "deep enough", "high enough", "strong enough", "floors is enough",
        "floor is enough", "floor should do", "floor shd do", "walking in", "walk in", "walk into",
        "stepping in front", "step in front", "in front of a", "under a truck", "under a train",
        "under the train", "sleeping pills", "neend ki goli*", "नींद की गोली*",
        "udi", "उडी", "udi marun", "उडी मारून", "jump into", "jump in front",
        # the car in a shut garage; a hold let go of
        "engine running", "engine runing", "engine on", "engine chalu", "garage shut",
        "garage closed", "exhaust pipe", "let go", "nearly let go", "almost let go", "almost jumped",
        "nearly jumped", "going back there", "go back there", "parapet", "ledge", "edge of the roof", "edge of the terrace",
        "kathda", "कठडा",
        "kathdyavar", "कठड्यावर",
        "stood at the edge", "standing at the edge", "stand at the edge", "go back up", "going back up",
        "ke aage kud*", "के आगे कूद*", "aage kood*", "samor udi", "समोर उडी",
        # a noose by its own word, only with its verb ("fas" alone folds like "fees")
        "fas ghe*", "फास घे*", "faas ghe*", "fas lav*", "फास लाव*", "fasi ghe*", "फाशी घे*",
        "fasi lav*", "फाशी लाव*", "phansi laga*", "fansi laga*", "फांसी लगा*", "फाँसी लगा*",
        "phansi pe", "फांसी पे", "gala fas*", "गळफास*", "galfas*",
    ),
    "place": (
        "lake", "river", "canal", "bridge", "terrace", "rooftop", "roof", "floors",
        "7th floor", "highway", "tracks", "railway", "nahar", "नहर", "nadi", "नदी", "talav",
        "तलाव", "talab", "तालाब", "vihir", "विहीर", "pul", "पुल",
        "samudra", "समुद्र", "samundar", "समुंदर", "dam", "railing", "gachi", "गच्ची", "chhat se", "chhat pe", "chhat par", "छत से", "छत पर", "छत पे", "khadi", "खाडी",
        "train", "trein", "tren", "ट्रेन", "railgadi", "रेलगाड़ी", "रेल्वे", "relve",
        "धरणावर", "dharnavar", "धरणावरून", "dharnavarun", "धरणात", "dharnat", "धरणाच्या",
    ),
    # What happens after: who finds what.
    "aftermath": (
        "theyll find", "they'll find", "they will find", "will find them", "will find me", "mere baad",
        "मेरे बाद", "majhya nantar", "माझ्या नंतर", "माझ्यानंतर", "after i'm gone", "after im gone",
        "when im gone", "when i'm gone", "for my kids", "for the kids", "bachon ke liye",
        "बच्चों के लिए", "mulansathi", "मुलांसाठी", "mulan sathi", "for my wife", "for my son",
        "for my daughter",
    ),
    # Said once, the last time: counts as two signals.
    "last_contact": (
        "last number im texting", "last number i'm texting", "last number i am texting",
        "last person im texting", "last person i'm texting", "last one im texting",
        "last person im talking to", "last person i'm talking to", "last one i am talking",
        "last one im talking", "last one i'm talking", "last person i am", "last vyakti",
        "शेवटची व्यक्ती", "aakhri insaan", "आखिरी इंसान", "akhri insaan", "aakhri banda", "last insaan",
        "last banda", "aakhri vyakti", "आखिरी व्यक्ति", "last vyakti ho",
        "aakhri baar message", "aakhri baar msg", "akhri baar message", "आखिरी बार मैसेज",
        "आख़िरी बार मैसेज", "aakhri baar baat", "आखिरी बार बात", "last time texting",
        "last time messaging", "last time you hear", "last time you'll hear", "last time youll hear",
        "shevtacha message", "शेवटचा मेसेज", "last time bol*", "last time keh*", "aakhri baar bol*",
        "akhri baar bol*", "आखिरी बार बोल*", "आख़िरी बार बोल*", "shevtach bol*", "शेवटचं बोल*", "jast divas rahnar nahi", "जास्त दिवस राहणार नाही",
        "zyada din nahi rahunga", "ज़्यादा दिन नहीं रहूंगा", "ज्यादा दिन नहीं रहूंगा", "jyada din nahi rahunga",
        "wont be around much longer", "won't be around much longer", "not be around much longer",
        "not be here much longer", "shevtach bolto*", "शेवटचं बोलतो*",
        "better off without me", "better off wthout me", "better off w o me", "better off wo me", "better off witout me",
        "better without me", "happier without me", "mere bina sab khush", "मेरे बिना सब खुश",
        "mere bina behtar", "मेरे बिना बेहतर", "majhyashivay sagle sukhi", "माझ्याशिवाय सगळे सुखी",
    ),
    "timing": (
        "sahi din", "सही दिन", "the right day", "the right time", "right moment", "sahi waqt",
        "सही वक्त", "सही समय", "sahi samay", "yogya vel", "योग्य वेळ", "yogya divas", "योग्य दिवस",
        "after the wedding", "after her wedding", "after my sister's wedding", "after my sisters wedding",
    ),
    # Standing there, at the edge (weak: a platform, a queue).
    "stance": (
        "standing on", "stood on", "standing at", "stood at", "sitting on the", "khada hu",
        "खड़ा हूँ", "khada hoon", "ubha ahe", "उभा आहे", "ubha hoto", "उभा होतो",
        # at peace now, all made ready (round 56: "आता मन शांत आहे, सगळी तयारी झाली")
        "आता मन शांत आहे", "ata man shant ahe", "aata man shant ahe", "अब मन शांत है", "ab mann shant hai",
        "ab man shant hai", "at peace now",
    ),
    # Not "this week" ("is hafte", "या आठवड्यात") alone: every check-in asks about the week, so
    # most replies say it; a deadline after it still counts.
    "tonight": (
        "tonight", "aaj raat", "आज रात", "आज रात्री", "aaj ratri", "after this week",
        "is hafte ke baad", "इस हफ्ते के बाद", "ya athavdyanantar", "या आठवड्यानंतर",
        "wait", "waiting", "intezaar", "इंतज़ार", "इंतजार",
    ),
    # Thanks to everyone at once (weak: said after every good month too).
    "thanks": (
        "dhanyavad", "dhanyawad", "धन्यवाद", "shukriya", "शुक्रिया", "thank you all",
        "thanks everyone", "thank you everyone", "thanks all", "saglyanche aabhar",
        "sagalyanche aabhar", "सगळ्यांचे आभार", "सबको thank you", "sabko thank you", "sabko thanks", "सबको धन्यवाद",
        "sarvanche aabhar", "सर्वांचे आभार",
        # thanks to the helpers, said as an account closed
        "khup madat keli", "खूप मदत केली", "tumhi lokanni khup kela", "तुम्ही लोकांनी खूप केलं",
        "aapne bahut madad ki", "आपने बहुत मदद की", "aapne bahut kiya", "आपने बहुत किया",
        "you helped me a lot", "you helped me so much", "didnt give up on me",
        "didn't give up on me", "never gave up on me", "only one who was kind",
        "only ones who were kind", "only one who cared", "only ones who cared",
        "say thank you to", "wanted to say thank you", "wanted to say thanks",
        "tried a lot", "tried so hard", "tried his best", "tried her best", "tried their best",
    ),
    "apology": (
        "sorry", "सॉरी", "maaf", "माफ", "माफ़", "kshama", "क्षमा",
    ),
    "bye": (
        "wont be coming", "won't be coming", "not be coming", "nahi aaunga ab", "ab nahi aaunga",
        "अब नहीं आऊंगा", "ata yenar nahi", "आता येणार नाही",
        "mi chalo", "mi challo", "मी चाललो", "chalto mi", "चालतो मी", "laut ke nahi aaunga",
        "लौट के नहीं आऊंगा", "wapas nahi aaunga", "वापस नहीं आऊंगा",
        # never to meet again: "आता नाही भेटणार आपण", "ab kabhi nahi milenge"
        "नाही भेटणार", "nahi bhetnar", "bhetnar nahi", "भेटणार नाही", "parat bhet nahi", "kabhi nahi milenge",
        "कभी नहीं मिलेंगे", "won't see you again", "wont see you again", "never see you again",
        "bye", "goodbye", "alvida", "अलविदा", "बाय", "bye bye", "saying bye", "say bye", "said bye",
        "bye everyone", "bye all", "bye sab", "bye sabko", "bye forever",
        # round 57: "सबको राम राम" (the village's greeting, said as a parting to all)
        "सबको राम राम", "sabko ram ram", "सगळ्यांना राम राम", "saglyanna ram ram",
    ),
    "courage": (
        "courage", "the nerve", "brave enough", "the guts", "himmat", "हिम्मत", "himmat chahiye",
        "dhadas", "धाडस", "dhairya", "धैर्य", "more minutes", "more mins", "haushala", "हौसला",
        "dhir hot nahi", "धीर होत नाही", "dhir hot nahiye", "धीर होत नाहीये", "dhir nahi hot",
    ),
    # Nobody there today (weak: an empty office is everyday; beside a rope it is the chance).
    "alone_there": (
        "aaj konich nahi", "आज कोणीच नाही", "konich nahi", "कोणीच नाही", "aaj koi nahi hai", "आज कोई नहीं है",
        "koi nahi hai yahan", "कोई नहीं है यहां", "nobody is here", "no one is here", "no one around",
        "nobody around", "ghari konich nahi", "घरी कोणीच नाही", "ghar pe koi nahi", "घर पे कोई नहीं",
    ),
    "secrecy": (
        "dont tell anyone", "don't tell anyone", "do not tell anyone", "dont tell anybody",
        "dont tell my", "don't tell my", "dont call my", "don't call my", "do not call my",
        "dont try to stop me", "don't try to stop me", "dont stop me", "don't stop me",
        "dont try to talk me out", "don't try to talk me out", "dont talk me out",
        "kisi ko mat batana", "kisiko mat batana", "kisi ko mat bolna", "kisi ko na batana",
        "किसी को मत बताना", "किसी को मत बोलना", "किसी को ना बताना", "kisi ko pata nahi",
        "किसी को पता नहीं", "kisiko pata nahi", "mujhe mat rokna", "mat rokna", "मुझे मत रोकना",
        "मत रोकना", "kunala sangu nka", "kunala sangu naka", "kunala sangu nakos", "कुणाला सांगू नका",
        "कुणाला सांगू नकोस", "kunala kalu", "mala rokun naka", "मला रोखू नका", "mala adavu naka",
    ),
    "worthless": (
        "worthless", "useless", "good for nothing", "waste of space", "nikamma", "nikammi",
        "निकम्मा", "निकम्मी", "kisi kaam ka nahi", "kisi kaam ki nahi", "किसी काम का नहीं",
        "किसी काम की नहीं", "kahich kamacha nahi", "kamacha nahi", "कामाचा नाही", "nalayak",
        "नालायक", "nobody needs me", "no one needs me", "koi zarurat nahi",
        # the family better off, a burden lifted
        "meri wajah se", "मेरी वजह से", "mere karan", "मेरे कारण", "majhyamule", "माझ्यामुळे",
        "because of me", "coz of me", "cause of me", "bcoz of me", "bcz of me",
        "majhya mule", "sab khush rahenge", "सब खुश रहेंगे", "sagle sukhi", "सगळे सुखी",
        "sutka hoil", "सुटका होईल", "bara zala asta", "बरं झालं असतं", "better off without me",
    ),
    # Worn out, cannot go on (weak: tiredness is everyday).
    "worn_out": (
        "thaklo", "thakli", "थकलो", "थकले", "थकली", "thak gaya", "thak gayi", "थक गया", "थक गई",
        "nahi jamnar", "नाही जमणार", "nahi hot", "नाही होत", "बस्स", "bass", "cant go on",
        "can't go on", "cannot go on", "tired of everything", "wont happen again",
        "won't happen again", "take care of urself", "take care of yourself", "nighto", "निघतो",
        "nighte", "निघते", "just saying", "ppl say", "wasting ur time", "wasting your time",
        "wasted ur time", "wasted your time", "wasting everyones time", "wasting everyone's time",
        "wasted everyones time", "wasted everyone's time",
        # beaten: "main haar gaya", "mi harlo", "i give up"
        "main haar gaya", "main haar gayi", "मैं हार गया", "मैं हार गई", "haar gaya hu",
        "हार गया हूं", "mi harlo", "mi haarlo", "मी हरलो", "मी हारलो", "i give up", "i gave up",
        "i lost the fight", "cant fight anymore", "can't fight anymore",
    ),
    # "Won't be around": a life measured in days.
    "gone": (
        # round 57: never coming again, anywhere; a birthday not to be seen; the tools not needed now
        "kahin nahi aaunga", "kahi nahi aaunga", "कहीं नहीं आऊँगा", "कहीं नहीं आऊंगा", "kuthech yenar nahi",
        "कुठेच येणार नाही", "yenar nahi kadhich", "येणार नाही कधीच नाही", "nahi aaunga kabhi nahi",
        "नहीं आऊँगा कभी नहीं", "नहीं आऊंगा कभी नहीं", "वाढदिवस बघायचाच नाही", "vaddivas baghaychach nahi",
        "birthday nahi dekhunga", "won't see my birthday", "wont see my birthday", "आता मला त्यांची गरज लागणार नाही",
        "ab mujhe inki zarurat nahi", "अब मुझे इनकी ज़रूरत नहीं",
        "wont be around", "won't be around", "not be around", "wont be here", "won't be here",
        "not be here much", "not around much longer", "dont see myself making it",
        "don't see myself making it", "wont make it to", "won't make it to", "not for long",
        "ill be gone", "i'll be gone", "i will be gone", "be gone soon", "gone by", "for good",
        "rahnar nahi", "राहणार नाही", "nahi rahunga", "nahi rahungi", "rahunga nahi",
        "rahungi nahi", "नहीं रहूंगा", "नहीं रहूँगा", "नहीं रहूंगी", "नहीं रहूँगी", "time aa gaya",
        "टाइम आ गया", "waqt aa gaya", "वक्त आ गया", "वक़्त आ गया", "samay aa gaya", "समय आ गया",
        "jast divas nahi", "jasta divas nahi", "जास्त दिवस नाही", "zyada din nahi",
        "jyada din nahi", "ज़्यादा दिन नहीं", "ज्यादा दिन नहीं", "ab nahi ruk", "अब नहीं रुक",
        "vel aali", "वेळ आली",
        # not there tomorrow, next month, next time
        "not see next", "wont see next", "won't see next", "not see tomorrow", "wont see tomorrow",
        "won't see tomorrow", "wont see the morning", "won't see the morning",
        "subah nahi dekh*", "सुबह नहीं देख*", "kal ka suraj", "कल का सूरज",
        "wont be replying", "won't be replying", "wont b replying", "not be replying",
        "wont reply again", "won't reply again", "never hear from me", "not hear from me again",
        "by the time you see this", "by the time u see this", "by the time u read this",
        "by the time you read this", "itll be over", "it'll be over", "it will be over",
        "na rahu", "na rahun", "na rahoon", "न रहूं", "न रहूँ", "na raha to", "na rahi to",
        "mi nasen", "mi nasnar", "mi nasto tar", "mi nasle tar", "मी नसेन", "मी नसणार",
        "मी नसतो तर", "mi gelo tar", "mi geli tar", "मी गेलो तर", "मी गेली तर",
        "if i dont reply", "if i don't reply", "if i do not reply", "if i dont answer",
        "if i don't answer", "if you dont hear from me", "if you don't hear from me",
        "agar reply na", "agar jawab na", "अगर जवाब न", "reply nahi aaya to", "jawab nahi aaya to",
        "जवाब नहीं आया तो", "reply nahi aala tar", "uttar nahi aala tar", "उत्तर नाही आलं तर",
        "wapas nahi aaunga", "wapas nahi aaungi", "वापस नहीं आऊंगा", "वापस नहीं आऊँगा",
        "parat yenar nahi", "परत येणार नाही", "permanently", "permanantly",
        # the writer's time over: "my time is up", "maza vel sampla", "मेरा वक्त खत्म"
        "my time is up", "my time has come", "my time is over", "my days are numbered",
        "mera time khatam", "mera time aa gaya", "mera waqt khatam", "mera waqt pura", "mera samay pura",
        "मेरा वक्त खत्म", "मेरा वक़्त खत्म", "मेरा समय पूरा", "मेरा टाइम खत्म", "meri ghadi aa gayi",
        "मेरी घड़ी आ गई", "maza vel sampla", "majha vel sampla", "maza vel samplay", "mazi vel sampli",
        "majhi vel sampli", "maji vel sampli", "माझा वेळ संपला", "माझी वेळ संपली", "माझी वेळ आली",
        "majhi vel aali", "mazi vel aali",
        # no answer again, ever
        "wont pick up ever", "won't pick up ever", "will never pick up", "never pick up again",
        "wont answer ever", "won't answer ever", "never answer again", "kabhi phone nahi uthaunga",
        "कभी फोन नहीं उठाऊंगा", "kadhich phone uchalnar nahi", "कधीच फोन उचलणार नाही",
        "call kadachit mi ghenar nahi", "कॉल कदाचित मी घेणार नाही", "call mi ghenar nahi",
        "कॉल मी घेणार नाही", "next call i wont", "next call i won't",
    ),
    # Ending, said plainly.
    "ending": (
        "end things", "ending things", "end everything", "ending everything", "end evrythng",
        "ending evrythng", "ending it", "end it", "sab khatam kar*", "सब खत्म कर*",
        "sagla sampvun", "सगळं संपवून", "sagla samplay", "sampvaycha", "संपवायचं",
        "finish myself", "finish my self", "ends with me", "end with me", "checking out",
        "check out for good", "pain to stop", "pain 2 stop", "मरने के अलावा", "marne ke alawa",
        "marne ke siva", "मरण्याशिवाय", "maranyashivay", "ata tech karnar", "आता तेच करणार",
        "jiv denyachi", "जीव देण्याची", "jiv dyaychi", "जीव द्यायची", "jaan dene ki", "जान देने की",
        "marnyachi bhasha", "मरण्याची भाषा", "marne ki baat", "मरने की बात", "marne ki dhamki",
        "मरने की धमकी",
    ),
    # No way out, no use going on.
    "no_way": (
        "no way out", "only way out", "koi rasta nahi", "koi raasta nahi",
        "कोई रास्ता नहीं", "koi upay nahi", "कोई उपाय नहीं", "dusra marg nahi", "दुसरा मार्ग नाही",
        "kahi marg nahi", "काही मार्ग नाही", "it doesnt", "it doesn't", "never gets better",
        "wont get better", "won't get better", "nothing left", "have nothing left",
        "kahi disat nahi", "काही दिसत नाही", "kuch nazar nahi aata", "कुछ नज़र नहीं आता",
        "no future", "see no future", "cant see a future", "can't see a future",
    ),
    # Thoughts that keep coming (weak: said of anything).
    "thoughts": (
        "vichar yetoy", "vichar yeto", "vichar yetat", "विचार येतोय", "विचार येतो", "विचार येतात",
        "khayal aata", "khayal aa raha", "ख्याल आता", "ख्याल आ रहा", "khayal aate", "ख्याल आते",
        "keep thinking", "cant stop thinking", "can't stop thinking", "thoughts again",
    ),
    # What a rope is tied for every day: cattle, a swing, a clothes line, a load.
    "tether": ("cow", "goat", "buffalo", "gai", "gaay", "गाय", "गायीला", "gaila", "bail", "बैल",
               "bailala", "बैलाला", "mhais", "म्हैस", "mhashila", "म्हशीला", "bakri", "बकरी",
               "बकरीला", "jhula", "झूला", "jhoka", "झोका", "swing", "clothes", "kapde", "कपडे",
               "कपड़े", "tent", "tarpaulin", "tadpatri", "ताडपत्री", "load", "saman", "सामान",
               # the well's bucket, pulley and pump (round 14)
               "bucket", "balti", "बाल्टी", "pulley", "motor", "मोटर", "मोटार*", "motar*", "pump", "पंप",
               # round 56: the well digger's bucket, pulley and winch, and the baskets of silt
               "बादली", "badli", "baalti", "बालटी", "कप्पी*", "kappi*", "चरखी*", "charkhi*", "घमेल*", "ghamel*",
               "रहाट*", "rahat"),
    # Someone not come home, not reachable (weak: late is everyday).
    "missing": (
        "ghar nahi aaye", "ghar nahi aaya", "ghar nahi aayi", "घर नहीं आए", "घर नहीं आया",
        "घर नहीं आई", "ghari nahi aala", "ghari nahi aali", "घरी नाही आला", "घरी नाही आली",
        "ghari aala nahi", "didnt come home", "didn't come home", "hasnt come home",
        "hasn't come home", "not come home", "missing", "lapata", "लापता", "gayab", "गायब",
        "phone lagat nahi", "फोन लागत नाही", "phone nahi lag raha", "फोन नहीं लग रहा",
        "switched off", "phone band", "फोन बंद",
    ),
    # The family's fear (weak: worry is everyday).
    "fear_for": (
        "we are scared", "very scared", "im scared", "i'm scared", "so scared", "we are worried",
        "very worried", "dar lag raha", "डर लग रहा", "darr lag raha", "dar lagat ba", "डर लागत बा",
        "dar lagat hai", "डर लागत है", "dar lagta ba", "डर लागता बा", "bhiti vatte", "भीती वाटते",
        "bhiti vatat", "भीती वाटत", "i am scared", "i am so scared", "i am very scared", "bhiti vatatey",
        "bhiti vattey", "भीती वाटतेय", "भीती वाटतीय",
        # someone asked for: "किसी को भेजिए", "कोणीतरी पाठवा"
        "kisi ko bhejiye", "kisi ko bhejo", "किसी को भेजिए", "किसी को भेजो", "konitari pathva", "koni tari pathva",
        "कोणीतरी पाठवा", "कोणाला तरी पाठवा", "send someone", "please send someone",
    ),
    # Papers and letters put where the family will find them.
    "placed": ("in the cupboard", "in my cupboard", "in the drawer", "in my drawer",
               "kapatat", "kapaatat", "कपाटात", "almari me", "almari mein", "अलमारी में",
               "thevlet", "thevlay", "ठेवलेत", "ठेवलंय", "रख दिए हैं", "rakh diye hai"),
    # "I won't do anything, don't worry": the act named in denying it.
    "reassure": ("kahi karnar nahi", "काही करणार नाही", "kuch nahi karunga", "kuch nahi karungi",
                 "कुछ नहीं करूंगा", "कुछ नहीं करूंगी", "wont do anything", "won't do anything",
                 "not going to do anything", "kalji karu naka", "काळजी करू नका", "kalji karu nakos",
                 "काळजी करू नकोस", "dont worry about me", "don't worry about me",
                 "chinta mat karo", "चिंता मत करो", "fikar mat karo", "फिकर मत करो"),
    # A debt that cannot be paid (weak: debts are everyday).
    "debt": ("karz", "karza", "karja", "कर्ज", "कर्जा", "कर्ज़", "कर्ज़ा", "debt", "debts",
             "loan", "loans", "udhaar", "उधार", "emi", "sahukar", "सावकार", "savkar"),
    "serious": (
        "not joking", "nt joking", "no joke", "i mean it", "im serious", "i'm serious", "i am serious",
        "mazak nahi", "mazaak nahi", "मज़ाक नहीं", "मजाक नहीं", "majak nahi",
        "चेष्टा नाही",
    ),

}
