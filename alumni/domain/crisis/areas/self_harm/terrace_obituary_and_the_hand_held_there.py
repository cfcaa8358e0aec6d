"""Up on the terrace or the bridge and done, the writer's own obituary made ready, a letter for
each of them, the hand held to the heat till it burns (the reading of rounds 80-81: recovery
agents and self-help groups, bookbinders and card printers, cable and fibre men, dhobis and
dry cleaners, school vans and ayahs):

- at a height, on a bridge or by the water, and done: "Wardha नदीच्या पुलावर आलोय ... पुरे झालं आता",
  "building chya gachhivar aloy, 5 majle. aaj sampavto";
  stood at the edge and came down only for a child's face; down into the tank and not coming up;
- the writer's own tribute banner or condolence message made ready; a letter for each of them;
- not in this world any more ("मी या जगात नसणार"); the writer's being of no use to anyone; nobody to
  miss the writer once gone; tired of living in any order and script; rest for ever; to go in one's
  sleep, wished;
- the rope looked at since morning, or with the thought of the neck; the rope brought home and
  everyone thanked; the live wire to be caught; the insurance as the only plan; the keys and the
  password handed over "so there is no trouble later";
- the hand held in the heat, the bleach or the machine till it burns, bleeds or swells, on purpose,
  in a rage, or "I don't know why I do it"; the marks lied about ("मीच कापते").

A terrace for kites or a photo, work finished ("kaam sampavto"), tired of living in a city, a rope
for the bundles, a hand burnt at work by mistake stay quiet.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py); the time to go
in peace widens before_the_local_and_on_the_bridge.py and
tether_rope_and_the_accounts_settled.py.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH = Category.SUICIDE, Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # The local train gone in front of ("लोकल के आगे जाऊंगा", "लोकलसमोर उभा राहायचं"), and the time to go
    # in peace after the debts are paid (widening the earlier modules' words).
    "sb_go_in_front": ("के आगे जाऊंगा", "ke aage jaunga", "के आगे जाऊँगा", "ke aage chala jaunga",
                       "के आगे चला जाऊंगा"),
    "sb_train_in_front": ("लोकलसमोर", "localsamor", "lokalsamor", "ट्रेनसमोर", "trainsamor", "गाडीसमोर"),
    "sb_stand_there": ("उभा राहायचं", "ubha rahaycha", "उभं राहायचं", "उभा राहीन", "ubha rahin", "ubha rahnar",
                       "उभा राहणार", "jaun ubha"),
    "tr_time_to_go": ("शांतपणे जाणार", "shantpane janar", "शांतीने जाणार", "shantine janar", "chain se jaunga",
                      "चैन से जाऊंगा", "sukoon se jaunga", "सुकून से जाऊंगा", "go peacefully", "leave peacefully",
                      "मेरा जाना बाकी", "mera jana baaki", "mera jaana baki", "माझं जाणं बाकी", "majha jana baki"),
    "tr_settled": ("उधारी फेडली", "udhari phedli", "karz chuka diya", "कर्ज चुका दिया", "paid off everyone",
                   "paid all my dues", "बाँट दिया", "बांट दिया", "baant diya", "bant diya", "sold my", "gave away the"),
    # The body left, by the writer's wish (the ashram's words): "हा देह आता सोडायचा", "मैं ये body छोड़ना चाहता हूँ",
    # "ready to leave mine"; a fast with no water till the body stops; the corpse pose done "for good".
    "sb_body_word": ("देह", "deh", "शरीर", "sharir", "shareer", "sharir", "body", "वस्त्र", "vastra"),
    "sb_leave_wish": ("छोड़ना है", "chhodna hai", "छोड़ना चाहता", "chhodna chahta", "छोड़ना चाहती", "छोड़ देंगे",
                      "chhod denge", "छोड़ दूंगा", "chhod dunga", "छोड़ दूँगा", "सोडायचा", "sodaycha", "सोडायचाय",
                      "सोडणार", "sodnar", "सुटला की", "sutla ki", "उतार देना चाहता", "utaar dena chahta", "to just stop",
                      "छोड़ना", "chhodna"),
    "sb_leave_the_body": ("leave my body", "ready to leave mine", "leave the body", "leaving the body", "leave this body",
                          "देह सोडायचा", "शरीर छोड़ना", "sharir chhodna", "body छोड़ना"),
    "sb_fast": ("upvaas", "upvas", "उपवास", "उपास", "upas", "fast", "fasting", "अनशन", "anshan"),
    "sb_no_water": ("na paani", "ना पानी", "न पानी", "no water", "पाणी पण बंद", "pani pan band", "पानी भी बंद",
                    "paani bhi band", "na khana na paani", "न खाना न पानी", "पाणी बंद", "pani band"),
    "sb_fast_to_the_end": ("todna nahi", "तोड़ना नहीं", "सोडणार नाही", "sodnar nahi", "not for any cleanse", "aakhri",
                           "आखिरी", "last", "शेवटचा", "body to just stop"),
    "sb_corpse_pose": ("shavasana", "शवासन", "shavasan", "corpse pose"),
    "sb_for_good": ("for good", "properly", "कायमचं", "kayamcha", "hamesha ke liye", "हमेशा के लिए", "forever"),
    # A bye sent to all, and never again.
    "sb_bye_to_all": ("bye चा message", "bye cha message", "bye message", "goodbye message", "sabko bye", "सगळ्यांना bye",
                      "bye to all", "bye everyone", "bye to everyone"),
    "sb_never": ("कधीच", "kadhich", "never", "kabhi nahi", "कभी नहीं", "or any after"),
    # The river will take the writer (reported): "last week he said ganga will take him".
    "sb_water_takes": ("ganga will take", "river will take", "ganga le jayegi", "गंगा ले जाएगी", "गंगा घेऊन जाईल",
                       "नदी घेऊन जाईल", "nadi gheun jail", "नदी ले जाएगी", "sea will take"),
    # The rope "only" (Marathi "दोरीच"), and LIC in Devanagari (widening the earlier modules' words).
    "rope_named": ("दोरीच", "dorich", "रस्सीच", "rassich"),
    "insurance": ("एलआयसी", "एलआईसी", "एल आय सी"),
    # Up high or by the water, in the forms the height list lacks.
    "sb_high_place": ("गच्चीवर", "gachhivar", "gachivar", "gachhi var", "terrace वर", "terrace var", "terrace pe",
                      "terrace par", "majle", "मजले", "मजल्यावर", "majlyavar", "मंज़िल", "मंजिल", "manzil", "बिल्डिंग",
                      "बिल्डिंगच्या", "छत पर", "छत पे", "chhat pe", "chhat par", "छतावर", "chhatavar", "हौदात",
                      "haudat", "हौदाजवळ", "haudajaval", "खाडीजवळ", "khadijaval", "khadi kade", "खाडीकडे",
                      "कठड्याला", "kathdyala", "कठड्यावर", "kinare pe", "किनारे पे", "किनारे पर", "पुलावर",
                      "pulavar", "पुल पे", "pul pe", "पुल पर", "pul par", "bridge var", "bridge pe", "on the bridge",
                      "on the terrace", "on the roof", "rooftop", "4 floors", "5 floors", "floors down"),
    # The writer there now (or the one reported).
    "sb_there_now": ("आलोय", "aloy", "aaloy", "आलो आहे", "alo ahe", "उभा आहे", "ubha ahe", "ubha aahe", "उभा होतो",
                     "ubha hoto", "उभी आहे", "ubhi ahe", "खड़ा हूँ", "खड़ा हूं", "खडा हूं", "khada hu", "khada hoon",
                     "खड़ी रही", "khadi rahi", "खड़ी हूँ", "khadi hu", "बसलोय", "basloy", "baslo ahe", "बसलो आहे",
                     "बैठा हूँ", "बैठा हूं", "baitha hu", "पर हूँ", "पर हूं", "par hu", "pe hu", "पे हूँ", "पे हूं",
                     "been on", "i am on", "im on", "i'm on", "standing on", "sitting on", "बसून होते", "basun hote",
                     "बसले आहेत", "baslet", "बसलेत", "उभे आहेत", "ubhe ahet", "खड़े हैं", "khade hain"),
    # Done: enough now, no more, the end today.
    "sb_enough": ("पुरे झालं", "pure zala", "pure jhala", "pure jhal", "पुरे झाले", "बहुत हुआ", "bahut hua",
                  "अब और नहीं", "ab aur nahi", "और नहीं होता", "aur nahi hota", "enough now", "had enough",
                  "cant anymore", "can't anymore", "cant do this anymore", "sampavto", "संपवतो", "संपवणार",
                  "sampavnar", "quicker than", "faster than paying", "floors down"),
    # Came down this time, not the next.
    "sb_next_time": ("पुढच्या वेळी नाही उतरणार", "pudhchya veli nahi utarnar", "नाही उतरणार", "nahi utarnar",
                     "next time i won't", "next time i wont", "next time i will not", "agli baar nahi utrunga",
                     "अगली बार नहीं उतरूंगा", "won't come down", "wont come down", "nahi utrunga",
                     "नहीं उतरूंगा", "won't pull back", "wont pull back"),
    "sb_came_down": ("उतर आई", "उतर आया", "utar aayi", "utar aaya", "उतरलो", "utarlo", "उतरले", "came back down",
                     "came down", "उतरून आलो", "utarun alo"),
    "sb_remembered": ("याद आया", "yaad aaya", "याद आई", "yaad aayi", "आठवण आली", "aathvan aali", "athvan aali",
                      "remembered", "चेहरा याद", "chehra yaad", "face came"),
    # What a height is ordinarily for.
    "sb_up_there_for": ("patang", "पतंग", "kite", "kites", "photo", "selfie", "repair", "cricket", "party", "sunset",
                        "kaam", "काम", "work", "order", "shift", "duty", "kapde", "कपडे", "कपड़े", "pani", "पाणी"),
    # Going down into the water and not coming up.
    "sb_go_down_into": ("utar jaunga", "उतर जाऊंगा", "उतर जाऊँगा", "utarnar", "उतरणार", "उतरेन", "utaren",
                        "doob jaunga", "डूब जाऊंगा", "walk into", "walk in", "पाण्यात जावंसं", "panyat javasa",
                        "पाण्यात जाईन", "panyat jain", "पानी में उतर जाऊं", "walk into the water"),
    "sb_no_return": ("parat var yenar nahi", "परत वर येणार नाही", "var yenar nahi", "वर येणार नाही",
                     "wapas upar nahi", "वापस ऊपर नहीं", "won't come back up", "wont come back up",
                     "paani me hi khatam", "पानी में ही खत्म", "पाण्यातच संपव*", "panyatach sampav*"),
    "sb_water_place": ("tanki", "टंकी", "टाकी", "taki", "tank", "haud", "हौद", "हौदात", "haudat", "khadi", "खाडी",
                       "nadi", "नदी", "river", "vihir", "विहीर", "well", "talav", "तलाव", "lake", "samundar",
                       "समुद्र", "sea", "ghat", "घाट", "paani", "पानी", "पाण्यात", "खाडीत", "khadit", "नदीत", "nadit",
                       "tide", "समुद्रात", "samudrat", "तलावात", "talavat", "विहिरीत", "vihirit"),
    # Swept away with the washing: "कपड्यांसोबत मी पण वाहून जावं".
    "sb_swept_wish": ("वाहून जावं", "vahun java", "vahun jaava", "वाहून जावंसं", "vahun javasa", "बह जाऊं",
                      "बह जाऊँ", "beh jaun", "bah jaun", "float away"),
    "sb_dont_tell": ("घरी कळवू नका", "ghari kalvu naka", "ghari sangu naka", "घरी सांगू नका", "ghar pe mat batana",
                     "घर पे मत बताना", "don't tell my family", "dont tell my family", "don't tell home"),
    # The writer's own tribute or condolence, made ready.
    "sb_tribute": ("shraddhanjali*", "श्रद्धांजली*", "श्रद्धांजलि*", "shok sandesh*", "शोक संदेश*", "obituary", "obit",
                   "condolence message", "rip banner", "tribute banner", "dashkriya", "दशक्रिया", "tervi", "तेरवी",
                   "तेरहवीं", "terahvi"),
    "sb_mine": ("maza", "mazha", "majha", "माझा", "माझी", "माझे", "माझं", "mazi", "majhi", "maze", "mera", "meri",
                "mere", "मेरा", "मेरी", "मेरे", "apna", "apni", "apne", "अपना", "अपनी", "अपने", "my", "my own"),
    "sb_made_ready": ("design karun", "design kar", "type kar diya", "type kar", "ready", "tayar", "तयार",
                      "बनवून ठेव*", "banvun thev*", "bana liya", "bana diya", "likh liya", "likh ke rakha",
                      "लिहून ठेव*", "lihun thev*", "drafted", "chhapayla", "chhaap de", "छाप दे", "छापायला",
                      "print kar", "matter", "photo pan lavla", "photo lagani"),
    # A letter for each, or the sorry letter, and going now.
    "sb_letters": ("letter for each", "a letter for each", "letters for each", "letter for everyone",
                   "sabke liye chitthi", "सबके लिए चिट्ठी", "har kisi ke liye chitthi", "pratyekasathi chitthi",
                   "प्रत्येकासाठी चिठ्ठी", "sagalyansathi chitthi", "सगळ्यांसाठी चिठ्ठी", "sorry चं letter",
                   "sorry letter", "sorry cha letter", "sorry chi chitthi", "माफीचं पत्र", "maafi chi chitthi",
                   "माफीची चिठ्ठी", "माफी की चिट्ठी", "maafi ki chitthi", "last letter", "aakhri chitthi",
                   "आखिरी चिट्ठी", "शेवटचं पत्र", "shevatcha patra"),
    "sb_go_now": ("आता निघतो", "ata nighto", "aata nighto", "ab chalta hu", "ab chalta hoon", "अब चलता हूँ",
                  "अब चलता हूं", "leaving now", "bye", "alvida", "अलविदा", "goodbye"),
    "sb_losses": ("owed", "debt", "karz", "कर्ज", "udhari", "उधारी", "dues", "cancelled", "gone to her mother",
                  "maheri", "माहेरी", "मायके", "left me"),
    # Not in this world any more.
    "sb_not_be": ("नसणार", "nasnar", "नसेन", "nasen", "नसेल", "nahi rahunga", "नहीं रहूंगा", "नहीं रहूँगा",
                  "nahi rahungi", "नहीं रहूंगी", "won't be", "wont be", "will not be"),
    # The writer's being, of no use to anyone.
    "sb_my_being": ("mi asun", "मी असून", "माझ्या असण्याने", "majhya asnyane", "mazya asnyane", "mere rehne se",
                    "mere rahne se", "मेरे रहने से", "mere hone se", "मेरे होने से", "mere jeene se", "मेरे जीने से",
                    "my being here", "me being around", "me being alive", "mi jivant asun", "मी जिवंत असून"),
    "sb_no_use": ("kay upyog", "काय उपयोग", "kay fayda", "काय फायदा", "upyog nahi", "उपयोग नाही", "bhala nahi",
                  "भला नहीं", "भला नही", "fayda nahi", "फायदा नहीं", "फायदा नही", "kya fayda", "क्या फायदा",
                  "no use", "helps no one", "nobody gains", "फर्क नहीं पड़ता", "fark nahi padta", "farak padat nahi",
                  "फरक पडत नाही", "no difference"),
    "sb_nobody_miss": ("nobody will miss", "no one will miss", "nobody would miss", "no one would miss",
                       "koi yaad nahi karega", "कोई याद नहीं करेगा", "kisi ko fark nahi padega",
                       "किसी को फर्क नहीं पड़ेगा", "konala farak padnar nahi", "कोणाला फरक पडणार नाही"),
    "sb_if_gone": ("if she is gone", "if i am gone", "if im gone", "if he is gone", "when i'm gone", "when i am gone",
                   "when im gone", "mi gelo tar", "मी गेलो तर", "mi geli tar", "मी गेले तर", "main na rahu",
                   "मैं ना रहूं", "मैं नहीं रहा तो", "main nahi raha to", "main chala jaun to", "मैं चला जाऊं तो"),
    # Tired of living, in either order.
    "sb_living": ("jeene se", "जीने से", "jine se", "जगण्याचा", "jagnyacha", "जगण्याला", "jagnyala", "living",
                  "जिंदगी से", "zindagi se", "jindagi se"),
    "sb_tired": ("tired", "thak gaya", "थक गया", "थक गई", "thak gayi", "कंटाळा", "kantala", "कंटाळलो", "kantalalo",
                 "कंटाळले", "fed up", "sick of", "exhausted"),
    "sb_living_where": ("in", "इथे", "शहरात", "city", "mumbai", "rent", "kiraye", "with", "hostel", "room"),
    # Rest for ever, or to go in one's sleep.
    "sb_forever_rest": ("हमेशा का rest", "hamesha ka rest", "हमेशा का आराम", "hamesha ka aaram", "हमेशा के लिए आराम",
                        "hamesha ke liye aaram", "hamesha ke liye sona", "हमेशा के लिए सोना", "eternal rest",
                        "rest forever", "sleep forever", "कायमची झोप", "kayamchi jhop", "कायमचा आराम",
                        "kayamcha aaram", "कायमचं झोपायचं", "kayamcha jhopaycha"),
    "sb_want_it": ("चाहिए", "chahiye", "chahie", "pahije", "पाहिजे", "हवा", "hava", "हवी", "havi", "want", "need",
                   "wish"),
    "sb_in_sleep_go": ("झोपेतच जावं", "jhopetach java", "zopetach java", "झोपेत जावं", "jhopet java",
                       "नींद में ही चला जाऊं", "neend me hi chala jaun", "neend mein chala jaun", "सोते सोते चला जाऊं",
                       "sote sote chala jaun", "go in my sleep", "die in my sleep"),
    "sb_feel_wish": ("वाटतं", "वाटते", "vatta", "vatate", "वाटतंय", "vattay", "लगता है", "lagta hai", "man karta",
                     "मन करता", "wish", "hope", "want to"),
    # The rope looked at, or with the neck in mind; brought home, and everyone thanked.
    "sb_rope_gaze": ("looking at it", "staring at it", "been looking at it", "keep looking at it", "tich bagto",
                     "तीच बघत*", "tich baght*", "usi ko dekhta", "उसी को देखता", "use dekhta rehta", "उसे देखता रहता", "bagat baslo",
                     "बघत बसलो", "dekhta raha", "देखता रहा"),
    "sb_neck_thought": ("galyacha vichar", "गळ्याचा विचार", "gale ka khayal", "गले का ख्याल", "gale ka soch",
                        "गले का सोच"),
    "sb_thanks_all": ("aap logo ne bahut kiya", "आप लोगों ने बहुत किया", "aap logon ne bahut kiya", "tumhi khup kela",
                      "तुम्ही खूप केलं", "thanks for everything", "thank you for everything", "shukriya sabka",
                      "sabka shukriya", "सबका शुक्रिया", "dhanyavad sagalyanna"),
    "sb_kept_there": ("thevleli", "ठेवलेली", "thevli", "ठेवली", "rakhi", "रखी", "kept", "hidden", "lapavleli",
                      "लपवलेली"),
    "sb_crying": ("radat hote", "रडत होते", "radat hota", "रडत होता", "ro rahe the", "रो रहे थे", "ro raha tha",
                  "रो रहा था", "crying", "was crying"),
    # The live wire, to be caught.
    "sb_current": ("current", "करंट", "live wire", "11kv", "11 kv", "ht line", "high tension", "हाई टेंशन",
                   "हाय टेन्शन", "bijli ka taar", "बिजली का तार"),
    "sb_grab": ("pakadnar", "पकडणार", "पकडेन", "pakaden", "pakad lenge", "पकड़ लेंगे", "pakad lunga", "पकड़ लूंगा",
                "पकड़ लूँगा", "pakad lega", "पकड़ लेगा", "touch it", "hand near it", "won't pull back",
                "wont pull back"),
    # The insurance as the only plan.
    "sb_only_plan": ("only plan", "only way", "only option", "ekach marg", "एकच मार्ग", "yahi rasta", "यही रास्ता",
                     "ekach upay", "एकच उपाय", "only thing that makes sense"),
    # Keys or the password handed over "so there is no trouble later".
    "sb_password": ("password", "पासवर्ड", "atm pin", "pin number"),
    "sb_no_trouble_later": ("nantar tras nako", "नंतर त्रास नको", "baad me dikkat na ho", "बाद में दिक्कत न हो",
                            "baad me pareshani na ho", "बाद में परेशानी न हो", "no trouble later", "nantar tras honar nahi",
                            "नंतर त्रास होणार नाही"),
    # The hand held there: the body, until, the damage, the act.
    "sb_body": ("hand", "hands", "haath", "हाथ", "हाथों", "हात", "hat", "haat", "हातावर", "hatavar", "haatavar",
                "हाताला", "hatala", "haatala", "हाताची", "bot", "बोट", "बोटं", "bota", "ungli", "उंगली", "उंगलियाँ",
                "उंगलियां", "ungliyan", "ungliya", "finger", "fingers", "thumb", "अंगठ्यात", "angthyat", "अंगठा",
                "angtha", "arm", "arms", "बाँह", "बांह", "bah", "baah", "skin", "खाल", "khaal", "wrist", "kalai",
                "कलाई", "मनगट", "managat", "palm", "हथेली", "hatheli", "तळहात", "talhat", "forearm", "naak", "नाक",
                "nose", "thobadit", "थोबाडीत"),
    "sb_till": ("jab tak", "जब तक", "till", "until", "jalepryant", "jaleparyant", "जळेपर्यंत", "होईपर्यंत",
                "hoiparyant", "hoeparyant", "येईपर्यंत", "yeiparyant", "yeiparyanta", "jalne tak", "जलने तक",
                "sujne tak", "सूजने तक", "phatne tak", "फटने तक"),
    # "Till it burnt" said in one word: "चामडी जळेपर्यंत".
    "sb_till_damaged": ("jalepryant", "jaleparyant", "जळेपर्यंत", "jalne tak", "जलने तक", "sujne tak", "सूजने तक",
                        "phatne tak", "फटने तक", "रक्त येईपर्यंत", "rakt yeiparyant", "khoon aane tak", "खून आने तक",
                        "till it burnt", "till it bled", "till the skin"),
    "sb_damage": ("जल गई", "जल गया", "jal gayi", "jal gaya", "jal gai", "burnt", "burned", "peeled", "skin peeled",
                  "खाल", "khaal", "छाले", "chhale", "blister*", "सूज*", "suj*", "sooj*", "swell*", "swollen",
                  "फूट*", "phoot*", "फट*", "phat*", "split", "काळं निळं", "kala nila", "black and blue", "सुन्न",
                  "sunn", "जळजळ", "jaljal", "चेपलं", "chepla", "घुसवली", "ghusavli", "रक्त आलं", "rakt ala", "phutla",
                  "फुटला", "phutli", "फुटली"),
    "sb_harm_act": ("daal ke", "डाल के", "ओतून", "otun", "ओतलं", "otla", "rakh di", "रख दी", "रख दिया", "rakh diya",
                    "ठेवलं", "thevla", "टोचत", "tochat", "टोचलं", "tochla", "dabla", "दाबलं", "दाबला", "budavun",
                    "बुडवून", "put my hand", "pressed", "held my hand", "jalai", "जलाई", "jala li", "भाजत",
                    "bhajat", "आपटून", "aaptun", "मारता रहा", "marta raha", "ghusa di", "घुसा दी", "दागी", "daagi",
                    "दाग दिया", "daag diya", "दागलं", "branded", "poured it on my own", "marto", "मारतो"),
    "sb_let_burn": ("jalne di", "जलने दी", "jalne diya", "जलने दिया", "जळू दिलं", "jalu dila", "let it burn",
                    "let it bleed", "khoon behne diya", "खून बहने दिया"),
    "sb_onto_mine": ("into my",),
    "sb_own": ("अपनी", "apni", "अपना", "apna", "my own", "swatahache", "स्वतःचे", "स्वतःचा", "swatahacha",
               "स्वतःची", "swatahachi", "khud ki", "खुद की", "khud ka", "खुद का"),
    "sb_dont_know_why": ("pata nahi kyu karta", "पता नहीं क्यों करता", "pata nahi kyun karta", "dont know why i do",
                         "don't know why i do", "mala ka asa karavasa vatta", "kay hotay kalat nahi",
                         "काय होतंय कळत नाही", "thambavta yet nahi", "थांबवता येत नाही", "can't stop myself",
                         "cant stop myself", "ruk nahi pata", "रुक नहीं पाता", "why do i do this", "why i do this",
                         "ka karto mahit nahi", "का करतो माहित नाही"),
    "sb_anger": ("राग आला की", "rag aala ki", "raag aala ki", "gussa", "गुस्सा", "गुस्से", "gusse", "rage", "angry",
                 "राग", "raag", "rag"),
    "sb_mishap": ("by mistake", "galti se", "गलती से", "chukun", "चुकून", "accident", "अपघात", "apghat"),
    # The marks lied about: "its me doing it", "मीच कापते".
    "sb_its_me": ("its me doing it", "it's me doing it", "i did it myself", "i do it myself", "मीच कापते", "मीच कापतो",
                  "mich kapte", "mich kapto", "main khud karta", "मैं खुद करता", "मैं खुद करती", "main khud karti"),
    "sb_lied": ("खोटं बोलले", "खोटं बोललो", "khota bolle", "khota bollo", "jhooth bola", "झूठ बोला", "jhooth boli",
                "झूठ बोली", "told her the", "told him the", "told them the", "lied"),
    "sb_marks": ("marks", "wrist", "निशान", "nishan", "व्रण", "vran", "scars", "cuts", "हाताला काय झालं",
                 "hatala kay jhala"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # The dispensary's poisons (round 80, the panchakarma centres): nux vomica and aconite.
    "poison": ("oxalic", "oxalic acid", "ऑक्झॅलिक", "कुचला", "कुचल्याचं", "कुचल्याचे", "kuchla", "kuchlyache", "kuchlyacha", "vatsanabh", "वत्सनाभ",
               "वत्सनाभाची", "vatsanabhachi", "bachnag", "बचनाग"),
}

TERRACE_OBITUARY_AND_THE_HAND_HELD_THERE: tuple[Combination, ...] = (
    Combination(S, (_g("sb_train_in_front"), _g("sb_stand_there")), 4, order=True, unless=_g("negation"),
                unless_reach=1),
    Combination(S, (_g("bl_train"), _g("sb_go_in_front")), 3, order=True, unless=_g("negation"), unless_reach=1),
    Combination(S, (_g("height", "edge", "sb_high_place"), _g("sb_there_now"), _g("sb_enough")),
                20, across=True, unless=_g("sb_up_there_for", "height_pastime"), unless_reach=3),
    Combination(S, (_g("height", "edge", "sb_high_place"), _g("sb_next_time")), 14, across=True),
    Combination(S, (_g("height", "edge", "sb_high_place"), _g("sb_came_down"), _g("sb_remembered")), 16,
                across=True),
    Combination(S, (_g("sb_water_place"), _g("sb_go_down_into"), _g("sb_no_return", "end")), 16, across=True),
    Combination(S, (_g("sb_swept_wish"), _g("first_person")), 8, across=True),
    Combination(S, (_g("sb_water_place", "sb_high_place"), _g("sb_there_now"), _g("sb_dont_tell")), 14,
                across=True),
    Combination(S, (_g("sb_mine"), _g("sb_tribute"), _g("sb_made_ready")), 16, across=True),
    Combination(S, (_g("sb_letters"), _g("sb_go_now", "sb_losses")), 40, across=True),
    Combination(S, (_g("world"), _g("sb_not_be")), 3),
    Combination(S, (_g("sb_my_being"), _g("sb_no_use")), 6),
    Combination(S, (_g("sb_nobody_miss"), _g("sb_if_gone")), 12, across=True),
    Combination(S, (_g("sb_living"), _g("sb_tired")), 4, unless=_g("sb_living_where"), unless_reach=1),
    Combination(S, (_g("sb_forever_rest"), _g("sb_want_it")), 4),
    Combination(S, (_g("sb_in_sleep_go"), _g("sb_feel_wish")), 6),
    Combination(S, (_g("rope_named"), _g("sb_rope_gaze", "sb_neck_thought")), 14, across=True),
    Combination(S, (_g("rope_named"), _g("sb_thanks_all")), 30, across=True),
    Combination(S, (_g("rope_named"), _g("sb_kept_there"), _g("sb_crying")), 16, across=True),
    Combination(S, (_g("sb_current"), _g("sb_grab")), 10, across=True),
    Combination(S, (_g("insurance"), _g("sb_only_plan")), 24, across=True),
    Combination(S, (_g("bl_keys", "sb_password"), _g("sb_no_trouble_later")), 24, across=True),
    Combination(SH, (_g("sb_body"), _g("sb_till"), _g("sb_damage", "bleed")), 12, across=True,
                unless=_g("sb_mishap"), unless_reach=6),
    Combination(SH, (_g("on_purpose"), _g("sb_body"), _g("sb_damage", "sb_harm_act", "bleed", "burn")), 10,
                across=True, unless=_g("negation"), unless_reach=1),
    Combination(SH, (_g("sb_dont_know_why"), _g("sb_body", "self"), _g("sb_harm_act", "sb_damage", "burn",
                                                                               "bleed")), 24, across=True),
    Combination(SH, (_g("sb_own"), _g("sb_body"), _g("burn", "sb_damage", "sb_harm_act")), 4, order=True,
                unless=_g("sb_mishap"), unless_reach=6),
    Combination(SH, (_g("sb_anger"), _g("sb_body"), _g("sb_damage")), 16, across=True),
    Combination(SH, (_g("sb_body"), _g("sb_let_burn")), 8),
    Combination(SH, (_g("sb_body"), _g("sb_till_damaged")), 10, across=True, unless=_g("sb_mishap"), unless_reach=6),
    Combination(SH, (_g("burn"), _g("sb_onto_mine"), _g("sb_body")), 6, order=True, unless=_g("sb_mishap"),
                unless_reach=6),
    Combination(S, (_g("sb_body_word"), _g("sb_leave_wish")), 4, unless=_g("negation"), unless_reach=1),
    Combination(S, (_g("sb_leave_the_body"), _g("want", "sb_feel_wish", "first_person", "mind_made_up")), 10,
                across=True),
    Combination(S, (_g("sb_fast"), _g("sb_no_water"), _g("sb_body_word", "sb_fast_to_the_end")), 24, across=True),
    Combination(S, (_g("sb_corpse_pose"), _g("sb_for_good")), 16, across=True),
    Combination(S, (_g("sb_bye_to_all"), _g("sb_never")), 20, across=True),
    Combination(S, (_g("tr_settled"), _g("sb_thanks_all", "tr_time_to_go")), 30, across=True),
    Combination(S, (_g("sb_water_takes"), _g("unreachable", "hf_not_home")), 30, across=True),
    Combination(S, (_g("sb_water_place", "height"), _g("sb_there_now"), _g("sb_go_down_into")), 16, across=True),
    Combination(SH, (_g("sb_its_me"), _g("sb_lied", "sb_marks")), 24, across=True),
)
