"""The tea gardens' rice drinks, the half bottle finished alone, the evening's sitting (the reading of
rounds 84-85: jute mills and gunny sacks, tea gardens, spice mills, saw mills and timber depots,
cricket-bat workshops, lift mechanics):

- chullu, chullai, lao pani and haria, had or drunk; two pavve of deshi downed; a half of OC bought and
  finished alone; sat at the still till nothing is remembered; the adda on Saturday and "you know what
  happened"; drink "started again" after six months;
- the pull: the hamals sit in the evening and the writer wants to sit too; the bottle remembered at night;
  called to the bar every evening, "how long can I keep saying no"; "I was about to go for the quarter
  too"; "the team is going for drinks and I want to as well"; standing in front of the wine shop; afraid
  of ending up at the bar on pay day.

"Chullu bhar paani" (the idiom), a half day, a still seen from the road stay quiet.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE, CR = Category.RELAPSE, Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    "cl_rice_drink": ("chullu", "चुल्लू", "chullai", "चुलाई", "chulai", "lao pani", "लाओ पानी", "lao paani",
                      "haria", "हड़िया", "hadiya", "handia", "हंडिया", "hariya"),
    "cl_had": ("maar liya", "मार लिया", "marle", "मारले", "marla", "मारला", "maarle", "had", "drank", "pee liya",
               "pi liya", "पी लिया", "pi raha", "पी रहा", "pee raha", "pila", "ghetla", "घेतला", "ghetli", "घेतली",
               "piya", "पिया"),
    "cl_quarters": ("pavve", "पव्वे", "pavva", "पव्वा", "pavvya", "पव्व्या"),
    "cl_finished_alone": ("finished it alone", "finished it", "akele khatam", "अकेले खत्म", "khatam kar di",
                          "खत्म कर दी", "संपवली", "sampavli", "sampavla", "संपवला", "khali kar di", "खाली कर दी"),
    "cl_bought_bottle": ("half of oc", "oc ka half", "oc cha half", "officer's choice", "officers choice",
                         "bought a half", "bought a quarter", "half liya", "हाफ लिया", "quarter liya",
                         "क्वार्टर लिया"),
    "cl_drink_place": ("हातभट्टीवर", "hatbhattivar", "हातभट्टी", "hatbhatti", "गुत्त्यावर", "guttyavar",
                       "adda", "अड्डा", "अड्ड्यावर", "addyavar", "theka", "ठेका", "theke", "ठेके", "bhatti",
                       "भट्टी", "bhattivar", "भट्टीवर"),
    "cl_sat": ("बसलो होतो", "baslo hoto", "बसलो", "baslo", "baitha tha", "बैठा था", "baith gaya", "बैठ गया",
               "sat at"),
    "cl_blackout": ("काही आठवत नाही", "kahi athvat nahi", "kahi aathvat nahi", "kuch yaad nahi", "कुछ याद नहीं",
                    "don't remember anything", "dont remember anything", "nothing remembered"),
    "cl_you_know": ("you know what happened", "aap samajh gaye", "samajh gaye na", "समझ गए ना", "samajla na",
                    "समजलं ना", "baki tumhala mahit", "बाकी तुम्हाला माहीत", "phir wahi hua", "फिर वही हुआ",
                    "parat tech zala", "परत तेच झालं"),
    "cl_went": ("went to the", "went to", "gaya tha", "गया था", "gelo hoto", "गेलो होतो", "gelo", "गेलो"),
    "cl_started_again": ("parat suru zala", "परत सुरू झालं", "परत सुरू झाली", "parat suru zali", "phir se shuru ho gaya",
                         "फिर से शुरू हो गया", "phir shuru ho gaya", "wapas chalu ho gaya", "वापस चालू हो गया",
                         "started again", "chalu zala parat", "परत चालू झालं"),
    "cl_cant_quit": ("daru sutat nahi", "दारू सुटत नाही", "sutat nahi", "सुटत नाही", "chhoot nahi rahi",
                     "छूट नहीं रही", "can't quit", "cant quit"),
    # The pull.
    "cl_evening_sitting": ("sandhyakali bastat", "संध्याकाळी बसतात", "shaam ko baithte", "शाम को बैठते",
                           "sit in the evening", "evening sitting", "sandhyakali baslele"),
    "cl_want_to_sit": ("basavasa vatta", "बसावंसं वाटतं", "basava vatta", "बसावं वाटतं", "baithne ka mann",
                       "बैठने का मन", "want to sit with them"),
    "cl_bottle_missed": ("batlichi athvan", "बाटलीची आठवण", "botal ki yaad", "बोतल की याद", "daru chi athvan",
                         "दारूची आठवण", "daruchi athvan", "thinking about the bottle", "miss the bottle"),
    "cl_how_long_no": ("kiti divas nahi mhanu", "किती दिवस नाही म्हणू", "kab tak mana karu", "कब तक मना करूं",
                       "how long can i say no", "how long can i keep saying no"),
    "cl_called_to_drink": ("guttyavar bolavto", "गुत्त्यावर बोलावतो", "bar bulata", "theke pe bulata",
                           "ठेके पे बुलाता", "bolavto", "बोलावतो", "bulata hai", "बुलाता है"),
    "cl_almost_went": ("मैं भी जाने वाला था", "main bhi jaane wala tha", "main bhi jane wala tha", "mi pan janar hoto",
                       "मी पण जाणार होतो", "was about to go", "almost went"),
    "cl_want_too": ("माझं पण मन आहे", "maza pan man ahe", "majha pan man ahe", "mera bhi mann hai", "मेरा भी मन है",
                    "कसं थांबू", "kasa thambu", "kaise rukun", "कैसे रुकूं", "how do i stop myself"),
    "cl_drinks_out": ("drinks", "drinks ला", "party", "पार्टी", "पव्वा", "pavva"),
    "cl_at_the_shop": ("वाईन शॉपच्या समोर", "wine shop chya samor", "wine shop ke saamne", "वाइन शॉप के सामने",
                       "theke ke saamne", "ठेके के सामने", "standing outside the wine shop",
                       "outside the wine shop", "in front of the wine shop"),
    "cl_standing": ("उभा आहे", "ubha ahe", "khada hu", "खड़ा हूं", "खड़ा हूँ", "standing"),
    "cl_fear_bar": ("kahin bar na chala", "kahi bar na chala", "कहीं बार न चला", "kahin theke na chala",
                    "कहीं ठेके न चला", "scared i'll end up at the bar", "afraid i'll go to the bar"),
    # Rounds 86-87: two quarters of desi; the hour that is hardest; the mind running to the still; "I can't
    # hold back"; "don't know if I can handle it" where everyone drinks; "I feel like taking one"; "very close
    # to going"; hands shaking for a drink; the bottle in the friends' bag on the mind; afraid of drinking at
    # the party; parked outside the bar, not gone in yet.
    "cl_two_quarters": ("2 quarters", "do quarter", "दो क्वार्टर", "two quarters", "don quarter", "दोन क्वार्टर",
                        "3 quarters", "teen quarter"),
    "cl_hardest_hour": ("वही टाइम सबसे मुश्किल", "wahi time sabse mushkil", "that time is the hardest",
                        "ती वेळ सगळ्यात कठीण", "ti vel saglyat kathin", "वो वक्त सबसे मुश्किल"),
    "cl_drinking_habit": ("पीने की आदत", "peene ki aadat", "pine ki aadat", "प्यायची सवय", "pyaychi savay",
                          "habit of drinking", "used to drink"),
    "cl_mind_runs": ("मन भट्टीकडे", "man bhattikade", "मन गुत्त्याकडे", "man guttyakade", "मन ठेके की तरफ",
                     "mann theke ki taraf", "mind runs to the bar", "मन बारकडे", "man barkade"),
    "cl_cant_hold": ("rahavat nahi", "राहवत नाही", "raha nahi jata", "रहा नहीं जाता", "can't help myself",
                     "cant help myself", "can't hold back"),
    "cl_bottles": ("batlya", "बाटल्या", "bottles", "botlen", "बोतलें", "daru", "दारू", "beer", "बियर"),
    "cl_can_i_handle": ("dont know if i can handle", "don't know if i can handle", "kasa sambhalu", "कसं सांभाळू",
                        "kaise sambhalunga", "कैसे संभालूंगा", "pata nahi sambhal paunga"),
    "cl_everyone_drinks": ("everyone will drink", "sagle pitat", "सगळे पितात", "sab peete", "सब पीते",
                           "sab pi rahe honge", "सब पी रहे होंगे", "sab bhang pi rahe", "everyone drinks"),
    "cl_feel_like_taking": ("मन कर रहा है ले लूँ", "मन कर रहा है ले लूं", "mann kar raha hai le lu",
                            "man hotay gheu", "मन होतंय घेऊ", "feel like taking one"),
    "cl_close_to_going": ("जाने के बहुत close", "jaane ke bahut close", "close to going", "close to giving in"),
    "cl_shaking_for_it": ("hands shake for a drink", "shake for a drink", "haath kaanp rahe", "हात थरथरतात",
                          "haat thartharat"),
    "cl_keeps_coming_back": ("keep thinking about it", "dimag se nahi ja raha", "दिमाग से नहीं जा रहा",
                             "डोक्यातून जात नाही", "doktun jat nahi"),
    "cl_afraid_to_drink": ("भीती वाटतेय की घेईन", "bhiti vatatey ki ghein", "dar hai ki pi lunga",
                           "डर है कि पी लूंगा", "scared i'll drink", "afraid i will drink", "dar lag raha hai",
                           "डर लग रहा है", "dar lag raha"),
    "cl_not_in_yet": ("अजून आत गेलो नाही", "ajun aat gelo nahi", "abhi andar nahi gaya", "अभी अंदर नहीं गया",
                      "haven't gone in yet", "not gone in yet"),
    "cl_bar_outside": ("बारच्या बाहेर", "barchya baher", "bar ke bahar", "बार के बाहर", "outside the bar"),
}

# "ठेके की तरफ देखा भी नहीं" (didn't even look at the theka): a refusal, its "not" four words on.
EXTENDS: dict[str, tuple[str, ...]] = {
    "negation": ("की तरफ देखा भी नहीं", "ki taraf dekha bhi nahi", "ki taraf dekha bhi nhi", "kade baghitla pan nahi",
                 "कडे बघितलं पण नाही", "कडे बघितलंही नाही", "didn't even look at", "did not even look at"),
}

CHULLU_LAO_PANI_AND_THE_HALF: tuple[Combination, ...] = (
    Combination(RE, (_g("cl_rice_drink"), _g("cl_had")), 4),
    Combination(RE, (_g("cl_quarters"), _g("cl_had")), 3),
    Combination(RE, (_g("cl_bought_bottle"), _g("cl_finished_alone")), 12, across=True),
    Combination(RE, (_g("cl_drink_place"), _g("cl_sat")), 2, order=True),
    Combination(RE, (_g("cl_drink_place"), _g("cl_sat"), _g("cl_blackout")), 16, across=True),
    Combination(RE, (_g("cl_drink_place"), _g("cl_went"), _g("cl_you_know")), 20, across=True),
    Combination(RE, (_g("cl_started_again"), _g("alcohol", "drugs", "cannabis", "opioids")), 12, across=True),
    Combination(RE, (_g("cl_started_again"), _g("cl_cant_quit")), 12, across=True),
    Combination(CR, (_g("cl_evening_sitting"), _g("cl_want_to_sit")), 16, across=True),
    Combination(CR, (_g("cl_bottle_missed"),), unless=_g("negation"), unless_reach=3),
    Combination(CR, (_g("cl_how_long_no"), _g("cl_called_to_drink", "alcohol")), 20, across=True),
    Combination(CR, (_g("cl_almost_went"), _g("cl_quarters", "alcohol", "bb_quarter")), 16, across=True),
    Combination(CR, (_g("cl_want_too"), _g("cl_drinks_out", "alcohol")), 12, across=True),
    Combination(CR, (_g("cl_at_the_shop"), _g("cl_standing")), 8),
    Combination(CR, (_g("cl_fear_bar"),)),
    Combination(RE, (_g("cl_two_quarters"), _g("alcohol", "alcohol_maybe", "bb_country_liquor")), 3),
    Combination(CR, (_g("cl_hardest_hour"), _g("cl_drinking_habit", "alcohol")), 20, across=True),
    Combination(CR, (_g("cl_mind_runs"),)),
    Combination(CR, (_g("cl_cant_hold"), _g("cl_bottles", "alcohol")), 12, across=True),
    Combination(CR, (_g("cl_can_i_handle"), _g("cl_everyone_drinks", "alcohol")), 20, across=True),
    Combination(CR, (_g("cl_feel_like_taking"),)),
    Combination(CR, (_g("cl_close_to_going"),)),
    Combination(CR, (_g("cl_shaking_for_it"),)),
    Combination(CR, (_g("cl_keeps_coming_back"), _g("cl_bottles", "alcohol")), 20, across=True),
    Combination(CR, (_g("cl_afraid_to_drink"), _g("cl_everyone_drinks", "alcohol", "cannabis", "cl_bottles")), 16,
                across=True),
    Combination(CR, (_g("cl_bar_outside", "liquor_place"), _g("cl_not_in_yet")), 12, across=True),
)
