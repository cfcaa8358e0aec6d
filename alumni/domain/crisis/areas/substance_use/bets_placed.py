"""Using again, for an alumnus in recovery from gambling: a bet placed (round 57's reading, holdout
201, betting, matka and online games). Recovery centres treat gambling beside drink and drugs, and a
bet placed again is that alumnus's relapse: "aaj matka lagaya, haar gaye", "मिलन डेला जोडी लावली",
"online rummy का cashback देख के फिर install किया, 7000 गए", "called the bookie today. 10k on the
toss", "पंजाब स्टेट लॉटरी के 30 टिकट लिए", "credit card वरून cash काढून aviator खेळलो". The urge to
bet is a craving: "haath khujla rahe hai app kholne ke liye", "man dolta".

The game named with a bet placed, played, or money lost on it reads as a relapse, recorded with
the substance "gambling" (alumni.domain.crisis.substance_named). Not placed, refused, uninstalled,
blocked, someone else's (the others at the wedding's card table, read apart from the writer by
alumni.domain.crisis.writer_apart_from_the_drink), a cricket match watched or an advertisement seen
stays quiet. Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE, CR = Category.RELAPSE, Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    # The game or the bet by name: matka, satta, jugar, teen patti, rummy, aviator, the lottery, the
    # bookie and the khaiwal, fantasy and "colour trading" apps, a casino.
    "bet_game": ("matka", "मटका", "satta", "सट्टा", "satte", "सट्टे", "sattyat", "सट्ट्यात", "sattyachi",
                 "सट्ट्याची", "sattebaazi", "सट्टेबाजी", "jugar", "जुगार", "jugaar", "जुगाराचा", "jugaracha", "jua", "जुआ",
                 "juaa", "teen patti", "तीन पत्ती", "teenpatti", "rummy", "रमी", "rami", "aviator",
                 "एविएटर", "casino", "कॅसिनो", "कसीनो", "कैसीनो", "lottery", "लॉटरी", "lotri", "lottery ticket*",
                 "लॉटरीचं", "लॉटरी के", "fantasy", "फैंटेसी", "dream11", "dream 11", "mpl", "colour trading",
                 "color trading", "कलर ट्रेडिंग*", "colour prediction", "color prediction", "betting", "betting app", "bookie", "बुकी", "bookie ko",
                 "khaiwal", "khaiwala", "khaival", "khayval", "खाईवाल", "खायवाल", "खायवाला", "खायवाल्याकडे",
                 "खायवाल्याला", "खायवाल्याचा", "kalyan open", "kalyan close", "kalyan night",
                 "kalyan chi", "milan day", "मिलन डे", "मिलन डेला", "disawar", "दिसावर", "fairplay", "fair play",
                 "sattyachi site", "सट्ट्याची साईट", "paishache patte", "पैशाचे पत्ते", "पैज", "paij", "पैजा", "paija",
                 # the matka's board in Marathi (rounds 68-69: "मटक्यावर पुन्हा पैसे लावले")
                 "मटक्यावर", "matkyavar", "मटक्यात", "matkyat", "मटक्याचा", "matkyacha"),
    # The den: "matka adda", "जुए का अड्डा", the casino.
    "bet_den": ("matka adda", "matka adde", "matka addyavar", "मटका अड्डा", "मटक्याचा अड्डा", "satta adda", "सट्टा अड्डा",
                "jugar adda", "जुगार अड्डा", "जुगाराचा अड्डा", "jue ka adda", "जुए का अड्डा", "jue ke adde", "जुए के अड्डे",
                "casino", "कॅसिनो", "कसीनो", "कैसीनो", "club me patte", "क्लबमध्ये पत्ते"),
    # Words of the game that are everyday words too (cards, a pair, a number): a bet only when placed
    # with money beside them.
    "bet_cards": ("ludo", "लूडो", "taash ke patte", "ताश के पत्ते", "taash khel*", "ताश खेल*", "patte", "पत्ते", "jodi",
                  "जोडी", "number", "नंबर"),
    # A bet said outright: "bet lagaya", "betting केलं", "bet again".
    "bet_said": ("bet again", "betting again", "placed a bet", "put a bet", "bet lagaya", "bet lagayi", "bet laga di",
                 "bet lavli", "bet lavla", "bet लावली", "bet लगाया", "betting kela", "betting केलं", "betting ki",
                 "betting kiya", "betting की", "betting किया", "back to betting", "started betting", "आकडा लावला",
                 "आकडा लावले", "aakda lavla", "aakda lavle", "aakda lagaya", "आकड़ा लगाया", "panna lavli", "panna lavla",
                 "पन्ना लावला", "taash khelne baith*", "ताश खेलने बैठ*",
                 # rounds 66-67: "placed bets on the IPL match again on the app"
                 "placed bets", "placed bet", "placed my bets", "placed a few bets", "placed some bets"),
    # Money, by the amount or the word.
    "bet_money": ("paise", "paisa", "पैसे", "पैसा", "paishache", "पैशाचे", "hazar*", "hazaar*", "हजार*", "हज़ार*",
                  "rupaye", "rupaya", "रुपये", "रुपए", "lakh", "लाख", "salary", "पगार", "pagar", "amount", "cash",
                  "5k", "10k", "20k", "2k", "3k"),
    # Placed or played: "lagaya", "लावले", "khela", "खेळलो", "put it on", "install kiya", tickets bought.
    "bet_placed": ("lagaya", "lagaye", "laga diya", "laga di", "laga dia", "लगाया", "लगाए", "लगा दिया", "लगा दी",
                   "lavle", "lavla", "lavli", "लावले", "लावला", "लावली", "lavlya", "लावल्या", "khela", "khele",
                   "khel liya", "खेला", "खेली", "खेल लिया", "khelalo", "khelalo", "khello", "khellon", "खेळलो",
                   "खेळले", "खेळला", "played", "placed", "put", "dala", "daal diya", "dal diya", "डाल दिया", "डाला",
                   "install kiya", "install kela", "install kel", "install किया", "install केलं", "installed",
                   "id banavli", "id banayi", "id bana li", "tikat liye", "ticket liye", "tickets liye", "टिकट लिए",
                   "ticket ghetle", "ticket ghetla", "tikit ghetle", "तिकीट घेतले", "bought", "hath lavla",
                   "हात लावला", "haat lagaya", "हाथ लगाया", "le liye", "le liya", "ले लिए", "ले लिया", "ghetle", "घेतले",
                   "ghet hoto", "घेत होतो", "nele", "नेले", "diya", "दिया", "dila", "दिला", "dile", "दिले", "gave",
                   "lagane laga", "लगाने लगा", "takle", "टाकले", "takla", "टाकला", "add kele", "add kiye", "top up",
                   "topped up", "lagane", "लगाने", "khelne baith*", "खेलने बैठ*", "khelayla basl*", "खेळायला बसल*",
                   # the money put on it, in the plural (rounds 68-69: "सट्टे में फिर पैसे लगा दिए")
                   "लगा दिए", "laga diye", "लगा दिये", "laga diye the"),
    # Money lost: "haar gaye", "harlo", "lost it all", "8 hazaar udd gaye", "sagle budle".
    "bet_lost": ("haar gaya", "haar gaye", "haare", "हार गया", "हार गए", "harlo", "haarlo", "हरलो",
                 "हारलो", "lost it", "lost it all", "lost everything", "udd gaye", "ud gaye", "उड़ गए", "उड गए", "udale",
                 "udle", "उडाले", "उडले", "budle", "बुडले", "bud gaye", "doob gaye", "डूब गए", "sagla gela",
                 "सगळं गेलं", "sab gaya", "सब गया", "doob gaya", "डूब गया", "dub gaya", "sab haar gaya", "सब हार गया"),
    # Gone, said of the money: "7000 गए", "4000 गेले", "नहीं आया" (the number did not come).
    "bet_gone": ("gele", "गेले", "gaye", "गए", "gaya", "गया", "nahi aaya", "नहीं आया", "nahi aali", "नाही आली",
                 "nahi laga", "नहीं लगा", "saaf", "साफ", "gone", "lost"),
    # Staked on it: "lagaya", "लावले", "put", "placed" (not "khela", which a match is too).
    "bet_staked": ("lagaya", "lagaye", "laga diya", "laga di", "लगाया", "लगाए", "लगा दिया", "लगा दी", "lavle", "lavla",
                   "lavli", "लावले", "लावला", "लावली", "put", "placed", "dala", "डाला", "daal diya", "डाल दिया"),
    # What it is put on: a match, the toss, the final, a league.
    "bet_on": ("match", "मैच", "मॅच", "matchvar", "मॅचवर", "match pe", "match la", "toss", "टॉस", "final", "फाइनल",
               "league", "लीगवर", "ipl", "आयपीएल", "kabaddi", "कबड्डी"),
    # The urge to bet: an itching hand, a swaying mind, one round only.
    "bet_pull": ("haath khujla", "haath khujla rahe", "hath khujla", "हाथ खुजला", "हात खाजतायत", "haat khajtayt",
                 "haat khajtat", "हात खाजतात", "man dolta", "man dolat", "मन डोलतं", "मन डोलतंय", "man dolatay",
                 "ekach daav", "एकच डाव", "ek daav", "एक डाव", "ek baar aur laga", "bas ek baar", "khelavasa vatta",
                 "खेळावंसं वाटतं", "lavavasa vatta", "लावावंसं वाटतं", "itching to bet", "urge to bet", "want to bet",
                 "pair apoaap", "paay apoaap", "पाय आपोआप", "legs want to walk"),
    # Not placed, or put out of reach: uninstalled, blocked, refused, exited, not a single bet.
    "bet_put_away": ("uninstall*", "अनइंस्टॉल*", "delete*", "डिलीट*", "डिलिट*", "block", "blocked", "ब्लॉक", "exit", "exited", "mana kar", "मना कर",
                     "said no", "refused", "without betting", "no betting", "no bet", "koi bet nahi", "कोई bet नहीं",
                     "nahit", "नाहीत", "nahi ghetla", "नाही घेतलं", "nahi khela", "नहीं खेला", "nahi lavla", "नाही लावले",
                     "nahi kela", "नाही केलं", "jahirat", "जाहिरात", "advertisement"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

# "matka ka number lagane ka mann hota hai": the wish to place one is a craving, not a bet placed.
_NOT_PLACED = _g("bet_put_away", "negation", "third_person", "gs_place_urge")

BETS_PLACED: tuple[Combination, ...] = (
    # "aaj matka lagaya", "पत्नी सो रही थी तब रमी खेली", "30 टिकट लिए".
    Combination(RE, (_g("bet_game"), _g("bet_placed")), 6, unless=_NOT_PLACED, unless_reach=1),
    Combination(RE, (_g("bet_said"),), unless=_NOT_PLACED, unless_reach=1),
    # "मिलन डेला जोडी लावली, दोन हजाराची", "Kalyan chi panna lavli 1500 chi": a pair, a number, a hand of
    # cards, with money and a stake.
    Combination(RE, (_g("bet_cards"), _g("bet_staked", "bet_placed"), _g("bet_money")), 8, across=True,
                unless=_NOT_PLACED, unless_reach=1),
    Combination(RE, (_g("bet_cards"), _g("bet_staked"), _g("again", "again_strict")), 6, across=True,
                unless=_NOT_PLACED, unless_reach=1),
    # "goa casino madhe gelo. 30 hazar harlo"; "aviator खेला, 12 हज़ार गए"; "पत्ते चालू होते ... १२ हजार हरलो".
    Combination(RE, (_g("bet_game"), _g("bet_lost")), 10, across=True, unless=_NOT_PLACED, unless_reach=1),
    Combination(RE, (_g("bet_cards"), _g("bet_money"), _g("bet_lost")), 10, across=True, unless=_NOT_PLACED,
                unless_reach=1),
    # Gone to the den: "went to the matka adda after duty".
    Combination(RE, (_g("bet_den"), _g("go_there")), 4, unless=_NOT_PLACED + _g("near"), unless_reach=1),
    # Others at it, and the writer joined: "चौपाल पर जुआ चल रहा था, मैं भी बैठ गया".
    Combination(RE, (_g("bet_game"), _g("joined_in")), 10, across=True, unless=_NOT_PLACED, unless_reach=1),
    Combination(RE, (_g("bet_game"), _g("bet_money"), _g("bet_gone")), 10, order=True, across=True,
                unless=_NOT_PLACED, unless_reach=1),
    # Money on a match: "चेन्नईच्या मॅचवर ५ हजार लावले", "10k on the toss", "2 match pe paisa lagaya".
    Combination(RE, (_g("bet_on"), _g("bet_money"), _g("bet_staked")), 6, unless=_NOT_PLACED, unless_reach=1),
    # "10k IPL pe. sab gaya".
    Combination(RE, (_g("bet_on"), _g("bet_money"), _g("bet_lost")), 8, across=True, unless=_NOT_PLACED,
                unless_reach=1),
    # The urge: "haath khujla rahe hai app kholne ke liye", "man dolta".
    Combination(CR, (_g("bet_pull"),)),
)
