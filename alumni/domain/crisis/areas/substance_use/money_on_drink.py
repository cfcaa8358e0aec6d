"""Using again told by the money it took: the crop, the wages or the salary blown on drink
("fasal ka sab paisa daru me uda diya", "सगळे पैसे दारूत गेले", "kapus che paise daruvar
udavle", "spent the cane money on liquor"). In a village the harvest or the week's wages
is when the drinking happens, and a man says what it cost rather than what he drank.

The money (or "all of it") and the substance, with a verb of blowing it, are the writer's
use; with "went" ("गया", "गेले") only in the order Hindi and Marathi put it: the money,
then the drink it went into, then the verb. The perfective only: the habit of the past
("pehle sab paisa daru me jaata tha", "used to blow my pay on booze") has no such verb, and
someone else's ("uske paise") is not the writer's. Words and the rules that read them
(appended to the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # The money a man has in hand: wages, salary, the crop's price, an advance.
    "earnings": ("paisa", "paise", "paisey", "pesa", "पैसा", "पैसे", "पैसं", "पैशे", "rupaye", "रुपये", "रुपए",
                 "rupees", "money", "cash", "salary", "सैलरी", "सॅलरी", "pagar", "पगार", "tankha", "tankhwah",
                 "तनख्वाह", "तनखा", "majuri", "mazdoori", "mazduri", "मजुरी", "मजूरी", "मज़दूरी", "kamai",
                 "कमाई", "wages", "wage", "paycheck", "pay", "earnings", "savings", "bachat", "बचत", "bonus",
                 "बोनस", "advance", "uchal", "उचल", "hajar", "hazaar", "हजार", "हज़ार", "thousand", "lakh",
                 "लाख"),
    # "All of it": the money left unnamed ("sab daru me uda diya", "सगळं दारूत गेलं").
    "all_of_it": ("sab", "sabhi", "सब", "saara", "saare", "saari", "सारा", "सारे", "सारी", "poora", "pura",
                  "poori", "puri", "पूरा", "पूरी", "पूरे", "sagla", "sagle", "sagli", "सगळा", "सगळे", "सगळी",
                  "सगळं", "all", "everything", "whole", "entire"),
    # Blown, squandered, spent: the verb says the money is gone on it.
    "blown_on": (
        "uda diya", "uda diye", "uda di", "uda dia", "uda dale", "uda daale", "uda dala", "uda daala",
        "uda daali", "udaya", "udaye", "udayi", "uda raha", "uda rahi", "uda rahe", "उड़ा दिया", "उड़ा दिए",
        "उड़ा दिये", "उड़ा दी", "उड़ा डाले", "उड़ा डाला", "उड़ा डाली", "उड़ाया", "उड़ाए", "उड़ाई", "उड़ा रहा",
        "उड़ा रही", "phoonk diya", "phoonk diye", "phunk diya", "phunk diye", "fook diye", "फूंक दिया",
        "फूंक दिए", "फूँक दिए", "luta diya", "luta diye", "लुटा दिया", "लुटा दिए", "gawa diya", "ganwa diya",
        "ganwa diye", "गंवा दिया", "गंवा दिए", "गँवा दिए", "barbaad kar diya", "barbad kar diye",
        "बर्बाद कर दिया", "बर्बाद कर दिए", "kharch kar diya", "kharch kar diye", "kharch kar di", "kharch kiya",
        "kharch kiye", "kharch ho gaya", "kharch ho gaye", "खर्च कर दिया", "खर्च कर दिए", "खर्च किया",
        "खर्च किए", "खर्च हो गया", "खर्च हो गए", "laga diye", "लगा दिए",
        "udavle", "udavla", "udavli", "udavlet", "उडवले", "उडवला", "उडवली", "उडवलं", "उडवलेत", "ghalavle",
        "ghalavla", "ghalavli", "ghalvle", "ghalavlet", "घालवले", "घालवला", "घालवली", "घालवलं", "घालवलेत",
        "udhalle", "udhalla", "udhalli", "उधळले", "उधळला", "उधळली", "kharch kele", "kharch kela", "kharch keli",
        "खर्च केले", "खर्च केला", "खर्च केली", "खर्च केलं", "funkle", "phunkle", "फुंकले",
        "spent", "blew", "blown", "wasted", "squandered", "pissed away", "splurged", "went on", "went into",
        "gone on", "gone into", "drank away", "drunk away",
    ),
    # Gone into it: "सब शराब में गया", "सगळे दारूत गेले", "saari salary daru me chali gayi".
    "went_into": ("gaya", "gaye", "gayi", "gai", "gya", "gye", "gyi", "गया", "गए", "गये", "गई", "गयी",
                  "chala gaya", "chale gaye", "chali gayi", "चला गया", "चले गए", "चली गई", "nikal gaya",
                  "nikal gaye", "निकल गया", "निकल गए", "ja raha", "ja rahe", "ja rahi", "जा रहा", "जा रहे",
                  "जा रही", "gela", "gele", "geli", "gelet", "गेला", "गेले", "गेली", "गेलं", "गेलेत", "jat aahe",
                  "जात आहे", "jatayet", "जातायत"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # What a drink costs is no money blown on it: "daru ki keemat badh gayi".
    "price": ("keemat", "kimat", "kimmat", "कीमत", "किंमत", "daam", "दाम", "tax", "टैक्स"),
}

# Not the writer's money blown: someone else's, a price or a tax, the money saved.
_NOT_BLOWN = _g("third_person", "beverage", "price", "quit", "want", "craving")

MONEY_ON_DRINK: tuple[Combination, ...] = (
    # "sab paisa daru me uda diya", "पगार दारूवर उडवला", "blew my wages on booze".
    Combination(RE, (_g("earnings", "all_of_it"), ANY + ("alcohol_maybe",), _g("blown_on")), 5,
                unless=_NOT_BLOWN),
    # "धान का पैसा सब शराब में गया", "सोयाबीनचे पैसे सगळे दारूत गेले": what money goes into is
    # drink ("pura fasal dub gail" is a crop drowned, not "dab").
    Combination(RE, (_g("earnings", "all_of_it"), _g("alcohol", "alcohol_maybe"), _g("went_into")), 4, order=True,
                unless=_NOT_BLOWN),
)
