"""Suicide said in a religious or fatalistic register (round 14: holdout 39): God's call come
for the writer ("meri bhi bulawa aa gaya", "माझं पण बोलावणं आलंय") or God having called, one's
own time come and felt ("i feel my hour has come", "माझी वेळ आली असं वाटतं"), release sought in a
holy river ("narmada me samaa jaunga", "इंद्रायणीत मुक्ती मिळेल"), coming to a god's feet for good,
a god by name asked to lift the writer up ("panduranga mala uchlun ghe", "mahadev utha le"), the
next birth as where the writer will be better or square the account, following a dead parent
("बाबांच्या मागे मलाही जायचंय"), a one-way ticket to Kashi or Pandharpur, and God's forgiveness
asked beside a means. A mother or a wife reporting what he keeps saying ("papa kehte hain unka
bulawa aa gaya") is read the same way. Words and the rules that read them (appended to the
area's COMBINATIONS by rules.py).

Each reading needs its second family, because the same words are everyday faith: a wedding's
or an interview's call, a grandmother whose call came peacefully, a pilgrimage to Pandharpur or
Kashi, a holy dip, a relative's ashes and moksha, "nasha mukti kendra", "my time has come to
shine", love promised for the next birth, following mother to the market, and a one-way ticket
whose return is by bus stay quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # God's call, the summons that comes at the end: "bulawa", "बोलावणं".
    "god_call": ("bulawa", "bulaava", "बुलावा", "bolavne", "bolavna", "bolawna", "बोलावणं", "बोलावणे",
                 "बोलावणा", "bolavan", "बोलावण", "maut ka bulawa", "मौत का बुलावा", "the call from above"),
    # God has called (the verb rather than the noun): "bhagwan ne (mujhe) bulaya hai",
    # "देवाने बोलावलंय", "god has called me". The one who calls, then the calling.
    "god_agent": ("bhagwan ne", "bhagvan ne", "भगवान ने", "upar wale ne", "upar vale ne", "ऊपर वाले ने",
                  "उपर वाले ने", "ishwar ne", "ईश्वर ने", "devane", "देवाने", "vitthalane", "विठ्ठलाने",
                  "pandurangane", "पांडुरंगाने", "mahadev ne", "महादेव ने", "god has", "god is", "the lord has",
                  "the lord is"),
    "god_calls": ("bulaya", "bula liya", "bula lia", "बुलाया", "बुला लिया", "bulaya hai", "बुलाया है",
                  "bolavla", "bolavlay", "bolavle", "बोलावलं", "बोलावलंय", "बोलावले", "called", "calling"),
    # Come, arrived (the call, the time): "aa gaya", "आलंय", "has come".
    "has_come": ("aa gaya", "aa gya", "aa gayi", "aa gai", "aaya", "aaya hai", "aa chuka", "aa raha",
                 "आ गया", "आ गई", "आ गयी", "आया", "आ चुका", "आ रहा", "ala", "aala", "alay", "aalay", "ale",
                 "aale", "ala ahe", "आला", "आलं", "आलंय", "आले", "आलय", "आलं आहे", "has come",
                 "have come", "came", "is here", "arrived", "jhala", "jhali", "zali", "झाली", "झाला"),
    # Whose call: the writer's own ("माझं", "mera"), said right before it.
    "mine_own": ("mera", "meri", "mere", "मेरा", "मेरी", "मेरे", "majha", "mazha", "maza", "majhe", "maze",
                 "माझं", "माझा", "माझे", "my", "apna", "अपना"),
    # Said, and keeps saying, of a man by his wife or mother: "म्हणतायत", "kehte rehte hain".
    "keeps_saying": ("म्हणतायत", "mhantayat", "mhanatayat", "म्हणतात", "mhantat", "mhanat ahe", "म्हणत आहे",
                     "mhanat ahet", "म्हणत आहेत", "म्हणतोय", "bolat ahe", "बोलत आहे", "bolat ahet", "बोलत आहेत",
                     "kehte rehte", "कहते रहते", "kehta rehta", "कहता रहता", "bolta rehta", "बोलता रहता",
                     "bolte rehte", "बोलते रहते", "keeps telling", "kept saying", "keeps on saying",
                     "told me", "tells me", "tells everyone"),
    # His, theirs, in the reporting voice: "इनका बुलावा", "tyacha bolavna".
    "his_own": ("inka", "इनका", "inke", "इनके", "unka", "उनका", "uska", "उसका", "iska", "इसका", "tyacha",
                "त्याचा", "त्याचं", "tyanche", "त्यांचं", "त्यांचे", "his", "her"),
    # A god's call, by his name in the genitive: "bhagwan ka", "देवाचं", "vitthalache".
    "god_owner": ("bhagwan ka", "bhagvan ka", "भगवान का", "bhagwan ki", "भगवान की", "upar wale ka",
                  "upar vale ka", "ऊपर वाले का", "उपर वाले का", "upar se", "ऊपर से", "yamraj ka",
                  "यमराज का", "ishwar ka", "ईश्वर का", "allah ka", "अल्लाह का", "devacha", "devache",
                  "देवाचं", "देवाचे", "देवाचा", "vitthalache", "vitthalacha", "विठ्ठलाचं", "विठ्ठलाचे",
                  "pandurangache", "pandurangacha", "पांडुरंगाचं", "पांडुरंगाचे", "god's", "gods"),
    # What the call is for when it is life's business: an interview, a wedding, a hospital's
    # appointment, a court, a pilgrimage ("mata rani ka bulawa aaya, vaishno devi ja rahe").
    "summons_errand": (
        "naukri", "नौकरी", "nokri", "नोकरी", "job", "kaam pe", "office", "ऑफिस", "company", "interview",
        "इंटरव्यू", "joining", "training", "court", "कोर्ट", "thane", "थाने", "police", "पुलिस", "school",
        "college", "exam", "hospital", "हॉस्पिटल", "doctor", "डॉक्टर", "visa", "embassy", "function",
        "karyakram", "कार्यक्रम", "ceremony", "invitation", "nimantran", "निमंत्रण", "nyota", "न्योता",
        "mata rani", "माता रानी", "vaishno", "वैष्णो", "sherawali", "शेरावाली", "darshan", "दर्शन",
        "darshanala", "दर्शनाला", "yatra", "यात्रा", "jatra", "जत्रा", "wari", "vari", "वारी", "warila",
        "वारीला", "dindi", "दिंडी", "pilgrimage", "tirth", "तीर्थ", "kumbh", "कुंभ", "sasural", "ससुराल",
        "maike", "मायके", "maher", "माहेर", "sasari", "सासरी", "army", "fauj", "फौज", "duty", "ड्यूटी",
        "join", "joining letter", "unit", "posting", "transfer", "tabadla", "तबादला", "बदली",
        # called home for a meal
        "ghar se", "घर से", "gharun", "घरून", "khane pe", "khane par", "खाने पे", "खाने पर", "jevayla",
        "जेवायला", "dinner", "lunch", "chai pe", "चाय पे",
    ),
    # Come long ago, told of someone dead: "unka bulawa aa gaya tha", "तिची वेळ आली होती".
    "came_long_ago": ("aa gaya tha", "aa gayi thi", "aaya tha", "आ गया था", "आ गई थी", "आया था", "ala hota",
                      "aala hota", "आला होता", "आलं होतं", "ali hoti", "aali hoti", "आली होती", "had come",
                      "came years", "had arrived"),
    # One's own time come, the fatalist's way of saying death is near.
    "time_up": (
        "my time has come", "my time is up", "my time's up", "my time is near", "my hour has come",
        "my days are numbered", "my time has arrived", "my time is over",
        "mera samay pura", "mera samay poora", "मेरा समय पूरा", "mera samay pura ho gaya", "मेरा समय पूरा हो गया",
        "mera waqt pura ho gaya", "मेरा वक्त पूरा हो गया", "mera samay aa gaya", "मेरा समय आ गया",
        "mera samay aa chuka", "mera waqt aa gaya", "mera vakt aa gaya", "मेरा वक्त आ गया", "मेरा वक़्त आ गया",
        "mera waqt pura", "मेरा वक्त पूरा", "meri ghadi aa gayi",
        "meri ghadi aa gai", "मेरी घड़ी आ गई", "mera kaal aa gaya", "मेरा काल आ गया", "meri umar puri",
        "मेरी उम्र पूरी", "mere din pure", "मेरे दिन पूरे", "antim samay aa gaya", "अंतिम समय आ गया",
        "mazi vel ali", "majhi vel ali", "mazi vel aali", "माझी वेळ आली", "mazi vel zali", "majhi vel jhali",
        "माझी वेळ झाली", "maza kaal ala", "माझा काळ आला", "maza vel sampla", "mazi vel bharli",
        "माझी वेळ भरली", "majha samay sampla", "माझा समय संपला",
    ),
    # Said as a feeling, a premonition: "lagta hai", "asa vattay", "feel like".
    "sense_of": ("feel like", "feels like", "i feel", "i sense", "lagta hai", "lag raha hai", "लगता है",
                 "लग रहा है", "lagta h", "mehsoos", "महसूस", "asa vattay", "asa vatatay", "असं वाटतंय",
                 "असं वाटतं", "vattay", "वाटतंय", "vatatay", "vatte", "वाटते", "vatta", "वाटतं"),
    # The time come for something good: "my time has come to shine", "ab mera time aa gaya, promotion".
    "good_turn": ("to shine", "shine", "to rise", "to lead", "to win", "success", "promotion", "chamak*",
                  "चमक*", "kamyab*", "कामयाब*", "jeet", "जीत", "lottery", "लॉटरी", "baari", "bari", "बारी",
                  "turn", "number", "नंबर", "queue", "line me", "लाइन में", "rangat", "रांगेत", "ranget",
                  # a tenure over: "is company me mera samay pura ho gaya, resign karunga"
                  "resign*", "रिजाइन*", "retire*", "रिटायर*", "contract", "project", "tenure", "posting",
                  "transfer", "tabadla", "बदली"),
    # The holy rivers, the ghat: where release is sought.
    "holy_river": (
        "ganga ji", "gangaji", "गंगा जी", "गंगाजी", "ganga maiya", "गंगा मैया", "ganga maa", "गंगा मां",
        "ganga me", "ganga mein", "गंगा में", "ganga kinare", "गंगा किनारे", "ganga ke", "गंगा के", "गंगेत",
        "ganget", "gangechya", "गंगेच्या", "ganges", "the ganga", "godavari*", "गोदावरी*", "chandrabhag*",
        "चंद्रभाग*", "narmada*", "नर्मदा*", "yamuna*", "यमुना*", "indrayani*", "इंद्रायणी*", "sangam",
        "संगम", "triveni", "त्रिवेणी", "krishna nadi", "कृष्णा नदी", "कृष्णेत", "the ghat", "ghat pe",
        "ghat par", "घाट पर", "घाट पे", "ghaat pe", "ghaat par", "घाटावर", "ghatavar", "holy river",
        # round 30: Nashik's Ramkund, Haridwar's Har ki Pauri, the Ganga named after "with", "into"
        "ramkund*", "रामकुंड*", "har ki pauri", "हर की पौड़ी", "har ki paudi", "with ganga", "into the ganga",
        "into ganga",
    ),
    # Liberation, the end of births: "moksha", "mukti".
    "moksha": ("moksha", "moksh", "मोक्ष", "mukti", "मुक्ति", "मुक्ती", "nirvana", "निर्वाण", "sadgati",
               "सद्गति", "सद्गती"),
    # Taken into the water for good, said of oneself: "samaa jaunga", "समाधि लूंगा", "jal samadhi".
    "merge_self": (
        "samaa jaunga", "sama jaunga", "samaa jaungi", "sama jaungi", "समा जाऊंगा", "समा जाऊँगा",
        "समा जाऊंगी", "समा जाऊँगी", "samaa jau", "sama jau", "समा जाऊं", "samadhi lunga", "samadhi lungi",
        "samadhi le lunga", "समाधि लूंगा", "समाधि लूँगा", "समाधि ले लूंगा", "समाधि लूंगी", "समाधी लूंगा",
        "samadhi ghein", "samadhi gheen", "समाधी घेईन", "samadhi ghenar", "समाधी घेणार", "jal samadhi",
        "jalsamadhi", "जल समाधि", "जलसमाधि", "जलसमाधी", "जल समाधी", "vilin hoin", "विलीन होईन",
        "vilin ho jaunga", "विलीन हो जाऊंगा", "lin hoin", "merge into", "become one with",
        # round 30: "wants to take sanyas and merge with Ganga"
        "merge with", "merge in",
    ),
    # What makes a river and moksha an everyday rite: ashes, last rites, a holy dip, a de-addiction
    # centre, sins washed away, a pilgrimage; and a moksha already given (a relative's).
    "rite_or_past": (
        "asthi", "asthiyan", "asthiya", "अस्थि", "अस्थियां", "अस्थियाँ", "अस्थी", "ashes", "visarjan",
        "विसर्जन", "shraddh", "श्राद्ध", "pind daan", "pinddaan", "पिंडदान", "tarpan", "तर्पण",
        "antim sanskar", "अंतिम संस्कार", "cremation", "cremated", "dashakriya", "दशक्रिया", "terahvi",
        "तेरहवीं", "last rites", "funeral", "holy dip", "dubki", "डुबकी", "ganga snan", "गंगा स्नान",
        "dip", "holy bath", "bathed", "paapon", "पापों", "sins", "paap dhul", "पाप धुल", "nasha mukti", "नशा मुक्ति",
        "nashamukti", "vyasan mukti", "व्यसन मुक्ती", "व्यसनमुक्ती", "vyasanmukti", "de-addiction",
        "deaddiction", "kendra", "केंद्र", "centre", "center", "mil gaya", "मिल गया", "mil gayi", "mil gai",
        "मिल गई", "mil chuka", "mil chuki", "मिल चुका", "mila tha", "मिला था", "milala hota", "मिळाला होता",
        "milali", "मिळाली", "got moksha", "got mukti", "attained", "milta",
        "मिलता", "milto", "मिळतो", "milte", "मिळते", "karz mukti", "कर्ज मुक्ती", "karjmukti",
        "कर्जमुक्ती", "darshan", "दर्शन", "yatra", "यात्रा", "wari", "वारी", "dindi", "दिंडी", "aarti",
        "आरती", "kirtan", "कीर्तन", "bhajan", "भजन", "selfie", "photo", "photos", "boating",
    ),
    # A grandmother or grandfather whose call or time came: told of the dead, not said of oneself
    # (the area's departed_elder has "aaji", whose skeleton is "ji" of "ganga ji").
    "elder_gone": ("dadi ji", "दादी जी", "dadi ka", "dadi ki", "dadi ko", "दादी का", "दादी की", "दादी को",
                   "nani ka", "nani ki", "nani ko", "नानी का", "नानी की", "नानी को", "aajila", "आजीला", "aajichi", "आजीची", "aaji geli",
                   "आजी गेली", "ajoba gele", "आजोबा गेले", "ajobanchi", "आजोबांची", "ajobanna", "आजोबांना", "grandma", "grandpa", "granny",
                   "grandmother", "grandfather", "dadaji", "दादाजी", "nanaji", "नानाजी", "late", "swargiya",
                   "स्वर्गीय", "passed away", "guzar gaye", "गुज़र गए", "गुजर गए", "nidhan", "निधन", "vaarle",
                   "वारले", "peacefully", "in her sleep", "in his sleep", "shanti se", "शांति से", "shantpane",
                   "शांतपणे", "neend me", "नींद में", "jhopet", "झोपेत"),
    # At a god's feet: "तुझ्या पायाशी", "tere charno me".
    "gods_feet": ("tujhya payashi", "tujhya paayashi", "तुझ्या पायाशी", "tujhya paayi", "तुझ्या पायी",
                  "tujhya charni", "तुझ्या चरणी", "tere charno me", "tere charnon me", "तेरे चरणों में",
                  "tumhare charno me", "तुम्हारे चरणों में", "aapke charno me", "आपके चरणों में",
                  "at your feet", "at thy feet"),
    # Devotion, forever: "तुझ्या चरणी कायमचा लीन".
    "bhakti": ("leen", "लीन", "bhakt", "भक्त", "seva", "सेवा", "sevet", "सेवेत", "naman", "नमन",
                 "namaskar", "नमस्कार", "pranam", "प्रणाम", "darshan", "दर्शन", "wari", "वारी", "dindi",
                 "दिंडी", "yatra", "यात्रा", "kirtan", "कीर्तन", "bhajan", "भजन"),
    # A god called on by name, as one calls on him to take one: "vitthala", "पांडुरंगा", "mahadev".
    "god_by_name": ("vitthala", "vitthal", "विठ्ठला", "विठ्ठल", "vithoba", "विठोबा", "vithu", "विठू",
                    "panduranga", "pandurang", "पांडुरंगा", "पांडुरंग", "mahadev", "महादेव", "bholenath",
                    "भोलेनाथ", "bhole baba", "भोले बाबा", "prabhu", "प्रभु", "prabhuji", "ishwara", "ईश्वरा",
                    "khandoba", "खंडोबा", "sai baba", "साई बाबा", "saibaba", "ganpati bappa", "गणपती बाप्पा", "mata rani",
                    "माता रानी", "ambe maa", "swami", "स्वामी"),
    # Where a god takes one on a pilgrimage: "mala pandharpurla ghevun ja".
    "holy_place": ("pandharpur*", "पंढरपूर*", "pandharichya", "पंढरीच्या", "pandhari", "पंढरी", "kashi ji",
                   "काशी जी", "kashi vishwanath", "काशी विश्वनाथ", "kashi me", "काशी में", "kashi ki",
                   "काशी की", "kashi ka", "काशी का", "to kashi", "kashila", "काशीला", "banaras*", "बनारस*",
                   "benares", "varanasi", "वाराणसी", "haridwar*", "हरिद्वार*", "rishikesh*", "ऋषिकेश*",
                   "prayag*", "प्रयाग*", "alandi*", "आळंदी*", "dehu", "देहू", "tryambak*", "त्र्यंबक*",
                   "shirdi*", "शिर्डी*", "tirupati", "तिरुपति", "mathura", "मथुरा", "vrindavan", "वृंदावन",
                   "ayodhya", "अयोध्या", "dwarka", "द्वारका", "gangapur", "गाणगापूर", "ganagapur", "kedarnath",
                   "केदारनाथ", "badrinath", "बद्रीनाथ", "amarnath", "अमरनाथ", "vaishno devi", "वैष्णो देवी",
                   "char dham", "चार धाम", "somnath", "सोमनाथ", "ujjain", "उज्जैन", "jagannath puri",
                   "जगन्नाथ पुरी", "ajmer", "अजमेर", "sabarimala", "jejuri", "जेजुरी", "tuljapur", "तुळजापूर",
                   "kolhapur", "कोल्हापूर", "akkalkot", "अक्कलकोट"),
    # A visit asked for, once or this year: "ek baar bula lo", "ya varshi ghevun ja".
    "visit_soon": ("ek baar", "एक बार", "ekda", "एकदा", "is saal", "इस साल", "agle saal", "अगले साल", "ya varshi",
                   "या वर्षी", "pudhchya varshi", "पुढच्या वर्षी", "this year", "next year", "once more",
                   "one more time", "darshan ko", "दर्शन को", "darshanala", "दर्शनाला"),
    # The ticket that has no return: "एक तरफ की", "one way".
    "one_way": ("one way", "one-way", "oneway", "ek taraf", "एक तरफ", "ek tarfa", "एकतरफा", "ektarfa",
                "sirf jaane", "सिर्फ जाने", "sirf jane", "fakt janyacha", "फक्त जाण्याचं", "fakt janyache",
                "फक्त जाण्याचे", "ekach bajuch*", "एकाच बाजूच*", "no return"),
    "ticket": ("ticket", "tiket", "tikat", "टिकट", "tikit", "तिकीट", "टिकिट", "टिकीट", "tickets"),
    # The way back that is booked otherwise: "return by bus", "wapsi bus se".
    "return_booked": ("return", "wapsi", "वापसी", "wapas", "वापस", "parat", "परत", "by bus", "bus se",
                      "बस से", "bus ne", "बसने", "by train", "train se", "ट्रेन से", "by car", "car se",
                      "flight", "later", "baad me", "बाद में", "nantar", "नंतर", "coming back", "aate waqt",
                      "आते वक्त", "yetana", "येताना", "group", "ग्रुप", "family", "friends", "dosto", "दोस्तों",
                      "mitransobat", "मित्रांसोबत", "cheaper", "sasta tha", "सस्ता था", "swasta hota", "स्वस्त होतं",
                      "love", "pyar", "प्यार", "prem", "प्रेम"),
    # The next birth as where the writer will be better: "agle janam me achha beta banunga".
    "better_self": ("acha insaan", "achha insaan", "accha insaan", "acha insan", "achha insan",
                    "अच्छा इंसान", "acha aadmi", "achha aadmi", "अच्छा आदमी", "acha beta", "achha beta",
                    "अच्छा बेटा", "acha baap", "अच्छा बाप", "better person", "good person", "better man",
                    "good man", "better son", "good son", "better father", "changla manus", "चांगला माणूस",
                    "changla mulga", "चांगला मुलगा", "changla baap", "चांगला बाप", "changla manus banin",
                    "sudharun yein", "सुधरून येईन", "sudhar ke aaunga", "सुधर के आऊंगा"),
    # The account of one's deeds or of this birth settled: "karma ka hisaab", "प्रायश्चित्त" (a
    # shop's or a loan's hisaab is money, not this).
    "settle_deeds": ("karma ka hisaab", "karma ka hisab", "karmon ka hisaab", "कर्म का हिसाब", "कर्मों का हिसाब",
                     "is janam ka hisaab", "is janam ka hisab", "इस जन्म का हिसाब", "karmacha hishob",
                     "कर्माचा हिशोब", "ya janmacha hishob", "या जन्माचा हिशोब", "prayashchit*", "प्रायश्चित*", "atone", "pay for my sins",
                     "pay for what i did", "paap ka fal", "पाप का फल", "papacha ghada", "पापाचा घडा"),
    # Following a dead parent: "बाबांच्या मागे", "maa ke peeche", "where mom went".
    "after_parent": (
        "aaichya mage", "aaichya maage", "आईच्या मागे", "aai mage", "आई मागे", "babanchya mage",
        "बाबांच्या मागे", "vadilanchya mage", "वडिलांच्या मागे", "pappanchya mage", "पप्पांच्या मागे",
        "aaipathopath", "आईपाठोपाठ", "aai pathopath", "आई पाठोपाठ", "babanpathopath", "बाबांपाठोपाठ",
        "maa ke peeche", "maa ke piche", "माँ के पीछे", "मां के पीछे", "mummy ke peeche", "mummy ke piche",
        "मम्मी के पीछे", "papa ke peeche", "papa ke piche", "पापा के पीछे", "pitaji ke peeche",
        "पिताजी के पीछे", "ammi ke peeche", "अम्मी के पीछे", "abba ke peeche", "अब्बा के पीछे",
        "follow my mother", "follow my mom", "follow mom", "follow my father", "follow my dad",
        "follow dad", "where mom went",
        "where my mother went", "where dad went", "where my father went", "jahan maa gayi", "जहाँ माँ गई",
        "जहां मां गई", "jahan papa gaye", "जहाँ पापा गए", "jithe aai geli", "जिथे आई गेली",
        "jithe baba gele", "जिथे बाबा गेले",
    ),
    # The writer going too: "मला पण जायचंय", "main bhi chala jaunga", "me too".
    "me_too_going": ("mala pan jaycha", "mala pan jaychay", "मला पण जायचं", "मला पण जायचंय", "malahi jaycha",
                     "मलाही जायचं", "मलाही जायचंय", "mi pan jaanar", "मी पण जाणार", "mi pan jato", "मी पण जातो",
                     "mujhe bhi jana hai", "mujhe bhi jaana hai", "मुझे भी जाना है", "main bhi chala jaunga",
                     "मैं भी चला जाऊंगा", "main bhi chali jaungi", "मैं भी चली जाऊंगी", "main bhi jaunga",
                     "मैं भी जाऊंगा", "i want to", "i wanna", "i just want to", "want to", "wanna"),
    # Where one follows a parent on an errand: the market, the fields, the temple, a relative's.
    "errand_place": ("bazaar", "bajar", "बाजार", "बाज़ार", "market", "mandai", "मंडई", "shop", "dukan",
                     "दुकान", "shetat", "शेतात", "khet", "खेत", "temple", "mandir", "मंदिर", "devlat",
                     "देवळात", "hospital", "doctor", "school", "shalet", "शाळेत", "office", "gavi", "गावी",
                     "gaon", "गांव", "mamachya", "मामाच्या", "nani ke", "नानी के", "ghari", "घरी", "ghar",
                     "घर", "kitchen", "swayampakghar", "स्वयंपाकघर", "footsteps", "career", "business", "into",
                     "example", "advice", "recipe", "path", "abroad", "army",
                     "profession", "dhanda", "धंदा", "naukri", "नोकरी", "lagna", "लग्न", "shaadi", "शादी"),
    # God asked to forgive or understand, as a writer does beside a means: "god forgive me".
    "god_forgives": ("god will understand", "god will forgive me", "god forgive me", "may god forgive me",
                     "bhagwan maaf kare", "bhagwan mujhe maaf kare", "bhagwan mujhe maaf karna",
                     "भगवान मुझे माफ करना", "भगवान मुझे माफ़ करना", "भगवान माफ करे", "upar wala samajh lega",
                     "ऊपर वाला समझ लेगा", "bhagwan samajh lenge", "भगवान समझ लेंगे", "deva mala maaf kar",
                     "देवा मला माफ कर", "deva samjun ghe", "देवा समजून घे", "allah maaf kare", "अल्लाह माफ करे",
                     "allah mujhe maaf kare", "अल्लाह मुझे माफ करे"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # His, theirs, the honorific of a wife or a mother speaking of him ("इनका बुलावा आ गया"), and
    # "he / they say" in Marathi ("ते म्हणतायत", "to mhanto"): what follows is his, not the writer's.
    "third_person": ("inka", "इनका", "inke", "इनके", "unka", "उनका", "unke", "उनके", "te mhantayat",
                     "ते म्हणतायत", "te mhantat", "ते म्हणतात", "to mhanto", "तो म्हणतो", "to mhantoy",
                     "तो म्हणतोय", "to mhanat ahe", "तो म्हणत आहे", "ti mhante", "ती म्हणते"),
    # Lift me up, take me along, in Marathi's forms: "मला उचलून घे", "vithoba mala ghevun ja".
    "take_me": ("uchlun ghe", "uchalun ghe", "उचलून घे", "uchlun ghya", "उचलून घ्या", "uchlun gheshil",
                "उचलून घेशील", "ghevun ja", "mala ghevun ja", "मला घेवून जा",
                "gheun ja re", "ghewun ja", "ghevun ne", "ने रे मला", "upar utha le", "ऊपर उठा ले",
                "apne paas bula le", "अपने पास बुला ले", "apne paas bula lo", "अपने पास बुला लो",
                "mujhe utha le", "मुझे उठा ले", "take me to you"),
}

# Words whose presence makes a rule an errand or a rite: see each rule.
_RITE = ("rite_or_past", "summons_errand", "elder_gone", "laugh")

FAITH_AND_FATE: tuple[Combination, ...] = (
    # "meri bhi bulawa aa gaya", "माझं पण बोलावणं आलंय": the writer's own call, come.
    Combination(S, (_g("mine_own", "my_own"), _g("god_call"), _g("has_come")), 1, order=True,
                unless=_g("summons_errand", "wedding", "laugh", "came_long_ago")),
    # A god's call, or his (inka, uska), come, told as what he keeps saying: "papa kehte hain unka
    # bulawa aa gaya", "माझा भाऊ म्हणतोय विठ्ठलाचं बोलावणं आलंय"; or a god's call come to the
    # writer ("mujhe upar se bulawa aa gaya"); a grandmother whose call came is told, not said, and
    # "mujhe unka bulawa aaya" is an invitation.
    Combination(S, (_g("talk_of", "keeps_saying", "said_word"), _g("god_owner", "his_own"),
                    _g("god_call"), _g("has_come")), 4, order=True,
                unless=_g("summons_errand", "wedding", "elder_gone", "laugh", "came_long_ago")),
    Combination(S, (_g("first_person", "me"), _g("god_owner"), _g("god_call"), _g("has_come")), 4, order=True,
                unless=_g("summons_errand", "wedding", "elder_gone", "laugh", "came_long_ago")),
    Combination(S, (_g("god_owner"), _g("god_call"), _g("has_come"), _g("talk_of", "keeps_saying")), 6, order=True,
                unless=_g("summons_errand", "wedding", "elder_gone", "laugh", "came_long_ago")),
    # God has called, told of the writer or of him as he says it: "bhagwan ne mujhe bulaya hai",
    # "he keeps saying god is calling him"; not to his darshan, nor a grandmother he called.
    Combination(S, (_g("god_agent"), _g("god_calls"), _g("talk_of", "keeps_saying", "first_person", "me",
                                                          "given_away", "hand_over", "for_good", "wrote_note")),
                6, across=True,
                unless=_g("summons_errand", "elder_gone", "wedding", "laugh", "bhakti")),
    # A god's call come, and belongings handed out or a note: "बोलावणं आलंय, घड्याळ भावाला दिलं".
    Combination(S, (_g("god_owner", "mine_own", "my_own", "his_own"), _g("god_call"), _g("has_come"),
                    _g("given_away", "hand_over", "wrote_note", "goodbye", "farewell_word", "for_good")), 14,
                across=True, unless=_g("summons_errand", "wedding", "elder_gone", "laugh", "came_long_ago")),
    # One's time come, felt or acted on: "i feel my hour has come", "माझी वेळ आली असं वाटतं",
    # "mera waqt aa gaya, bike chhote ko de di"; not the turn in a queue, a promotion
    # or "my time has come to shine".
    Combination(S, (_g("time_up"), _g("sense_of", "wrote_note", "given_away", "hand_over", "entrust",
                                     "goodbye", "farewell_word", "for_good", "god_call", "one_way",
                                     "moksha", "take_me", "to_god")), 12, across=True, same_word=True,
                unless=_g("good_turn", "wedding", "elder_gone", "laugh", "came_long_ago", "leave_harmless")),
    # What he keeps saying, told by his mother or wife: "bhai kehta hai narmada me samaa jaunga" (read from
    # the saying, so that the one who says it is the subject found).
    Combination(S, (_g("talk_of", "keeps_saying"), _g("holy_river", "gods_feet"), _g("moksha", "merge_self")), 8,
                order=True, unless=_g(*_RITE)),
    # Release in a holy river: "narmada me samaa jaunga, mukti milegi", "इंद्रायणीत मुक्ती मिळेल",
    # "the ganga will give me moksha"; not ashes, a holy dip, a de-addiction
    # centre or a relative's moksha.
    Combination(S, (_g("holy_river"), _g("moksha", "merge_self")), 12, across=True, unless=_g(*_RITE)),
    # At the ghat or the holy river, and not coming back from it: "went to the ghat ... next time I
    # won't come back up the steps"; not a pilgrim's trip.
    Combination(S, (_g("holy_river"), _g("present_there", "posture", "go_there", "went_towards", "going_there"),
                    _g("wont_return", "for_good")), 16, across=True, unless=_g(*_RITE, "away_trip")),
    # Taken into the water for good, said of oneself: "yamuna ji me jal samadhi le lunga", "गोदावरी में समा जाऊंगा".
    Combination(S, (_g("merge_self"), _g("water_body", "holy_river", "for_good", "moksha", "first_person",
                                        "me", "talk_of")), 8, across=True,
                unless=_g(*_RITE, "bhakti")),
    # Coming to a god's feet for good, or into the river: "पांडुरंगा तुझ्या चरणी कायमचा येतोय".
    Combination(S, (_g("gods_feet"), _g("for_good", "moksha", "merge_self", "holy_river")), 8, across=True,
                unless=_g(*_RITE, "bhakti")),
    # A god by name asked to take the writer: "panduranga mala uchlun ghe", "mahadev utha le";
    # not to take him to Pandharpur or to his darshan.
    Combination(S, (_g("god_by_name"), _g("take_me")), 6, order=True,
                unless=_g("holy_place", "bhakti", "worship", "rite_or_past", "summons_errand", "visit_soon")),
    # The next birth as where one will be better, or the account of deeds settled first:
    # "is janam ka hisaab chukta karke jaunga", "agle janam me achha beta banunga"; love promised for
    # the next birth and a joke stay quiet.
    Combination(S, (_g("next_life"), _g("better_self", "settle_deeds")), 12, across=True,
                unless=_g("love_word", "laugh")),
    Combination(S, (_g("settle_deeds"), _g("die", "end", "for_good", "take_me", "to_god", "going_there",
                                          "leave")), 8, across=True,
                unless=_g("laugh", "holy_place", "bhakti", "worship", "summons_errand")),
    # Following a dead parent: "बाबांच्या मागे मलाही जायचंय", "jahan maa gayi wahin jana hai";
    # not following mother to the market or in father's footsteps.
    Combination(S, (_g("after_parent"), _g("me_too_going", "take_me", "want", "going_there", "leave")), 5, same_word=True,
                unless=_g("errand_place", "leave_harmless", "away_trip", "laugh")),
    # A one-way ticket to Kashi or Pandharpur; not when the return is by bus or booked later.
    Combination(S, (_g("one_way"), _g("ticket"), _g("holy_place")), 10, across=True,
                unless=_g("return_booked", "wedding", "laugh")),
    # God's forgiveness asked beside a means or the night chosen: "sulphas le aaya hu, bhagwan mujhe
    # maaf karna".
    Combination(S, (_g("god_forgives"), _g("poison", "pills", "ligature", "noose_cord", "rail_line",
                                          "by_night", "the_day", "wrote_note", "goodbye", "farewell_word",
                                          "die", "suicide")), 14, across=True, unless=_g("laugh")),
)
