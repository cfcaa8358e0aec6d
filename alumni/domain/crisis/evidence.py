"""Evidence read across the whole message: weak signals that add up.

The window rules (rules.py) need a few concepts within a few words. People in danger often
say it indirectly and spread it over a message: a date picked in one sentence, "don't tell
my mom" in the next; a medicine named, then "all of it", then "lips going blue". Each
signal here is a class of words that means little alone; signals of different classes in
one message make a finding, and the finding lists the words of every class that matched.

Runs on the Concepts after rules.findings (idioms already removed), so "this heat is
killing me" stays harmless here too. Reuses the lexicon's concepts and adds the words of
each signal class, in English, Hindi and Marathi, both scripts (compared by skeleton).
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.detection import Category, Finding
from alumni.domain.crisis.entry_trie import EntryTrie
from alumni.domain.crisis.evidence_use import use_findings
from alumni.domain.crisis.spelling import SHORTHAND, fold, skeleton

S, SH, OD, HO = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE, Category.HARM_TO_OTHERS

# --- the signal classes ----------------------------------------------------------------

SIGNAL_WORDS: dict[str, tuple[str, ...]] = {
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
        "आखिरी बार", "आख़िरी बार", "आखिरी मैसेज", "आखरी बार", "vasiyat", "wasiyat", "वसीयत*",
        "maaf karna", "maaf kar dena", "maaf kardena", "mujhe maaf", "माफ़ करना", "माफ करना",
        "माफ कर देना", "मुझे माफ", "chitthi likh*", "चिट्ठी लिख*", "khat likh*", "sab ke liye shukriya",
        "thank you sab", "hamesha ke liye", "हमेशा के लिए", "mere bachon ka khayal",
        "bachon ka khayal", "बच्चों का ख्याल", "shevtacha", "shevatcha", "shevtachi", "शेवटचा",
        "शेवटची", "शेवटचं", "maaf kara", "माफ करा", "मला माफ", "mala maaf", "kayamcha", "kayamchi",
        "kayamche", "कायमचा", "कायमची", "कायमचे", "gosht sampli", "गोष्ट संपली", "kahani khatam", "kahani sampli", "कहाणी संपली", "कहानी संपली",
        "कहानी खत्म", "mrutyupatra", "मृत्युपत्र", "patra lihil*", "पत्र लिहिल*", "chitthi lihil*",
        "चिठ्ठी लिहिल*", "mulanchi kalji", "मुलांची काळजी",
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
        "revolver", "pistol", "gun", "guns", "bandook", "बंदूक", "rope",
        "noose", "deep enough", "high enough", "strong enough", "floors is enough",
        "floor is enough", "floor should do", "floor shd do", "walking in", "walk in", "walk into",
        "stepping in front", "step in front", "in front of a", "under a truck", "under a train",
        "under the train", "sleeping pills", "neend ki goli*", "नींद की गोली*", "kood", "कूद",
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
        "aakhri baar message", "aakhri baar msg", "akhri baar message", "आखिरी बार मैसेज",
        "आख़िरी बार मैसेज", "aakhri baar baat", "आखिरी बार बात", "last time texting",
        "last time messaging", "last time you hear", "last time you'll hear", "last time youll hear",
        "shevtacha message", "शेवटचा मेसेज", "jast divas rahnar nahi", "जास्त दिवस राहणार नाही",
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
    ),
    "tonight": (
        "tonight", "aaj raat", "आज रात", "आज रात्री", "aaj ratri", "this week", "is hafte", "इस हफ्ते",
        "ya athavdyat", "या आठवड्यात", "wait", "waiting", "intezaar", "इंतज़ार", "इंतजार",
    ),
    "apology": (
        "sorry", "सॉरी", "maaf", "माफ", "माफ़", "kshama", "क्षमा",
    ),
    "bye": (
        "bye", "goodbye", "alvida", "अलविदा", "बाय", "bye bye", "saying bye", "say bye", "said bye",
        "bye everyone", "bye all", "bye sab", "bye sabko", "bye forever",
    ),
    "courage": (
        "courage", "the nerve", "brave enough", "the guts", "himmat", "हिम्मत", "himmat chahiye",
        "dhadas", "धाडस", "dhairya", "धैर्य", "more minutes", "more mins", "haushala", "हौसला",
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
        "wasted ur time", "wasted your time",
    ),
    # "Won't be around": a life measured in days.
    "gone": (
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
        "wapas nahi aaunga", "wapas nahi aaungi", "वापस नहीं आऊंगा", "वापस नहीं आऊँगा",
        "parat yenar nahi", "परत येणार नाही", "permanently", "permanantly",
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
    ),
    "serious": (
        "not joking", "nt joking", "no joke", "i mean it", "im serious", "i'm serious", "i am serious",
        "mazak nahi", "mazaak nahi", "मज़ाक नहीं", "मजाक नहीं", "majak nahi",
        "चेष्टा नाही",
    ),

    # --- overdose ---
    "medicine": (
        "tramadol*", "lithium", "codeine", "alprax", "alprazolam", "nitrazepam", "clonazepam",
        "diazepam", "zolpidem", "paracetamol", "crocin", "dolo", "insulin", "injection", "syrup",
        "sleeping pills", "neend ki", "नींद की", "zopechya", "झोपेच्या", "patte",
        "पत्ते", "strip", "strips", "smack", "heroin", "brown sugar", "spray paint",
        "whitener", "thinner", "meds", "brown", "chitta", "चिट्टा", "gard", "गर्द", "medicine*", "aushadh",
        "औषध*", "golya", "गोळ्या", "goli*", "गोली*", "tabs", "tablet*", "pill", "pills", "pillz",
        "capsule*",
        "methadone", "buprenorphine", "bupe", "suboxone", "morphine", "oxy", "oxycodone",
        "oxycontin", "fentanyl", "tapentadol", "pregabalin", "gabapentin", "lorazepam", "ativan",
        "valium", "xanax", "etizolam", "clonazepam", "olanzapine", "quetiapine", "seroquel",
        "amitriptyline", "sertraline", "fluoxetine", "escitalopram", "antidepressant*",
        "metformin", "amlodipine", "telmisartan", "glimepiride", "thyroxine", "warfarin",
        "bp tablet*", "sugar tablet*", "bp ki goli*", "sugar ki goli*", "bp chya golya",
        "sugar chya golya", "बीपी की गोली*", "शुगर की गोली*", "बीपीच्या गोळ्या", "dose",
        "doses", "डोज", "dozes", "mg",
    ),
    "poison": (
        "rat poison", "pesticide", "keetnashak", "कीटनाशक", "phenyl", "phenol", "toilet cleaner",
        "harpic", "acid", "tik 20", "celphos", "sulphos", "sulfas", "phosphide", "poision*",
        "posion*", "poisen*", "chuhe maar", "चूहे मार", "undir mar*", "उंदीर मार*", "ratol", "kitaknashak", "कीटकनाशक", "undir marnar", "zehar",
        "जहर", "ज़हर", "vish", "विष", "poison*",
        "keede maar*", "kide maar*", "keeda maar*", "kida maar*", "कीड़े मार*", "कीडे मार*",
        "कीड़ा मार*", "kitak nashak", "kidenashak", "कीडनाशक", "tannashak", "तणनाशक", "ghaas maar*",
        "घास मार*", "undir maar*", "machhar maar*", "मच्छर मार*", "dhekun maar*",
    ),
    "amount": (
        "all my", "all of my", "all the", "all of it", "whole strip", "whole bottle", "whole pack",
        "whole can", "whole packet", "double dose", "triple dose", "double", "way more",
        "more than usual", "zyada", "bahut saari", "sab ek saath", "ek saath", "एक साथ",
        "सगळ्या", "poori strip", "puri strip", "poori bottle", "puri bottle",
        "पूरी", "पूरा", "sab goliyan", "sari goliyan", "सारी गोलियां", "saari", "saglya golya",
        "them all", "all of them", "all of moms", "all of mom's", "all of dads", "all of dad's",
        "all of his", "all of her", "all his", "all her", "every last one", "every single one",
        "the whole lot", "sab ki sab", "सब की सब", "saglyach", "सगळ्याच", "sagli", "सगळी",
        "and then some", "some extra", "an extra", "a few extra", "twice the", "thrice the",
        "too much", "way too much", "a lot more", "much more",
    ),
    "taking": (
        "took", "taking", "gonna take", "shot up", "injected", "mixed", "mix kar*",
        "mila diya", "mila di", "मिला दिया", "मिला दी", "milaya", "daal di", "daal diya", "dal di",
        "डाल दी", "डाल दिया", "kha lu", "kha lun", "kha li", "kha liya", "kha lunga", "kha lungi",
        "खा लूं", "खा लिया", "खा ली", "खा लूंगा", "gile", "gilalya", "गिळल्या", "ghetlya",
        "घेतल्या", "khalya", "खाल्ल्या", "khallya", "popped", "sniffed", "drank", "pi li", "pee li",
        "pi liya", "पी ली", "पी लिया", "swallowed", "just had", "had the", "had a whole",
        "drank the", "ate the", "ate all", "gulped", "downed", "chugged",
        "ghenar", "घेणार", "pinar", "पिणार", "khanar", "खाणार",
        "shot", "shot up", "fixed up", "banged", "injected", "take them",
        "after taking", "after i took", "since i took", "after popping",
        "ghetlyavar", "घेतल्यावर", "khallyavar", "खाल्ल्यावर", "take it all",
        "khaunga", "खाऊंगा", "पी लूंगा", "pi lunga", "pi lungi", "pee lunga", "pi jaunga",
        "pi jaungi", "पी जाऊंगा", "piun takin", "पिऊन टाकीन", "piun taknar", "gheun takin",
        "घेऊन टाकीन", "gheun taknar", "घेऊन टाकणार",
    ),
    "body": (
        "lips blue", "lips going blue", "lips are blue", "lips turning blue", "room spinning",
        "room is spinning", "heart racing", "heart is racing", "heart going crazy", "heart pounding",
        "cant breathe", "can't breathe", "cannot breathe", "hard to breathe", "chest pain",
        "going dark", "everything dark", "saans nahi aa", "सांस नहीं आ", "dhadkan tez",
        "धड़कन तेज़", "धड़कन तेज", "ankhon ke aage andhera", "shwas ghuta", "छाती दुख",
        "chhati dukh", "ओठ निळे", "oth nile", "passing out", "blacking out",
        "heart is pounding", "heart pounding", "heart is racing", "heart beating so fast",
        "lips feel numb", "lips are numb", "lips numb", "lips tingling", "lips turning",
        "chhati dhadadhad", "छाती धडधड", "dhadadhad kartey", "धडधड करतेय", "dhadadhad hotey",
        "धडधड होतेय", "oth sunna", "ओठ सुन्न", "oth badhir",
        "ओठ बधिर", "hont sunn", "होंठ सुन्न",
        "going out", "im fading", "i'm fading", "fading out", "fading away", "going under",
        "slipping away", "cant stay awake", "can't stay awake", "cant keep eyes open",
        "cant keep my eyes open", "can't keep my eyes open", "can't keep eyes open",
        "eyes closing", "eyes keep closing", "cant feel my", "can't feel my", "cant move my",
        "aankhein band ho", "आँखें बंद हो", "आंखें बंद हो", "dole mitat", "डोळे मिटत",
        "shudh jatey", "शुद्ध जातेय", "hosh ja raha", "होश जा रहा", "hosh kho",
    ),
    "body_mild": (
        "dizzy", "vomiting", "throwing up", "ulti", "उल्टी", "chakkar", "चक्कर", "numb", "sunn",
        "सुन्न", "ghabrahat", "घबराहट", "blurry", "mala maloshi", "मळमळ",
        "sleepy", "drowsy", "so sleepy", "v sleepy", "very sleepy", "neend aa rahi", "नींद आ रही",
        "zop yetey", "झोप येतेय", "dole jad", "डोळे जड",
    ),
    "intent": (
        "jaan bujh*", "जानबूझ*", "जान बूझ*", "on purpose", "deliberately", "wanted it to stop",
        "want it to stop", "make it stop", "to be the last", "be the last", "its done", "it's done",
        "it is done", "been saving", "saving it", "saving them", "saved them", "never wake",
        "dont wake", "don't wake", "not wake up", "mudam", "मुद्दाम", "jama kar", "जमा कर",
        "sathavlya", "साठवल्या",
        # the exit said softly; the silence explained in advance
        "go out peacefully", "peacefully", "peaceful way", "sukoon se", "shantpane",
        "if u dont hear from me", "if you dont hear from me", "if you don't hear from me",
        "if u dont hear", "thats why", "all at once", "at once",
    ),
    # Within reach and not yet: ready in front of the writer (outweighs a farm or a godown).
    "poised": (
        "in front of me", "lined up", "counted them", "counted out", "not taking them yet",
        "not taking it yet", "keeping them close", "keeping it close", "keeping them near",
        "just in case", "within reach", "dont know why im telling", "don't know why i'm telling",
        "samne rakhi", "सामने रखी", "samne rakhe", "सामने रखे", "samor thevl*", "समोर ठेवल*",
        "abhi khayi nahi", "अभी खाई नहीं", "ajun ghetlya nahit",
        "in my bag", "in my pocket", "le aaya", "le aayi", "le aya", "ले आया", "ले आई", "ले आयी",
        "aanun thevl*", "आणून ठेवल*", "anun thevl*", "kharid laya", "खरीद लाया", "kharid li",
        "kept it ready", "kept ready", "rakh liya", "रख लिया", "rakh li", "रख ली",
    ),
    # A dose as told: the amount is the prescription, not an overdose.
    "as_told": (
        "on time", "regularly", "as prescribed", "prescribed", "doctor", "daily", "every day",
        "by mistake", "galti se", "गलती से", "chukun", "चुकून", "for fever", "for the rats",
        "for rats", "mice", "rats", "cockroach*", "pests", "termite*",
        "acid ho", "acidity", "godown", "crops", "fields", "khet", "खेत", "shet", "शेत", "farm",
    ),

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
        "उसका", "tyachi", "त्याची", "tichi", "तिची",
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
        "ठोकून टाकीन", "tapka dunga", "टपका दूंगा", "kaam tamaam", "काम तमाम",
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
        "marun takin", "मारून टाकीन", "ठार मार*", "thar mar*", "jaan se maar*", "जान से मार*",
        "haddi pasli", "हड्डी पसली", "dhulai kar*", "धुलाई कर*", "chopun kadh*", "चोपून काढ*",
        "tudav*", "तुडव*",
    ),
    # Feelings and sport: hurt, but not a body.
    "harm_soft": (
        "feelings", "feeling", "words", "ego", "pride", "heart", "chances", "career", "game",
        "cricket", "match", "business", "sales", "ranking",
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
        "बांह", "बाँह", "ungli*", "उंगली*", "उँगली*", "उंगलियां", "kalai", "कलाई", "jangh", "जांघ",
        "हात", "bot", "बोट*", "mandi", "मांडी", "twacha", "त्वचा", "lips",
        "palm", "palms", "hand", "hands", "leg", "legs", "stomach", "hatheli", "हथेली",
        "तळहात", "talhat", "pair", "पैर", "pet", "पेट", "पोट", "pot",
        "knuckles", "knuckle", "fist", "fists",
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
    ),
    "accident": (
        "cooking", "kitchen", "by mistake", "galti se", "गलती से", "chukun", "चुकून", "accident*",
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

# Lexicon concepts that also count as a signal (read after idiom removal).
SIGNAL_CONCEPTS: dict[str, tuple[str, ...]] = {
    "means": ("hang", "hanging", "jump", "weapon"),
    "place": ("height",),
    "worthless": ("burden",),
    "ending": ("suicide",),
    "poison": ("poison",),
    "medicine": ("pills", "sedatives", "opioids", "pill_count"),
    "bludgeon": ("blunt_object", "blunt"),
    "amount": ("count", "too_much", "quantity"),
    "taking": ("eat", "swallow", "pill_use"),
    "body": ("unconscious",),
    "intent": ("on_purpose", "stockpile"),
    "blade": ("weapon",),
    "person": ("other_target", "relation", "third_person"),
    "revenge": ("violence", "dhamki"),
    "harm_intent": ("want",),
    "injure": ("cut",),
    "on_purpose": ("on_purpose", "again"),
}


# --- the signals found in one message ---------------------------------------------------

Matcher = tuple[str, bool]


def _matcher(word: str) -> Matcher:
    prefix = word.endswith("*")
    word = word.rstrip("*")
    return (skeleton(SHORTHAND.get(fold(word), word)) or "_", prefix)


_ENTRIES: tuple[tuple[str, tuple[Matcher, ...]], ...] = tuple(
    (name, words) for name, entries in SIGNAL_WORDS.items()
    for words in dict.fromkeys(tuple(_matcher(w) for w in e.split()) for e in entries))
_TRIE = EntryTrie(_ENTRIES)


class Signals:
    """Which signal classes a message holds, and the words that made each."""

    def __init__(self, c: Concepts):
        words = c.words
        skels = [t.skeleton or "_" for t in words]
        self.words: dict[str, list[tuple[int, int]]] = {}
        for i in range(len(skels)):
            for _, name, end in _TRIE.starting_at(skels, i):
                self.words.setdefault(name, []).append((i, end))
        for name, concepts in SIGNAL_CONCEPTS.items():
            for hit in c.of(*concepts):
                self.words.setdefault(name, []).append((hit.start, hit.end))
        self._tokens = words

    def has(self, *names: str) -> bool:
        return any(name in self.words for name in names)

    def classes(self, *names: str) -> list[str]:
        return [name for name in names if name in self.words]

    def distinct(self, names: list[str]) -> list[str]:
        """The classes that each have a word of their own (one word is one signal)."""
        taken: set[int] = set()
        out = []
        for name in names:
            for start, end in self.words[name]:
                span = set(range(start, end))
                if not span & taken:
                    taken |= span
                    out.append(name)
                    break
        return out

    def spread(self, name: str) -> bool:
        """The class matched two different stretches of the message."""
        spans = sorted(self.words[name])
        return any(b[0] >= a[1] for a, b in zip(spans, spans[1:], strict=False))

    def surface(self, name: str) -> str:
        start, end = min(self.words[name])
        return " ".join(t.surface for t in self._tokens[start:end])

    def first(self, names: list[str]) -> int:
        return min(min(self.words[n])[0] for n in names)

    def finding(self, category: Category, names: list[str], third_party: bool) -> Finding:
        names = sorted(dict.fromkeys(names), key=lambda n: min(self.words[n]))
        return Finding(category, tuple(names), tuple(self.surface(n) for n in names),
                       third_party=third_party)


# --- the combinations that make a finding -----------------------------------------------

_SUICIDE_STRONG = ("last_contact", "farewell", "plan", "means", "courage", "secrecy", "worthless", "gone", "ending",
                   "aftermath", "timing", "no_way")
_SUICIDE_WEAK = ("place", "serious", "tonight", "apology", "bye", "worn_out", "stance", "talk")
# Said twice in different words, these count twice ("affairs in order ... thank you for trying").
_SUICIDE_TWICE = ("farewell", "gone", "last_contact")
_OD_CLASSES = ("amount", "medicine", "taking", "body", "intent")


def _suicide(s: Signals) -> list[str] | None:
    strong = s.distinct(s.classes(*_SUICIDE_STRONG))
    if not strong and s.has("apology", "bye") and s.has("worn_out") and s.spread("worn_out"):
        return s.classes("apology", "bye", "worn_out")     # sorry, and a sign-off said twice
    if "means" in strong and s.has("as_told") and _only_medicine(s, "means"):
        strong.remove("means")     # sleeping pills as prescribed are a dose, not a method
    if not strong:
        return None
    found = s.distinct(strong + s.classes(*_SUICIDE_WEAK))
    twice = any(name in _SUICIDE_TWICE and (name == "last_contact" or s.spread(name)) for name in found)
    if len(found) < 2 and not twice:
        return None
    if s.has("topic") and not s.has("secrecy", "farewell", "gone"):
        return None
    return found


def _only_medicine(s: Signals, name: str) -> bool:
    medicine = set(s.words.get("medicine", ()))
    return all(span in medicine for span in s.words[name])


def _overdose(s: Signals) -> list[str] | None:
    if s.has("poison") and s.has("poised"):
        return ["poison", "poised"] + s.classes("taking", "intent")
    if s.has("medicine", "poison") and s.has("taking") and s.has("rushed") and s.has("person") \
            and not s.has("as_told", "topic"):
        return s.classes("medicine", "poison", "taking", "rushed")
    if s.has("poison") and s.has("self_dose") and not s.has("topic"):
        return ["poison", "self_dose"] + s.classes("plan", "tonight")    # a farm's poison, drunk
    if s.has("poison") and s.has("taking") and not s.has("as_told", "topic"):
        return ["poison", "taking"]
    if s.has("medicine") and s.has("poised") and s.has("amount") and not s.has("as_told"):
        return ["medicine", "amount", "poised"]
    if s.has("medicine") and s.has("body") and s.has("after_dose") and not s.has("as_told", "topic"):
        return ["medicine", "after_dose", "body"]
    if s.has("poison") and s.has("intent", "courage", "farewell", "plan", "secrecy", "gone") \
            and not s.has("as_told"):
        return ["poison"] + s.classes("taking", "intent", "courage", "farewell", "plan", "secrecy", "gone")
    found = s.distinct(s.classes(*_OD_CLASSES))
    if "body" not in found and s.has("body_mild") and s.has("amount", "intent"):
        found.append("body_mild")
    if "intent" not in found:
        found += s.classes("courage", "secrecy", "farewell", "plan", "gone")[:1]
    if "amount" in found and s.has("as_told"):
        found.remove("amount")
    if s.has("poison") and "medicine" not in found:
        found.append("poison")
    unnamed = s.has("amount") and s.has("body") and s.has("dosed")   # "shot way too much, going out"
    if not s.has("medicine", "poison") and not (s.has("intent") and s.has("amount")) and not unnamed:
        return None
    return found if len(found) >= 3 else None


def _negated(c: Concepts, s: Signals, name: str, before: int = 4) -> bool:
    """Every word of the class has a negation just before it ("would never hurt anyone")."""
    negations = {h.start for h in c.of("negation")}
    return all(any(i in negations for i in range(max(0, start - before), start))
               for start, _ in s.words[name])


def _meant_harm(c: Concepts, s: Signals) -> bool:
    """Harm to a body, not to feelings or a score, and not denied."""
    soft = {start for start, _ in s.words.get("harm_soft", ())}
    bodily = [(a, b) for a, b in s.words["harm_act"] if not soft & {b, b + 1}]
    return bool(bodily) and not _negated(c, s, "harm_act")


def _harm_named(s: Signals, c: Concepts) -> list[str] | None:
    """Harm said by its act: hurting someone, a blow to the head, fuel poured and lit."""
    if s.has("topic"):
        return None
    if s.has("harm_act") and s.has("harm_intent", "serious", "vow") and _meant_harm(c, s):
        return ["harm_act"] + s.classes("harm_intent", "serious", "vow", "person")
    if s.has("blow") and s.has("bludgeon", "blade") and s.has("harm_intent") \
            and not _negated(c, s, "blow"):
        return s.classes("bludgeon", "blade", "blow", "harm_intent")
    if s.has("douse") and s.has("ignite") and s.has("person", "premises"):
        return s.classes("douse", "ignite", "person", "premises")
    return None


def _harm_to_others(s: Signals, c: Concepts) -> list[str] | None:
    if s.has("hunt") and s.has("person", "harm_intent") and not s.has("topic"):
        return ["hunt"] + s.classes("person", "harm_intent")
    if s.has("maim") and s.has("person", "harm_intent", "blade") and not s.has("topic"):
        return ["maim"] + s.classes("person", "harm_intent", "blade")
    if s.has("slay") and s.has("person"):
        return ["slay", "person"]
    named = _harm_named(s, c)
    if named:
        return named
    if s.has("blade") and s.has("revenge") and s.has("harm_intent") and not s.has("chore", "topic"):
        return s.classes("blade", "revenge", "harm_intent")
    target = s.classes("person", "premises")
    if not target:
        return None
    if s.has("fire") and not s.has("topic"):
        return ["fire"] + target + s.classes("fuel", "revenge")
    armed = s.classes("blade") + (s.classes("fuel") if s.has("revenge") else [])
    if armed and s.has("chore", "topic"):
        return None
    if armed and "person" in target and s.has("revenge", "harm_intent"):
        return armed + target + s.classes("revenge", "harm_intent")
    if s.has("revenge") and "person" in target and s.has("harm_intent") and s.has("blade", "fuel"):
        return s.classes("revenge", "blade", "fuel") + target
    return None


def _self_harm(s: Signals, c: Concepts) -> list[str] | None:
    if s.has("starve_self", "starve") and s.has("punish"):
        return s.classes("starve_self", "starve", "punish")      # hunger as a punishment
    if s.has("starve_self") and c.of("collapse"):
        return ["starve_self"]
    if s.has("topic"):
        return None
    if s.has("conceal") and s.has("skin", "injure"):
        return s.classes("conceal", "skin", "injure")
    if s.has("heat_tool") and s.has("press") and not s.has("accident"):
        return s.classes("heat_tool", "press", "skin")           # metal heated, held to the skin
    if not (s.has("skin") or c.of("self")) or not s.has("injure") or s.has("accident"):
        return None
    repeated = _reduplicated(c, s)
    if not s.has("on_purpose", "relief", "punish", "secrecy") and not repeated:
        return None
    return s.classes("skin", "injure", "on_purpose")


def _reduplicated(c: Concepts, s: Signals) -> bool:
    """"khurach khurach ke": an act done over and over."""
    return any(end < len(c.words) and c.words[start].skeleton == c.words[end].skeleton
               for start, end in s.words.get("injure", ()))


def _third_party(c: Concepts, s: Signals, names: list[str]) -> bool:
    first = s.first(names)
    writer = {h.start for h in c.of("first_person", "self", "me")}
    others = {h.start for h in c.of("relation", "third_person")}
    for i in range(first - 1, -1, -1):
        if i in writer:
            return False
        if i in others:
            return True
    return False


def evidence_findings(c: Concepts, already: set[Category]) -> list[Finding]:
    """Findings the window rules missed, for the categories not `already` found."""
    s = Signals(c)
    out: list[Finding] = []
    for category, names in (
            (S, _suicide(s) if S not in already else None),
            (OD, _overdose(s) if OD not in already else None),
            (HO, _harm_to_others(s, c) if HO not in already else None),
            (SH, _self_harm(s, c) if SH not in already else None)):
        if names:
            # A threat is about whoever makes it: read from its act, not from the victim named first.
            actor = names[:1] if category is HO else names
            out.append(s.finding(category, names, _third_party(c, s, actor)))
    seen = already | {f.category for f in out}
    for finding in use_findings(c):
        if finding.category not in seen:
            out.append(finding)
            seen.add(finding.category)
    return out
