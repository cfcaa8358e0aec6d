"""Using again told as being made to drink, sitting at the bar again, a quarter going on, joining the
ones who drank, a bet on the races; and the pull of a drink or a smell, not given in to (the reading of
rounds 70-71: horse-cart drivers, newspaper vendors, watch repairers, balloon sellers, cycle
mechanics, egg-cart vendors):

- friends who made the writer drink: "मित्रांनी पाजली" (a baby fed milk stays quiet: no friend, no
  drink);
- charas or ganja "fooki"; "a couple of KFs";
- the bar sat at again, every evening: "Budhwar Peth च्या bar मध्ये रोज संध्याकाळी बसतोय परत"; the
  writer at the liquor den: "mi daru chya adda var hoto";
- a quarter going on every day: "परवापासून रोज संध्याकाळी एक पव्वा चालू आहे";
- the bottle came out and the writer sat down too: "तिथे संत्रा निघाला आणि मी पण बसलो";
- a bet on the races: "race course la gelo parat, 3000 lavle jackpot var";
- solution used again (a puncture mended with it stays quiet);
- the pull: friends who drink and call the writer over, the smell of the solvent, the thought that
  will not go, the mouth watering at the bottles, the writer who does not trust themself today, the
  wish to drink said in Marathi ("मला लगेच प्यावंसं वाटलं"): urgent, not a crisis.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE, CR = Category.RELAPSE, Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    "aq_made_to_drink": ("पाजली", "पाजलं", "पाजले", "paajli", "pajli", "pajla", "pila di", "पिला दी", "pilayi", "पिलाई"),
    # Kept away: "walked past them", "मैं जल्दी निकल आया" (widens progress.py's list).
    "abstained": ("walked past them", "walked past", "jaldi nikal aaya", "जल्दी निकल आया", "जल्दी निकल आई",
                  "jaldi nikal aayi", "lavkar nighalo", "लवकर निघालो", "हाथ जोड़ दिए", "haath jod diye", "हात जोडले",
                  "haat jodle", "no म्हणालो", "no mhanalo", "no बोललो", "no bolalo", "no bola", "no बोला", "परत पाठवलं",
                  "parat pathavla", "वापस भेज दिया", "wapas bhej diya", "sent them back"),
    # Did not say no (widens morning_after.py's list).
    "could_not_refuse": ("नाही म्हणालो नाही", "nahi mhanalo nahi", "मना नहीं किया", "mana nahi kiya"),
    "aq_friends_or_me": ("मित्रांनी", "mitrani", "mitranni", "dosto ne", "दोस्तों ने", "dosto", "mala", "मला", "mujhe",
                         "मुझे", "friends"),
    "aq_smoked": ("fooki", "phooki", "फूंकी", "फूकी", "phunki", "fuki", "phoonk di", "फूंक दी"),
    # What a child or a patient is given to drink.
    "aq_not_a_drink": ("दूध", "dudh", "doodh", "कढा", "kadha", "औषध", "aushadh", "medicine", "पाणी", "pani", "चहा",
                       "chaha", "tea", "sarbat", "juice", "dawai", "दवाई", "dava", "दवा", "goli", "गोली", "syrup"),
    "aq_couple_of_kfs": ("kfs", "couple of kfs", "kf strong", "2 kf", "two kf"),
    "aq_bar": ("bar मध्ये", "bar madhe", "in the bar", "at the bar", "adda", "अड्डा", "adde", "अड्डे", "theka", "ठेका", "theke", "ठेके", "gutta", "गुत्ता",
               "गुत्त्यावर", "permit room"),
    "aq_sitting": ("बसतोय", "bastoy", "baithta", "baith raha", "बैठ रहा", "बैठता", "sitting", "बसलो", "baslo"),
    "aq_again_daily": ("परत", "parat", "phir se", "फिर से", "roz", "रोज", "रोज़", "daily", "every evening",
                       "रोज संध्याकाळी"),
    "aq_at_the_den": ("daru chya adda var hoto", "दारूच्या अड्ड्यावर होतो", "daru ke adde pe tha", "दारू के अड्डे पे था",
                      "adda var hoto", "अड्ड्यावर होतो", "adde pe tha", "अड्डे पे था"),
    "aq_quarter_going_on": ("एक पव्वा चालू आहे", "ek pavva chalu ahe", "pavva chalu", "पव्वा चालू", "quarter chalu hai",
                            "क्वार्टर चालू है", "ek quarter roz"),
    "aq_drink_came_out": ("संत्रा निघाला", "santra nighala", "bottle nighali", "बाटली निघाली", "daru nighali",
                          "दारू निघाली", "bottle khuli", "बोतल खुली"),
    "aq_i_sat_too": ("mi pan baslo", "मी पण बसलो", "main bhi baith gaya", "मैं भी बैठ गया", "i sat with them",
                     "i joined them"),
    "aq_races": ("jackpot", "race course", "racecourse", "ghodyavar", "race madhe", "race var", "घोड्यावर", "रेस"),
    "aq_staked": ("lavle", "लावले", "lavla", "लावला", "lagaye", "लगाए", "laga diye", "bet lagayi"),
    "aq_solution": ("solution", "सोल्युशन", "sulochan"),
    "aq_used": ("used", "sniffed", "sungha", "sunghi", "सूंघा", "ओढलं", "odhla"),
    "aq_again": ("again", "phir se", "परत", "parat", "twice", "do baar"),
    "aq_mending": ("puncture", "panchar", "पंक्चर", "tyre", "tire"),
    # The pull that needs a drink, a drug or a smell beside it.
    "aq_pull": ("खींचता है", "kheenchta hai", "khichta hai", "pulling me back", "pulling me", "मन वहीं है",
                "man wahi hai", "man vahin", "vichar jat nahi", "विचार जात नाही", "cant stop thinking about it",
                "can't stop thinking about it", "tyachach vichar", "त्याचाच विचार", "जीभ ओली होते", "jibh oli hote",
                "muh mein paani", "मुंह में पानी", "मन चलबिचल", "man chalbichal", "मन थाऱ्यावर नाही", "man tharyavar nahi",
                "purani yaad aa rahi", "पुरानी याद आ रही", "जुने दिवस आठवले", "june divas athavle", "आठवण सतत येतेय",
                "aathvan satat", "dimaag ghoom raha", "मुझे आवाज़ दे रहे", "mujhe awaaz de rahe", "मला हाका मारतायत",
                "mala haka martayt", "मला पण बोलावतायत", "mala pan bolavtayt", "अभी तक बचा हूँ", "अभी तक बचा हूं",
                "abhi tak bacha hun", "अजून घेतली नाही", "ajun ghetli nahi", "abhi tak liya nhi", "abhi tak liya nahi",
                "अजून प्यायलो नाही", "ajun pyalo nahi", "close to it"),
    "aq_drink_or_smell": ("वास", "vaas", "vas", "gandh", "गंध", "गन्ध", "smell", "बाटल्या", "batlya", "bottles",
                          "पी रहे", "pee rahe", "पितायत", "pitayt", "firavtayt", "फिरवतायत"),
    # The pull said alone.
    "aq_pull_alone": ("प्यावंसं वाटलं", "pyavasa vatla", "pyavas vatla", "प्यावंसं वाटतं", "ghyavasa vatla",
                      "घ्यावंसं वाटलं", "ओढावंसं वाटलं", "odhavasa vatla", "i want to smoke up", "want to smoke up"),
    # Not trusting oneself today, and a plea to be called (exam nerves ask for no call).
    "aq_no_trust": ("स्वतःवर विश्वास नाही", "swatavar vishwas nahi", "don't trust myself", "dont trust myself",
                    "khud pe bharosa nahi", "खुद पे भरोसा नहीं"),
    "aq_call_me": ("फोन करा", "phone kara", "call karo", "call करो", "call me", "फोन करो", "phone karo"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # "maine sirf rasna piya": the powdered orange drink.
    "beverage": ("rasna", "रसना"),
}

_SUBSTANCE = _g("alcohol", "cannabis", "drugs", "substance_more", "inhalant_maybe", "aq_drink_or_smell")

ADDA_AGAIN_AND_THE_PULL: tuple[Combination, ...] = (
    Combination(RE, (_g("aq_made_to_drink"), _g("aq_friends_or_me", "alcohol")), 4, unless=_g("aq_not_a_drink"),
                unless_reach=3),
    Combination(RE, (_g("aq_made_to_drink"), _g("could_not_refuse")), 10, across=True),
    Combination(RE, (_g("cannabis", "drugs"), _g("aq_smoked")), 4),
    Combination(RE, (_g("aq_couple_of_kfs"),), 0),
    Combination(RE, (_g("aq_bar"), _g("aq_sitting"), _g("aq_again_daily")), 8),
    Combination(RE, (_g("aq_at_the_den"),), 0),
    Combination(RE, (_g("aq_quarter_going_on"),), 0),
    Combination(RE, (_g("aq_drink_came_out", "alcohol"), _g("aq_i_sat_too")), 8),
    Combination(RE, (_g("aq_races"), _g("aq_staked")), 6),
    Combination(RE, (_g("aq_solution"), _g("aq_used"), _g("aq_again")), 6, unless=_g("aq_mending"), unless_reach=12),
    Combination(CR, (_g("aq_pull"), _SUBSTANCE), 16, across=True),
    # The pull after an offer turned down (the refusal takes the substance's words with it).
    Combination(CR, (_g("aq_pull"), _g("abstained", "offered", "friend_gave", "quit")), 16, across=True),
    Combination(CR, (_g("aq_pull_alone"),), 0),
    Combination(CR, (_g("aq_no_trust"), _g("aq_call_me")), 10, across=True),
)
