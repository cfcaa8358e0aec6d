"""Quarter after quarter and the sample glass (the drink, the drugs and the cravings of rounds 110-111:
breweries and bottling plants, rakhi and lantern makers, matrimonial bureaus, temple kitchens, packers and
movers, ship-breaking yards):

- "three days at home, quarter after quarter"; "thought one beer won't matter, it became five"; the QC
  tasting "turned into a full glass ... went to the bar after"; "everyone drank at the procession, me too";
  "every night the bottle comes out in the cabin"; "half a bottle every day this week"; "sorry sir, a full
  bottle of Royal Stag"; "sniffed the solution again"; two pouches of lattha taken;
- cravings: "haven't used yet, but don't know about tonight"; "I really want to"; "one step from the bar";
  "someone call me", "please call, I can't hold on alone today", "talk to me please"; "holding myself back";
  "feel like getting off the bus" beside the ahata; "feel like sniffing" the solution; "my feet pull towards
  the bar"; the smell of the bottles "is killing me"; "I imagine opening it".

Words and the rules that read them (appended to the area's COMBINATIONS by readings_from_round_88.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import NOT_MINE, Combination, _g
from alumni.domain.crisis.detection import Category

RE, CR = Category.RELAPSE, Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    "qq_one_after_another": ("pauwa pe pauwa", "पौवा पे पौवा", "पव्यावर पव्वा", "pavyavar pavva", "peg pe peg",
                             "पेग पे पेग", "quarter pe quarter", "quarter after quarter", "glass after glass",
                             "bottle pe bottle", "बोतल पे बोतल"),
    "qq_one_wont_matter": ("एक beer से कुछ नहीं होगा", "ek beer se kuch nahi hoga", "एक से कुछ नहीं होगा",
                           "ek se kuch nahi hoga", "एकाने काही होत नाही", "ekane kahi hot nahi",
                           "one beer won't hurt", "one beer wont hurt", "one won't hurt", "one wont hurt"),
    "qq_became_n": ("हो गई", "ho gayi", "हो गए", "ho gaye", "झाल्या", "jhalya", "zalya", "turned into",
                    "became"),
    "qq_full_glass": ("full glass", "whole sample", "पूरा गिलास", "pura gilas", "पूर्ण ग्लास", "purna glass"),
    "qq_went_to_bar": ("went to the bar", "bar चला गया", "bar chala gaya", "बारमध्ये गेलो", "bar madhe gelo",
                       "theke pe chala gaya", "ठेके पे चला गया"),
    "qq_others_drank": ("सगळे प्यायले", "sagle pyayle", "सब ने पी", "sab ne pi", "सबने पी", "everyone drank"),
    "qq_me_too": ("मी पण", "mi pan", "मैं भी", "main bhi", "me too", "maine bhi", "मैंने भी"),
    # "main bhi behak jaunga shayad": the fear of joining them, not the act
    "qq_maybe": ("shayad", "शायद", "jaunga", "जाऊंगा", "जाऊँगा", "might", "would", "kadachit", "कदाचित"),
    "qq_bottle_comes_out": ("बोतल निकल आती है", "bottle nikal aati", "बाटली निघते", "batli nighte",
                            "the bottle comes out"),
    "qq_nightly": ("रोज़ रात को", "रोज रात को", "roz raat ko", "रोज रात्री", "roj ratri", "every night"),
    "qq_bottle_amount": ("अर्धी बाटली", "ardhi batli", "आधी बोतल", "aadhi bottle", "half bottle", "full bottle of",
                         "पूरी बोतल", "puri bottle", "पूर्ण बाटली", "purna batli"),
    "qq_every_day": ("आठवडाभर रोज", "athvadabhar roj", "हफ्ते भर रोज़", "hafte bhar roz", "every day this week",
                     "रोज ऑफिस बंद केल्यावर", "daily"),
    "qq_sorry_slept": ("sir sorry", "sorry sir", "slept in the truck", "गाड़ी में सो गया", "gaadi me so gaya"),
    "qq_sniffed": ("huntla", "हुंगला", "हुंगलं", "hungla", "सूंघ लिया", "soongh liya", "sniffed"),
    "qq_inhalant": ("solution", "सॉल्यूशन", "whitener", "व्हाइटनर", "thinner", "थिनर", "fevibond", "glue"),
    "qq_country_pouch": ("lattha", "laththa", "latha", "लट्ठा", "potli of", "पोटली", "potli"),
    "qq_took": ("took", "ली", "li", "घेतली", "ghetli", "ghetlya", "मारी", "mari"),
    # cravings
    "qq_not_yet": ("ajun ghetli nahi", "अजून घेतली नाही", "ajun nahi ghetli", "अजून नाही घेतली", "abhi tak nai piya",
                   "abhi tak nahi piya", "अभी तक नहीं पी", "havent used", "haven't used", "havent had one yet",
                   "अभी तक खड़ा हूँ", "अभी तक खड़ा हूं"),
    "qq_dont_know_later": ("kay hoil mahit nahi", "काय होईल माहित नाही", "raat tak kuch pata nai",
                           "raat tak kuch pata nahi", "रात तक कुछ पता नहीं", "don't know about tonight",
                           "dont know about tonight", "really want to", "pay thabkle", "पाय थबकले"),
    "qq_one_step": ("one step from the bar", "one step away from drinking", "एक कदम दूर", "ek kadam door"),
    "qq_call_me": ("कोई फोन करो", "koi phone karo", "कृपया फोन कीजिए", "kripya phone kijiye", "please call me",
                   "pls call me", "baat karo pls", "baat karo please", "बात करो pls", "कोणीतरी फोन करा",
                   "konitari phone kara"),
    "qq_cant_hold": ("अकेले नहीं संभल रहा", "akele nahi sambhal raha", "एकट्याने सांभाळता येत नाही",
                     "can't hold on alone", "roka hua hu", "रोका हुआ हूं", "रोका हुआ हूँ", "rokun dharlay"),
    "qq_feel_like": ("का मन कर रहा", "ka mann kar raha", "ka man kar raha", "चा मन होतंय", "cha mann hotay",
                     "mann hotay", "मन होतंय", "का मन", "ka mann", "imagine opening it"),
    "qq_drink_place": ("अहाते", "अहाता", "ahata", "ahate", "ठेका", "theka", "बार", "bar", "गुत्ता", "gutta",
                       "bottle", "bottles"),
    "qq_feet_pull": ("पाय बारकडे ओढतात", "pay barkade odhtat", "पैर बार की तरफ खींचते", "pair bar ki taraf",
                     "feet pull towards the bar"),
    "qq_smell_kills": ("smell is killing me", "गंध से दिमाग खराब", "gandh se dimag kharab", "vaas yetoy",
                       "वास येतोय"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

QUARTER_AFTER_QUARTER_AND_THE_SAMPLE_GLASS: tuple[Combination, ...] = (
    Combination(RE, (_g("qq_one_after_another"),), unless=NOT_MINE, unless_reach=3),
    Combination(RE, (_g("qq_one_wont_matter"), _g("qq_became_n")), 12),
    Combination(RE, (_g("qq_full_glass"), _g("qq_went_to_bar")), 20, across=True),
    Combination(RE, (_g("qq_others_drank"), _g("qq_me_too")), 4, order=True, unless=_g("negation", "qq_maybe"),
                unless_reach=3),
    Combination(RE, (_g("qq_bottle_comes_out"), _g("qq_nightly")), 14),
    Combination(RE, (_g("qq_bottle_amount"), _g("qq_every_day", "qq_sorry_slept")), 14, across=True,
                unless=NOT_MINE, unless_reach=3),
    Combination(RE, (_g("qq_inhalant"), _g("qq_sniffed")), 6, unless=NOT_MINE, unless_reach=2),
    Combination(RE, (_g("qq_country_pouch"), _g("qq_took")), 6, unless=NOT_MINE, unless_reach=2),
    Combination(CR, (_g("qq_not_yet"), _g("qq_dont_know_later", "qq_call_me")), 20, across=True),
    Combination(CR, (_g("qq_one_step"),)),
    Combination(CR, (_g("qq_call_me"),)),
    Combination(CR, (_g("qq_cant_hold"),)),
    Combination(CR, (_g("qq_feel_like"), _g("qq_drink_place", "qq_inhalant", "qq_sniffed")), 12, across=True),
    Combination(CR, (_g("qq_feet_pull"),)),
    Combination(CR, (_g("qq_smell_kills"), _g("qq_drink_place", "qq_inhalant")), 16, across=True),
)
