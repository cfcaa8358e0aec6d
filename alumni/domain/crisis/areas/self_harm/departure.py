"""Suicide words: the writer's own absence to come, said by its structure rather than by a
phrase. "I won't be here", "mi nahi rahnar", "जब मैं न रहूँ" are a person, a negation and
the verb *to be / to stay* in the future; "after I'm gone", "मेरे जाने के बाद", "मी गेल्यावर",
"माझ्यानंतर" are *after* and the writer's own going; what follows is someone to be looked
after, papers and money for the family, belongings handed over and no longer needed, a
place of danger where the writer now is (its words in at_the_danger_place.py), a God to go
to. Each family is a concept with its inflections in English, Hindi and Marathi, both
scripts; rules.py says which families, beside which, are a crisis.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The writer's own going: "when I'm gone", "मेरे जाने के बाद", "मी गेल्यावर", "माझ्या मागे".
    "my_going": (
        "when im gone", "when i'm gone", "when i am gone", "after im gone", "after i'm gone",
        "after i am gone", "once im gone", "once i'm gone",
        "mere jane ke bad", "mere jaane ke baad", "मेरे जाने के बाद", "mere jane ke baad",
        "mere jaane par", "मेरे जाने पर", "mere baad", "मेरे बाद", "jab main na rahu*",
        "jab mai na rahu*", "जब मैं न रह*", "jab main nahi rahunga", "जब मैं नहीं रहूंगा",
        "mi gelyavar", "mi gelyavr", "मी गेल्यावर", "mi gelya nantar", "मी गेल्यानंतर",
        "majhya nantar", "mazya nantar", "माझ्यानंतर", "माझ्या नंतर", "majhyanantar",
        "majhya mage", "mazya mage", "माझ्या मागे", "majhya pashchat", "माझ्या पश्चात",
        "mi nastana", "मी नसताना", "mi nasen tevha", "मी नसेन तेव्हा",
        # romanised "मी" typed "me", and "माझ्या" shortened to "maza"/"majha" before नंतर
        "me gelyavar", "me gelyavr", "me gelya nantar", "me nastana", "maz* nantar",
        "majh* nantar", "माझ* नंतर",
    ),
    # Said of one's own death as a maybe: "if something happens to me", "मी नसलो तरी".
    "contingency": (
        "if something happens to me", "if anything happens to me", "in case something happens to me",
        "in case anything happens to me", "if i dont make it", "if i don't make it",
        "agar mujhe kuch ho gaya", "agar mujhe kuch hua", "mujhe kuch ho gaya to",
        "mujhe kuch hua to", "mujhe kuch ho jaye to", "मुझे कुछ हो गया तो", "मुझे कुछ हुआ तो",
        "मुझे कुछ हो जाए तो", "mala kahi jhala tar", "mala kahi zala tar", "mala kahi jhal tar",
        "मला काही झालं तर", "मला काही झाले तर", "mi naslo tari", "mi nasalo tari", "mi nasle tari",
    ),
    # The writer not there, as a maybe: "मी नसलो तरी", "if i'm not around".
    "absent_if": (
        "mi naslo tari", "mi nasalo tari", "mi nasle tari", "मी नसलो तरी", "मी नसले तरी",
        "main na raha to bhi", "main nahi raha to bhi", "मैं न रहा तो भी", "मैं नहीं रहा तो भी",
        "even if im not", "even if i'm not", "even if i am not", "if im not around",
        "if i'm not around", "if i am not around",
    ),
    # Someone put in another's care: "take care of mom", "बच्चों का ध्यान रखना", "आईची काळजी घे".
    "entrust": (
        "take care of", "look after", "care of my", "dhyan rakhna", "dhyan rakhiyega",
        "dhyan rakhna", "ध्यान रखना", "ध्यान रखियेगा", "ध्यान रखिएगा", "khayal rakhna",
        "khayal rakhiyega", "khyal rakhna", "ख्याल रखना", "ख़याल रखना", "ख्याल रखियेगा",
        "sambhal lena", "sambhal lo", "संभाल लेना", "संभाल लो", "kalji ghe", "kalji ghya",
        "kalji gha", "काळजी घे", "काळजी घ्या", "laksh dya", "laksh de", "लक्ष द्या", "लक्ष दे", "laksh theva", "लक्ष ठेवा",
        "sambhal*", "सांभाळ*", "sambhalun ghya", "सांभाळून घ्या",
        # not to be left alone: "माँ को अकेला मत छोड़ना", "आईला एकटं सोडू नका"
        "akela mat chhodna", "akeli mat chhodna", "अकेला मत छोड़ना", "अकेली मत छोड़ना",
        "akela mat chodna", "akeli mat chodna", "अकेले मत छोड़ना", "dont leave her alone",
        "don't leave her alone", "dont leave him alone", "don't leave him alone",
        "dont leave them alone", "don't leave them alone", "ekta sodu naka", "ekti sodu naka",
        "ekta sodu nakos", "ekti sodu nakos", "एकटं सोडू नका", "एकटी सोडू नका", "एकटा सोडू नका",
        "एकटं सोडू नकोस", "एकटी सोडू नकोस",
    ),
    # Belongings that are handed over.
    "possession": (
        "bike", "scooter", "scooty", "gaadi", "gadi", "गाडी", "गाड़ी", "phone", "mobile",
        "फोन", "मोबाईल", "मोबाइल", "keys", "chabi", "चाबी", "laptop", "watch", "ghadi", "घड़ी",
        "घड्याळ", "ring", "anguthi", "अंगूठी", "passbook", "पासबुक", "atm pin", "atm card", "एटीएम",
        "pin", "पिन", "dog", "kutta", "कुत्ता", "kutra", "कुत्रा", "savings",
        "fd", "papers", "पेपर", "kagaz", "कागज़", "कागज", "kagadpatra", "कागदपत्र",
    ),
    # Replaced or sold, not given up: "bech di", "new one", "nayi le li", "spare".
    "replaced": ("sold", "sell", "selling", "bech*", "बेच*", "vikl*", "विकल*", "vikun", "विकून",
                 "new", "naya", "nayi", "नया", "नई", "navin", "नवीन", "navi", "नवी", "bought",
                 "kharid*", "खरीद*", "upgrade*", "extra", "spare", "old", "purani", "purana",
                 "पुरानी", "पुराना", "juna", "juni", "जुनी", "जुना", "second hand", "exchange"),
    # My own: "my bike", "माझी गाडी", "meri bike".
    "my_own": ("my", "meri", "mera", "mere", "मेरी", "मेरा", "मेरे", "majhi", "mazi", "majha",
               "maza", "majhe", "माझी", "माझा", "माझे", "apni", "apna", "अपनी", "अपना"),
    # Away for a while, not for good: a trip, a shift, a holiday.
    "away_trip": ("trip", "weekend", "travel*", "holiday", "holidays", "vacation", "tour",
                  "out of town", "out of station", "chutti", "छुट्टी", "sutti", "सुट्टी", "gaon",
                  "गांव", "gavi", "गावी", "shift", "duty", "meeting", "network", "signal",
                  "range", "busy"),
    # Money and papers left in order: the passbook, the PIN, the FD, the policy.
    "affairs": ("passbook", "पासबुक", "atm pin", "एटीएम पिन", "pin", "पिन", "fd", "savings",
                "bank", "बैंक", "papers", "पेपर", "kagaz", "कागज़", "कागज", "kagadpatra", "कागदपत्र",
                "will", "vasiyat", "वसीयत", "mrutyupatra", "मृत्युपत्र", "paise", "पैसे"),
    # "No longer needed": "mala ata garaj nahi", "मुझे अब ज़रूरत नहीं", "better this way".
    "no_need": (
        "garaj nahi", "गरज नाही", "garaj nai", "garaj nahi padnar", "गरज नाही पडणार",
        "zarurat nahi", "jarurat nahi", "ज़रूरत नहीं", "जरूरत नहीं", "need it anymore",
        "need them anymore", "need it now", "need it any more", "no use for", "kaam ka nahi",
        "kaamacha nahi", "kamacha nahi", "better this way", "better that way",
        "for the best", "yahi theek hai", "यही ठीक है", "hech bara", "हेच बरं", "asach bara",
    ),
    # A rope tied to an animal is a chore (widens means.py's list). The cow only by a case
    # ending: "गाय", "gaay", "gai" have the skeletons of "गया", "gaya", "gai" (went).
    "hanging_harmless": ("गायीला", "गाईला", "gayila", "gaila", "गाय को", "gaay ko", "gai ko", "gaay se",
                         "गाय से", "bail", "बैल", "बैलाला", "mhais",
                         "म्हैस", "म्हशीला", "बकरी", "बकरीला", "buffalo", "goat", "bakri ko",
                         "bakriko", "bakrila",
                         # a skipping rope (round 35): "दोरीच्या उड्यांची दोरी आणली"
                         "उड्यांची", "udyanchi", "skipping", "कूदने वाली", "koodne wali"),
    # Handed over by someone else, told by the family (widens plan_and_courage.py's list).
    "given_away": ("gave his", "gave her", "gave away his", "gave away her", "giving away his",
                   "giving away her", "de gaye", "दे गए", "de gaya", "दे गया", "deun gela", "देऊन गेला"),
    # The last thing to say: "just wanted someone to know", "evdhach sangaycha hota".
    "last_word": (
        "just wanted someone to know", "wanted someone to know", "just wanted you to know",
        "wanted to tell someone", "thats all i wanted to say", "that's all i wanted to say",
        "just wanted to say", "bas itna kehna tha", "itna hi kehna tha", "bas yahi kehna tha",
        "बस इतना कहना था", "इतना ही कहना था", "बस यही कहना था", "evdhach sangaycha hota",
        "evdhach sangaycha", "evdhach sangaych", "एवढंच सांगायचं होतं", "एवढंच सांगायचं",
        "yahi aakhri baat", "यही आखिरी बात", "aakhri baat", "आखिरी बात", "आख़िरी बात",
        "shevatcha sangna", "शेवटचं सांगणं", "why im telling u this", "why im telling you this",
        "why i'm telling you this",
    ),
    # A rope or cloth already tied, a noose made.
    "rope_tied": (
        "rope is tied", "rope is already tied", "rope tied", "tied the rope", "tied a rope",
        "dor bandhl*", "दोर बांधल*", "dor bandhun", "दोर बांधून", "dori bandhl*", "दोरी बांधल*",
        "dori bandhun", "दोरी बांधून", "rassi bandh di", "rassi baandh di", "रस्सी बांध दी",
        "rassi bandh li", "रस्सी बांध ली", "fanda bana*", "फंदा बना*", "fanda laga*", "फंदा लगा*",
        "noose is ready", "noose ready", "made a noose", "tied a noose",
    ),
    # "I won't be", Marathi and Hindi, the negation inside the verb or just before it.
    "absent_future": ("mi nasen", "mi nasnar", "मी नसेन", "मी नसणार", "me nasen", "me nasnar",
                      "main nahi rahunga", "main nahi rahungi", "मैं नहीं रहूंगा", "मैं नहीं रहूंगी",
                      "i wont be here", "i won't be here", "i will not be here", "i wont be alive",
                      "i won't be alive"),
    # Said, of a message passed on: "tell them I said bye", "bol dena maine bye kaha".
    "said_word": ("said", "i said", "say", "kaha", "कहा", "bola", "बोला", "mhanto", "म्हणतो",
                  "mhanala", "म्हणाला", "mhatla", "म्हटलं"),
    # How long, how much: the method weighed.
    "how_much": ("how long", "how much", "how many", "kitna", "kitni", "kitne", "कितना", "कितनी",
                 "कितने", "kiti", "किती", "kitna time", "kitni der", "कितनी देर", "kiti vel",
                 "किती वेळ"),
    # "How many more days like this": living measured and refused.
    "how_long": ("kitne din", "कितने दिन", "kiti divas", "किती दिवस", "kab tak", "कब तक",
                 "kuthparyant", "कुठपर्यंत", "kiti kal", "किती काळ", "how much longer",
                 "how long can", "how long do i", "how long will i"),
    "like_this": ("asa", "asach", "असं", "असा", "ase", "असे", "aise", "aisa", "aisi", "ऐसे", "ऐसा",
                  "ऐसी", "like this", "this way"),
    # The morning itself wished away: "उद्या सकाळ होऊच नये", "subah hi na ho".
    "no_morning": ("sakal hou naye", "sakal houch naye", "सकाळ होऊ नये", "सकाळ होऊच नये",
                   "सकाळच होऊ नये", "sakalach hou naye", "subah na ho", "subah hi na ho",
                   "सुबह न हो", "सुबह ही न हो", "सुबह ना हो", "morning never comes",
                   "morning never came", "tomorrow never comes", "tomorrow never came",
                   "tomorrow wouldnt come", "tomorrow wouldn't come", "kal aaye hi na",
                   "कल आए ही ना", "kal aaye hi nahi", "udya yeuch naye", "उद्या येऊच नये"),
    # Goodbyes said as the last: "आखिरी प्रणाम", "shevatcha namaskar", "one last hug".
    "final": ("aakhri", "akhri", "aakhari", "आखिरी", "आख़िरी", "आखरी", "shevatcha", "shevtacha",
              "shevatchi", "shevtachi", "शेवटचा", "शेवटची", "शेवटचं"),
    "salutation": ("pranam", "pranaam", "प्रणाम", "namaskar", "नमस्कार", "namaste", "नमस्ते",
                   "salaam", "salam", "सलाम", "ram ram", "राम राम", "goodbye", "bye",
                   "alvida", "अलविदा", "nirop", "निरोप", "jai shri krishna", "जय श्री कृष्ण"),
    # To God, the one above: "ऊपर वाले के पास जाना है", "देवाघरी जायचंय", "take me".
    "to_god": (
        "upar wale ke paas", "upar vale ke pas", "ऊपर वाले के पास", "उपर वाले के पास",
        "bhagwan ke paas", "भगवान के पास", "ishwar ke paas", "ईश्वर के पास", "devaghari",
        "देवाघरी", "devakade", "देवाकडे", "devapashi", "देवापाशी", "to god", "with god",
        "meet god", "join god", "meet my maker", "in heaven", "swarg", "स्वर्ग",
    ),
    # No more trouble to anyone, from tomorrow: "koi pareshaan nahi hoga", "tras nahi honar".
    "trouble": (
        "pareshan", "pareshaan", "परेशान", "tang", "तंग", "tras", "त्रास", "takleef",
        "तकलीफ", "trouble", "burden", "bother",
    ),
    "will_be": (
        "hoga", "hogi", "होगा", "होगी", "honar", "होणार", "hoil", "होईल", "karunga",
        "करूंगा", "denar", "देणार", "will be", "be",
    ),
    # Apologies and thanks to everyone at once.
    "everyone_all": (
        "everyone", "everybody", "all of you", "sabko", "sab ko", "सबको", "sabse", "sab se",
        "सबसे", "sab log", "sagalyanna", "saglyanna", "सगळ्यांना", "sagalyanchi",
        "सगळ्यांची", "sagalyanche", "सगळ्यांचे", "sabka", "सबका", "aap sabka", "आप सबका",
        "tumha sarvanna", "तुम्हा सर्वांना", "sarvanche", "सर्वांचे", "sarvanna", "सर्वांना",
    ),
    # Tired of the morning itself.
    "wake_weary": ("tired of", "sick of", "fed up of", "hate", "dread", "kantala", "कंटाळा",
                   "thak gaya", "थक गया", "thak gayi", "थक गई"),
    # Over and over: a blade used again, a mark made twice.
    "repeat_count": ("twice", "thrice", "3 times", "three times", "do baar", "दो बार",
                     "teen baar", "तीन बार", "don vela", "दोन वेळा", "again and again"),
    "is_back": ("is back", "are back", "back in my", "wapas aa", "वापस आ", "parat aala", "परत आला"),
    # Rubbed, scraped into the skin.
    "scrape": ("ragad*", "रगड़*", "रगड*", "rub", "rubbed", "scrape", "scraped", "scraping",
               "ghasla", "घासलं", "ghasle", "घासले", "ghis diya", "घिस दिया"),
    # A message to be passed on to the family: "tell amma", "mummy ko bol dena", "aai la sang".
    "relay": ("tell", "bol dena", "bata dena", "keh dena", "बोल देना", "बता देना", "कह देना",
              "kehna", "कहना", "sang", "sanga", "सांग", "सांगा", "sangun de", "सांगून दे"),
    # Keep it, it is yours now: "tu thev", "rakh lo", "द्या", "you can have".
    "hand_over": ("thev", "ठेव", "thevun ghe", "ठेवून घे", "rakh lo", "rakh lena", "रख लो",
                  "रख लेना", "keep it", "keep my", "you can have", "deun dya",
                  "देऊन द्या", "de do", "दे दो", "dedo", "de dena", "दे देना", "give my",
                  "giving my", "gave my", "de di", "de diya", "दे दी", "दे दिया", "de diye", "दे दिए", "दे दिये", "dya", "द्या",
                  "dyave", "द्यावे", "keep my", "can u keep", "can you keep", "rakhoge", "रखोगे"),
    # "I'm not going to do anything stupid": the act named by denying it.
    "anything_stupid": (
        "anything stupid", "something stupid", "anything drastic", "something drastic",
        "anything silly", "kuch galat", "कुछ गलत", "kuch ulta seedha", "kuch ulta sidha",
        "कुछ उल्टा सीधा", "कुछ उल्टा-सीधा", "kahi vedavakda", "kahi vedvakda", "काही वेडंवाकडं",
        "kahi chukicha", "काही चुकीचं",
    ),
    # A note or letters written for those left.
    "wrote_note": (
        "wrote the note", "wrote a note", "written the note", "written a note", "wrote notes",
        "wrote letters", "written letters", "note likh*", "नोट लिख*", "chitthi likh*",
        "chithi likh*", "चिट्ठी लिख*", "letter likh*", "लेटर लिख*", "note lihil*",
        "नोट लिहिल*", "chiththi lihil*", "चिठ्ठी लिहिल*", "patra lihun", "पत्र लिहून",
        "chitthi lihun", "चिठ्ठी लिहून", "suicide note",
        # "one more thing done": "चिट्ठी भी लिख दी है", "ek chitthi pan lihili"
        "chitthi bhi likh*", "chithi bhi likh*", "चिट्ठी भी लिख*", "letter bhi likh*", "note bhi likh*",
        "chitthi pan lihil*", "चिठ्ठी पण लिहिल*", "chiththi pan lihil*",
    ),
    # Life itself not wanted: "jivan nako", "zindagi nahi chahiye".
    "unwanted": ("nako", "नको", "nakoy", "नकोय", "nahi chahiye", "नहीं चाहिए", "nai chahiye",
                 "not wanted", "dont want", "don't want"),
    # Gone, wished of oneself: "wish i was just gone".
    "gone_word": ("was gone", "were gone", "was just gone", "were just gone", "was dead",
                  "were dead", "was not here", "wasnt here", "wasn't here", "was not alive",
                  "was never here", "nahi hota", "na hota", "नहीं होता", "न होता", "nasto", "नसतो"),
    # Words the area already has, more of their forms (names new to this area).
    # To be / to stay, future or wished, of the self: "na rahab", "nahi rahnar", "rah sakta".
    "remain": (
        "rahab", "rahib", "रहब", "rahnar", "rahnaar", "rahanar", "राहणार", "rahin", "राहीन",
        "rahoon", "rahun", "रहूँ", "रहूँगा", "रहूँगी", "rah sakta", "rah sakti", "reh sakta",
        "reh sakti", "रह सकता", "रह सकती", "rah paunga", "रह पाऊंगा", "nasnar", "नसणार",
        "be around", "be here", "be there",
    ),
    "burn": ("jala liye", "jala diye", "जला लिए", "जला दिए", "jalaya", "jalaye", "जलाया",
             "जलाए", "jala dala", "जला डाला"),
    "burning_tool": ("sigrate*", "sigret*", "cigrate*", "cigret*", "सिग्रेट*", "gas pe", "gas par", "gas pr", "गैस पर", "गैस पे", "burner", "chulha",
                     "चूल्हा", "चूल्हे", "chulhe"),
    "hand_part": ("finger", "fingers", "ungli", "ungliyan", "उंगली", "उंगलियां", "wrist", "kalai", "कलाई"),
    # A cut while chopping: "bhaji chirtana", "sabzi kaatte waqt".
    "by_accident": ("chirtana", "चिरताना", "kaptana", "कापताना", "kaatte waqt", "काटते वक्त",
                    "kaat te waqt", "katte hue", "काटते हुए"),
    "cutting_tool": ("sheesha", "sheesa", "शीशा", "शीशे", "sheeshe", "aarsa", "आरसा"),
    "hot_thing": ("hot tawa", "garam tawa", "गरम तवा", "hot pan", "hot iron", "hot plate",
                  "tapleli kadhai", "hot stove"),
    # An insurance by its Marathi and Hindi case forms: "विम्याचे पैसे", "bime ka paisa".
    "insurance": ("vimya*", "विम्या*", "bime", "बीमे", "policy che", "policiche", "पॉलिसीचे",
                  "पॉलिसीच*", "पॉलिसी"),
    # "tonight is the last night", "आज की रात आखिरी".
    "last_time": ("tonight is the last", "today is the last day", "aaj ki raat aakhri",
                  "आज की रात आखिरी", "aaj shevatchi raat", "आज शेवटची रात्र", "the last night"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    "leave": ("ja raha hu", "ja rha hu", "ja raha hoon", "ja rahi hu", "ja rhi hu", "jaa raha hu",
              "जा रहा हूँ", "जा रहा हूं", "जा रही हूँ", "जा रही हूं", "jatoy", "जातोय", "chalto",
              "चाललोय", "challoy"),
    "god": ("upar wale", "upar vale", "ऊपर वाला", "ऊपर वाले", "उपर वाले", "उपरवाला"),
    # The one above taking or calling now: "upar wala bula raha hai", "देव बोलावतोय".
    "take_me": ("utha lo", "उठा लो", "bula lo", "बुला लो", "ne ja", "ने जा", "jana hai", "जाना है",
                "jaana hai", "jaycha", "jaychay", "जायचं", "जायचंय", "jaaycha",
                "bula raha", "bula rahe", "bula rahi", "बुला रहा", "बुला रहे", "बुला रही",
                "bolavtoy", "bolavtay", "बोलावतोय", "बोलावतंय", "calling me"),
    # Marathi जिणे (living) by its verbal noun: "jinyacha mann nahi", "जिण्यात अर्थ नाही".
    "live": ("jiyab", "जियब", "jiyabe", "jinya*", "जिण्या*", "jeenya*"),
    "negation": ("nahiye", "नाहीये", "nahiyay", "nahiy", "नाहीय"),
    # Marathi "tired" said of living ("thaklo ahe ya jagnyala"), and "enough" of it.
    "fed_up": ("thaklo", "thakloy", "थकलो", "थकलोय", "thakle", "थकले", "thakli", "थकली",
               "bahut ho gaya", "बहुत हो गया", "khup jhala", "khup zala", "खूप झालं"),
    # "if the person dies": a death spoken of as a maybe.
    "die": ("dies",),
}

# The rules that read them.
DEPARTURE: tuple[Combination, ...] = (
    # A person, a negation, "to be / to stay" ahead: "main hi nahi rahunga", "mi nahi rahnar",
    # "hum na rahab", "jab main na rahun", "if i'm not here"; not a trip or a place of work.
    Combination(S, (_g("first_person", "first_person_mr"), _g("negation", "weak_negation"),
                    _g("remain")), 3, order=True,
                unless=_g("leave_harmless", "clock_time", "wedding", "go_there", "away_trip")),
    # "After I'm gone", and someone to be looked after, or papers and money for the family.
    Combination(S, (_g("my_going", "after_me"), _g("entrust", "insurance", "affairs", "no_need",
                                                  "wrote_note")), 12, across=True,
                unless=_g("wedding", "leave_harmless")),
    # Belongings handed over, no longer needed.
    Combination(S, (_g("given_away", "give", "hand_over"), _g("possession"), _g("no_need", "wont_need")), 14,
                across=True,
                unless=_g("replaced")),
    Combination(S, (_g("my_own"), _g("possession"), _g("no_need", "wont_need")), 14, order=True,
                across=True,
                unless=_g("replaced")),
    # "Not going to do anything stupid": the act named in denying it (never cancelled).
    Combination(S, (_g("negation"), _g("anything_stupid")), 4,
                unless=_g("second_person", "third_person", "relation")),
    # At a place of danger now, cut off from help or with no way back.
    Combination(S, (_g("danger_place", "high_place", "water_body", "rail_line"),
                    _g("present_there", "posture"), _g("cut_off", "for_good", "done_me")), 14,
                across=True, unless=_g("water_leisure")),
    Combination(S, (_g("danger_place", "water_body", "rail_line"), _g("walk_into", "walk_on", "cut_off"),
                    _g("cut_off", "almost_did")), 16, across=True, unless=_g("water_leisure")),
    # Going to God: "ऊपर वाले के पास जाना है", "देवाघरी जायचंय", "bhagwan utha le".
    Combination(S, (_g("to_god"), _g("take_me", "go_there", "want", "wake")), 4, same_word=True,
                unless=_g("house_of_god", "worship")),
    Combination(S, (_g("god"), _g("take_me")), 6, order=True, unless=_g("worship")),
    # Life itself not wanted ("jivan nako"); gone, wished of oneself ("wish i was just gone").
    Combination(S, (_g("life"), _g("unwanted")), 1, order=True, unless=_g("laugh")),
    Combination(S, (_g("hope"), _g("first_person"), _g("gone_word")), 3, order=True,
                unless=_g("away_trip", "third_person", "relation")),
    # Tired of waking up: the morning itself the thing not worth reaching.
    Combination(S, (_g("wake_weary", "fed_up"), _g("wake")), 2, order=True,
                unless=_g("clock_time", "laugh", "gym")),
    # No more trouble to anyone from now on: "koi pareshaan nahi hoga", "tras nahi honar".
    Combination(S, (_g("trouble"), _g("negation", "weak_negation"), _g("will_be")), 2,
                order=True),
    # Sorry to everyone at once ("sabko meri taraf se maafi"); not for being late.
    Combination(S, (_g("apology"), _g("everyone_all"), _g("goodbye", "for_good", "done_me", "my_going")),
                10, across=True, unless=_g("clock_time")),
    # At a place of danger now, and what is seen from there or the last thing said:
    # "पुल पे खड़ा हूँ, नीचे पानी गहरा है", "on the terrace, just wanted someone to know".
    Combination(S, (_g("danger_place", "high_place", "rail_line"),
                    _g("present_there", "posture"), _g("the_drop", "last_word")), 14,
                across=True, unless=_g("water_leisure", "away_trip", "everyday_view", "water_chore",
                                       "rr_under_the_bridge")),
    # Heading there and telling nobody: "vihiri kade chalalo, kunala sangu nakos".
    Combination(S, (_g("danger_place", "rail_line"), _g("present_there"),
                    _g("cut_off")), 14, across=True, unless=_g("water_leisure", "away_trip")),
    # After my going, or if something happens to me: a belonging to be handed on.
    Combination(S, (_g("my_going", "after_me", "contingency", "absent_if"), _g("hand_over", "given_away"),
                    _g("possession")), 14, across=True, unless=_g("replaced", "wedding")),
    Combination(S, (_g("contingency", "absent_if"), _g("entrust", "wrote_note", "hand_over")), 12,
                across=True,
                unless=_g("away_trip")),
    # The insurance, and the writer not there or a letter left for the family.
    Combination(S, (_g("insurance"), _g("absent_if", "my_going")), 12, across=True),
    # "By tomorrow morning I won't be": a time limit on the writer's own being.
    Combination(S, (_g("by_morning"), _g("absent_future")), 4,
                unless=_g("away_trip", "go_there", "leave_harmless", "wedding")),
    Combination(S, (_g("insurance"), _g("wrote_note"), _g("relation", "third_person")), 16,
                across=True),
    # The morning wished away as a feeling, every day: "सकाळ होऊच नये असं वाटतं रोज"; not the
    # dread of an exam, an office or a Monday.
    Combination(S, (_g("no_morning"), _g("want")), 4, unless=_g("hardship", "laugh", "wedding")),
    # "How many more days like this": living measured and refused.
    Combination(S, (_g("how_long"), _g("live"), _g("like_this")), 5, unless=_g("laugh")),
    # Asking how long, how much a way of dying takes.
    Combination(S, (_g("search"), _g("how_much"), _g("drown", "hang", "jump", "die")), 8,
                unless=_g("hanging_harmless", "drown_idiom", "water_leisure")),
    # The last goodbye: "सबको मेरा आखिरी प्रणाम", "shevatcha namaskar".
    # Said by the writer of themself ("मेरा", "सबको"), not paid to the dead at a funeral.
    Combination(S, (_g("my_own", "everyone_all"), _g("final"), _g("salutation")), 3,
                unless=_g("wedding")),
)
