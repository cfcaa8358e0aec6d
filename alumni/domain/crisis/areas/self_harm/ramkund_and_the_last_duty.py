"""The ghat at night and the last duty (the reading of rounds 120-121: hostel-mess staff, record-room
clerks, freelance designers, home nurses, phlebotomists, dark-store pickers):

- at the river, the lake, the creek or the barrage, or up on a terrace: "I won't go home today", "tell
  mother sorry", "just heard mother's voice once", "one last look at it all", "not even scared looking
  down now", "thank you sir for everything"; reported: sitting there alone "and said bye on the phone",
  standing there "crying on the phone";
- the work handed over with no return: "give tomorrow's samples to someone else, I won't be there",
  "my route can go to Amol, I won't be needing it", "the locker emptied, from tomorrow I'll be nowhere",
  "don't anybody look for me";
- ending oneself in the words of the desk: "log out of this world", "shut myself down for good", the
  file of one's life closed, "my file closed" beside the debts paid off, "the contract ends tomorrow, and
  so do I";
- "being here or not is all the same", "nobody will cry for me", "nothing means anything any more",
  "may morning never come", "what is left to live for", "my time has come too";
- "if I go the wife gets the insurance", "they'd get my LIC money faster than my invoices", "if I go the
  house will be at peace";
- the rope "bought for grandfather's bed, really for me", the charger wire measured "it reaches the fan",
  the rope tied on the highest rack "can't any more", staring at the ceiling fan "how easy it would be";
  the truck one drives into or prays will take one, the car turned off the bridge into the river;
- reported: the ID card and wallet left on the bed, not home, the phone off; a goodbye voice message and
  the phone unreachable; not home for days and "mother forgive me"; locked in with blood on the hand; a
  rope found under the desk of one who will not come out;
- self-harm: pins, needles and the scalpel pushed into one's own skin, lines drawn with the cutter, "it
  hurts and I feel lighter", the glue gun's burn, the slaps that swelled the eye, the head banged till it
  needed stitches, "punishing myself", "I deserved it";
- overdose: the rat poison's packet open "now only to eat it", the toilet acid brought to the room "enough
  now", three insulin pens on oneself.

Words and the rules that read them (appended to the area's COMBINATIONS by readings_from_round_50.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH, OD = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    # Water and heights the lexicon's lists lack, inflected as typed.
    "rk_water": ("barrage", "बैराज", "बराज", "barrage pe", "ramkund", "रामकुंड", "खाडीजवळ", "khadijaval", "talavakade",
                 "तलावाकडे", "तलावावर", "talavavar", "तलावाच्या", "talavachya", "तालाब के किनारे", "talab ke kinare",
                 "गोमती", "gomti", "gomati", "nadi kinare", "नदी किनारे", "ghat pe", "घाट पे", "ghatavar"),
    "rk_balcony": ("balcony", "बाल्कनी", "बालकनी", "floor balcony"),
    # Said there: not going home, the last words.
    "rk_not_home": ("घरी जाणार नाही", "ghari janar nahi", "घरी नाही जाणार", "ghari nahi janar", "घर नहीं जाऊँगी",
                    "घर नहीं जाऊंगी", "घर नहीं जाऊँगा", "ghar nahi jaungi", "ghar nahi jaaungi", "ghar nahi jaunga",
                    "won't go home", "wont go home", "not going home", "come back inside", "coming back inside",
                    "not going back home"),
    "rk_last_sign": ("aai la sanga sorry", "aaila sanga sorry", "आईला सांगा सॉरी", "आई ला सांगा sorry",
                     "aai la sorry sanga", "maa ko sorry bolna", "माँ को सॉरी बोलना", "tell mom sorry", "tell my mom sorry",
                     "tell mother sorry", "माँ की आवाज़ सुन ली", "माँ की आवाज सुन ली", "maa ki awaaz sun li",
                     "maa ki aawaz sun li", "maa ki awaz sun li", "शेवटचं बघून घेतो", "shevatcha baghun gheto",
                     "शेवटचं पाहून घेतो", "shevatcha pahun gheto", "one last look", "आखिरी बार देख", "aakhri baar dekh",
                     "डर भी नहीं लग रहा", "dar bhi nahi lag raha", "not even scared", "भीती पण वाटत नाही",
                     "bhiti pan vatat nahi", "thank you sir sagla sathi", "sagla sathi thank you", "सगळ्यासाठी thank you",
                     "सगळ्यासाठी धन्यवाद", "thank you for everything", "thanks for everything", "sab ke liye shukriya",
                     "सब के लिए शुक्रिया", "संभाल लेंगी", "sambhal lengi", "tell her sorry",
                     "sorry from me"),
    "rk_note": ("wrote a note", "note likhi", "note likh", "नोट लिखी", "नोट लिख", "चिठ्ठी लिहिली", "chitthi lihili",
                "चिट्ठी लिख", "chitthi likh"),
    "rk_there_now": ("khada hai", "खड़ा है", "खडा है", "baitha hai", "बैठा है", "basla aahe", "basla ahe", "बसला आहे",
                     "ubha aahe", "ubha ahe", "उभा आहे", "ekta basla", "एकटा बसला", "akela baitha", "अकेला बैठा",
                     "sitting alone", "standing there"),
    "rk_bye_or_tears": ("bye mhanala", "bye mhanali", "बाय म्हणाला", "bye bola", "bye boli", "बाय बोला", "said bye",
                        "ro raha tha", "रो रहा था", "ro rahi thi", "रो रही थी", "radat hota", "रडत होता", "was crying"),
    "rk_my_pay": ("माझा पगार", "maza pagar", "mazha pagar", "मेरी सैलरी", "meri salary", "my salary", "my pay"),
    "rk_give": ("द्या", "dya", "de dena", "दे देना", "give it to", "give to"),
    "rk_wont_do_anything": ("काही करणार नाही", "kahi karnar nahi", "कुछ नहीं करूंगा", "kuch nahi karunga",
                            "won't do anything", "wont do anything"),
    "rk_cant_say_so": ("नाही म्हणू शकत", "nahi mhanu shakat", "नहीं कह सकता", "nahi keh sakta", "can't promise",
                       "cant promise", "can't say", "cant say"),
    # The work handed over, and no return after it.
    "rk_handover": ("दुसऱ्या कोणाला तरी द्या", "dusrya konala tari dya", "दुसऱ्याला द्या", "dusryala dya",
                    "कुणीतरी दुसरं पाठवा", "kunitari dusra pathva", "किसी और को दे देना", "kisi aur ko de dena",
                    "kisi aur ko de do", "maza route", "माझा रूट", "मेरा route", "mera route", "my route can go",
                    "route can go to", "कल की लिस्ट", "kal ki list", "locker रिकामा", "locker rikama", "लॉकर रिकामा",
                    "emptied my locker", "cleared my locker", "locker khali kar", "ID card lab पे रख",
                    "id card rakh diya", "शेवटची ड्युटी", "शेवटची नाईट ड्युटी", "shevatchi duty", "last duty",
                    "last shift", "आखिरी ड्यूटी", "aakhri duty", "आखिरी शिफ्ट"),
    "rk_gone_for_good": ("मी नसेन", "mi nasen", "मी कुठेच नसणार", "mi kuthech nasnar", "कुठेच नसणार", "kuthech nasnar",
                         "nahi yenar ata kadhich", "कधीच येणार नाही", "kadhich yenar nahi", "ata kadhich", "आता कधीच",
                         "i wont be needing it", "i won't be needing it", "wont be needing it", "won't need it anymore",
                         "मेरा हिसाब आज खतम", "mera hisab aaj khatam", "मेरा हिसाब खतम", "माझं सगळं संपलं",
                         "maza sagla sampla", "mazha sagla sampla", "कहीं नहीं रहूंगा", "kahin nahi rahunga"),
    # A handing over for leave, a move or a new job, not for good.
    "rk_leave_reason": ("leave", "chutti", "छुट्टी", "सुट्टी", "sutti", "रजा", "gavi", "गावी", "gaon", "गांव", "transfer",
                        "new job", "नवीन नोकरी", "joining", "resign", "resigned", "राजीनामा", "shaadi", "शादी", "लग्न",
                        "lagna", "wedding", "operation", "exam", "trip", "tour"),
    # Away on a journey, with the phone off for that.
    "rk_travel": ("train", "network", "flight", "bus", "journey", "travel", "प्रवास", "pravas", "safar", "सफर"),
    # A late or cold morning, or an exam, dreaded: not a wish to die.
    "rk_morning_dreaded": ("late", "उशिरा", "ushira", "alarm", "thandi", "थंडी", "cold", "परीक्षा", "pariksha", "exam",
                           "holiday", "sutti", "chutti", "सुट्टी"),
    "rk_nowhere": ("मी कुठेच नसणार", "mi kuthech nasnar", "मी कुठेच नसेन", "mi kuthech nasen", "मुझे कोई ढूँढना मत", "मुझे कोई ढूंढना मत",
                   "mujhe koi dhundhna mat", "mujhe koi dhundna mat", "mujhe mat dhundna", "मला शोधू नका",
                   "mala shodhu naka", "don't look for me", "dont look for me", "don't come looking for me"),
    # Ending oneself in the words of the desk.
    "rk_shut_down": ("log out", "logout", "लॉग आउट", "shut down", "shutdown", "शट डाउन", "file close", "फाईल बंद",
                     "file band", "फाइल बंद", "file बंद", "फाईल close", "uninstall", "delete"),
    "rk_of_me": ("स्वतःलाच", "swatahalach", "खुद को", "khud ko", "myself", "इस दुनिया से", "is duniya se",
                 "from this world", "या जगातून", "ya jagatun", "life ची", "life chi", "life ki", "लाइफ की",
                 "जिंदगी की", "zindagi ki", "आयुष्याची", "ayushyachi"),
    "rk_my_file_closed": ("माझी फाईल बंद", "mazi file band", "majhi file band", "मेरी फाइल बंद", "meri file band",
                          "my file is closed", "my file closed"),
    "rk_debts_settled": ("उधारी चुकती केली", "udhari chukti keli", "कर्ज चुकवलं", "karz chukavla",
                         "सबका उधार चुका दिया", "sab ka udhaar chuka diya", "paid everyone back", "cleared all my dues",
                         "सगळ्यांचे पैसे दिले", "saglyanche paise dile"),
    "rk_ending": ("end हो रहा", "end ho raha", "खतम हो रहा", "khatam ho raha", "खत्म हो रहा", "संपतोय", "samptoy",
                  "ends tomorrow", "ending tomorrow", "ends", "ending", "is ending", "संपणार", "sampnar", "end hoil", "end होईल"),
    "rk_and_me_too": ("और मैं भी", "aur main bhi", "aur mai bhi", "आणि मी पण", "ani mi pan", "आणि मीही", "and so do i",
                      "and so am i", "and me too", "and so will i"),
    # Hopelessness said whole.
    "rk_being_or_not": ("asna na asna", "असणं नसणं", "असणं न असणं", "asna nasna", "hona na hona", "होना न होना",
                        "rahu ya na rahu", "रहूँ या ना रहूँ", "रहूं या न रहूं", "whether i live or die",
                        "whether im here or not", "whether i'm here or not"),
    "rk_no_difference": ("sarkhach", "सारखंच", "sarkhach ahe", "ek barabar", "एक बराबर", "farak nahi", "फरक नाही",
                         "फर्क नहीं", "fark nahi", "farq nahi", "doesn't matter", "doesnt matter", "no difference",
                         "all the same"),
    "rk_nobody_cries": ("koni radnar nahi", "कोणी रडणार नाही", "koni radnar pan nahi", "कोणी रडणार पण नाही",
                        "कोई नहीं रोएगा", "koi nahi royega", "no one will cry for me", "nobody will cry for me",
                        "nobody would miss me", "no one will miss me", "no one would miss me"),
    "rk_meaning_gone": ("कशालाच अर्थ उरला नाही", "kashalach arth urla nahi", "kashalach artha urla nahi",
                        "कशालाच अर्थ नाही", "kisi cheez ka matlab nahi raha", "किसी चीज़ का मतलब नहीं रहा",
                        "nothing means anything", "kuch matlab nahi bacha", "कुछ मतलब नहीं बचा"),
    "rk_no_morning": ("सकाळ होऊच नये", "सकाळ होऊ नये", "sakal houch naye", "sakal hou naye", "सुबह ही न हो",
                      "subah hi na ho", "उठूच नये", "uthuch naye", "kabhi na uthu", "कभी न उठूं", "कभी ना उठूँ",
                      "hope i don't wake up", "hope i dont wake up", "never wake up again"),
    "rk_left_to_live": ("kya bacha jeene ko", "क्या बचा जीने को", "jeene ko kya bacha", "जीने को क्या बचा",
                        "जीने के लिए क्या बचा", "jeene ke liye kya bacha", "jagayla kay urla", "जगायला काय उरलं",
                        "jagnyasathi kay urla", "जगण्यासाठी काय उरलं", "whats left to live for", "what's left to live for",
                        "nothing left to live for"),
    "rk_my_time_too": ("मेरा भी time आ गया", "mera bhi time aa gaya", "मेरा भी टाइम आ गया", "मेरा भी वक्त आ गया",
                       "mera bhi waqt aa gaya", "माझी पण वेळ आली", "majhi pan vel aali", "mazi pan vel ali",
                       "my time has come too"),
    # What the family would get.
    "rk_payout": ("इन्शुरन्स*", "insurance*", "lic money", "lic ka paisa", "lic cha paisa", "एलआयसीचे", "विम्याचे",
                  "vimyache", "बीमे का"),
    "rk_would_get": ("मिळतील", "milatil", "मिळेल", "milel", "milenge", "मिलेंगे", "mil jayenge", "मिल जाएंगे",
                     "would get", "will get"),
    "rk_than_me": ("faster than", "sooner than", "more than me", "than my invoices", "jaldi milega", "जल्दी मिलेगा"),
    "rk_peace_after": ("शांत होईल", "shant hoil", "सुखी होतील", "sukhi hotil", "सुखी राहतील", "sukhi rahtil",
                       "सुकून से रहेंगे", "sukoon se rahenge", "चैन से रहेंगे", "chain se rahenge", "better off",
                       "tras nahi", "त्रास नाही", "tras pan nahi", "त्रास पण नाही"),
    # The rope and where it goes.
    "rk_rope": ("dorikhanda", "dorkhand", "दोरखंड", "रस्सी", "rassi", "rope", "दोरी", "dori", "चार्जर की तार",
                "charger ki taar", "charger wire", "charger cable"),
    "rk_really_for_me": ("खरं तर माझ्यासाठी", "khara tar mazyasathi", "khare tar mazyasathi", "असल में मेरे लिए",
                         "asal me mere liye", "actually for me", "really for me", "really it is for me"),
    "rk_measured": ("नाप ली", "naap li", "nap li", "measured", "मोजली", "mojli", "पहुँच जाती", "पहुंच जाती",
                    "pahunch jati", "reaches the fan"),
    "rk_hang_point": ("पंखे", "pankhe", "पंखा", "pankha", "ceiling fan", "the fan", "रैक", "rack", "रॅक", "beam",
                      "hook", "kadi", "कडी"),
    "rk_tied_high": ("रस्सी बाँध दी", "रस्सी बांध दी", "rassi bandh di", "rassi baandh di", "दोरी बांधली",
                     "dori bandhli", "tied the rope", "rope tied"),
    "rk_cant_anymore": ("अब और नहीं होगा", "ab aur nahi hoga", "अब और नहीं होता", "ab aur nahi hota",
                        "आता नाही होत", "ata nahi hot", "can't do this anymore", "cant do this anymore"),
    "rk_so_easy": ("how easy it wud be", "how easy it would be", "kitna aasaan hoga", "कितना आसान होगा", "kiti sopa",
                   "किती सोपं"),
    # The vehicle one drives in front of, or prays will take one.
    "rk_truck": ("truck samor", "ट्रक समोर", "ट्रकसमोर", "trucksamor", "truck ke saamne", "ट्रक के सामने", "in front of a truck", "a truck on",
                 "truck on"),
    "rk_truck_takes": ("takes me", "take me", "ghalavi", "घालावी", "घालायचं", "ghalaycha", "ghalavi asa vichar", "ले जाए", "le jaye",
                       "udvel", "उडवेल", "runs me over", "hits me"),
    "rk_turn_into": ("मोड़ दूँ", "मोड़ दूं", "mod du", "mod dun", "वळवावी", "valvavi", "steer into", "turn it into"),
    # Reported.
    "rk_left_behind": ("left his id", "left his wallet", "id card and wallet", "wallet on the bed", "ID card और पर्स",
                       "phone ghari thevun gela", "फोन घरी ठेवून गेला", "पर्स घर पे छोड़", "left his phone at home"),
    "rk_not_come_home": ("didn't come home", "didnt come home", "hasn't come home", "hasnt come home", "ghar nahi aaya",
                         "घर नहीं आया", "ghari ala nahi", "घरी आला नाही", "ghari nahi", "घरी नाही"),
    "rk_farewell_message": ("निरोपाचा", "niropacha", "goodbye message", "goodbye voice", "alvida ka message",
                            "अलविदा का मैसेज", "farewell message", "आखिरी मैसेज", "aakhri message"),
    "rk_forgive_me": ("mala maaf kar", "मला माफ कर", "mala maf kar", "mujhe maaf kar", "मुझे माफ कर", "forgive me"),
    "rk_locked_self": ("खुद को बंद कर लिया", "khud ko band kar liya", "स्वतःला खोलीत कोंडून", "स्वतःला कोंडून",
                       "swatahala kondun", "kondun ghetla", "कोंडून घेतलंय", "locked himself", "locked herself"),
    "rk_blood": ("खून", "khoon", "khun", "रक्त", "rakt", "rakta", "blood", "bleeding"),
    "rk_rope_found": ("found a rope", "rope under", "rassi mili", "रस्सी मिली", "दोरी सापडली", "dori sapadli"),
    "rk_not_out": ("hasn't come out", "hasnt come out", "bahar nahi nikla", "बाहर नहीं निकला", "baher aala nahi",
                   "बाहेर आला नाही", "won't come out", "wont come out"),
    # Self-harm.
    "rk_sharp": ("pin", "pins", "पिन", "stapler pin", "stapler pins", "सुई", "sui", "सुईने", "suine", "needle",
                 "needles", "syringe", "सिरिंज", "scalpel", "स्कॅल्पेल", "स्कैलपेल", "lancet", "लैंसेट", "safety pin",
                 "compass", "कंपास"),
    "rk_pierce": ("chubhati", "chubhata", "chubhana", "चुभाती", "चुभाता", "चुभाई", "chubhai", "चुभोती", "chubhoti",
                  "tochat", "टोचत", "टोचून", "tochun", "टोचली", "tochli", "टोचते", "tochte", "gode", "गोदे", "godta",
                  "गोदता", "pushing", "poking", "jabbing", "jabbed"),
    # (not "apna" alone: its letters are Marathi's "पण", but, also)
    "rk_own": ("khud ko", "खुद को", "swatahala", "स्वतःला", "apna haath", "अपना हाथ", "apne haath", "अपने हाथ",
               "apne pair", "अपने पैर", "apni jangh", "apne aap", "अपने आप", "my own", "into my", "swatahachya",
               "स्वतःच्या", "khud ke", "खुद के"),
    "rk_cutter": ("paper cutter", "पेपर कटर", "cutter", "कटर", "scalpel", "स्कॅल्पेल", "razor", "blade"),
    "rk_line_drawn": ("line kheench", "line kheenchi", "लाइन खींच", "लाईन खींच", "line odhli", "लाईन ओढली",
                      "lines on"),
    "rk_body": ("haath", "हाथ", "हात", "hatavar", "हातावर", "pair", "पैर", "pay", "पाय", "payavar", "thigh", "मांडी",
                "mandi", "jangh", "जांघ", "arm", "arms", "thighs", "wrist", "kalai pe", "कलाई पे", "कलाई पर"),
    "rk_hurt_relief": ("dukhla ki halka", "दुखलं की हलकं", "dukhla ki halka vatta", "dard se sukoon", "दर्द से सुकून",
                       "dard chahiye tha", "दर्द चाहिए था", "bas dard chahiye", "pain helps", "hurting feels better"),
    "rk_hot_tool": ("glue gun", "ग्लू गन", "soldering", "सोल्डरिंग", "heat gun"),
    "rk_burnt": ("भाजलं", "bhajla", "bhajle", "भाजले", "jala liya", "जला लिया", "jala diya", "जला दिया", "burnt", "burned"),
    "rk_cheek": ("gaalat", "गालात", "gaal pe", "गाल पे", "gaalavar", "गालावर", "my face", "chehre pe"),
    "rk_slaps": ("thapda", "थापडा", "थप्पड़", "thappad", "slapped", "slaps", "chapta", "चापटा"),
    "rk_head_bang": ("डोकं आपटत", "doka aaptat", "डोकं आपटलं", "doka aaptla", "sir patak", "सिर पटक", "sar patak",
                     "head banging", "banged my head", "banging my head"),
    "rk_while_working": ("kartana", "करताना", "karte hue", "करते हुए", "while", "by mistake", "chukun", "चुकून",
                         "galti se", "गलती से", "accidentally"),
    "rk_marks": ("sujla", "सुजला", "suja", "सूज", "swollen", "neeli", "नीली", "went blue", "turned blue",
                 "टाके पडले", "take padle", "टांके लगे", "stitches", "nishan", "निशान"),
    "rk_punish_self": ("saza de raha tha khud ko", "khud ko saza", "खुद को सज़ा", "खुद को सजा", "स्वतःला शिक्षा",
                       "swatahala shiksha", "punish myself", "punishing myself", "i deserved it", "deserved the pain"),
    # Overdose.
    "rk_poison": ("rat poison", "उंदराचं औषध", "चूहे मारने की दवा", "ॲसिड", "acid", "ऍसिड", "एसिड", "toilet cleaner",
                  "harpic"),
    "rk_just_eat_now": ("अब बस खाना है", "ab bas khana hai", "bas khana baki", "ata fakt khaycha", "आता फक्त खायचं",
                        "now i just have to eat it", "bas nigalna hai", "बस निगलना है"),
    "rk_brought_in": ("खोलीवर आणलंय", "kholivar anlay", "खोलीत आणलंय", "kholit anlay", "room me le aaya",
                      "कमरे में ले आया", "brought it to my room", "brought it to the room"),
    "rk_bas_now": ("बस आता", "bas ata", "bas aata", "bas ab", "बस अब", "enough now"),
    "rk_insulin": ("insulin", "इन्सुलिन", "इंसुलिन"),
    "rk_many_pens": ("3 pen", "तीन पेन", "teen pen", "2 pen", "दोन पेन", "don pen", "saare pen", "all the pens",
                     "पूरा पेन", "poora pen", "whole pen"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

# Water and heights, the lexicon's and this reading's (widened by spray_bottle_and_the_autoclave.py).
PLACE = _g("wr_water", "pl_rivers", "pl_bridge", "br_deep_place", "rk_water", "high_place", "tall_structure",
           "rk_balcony")
_FAREWELL = _g("rk_not_home", "rk_last_sign")

RAMKUND_AND_THE_LAST_DUTY: tuple[Combination, ...] = (
    Combination(S, (PLACE, _FAREWELL), 20, across=True, unless=_g("wr_until"), unless_reach=3),
    Combination(S, (PLACE, _g("rk_there_now"), _g("rk_bye_or_tears")), 20, across=True),
    Combination(S, (_g("rk_handover"), _g("rk_gone_for_good")), 30, across=True, unless=_g("rk_leave_reason"),
                unless_reach=30),
    Combination(S, (_g("rk_nowhere"),), unless=_g("rk_leave_reason"), unless_reach=12),
    Combination(S, (_g("rk_cant_anymore"), PLACE), 20, across=True),
    Combination(S, (_g("rk_note", "farewell_note"), _g("rk_last_sign")), 30, across=True),
    Combination(S, (_g("rk_my_pay"), _g("rk_give"), _g("apology")), 20, across=True),
    Combination(S, (_g("rk_wont_do_anything"), _g("rk_cant_say_so")), 6),
    Combination(S, (_g("rk_shut_down"), _g("rk_of_me")), 4),
    Combination(S, (_g("rk_my_file_closed"), _g("rk_debts_settled")), 20, across=True),
    Combination(S, (_g("rk_ending"), _g("rk_and_me_too")), 4, order=True),
    Combination(S, (_g("rk_being_or_not"), _g("rk_no_difference")), 6),
    Combination(S, (_g("rk_nobody_cries"),)),
    Combination(S, (_g("rk_meaning_gone"),)),
    Combination(S, (_g("rk_no_morning"),), unless=_g("rk_morning_dreaded"), unless_reach=12),
    Combination(S, (_g("rk_left_to_live"),)),
    Combination(S, (_g("rk_my_time_too"),)),
    Combination(S, (_g("br_if_i_go", "pl_if_i_go"), _g("br_payout", "rk_payout"), _g("rk_would_get")), 12, across=True),
    Combination(S, (_g("br_payout", "rk_payout"), _g("rk_would_get"), _g("rk_than_me")), 8),
    Combination(S, (_g("br_if_i_go", "pl_if_i_go"), _g("rk_peace_after")), 12, across=True),
    Combination(S, (_g("rk_rope"), _g("rk_really_for_me")), 12, across=True),
    Combination(S, (_g("rk_rope"), _g("rk_measured"), _g("rk_hang_point")), 12, across=True),
    Combination(S, (_g("rk_tied_high"), _g("rk_cant_anymore")), 20, across=True),
    Combination(S, (_g("rk_so_easy", "br_so_easy"), _g("rk_hang_point")), 30, across=True),
    Combination(S, (_g("rk_truck"), _g("rk_truck_takes")), 6),
    Combination(S, (_g("vehicle", "br_vehicle"), PLACE, _g("rk_turn_into")), 10, across=True),
    # reported
    Combination(S, (_g("rk_left_behind"), _g("rk_not_come_home", "unreachable")), 30, across=True),
    Combination(S, (_g("rk_farewell_message"), _g("unreachable")), 30, across=True, unless=_g("rk_travel"),
                unless_reach=30),
    Combination(S, (_g("rk_not_come_home"), _g("rk_forgive_me")), 30, across=True),
    Combination(S, (_g("rk_locked_self", "locked_in"), _g("rk_blood")), 20, across=True),
    Combination(S, (_g("rk_rope_found"), _g("rk_not_out", "locked_in")), 20, across=True),
    # self-harm
    Combination(SH, (_g("rk_sharp"), _g("rk_pierce"), _g("rk_own")), 8,
                unless=_g("by_accident", "hod_accident"), unless_reach=8),
    Combination(SH, (_g("rk_cutter"), _g("rk_line_drawn"), _g("rk_body")), 6),
    Combination(SH, (_g("rk_hurt_relief"), _g("rk_sharp", "rk_pierce", "cutting_tool", "blade", "rk_cutter")), 12,
                across=True),
    Combination(SH, (_g("rk_hot_tool"), _g("rk_own"), _g("rk_burnt")), 6),
    Combination(SH, (_g("rk_own"), _g("rk_cheek"), _g("rk_slaps")), 6),
    Combination(SH, (_g("br_head_banged", "rk_head_bang"), _g("rk_marks")), 20, across=True),
    Combination(SH, (_g("rk_own"), _g("rk_burnt")), 2, order=True, unless=_g("by_accident", "rk_while_working"),
                unless_reach=8),
    Combination(SH, (_g("br_head"), _g("br_banged"), _g("rk_marks")), 20, across=True),
    Combination(SH, (_g("rk_punish_self"), _g("rk_marks")), 20, across=True),
    # overdose
    Combination(OD, (_g("poison", "rk_poison"), _g("rk_just_eat_now")), 12, across=True),
    Combination(OD, (_g("poison", "rk_poison"), _g("rk_brought_in"), _g("rk_bas_now", "pl_enough", "fw_enough_now")), 12,
                across=True),
    Combination(OD, (_g("rk_insulin"), _g("rk_many_pens")), 6),
)
