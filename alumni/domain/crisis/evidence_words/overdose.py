"""Signal classes of an overdose read across a whole message: an amount, a medicine, taking
it, the body failing, the intent."""
from __future__ import annotations

WORDS: dict[str, tuple[str, ...]] = {
    # --- overdose ---
    "medicine": (
        "tramadol*", "lithium", "codeine", "alprax", "alprazolam", "nitrazepam", "clonazepam",
        "diazepam", "zolpidem", "paracetamol", "crocin", "dolo", "insulin", "injection", "syrup",
        "sleeping pills", "neend ki", "नींद की", "zopechya", "झोपेच्या", "patte",
        "पत्ते", "strip", "strips", "smack", "heroin", "brown sugar", "spray paint",
        "whitener", "thinner", "meds", "brown", "chitta", "चिट्टा", "gard", "गर्द", "medicine*", "aushadh",
        "औषध*", "golya", "गोळ्या", "goli*", "गोली*", "tabs", "tablet*", "pill", "pills", "pillz",
        "capsule*",
        # a blister strip by its Hindi and Marathi names
        "patti", "पत्ती", "pattiyan", "पत्तियां", "goliyon ki patti", "गोलियों की पत्ती",
        "methadone", "buprenorphine", "bupe", "suboxone", "morphine", "oxy", "oxycodone",
        "oxycontin", "fentanyl", "tapentadol", "pregabalin", "gabapentin", "lorazepam", "ativan",
        "valium", "xanax", "etizolam", "clonazepam", "olanzapine", "quetiapine", "seroquel",
        "amitriptyline", "sertraline", "fluoxetine", "escitalopram", "antidepressant*",
        "metformin", "amlodipine", "telmisartan", "glimepiride", "thyroxine", "warfarin",
        "bp tablet*", "sugar tablet*", "bp ki goli*", "sugar ki goli*", "bp chya golya",
        "sugar chya golya", "बीपी की गोली*", "शुगर की गोली*", "बीपीच्या गोळ्या", "dose",
        "doses", "डोज", "dozes", "mg", "modafinil*", "modalert*", "armodafinil*", "study pill*",
    ),
    "poison": (
        "rat poison", "pesticide", "keetnashak", "कीटनाशक", "phenyl", "phenol", "toilet cleaner",
        "harpic", "acid", "tik 20", "celphos", "sulphos", "sulfas", "phosphide", "poision*",
        "posion*", "poisen*", "chuhe maar", "चूहे मार", "undir mar*", "उंदीर मार*", "ratol", "kitaknashak", "कीटकनाशक", "undir marnar", "zehar",
        "जहर", "ज़हर", "vish", "विष", "poison*",
        # the farm's poison by what it is for: "crop spray", "खेत वाली दवाई"
        "crop spray", "crop medicine", "khet wali dawai", "खेत वाली दवाई", "khet ki dawai", "खेत की दवाई",
        "keede maar*", "kide maar*", "keeda maar*", "kida maar*", "कीड़े मार*", "कीडे मार*",
        "कीड़ा मार*", "kitak nashak", "kidenashak", "कीडनाशक", "tannashak*", "तणनाशक*", "ghaas maar*",
        "घास मार*", "undir maar*", "machhar maar*", "मच्छर मार*", "dhekun maar*",
        # the pest's medicine: "rat ki dawa", "उंदराचं औषध", "kitaknashakachi batli"
        "kitaknashak*", "कीटकनाशक*", "keetnashak*", "कीटनाशक*", "pesticide*", "undrach* aushadh*",
        "उंदराच* औषध*", "undirach* aushadh*", "उंदीराच* औषध*", "chuhe ki dawa*", "चूहे की दवा*",
        "rat ki dawa*", "rat ki dawai", "rat medicine", "keede ki dawa*", "कीड़े की दवा*",
        # round 24: the flat's pest-control medicine
        "pest control*", "पेस्ट कंट्रोल*", "पेस्ट कंट्रोलवाल*",
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
        # round 24: another's future of it, told by the family: "vish pitil", "zehar kha lega"
        "pitil", "पितील", "पिईल", "pi lega", "पी लेगा", "pee lega", "kha lega", "खा लेगा", "khail", "खाईल",
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
        # drunk, in Marathi past forms and Hindi "pi gaya"
        "pela", "pyayla", "pyayli", "pyaylа", "pyala", "pyali", "pila", "pili", "प्यायला", "प्यायली",
        "प्यायलं", "प्याला", "पिला", "पिली", "pi gaya", "pi gayi", "pee gaya", "पी गया", "पी गई",
        "पी गयी",
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
        "dizzy", "vomiting", "throwing up", "ulti", "उल्टी", "chakkar",
        # "चक्कर" alone folds onto "कर" (do): its phrases only.
        "चक्कर आ रहे", "चक्कर आ रहा", "चक्कर आ रही", "चक्कर आए", "चक्कर आया", "चक्कर येत*", "चक्कर आला", "चक्कर आली", "numb", "sunn",
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
        # gathered and counted, and enough for it
        "counting", "counting the", "counting my", "been collecting", "collecting my",
        "collecting them", "gin raha", "gin rahi", "गिन रहा", "गिन रही", "gin liye", "गिन लिए",
        "mojtoy", "मोजतोय", "mojat aahe", "मोजत आहे", "mojlya", "मोजल्या", "ikattha kar*",
        "इकट्ठा कर*", "ikatthi kar*", "इकट्ठी कर*", "gola kar*", "गोळा कर*", "jamvat", "जमवत",
        "jama kiye", "जमा किए", "jama ki", "जमा की", "should be enough", "will be enough",
        "would be enough", "be enough", "kaafi hongi", "kaafi honge", "काफी होंगी", "काफी होंगे",
        "kafi hongi", "purtil", "पुरतील", "pureshya aahet", "पुरेशा आहेत",
        "aanlay", "anlay", "aanlaya", "आणलंय", "आणलय", "le aaya hoon", "ले आया हूं", "le aayi hoon",
    ),
    # A household chemical bought for the cleaning: "phenyl for the Diwali safai".
    "cleaning": (
        "safai", "सफाई", "saaf karne", "साफ करने", "saaf karna", "saaf kar", "swachhata", "स्वच्छता",
        "cleaning", "for the toilet", "toilet saaf", "bathroom saaf", "floor cleaning", "farshi pusayla",
        "फरशी पुसायला", "sandas", "संडास", "tiles", "pochha", "पोछा", "nali", "नाली", "drain",
    ),
    # A dose as told: the amount is the prescription, not an overdose.
    "as_told": (
        "on time", "regularly", "as prescribed", "prescribed", "doctor", "daily", "every day",
        "by mistake", "galti se", "गलती से", "chukun", "चुकून", "for fever", "for the rats",
        "for rats", "mice", "rats", "cockroach*", "pests", "termite*",
        "acid ho", "acidity", "godown", "crops", "fields", "khet", "खेत", "shet", "शेत", "farm",
        # a medicine that had run out, fetched again
        "ran out", "run out", "khatam ho gayi thi", "खत्म हो गई थी", "khatam ho gayi", "खत्म हो गई",
        "sampli hoti", "संपली होती", "sampalya hotya", "संपल्या होत्या", "refill", "refilled",
        # a dose the doctor started or changed, taken with meals or as written on the slip
        "doc started", "doctor started", "doc ne", "doctor ne", "डॉक्टर ने", "डॉक्टरांनी",
        # round 84: the doer glued on ("डॉक्टरने दिलेली नींदेची गोळी")
        "डॉक्टरने", "doctorne", "डॉक्टरनी", "डाक्टरने",
        "after breakfast", "after food", "after meals", "before breakfast", "as written",
        "khane ke baad", "खाने के बाद", "nashte ke baad", "नाश्ते के बाद", "jevanantar", "जेवणानंतर",
        "jevna nantar", "जेवणा नंतर",
    ),

}
