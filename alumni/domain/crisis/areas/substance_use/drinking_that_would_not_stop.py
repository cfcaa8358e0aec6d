"""Relapse told without the usual pair of a drink and a verb of the past (rounds 48-49,
holdouts 162-169):

- drinking that did not stop once begun: "दो दिन से बिना रुके पी रहा हूं", "don divas zale
  pitoy thambat nahi", "urrak chakh li thodi, phir roka hi nahi gaya", "उराक थोडी चाखली आणि मग
  थांबलोच नाही", "ek beer boli thi, puri raat nikal gayi peete peete";
- the first drink after months: "आठ महिन्यांनी पहिल्यांदा घेतली काल";
- sat with the drinkers, and the writer too: "सोमवारी नवऱ्यासोबत बसून मी पण घेतली", "sagle
  pitat, mi pan basle";
- the pay and straight to the bar: "salary आली की पहिलं bar गाठलं", "paise milale ani seedha
  daaru dukanat", and (rounds 66-67) the middleman's advance and straight to the still, "dalal ne
  advance diya to seedha bhatti gaya"; the still sat at every evening, "रोज संध्याकाळी हातभट्टीवर जाऊन
  बसतोय"; at the liquor den, drank: "पाय आपोआप गुत्त्याकडे वळले पिलो";
- one and then another at the liquor shop: "country liquor shop on the route, had one, then
  another";
- a slip owned with an apology: "sorry sir, dhasarlo"; "back on it. 2 weeks now. not proud";
- the Vidarbha "santra" (orange country liquor) taken: "paise bhetle ani santra ghetla";
- (round 51) back on a drug ("back on steroids"), a steroid cycle started again ("started the deca
  cycle again"), the others drinking and the writer too ("everyone was drinking ... and i also
  had"), "i had two pegs".

The urge alone ("sab pee rahe hai, mera mann bhi kar raha") stays a craving: each rule needs
the drinking done. Words and the rules that read them (appended to the area's COMBINATIONS by
rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # Drinking, the writer now: "pitoy", "पितोय", "पी रहा हूं".
    "dn_drinking_now": ("pitoy", "पितोय", "pitoye", "pee raha hu", "pi raha hu", "पी रहा हूं", "पी रहा हूँ",
                        "pi rahi hu", "पी रही हूं", "pee rahi hu", "drinking nonstop", "been drinking"),
    # Did not stop drinking: "बिना रुके", "thambat nahi", "ruk nahi raha" (said of the drinking verb).
    "dn_nonstop": ("बिना रुके", "bina ruke", "thambat nahi", "थांबत नाही", "thambta nahi", "ruk nahi raha",
                   "रुक नहीं रहा", "ruka hi nahi", "रुका ही नहीं"),
    # Drank on, said beside the drink: "peete peete", "had one, then another".
    "dn_drank_on": ("बिना रुके", "bina ruke", "peete peete", "पीते पीते", "then another", "one after another"),
    # Tasted, then no stopping ("दारूच्या दुकानासमोरून गेलो, थांबलो नाही" walked past: only after a
    # taste is the not-stopping the drinking's).
    "dn_no_stopping": ("roka hi nahi gaya", "रोका ही नहीं गया", "ruka hi nahi", "रुका ही नहीं", "थांबलोच नाही",
                       "thamblach nahi", "thamblo ch nahi", "couldn't stop", "couldnt stop"),
    "dn_tasted": ("chakh li", "चख ली", "चाखली", "chakhli", "chakhali", "tasted", "taste kiya", "टेस्ट किया"),
    # Months clean, then the first one: "आठ महिन्यांनी पहिल्यांदा घेतली".
    "dn_first_time": ("पहिल्यांदा", "pahilyanda", "pahilyandach", "pehli baar", "पहली बार", "first time"),
    "dn_took": ("घेतली", "ghetli", "घेतला", "ghetla", "had one", "had a drink"),
    "dn_took_hi": ("ली", "li", "le li", "ले ली", "pi li", "पी ली"),
    # Sat with them, and the writer too.
    "dn_sat_with": ("बसून", "basun", "baith ke", "बैठ के", "बैठकर", "baithkar", "basle", "बसले", "baslo", "बसलो",
                    "baithe", "बैठे", "sat with"),
    "dn_me_too": ("मी पण", "mi pan", "mi pn", "main bhi", "मैं भी", "me too", "i also"),
    # Paid, and straight to the bar: "salary आली की", "paise milale".
    "dn_paid": ("salary aali", "salary आली", "सैलरी आई", "salary aayi", "paise milale", "पैसे मिळाले",
                "paise bhetle", "पैसे भेटले", "pagar zala", "पगार झाला", "pagar aala", "पगार आला", "paise mile",
                "पैसे मिले", "पैसे हातात आले", "paise hatat aale", "got paid",
                # the middleman's advance (rounds 66-67: "dalal ne advance diya to seedha bhatti gaya")
                "advance diya", "advance दिया", "advance mila", "advance मिला", "advance milala", "advance मिळाला"),
    "dn_straight_to": ("seedha", "सीधा", "sidha", "gathla", "गाठलं", "गाठला", "पहिलं", "pahila",
                       "straight to", "went straight"),
    # ("bar" alone folds onto "baar", a time)
    "dn_bar": ("bar gathla", "bar गाठलं", "bar गाठला", "bar madhe", "bar me", "bar mein", "to the bar", "daaru dukanat", "दारू दुकानात", "daru dukanat", "theka", "ठेका", "ठेके", "theke",
               "gutta", "गुत्ता", "guttyavar", "गुत्त्यावर", "liquor shop", "wine shop", "permit room",
               "country liquor shop", "desi shop", "देसी की दुकान", "desi ki dukan"),
    # The still (rounds 66-69): a place to go straight to with the advance, or to sit at every evening;
    # not a bar for every rule, as a kiln and a furnace are "bhatti" too.
    "dn_still": ("bhatti", "भट्टी", "bhatti gaya", "भट्टी गया", "hatbhatti", "हातभट्टी", "hatbhattivar", "हातभट्टीवर",
                 "भट्टीवर", "bhattivar", "भट्टी पर", "bhatti pe", "bhatti par"),
    # A quarter, a peg, a pavva, counted one (rounds 68-69).
    "dn_a_quarter": ("ek quarter", "एक क्वार्टर", "ek pavva", "एक पव्वा", "एक पव्वं", "ek peg", "एक पेग", "a quarter",
                     "a peg", "do peg", "दो पेग", "quarter", "क्वार्टर", "pavva", "पव्वा", "पव्वं"),
    # What was the habit once and is no more: "pehle", "used to", "होता", "पूर्वी".
    "dn_used_to": ("pehle", "पहले", "pahile", "पहिले", "purvi", "पूर्वी", "used to", "before", "earlier", "hota",
                   "होता", "hoti", "होती", "asaycha", "असायचा", "asaychi", "असायची", "tha", "था", "thi", "थी"),
    # Sat at the den every evening (rounds 64-67: "रोज़ शाम को भट्टी पर बैठ जाता हूँ", "रोज संध्याकाळी
    # हातभट्टीवर जाऊन बसतोय").
    "dn_sat_there": ("jatoy", "जातोय", "baith jata", "बैठ जाता", "baith jaata", "baithta hu", "बैठता हूँ", "बैठता हूं", "jaun basto",
                     "जाऊन बसतो", "jaun bastoy", "जाऊन बसतोय", "basto", "बसतो", "bastoy", "बसतोय", "sit there",
                     "sitting there"),
    # They drink, and the writer sat with them: "sagle pitat, mi pan basle".
    "dn_they_drink": ("pitat", "पितात", "pee rahe", "पी रहे", "pi rahe", "were drinking", "was drinking", "पीत होते",
                      "pit hote", "everyone was drinking", "sab pi rahe"),
    # A slip owned: "dhasarlo" (Marathi, slid), said with an apology.
    "dn_slid": ("dhasarlo", "धसरलो", "ghasarlo", "घसरलो", "fisal gaya", "फिसल गया", "phisal gaya", "slipped"),
    "dn_fell_down": ("padlo", "पडलो", "gir gaya", "गिर गया", "fell", "पाय", "paay", "floor", "rasta",
                     "रस्ता", "bathroom", "stairs"),
    "dn_back_on_it": ("back on it", "back on the bottle", "back on the stuff", "back at it again"),
    # Back on a substance named: "back on the juice. test + tren", "back on deca".
    "dn_back_on": ("back on", "back to"),
    # Had, the writer, with a measure: "i had two pegs" ("friends had beers" is theirs).
    "dn_had": ("i had", "i drank", "i downed"),
    # Had, the subject left out as texts leave it: "had 2 quarters after the last delivery".
    "dn_had_bare": ("had", "drank", "downed"),
    # Quarters that are housing: "police quarters", "staff quarters allotted".
    "dn_housing": ("police", "staff", "railway", "allotted", "govt", "government", "sarkari", "colony", "room"),
    # The writer too, beside the others drinking: "everyone was drinking ... and i also had".
    "dn_also_had": ("i also had", "i had too", "i had some too", "maine bhi li", "मैंने भी ली", "maine bhi pi",
                    "मैंने भी पी", "mi pan ghetli", "मी पण घेतली", "mi pan pyalo", "मी पण प्यालो"),
    # Anabolic steroids by their gym names (round 51): a cycle started again is a relapse ("deca"
    # folds onto "dec", December, "डेका" onto "देख", see, "tren" onto "ट्रेन", a train).
    "dn_steroid": ("deca cycle", "deca ka cycle", "deca aur test", "deca और test", "trenbolone", "steroid", "steroids",
                   "स्टेरॉइड", "स्टेरॉयड", "dianabol", "dbol", "winstrol", "sustanon", "steroid cycle"),
    "dn_cycle_again": ("cycle फिर start", "cycle phir start", "cycle fir start", "cycle again", "cycle parat suru",
                       "cycle पुन्हा सुरू", "started the cycle", "started the deca cycle", "cycle chalu keli",
                       "cycle चालू केली"),
    "dn_not_proud": ("not proud", "weeks now", "days now", "ashamed", "sharam aati", "शर्म आती"),
    # The Vidarbha country liquor by its flavour, taken ("संत्री" are oranges).
    "dn_santra": ("santra", "संत्रा"),
    "dn_only": ("fakt", "फक्त", "sirf", "सिर्फ", "only", "just"),
    "dn_mind": ("dimag", "dimaag", "दिमाग", "दिमाग़", "mind", "मन", "dhyan", "ध्यान", "vichar", "विचार", "thoughts"),
    "dn_santra_fruit": ("kilo", "किलो", "juice", "ज्यूस", "जूस", "fruit", "फळ", "phal", "bag", "dozen", "डझन"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # The Konkan's first distillate of the cashew apple ("tharra", the Hindi country liquor,
    # folds onto "tar", Marathi for "then", and onto "taar", a wire: left out).
    "alcohol": ("urrak", "उराक", "urak"),
}

DRINKING_THAT_WOULD_NOT_STOP: tuple[Combination, ...] = (
    Combination(RE, (_g("dl_every_evening"), _g("dn_bar", "dn_still"), _g("dn_sat_there")), 8, order=True,
                unless=_g("negation"), unless_reach=1),
    # A quarter every evening (rounds 68-69: "पंद्रह दिन से रोज़ शाम को एक क्वार्टर").
    Combination(RE, (_g("dl_every_evening"), _g("dn_a_quarter")), 3, order=True,
                unless=_g("negation", "dn_used_to", "quit"), unless_reach=3),
    Combination(RE, (_g("dn_drinking_now", "drink_verb"), _g("dn_nonstop")), 5),
    Combination(RE, (_g("alcohol"), _g("dn_drank_on")), 10, across=True),
    Combination(RE, (_g("dn_tasted"), _g("dn_no_stopping")), 10, across=True),
    Combination(RE, (_g("dn_first_time"), _g("dn_took", "dn_took_hi")), 1, order=True),
    # (what the writer had instead, "pan limbu sarbat ghetla", cancels it)
    Combination(RE, (_g("dn_sat_with"), _g("dn_me_too"), _g("dn_took")), 5, unless=_g("negation", "beverage"),
                unless_reach=6),
    Combination(RE, (_g("drink_verb", "dn_they_drink"), _g("dn_me_too"), _g("dn_sat_with")), 5, order=True,
                unless=_g("negation", "beverage"), unless_reach=6),
    # (the mind gone to the bottle, "dimag seedha botal pe gaya", is a craving)
    Combination(RE, (_g("dn_paid"), _g("dn_straight_to"), _g("dn_bar", "dn_still", "alcohol")), 8, order=True,
                unless=_g("dn_mind"), unless_reach=6),
    Combination(RE, (_g("liquor_place"), _g("drank_pilo")), 4),
    # (tea or a coke taken at the bar is the writer's progress)
    Combination(RE, (_g("liquor_place", "dn_bar"), _g("dn_took")), 8, order=True, across=True,
                unless=_g("negation", "beverage", "dn_only"), unless_reach=2),
    Combination(RE, (_g("sorry_said"), _g("dn_slid")), 4, unless=_g("dn_fell_down")),
    Combination(RE, (_g("dn_back_on_it"), _g("dn_not_proud")), 10, across=True),
    Combination(RE, (_g("dn_back_on"), _g("alcohol", "drugs", "opioids", "cannabis", "stimulants", "sedatives",
                                           "dn_steroid")), 2, order=True),
    Combination(RE, (_g("dn_had"), _g("measure")), 2, order=True),
    Combination(RE, (_g("dn_had_bare"), _g("measure")), 2, order=True,
                unless=_g("others", "third_person", "relation", "beverage", "negation", "dn_housing"), unless_reach=3),
    # (a negation in the clause cancels it, as it does every relapse: rules.cancelled)
    Combination(RE, (_g("dn_they_drink"), _g("dn_me_too"), _g("dn_took")), 6, order=True,
                unless=_g("beverage"), unless_reach=2),
    Combination(RE, (_g("dn_they_drink"), _g("dn_also_had")), 8, order=True, unless=_g("beverage"), unless_reach=3),
    Combination(RE, (_g("dn_cycle_again"),), 0),
    Combination(RE, (_g("dn_steroid"), _g("again")), 6),
    Combination(RE, (_g("dn_santra"), _g("dn_took")), 2, order=True, unless=_g("dn_santra_fruit")),
    # A slip, and the drink it was (round 52 reading: "slip on saturday. rum at my brothers
    # engagement"); not a pay slip, a fall or a slip of the diet, nor a slip feared or wanted.
    Combination(RE, (_g("slip_noun"), _g(*ANY)), 6, across=True,
                unless=_g("fall_place", "slip_elsewhere", "payday", "earnings", "negation", "fear", "craving",
                          "help_plea", "want_one", "will_slip"), unless_reach=6),
)
