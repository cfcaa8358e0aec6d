"""The gift bottle and the pay-day adda (the drink and the cravings of rounds 98-99: housing-society
watchmen, car showrooms, hardware counters, bus-body works, weighbridges, watch repairers):

- the customer's gift, a Red Label or a Black Dog, "finished alone at night", "half gone right there in the
  parking"; "so tullu last night I left the bike at the showroom";
- "desi, three quarters"; "the deshi bar after salary, 3 pavvas, woke up on the footpath";
- the pay in hand and "the feet went straight to the adda, the whole pay blown", "salary came and straight
  to the bhatti, 1200 gone";
- "smelling thinner from the counter tins again"; "one peg became a full bottle"; "an old friend said have
  just one, and saying one it became four";
- cravings: the other guards drinking behind the DG set "and I feel like joining them"; a new bar or wine
  shop opened opposite the gate "and it's very hard", "I see its light every night"; "I remember the high";
  "the old habit is pulling"; "the bar is two minutes away, I haven't gone yet"; "I feel like placing a
  matka number"; the solution tube put down "but the urge is still there"; "when the shutter comes down the
  thirst starts, how do I handle it".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import NOT_MINE, Combination, _g
from alumni.domain.crisis.detection import Category

RE, CR = Category.RELAPSE, Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    "gs_brand": ("red label", "रेड लेबल", "black dog", "ब्लॅक डॉग", "ब्लैक डॉग", "black label", "blenders pride",
                 "royal stag", "रॉयल स्टॅग", "old monk", "ओल्ड मंक", "officers choice", "imperial blue",
                 "100 pipers", "teachers", "signature", "mcdowell", "mc dowells", "8pm", "magic moments",
                 "smirnoff", "kingfisher", "किंगफिशर", "tuborg", "budweiser", "bira"),
    "gs_finished": ("संपवली", "sampavli", "sampvali", "उडवली", "udavli", "खाली केली", "khali keli", "half gone",
                    "आधी वहीं", "aadhi wahin", "आधी तिथेच", "adhi tithech", "khatam kar di", "खत्म कर दी",
                    "ख़त्म कर दी", "finished it", "finished the bottle", "finished the whole"),
    "gs_drunk_slang": ("itna tullu tha", "इतना टुल्लू था", "itna tunn tha", "इतना टुन्न था", "kal raat tullu",
                       "kal tullu tha", "itka tunn hoto", "इतका टुन्न होतो"),
    "gs_quarters": ("pavvas", "pavve", "पव्वे", "pauve", "pauwe", "quarters"),
    # one quarter: "pavva" is spelt like "pav" (bread, or a quarter kilo), so it is read only beside desi
    "gs_one_quarter": ("पव्वा", "pavva", "pauwa"),
    "gs_deshi_bar": ("deshi bar", "desi bar", "देसी बार", "deshi daru", "desi ke", "देसी के"),
    "gs_den": ("अड्ड्याकडे", "addyakade", "adda kade", "bhatti pe", "भट्टी पे", "theke pe", "ठेके पे",
               "bhattivar", "भट्टीवर"),
    "gs_blew": ("uda diye", "उड़ा दिए", "उडाला", "udala", "उडवला", "udavla", "blew", "blown"),
    "gs_sniffing": ("smelling thinner from", "sniffing thinner", "sniffing the thinner", "thinner sungh",
                    "थिनर सूंघ", "solution sungh", "सोल्यूशन सूंघ", "whitener sungh", "sniffing glue",
                    "sniffing solution", "thinner hungto", "थिनर हुंगतो"),
    "gs_same_as_using": ("same as using", "using hi hai", "नशा ही है"),
    "gs_one_became": ("one peg became", "one drink became", "एक म्हणता म्हणता", "ek mhanta mhanta",
                      "ek karte karte", "एक करते करते"),
    "gs_became_many": ("full bottle", "चार झाले", "char zale", "char jhale", "चार हो गए", "char ho gaye",
                       "became four", "पूरी बोतल", "puri botal"),
    "gs_just_one": ("एकच घे", "ekach ghe", "bas ek le", "बस एक ले", "just have one", "just one"),
    # cravings
    "gs_join_them": ("feel like joining them", "feel like joining", "unke saath baithne ka mann",
                     "उनके साथ बैठने का मन", "tyanchyat basava vatta", "त्यांच्यात बसावं वाटतं"),
    "gs_drink_near": ("drink", "drinking", "पीते", "peete", "पितात", "pitat", "smell", "वास", "daru", "दारू",
                      "bottle", "बाटली"),
    "gs_new_bar": ("wine shop opened", "new wine shop", "new bar", "नवीन बार", "navin bar", "बार उघडलाय",
                   "bar ughadla", "bar ughadlay", "naya theka", "नया ठेका", "theka khula", "ठेका खुला",
                   "नवीन बार उघडलाय"),
    "gs_hard_to_see": ("very hard", "tras hoto", "त्रास होतो", "लाईट दिसते", "light disate", "roj disto", "रोज दिसतो",
                       "watch people buying", "mushkil hai", "मुश्किल है", "dekh ke mann", "देख के मन"),
    "gs_remember_high": ("remember the high", "remembered the high", "nasha yaad", "नशा याद", "kick yaad",
                         "jhing athavte", "झिंग आठवते"),
    "gs_old_habit": ("juni savay", "जुनी सवय", "purani aadat", "पुरानी आदत", "old habit", "old habits"),
    "gs_pulling": ("odhtey", "ओढतेय", "odhte", "ओढते", "kheench rahi", "खींच रही", "kheenchti", "खींचती", "pulling",
                   "khechtey", "खेचतेय"),
    "gs_not_gone_yet": ("अजून गेलो नाही", "ajun gelo nahi", "abhi gaya nahi", "अभी गया नहीं", "haven't gone yet",
                        "havent gone yet", "not gone yet"),
    "gs_bar_near": ("बार", "bar", "theka", "ठेका", "adda", "अड्डा", "wine shop"),
    "gs_urge": ("mann hota hai", "mann hota", "man hota", "man hotay", "mann hotay", "मन होतं", "मन होता है",
                "मन होतंय", "mann karta", "मन करता"),
    "gs_place_urge": ("lagane ka mann", "lagane ka man", "लगाने का मन", "lavaycha mann", "lavaycha man",
                      "लावायचं मन", "khelne ka mann", "खेलने का मन"),
    "gs_urge_still": ("mann abhi bhi hai", "मन अभी भी है", "man ajun ahe", "मन अजून आहे", "still want it",
                      "urge is still there"),
    "gs_thirst": ("the thirst starts", "thirst starts", "the thirst", "तलफ", "talaf", "talab lagti", "तलब लगती"),
    "gs_handle": ("how do i handle", "how to handle", "kaise sambhalu", "कैसे संभालूं", "kasa sambhalu",
                  "कसं सांभाळू", "what do i do"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

# Drink named, measured or its place: these readings' group (the later ones add their own words to it).
DRINK_READ = ("alcohol", "drink_unit", "measure", "sq_quarter", "liquor_place", "drink_place", "habit_den",
              "po_drink_words", "bb_country_liquor", "gs_brand")

GIFT_BOTTLE_AND_THE_PAY_DAY_ADDA: tuple[Combination, ...] = (
    Combination(RE, (_g("gs_brand"), _g("gs_finished")), 10, across=True, unless=NOT_MINE, unless_reach=1),
    Combination(RE, (_g("gs_drunk_slang"),), unless=_g("third_person"), unless_reach=2),
    Combination(RE, (_g("bb_country_liquor", "gs_deshi_bar"), _g("gs_quarters", "gs_one_quarter")), 12, across=True,
                unless=NOT_MINE, unless_reach=1),
    Combination(RE, (_g("pd_pay_came", "payday", "po_pay_came"), _g("gs_den", "cl_drink_place", "liquor_place"),
                     _g("gs_blew", "blown_on", "made_to_vanish")), 14, across=True, unless=NOT_MINE,
                unless_reach=1),
    Combination(RE, (_g("gs_sniffing"), _g("again", "po_again", "gs_same_as_using")), 14, across=True),
    Combination(RE, (_g("gs_one_became"), _g("gs_became_many", "gs_just_one")), 20, across=True,
                unless=_g("third_person"), unless_reach=1),
    Combination(CR, (_g("gs_join_them"), _g(*DRINK_READ, "gs_drink_near")), 24, across=True),
    Combination(CR, (_g("gs_new_bar"), _g("gs_hard_to_see")), 20, across=True),
    Combination(CR, (_g("gs_remember_high"),)),
    Combination(CR, (_g("gs_old_habit"), _g("gs_pulling")), 3),
    Combination(CR, (_g("gs_bar_near", *DRINK_READ), _g("gs_not_gone_yet")), 16, across=True),
    Combination(CR, (_g("bet_game", "po_gamble", "sq_gamble"), _g("gs_urge")), 10, across=True),
    Combination(CR, (_g("inhalants", "inhalant_maybe", "aq_solution", *DRINK_READ), _g("gs_urge_still")), 20, across=True),
    Combination(CR, (_g("gs_thirst"), _g("gs_handle")), 16, across=True),
)
