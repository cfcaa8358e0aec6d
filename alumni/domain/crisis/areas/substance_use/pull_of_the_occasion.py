"""Craving told around a drinking occasion (round 15): a festival, a fair, a funeral feast or a
harvest where everyone drinks, and the writer afraid of himself ("the mela is on sunday and
everyone drinks there, i'm afraid", "लग्नात सगळे पितील, मला भीती वाटते", "ganpati visarjan me sab
peete hain, mujhe khud pe bharosa nahi"); friends inviting and the writer torn or pulled
("mitrane birthday party la bolavlay, jau ki nako", "purane dost party pe bula rahe hain, andar
se khinchav"); the feet that stop at the bar ("बारजवळून जाताना पाय थांबतात"); and money in hand
with fear or a place in mind ("paise mile hain aaj, dar lag raha hai").

The same occasion told calmly stays quiet ("went to the wedding, everyone drank, I had juice",
"sab peete the, mujhe koi dar nahi laga"): it is the fear or the pull beside it that makes
it urgent. Round 75 added the evening's sitting and the writer's own wish or plea beside it
("shift ke baad sab baithte hai, mera bhi dil karta", "party thevli ahe, jaychi ichha ahe", "मी कसं
टाळू?", "tell me not to go"), the bar almost walked into, and the packet brought with the writer
called over. Words and the rules that read them (appended to the area's COMBINATIONS by
rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR = Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    # Others drinking there, as a habit or at the coming occasion: "sab peete hai", "सगळे पितील".
    "they_drink": ("peete hai", "peete hain", "peete he", "पीते है", "पीते हैं", "pite hai", "piyenge", "पिएंगे",
                   "piyege", "pitil", "पितील", "pitat", "पितात", "pitaat", "drinks there", "drink there", "will drink",
                   "will be drinking", "drinking there", "chadha rahe", "चढ़ा रहे", "chadhate", "चढ़ाते",
                   "batli firte", "बाटली फिरते", "botal ghumti", "बोतल घूमती", "bottle goes round",
                   "daru chalti", "दारू चालते", "दारू चलती", "daru chalte"),
    # Doubting oneself: "khud se dar", "khud pe bharosa nahi", "kasa tiku", "kaise bachu".
    "self_doubt": ("khud se dar", "खुद से डर", "khud se darr", "apne aap se dar", "अपने आप से डर",
                   "khud pe bharosa nahi", "खुद पे भरोसा नहीं", "khud par bharosa nahi", "खुद पर भरोसा नहीं",
                   "swatahvar vishwas nahi", "स्वतःवर विश्वास नाही", "swatavar bharosa nahi", "kasa tiku", "कसा टिकू",
                   "kashi tiku", "kasa tikun", "kaise bachu", "कैसे बचूं", "कैसे बचूँ", "kaise bachunga",
                   "kaise tikunga", "kaise rukunga", "कैसे रुकूंगा", "kasa ruku", "कसा रुकू", "won't be able to hold",
                   "wont be able to hold", "won't be able to say no", "wont be able to say no", "dont trust myself",
                   "don't trust myself", "cant trust myself", "can't trust myself", "scared of myself",
                   "afraid of myself", "man vadhlay", "मन वाढलंय", "man vadhla"),
    # Fear said to be absent: "dar nahi laga", "not scared".
    "unafraid": ("dar nahi", "डर नहीं", "koi dar nahi", "darr nahi", "bhiti nahi", "भीती नाही", "bhiti nahi vatli",
                 "भीती वाटली नाही", "bhiti vatat nahi", "भीती वाटत नाही", "dar nahi lagta", "डर नहीं लगता",
                 "dar lagat nahi", "डर लगता नहीं", "not scared", "not afraid", "no fear", "wasn't scared",
                 "wasnt scared", "not worried"),
    # Friends asking one over: "bolavla", "बोलवून रायले", "bula rahe".
    "invited_over": ("bolavla", "बोलावलं", "बोलावला", "bolavlay", "बोलावलंय", "bolavun", "बोलवून", "बोलावून",
                     "bolavtayat", "बोलावतायत", "bolavtoy", "बोलावतोय", "बोलवतोय", "bula rahe", "बुला रहे", "bulaya",
                     "बुलाया", "bula raha", "बुला रहा",
                     "invited", "invited me", "asking me to come", "called me over"),
    # Pulled from inside: "mann tar ahe", "मन ओढते", "khinchav", "jaane ka mann".
    "pulled_inside": ("mann tar ahe", "man tar ahe", "मन तर आहे", "मन ओढते", "man odhte", "mann odhte", "khinchav",
                      "खिंचाव", "jaane ka mann", "जाने का मन", "jayla man", "जायला मन", "want to go so bad"),
    # Torn about going: "jau ki nako", "jaun ya nahi".
    "torn_to_go": ("jau ki nako", "जाऊ की नको", "jaau ki nako", "jau ki nahi", "जाऊ की नाही", "jaun ki nahi",
                   "jaau ya nahi", "जाऊं या नहीं", "jaun ya nahi", "jaaun ya nahi", "should i go"),
    # A named pastime the friends call one to: cricket, a film, work.
    "pastime_named": ("cricket", "क्रिकेट", "khelne", "खेलने", "khelayla", "खेळायला", "match", "movie", "picture",
                      "film", "pikchar", "पिक्चर", "kaam", "काम", "work", "duty", "temple", "mandir", "मंदिर"),
    # Fear felt now: "bhiti vatte", "dar lag raha", "scared".
    "fear_now": ("bhiti vatte", "भीती वाटते", "bhiti vatat", "भीती वाटत", "dar lag raha", "डर लग रहा", "dar lag rahi",
                 "dar lagta", "डर लगता", "darr lag raha", "scared", "afraid", "ghabrahat ho rahi", "घबराहट हो रही"),
    # The feet that stop or turn there of themselves, told as it keeps happening.
    "feet_stop": ("पाय थांबतात", "paay thambtat", "pay thambtat", "pay thambtat", "paay thambto", "पाय थांबतो",
                  "pay tikde valat", "paay tikde valat", "पाय तिकडेच", "pay tikdech", "paay tikdech", "पाय तिकडे वळत", "pay valtat", "पाय वळतात", "paay valtat",
                  "pair ruk jaate", "पैर रुक जाते", "pair ruk jate", "pair mud jaate", "पैर मुड़ जाते",
                  "my feet stop", "feet stop", "feet turn", "my feet turn"),
    # A bar or a still by its inflected name.
    "bar_inflected": ("barchya", "बारच्या", "barkade", "बारकडे", "barjaval*", "बारजवळ*", "बारचे", "barche", "daru bhatti", "दारू भट्टी",
                      "hathbhatti", "हातभट्टी", "bhattivar", "भट्टीवर", "bhatti javal*", "भट्टी जवळ*"),
    # Money in hand: "paise milale", "jeb me paise", "got paid".
    "money_in_hand": ("paise milale", "पैसे मिळाले", "paise mile", "पैसे मिले", "jeb me paise", "जेब में पैसे",
                      "jeb mein paise", "khishat paise", "खिशात पैसे", "got paid", "cash in hand", "money in my pocket",
                      "haath me paise", "हाथ में पैसे", "hatat paise", "हातात पैसे"),
    # Sitting down to drink as the evening's custom, or the drinks and the dhaba it goes to.
    "drink_sitting": ("baithte hai", "baithte hain", "बैठते हैं", "बैठते है", "baithenge", "बैठेंगे", "baith rahe",
                      "बैठ रहे", "basatat", "बसतात", "basnar", "बसणार", "basaycha", "बसायचं", "basayla", "बसायला",
                      "baithne", "बैठने", "baithak", "बैठक", "going for drinks", "out for drinks", "drinks after",
                      "for a drink", "party", "पार्टी", "पार्टीचं", "partich", "पार्टीला", "partila", "आमंत्रण", "amantran", "dhabyavar", "ढाब्यावर", "dhabe pe", "ढाबे पे", "dhabe par",
                      "ढाबे पर"),
    # The writer's own wish to go or to say yes: "mera bhi dil karta", "jaychi ichha ahe".
    "wish_to_join": ("dil karta", "दिल करता", "dil kar raha", "दिल कर रहा", "man kar raha", "मन कर रहा",
                     "mann kar raha", "man karta", "मन करता", "ichha ahe", "इच्छा आहे", "khup ichha", "खूप इच्छा", "jaychi ichha", "जायची इच्छा", "ichha hotey", "इच्छा होतेय",
                     "vatta basava", "वाटतं बसावं", "basava vatta", "बसावं वाटतं", "म्हणावंसं वाटतंय",
                     "mhanavasa vattay", "jaavasa vatta", "जावंसं वाटतं", "jaavasa vattay", "जावंसं वाटतंय",
                     "haan bol du", "हां बोल दूं", "ho mhanu", "हो म्हणू", "said i would come", "odhtayat",
                     "ओढतायत", "odhtay", "ओढतंय", "mouth waters", "mouth watering", "its close today", "it's close today", "munh me paani", "मुंह में पानी",
                     "tondala pani", "तोंडाला पाणी",
                     # rounds 76-77: "मुझे भी मन है", "mala pan jaycha ahe"
                     "mujhe bhi man", "मुझे भी मन", "mera bhi man", "मेरा भी मन", "mala pan jaycha", "मला पण जायचं",
                     "dolatay", "डोलतंय"),
    # Asking to be held back or how to keep away: "kasa thambu", "मी कसं टाळू", "tell me not to go".
    "ask_to_hold": ("kasa thambu", "कसा थांबू", "kashi thambu", "कशी थांबू", "kasa talu", "कसं टाळू", "कसा टाळू",
                    "kaise taalu", "कैसे टालूं", "kaise roku", "कैसे रोकूं", "what do i do", "what should i do",
                    "tell me not to go", "jau nako asa sanga", "जाऊ नको असं सांगा", "mana kar do", "मना कर दो",
                    "control karu shaken", "control करू शकेन", "control kar paunga", "control कर पाऊंगा",
                    "i shouldnt", "i shouldn't", "aadhar dya", "आधार द्या", "man ghasrat", "मन घसरत*",
                    # rounds 76-77: "पगार खिशात आहे आणि बार रस्त्यात, काय करू", "aaj mujhse nahi ruka jaa raha"
                    "काय करू", "kay karu", "kaay karu", "kasa karu", "कसं करू", "kya karu", "क्या करूं", "help me get home",
                    "nahi ruka ja raha", "nahi ruka jaa raha", "नहीं रुका जा रहा", "ruka nahi ja raha",
                    "sitting on my hands"),
    # Nearly inside: "almost अंदर चला गया", "jawal jawal aat gelo".
    "nearly_in": ("almost andar", "almost अंदर", "लगभग अंदर", "lagbhag andar", "almost went in", "nearly went in",
                  "जवळजवळ आत", "javaljaval aat", "almost aat", "almost आत"),
    # Santra, the orange-flavoured country liquor of Maharashtra (widens substances.py's word): a
    # drink only where the rules find drinking beside it (alone it is the fruit).
    "alcohol_maybe": ("santra", "संत्रा", "संत्र्याची", "santryachi", "संत्र्याचा", "santryacha"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

PULL_OF_THE_OCCASION: tuple[Combination, ...] = (
    # "all the men drink there, dont trust myself", "लग्नात सगळे पितील, मला भीती वाटते", "holi pe
    # sab peete hain, mujhe khud se dar lagta hai", "jatret nehmi batli firte, kasa tiku".
    Combination(CR, (_g("others", "drinkers"), _g("drink_verb"), _g("fear", "self_doubt", "holding_out_hard")), 12,
                across=True, unless=_g("unafraid")),
    Combination(CR, (_g("they_drink", "drinking_around"), _g("fear", "self_doubt", "holding_out_hard")), 12,
                across=True, unless=_g("unafraid")),
    Combination(CR, (_g("occasion", "trigger", "old_company"), _g("self_doubt")), 14, across=True,
                unless=_g("unafraid")),
    # "mitrane birthday party la bolavlay, jau ki nako", "dost bula rahe hain, khinchav ho raha".
    Combination(CR, (_g("drinkers", "others", "relation"), _g("invited_over"), _g("pulled_inside", "longing")), 12,
                across=True, unless=_g("quit", "pastime_named")),
    Combination(CR, (_g("drinkers", "others", "relation"), _g("invited_over"), _g("trigger"), _g("torn_to_go")), 12,
                across=True, unless=_g("quit", "pastime_named")),
    # "बारजवळून जाताना पाय थांबतात", "hathbhatti javal pay valtat".
    Combination(CR, (_g("liquor_place", "drink_place", "bar_inflected", "at_the_shop"), _g("feet_stop")), 10,
                across=True),
    Combination(CR, (_g("liquor_place", "drink_place", "bar_inflected"), _g("go_in_ask", "torn_to_go", "pulled_inside")), 8,
                across=True),
    # "paise mile hain aaj, dar lag raha hai", "jeb me paise hain aur pata hai kahan milega".
    Combination(CR, (_g("money_in_hand"), _g("fear_now", "where_to_get", "restless", "drawn", "longing") + ANY), 8,
                across=True, unless=_g("unafraid", "quit", "negation")),
    # "reeling shift ke baad sab log baithte hai, mera bhi dil karta hai", "agent ni party thevli ahe
    # dhabyavar, jaychi khup ichha ahe", "लग्नात पंगत आहे आणि मागे बाटल्या. मी कसं टाळू?".
    Combination(CR, (_g("drink_sitting", "they_drink", "drinking_around", "drinkers", "invited_over", "bottle_word",
                        "alcohol_maybe", "liquor_place", "drink_place", "bar_inflected") + ANY,
                     _g("wish_to_join", "ask_to_hold")), 14, across=True, unless=_g("unafraid")),
    Combination(CR, (_g("drink_sitting"), _g("fear_now")), 14, across=True, unless=_g("unafraid")),
    # "Bar वाले road से होकर जाना पड़ता है, आज almost अंदर चला गया था".
    Combination(CR, (_g("liquor_place", "drink_place", "bar_inflected"), _g("nearly_in")), 10, across=True),
    # "पुडी आणलीय, मला बोलावतोय": the packet brought and the writer called to it.
    Combination(CR, (_g("powder"), _g("invited_over", "cj_called")), 8, across=True,
                unless=_g("quit", "negation")),
    # "संत्र्याची आठवण येते": the country liquor missed.
    Combination(CR, (_g("alcohol_maybe"), _g("memory_comes", "missed_or_dreamt")), 4, across=True),
)
