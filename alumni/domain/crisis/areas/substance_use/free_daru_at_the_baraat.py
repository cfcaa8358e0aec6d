"""Free daru at the baraat (the drink and the cravings of rounds 100-101: wedding bands, repair technicians,
ration shops, real-estate agents, snack factories, water plants):

- "drank kachchi at the bhatti near Bilawali"; "free daru at the baraat, I couldn't say no, a whole
  quarter"; "whitener again"; "at the dhaba, no idea how much I drank"; "saying just one beer it became
  four"; "one peg, what will it do, and after one came three"; "just one KF beer, but I shouldn't have had
  even that";
- cravings: "the feet stop in front of the adda, I haven't gone in yet"; "free daru every night of the
  wedding season, scared I'll break"; "missing the syrup on the night shift, holding myself back somehow";
  "alone at home only thoughts of the bottle come"; "met the old MD dealer on a delivery, my mind is
  disturbed since".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.gift_bottle_and_the_pay_day_adda import DRINK_READ
from alumni.domain.crisis.combination import NOT_MINE, Combination, _g
from alumni.domain.crisis.detection import Category

RE, CR = Category.RELAPSE, Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    "fd_kachchi": ("कच्ची", "kachchi", "kacchi", "kachi daru", "कच्ची दारू"),
    "fd_drank": ("पी आया", "pi aaya", "pee aaya", "pi li", "पी ली", "piya", "पिया", "pi gaya", "पी गया", "pyalo",
                 "प्यालो", "pilo", "पिलो"),
    "fd_couldnt_refuse": ("मना नहीं कर पाया", "mana nahi kar paya", "nahi mhanu shaklo nahi", "नाही म्हणू शकलो नाही",
                          "couldn't refuse", "couldnt refuse", "mana nahi kar saka"),
    "fd_drink": ("daru", "दारू", "quarter", "क्वार्टर", "peg", "पेग", "beer", "बियर", "बीयर", "whisky", "rum"),
    "fd_inhalant": ("व्हाईटनर", "whitener", "व्हाइटनर", "thinner", "थिनर", "solution", "सोल्यूशन"),
    "fd_inhaled": ("ओढलं", "odhla", "sungha", "सूंघा", "sniffed", "huffed", "ओढला"),
    "fd_again": ("पुन्हा", "punha", "parat", "परत", "फिर", "phir", "again"),
    "fd_lost_count": ("पता ही नहीं कितनी पी", "pata hi nahi kitni pi", "kitni pi pata nahi", "कितनी पी पता नहीं",
                      "kiti pyalo mahit nahi", "किती प्यालो माहित नाही", "don't know how much i drank",
                      "dont know how much i drank", "lost count of the pegs"),
    "fd_just_one_said": ("ekach beer bolun", "एकच बियर बोलून", "ekach bolun", "एकच बोलून", "ek peg se kya hoga",
                         "एक पेग से क्या होगा", "bas ek bol ke", "बस एक बोल के"),
    "fd_then_more": ("ek ke baad teen", "एक के बाद तीन", "ek ke baad do", "teen ho gaye", "तीन हो गए", "char zale",
                     "चार झाले", "char jhale", "do ho gaye", "दो हो गए"),
    "fd_shouldnt_have": ("घ्यायला नको होती", "ghyayla nako hoti", "पिनी नहीं चाहिए थी", "peeni nahi chahiye thi",
                         "shouldn't have had", "shouldnt have had"),
    # cravings
    "fd_den_front": ("adyachya samorun", "अड्ड्याच्या समोरून", "adyachya", "अड्ड्याच्या", "barchya samorun",
                     "बारच्या समोरून"),
    "fd_not_in_yet": ("ajun aat gelo nahi", "अजून आत गेलो नाही", "paay thambtat", "पाय थांबतात"),
    "fd_fear_break": ("डर है टूट जाऊंगा", "dar hai toot jaunga", "टूट जाऊंगा", "toot jaunga", "तुटेन", "tuten",
                      "scared i'll break", "scared i will slip", "scared i'll give in"),
    "fd_free_drink": ("फ्री की दारू", "free ki daru", "फ्री दारू", "free daru", "free drinks", "open bar"),
    "fd_missing": ("आठवण येतेय", "athvan yetey", "aathvan yetey", "याद आ रही", "yaad aa rahi", "missing the"),
    "fd_holding_back": ("स्वतःला थांबवतोय", "swatala thambavtoy", "khud ko rok raha", "खुद को रोक रहा",
                        "holding myself back"),
    "fd_substance": ("सिरप*", "sirap*", "syrup", "cough syrup", "codeine", "कोडीन", "corex", "कोरेक्स"),
    "fd_thoughts_of": ("बाटलीचेच विचार", "batliche vichar", "batlichech vichar", "बाटलीचे विचार", "bottle ke khayal",
                       "बोतल के ख्याल", "daru ke vichar", "दारूचे विचार", "daruche vichar", "thoughts of the bottle"),
    "fd_old_dealer": ("पुराना dealer", "purana dealer", "old dealer", "जुना dealer", "juna dealer", "पुराना डीलर",
                      "जुना डीलर", "old peddler"),
    "fd_disturbed": ("mind disturb", "mann disturb", "डिस्टर्ब", "disturb है", "disturb hai", "मन अस्वस्थ",
                     "man asvastha", "restless", "shaken"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_DRINK = (*DRINK_READ, "fd_drink")

FREE_DARU_AT_THE_BARAAT: tuple[Combination, ...] = (
    Combination(RE, (_g("fd_kachchi"), _g("fd_drank")), 3, unless=NOT_MINE, unless_reach=1),
    # The refusal's own "not" ("मना नहीं कर पाया", "घ्यायला नको होती") is a part, so that it cancels nothing.
    Combination(RE, (_g("fd_couldnt_refuse"), _g("negation"), _g(*_DRINK)), 12, across=True, same_word=True,
                unless=_g("third_person"), unless_reach=1),
    Combination(RE, (_g("fd_inhalant", "inhalants"), _g("fd_inhaled"), _g("fd_again")), 4,
                unless=_g("third_person"), unless_reach=1),
    Combination(RE, (_g("fd_lost_count"),), unless=_g("third_person"), unless_reach=1),
    Combination(RE, (_g("fd_just_one_said", "gs_one_became", "gs_just_one"), _g("fd_then_more", "gs_became_many")), 24,
                across=True, unless=_g("third_person"), unless_reach=1),
    Combination(RE, (_g(*_DRINK), _g("fd_shouldnt_have"), _g("negation")), 12, across=True, same_word=True),
    Combination(CR, (_g("fd_den_front", "gs_bar_near"), _g("fd_not_in_yet", "gs_not_gone_yet")), 12, across=True),
    Combination(CR, (_g("fd_fear_break"), _g(*_DRINK, "fd_free_drink")), 16, across=True),
    Combination(CR, (_g("fd_substance", "syrup_named", *_DRINK), _g("fd_missing", "fd_holding_back")), 16,
                across=True),
    Combination(CR, (_g("fd_thoughts_of"),)),
    Combination(CR, (_g("fd_old_dealer"), _g("fd_disturbed")), 16, across=True),
)
