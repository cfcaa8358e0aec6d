"""Suicide told after a fight, an insult or a scolding (round 18, anger at home and in the
street): the writer's leaving said to a mother with a sorry, a "take care of yourself" or one's
things given to a brother ("sorry mummy, main ja raha hu, apna dhyan rakhna", "आईला सांगा माझं
चुकलं, मी निघालो", "sorry aai, mi chaallo, majhi bike dadala de"), or one's things handed to a
sibling as one leaves; a plan made or the mind made up for tonight and only told ("plan bana liya
hai, aaj raat, bas bata raha hu"); a parent's "better you die" and the
writer now doing just that ("tu melas tar bara, tech karto ata"); such a father or husband who
should not live after what he did ("अशा बापाने जगू नये"); nobody needing the writer and everyone
freed of him ("सगळे सुटतील माझ्यापासून"), or all set free by his going ("mere jaane se sab azaad
ho jayenge"); the well or the tracks easier than facing someone.

Each needs the leaving, the plan or the place beside its sign. An errand or a destination named
beside the leaving (office, college, the bus, "back by nine"), a return or a ride promised ("kal
milte hain", "उद्या भेटू", "the cab is here") and an outing beside the plan (a movie, a party,
dinner, the temple) make them harmless, as a job left or a move makes nobody's need the office's,
and water fetched makes the well a chore: "sorry mummy, main office ja raha hu, apna dhyan
rakhna" and "plan bana liya, aaj raat movie" stay quiet. "Such a leader should not live" is about
someone else and needs the writer's own role (a father, a husband, a son) to alert.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The mother spoken to or named: "sorry mummy", "आईला सांगा", "tell mom".
    "mother_spoken_to": ("mummy", "mummi", "mumma", "mom", "mum", "mummyla", "mummy ko", "mother", "my mother",
                         "mother ko", "aaisaheb", "आईसाहेब", "tell mom", "tell mummy"),
    # (The short names and the Devanagari ones, "aai", "आई", "maa", "ammi", "मम्मी", "आईला", share
    # their skeleton with "i", "am", "mi", "ill", and are read by their spelling as typed in
    # alumni.domain.crisis.kin_named, as are "दादाला" and "ताईला" beside "daal" and "till".)
    # The writer leaving now: "main ja raha hu", "मी निघालो", "मी चाललो", "i'm leaving".
    "leaving_now": ("ja raha hu", "ja raha hoon", "ja raha hun", "ja rahi hu", "ja rahi hoon", "jaa raha hu",
                    "jaa rahi hu", "जा रहा हूँ", "जा रहा हूं", "जा रही हूँ", "जा रही हूं", "ja raha", "जा रहा",
                    "chala main", "chali main", "main chala", "main chali", "मैं चला", "मैं चली", "chalta hu",
                    "चलता हूँ", "चलता हूं", "mi nighalo", "mi nighale", "मी निघालो", "मी निघाले", "nighalo",
                    "निघालो", "निघाले", "mi chaallo", "mi challo", "mi chalalo", "मी चाललो", "मी चालले",
                    "chaallo", "challo", "चाललो", "mi jato", "mi jate", "मी जातो", "मी जाते",
                    "im leaving", "i'm leaving", "i am leaving", "im going", "i'm going", "i am going",
                    "leaving now", "going now", "i'm off", "im off"),
    # A sorry said on leaving.
    "sorry_said": ("sorry", "sorri", "sry", "सॉरी", "maaf", "माफ"),
    # The fault owned, more than a sorry: "माझं चुकलं", "meri galti", "forgive me".
    "fault_owned": ("maaf karna", "maaf kar dena", "माफ करना", "माफ़ करना", "माफ कर देना", "maaf kara", "माफ करा",
                    "forgive me", "meri galti", "मेरी गलती", "my fault", "majha chukla", "majha chuklach",
                    "maza chukla", "माझं चुकलं", "माझे चुकले", "माझंच चुकलं", "mera kasoor", "मेरा कसूर",
                    "sab meri galti", "सब मेरी गलती", "all my fault"),
    # The one left behind asked to take care: "apna dhyan rakhna", "स्वतःची काळजी घे".
    "care_asked": ("apna dhyan rakhna", "अपना ध्यान रखना", "apna khayal rakhna", "अपना ख्याल रखना", "apni kalji ghe",
                   "apli kalji ghe", "स्वतःची काळजी घे", "आपली काळजी घे", "take care of yourself",
                   "look after yourself", "take care of her", "take care of mom", "mummy ka dhyan rakhna",
                   "आईची काळजी घे"),
    # A brother or a sister named as the one to receive: "दादाला", "bhai ko", "to my brother".
    "to_a_sibling": ("bhaula", "भाऊला", "bhavala", "भावाला", "didila",
                     "दीदीला", "bhai ko", "भाई को", "bhaiya ko", "भैया को", "bhaiyya ko", "didi ko", "दीदी को",
                     "behen ko", "बहन को", "to my brother", "to my sister", "to bhai", "to dada", "for my brother",
                     "for my sister", "bhai ke liye", "भाई के लिए", "behen ke liye", "बहन के लिए"),
    # A thing handed on: "de dena", "दे", "give".
    "hand_it_on": ("de", "दे", "de dena", "दे देना", "dena", "देना", "de de", "दे दे", "dya", "द्या", "deun tak",
                   "देऊन टाक", "give", "gave", "is yours", "goes to", "rakh lena", "रख लेना",
                   "ghe", "घे", "tujhi", "तुझी", "tumhari", "तुम्हारी"),
    # One's thing now the reader's: "meri watch tujhi", "ab teri hui", "it's yours now".
    "yours_now": ("tujhi", "तुझी", "tujha", "तुझा", "tujha ahe", "तुझं", "tujhach", "tujhich", "is yours", "are yours",
                  "its yours", "it's yours", "yours now", "teri hui", "तेरी हुई", "tera hua", "तेरा हुआ", "ab teri",
                  "अब तेरी", "ab tera", "अब तेरा", "tu rakh le", "तू रख ले", "thevun ghe", "ठेवून घे", "keep it",
                  "keep them", "tumhari hui", "तुम्हारी हुई"),
    # An errand or a destination that makes the leaving ordinary.
    "leaving_for_errand": ("office", "ऑफिस", "college", "कॉलेज", "school", "स्कूल", "शाळा", "shala", "hostel",
                           "हॉस्टल", "bus", "बस", "train", "ट्रेन", "station", "स्टेशन", "duty", "ड्यूटी",
                           "kaam pe", "काम पे", "kamavar", "कामावर", "kamala", "कामाला", "market", "bazaar",
                           "bazar", "बाजार", "बाजारात", "shop", "dukan", "दुकान", "gaon", "गांव", "गावी", "gavi",
                           "shaadi", "शादी", "lagn", "लग्न", "trip", "tour",
                           "trek", "back by", "wapas aata", "वापस आता", "lautunga", "लौटूंगा", "parat yeto",
                           "परत येतो", "yeto", "येतो", "aata hu", "आता हूँ", "aaunga", "आऊंगा", "आऊँगा",
                           "late", "लेट", "interview", "exam", "paper", "pariksha", "परीक्षा", "tuition",
                           "class", "क्लास", "gym", "jim", "match", "practice", "pooja", "puja", "mandir",
                           "मंदिर", "delhi", "mumbai", "pune", "पुणे", "मुंबई", "दिल्ली", "bangalore", "abroad",
                           "punyala", "पुण्याला", "mumbaila", "मुंबईला", "gavala", "गावाला", "kamasathi",
                           "कामासाठी", "kaam ke liye", "काम के लिए", "job", "naukri", "नौकरी", "nokri", "नोकरी",
                           "nokrisathi", "नोकरीसाठी", "shift", "शिफ्ट",
                           # the house's own errands: sleep, a bath, a walk, going out
                           "bed", "sleep", "sone", "सोने", "so raha", "सो रहा", "zopayla", "झोपायला", "nahane",
                           "नहाने", "anghol", "अंघोळ", "bath", "shower", "washroom", "bathroom", "toilet", "walk",
                           "jog", "jogging", "upstairs", "bahar", "बाहर", "baher", "बाहेर", "going out",
                           "out with", "movie", "picture", "पिक्चर", "party", "पार्टी", "meeting", "मीटिंग",
                           "going home", "ghar ja raha", "घर जा रहा", "ghari chaallo", "घरी चाललो", "ghari nighalo",
                           "घरी निघालो", "moved to", "moving to", "shifting to", "shift ho raha"),
    # A return or a ride promised: "kal milte hain", "उद्या भेटू", "the cab is here".
    "coming_back": ("kal milte", "कल मिलते", "milte hain", "मिलते हैं", "udya bhetu", "उद्या भेटू", "bhetu",
                    "भेटू", "nantar bhetu", "नंतर भेटू", "see you", "see ya", "cya", "back soon", "coming back",
                    "wapas aaunga", "वापस आऊंगा", "late aaunga", "लेट आऊंगा", "parat yein", "परत येईन",
                    "yein", "येईन", "cab", "taxi", "auto", "uber", "ola", "rickshaw", "रिक्षा", "flight",
                    "फ्लाइट", "ticket", "टिकट", "तिकीट"),
    # Leaving a job: where nobody needing one is the office's.
    "leaving_a_job": ("quit", "quitting", "resign", "resigned", "resigning", "resignation", "notice period",
                      "transfer", "ट्रान्सफर", "retire", "retirement", "रिटायर", "naukri chhod", "नौकरी छोड़",
                      "nokri sodli", "नोकरी सोडली", "at work", "in the office", "office me", "ऑफिस में"),
    # The plan only told, not asked about: "bas bata raha hu", "बस सांगतोय", "just letting you know".
    "only_telling": ("bas bata raha", "बस बता रहा", "bas bata rahi", "बस बता रही", "bata raha hu", "बता रहा हूँ",
                     "बता रहा हूं", "bata rahi hu", "bas sangtoy", "बस सांगतोय", "fakt sangtoy", "फक्त सांगतोय",
                     "sangun thevto", "सांगून ठेवतो", "just letting you know", "just telling you",
                     "just so you know", "only telling you", "thought you should know", "bas itna batana tha",
                     "बस इतना बताना था"),
    # What a plan for tonight is ordinarily for.
    "evening_plans": ("movie", "picture", "पिक्चर", "film", "party", "पार्टी", "dinner", "डिनर", "khana",
                      "खाना", "jevan", "जेवण", "birthday", "बर्थडे", "shaadi", "शादी", "match", "game", "trip",
                      "ghumne", "घूमने", "firayla", "फिरायला", "outing", "date", "friends", "doston", "दोस्तों",
                      "mitra", "मित्र", "study", "padhai", "पढ़ाई", "abhyas", "अभ्यास", "surprise", "garba",
                      "pooja", "puja", "पूजा", "bhajan", "भजन", "meeting", "मीटिंग", "office", "work", "kaam",
                      "temple", "mandir", "मंदिर", "church", "masjid", "darshan", "दर्शन"),
    # Water fetched from the well: where it is easier than a queue at the tap.
    "water_fetched": ("water", "pani", "पानी", "पाणी", "tap", "nal", "नल", "नळ", "queue", "line", "bucket",
                      "balti", "बाल्टी", "badli", "बादली", "bharne", "भरने", "bharayla", "भरायला", "handa", "हंडा"),
    # A parent's or anyone's "better you die": "tu melas tar bara", "tu mar jaye to accha".
    "wished_dead_at_me": ("tu melas tar", "तू मेलास तर", "tu melas", "तू मेलास", "melas tar bara", "tu melis",
                          "तू मेलीस", "tu melis tar", "तू मेलीस तर", "melis tar bara",
                          "मेलास तर बरं", "tu mela tar", "tu marshil tar", "tu mar jaye to", "तू मर जाए तो",
                          "tu mar jata to", "तू मर जाता तो", "tu mar jaa", "तू मर जा", "mar kyu nahi jata",
                          "मर क्यों नहीं जाता", "mar kyon nahi jata", "mar kyu nahi jaata", "mar ja tu",
                          "मर जा तू", "better if you died", "better if you were dead", "better you die",
                          "you should die", "go and die", "go die", "wish you were dead", "wished i was dead",
                          "wish i was dead they said", "jaa mar", "जा मर", "ja mar", "mar ja", "मर जा",
                          "jaun mar", "जाऊन मर", "मरून जा", "marun ja", "mela asta tar", "मेला असता तर",
                          "melas asta tar", "मेलास असतास तर", "meli asti tar", "मेली असती तर",
                          "mar gaya hota to", "मर गया होता तो", "mar jata to accha", "मर जाता तो अच्छा",
                          "should just die", "should have died",
                          # the Marathi imperative: "tu mel", "मर तू", "मरून जा"
                          "tu mel", "तू मेल", "mel tu", "मेल तू", "jaun mel", "जाऊन मेल"),
    # The writer doing just that now: "tech karto ata", "wahi karta hu ab", "that's what i'll do".
    "doing_just_that": ("tech karto", "तेच करतो", "tech karte", "तेच करते", "tech karnar", "तेच करणार",
                        "tasach karto", "तसंच करतो", "wahi karta", "वही करता", "wahi karti", "वही करती",
                        "wahi karunga", "वही करूंगा", "वही करूँगा", "wahi karungi", "wohi karta", "vahi karta",
                        "ab wahi", "अब वही", "that's what i'll do", "thats what ill do", "that is what i will do",
                        "doing just that", "doing exactly that", "will do just that", "granting the wish",
                        "ichha puri karto", "इच्छा पूर्ण करतो", "ichha puri karta", "इच्छा पूरी करता",
                        "iccha puri", "mann ki kar deta", "ab wahi hoga", "अब वही होगा", "ata tech hoil",
                        "आता तेच होईल", "tasach karnar", "tasa ch karnar", "तसंच करणार", "tasach karte",
                        "tasa ch karto", "तसंच करते", "tech karun dakhavto", "तेच करून दाखवतो"),
    # The writer's own role: a father, a husband, a son ("अशा बापाने", "aise baap ko").
    "such_a_one_as_me": ("asha bapane", "अशा बापाने", "asha bapala", "अशा बापाला", "asha navryane",
                         "अशा नवऱ्याने", "asha mulane", "अशा मुलाने", "asha manasane", "अशा माणसाने",
                         "aise baap ko", "ऐसे बाप को", "aise baap ka", "aisa baap", "ऐसा बाप", "aise pati ko",
                         "ऐसे पति को", "aise bete ko", "ऐसे बेटे को", "aisa beta", "ऐसा बेटा", "aisa pati",
                         "ऐसा पति", "such a father", "a father like me", "a husband like me", "a son like me",
                         "a man like me", "someone like me", "mere jaise baap", "मेरे जैसे बाप",
                         "mere jaise insaan", "मेरे जैसे इंसान", "majhya sarkhya", "माझ्यासारख्या",
                         "mazya sarkhya"),
    # Not fit to live: "jagu naye", "जीने का हक नहीं", "doesn't deserve to live".
    "not_fit_to_live": ("jagu naye", "जगू नये", "jagayla nako", "जगायला नको", "jagaycha adhikar nahi",
                        "जगायचा अधिकार नाही", "jagnyacha adhikar nahi", "जगण्याचा अधिकार नाही",
                        "jagnyacha haq nahi", "jeene ka haq nahi", "जीने का हक नहीं", "jine ka haq nahi",
                        "jeene ka hak nahi", "जीने का हक़ नहीं", "jeena nahi chahiye", "जीना नहीं चाहिए",
                        "zinda nahi rehna chahiye", "ज़िंदा नहीं रहना चाहिए", "जिंदा नहीं रहना चाहिए",
                        "doesnt deserve to live", "doesn't deserve to live", "dont deserve to live",
                        "don't deserve to live", "should not live", "shouldnt live", "shouldn't live",
                        "should not be alive", "shouldn't be alive", "has no right to live",
                        "have no right to live"),
    # The plan made in one's mind: "sab soch liya hai", "ठरवलं आहे", "made up my mind".
    "mind_made_up": ("soch liya hai", "सोच लिया है", "sab soch liya", "सब सोच लिया", "decide kar liya",
                     "डिसाइड कर लिया", "faisla kar liya", "फैसला कर लिया", "tay kar liya", "तय कर लिया",
                     "tharavla aahe", "ठरवलं आहे", "tharavlay", "ठरवलंय", "tharla", "ठरलं", "tharlay", "ठरलंय",
                     "nakki kela", "नक्की केलं", "made up my mind", "i have decided", "i've decided",
                     "ive decided", "it's decided", "its decided", "sab tay hai", "सब तय है", "sab tay",
                     "sagla tharla", "सगळं ठरलं", "sagla tharlay", "सगळं ठरलंय", "everything is decided",
                     "plan pakka", "प्लान पक्का", "pakka plan", "plan fix", "plan final", "प्लॅन पक्का"),
    # The writer's going, as the cause of others' ease: "mere jaane se", "माझ्या जाण्याने".
    "by_my_going": ("mere jaane se", "mere jane se", "मेरे जाने से", "mere jaane ke baad", "mere jane ke baad",
                    "मेरे जाने के बाद", "majhya janyane", "माझ्या जाण्याने", "mazya janyane",
                    "majhya nantar", "माझ्यानंतर", "once i'm gone", "once im gone", "when i'm gone",
                    "when im gone", "after i'm gone", "after im gone", "with me gone", "mi gelo tar",
                    "मी गेलो तर", "mi geli tar", "मी गेले तर", "main chala gaya to", "मैं चला गया तो",
                    "main chali gayi to", "मैं चली गई तो", "main na rahun to", "मैं न रहूं तो",
                    "mi nasen tar", "मी नसेन तर", "if i'm gone", "if im gone", "if i were gone"),
    # Everyone set free: "sab azaad ho jayenge", "सगळे सुखी राहतील", "they'll all be free".
    "all_set_free": ("azaad ho jayenge", "azad ho jayenge", "आज़ाद हो जाएंगे", "आजाद हो जाएंगे", "sukhi rahenge",
                     "सुखी रहेंगे", "sukhi rahtil", "सुखी राहतील", "chain se rahenge", "चैन से रहेंगे",
                     "sukun se rahenge", "सुकून से रहेंगे", "will be free", "will all be free", "be at peace",
                     "will be happier", "be better off", "mokle hotil", "मोकळे होतील"),
    # Everyone freed of the writer: "सगळे सुटतील माझ्यापासून", "sab mujhse chhoot jayenge".
    "freed_of_me": ("sutatil majhyapasun", "सुटतील माझ्यापासून", "majhyapasun sutatil", "माझ्यापासून सुटतील",
                    "majhyapasun sutka", "माझ्यापासून सुटका", "mazyapasun sutka", "majhyapasun mukt",
                    "माझ्यापासून मुक्त", "mujhse chhutkara", "मुझसे छुटकारा", "mujhse chutkara", "mujhse azaad",
                    "मुझसे आज़ाद", "मुझसे आजाद", "mujhse mukti", "मुझसे मुक्ति", "mujhse chhoot", "मुझसे छूट",
                    "free of me", "rid of me", "freed of me", "free from me", "relieved of me", "without me around",
                    "majhyapasun", "माझ्यापासून", "mujhse pichha", "मुझसे पीछा"),
    # Easier or better than facing someone: "easier than facing him", "samna karne se accha".
    "easier_than_facing": ("easier than facing", "better than facing", "easier than seeing", "easier than meeting",
                           "easier than explaining", "easier than going back", "easier than telling",
                           "samna karne se", "सामना करने से", "saamna karne se", "munh dikhane se",
                           "मुँह दिखाने से", "मुंह दिखाने से", "samore janyapeksha", "सामोरं जाण्यापेक्षा",
                           "samora janyapeksha", "सामोरे जाण्यापेक्षा", "tond dakhavnyapeksha",
                           "तोंड दाखवण्यापेक्षा", "tond dakhvnyapeksha", "face karne se", "फेस करने से",
                           "face karnyapeksha", "फेस करण्यापेक्षा"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

# Where the easier way is read as the means: the well, the tracks, the dam, a height, a rope.
_MEANS_PLACE = _g("well_or_tracks", "still_water_place", "well_en", "rail_line", "dam_side", "deep_water",
                  "height", "ligature", "poison", "farm_poison")

AFTER_THE_QUARREL: tuple[Combination, ...] = (
    # Leaving said to a mother, with a sorry and a "take care of yourself"; or with the fault owned.
    # A sorry alone ("sorry mummy, main ja raha hu, namak daal de") is a hurry, not a farewell.
    Combination(S, (_g("mother_spoken_to"), _g("leaving_now"), _g("sorry_said", "fault_owned"),
                    _g("care_asked", "entrust")), 16, across=True,
                unless=_g("leaving_for_errand", "coming_back"), unless_reach=8),
    Combination(S, (_g("mother_spoken_to"), _g("leaving_now"), _g("fault_owned")), 14, across=True,
                unless=_g("leaving_for_errand", "coming_back"), unless_reach=8),
    # Leaving said to a mother, one's things handed to a brother or a sister.
    Combination(S, (_g("mother_spoken_to"), _g("leaving_now"), _g("to_a_sibling"), _g("hand_it_on")), 18,
                across=True, unless=_g("leaving_for_errand", "coming_back"), unless_reach=8),
    # The mother told of the leaving, one's thing given as the reader's own ("bhai meri watch
    # tujhi, aai la sang mi nighalo").
    Combination(S, (_g("mother_spoken_to", "to_mother"), _g("leaving_now"), _g("my_own", "mine_own"),
                    _g("yours_now")), 18, across=True, unless=_g("leaving_for_errand", "coming_back"),
                unless_reach=8),
    # A plan made, for tonight, only told.
    Combination(S, (_g("plan_ready", "mind_made_up"), _g("tonight"), _g("only_telling")), 14, across=True,
                unless=_g("evening_plans", "coming_back"), unless_reach=8),
    # "Better you die", and the writer doing just that.
    Combination(S, (_g("wished_dead_at_me"), _g("doing_just_that")), 12, across=True, order=True),
    # Such a father (the writer) should not live.
    Combination(S, (_g("such_a_one_as_me"), _g("not_fit_to_live")), 4, order=True),
    # Nobody needs the writer, and everyone will be freed of him.
    Combination(S, (_g("nobody_cares", "needed_by_none"), _g("freed_of_me", "eol_solved_for_them")), 14,
                across=True, unless=_g("leaving_a_job", "leaving_for_errand"), unless_reach=8),
    # Everyone set free by the writer's going.
    Combination(S, (_g("by_my_going"), _g("all_set_free", "freed_of_me", "eol_solved_for_them")), 8, order=True,
                unless=_g("leaving_for_errand", "coming_back", "leaving_a_job"), unless_reach=8),
    # One's own things handed to a brother or a sister, and the writer leaving (with no mother named).
    Combination(S, (_g("my_own", "mine_own"), _g("to_a_sibling"), _g("hand_it_on"), _g("leaving_now")), 14,
                across=True, unless=_g("leaving_for_errand", "coming_back"), unless_reach=8),
    # The well or the tracks easier than facing someone.
    Combination(S, (_MEANS_PLACE, _g("easier_than_facing")), 12, across=True,
                unless=_g("water_fetched"), unless_reach=8),
)
