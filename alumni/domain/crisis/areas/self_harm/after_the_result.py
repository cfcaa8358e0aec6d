"""Suicide said by students and aspirants after a result, a mock or a failed attempt: the
burden that the family named removed ("ab bojh hata dunga", "ओझं कमी करतो"); the insult said
by everyone that nobody will say from tomorrow ("कल से कोई नहीं कहेगा"); everyone lighter or
better off without the writer ("sab halke ho jayenge mere bina", "मी नसलो तरच तिचं भलं"); the
mother told that the writer tried, with a bye ("mummy ko bol dena maine try kiya tha"); one's
books left to a roommate or a brother beside not coming back or leaving ("told my roommate to keep
my books", "mazi pustaka tyachya mulala de. mi nighto"); having decided and finishing it, or
nobody to save the writer because the decision is made ("मला कुणी वाचवू नका, decision झालाय");
neither returning nor staying ("न लौटूंगा न रहूंगा"); this message to be taken as the last
("हे मेसेज शेवटचेच समजा"); not worthy of one's parents beside "don't look for me"; tomorrow's
day or morning not to be seen ("उद्याचा दिवस मी बघणार नाही"); the old thoughts back and obeyed this time; good-byes taken by others for a trip
home; and the parents' gold, loan or fees wasted beside the writer going or ending it.

What keeps each quiet is named beside it: the burden of the heart, a bag or a job lifted, or no
burden because the writer now earns; a seat or a plate not to be saved; an
insult ended by a result or a promise to do better; books left while going home for the
holidays; a decision about a college or a course; the last message of a group or a day. The roof and a
cliff's edge after a result are read in roof_and_cliff_edge.py.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The burden removed, by the one who is it: "bojh hata dunga", "won't be a burden anymore".
    "exr_burden_lifted": (
        "bojh hata dunga", "bojh hata dungi", "बोझ हटा दूंगा", "बोझ हटा दूँगा", "बोझ हटा दूंगी",
        "bojh utar dunga", "बोझ उतार दूंगा", "bojh khatam kar dunga", "बोझ खत्म कर दूंगा",
        "bojh kam kar dunga", "बोझ कम कर दूंगा", "ojha kami karto", "ओझं कमी करतो", "ओझं कमी करते",
        "ojha utarvto", "ओझं उतरवतो", "tumcha ojha kami", "तुमचं ओझं कमी", "won't be a burden anymore",
        "wont be a burden anymore", "won't be a burden any more", "wont be a burden any more",
        "won't be your burden", "wont be your burden", "no longer be a burden", "not be a burden anymore",
        "bojh nahi banunga", "बोझ नहीं बनूंगा", "bojh nahi rahunga", "बोझ नहीं रहूंगा",
        "ojha nahi rahnar", "ओझं राहणार नाही", "ojha honar nahi", "ओझं होणार नाही",
        "remove the burden", "take the burden away",
    ),
    # What is saved for someone: a seat, a plate, a share.
    "exr_saved_thing": (
        "seat", "a seat", "jagah", "जगह", "jaga", "जागा", "plate", "food", "khana", "खाना", "piece", "slice",
        "cake", "spot", "place", "chair", "dinner", "lunch", "share", "some", "any", "the last",
    ),
    # Earning one's keep: a burden no longer because of a job or a stipend.
    "exr_earning": (
        "job", "naukri", "नौकरी", "nokri", "नोकरी", "kamaunga", "कमाऊंगा", "kamavin", "कमवीन", "earn", "earning",
        "salary", "stipend", "scholarship", "part time", "tuition", "apna kharcha", "अपना खर्चा", "majha kharch",
        "माझा खर्च", "selected", "selection", "placement", "rent", "fees khud",
    ),
    # Whose load it is that the words lift: the heart's, a bag's, a job's, a debt's.
    "exr_other_load": (
        "dil", "दिल", "mann", "man ka", "मन", "mana", "मनावरचं", "sir se", "सिर से", "kandhe", "कंधे",
        "bag", "luggage", "saman", "सामान", "kaam", "काम", "work", "debt", "loan", "karz", "कर्ज",
        "emi", "chest", "shoulders",
    ),
    # The insult said by all or at home: "nalayak", "nikamma", "bojh", "useless".
    "exr_insult_said": (
        "nalayak", "नालायक", "nikamma", "निकम्मा", "nikami", "निकामी", "nikamma hai", "bekaar", "बेकार",
        "useless", "failure", "loser", "nalayak aahes", "गधा", "kahi kamacha nahi", "काही कामाचा नाही",
        "kisi kaam ka nahi", "किसी काम का नहीं", "bojh", "बोझ", "ojha", "ओझं", "burden",
    ),
    # Nobody will say it any more: "कल से कोई नहीं कहेगा", "koni mhannar nahi".
    "exr_nobody_will_say": (
        "koi nahi kahega", "कोई नहीं कहेगा", "koi nhi kahega", "कोई नही कहेगा", "koi nahi bolega",
        "कोई नहीं बोलेगा", "koni mhannar nahi", "कोणी म्हणणार नाही", "kuni mhannar nahi", "कुणी म्हणणार नाही",
        "koni bolnar nahi", "कोणी बोलणार नाही", "nobody will say", "no one will say", "nobody will call me",
        "no one will call me", "won't have to say", "wont have to say", "kehne ki zarurat nahi padegi",
    ),
    # A result, a promise to do better: what makes the insult's end a resolve, not a going.
    "exr_proved_instead": (
        "top", "rank laaunga", "pass", "pass hoke", "select", "selection", "prove", "dikha dunga", "दिखा दूंगा",
        "dakhvun deto", "दाखवून देतो", "mehnat", "मेहनत", "padhai", "पढ़ाई", "abhyas", "अभ्यास", "study",
        "kaam karunga", "job", "naukri", "नौकरी",
    ),
    # Lighter, better off, free: "lighter without me", "halke ho jayenge", "tiche bhala".
    "exr_better_for_them": (
        "lighter", "halka", "halke", "हल्के", "हलके", "हल्का", "bhala", "भला", "भलं", "bhala hoga", "भला होगा",
        "better off", "happier", "sukhi", "सुखी", "khush rahenge", "खुश रहेंगे", "mokle", "मोकळे", "sutka",
        "सुटका", "relieved", "freer",
    ),
    # The writer's absence: "without me", "mere bina", "mi naslo tar(ach)".
    "exr_without_me": (
        "without me", "mere bina", "मेरे बिना", "mere baghair", "majhyashivay", "माझ्याशिवाय", "mazyashivay",
        "mi naslo tar", "mi naslo tarach", "मी नसलो तर", "मी नसलो तरच", "mi nasle tar", "मी नसले तरच",
        "मी नसले तर", "main na rahu to", "मैं न रहूं तो", "na rahu to", "न रहूं तो", "ना रहूं तो", "na rahun to", "main nahi rahunga to", "मैं नहीं रहूंगा तो",
        "if i'm not there", "if im not there", "if i am not there", "once i'm gone", "once im gone",
    ),
    # The writer's habit, not the writer: "lighter without me drinking", "mere bina pine ke".
    "exr_my_habit": (
        "drinking", "smoking", "snoring", "fighting", "shouting", "nagging", "complaining", "pina", "peena",
        "pine", "पीने", "daaru", "दारू", "sharab", "शराब", "piṇa", "pinyashivay", "पिण्याशिवाय",
    ),
    # The writer tried, said as a thing to be told: "maine try kiya tha", "khup prayatna kela".
    "exr_i_tried": (
        "try kiya tha", "mai try kiya", "maine try kiya", "मैंने try किया", "bahut try kiya", "बहुत try किया",
        "koshish ki thi", "कोशिश की थी", "bahut koshish ki", "बहुत कोशिश की", "maine koshish ki",
        "मैंने कोशिश की", "try kela hota", "try केला होता", "khup try kela", "खूप try केला",
        "prayatna kela", "प्रयत्न केला", "khup prayatna", "खूप प्रयत्न", "i tried", "i really tried",
        "i did try", "i tried my best", "tried so hard",
    ),
    # A goodbye word, short: "bye", "alvida", "tata".
    "exr_bye": ("bye", "byee", "byeee", "बाय", "alvida", "अलविदा", "goodbye", "good bye", "tata", "tc bye"),
    # One's books and notes: what a student leaves to someone.
    "exr_my_books": (
        "my books", "my notes", "meri kitabe", "meri kitaben", "meri kitabein", "meri kitaabein", "मेरी किताबें", "मेरी किताबे", "meri books", "मेरी books",
        "mere notes", "मेरे notes", "mazi pustaka", "mazi pustake", "majhi pustaka", "माझी पुस्तकं",
        "माझी पुस्तके", "mazi books", "माझी books", "maze notes", "माझे notes",
    ),
    # Left to someone: keep, give, "de", "de dena", "ko dena".
    "exr_left_to": (
        "keep", "give", "to keep", "de dena", "दे देना", "de dijiye", "दे दीजिए", "rakh lena", "रख लेना",
        "de", "दे", "dya", "द्या", "deun tak", "देऊन टाक", "thev", "ठेव", "ghe", "घे", "le lena", "ले लेना",
    ),
    # Not coming back home: "not coming back home", "ghar nahi lautunga"; alone an evening's
    # absence, it counts beside one's books left to someone.
    "exr_not_returning": (
        "not coming back home", "not coming home", "wont come home", "won't come home", "not going home",
        "never coming back", "won't come back", "wont come back", "not coming back", "ghar nahi aaunga",
        "घर नहीं आऊंगा", "ghar wapas nahi aaunga", "घर वापस नहीं आऊंगा", "ghar nahi lautunga",
        "घर नहीं लौटूंगा", "ghar nahi lotunga", "wapas nahi aaunga", "वापस नहीं आऊंगा", "ghari parat yenar nahi",
        "घरी परत येणार नाही", "ghari yenar nahi", "घरी येणार नाही", "parat yenar nahi", "परत येणार नाही",
    ),
    # Neither returning nor staying: "न लौटूंगा न रहूंगा", "na parat jaanar na ithe rahnar".
    "exr_neither_nor": (
        "na lautunga na rahunga", "न लौटूंगा न रहूंगा", "न लौटूँगा न रहूँगा", "na lautungi na rahungi",
        "न लौटूंगी न रहूंगी", "na wapas jaunga na rahunga", "न वापस जाऊंगा न रहूंगा", "na ghar jaunga na rahunga",
        "न घर जाऊंगा न रहूंगा", "na ghar jaunga na yahan rahunga", "न घर जाऊंगा न यहां रहूंगा",
        "na wapas jaunga na yahan rahunga", "न वापस जाऊंगा न यहां रहूंगा", "na parat jaanar na rahnar", "ना परत जाणार ना राहणार", "na parat janar na rahnar",
        "ना घरी जाणार ना इथे राहणार", "na ghari janar na ithe rahnar", "neither going back nor staying",
        "neither going home nor staying",
    ),
    # The writer leaving, said short: "mi nighto", "main chalta hu", "i'm leaving".
    "exr_i_leave": (
        "mi nighto", "मी निघतो", "mi nighte", "मी निघते", "mi nighalo", "मी निघालो", "nighto ata", "निघतो आता",
        "main chalta hu", "मैं चलता हूं", "मैं चलता हूँ", "main chala", "मैं चला", "i'm leaving", "im leaving",
        "i am leaving", "i'm off", "i am off",
    ),
    # A student's ordinary places gone to: coaching, a class, the library, college.
    "exr_study_place": (
        "coaching", "कोचिंग", "class", "classes", "क्लास", "library", "लायब्ररी", "लाइब्रेरी", "college", "कॉलेज",
        "school", "tuition", "ट्यूशन", "abhyasika", "अभ्यासिका", "exam centre", "exam center", "centre",
        "hostel", "mess", "canteen", "market", "bazaar", "station",
    ),
    # Not to cry for the writer: "रडू नकोस", "rona mat", "don't cry for me".
    "exr_dont_cry": (
        "radu nakos", "रडू नकोस", "radu naka", "रडू नका", "radu nako", "रडू नको", "rona mat", "रोना मत",
        "mat rona", "मत रोना", "rona nahi", "रोना नहीं", "don't cry", "dont cry", "don't cry for me",
        "dont cry for me", "no tears for me",
    ),
    # A call or a visit promised: the going is to somewhere one keeps in touch from.
    "exr_call_promised": (
        "call karunga", "कॉल करूंगा", "phone karunga", "फोन करूंगा", "roj call", "daily call", "call daily",
        "i'll call", "ill call", "i will call", "call you", "phone karen", "फोन करेन", "call karen", "कॉल करेन",
        "roj phone", "रोज फोन", "har hafte", "हर हफ्ते", "every week", "every weekend", "bhetayla yein",
        "भेटायला येईन", "milne aaunga", "मिलने आऊंगा", "visit",
    ),
    # Home for a holiday, a vacation, a break: books left while going home for a time.
    "exr_home_for_a_while": (
        "vacation", "vacations", "holiday", "holidays", "chutti", "छुट्टी", "chuttiyan", "सुट्टी", "sutti",
        "diwali", "दिवाळी", "दिवाली", "break", "next week", "month", "mahine", "weekend", "shift", "shifting",
        "new room", "pg", "flat",
    ),
    # Decided: "i have decided", "decision ho gaya", "decision झालाय", "ठरलंय".
    "exr_decided": (
        "i have decided", "ive decided", "i've decided", "i decided", "decision ho gaya", "decision हो गया",
        "decision ho chuka", "decision हो चुका", "decision zalay", "decision jhalay", "decision झालाय",
        "decision झाला", "faisla ho gaya", "फैसला हो गया", "faisla kar liya", "फैसला कर लिया", "tharlay",
        "ठरलंय", "tharla ahe", "ठरलं आहे", "mi tharavlay", "मी ठरवलंय", "mind is made up", "decision is made",
        "decision is final", "decision made",
    ),
    # Finishing it, with nothing named: "i am finishing it", "khatam kar dunga sab".
    "exr_finishing_it": (
        "finishing it", "finish it", "finish it all", "finishing it all", "finishing everything",
        "i am done with it all", "khatam kar dunga", "ख़त्म कर दूंगा", "खत्म कर दूंगा", "khatam kar lunga",
        "sab khatam", "सब खत्म", "sampavto", "संपवतो", "sampavnar", "संपवणार", "sampvun takto",
        "संपवून टाकतो",
    ),
    # What a decision or a finishing could be about: a college, a course, a book, a chapter.
    "exr_thing_decided": (
        "college", "course", "branch", "stream", "coaching", "drop", "dropper", "repeat", "syllabus",
        "chapter", "book", "paper", "assignment", "project", "form", "admission", "seat", "option",
        "notes", "revision", "mock", "test series", "homework", "series", "movie", "food", "plate",
    ),
    # Nobody to save the writer: "मला कुणी वाचवू नका", "don't save me", "mujhe mat bachana".
    "exr_dont_save": (
        "don't save me", "dont save me", "do not save me", "don't try to save me", "dont try to save me",
        "mujhe mat bachana", "मुझे मत बचाना", "mujhe koi mat bachana", "मुझे कोई मत बचाना",
        "mujhe bachane mat aana", "मुझे बचाने मत आना", "mala vachvu naka", "मला वाचवू नका",
        "mala koni vachvu naka", "मला कोणी वाचवू नका", "mala kuni vachvu naka", "मला कुणी वाचवू नका",
        "mala vachvayla yeu naka", "मला वाचवायला येऊ नका",
    ),
    # This message to be taken as the last: "हे मेसेज शेवटचेच समजा", "isko aakhri message samjho".
    "exr_this_message": (
        "this message", "this msg", "this text", "ye message", "ye msg", "yeh message", "ये मैसेज", "ये message",
        "यह मैसेज", "isko", "is message ko", "इस मैसेज को", "he message", "हे मेसेज", "हे message",
        "ha message", "हा मेसेज", "हा message", "ha msg",
    ),
    "exr_last_form": (
        "last", "the last", "aakhri", "akhri", "आखिरी", "आख़िरी", "antim", "अंतिम", "shevatcha", "shevatche",
        "shevatchech", "shevatchach", "शेवटचा", "शेवटचे", "शेवटचेच", "शेवटचाच", "शेवटचं", "शेवटचंच", "final",
    ),
    "exr_take_as": (
        "samja", "समजा", "samaja", "samjho", "समझो", "samajhna", "समझना", "samjhiye", "समझिए", "consider",
        "take it as", "treat", "maana", "maan lo", "मान लो", "mana", "माना",
    ),
    # The last message of something ordinary: a group, a day, a topic, a reminder.
    "exr_last_of_a_thing": (
        "group", "today", "aaj ke liye", "आज के लिए", "aajcha", "आजचा", "for the day", "for today", "reminder",
        "topic", "notice", "fees", "fee", "class", "batch", "trip", "about", "regarding", "warning",
    ),
    # Not worthy of one's parents: "तुमच्या लायकीचा नव्हतो", "not worthy of you".
    "exr_not_worthy": (
        "layakicha navhto", "laykicha navhto", "लायकीचा नव्हतो", "लायकीची नव्हते", "layakicha nahi",
        "लायकीचा नाही", "लायकीची नाही", "aapke layak nahi", "आपके लायक नहीं", "aapke layak nahi tha",
        "आपके लायक नहीं था", "tumhare layak nahi", "तुम्हारे लायक नहीं", "not worthy of you", "never worthy of you",
        "not good enough for you", "never deserved you", "didn't deserve you", "didnt deserve you",
        "tumcha mulga hoNyachya layakicha", "तुमचा मुलगा होण्याच्या लायकीचा",
    ),
    # Tomorrow's day or morning: "उद्याचा दिवस", "kal ki subah".
    "exr_tomorrow_day": (
        "udyacha diwas", "udyacha divas", "उद्याचा दिवस", "udyachi sakal", "उद्याची सकाळ", "udyachi pahat",
        "उद्याची पहाट", "kal ka din", "कल का दिन", "kal ki subah", "कल की सुबह", "tomorrow's morning",
        "tomorrows morning", "tomorrow's sun", "tomorrow's day",
    ),
    # Seeing it: "बघणार", "baghaychi", "dekhunga", "dekhni".
    "exr_see_it": (
        "baghnar", "बघणार", "baghaychi", "बघायची", "baghaycha", "बघायचा", "baghaychaa", "pahnar", "पाहणार",
        "pahaychi", "पाहायची", "dekhunga", "देखूंगा", "देखूँगा", "dekhungi", "देखूंगी", "dekhni", "देखनी",
        "dekhna", "देखना", "see", "be seeing", "wake up to",
    ),
    # What else tomorrow holds that one won't see: a match, a film, a show; or one sleeps late.
    "exr_tomorrow_thing": (
        "match", "movie", "film", "show", "episode", "serial", "news", "paper", "result", "sleep", "late",
        "uthnar", "उठणार", "soonga", "सोऊंगा", "jhopnar", "झोपणार", "office", "class", "lecture",
        "you", "tujhe", "तुझे", "tumhe", "तुम्हें", "aapko", "आपको", "tula", "तुला", "tumhala", "तुम्हाला",
        "doctor", "nikalna", "निकलना", "train", "flight", "bus",
    ),
    # The old thoughts back: "हेच विचार यायचे, आता परत येतायत", "wahi khayal fir aa rahe".
    "exr_thoughts_back": (
        "हेच विचार", "hech vichar", "tech vichar", "तेच विचार", "vichar yetayat", "विचार येतायत",
        "parat yetayat", "परत येतायत", "wahi khayal", "वही ख्याल", "wahi vichar", "वही विचार",
        "wohi khayal", "those thoughts", "the same thoughts", "same thoughts", "the thoughts are back",
        "thoughts are back", "fir se aa rahe", "फिर से आ रहे",
    ),
    # This time obeyed: "यावेळी मी ऐकणार आहे त्यांचं", "is baar unki sunuga".
    "exr_obeyed": (
        "ऐकणार आहे", "aiknar ahe", "aikanar ahe", "ऐकणार आहे त्यांचं", "त्यांचं ऐकणार", "tyanch aiknar",
        "unki sunuga", "उनकी सुनूंगा", "unki baat manunga", "उनकी बात मानूंगा", "maan lunga", "मान लूंगा",
        "i will listen to them", "i'll listen to them", "ill listen to them", "i will obey", "going to obey",
        "act on them", "going to act on them",
    ),
    "exr_this_time": (
        "yaveli", "यावेळी", "ya veli", "या वेळी", "is baar", "इस बार", "is bar", "this time", "ab ki baar",
        "अब की बार",
    ),
    # Others thought the writer was going home: "त्यांना वाटलं मी घरी चाललोय", "sabko laga".
    "exr_they_thought_home": (
        "त्यांना वाटलं", "tyanna vatla", "tyana vatla", "tyanla vatla", "sagalyanna vatla", "सगळ्यांना वाटलं",
        "unko laga", "उनको लगा", "unhe laga", "उन्हें लगा", "sabko laga", "सबको लगा", "they thought",
        "they think", "everyone thought", "everyone thinks",
    ),
    # A return, a date, a plan: the good-byes of an ordinary going home.
    "exr_home_for_good_reason": (
        "vacation", "holiday", "holidays", "chutti", "sutti", "सुट्टी", "छुट्टी", "diwali", "दिवाळी",
        "दिवाली", "wedding", "lagna", "लग्न", "shaadi", "शादी", "course over", "course complete", "placement",
        "selection", "selected", "job", "naukri", "नौकरी", "see you", "miss you all", "party", "next year",
        "परत येईन", "parat yein", "wapas aaunga", "वापस आऊंगा",
    ),
    # The parents' sacrifice for the fees: gold, a mangalsutra, land, a loan.
    "exr_parents_paid": (
        "mangalsutra", "मंगळसूत्र", "मंगलसूत्र", "gahan", "गहाण", "girvi", "गिरवी", "gold", "sona", "सोना",
        "sona bech", "sona vikun", "सोनं विकून", "jamin", "जमीन", "jameen", "zameen", "ज़मीन", "karz", "कर्ज",
        "karja", "कर्जा", "loan", "कर्ज काढून", "karz kadhun", "karz lekar", "कर्ज लेकर", "fees bharli",
        "fee bharli", "fees भरली", "fee भरली", "fees bhari", "fees भरी",
    ),
    # Wasted, or faced no more: "पैसे पाण्यात घातले", "paani me gaya", "tond baghaycha dhadas nahi".
    "exr_wasted_or_ashamed": (
        "पाण्यात घातले", "panyat ghatle", "paanyat ghatle", "पाण्यात गेले", "panyat gele", "paani me gaya",
        "पानी में गया", "paani mein gaya", "barbad", "बर्बाद", "barbaad", "wasted", "waste kiya", "waste केले",
        "dhadas nahi", "धाडस नाही", "himmat nahi", "हिम्मत नहीं", "tond baghaycha", "तोंड बघायचं",
        "munh dikhane", "मुंह दिखाने", "can't face", "cant face", "मी काय दिलं", "mi kay dila", "maine kya diya",
        "मैंने क्या दिया",
    ),
    # The writer going or ending it now: "आता मीच जातो", "sampavto aaj", "ab main jaata hu".
    "exr_i_go_now": (
        "मीच जातो", "mich jato", "mi jato", "मी जातो", "आता मी जातो", "ata mi jato", "sampavto", "संपवतो",
        "sampavnar", "संपवणार", "ab main jata hu", "अब मैं जाता हूं", "ab main chala", "अब मैं चला",
        "now i go", "i'm going now", "im going now", "i am going now",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

# The ordinary goings of a student: a trip home for the holidays, a trip, a move to a new room.
# Home itself is no such going here: it is what the writer says he will not come back to.
_SOMEWHERE = _g("away_trip", "exr_home_for_a_while", "exr_study_place")

AFTER_THE_RESULT: tuple[Combination, ...] = (
    # "ab bojh hata dunga", "won't be a burden anymore": the writer removing himself as the burden;
    # the heart's load or a bag lifted is no going.
    # Earning one's keep ("got a job, won't be a burden anymore") is the other reason.
    Combination(S, (_g("exr_burden_lifted"),), 0, unless=_g("exr_other_load", "exr_earning"), unless_reach=4),
    # The insult said by all, and nobody to say it from tomorrow; unless a result or a promise
    # to prove them wrong ends it.
    Combination(S, (_g("exr_insult_said"), _g("exr_nobody_will_say")), 14, across=True,
                unless=_g("exr_proved_instead"), unless_reach=14),
    # Everyone lighter, better off without the writer.
    Combination(S, (_g("exr_better_for_them"), _g("exr_without_me")), 5,
                unless=_g("alcohol", "exr_my_habit"), unless_reach=3),
    # The mother told that the writer tried, with a bye: "mummy ko bol dena maine try kiya tha. bye".
    Combination(S, (_g("relay"), _g("exr_i_tried"), _g("exr_bye")), 14, across=True),
    # One's books left to someone, beside not coming back or leaving; a holiday home keeps it quiet.
    Combination(S, (_g("exr_my_books"), _g("exr_left_to"), _g("exr_not_returning", "exr_i_leave", "leaving_now")), 16,
                across=True, unless=_SOMEWHERE, unless_reach=16),
    # Not coming back home after a result said with the roommate keeping the books.
    Combination(S, (_g("exr_not_returning"), _g("exr_my_books")), 16, across=True, unless=_SOMEWHERE,
                unless_reach=16),
    # Neither returning nor staying: "न लौटूंगा न रहूंगा".
    Combination(S, (_g("exr_neither_nor"),), 0, unless=_SOMEWHERE, unless_reach=8),
    # Decided, and finishing it, with nothing named to finish.
    Combination(S, (_g("exr_decided"), _g("exr_finishing_it")), 16, across=True,
                unless=_g("exr_thing_decided"), unless_reach=16),
    # Nobody is to save the writer: alone, or beside the decision made.
    # A seat or a plate saved is another "save me".
    Combination(S, (_g("exr_dont_save"),), 0, unless=_g("exr_saved_thing"), unless_reach=3),
    # This message to be taken as the last: "हे मेसेज शेवटचेच समजा", "consider this my last message".
    Combination(S, (_g("exr_this_message"), _g("exr_last_form"), _g("exr_take_as")), 5,
                unless=_g("exr_last_of_a_thing"), unless_reach=5),
    # Not worthy of one's parents, and not to be looked for, or a goodbye.
    Combination(S, (_g("exr_not_worthy"), _g("dont_look_for_me", "goodbye", "exr_bye", "leave", "forgiveness")),
                14, across=True),
    # Tomorrow's day or morning not to be seen: "उद्याचा दिवस मी बघणार नाही".
    Combination(S, (_g("exr_tomorrow_day"), _g("exr_see_it"), _g("negation")), 4,
                unless=_g("exr_tomorrow_thing"), unless_reach=3),
    # The old thoughts back, and this time obeyed.
    Combination(S, (_g("exr_thoughts_back"), _g("exr_this_time"), _g("exr_obeyed")), 16, across=True),
    # Good-byes said to everyone, and others thinking the writer is going home.
    Combination(S, (_g("goodbye", "exr_bye"), _g("exr_they_thought_home")), 14, across=True,
                unless=_g("exr_home_for_good_reason"), unless_reach=14),
    # If the writer goes, not to be cried for: "मी गेलो तर रडू नकोस"; a trip or a move is an
    # ordinary going.
    Combination(S, (_g("eol_if_i_go", "if_i_go", "burden", "exr_without_me"), _g("exr_dont_cry")), 6,
                unless=_SOMEWHERE + _g("summons_errand", "commute", "meeting_later", "exr_call_promised",
                                      "exr_home_for_good_reason"), unless_reach=10),
    # The parents' gold or loan for the fees, wasted, and the writer going or ending it.
    Combination(S, (_g("exr_parents_paid"), _g("exr_wasted_or_ashamed", "exr_better_for_them"),
                    _g("exr_i_go_now", "exr_without_me")), 24, across=True),
)
