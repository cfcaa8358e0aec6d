"""The termite chemical and the machine oils, the pills lined up, and the tools taken to a man (the
reading of rounds 84-85: jute mills and gunny sacks, tea gardens, spice mills, saw mills and timber
depots, cricket-bat workshops, lift mechanics):

- the termite or fumigation chemical, the godown's pest tablets, the garden's kitnashak, the lift's
  hydraulic or gear oil: to be drunk or swallowed tonight, or in front of the writer with the bottle
  open, or drunk by a father (reported);
- thirty sleeping tablets lined up and counted, the heart and sleeping pills in the fist with the water
  ready; all of the mother's tablets taken together at once;
- a knife taken to the gate to wait for the babu; "I'll finish the mukadam"; the head opened with the
  hamal's hook; petrol carried to the seth's house to burn them all; a man's hand put into the saw; the
  iron rod or the crowbar taken tonight, "see how he survives", "he will not walk again"; the lift's
  brake released with the secretary alone inside.

Termite chemical sprayed in the godown, pest tablets laid in the sacks, a pill taken as prescribed, a
saw that is sharpened, a brake that is serviced stay quiet.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

OD, HO = Category.OVERDOSE, Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    # The chemicals of the godown, the garden and the lift.
    "tk_chemical": ("termite", "टर्माइट", "termite medicine", "termite chemical", "valvi", "वाळवी", "वाळवीचं",
                    "valvicha", "दीमक", "deemak", "dimak", "fumigation", "फ्यूमिगेशन", "सल्फास", "sulphas",
                    "celphos", "सेल्फास", "kitnashak", "कीटनाशक", "किटकनाशक", "kitaknashak", "favarniche",
                    "फवारणीचं", "फवारणीचे", "कीड़ों की दवा", "kidon ki dawa", "गोदाम वाली दवा", "godown wali dawa",
                    "marnyachi dava", "मारण्याचं औषध", "hydraulic oil", "हायड्रॉलिक", "hydraulic", "gear oil",
                    "गियर ऑईल", "गियर ऑयल", "gear oil की",
                    # rounds 86-87: rogor, bleach, caustic, celphos
                    "रोगर", "रोगरची", "rogor", "bleach", "ब्लीच", "ब्लीचचं", "caustic", "कास्टिक", "कॉस्टिक",
                    "सेल्फॉस", "सेल्फॉसच्या", "selfos"),
    "tk_will_take": ("pinar", "पिणार", "pee jaunga", "पी जाऊँगा", "पी जाऊंगा", "pi jaunga", "pi jaaunga",
                     "nigal jaunga", "निगल जाऊंगा", "निगल जाऊँगा", "khaa lunga", "खा लूंगा", "खा लूँगा",
                     "kha lunga", "going to drink it", "gonna drink it", "will drink it", "drink it tonight",
                     "i finish it", "finish it tonight", "gilnar", "गिळणार", "khanar", "खाणार", "आज संपवणार",
                     "aaj sampavnar"),
    "tk_prepared": ("ग्लासात ओतलं", "glasat otla", "in a glass", "glass me daal", "गिलास में डाल", "घोल लिया",
                    "ghol liya", "ghol ke rakha", "mislun samor", "panyat mislun", "पाण्यात मिसळून", "adding water",
                    "पानी में घोल"),
    "tk_cleaning": ("pocha", "पोछा", "mopping", "saaf", "साफ", "safai", "सफाई", "clean", "cleaning", "drain", "नाली",
                    "floor", "फरशी", "tiles", "टाइल", "toilet", "bathroom"),
    "tk_pocket": ("माझ्या खिशात", "mazya khishat", "खिशात", "khishat", "meri jeb me", "मेरी जेब में", "jeb me",
                  "जेब में", "in my pocket"),
    "tk_before_me": ("samor ahe", "समोर आहे", "in front of me", "सामने है", "saamne hai", "samne rakha",
                     "with me in"),
    "tk_opened": ("ughadli", "उघडली", "botal ughadli", "khol li", "खोल ली", "opened", "ughadla", "उघडला"),
    "tk_drank": ("drank", "pi li", "पी ली", "pee li", "pyayla", "प्यायला", "प्यायलं", "pyayle", "swallowed",
                 "nigal li", "निगल ली", "प्याली", "pyali"),
    # The pills lined up, counted, in the fist; all taken together.
    "tk_pills": ("sleeping tablets", "sleeping pills", "neend ki goli", "नींद की गोली", "नींद की गोलियां",
                 "झोपेच्या गोळ्या", "zopechya golya", "tablets", "pills", "goliyan", "गोलियां", "गोळ्या", "golya",
                 "हृदयाच्या गोळ्या", "BP tablets"),
    "tk_lined_up": ("मोजत", "mojat", "मोजत बसले", "lined up", "counting them", "gin raha", "गिन रहा", "मोजतोय", "mojtoy", "मोजून ठेवल्या",
                    "mojun thevlya", "मुठीत", "muthit", "mutthi me", "मुट्ठी में", "in my fist"),
    "tk_all_together": ("together", "ek saath", "एक साथ", "ekdam saglya", "सगळ्या एकदम", "sab goliyan", "सब गोलियां",
                        "puri strip", "पूरी स्ट्रिप", "whole strip", "all of"),
    "tk_took": ("took", "kha li", "खा ली", "kha gaya", "खा गया", "ghetlya", "घेतल्या", "khallya", "खाल्ल्या"),
    # The tools taken to a man.
    "tk_weapon": ("tin cutter", "cutter", "कटर", "chaku", "चाकू", "chaaku", "chakoo", "knife", "सळई", "salai", "sali", "rod", "raad", "रॉड",
                  "crowbar", "sabbal", "सब्बल", "hook", "hamal hook", "आकडा", "akda", "koyta", "कोयता"),
    "tk_lie_in_wait": ("le ke khada rahunga", "ले के खड़ा रहूंगा", "leke khada rahunga", "khada rahunga",
                       "खड़ा रहूंगा", "उभा राहीन", "ubha rahin", "gheun ubha rahnar", "घेऊन उभा राहणार",
                       "wait for him", "waiting for him", "ghewun janar", "घेऊन जाणार", "gheun janar",
                       "taking the", "going to his house", "his house with", "uske ghar ja raha", "उसके घर जा रहा",
                       "tyachya ghari jatoy", "त्याच्या घरी जातोय"),
    "tk_finish_him": ("ghatach karnar", "घातच करणार", "ghat karnar", "घात करणार", "kaam tamaam", "काम तमाम",
                      "kaam tamam karunga", "khallas karnar", "खल्लास करणार", "khallas karunga", "खल्लास करूंगा",
                      "nipta dunga", "निपटा दूंगा"),
    "tk_open_head": ("open his head", "split his head", "crack his head", "sar khol dunga", "सर खोल दूंगा",
                     "sar phod dunga", "सर फोड़ दूंगा", "डोकं फोडतो", "doka fodto", "doka fodin", "डोकं फोडीन",
                     "टाळकं फोडतो", "talka fodto"),
    "tk_burn_them": ("सगळ्यांना जाळतो", "saglyanna jalto", "सगळ्यांना जाळीन", "saglyanna jalin", "sabko jala dunga",
                     "सबको जला दूंगा", "sab ko jala dunga", "burn them all", "burn them", "jalun takin",
                     "जाळून टाकीन", "जाळून टाकतो", "jalun takto"),
    "tk_fuel": ("petrol", "पेट्रोल", "rockel", "रॉकेल", "kerosene", "मिट्टी का तेल", "diesel", "डिझेल", "matchbox",
                "माचिस", "kadipeti", "काडीपेटी"),
    "tk_his_hand": ("चा हात", "cha haat", "cha hat", "his hand", "uska haath", "उसका हाथ", "ka haath", "का हाथ", "tyacha haat", "त्याचा हात",
                    "his fingers", "his head"),
    "tk_see_what_i_do": ("dekhna kya haal karta", "देखना क्या हाल करता", "kya haal karunga", "क्या हाल करूंगा",
                         "बघतोच", "baghtoch", "bagto kasa vachto", "kasa vachto", "कसा वाचतो", "see how he survives",
                         "let him feel it", "he will not walk again", "won't walk again", "wont walk again",
                         "chal nahi payega", "चल नहीं पाएगा", "पायावर उभा राहणार नाही", "मग बघू", "mag baghu",
                         "mag bagha", "मग बघा", "phir dekhna", "फिर देखना", "baghach", "बघाच", "मग कळेल त्याला",
                         "mag kalel tyala"),
    "tk_brake": ("brakes काढणार", "brakes kadhnar", "brake kadhnar", "ब्रेक काढणार", "brake kaat dunga",
                 "ब्रेक काट दूंगा", "cut his brakes", "hook kadhun", "हुक काढून", "hook nikaal", "unclip his",
                 "brake sodun", "ब्रेक सोडून", "brake chhod", "ब्रेक छोड़", "release the brake", "brake soddu",
                 "ब्रेक सोड"),
    "tk_machine": ("press", "power press", "प्रेस", "प्रेसखाली", "machine", "मशीन"),
    "tk_press_down": ("खाली घालतो", "khali ghalto", "खाली घालणार", "khali ghalnar"),
    "tk_drop_him": ("drop him", "throw him in", "push him in", "push him off", "usko phenk", "उसे फेंक",
                    "त्याला ढकलून", "tyala dhaklun"),
    "tk_not_alive": ("tila jivantach thevnar nahi", "tyala jivantach thevnar nahi", "tila jivant thevnar nahi",
                     "tyala jivant thevnar nahi", "तिला जिवंतच ठेवणार नाही", "त्याला जिवंतच ठेवणार नाही",
                     "तिला जिवंत ठेवणार नाही", "त्याला जिवंत ठेवणार नाही", "tyala jivant sodnar nahi",
                     "त्याला जिवंत सोडणार नाही", "zinda nahi chhodunga", "ज़िंदा नहीं छोड़ूंगा", "जिंदा नहीं छोड़ूंगा",
                     "won't leave her alive", "won't leave him alive", "wont leave him alive"),
    "tk_run_over": ("forklift khali ghalnar", "forklift खाली घालणार", "गाडीखाली घालणार", "gadikhali ghalnar",
                    "run him over", "run the innova over him", "over him. swear", "gaadi chadha dunga",
                    "गाड़ी चढ़ा दूंगा", "truck chadha dunga"),
    "tk_burn_his": ("dukan jalavto", "दुकान जाळतो", "dukaan jala dunga", "दुकान जला दूंगा", "burn his shop",
                    "ghar jalavto", "घर जाळतो", "tyachi dukan jalavto"),
    "tk_hot_oil": ("तेल फेकणार", "tel feknar", "tel phenk dunga", "तेल फेंक दूंगा", "throw hot oil", "hot oil on him"),
    "tk_head_struck": ("dokyat lakud", "डोक्यात लाकूड", "dokyat dagad", "डोक्यात दगड", "dokyat rod", "डोक्यात रॉड",
                       "sar pe danda", "सर पे डंडा"),
    "tk_into_river": ("go into the ganga and not come out", "not come out", "bahar nahi aayega", "बाहर नहीं आएगा",
                      "बाहेर येणार नाही"),
    "tk_see_to_it": ("i will see to it", "main dekh lunga", "मैं देख लूंगा", "mi baghto", "मी बघतो"),
    "tk_gas_open": ("सिलेंडर खोल", "cylinder khol", "gas khol", "गैस खोल", "गॅस चालू", "gas chalu", "gas on"),
    "tk_take_all_along": ("सबको साथ ले जाऊँगा", "सबको साथ ले जाऊंगा", "sabko saath le jaunga", "saglyanna sobat gheun jain",
                          "सगळ्यांना सोबत घेऊन जाईन", "take everyone with me", "take them all with me"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

TERMITE_CAN_AND_THE_CROWBAR: tuple[Combination, ...] = (
    Combination(OD, (_g("tk_chemical"), _g("tk_will_take")), 16, across=True, unless=_g("negation"), unless_reach=1),
    Combination(OD, (_g("tk_chemical"), _g("tk_before_me"), _g("tk_opened")), 12, across=True),
    Combination(OD, (_g("tk_chemical"), _g("tk_drank")), 8, unless=_g("negation"), unless_reach=1),
    Combination(OD, (_g("tk_pills"), _g("tk_lined_up")), 12, across=True),
    Combination(OD, (_g("tk_took"), _g("tk_all_together"), _g("tk_pills")), 10),
    Combination(HO, (_g("tk_weapon"), _g("tk_lie_in_wait")), 8),
    Combination(HO, (_g("tk_finish_him"),), unless=_g("negation"), unless_reach=1),
    Combination(HO, (_g("tk_open_head"),), unless=_g("negation"), unless_reach=1),
    Combination(HO, (_g("tk_fuel"), _g("tk_burn_them")), 16, across=True),
    Combination(HO, (_g("tk_his_hand"), _g("tg_saw"), _g("tg_put_in")), 10),
    Combination(HO, (_g("tk_see_what_i_do"), _g("tk_weapon", "tk_brake")), 16, across=True),
    Combination(OD, (_g("tk_chemical"), _g("tk_prepared")), 12, across=True, unless=_g("tk_cleaning"), unless_reach=8),
    Combination(OD, (_g("tk_chemical"), _g("tk_pocket")), 8),
    Combination(OD, (_g("poison"), _g("lf_for_myself")), 10, unless=_g("negation", "pest_place"), unless_reach=4),
    Combination(HO, (_g("tk_his_hand"), _g("tk_machine"), _g("tk_press_down", "tg_put_in")), 10),
    Combination(HO, (_g("tk_drop_him"), _g("tg_nobody_would_know")), 16, across=True),
    Combination(HO, (_g("tk_not_alive"),)),
    Combination(HO, (_g("tk_run_over"),), unless=_g("negation"), unless_reach=1),
    Combination(HO, (_g("tk_burn_his"),), unless=_g("negation"), unless_reach=1),
    Combination(HO, (_g("tk_hot_oil"),), unless=_g("negation"), unless_reach=1),
    Combination(HO, (_g("tk_head_struck"),), unless=_g("negation"), unless_reach=1),
    Combination(HO, (_g("tk_into_river"), _g("tk_see_to_it")), 12, across=True),
    Combination(HO, (_g("tk_gas_open"), _g("tk_take_all_along")), 12, across=True),
)
