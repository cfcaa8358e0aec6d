"""Harm to others told after a quarrel or an insult (round 18, anger at home and in the street):
the writer going to settle the account with a knife along ("आज हिशेब चुकता, सुरा सोबत आहे",
"hisaab chukta karna hai, chaku saath hai"), his address found and "I'll see to him"
("त्याचा पत्ता मिळालाय, बघून घेतो", "uska ghar ka pata mil gaya, dekh lunga"), or "I'll see to
him" with a weapon; and a relation's report that someone threatened another with a sickle or an
axe and is now missing, his phone off.

The account settled alone is a debt paid ("hisaab chukta kar diya, ab karz nahi"), and an
address found alone is a delivery: each needs the knife, the threat or the disappearance
beside it. A knife bought for the kitchen beside an account settled at the shop stays quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    # An account to be settled with someone: "आज हिशेब चुकता", "hisaab barabar karunga".
    "account_to_settle": ("hishob chukta", "हिशोब चुकता", "hisheb chukta", "हिशेब चुकता", "hishob chukta karto",
                          "hisheb chukta karto", "हिशेब चुकता करतो", "हिशोब चुकता करतो", "hishob karto",
                          "हिशोब करतो", "hisheb karto", "हिशेब करतो", "hisheb karaycha", "हिशेब करायचा",
                          "hishob karaycha", "हिशोब करायचा", "hisab chukta", "hisaab chukta", "हिसाब चुकता",
                          "hisab barabar", "hisaab barabar", "हिसाब बराबर", "hisab karna hai", "hisaab karna hai",
                          "हिसाब करना है", "hisaab karunga", "hisab karunga", "हिसाब करूंगा", "हिसाब करूँगा",
                          "settle the score", "settle the account", "settle scores", "settle accounts",
                          "settle it with him", "settle things with him", "aar ya paar", "आर या पार",
                          "aar ki paar", "आर की पार", "aaj faisla", "आज फैसला", "aaj nikal", "आज निकाल",
                          # the account alone, beside a knife ("saalya cha hishob aaj karto, koyta ghetla")
                          "hishob", "हिशोब", "hisheb", "हिशेब", "hisab", "hisaab", "हिसाब"),
    # "I'll see to him": "बघून घेतो", "dekh lunga", "i'll deal with him".
    "see_to_him": ("baghun gheto", "बघून घेतो", "baghun ghein", "baghun gheen", "बघून घेईन", "baghun gheu",
                   "बघून घेऊ", "baghun ghetoch", "बघून घेतोच", "baghun ghyayla", "dekh lunga", "देख लूंगा",
                   "देख लूँगा", "dekh lenge", "देख लेंगे", "dekh leta hu", "देख लेता हूँ", "nipat lunga",
                   "निपट लूंगा", "nipta dunga", "निपटा दूंगा", "i'll deal with him", "ill deal with him",
                   "i will deal with him", "i'll sort him out", "ill sort him out", "i'll see to him",
                   "deal with him tonight", "i'll show him", "ill show him", "i will show him",
                   "dakhavto", "दाखवतो", "dakhavtoch", "दाखवतोच", "sabak sikhaunga", "सबक सिखाऊंगा",
                   "i'll get him", "ill get him"),
    # His address or his house found: "त्याचा पत्ता मिळालाय", "uske ghar ka pata mil gaya".
    "address_found": ("patta milala", "पत्ता मिळाला", "patta milalay", "पत्ता मिळालाय", "patta milala aahe",
                      "पत्ता मिळाला आहे", "patta sapadla", "पत्ता सापडला", "ghar sapadla", "घर सापडलं",
                      "ghar shodhla", "घर शोधलं", "ghar ka pata mil", "घर का पता मिल", "uska pata mil",
                      "उसका पता मिल", "address mil", "एड्रेस मिल", "address mila", "address milala",
                      "got his address", "found his address", "have his address", "found his house",
                      "found where he lives", "know where he lives", "found out where he lives",
                      "kahan rehta hai pata chal", "कहाँ रहता है पता चल", "kaha rehta hai pata chal",
                      "kuthe rahto te kalla", "कुठे राहतो ते कळलं", "kuthe rahto kalla", "ghar dhoondh liya",
                      "घर ढूंढ लिया", "ghar dhund liya", "where he lives", "where he stays", "found where", "found out where",
                      "kaha rehta hai",
                      "kahan rehta hai", "कहाँ रहता है", "कहां रहता है", "kuthe rahto", "कुठे राहतो", "ghar ka pata hai", "घर का पता है", "ghar pata hai",
                      "घर पता है", "ghar pata chal gaya", "घर पता चल गया", "ghar ka pata chal", "घर का पता चल",
                      "tyacha ghar mahit", "त्याचं घर माहीत", "त्याचा पत्ता माहीत", "patta mahit aahe",
                      "पत्ता माहीत आहे", "i know his address", "know his house",
                      # round 36 (out of jail): the informer's address, the constable's quarters
                      "address मिळाला", "address मिळालाय", "address मिळाला आहे", "address मिल गया", "found his quarters",
                      "found his room", "found his place", "where he sleeps", "know where he sleeps"),
    # Where someone lives, known (round 36: "I know where the informer lives now"): an address
    # only beside his end foretold.
    "where_someone_lives": ("know where", "found where", "found out where", "pata chal gaya kahan", "कुठे राहतो"),
    # His end foretold: "इस बार वो बचेगा नहीं", "आता त्याचा game over", "ata tyachi vel", "what's coming".
    "his_end": ("बचेगा नहीं", "bachega nahi", "nahi bachega", "नहीं बचेगा", "vachnar nahi", "वाचणार नाही",
                "sutnar nahi", "सुटणार नाही", "त्याचा game over", "tyacha game over", "उसका game over",
                "uska game over", "his game is over", "khel khatam", "खेल खतम", "खेल ख़त्म", "खेळ खल्लास",
                "khel khallas", "tyachi vel", "त्याची वेळ", "uska time aa gaya", "उसका टाइम आ गया", "his time is up",
                "what's coming", "whats coming", "what is coming", "wont see next", "won't see next", "settling it",
                "settle it", "won't survive", "wont survive", "won't get away", "wont get away"),
    # A blade of the farm or the wood, named in a threat: "sickle", "विळा", "हंसिया".
    "blade_of_the_farm": ("sickle", "sickles", "scythe", "hasiya", "हंसिया", "हँसिया", "hansiya", "darati",
                          "दराती", "दरांती", "daranti", "vila", "विळा", "vilyane", "विळ्याने", "vilya",
                          "kurhadi", "कुऱ्हाडी", "axe", "kulhadi", "कुल्हाड़ी", "कुल्हाडी", "kudal",
                          "कुदाल", "machete", "koyta", "कोयता", "koytyane", "कोयत्याने", "gandasa", "गंडासा",
                          "farsa", "फरसा", "pharsa"),
    # Someone threatened or went after: "धमका रहा था", "dhamki di", "went after him".
    "went_after_someone": ("dhamka*", "धमका*", "dhamki*", "धमकी*", "dhamkav*", "धमकाव*", "threaten*",
                           "went after", "chased", "peeche bhaga", "पीछे भागा", "mage dhavla", "मागे धावला",
                           "angavar gela", "अंगावर गेला", "attacked", "hamla", "हमला"),
    # A purchase or a kitchen, where a knife and an account are a shop's.
    "bought_for_home": ("kitchen", "किचन", "rasoi", "रसोई", "swayampak", "स्वयंपाक", "bill", "बिल", "kharida",
                        "खरीदा", "kharidi", "viktat", "विकत", "bought", "purchase", "dukandar", "दुकानदार",
                        "shopkeeper", "vegetables", "sabzi", "सब्ज़ी", "सब्जी", "bhaji", "भाजी", "fruit",
                        "phal", "फल"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_WEAPON = _g("weapon", "blade_of_the_farm")

SCORE_TO_SETTLE: tuple[Combination, ...] = (
    # The account to be settled, a knife along.
    Combination(HO, (_g("account_to_settle"), _WEAPON), 16, across=True,
                unless=_g("bought_for_home"), unless_reach=6),
    # His address found, and "I'll see to him".
    Combination(HO, (_g("address_found"), _g("see_to_him", "account_to_settle")), 16, across=True),
    # His address or where he lives found, and his end foretold (round 36).
    Combination(HO, (_g("address_found", "where_someone_lives"), _g("his_end")), 16, across=True),
    # "I'll see to him" with a weapon.
    Combination(HO, (_g("see_to_him"), _WEAPON), 12, across=True, unless=_g("bought_for_home"), unless_reach=6),
    # Someone threatened another with a sickle or an axe, and is now missing.
    Combination(HO, (_g("threat_made", "went_after_someone"), _WEAPON, _g("gone_missing")), 24, across=True),
)
