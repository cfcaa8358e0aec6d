"""Suicide told by the writer speaking of himself as already gone (round 55's reading of rounds
54-55, holdouts 186, 188-190, 192 and 193):

- the mother told what her son was: "aai la sang tujha pora changla karagir hota", "mummy ko
  bolna uska beta accha halwai tha";
- a sorry and no one to blame: "सगळ्यांची माफी मागतो. आईला सांगा तिचा काही दोष नाही";
- alive only for the children, or it would have ended long ago: "mula ahet mhanun ajun zinda
  ahe. nahitar kadhich sampla asto";
- not staying in this world: "mi ata ya jagat nahi thambnar";
- no fear of dying any more: "मरने से डर नहीं लगता अब";
- one last look at the children: "आज पोरांना शाळेत सोडताना शेवटचं बघून घेतलं मनभरून";
- after me, who will feed them, and the provident fund for a daughter: "माझ्यानंतर कुत्र्यांना
  खायला कोण घालेल", "मेरे बाद पीएफ का पैसा बेटी की पढ़ाई में लगाना";
- life itself to be left ("ata ayushya pan sodaycha ahe"); the writer's turn among the dead he
  carries ("highway var roj body uchalto, आज माझी पाळी"); released, as the animals put down were
  ("tyanna sutka milali, mala kadhi milnar").

A last look at a grandfather before his cremation, a son who was a good cook told of by his
mother, and a firefighter's "no fear of death on duty" stay quiet. Words and the rules that read
them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Not needed where the writer is going (round 57: "DELETED MY WHOLE PORTFOLIO ... dont need it where im
    # going"): "you'll need it where you're going" is packing.
    "sp_not_needed": ("dont need", "don't need", "do not need", "wont need", "won't need", "will not need",
                      "no use for", "zarurat nahi", "ज़रूरत नहीं", "जरूरत नहीं", "garaj nahi", "गरज नाही", "kaam ka nahi"),
    "sp_where_im_going": ("where im going", "where i'm going", "where i am going", "jahan ja raha hu", "जहाँ जा रहा हूँ",
                          "जहां जा रहा हूं", "jithe challoy", "jithe chaloy", "जिथे चाललोय", "jithe janar ahe",
                          "जिथे जाणार आहे"),
    # "आता मलाच संपायचंय" (now it is I who want to end, round 56): the ending wished with "me" as its
    # subject; "काम संपायचं आहे" (the work is to finish) names the work.
    "sp_me_to": ("मलाच", "malach", "मला", "mala", "mla"),
    "sp_to_end": ("संपायचंय", "संपायचय", "संपायचाय", "sampaychay", "sampaychya", "sampaichay", "संपावंसं वाटतं",
                  "sampavasa vatta", "sampavas vatta", "संपावसं वाटतं"),
    # The mother to be told: "aai la sang", "mummy ko bolna", "tell mom".
    "sp_tell_mother": ("aai la sang", "aaila sang", "आईला सांग", "aai la sanga", "आईला सांगा", "aaila sanga",
                       "mummy ko bolna", "mummy ko bol dena", "maa ko bolna", "मां को बोलना", "माँ को बोलना",
                       "maa ko bol dena", "मम्मी को बोलना", "ammi ko bolna", "tell mom", "tell my mom", "tell my mother",
                       "tell amma", "घरच्यांना सांगा", "gharchyanna sanga", "ghar walon ko bolna", "घर वालों को बोलना",
                       "tell my family"),
    # Her son, said to or of her: "tujha pora", "uska beta", "her son".
    "sp_her_son": ("tujha pora", "tuza pora", "tujha mulga", "tuza mulga", "तुझा पोरगा", "तुझा मुलगा", "तुझा पोरा",
                   "uska beta", "उसका बेटा", "tera beta", "तेरा बेटा", "her son", "your son", "tichya mulga",
                   "tichi pora"),
    # Said in the past: "hota", "tha", "was".
    "sp_was": ("hota", "होता", "tha", "था", "was"),
    # No one to blame: "tichi kahi chuk nahi", "kisi ka dosh nahi", "not her fault".
    "sp_not_their_fault": ("तिचा काही दोष नाही", "ticha kahi dosh nahi", "tichi kahi chuk nahi", "तिची काही चूक नाही",
                           "kunacha dosh nahi", "कुणाचा दोष नाही", "kunachi chuk nahi", "कुणाची चूक नाही",
                           "kisi ka dosh nahi", "किसी का दोष नहीं", "kisi ki galti nahi", "किसी की गलती नहीं",
                           "unki koi galti nahi", "उनकी कोई गलती नहीं", "uski koi galti nahi", "उसकी कोई गलती नहीं",
                           "not her fault", "not their fault", "no one is to blame", "nobody is to blame",
                           "no one to blame"),
    # Alive only because of the children, or it would have ended long ago.
    "sp_else_long_ago": ("nahitar kadhich", "नाहीतर कधीच", "nahi tar kadhich", "warna kab ka", "वरना कब का",
                         "varna kab ka", "otherwise i would have", "would have been gone long ago",
                         "would have ended it long ago"),
    # Staying: "thambnar", "rahnar", "rahunga", "stay".
    "sp_stay": ("thambnar", "थांबणार", "rahnar", "राहणार", "rahunga", "रहूंगा", "रहूँगा", "stay", "staying"),
    # The last look, taken with a full heart: "शेवटचं बघून घेतलं", "aakhri baar dekh liya".
    "sp_last_look": ("शेवटचं बघून घेतलं", "shevatcha baghun ghetla", "shevatch baghun ghetla", "शेवटचं पाहून घेतलं",
                     "shevatcha pahun ghetla", "aakhri baar dekh liya", "आखिरी बार देख लिया", "aakhri baar jee bhar ke",
                     "आखिरी बार जी भर के", "one last look", "last look at", "for the last time today"),
    "sp_children": ("पोरांना", "poranna", "poraana", "mulanna", "मुलांना", "bachon ko", "बच्चों को", "bachhon ko",
                    "kids", "children", "mulila", "मुलीला", "mulala", "मुलाला", "beti ko", "बेटी को", "bete ko"),
    # A death of another, mourned: the last look at a body is no farewell of one's own.
    "sp_mourning": ("funeral", "antyasanskar", "अंत्यसंस्कार", "antim darshan", "अंत्यदर्शन", "अंतिम दर्शन", "body",
                    "गेले", "passed away", "वारले", "varle", "nidhan", "निधन", "cremation", "smashan", "स्मशान",
                    "shamshan", "श्मशान", "aajoba", "आजोबा", "dada ji", "nana ji"),
    # The fear of dying, gone now: "अब", "ata", "anymore".
    "sp_now": ("अब", "ab", "ata", "aata", "आता", "anymore", "any more", "now"),
    # Bravado of the trade, not a wish: "on duty", "in this line".
    "sp_duty": ("duty", "ड्यूटी", "ड्युटी", "kaam me", "काम में", "line me", "job", "fireman", "jawan", "जवान"),
    # Who will do it after me: "कोण घालेल", "kaun karega", "who will feed".
    "sp_who_will": ("कोण घालेल", "kon ghalel", "कोण करेल", "kon karel", "कोण बघेल", "kon baghel", "कोण सांभाळेल",
                    "kon sambhalel", "kaun karega", "कौन करेगा", "kaun khilayega", "कौन खिलाएगा", "kaun dekhega",
                    "कौन देखेगा", "who will feed", "who will look after", "who will take care"),
    # Life itself to be left: "ata ayushya pan sodaycha ahe" (round 55).
    "sp_leave_life": ("ayushya pan sodaycha", "ayushya sodaycha", "आयुष्य सोडायचं", "आयुष्यच सोडायचं",
                      "आयुष्य पण सोडायचं", "zindagi bhi chhodni hai", "ज़िंदगी भी छोड़नी है", "zindagi chhodni hai",
                      "जिंदगी छोड़नी है", "ज़िंदगी छोड़नी है", "leave this life"),
    # The writer's turn or number next, among the dead he carries: "आज माझी पाळी", "maza number lagel".
    "sp_my_turn": ("आज माझी पाळी", "aaj majhi pali", "aaj mazi pali", "aaj meri baari", "आज मेरी बारी", "my turn today",
                   "maza number lagel", "majha number lagel", "माझा नंबर लागेल", "mera number aayega", "मेरा नंबर आएगा",
                   "my number will come", "ab apni baari", "अब अपनी बारी", "ab meri baari", "अब मेरी बारी",
                   "meri bhi koi uthayega", "मेरी भी कोई उठाएगा", "will have me on it", "mere liye bajega",
                   "मेरे लिए बजेगा", "आता माझी पाळी", "ata majhi pali"),
    "sp_the_dead": ("body", "bodies", "बॉडी", "लाश", "laash", "lash", "मृतदेह", "mrutdeh", "shav", "शव", "dead",
                    "shav vahini", "शववाहिनी", "hearse", "laashein", "लाशें", "stretcher", "स्ट्रेचर", "siren", "सायरन"),
    # Not even to be there: "मैं रहूंगा ही नहीं", "won't even be around".
    # (Marathi's "राहणारच नाही" folds onto "rahnar nahi", an ordinary "won't stay here": left out)
    "sp_wont_even_be": ("रहूंगा ही नहीं", "रहूँगा ही नहीं", "rahunga hi nahi", "rahungi hi nahi", "रहूंगी ही नहीं",
                        "won't even be here", "wont even be here", "won't even be around", "wont even be around"),
    # Staying quiet or still is another "rahunga": "chup rahunga hi nahi".
    "sp_kept_state": ("chup", "चुप", "shaant", "शांत", "quiet", "silent", "khamosh", "ख़ामोश", "खामोश"),
    # Released, as the animals put down were: "तसं कोणीतरी मलाही सोडवावं", "mala kadhi milnar".
    "sp_release": ("sutka", "सुटका", "mukti", "मुक्ति", "मुक्ती", "सोडवलं", "sodavla", "release", "relief"),
    "sp_me_too": ("मलाही सोडवावं", "malahi sodvava", "mala kadhi milnar", "मला कधी मिळणार", "mujhe kab milegi",
                  "मुझे कब मिलेगी", "mujhe bhi mil jaye", "मुझे भी मिल जाए", "when will i get mine", "i want mine too"),
    # The provident fund and gratuity, the worker's money after him.
    "sp_fund": ("pf", "पीएफ", "provident fund", "gratuity", "ग्रॅच्युइटी", "ग्रेच्युटी"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

SPOKEN_OF_AS_GONE: tuple[Combination, ...] = (
    Combination(S, (_g("sp_tell_mother"), _g("sp_her_son"), _g("sp_was")), 10, order=True, across=True),
    Combination(S, (_g("sp_tell_mother"), _g("sp_not_their_fault")), 14, across=True),
    Combination(S, (_g("live", "alive"), _g("sp_else_long_ago")), 12, across=True),
    Combination(S, (_g("world"), _g("negation"), _g("sp_stay")), 3),
    Combination(S, (_g("die"), _g("unafraid"), _g("sp_now")), 5, unless=_g("sp_duty"), unless_reach=4),
    Combination(S, (_g("sp_last_look"), _g("sp_children", "relation")), 12, across=True,
                unless=_g("sp_mourning"), unless_reach=8),
    Combination(S, (_g("after_me"), _g("sp_who_will", "sp_fund")), 10, across=True),
    Combination(S, (_g("sp_leave_life"),), 0),
    Combination(S, (_g("sp_wont_even_be"),), 0, unless=_g("away_trip", "gone_travelling", "wedding", "sp_kept_state"),
                unless_reach=8),
    Combination(S, (_g("sp_the_dead"), _g("sp_my_turn")), 12, across=True),
    Combination(S, (_g("sp_release"), _g("sp_me_too")), 10, across=True),
    Combination(S, (_g("sp_me_to"), _g("sp_to_end")), 2, order=True),
    Combination(S, (_g("sp_not_needed"), _g("sp_where_im_going")), 6, order=True),
)
