"""The pind and the minaret (the reading of rounds 124-125: number-plate and sticker shops, bank-mitra kiosks
and cash agents, village dais and maternity ayahs, pujaris and purohits at the tirthas, madrasa teachers and
muezzins, truck khalasis):

- one's own last rites asked for or made ready: "prepare my pind now", "you do my dashkriya, guruji", "I'm
  getting my own ghusl ready", the janaza's money in an envelope, a place kept at the qabristan "for me", the
  ghusl man told he'll be needed soon "and not for anyone else", "he says he'll do his own shraddh";
- the morning refused: "won't see tomorrow's sun", "don't want to wake up tomorrow", "let me go in my sleep";
- the last things done: the Aadhaar card in the pocket "so they can identify me", the phone switched off on
  the fort's cliff, "nobody can stop me now" beside the letters left for everyone, "called everyone and said
  sorry, wanted to hear their voices a last time", the Quran finished a last time "Allah hafiz to all", "gave
  my cycle and watch away, I won't need anything now", "my work in this world is over", "I'm going too.
  bye", "sorry mother, I'm going, don't cry";
- the duty handed over with no return: "give Friday's khutba to someone else, I won't be there by then",
  "take my name off the muezzin's list, I won't be here next month", "my voice won't be in this mosque";
- the height, the road, the well and the train: "right here, the right place" from the top of the steps,
  "finish it from here" above the valley, "one step forward and it's over" before the trucks, "when the next
  train comes, that's it. sorry", "if the moneylender takes the house I'll go into the well that day", "the
  well is the only way", "I won't take a wrong step... I just stand on the bridge", "if you don't see me at
  fajr, don't search"; "after this last trip nobody will have a problem with me"; "after I'm gone it won't
  matter to anyone"; sleeping under the trailer "so nobody knows it was on purpose";
- reported: her slippers found near the bridge, missing since yesterday; "said you won't find me now", the
  phone off; sitting at the Kushavarta "won't come back"; "give salaam to everyone" from the bridge; sitting on
  the edge of the minaret; "let me go" staring at the fan all night; the gas cylinder opened and the room shut;
- overdose: the wheat-storage tablets brought from the village "I'll eat them tonight", the ampoules "all at
  once", the acid "I'll end it tonight", the pill box in the hand and crying, "gave herself something by
  injection, her breathing is low";
- self-harm: the blade marks hidden under full sleeves "three new ones", the rivet nail through the hand, the
  head banged on the shutter till it bled, hot glue and the candle's flame on the fingers, the belt on
  oneself, one's own face hit, the hand rubbed on the sandalwood stone till it bled, the koyta on one's own
  arm, nails raking the neck, kite string pulled till the fingers cut, wounds made on the legs.

Words and the rules that read them (appended to the area's COMBINATIONS by readings_from_round_50.py).
"""
from __future__ import annotations

from alumni.domain.crisis.areas.self_harm.ramkund_and_the_last_duty import PLACE
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH, OD = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE

# Whose rites: the writer's own, said just before the rite's name ("maze pind", "मेरा जनाज़ा").
_OWN = ("maze", "majhe", "माझे", "maza", "majha", "माझा", "mazi", "majhi", "माझी", "माझं", "mazha", "majhya", "माझ्या",
        "mazya", "माझ्याच", "majhyach", "mazyach", "mera", "मेरा", "meri", "मेरी", "mere", "मेरे", "apna", "अपना",
        "apni", "अपनी", "khud ka", "खुद का", "khud ki", "खुद की", "स्वतःचं", "swatahacha", "swatacha", "स्वतःचा",
        "स्वतःची", "swatachi", "my", "my own", "his own", "her own")
_RITES = ("shraddh", "shraddha", "shradh", "श्राद्ध", "pind", "पिंड", "dashkriya", "दशक्रिया", "दशक्रिया विधी",
          "dashkriya vidhi", "terahvi", "तेरहवीं", "तेरहवी", "tervi", "antyeshti", "अंत्येष्टि", "antyasanskar",
          "अंत्यसंस्कार", "janaza", "janazah", "जनाज़ा", "जनाजा", "janazyacha", "जनाज्याचा", "janaze", "जनाज़े", "जनाजे", "ghusl", "गुस्ल", "ग़ुस्ल",
          "गुस्लची", "ghuslchi", "kafan", "कफ़न", "कफन", "qabr", "kabr", "कब्र", "क़ब्र", "funeral", "cremation",
          "chita", "चिता", "arthi", "अर्थी", "tirdi", "तिरडी", "mayyat", "मय्यत")

NEW: dict[str, tuple[str, ...]] = {
    # One's own last rites.
    "pq_own_rite": tuple(f"{own} {rite}" for own in _OWN for rite in _RITES),
    "pq_self_rite": ("apna shraddh", "apna shraddh karega", "khud ka shraddh", "खुद का श्राद्ध", "अपना श्राद्ध",
                     "his own shraddh", "his own shraddha", "own funeral", "स्वतःचं श्राद्ध", "स्वतःचे श्राद्ध",
                     "swatahache shraddh", "स्वतःचा पिंड", "own last rites"),
    "pq_rite": _RITES,
    "pq_ready": ("tayar kara", "तयार करा", "tayar kar", "तैयार कर", "taiyari", "तैयारी", "tayari", "तयारी", "kar do",
                 "कर दो", "tumhich kara", "तुम्हीच करा", "aapan kara", "kharcha", "खर्चा", "खर्च", "lifafyat",
                 "लिफाफ्यात", "lifafe me", "लिफाफे में", "envelope", "karega", "करेगा", "karnar", "करणार", "soon",
                 "lavkar", "लवकर", "jaldi", "जल्दी"),
    "pq_graveyard": ("qabristan", "kabristan", "kabrastan", "qabrastan", "कब्रस्तान", "क़ब्रिस्तान", "कब्रस्तानच्या",
                     "kabrastanchya", "कब्रिस्तान", "shamshan", "श्मशान", "smashan", "स्मशान", "smashanat", "स्मशानात",
                     "cemetery", "graveyard", "mujawar", "मुजावर", "मुजावरला"),
    "pq_for_me": ("माझ्यासाठी", "mazyasathi", "majhyasathi", "mere liye", "मेरे लिए", "its for me", "it's for me",
                  "for myself", "swatasathi", "स्वतःसाठी"),
    "pq_keep_place": ("jagah", "जगह", "जागा", "jaga", "corner", "kona", "कोना", "plot", "ठेवायला", "thevayla",
                      "rakhna", "रखना", "empty", "khali", "खाली"),
    "pq_needed_soon": ("jaldi unki zarurat", "jaldi zarurat padegi", "जल्दी ज़रूरत पड़ेगी", "जल्दी जरूरत पड़ेगी",
                       "lavkarach garaj padel", "लवकरच गरज पडेल", "needed soon", "will be needed soon"),
    # The morning refused.
    "pq_no_sun": ("उद्या सूर्य बघणार नाही", "udya surya baghnar nahi", "उद्याचा सूर्य बघणार नाही",
                  "udyacha surya baghnar nahi", "उद्याचा सूर्य पाहणार नाही", "udyacha surya pahnar nahi",
                  "kal ka suraj nahi dekhunga", "कल का सूरज नहीं देखूंगा", "कल का सूरज नहीं देख पाऊंगा",
                  "kal ka suraj nahi dekh paunga", "won't see tomorrow's sun", "wont see tomorrows sun",
                  "won't see the sun rise"),
    "pq_wake": ("dont want to wake up", "don't want to wake up", "do not want to wake up", "dont wanna wake up",
                "uthaychach nahi", "उठायचंच नाही", "uthaychech nahi", "uthnach nahi", "उठना ही नहीं",
                "utha hi nahi jaye", "jaagna hi nahi", "जागना ही नहीं", "never wake up", "not wake up again"),
    "pq_morning": ("tomorrow", "udya", "उद्या", "kal", "कल", "subah", "सुबह", "sakali", "सकाळी", "again", "ever", "parat",
                   "परत", "roj", "रोज"),
    "pq_early": ("early", "lavkar", "लवकर", "jaldi", "जल्दी", "shift", "duty", "ड्युटी", "school", "college", "office",
                 "exam", "5 baje", "5 वाजता", "monday"),
    "pq_go_in_sleep": ("zhopetach jau", "zopetach jau", "झोपेतच जाऊ", "zhopetach jaaun", "झोपेतच जाऊन", "zopetach jaaun",
                       "neend me hi chala jau", "नींद में ही चला जाऊं", "neend me hi mar jau", "नींद में ही मर जाऊं",
                       "go in my sleep", "die in my sleep"),
    # The last things done.
    "pq_id_card": ("aadhar", "aadhaar", "आधार", "आधार कार्ड", "aadhar card", "id card", "pan card", "license",
                   "licence", "ओळखपत्र", "olakhpatra", "pehchan patra", "पहचान पत्र"),
    "pq_to_be_identified": ("ताकि पहचान हो जाए", "taki pehchan ho jaye", "पहचान हो जाए", "pehchan ho jaye",
                            "pehchaan ho jaye", "ओळख पटेल", "olakh patel", "ओळख पटावी", "olakh patavi",
                            "so they can identify", "to identify me", "identify the body", "identify me"),
    "pq_phone_off_now": ("फोन बंद करतोय", "phone band kartoy", "phone band kar raha", "फोन बंद कर रहा",
                         "switching off my phone", "switching my phone off", "turning my phone off",
                         "phone off kar raha", "phone switch off kartoy", "फोन स्विच ऑफ करतोय"),
    "pq_height": ("कड्यावर", "kadyavar", "kaddyavar", "कड्यावरून", "kadyavarun", "दरीत", "darit", "dari me",
                  "खाई में", "khai me", "खाईत", "khaait", "minaret", "मीनार", "minar", "मिनार", "मिनारवर", "minarvar",
                  "ब्रह्मगिरीवर", "brahmagirivar", "सिंहगडच्या", "sinhagadchya", "seedhi chadh", "सीढ़ी चढ़",
                  "टेकडीवर", "tekdivar", "पहाड़ी पर", "pahadi par", "pahadi pe", "top pe", "upar se", "ऊपर से",
                  "वरून खाली", "varun khali", "पुलावरून", "pulavarun", "pul se", "पुल से", "niche dekha", "नीचे देखा", "खाली दरी", "khali dari"),
    "pq_end_here": ("इथूनच संपवतो", "ithunach sampavto", "ithunch sampavto", "इथेच संपवतो", "ithech sampavto",
                    "yahi se khatam", "यहीं से खत्म", "yahi khatam kar", "यहीं खत्म कर", "end it from here",
                    "end it here"),
    "pq_right_place": ("yahi sahi jagah", "यही सही जगह", "yahich yogya jaga", "right place for it"),
    "pq_no_one_stops": ("मुझे कोई रोक नहीं सकता", "mujhe koi rok nahi sakta", "koi rok nahi sakta",
                        "कोई रोक नहीं सकता", "मला कोणी रोखू शकत नाही", "mala koni rokhu shakat nahi",
                        "nobody can stop me", "no one can stop me"),
    "pq_letter_all": ("सबके लिए letter", "sabke liye letter", "सबके लिए चिट्ठी", "sabke liye chitthi",
                      "सबके लिए खत", "saglyansathi chitthi", "सगळ्यांसाठी चिठ्ठी", "saglyansathi letter",
                      "letter for everyone", "letters for everyone", "a letter for each"),
    "pq_last_voice": ("आवाज ऐकायचा होता", "awaaz aikaycha hota", "awaj aikaycha hota", "आवाज़ सुननी थी",
                      "awaaz sunni thi", "aawaz sunna tha", "आवाज़ सुनना था", "hear their voices", "hear your voice",
                      "hear everyone's voice"),
    "pq_allah_hafiz": ("allah hafiz", "अल्लाह हाफ़िज़", "अल्लाह हाफिज", "अल्लाह हाफ़िज", "khuda hafiz", "ख़ुदा हाफ़िज़",
                       "खुदा हाफिज", "salaam kehna", "सलाम कहना", "salam kehna", "salaam bolna", "सलाम सांगा"),
    "pq_salaam_all": ("sabko salaam kehna", "सबको सलाम कहना", "sabko salam kehna", "sabko salaam bolna",
                      "सगळ्यांना सलाम सांगा", "saglyana salaam sanga", "salaam to everyone"),
    "pq_gave_away": ("देऊन टाकलं", "deun takla", "deun taakla", "de diya", "दे दिया", "de di", "दे दी", "gave away",
                     "gave my", "दिलं", "dila"),
    "pq_wont_need": ("कशाचीच गरज उरणार नाही", "kashachich garaj urnar nahi", "कशाचीच गरज", "kashachich garaj",
                     "kisi cheez ki zarurat nahi", "किसी चीज़ की ज़रूरत नहीं", "किसी चीज की जरूरत नहीं",
                     "won't need anything", "wont need anything", "need nothing now"),
    "pq_this_world": ("is duniya me", "इस दुनिया में", "is duniya mein", "is duniya", "इस दुनिया", "ya jagat", "या जगात",
                      "ya jagaat", "in this world"),
    "pq_work_done": ("mera kaam khatam", "मेरा काम खत्म", "मेरा काम ख़त्म", "kaam khatam", "काम खत्म", "maza kaam sampla",
                     "माझं काम संपलं", "kaam sampla", "काम संपलं", "my work is done", "my work is over", "work here is done"),
    "pq_all_gone": ("सगळे गेले", "sagle gele", "paise gele", "पैसे गेले", "sab chala gaya", "सब चला गया",
                    "sab khatam ho gaya", "सब खत्म हो गया", "everything is gone", "everything's gone"),
    "pq_im_going": ("मी जातोय", "mi jatoy", "mi jaat aahe", "मी जात आहे", "main ja raha hu", "मैं जा रहा हूं",
                    "मैं जा रहा हूँ", "ja raha hu", "i'm going", "im going", "i am going", "im leaving", "i'm leaving"),
    # The duty handed over with no return.
    "pq_handover": ("दुसऱ्या कोणाला द्या", "dusrya konala dya", "koi aur de dena", "कोई और दे देना", "koi aur dega",
                    "kisi aur ko de dena", "नाव काढून टाका", "nav kadhun taka", "naav kadhun taka", "naam kaat do",
                    "नाम काट दो", "take my name off", "someone else give"),
    "pq_not_there": ("तोपर्यंत नसणार", "toparyant nasnar", "tab tak nahi rahunga", "तब तक नहीं रहूंगा",
                     "pudhchya mahinyat mi nasnar", "पुढच्या महिन्यात मी नसणार", "meri awaaz ab", "मेरी आवाज़ अब", "मेरी आवाज अब",
                     "won't be there by then", "won't be here by then", "i won't be here"),
    # The height, the road, the well and the train.
    "pq_one_step": ("एक पाऊल पुढे", "ek paul pudhe", "ek step pudhe", "एक step पुढे", "bas ek kadam", "बस एक कदम",
                    "just one step"),
    "pq_traffic": ("truck", "ट्रक", "trucks", "bypass", "बाईपास", "बायपास", "highway", "हाईवे", "badi gaadiyan",
                   "बड़ी गाड़ियाँ", "बड़ी गाड़ियां", "gaadiyan tez", "trailer"),
    "pq_next_train": ("पुढची train आली की", "pudhchi train aali ki", "पुढची ट्रेन आली की", "agli train aayi to",
                      "अगली ट्रेन आई तो", "agli train aate hi", "when the next train comes", "next train comes"),
    "pq_well_go": ("विहिरीत जाणार", "vihirit janar", "विहिरीत जाईन", "vihirit jain", "vihirit udi", "विहिरीत उडी",
                   "kuein me kood", "कुएं में कूद", "kuan me kood", "कुआं में कूद", "into the well"),
    "pq_moneylender": ("savkar", "सावकार", "सावकाराने", "savkarane", "sahukar", "साहूकार", "sahukar ka", "byaaj", "ब्याज",
                       "vyaj", "व्याज", "moneylender", "kabza", "कब्जा", "ताबा", "taba"),
    "pq_only_way": ("hi rasta hai", "ही रास्ता है", "hi rasta bacha", "ही रास्ता बचा", "only way", "ekach marg",
                    "एकच मार्ग", "हाच मार्ग", "hach marg", "ekmev marg", "एकमेव मार्ग"),
    "pq_well": ("kuan", "कुआं", "kuaan", "kuein", "कुएं", "vihir", "विहीर", "विहिरीत", "vihirit", "well"),
    "pq_wrong_step": ("galat kadam", "गलत कदम", "chukicha paul", "चुकीचं पाऊल", "chukicha paaul", "wrong step"),
    "pq_watch_water": ("paani dekhta", "पानी देखता", "pani dekhta", "पाणी बघत", "pani baghat", "watch the water",
                       "watching the water", "neeche dekhta", "नीचे देखता"),
    "pq_if_not_seen": ("nahi disla tar", "नाही दिसलो तर", "nahi dislo tar", "nahi disla tr", "nahi dikha to",
                       "नहीं दिखा तो", "nahi dikhu to", "if you don't see me", "if i dont show"),
    "pq_dont_search": ("shodhu naka", "शोधू नका", "shodhu nako", "शोधू नको", "mat dhundna", "मत ढूंढना",
                       "dhundne mat aana", "ढूंढने मत आना", "mat aana dhundne", "मत आना ढूंढने", "don't search",
                       "dont search", "don't come looking", "dont come looking"),
    "pq_no_trouble_after": ("kisi ko mujhse koi problem nahi", "मुझसे कोई problem नहीं", "mujhse koi problem nahi",
                            "मुझसे कोई परेशानी नहीं", "mujhse koi pareshani nahi", "maza konala tras honar nahi",
                            "माझा कोणाला त्रास होणार नाही", "nobody will have a problem with me",
                            "no one will be troubled by me"),
    "pq_after_this": ("iske baad", "इसके बाद", "yanantar", "यानंतर", "after this", "last trip", "आखिरी ट्रिप",
                      "aakhri trip", "shevatchi trip", "शेवटची ट्रिप"),
    "pq_after_gone": ("mere jaane ke baad", "मेरे जाने के बाद", "mi gelyavar", "मी गेल्यावर", "maza gelyavar",
                      "after i'm gone", "after im gone", "after i am gone"),
    "pq_no_matter": ("farak nai padega", "farak nahi padega", "फ़र्क़ नहीं पड़ेगा", "फर्क नहीं पड़ेगा", "फरक पडणार नाही",
                     "farak padnar nahi", "nobody will care", "no one will care", "kisi ko farak"),
    "pq_sleep_under": ("sleep under the trailer", "sleep under the truck", "trailer ke neeche so", "truck ke neeche so",
                       "ट्रक के नीचे सो", "gadikhali zopto", "गाडीखाली झोपतो", "gadikhali zopin", "under the wheels"),
    "pq_on_purpose": ("on purpose", "jaan boojh ke", "जानबूझ के", "जान बूझ के", "मुद्दाम", "muddam", "nobody will know",
                      "no one will know", "kisi ko pata nahi chalega", "कोणाला कळणार नाही", "konala kalnar nahi"),
    # Reported.
    "pq_missing": ("गायब", "gayab", "ghayab", "missing", "lapata", "लापता", "bepatta", "बेपत्ता", "कालपासून", "kalpasun",
                   "since yesterday", "कल से", "kal se"),
    "pq_wont_meet": ("अब नहीं मिलूँगा", "अब नहीं मिलूंगा", "ab nahi milunga", "won't see me again", "wont see me again",
                     "you won't find me", "you wont find me"),
    "pq_sacred_water": ("कुशावर्त", "कुशावर्तावर", "kushavart", "kushavarta", "kushavartavar", "sangam", "संगम",
                        "गोदावरी", "godavari", "ramganga", "रामगंगा", "falgu", "फल्गु", "mandakini", "मंदाकिनी",
                        "गंगा", "ganga", "ghat", "घाट"),
    "pq_wont_return": ("parat yenar nahi", "परत येणार नाही", "wapas nahi aaunga", "वापस नहीं आऊंगा",
                       "wapas nahi aayenge", "वापस नहीं आएंगे", "won't come back", "wont come back"),
    "pq_let_me_go": ("मला जाऊ द्या", "mala jau dya", "mala jaau dya", "mujhe jaane do", "मुझे जाने दो"),
    "pq_fan": ("पंख्याकडे", "pankhyakade", "पंख्याला", "pankhyala", "पंखे की तरफ", "pankhe ki taraf", "पंखे को", "pankhe ko"),
    "pq_on_edge": ("sitting on the edge", "on the edge", "किनाऱ्यावर बसलाय", "kinaryavar baslay", "किनारे पर बैठा",
                   "kinare pe baitha", "कठड्यावर", "kathdyavar", "railing pe baitha", "on the ledge", "on the parapet",
                   "not come down", "नीचे नहीं उतरा", "neeche nahi utra", "खाली उतरला नाही", "khali utarla nahi"),
    "pq_opened": ("खोल के", "khol ke", "khol diya", "खोल दिया", "ughadla", "उघडला", "उघडून", "ughdun", "opened"),
    "pq_room_shut": ("कमरा बंद", "kamra band", "room band", "खोली बंद", "kholi band", "locked the room", "shut the room",
                     "दरवाज़ा तोड़", "दरवाजा तोड़", "darwaza tod", "दार तोडत", "dar todat", "breaking the door"),
    # Overdose.
    "pq_wheat_tablet": ("gehu wali goli", "gehu wali goliyan", "गेहूं वाली गोली", "gehun wali goli", "gehu ki goli",
                        "गेहूं की गोली", "gehun ki goli", "gavhachya golya", "गव्हाच्या गोळ्या", "gavhachi goli",
                        "dhan ki goli", "अनाज की गोली", "wheat tablets", "wheat pills", "grain tablets"),
    "pq_have_or_eat": ("le aaya", "ले आया", "aanlya", "आणल्या", "jeb me", "जेब में", "khishat", "खिशात", "kha lunga",
                       "खा लूंगा", "khanar", "खाणार", "kha li", "खा ली", "khalli", "खाल्ल्या", "eat them", "tonight"),
    "pq_grain_store": ("godown", "गोदाम", "godam", "कोठी", "kothi", "gehu me daal", "गेहूं में डाल", "dabba", "डब्बा",
                       "storage", "bori", "बोरी", "धान्यात", "dhanyat", "anaj me", "अनाज में", "bhandar"),
    "pq_ampoule": ("ampule", "ampoule", "ampoules", "ampules", "एम्प्यूल", "injection", "injections", "इंजेक्शन",
                   "vial", "vials"),
    "pq_all_at_once": ("sagle ekdam", "सगळे एकदम", "saglya ekdam", "ekdam sagle", "एकदम सगळे", "ek saath sab",
                       "एक साथ सब", "sab ek saath", "सब एक साथ", "all at once", "all of them at once"),
    "pq_self_inject": ("स्वतःला इंजेक्शनने", "swatala injection ne", "swatahala injectionne", "khud ko injection",
                       "खुद को इंजेक्शन", "injected herself", "injected himself", "injected myself"),
    "pq_breath_low": ("श्वास कमी", "shwas kami", "swas kami", "saans kam", "सांस कम", "saans nahi", "सांस नहीं",
                      "breathing slow", "breathing is low", "not breathing properly"),
    "pq_end_tonight": ("आज रात्री संपवणार", "aaj ratri sampavnar", "संपवणार", "sampavnar", "संपवतो", "sampavto",
                       "khatam kar dunga", "खत्म कर दूंगा", "end it tonight", "end it all tonight"),
    "pq_sitting_with": ("घेऊन बसलोय", "gheun baslo", "gheun baslay", "लेके बैठा", "leke baitha", "le ke baitha",
                        "sitting with"),
    "pq_in_hand": ("हातात आहे", "hatat ahe", "hatat aahe", "हातात", "haath me hai", "हाथ में है", "in his hand",
                   "in her hand", "in hand"),
    "pq_crying": ("रडतायत", "radtayat", "रडतोय", "radtoy", "रडत", "radat", "ro raha", "रो रहा", "ro rahe", "रो रहे",
                  "crying"),
    # Self-harm.
    "pq_marks": ("blade marks", "blade ke nishan", "ब्लेड के निशान", "cut marks", "ब्लेडचे व्रण", "blade che vran",
                 "blade ke nishaan"),
    "pq_new_or_hidden": ("new ones", "naye", "नए", "navin", "नवीन", "fresh", "full sleeves", "पूरी बाजू", "full baahi",
                         "hide", "chhupa", "छुपा", "lapav", "लपव", "दिसू नये", "disu naye", "dikhe nahi",
                         "dont see", "don't see"),
    "pq_nail_tool": ("कील से", "keel se", "kil se", "खिळ्याने", "khilyane", "rivet", "रिवेट", "nail into", "a nail"),
    "pq_hole": ("छेद करता", "chhed karta", "छेद", "chhed", "भोक पाडतो", "bhok padto", "holes in my", "poke holes"),
    "pq_head_hit": ("सिर शटर पर मारता", "sir shutter par marta", "sir shutter pe marta", "सिर शटर पर मार", "sir shutter par mar", "sir shutter pe mar", "sir deewar pe mar",
                    "सिर दीवार पे मार", "सिर दीवार पर मार", "सिर मारता", "sir marta", "डोकं भिंतीवर आपट",
                    "doka bhintivar aapat", "banged my head", "banging my head"),
    "pq_hot_things": ("ग्लू गनचं", "glue gun cha", "glue gunch", "गरम गोंद", "garam gond", "hot glue", "मोमबत्ती",
                      "mombatti", "candle", "flame", "ज्योत", "jyot", "सिगारेटने", "sigaretne",
                      "cigarette ne", "सिगरेट से", "cigarette se"),
    "pq_fingers": ("उंगलियाँ", "उंगलियां", "ungliyan", "ungli", "उंगली", "बोटं", "bota", "बोटे", "fingers", "finger"),
    "pq_burnt_on": ("ओतलं", "otla", "ओतला", "रखता हूँ", "रखता हूं", "rakhta hu", "held my", "dhartoy", "धरतोय",
                    "भाजतो", "bhajto", "भाजलेला", "bhajlela", "जलाता", "jalata"),
    "pq_calm_or_blister": ("जळल्यावरच शांत", "jalalyavarach shant", "शांत वाटतं", "shant vatta", "sukoon milta",
                           "सुकून मिलता", "calm after", "छाले", "chhale", "फोड", "blisters", "देर तक", "der tak"),
    "pq_own_face": ("swatahachya tondavar", "स्वतःच्या तोंडावर", "swatachya tondavar", "apne muh pe", "अपने मुंह पे",
                    "apne chehre pe", "अपने चेहरे पे", "my own face"),
    "pq_hit": ("marto", "मारतो", "marta", "मारता", "mara", "मारा", "maarla", "मारला", "jorat", "जोरात", "hit", "slap"),
    "pq_belt": ("patta ne", "पट्ट्याने", "pattyane", "patte se", "पट्टे से", "belt ne", "belt se", "with a belt",
                "with my belt"),
    "pq_rubbed": ("ghasla", "घासला", "ghisa", "घिसा", "rubbed", "ragadla", "रगडला", "ghaslay"),
    "pq_struck": ("मारला", "maarla", "marla", "मारली", "marli", "chalaya", "चलाया", "फिरवला", "phirvla"),
    "pq_not_mine": ("tyachya", "त्याच्या", "uske", "उसके", "uska", "उसका", "his", "her"),
    "pq_nails": ("नखांनी", "nakhanni", "nakhani", "नाखून से", "nakhun se", "nakhoon se", "with my nails", "my nails"),
    "pq_scratch": ("ओरबाडून", "orbadun", "ओरबाडलं", "orbadla", "खरोंच", "kharonch", "noch", "नोच", "scratched",
                   "raked"),
    "pq_habit_or_blood": ("सवय", "savay", "aadat", "आदत", "habit", "रक्त", "rakt", "खून", "khoon", "bled", "जखम",
                          "jakham"),
    "pq_string": ("manjha", "manja", "मांजा", "माँझा", "मांझा", "kite string", "dhaga", "धागा", "string"),
    "pq_wrapped": ("wrapped", "lapet", "लपेट", "लपेटा", "gundalun", "गुंडाळून", "round my fingers"),
    "pq_pulled_cut": ("pulled till", "kheencha", "खींचा", "odhla", "ओढला", "till they cut", "kat gayi", "कट गई",
                      "kaapli", "कापली", "cut"),
    "pq_wounds_made": ("जखमा केल्या", "jakhma kelya", "zakhm kiye", "ज़ख्म किए", "जख्म किए", "ghav kele", "घाव केले",
                       "made cuts", "made wounds"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_HEIGHTS = PLACE + _g("pq_height", "pq_sacred_water")
_POISON = _g("poison", "pa_agro_poison", "rk_poison")

PIND_AND_THE_MINARET: tuple[Combination, ...] = (
    # One's own last rites.
    Combination(S, (_g("pq_self_rite"),)),
    Combination(S, (_g("pq_own_rite"), _g("pq_ready")), 8, across=True),
    Combination(S, (_g("pq_graveyard"), _g("pq_for_me"), _g("pq_keep_place", "pq_ready")), 20, across=True),
    Combination(S, (_g("pq_rite"), _g("pq_needed_soon")), 12, across=True),
    # The morning refused.
    Combination(S, (_g("pq_no_sun"),)),
    Combination(S, (_g("pq_wake"), _g("pq_morning")), 6, unless=_g("pq_early", "rk_morning_dreaded"), unless_reach=8),
    Combination(S, (_g("pq_go_in_sleep"),)),
    # The last things done.
    Combination(S, (_g("pq_id_card"), _g("pq_to_be_identified")), 10, across=True),
    Combination(S, (_g("pq_phone_off_now"), _HEIGHTS), 20, across=True),
    Combination(S, (_g("pq_no_one_stops"), _g("pq_letter_all", "rk_note")), 20, across=True),
    Combination(S, (_g("pa_last_one"), _g("pq_last_voice")), 8, across=True),
    Combination(S, (_g("pa_last_one"), _g("everyone_all"), _g("pq_allah_hafiz")), 20, across=True),
    Combination(S, (_g("pq_gave_away"), _g("pq_wont_need")), 20, across=True),
    Combination(S, (_g("pq_this_world"), _g("pq_work_done")), 6),
    Combination(S, (_g("pa_i_go_too"), _g("pq_all_gone")), 12, across=True),
    Combination(S, (_g("apology"), _g("pq_im_going"), _g("exr_dont_cry")), 12, across=True,
                unless=_g("rk_leave_reason", "rk_travel"), unless_reach=12),
    # The duty handed over with no return.
    Combination(S, (_g("pq_handover", "rk_handover"), _g("pq_not_there")), 20, across=True,
                unless=_g("rk_leave_reason", "rk_travel", "pa_moving_on"), unless_reach=12),
    # The height, the road, the well and the train.
    Combination(S, (_g("pq_end_here"), _HEIGHTS), 20, across=True),
    Combination(S, (_g("pq_right_place"), _HEIGHTS, _g("pq_dont_search")), 20, across=True),
    Combination(S, (_g("pq_one_step"), _g("pq_traffic", "rail_line", "vehicle") + _HEIGHTS), 12, across=True),
    Combination(S, (_g("pq_next_train"), _g("apology", "farewell_word")), 12, across=True),
    Combination(S, (_g("pq_well_go"), _g("pq_moneylender", "pa_burden")), 20, across=True),
    Combination(S, (_g("pq_only_way"), _g("pq_well", "rail_line") + _POISON), 4),
    Combination(S, (_g("pq_wrong_step"), _g("pq_watch_water") + _HEIGHTS), 20, across=True),
    Combination(S, (_g("pq_if_not_seen"), _g("pq_dont_search")), 8),
    Combination(S, (_g("pq_no_trouble_after"), _g("pq_after_this")), 12, across=True),
    Combination(S, (_g("pq_after_gone"), _g("pq_no_matter", "rk_no_difference")), 12, across=True),
    Combination(S, (_g("pq_sleep_under"), _g("pq_on_purpose")), 20, across=True),
    # Reported.
    Combination(S, (_g("wr_slippers"), _g("found"), _g("pq_missing")), 20, across=True),
    Combination(S, (_g("pq_wont_meet"), _g("unreachable")), 20, across=True),
    Combination(S, (_g("pq_sacred_water"), _g("pq_wont_return")), 20, across=True, unless=_g("wr_until"),
                unless_reach=3),
    Combination(S, (_g("pq_salaam_all"), _HEIGHTS), 20, across=True),
    Combination(S, (_g("pq_let_me_go"), _g("rk_hang_point", "pq_fan")), 12, across=True),
    Combination(S, (_g("pq_on_edge"), _g("pq_height", "tall_structure", "high_place")), 12, across=True),
    Combination(S, (_g("pa_gas"), _g("pq_opened"), _g("pq_room_shut")), 12, across=True),
    # Overdose.
    Combination(OD, (_g("pq_wheat_tablet"), _g("pq_have_or_eat")), 20, across=True, unless=_g("pq_grain_store"),
                unless_reach=12),
    Combination(OD, (_g("pq_ampoule", "pills", "sedatives"), _g("pq_all_at_once")), 8),
    Combination(OD, (_g("pq_self_inject"), _g("pq_breath_low")), 20, across=True),
    Combination(OD, (_POISON, _g("pq_sitting_with"), _g("pq_end_tonight")), 12, across=True),
    Combination(OD, (_g("pills", "sedatives"), _g("pq_in_hand"), _g("pq_crying")), 20, across=True),
    # Self-harm.
    Combination(SH, (_g("pq_marks"), _g("pq_new_or_hidden")), 12, across=True),
    Combination(SH, (_g("pq_nail_tool"), _g("pq_hole"), _g("rk_body", "pq_fingers")), 8),
    Combination(SH, (_g("pq_head_hit"), _g("rk_blood", "rk_marks")), 12, across=True),
    Combination(SH, (_g("pq_hot_things"), _g("rk_body", "pq_fingers"), _g("pq_burnt_on")), 8),
    Combination(SH, (_g("pq_hot_things"), _g("rk_body", "pq_fingers"), _g("pq_calm_or_blister")), 12, across=True),
    Combination(SH, (_g("pq_own_face"), _g("pq_hit")), 4),
    Combination(SH, (_g("rk_own"), _g("pq_belt"), _g("pq_hit")), 6),
    Combination(SH, (_g("pq_rubbed"), _g("rk_body"), _g("rk_blood")), 8),
    Combination(SH, (_g("blade_of_the_farm"), _g("rk_body"), _g("pq_struck")), 6, unless=_g("rk_while_working", "pq_not_mine"),
                unless_reach=6),
    Combination(SH, (_g("pq_nails"), _g("pq_scratch"), _g("pq_habit_or_blood")), 12, across=True),
    Combination(SH, (_g("pq_string"), _g("pq_wrapped"), _g("pq_pulled_cut")), 12),
    Combination(SH, (_g("pq_wounds_made"), _g("rk_body")), 6),
)
