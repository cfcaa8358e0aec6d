"""Suicide and self-harm in the formal register of older writers (round 15: holdout 42, the
Sanskritised Hindi and Marathi of a letter, and official English): life as a journey brought
to its close ("अपनी जीवनयात्रा यहीं समाप्त करना चाहता हूँ"), giving up life by its formal verbs
("प्राण त्याग दूँगा"), life terminated or existence put an end to ("I have decided to terminate
my life"), death embraced ("मृत्यु को गले लगा लूँगा", "मृत्यूला कवटाळणार"), the wish to live
gone ("जीने की इच्छा समाप्त हो गई"), no purpose left in life ("zindagi ka koi maqsad nahi"),
poison drunk ("मैंने विषपान कर लिया"), no hope left in life ("जीवन में कोई आशा शेष नहीं"), no
option but to give one's life ("प्राण देण्याशिवाय पर्याय नाही", "jaan dene ke siva koi rasta
nahi"), no reason to stay on in this world ("या जगात थांबायचं कारणच उरलं नाही"), "I am
finished, now I will really end" ("मी संपलोय, आता खरंच संपणार"), injuring oneself in the words
of a letter ("स्वयं को चोट पहुँचाई"), a pesticide "ingested", and a husband taken down from
the noose, told by his wife ("पति को फंदे से उतारा"). Words and the rules that read them
(appended to the area's COMBINATIONS by rules.py).

Each reading needs its second family, because the nouns are a biography's and a sermon's as
much as a despairing man's: a life journey in a book's title or an obituary ("उनकी जीवनयात्रा
समाप्त हुई"), no option but to sit the exam ("परीक्षा देण्याशिवाय पर्याय नाही"), no reason to
fear in this world, "मी संपलोय" after a day's work while the holidays end, a man freed from a
swindler's trap, a life insurance policy terminated, the wish to study gone after the exams,
Shiva's drinking of the poison told as a story, and a hug ("गले लगा लिया") stay quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH = Category.SUICIDE, Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # Life as a journey or a play that can be closed: "जीवनयात्रा", "जीवनलीला", "जीवनप्रवास".
    "life_journey": ("जीवनयात्रा", "जीवन यात्रा", "jeevanyatra", "jeevan yatra", "jivan yatra", "जीवनलीला",
                     "जीवन लीला", "jeevanleela", "jeevan leela", "jivan lila", "जीवनप्रवास", "जीवन प्रवास",
                     "jeevan pravas", "jivan pravas", "जीवनज्योत", "जीवन ज्योति", "jeevan jyoti"),
    # Giving up life by the formal verb: "प्राण त्याग दूँगा", "देहत्याग करेन".
    "give_up_life": ("प्राण त्याग*", "pran tyag*", "praan tyag*", "प्राणत्याग*", "देहत्याग*", "देह त्याग*",
                     "dehtyag*", "deh tyag*", "जीवन त्याग*", "jeevan tyag*", "आत्मघात*", "aatmghat*",
                     "atmghat*"),
    # Hope in the formal word: "आशा", "उम्मीद". "आशा" is spelt like the Marathi "असा" ("like
    # that") once its vowels go, so it counts only with the word that says how much is left.
    "hope_formal": ("कोई आशा", "koi asha", "कोई भी आशा", "कोणतीही आशा", "kontihi asha", "कुठलीही आशा",
                    "kuthlihi asha", "आशा शेष", "asha shesh", "आशा बाकी", "asha baki", "आशेचा किरण",
                    "asheche kiran", "उम्मीद", "ummeed", "umeed", "ummid", "umid", "hope"),
    # Only, except for giving (one's life): "देण्याशिवाय", "dene ke siva".
    "but_to_give": ("देण्याशिवाय", "denyashivay", "denya shivay", "देण्या शिवाय", "dene ke siva",
                    "dene ke siwa", "dene ke sivay", "dene ke alawa", "dene ke alava", "देने के सिवा",
                    "देने के सिवाय", "देने के अलावा"),
    # Except for dying or ending oneself: "मरण्याशिवाय", "marne ke siva".
    "but_to_die": ("मरण्याशिवाय", "marnyashivay", "marnya shivay", "मरण्या शिवाय", "marne ke siva",
                   "marne ke siwa", "marne ke sivay", "marne ke alawa", "marne ke alava", "मरने के सिवा",
                   "मरने के सिवाय", "मरने के अलावा", "संपवण्याशिवाय", "sampavnyashivay", "jaan dene ke siva",
                   "no choice but to die", "no option but to die", "no way but to die"),
    # A way out, an option, a remedy: "पर्याय", "rasta", "chara", "उपाय".
    "way_left": ("पर्याय", "paryay", "paryaay", "option", "options", "choice", "chara", "चारा", "rasta",
                 "raasta", "रास्ता", "upay", "upaay", "उपाय", "marg", "मार्ग", "ilaj", "इलाज", "way"),
    # A reason, a cause: "कारण", "वजह", "मकसद".
    "reason_word": ("कारण", "कारणच", "karan", "karanach", "kaaran", "wajah", "vajah", "वजह", "reason",
                    "maqsad", "maksad", "मकसद", "hetu", "हेतू"),
    # Staying on, being here: "थांबायचं", "राहायचं", "रुकने", "रहने".
    "stay_on": ("थांबायचं", "थांबायचे", "thambaycha", "thambayche", "राहायचं", "राहायचे", "rahaycha",
                "rahayche", "राहण्याचं", "rahnyacha", "जगायचं", "jagaycha", "रुकने", "rukne", "रहने", "rehne",
                "rahne", "जीने", "jeene", "stay", "staying", "to be here"),
    # "I am finished": the writer spent, in Marathi ("मी संपलोय").
    "finished_me": ("संपलोय", "संपलो", "संपलीय", "संपली आहे", "संपलो आहे", "samploy", "sampaloy", "samplo",
                    "sampalo", "sampliy"),
    # Will end, said of oneself: "संपणार", "संपेन".
    "will_end_too": ("संपणार", "sampnar", "sampanar", "sampnaar", "संपेन", "sampen", "संपून जाईन",
                     "sampun jain"),
    # What ends in a week's life: holidays, an exam, a match, stock, a recharge.
    "ending_errand": ("सुट्टी", "sutti", "सुट्ट्या", "suttya", "परीक्षा", "pariksha", "exam", "exams", "match",
                      "मॅच", "season", "series", "महिना", "mahina", "पगार", "pagar", "पैसे", "paise", "stock",
                      "साठा", "recharge", "रिचार्ज", "data", "battery", "बॅटरी", "serial", "सीरियल"),
    # The noose in its oblique case: "फंदे से", "फंदे पर" (means.py names only "फंदा").
    "noose_cord": ("फंदे", "fande", "phande"),
    # Ending in the words of official English: "terminate", "put an end to".
    "end_formally": ("terminate", "terminating", "put an end to", "bring an end to", "bring to an end",
                     "put an end", "do away with"),
    # One's existence: "my existence", "अस्तित्व", "वजूद".
    "existence": ("existence", "my existence", "अस्तित्व", "astitva", "astitv", "वजूद", "wajood", "vajood"),
    # A policy named for life: "life insurance", "जीवन बीमा".
    "life_policy": ("insurance", "policy", "bima", "बीमा", "vima", "विमा", "lic", "premium", "plan"),
    # Unbearable, past enduring: "असह्य", "असहनीय", "bardasht se bahar".
    "unbearable": ("असह्य*", "asahya*", "असहनीय", "asahniya", "asahaniya", "unbearable", "intolerable",
                   "bardasht se bahar", "बर्दाश्त से बाहर", "naqabil-e-bardasht", "नाक़ाबिल-ए-बर्दाश्त"),
    # In the grave, on the pyre: where the writer says peace is.
    "grave_in": ("kabr mein", "kabr me", "qabr mein", "qabr me", "कब्र में", "कबर में", "chita par", "चिता पर",
                 "चितेवर", "chitevar", "smashanat", "श्मशानात", "in the grave", "in my grave"),
    # Death by its formal names in their cases: "मृत्यूला", "मृत्यु को", "maut ko".
    "death_noun": ("मृत्यूला", "mrutyula", "मृत्यूचा", "mrutyucha", "मृत्यु को", "mrityu ko", "mrutyu ko", "मौत को",
                   "maut ko", "मौतीला", "death"),
    # A wish gone, over (the idioms clear "khatam ho gaya" as a thing over, so the wish's own
    # ending is read here): "इच्छा समाप्त हो गई", "इच्छा मर गई", "इच्छा संपली".
    "wish_over": ("समाप्त हो गई", "समाप्त हो गयी", "समाप्त हो चुकी", "samapt ho gayi", "खत्म हो गई", "ख़त्म हो गई",
                  "खत्म हो चुकी", "khatam ho gayi", "khatam ho gai", "khatm ho gayi", "khatam ho chuki", "मर गई",
                  "मर चुकी", "mar gayi", "mar chuki", "संपली", "संपलीय", "sampli", "sampliy", "नहीं रही", "nahi rahi",
                  "is gone", "has gone", "died"),
    # Embracing death: "मृत्यु को गले लगा लूँगा", "maut ko gale laga lunga", "मृत्यूला कवटाळीन".
    "embrace": ("गले लगा*", "gale laga*", "gale lag*", "कवटाळ*", "kavtal*", "kawtal*", "embrace*"),
    # Purpose in life: "मकसद", "उद्देश्य", "ध्येय".
    "purpose_word": ("maqsad", "maksad", "मकसद", "मक़सद", "uddeshya", "uddesh", "उद्देश्य", "उद्देश", "dhyey",
                     "ध्येय", "purpose"),
    # Poison drunk, the formal noun: "विषपान", "विषप्राशन".
    "poison_drunk_formal": ("विषपान*", "vishpan*", "विषप्राशन*", "vishprashan*", "zeharkhurani", "ज़हरखुरानी",
                            "ज़हर का सेवन", "जहर का सेवन", "zehar ka sevan", "विष का सेवन", "vish ka sevan"),
    # Taken down from it, by the one who found him: "फंदे से उतारा", "खाली उतरवलं", "cut him down".
    "taken_down": ("उतारा", "utara", "utaara", "उतार लिया", "utar liya", "उतरवलं", "उतरवला", "utarvala",
                   "utarvla", "उतरवले", "खाली घेतलं", "khali ghetla", "took him down", "took her down",
                   "cut him down", "cut her down", "got him down"),
    # Injuring oneself formally: "चोट पहुँचाई", "घायल किया", "क्षति पहुँचाई".
    "injured_formally": ("चोट पहुंचा*", "चोट पहुँचा*", "chot pahuncha*", "chot pahucha*", "chot pohncha*",
                         "घायल किया", "घायल कर लिया", "ghayal kiya", "ghayal kar liya", "क्षति पहुंचा*",
                         "क्षति पहुँचा*", "kshati pahuncha*", "इजा केली", "इजा करून घेतली", "ija keli",
                         "ija karun ghetli", "जखमी केलं", "jakhmi kela", "injured", "inflicted", "हानि पहुंचा*",
                         "हानि पहुँचा*", "hani pahuncha*", "hani pahucha*"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # Self-immolation, the formal word: "आत्मदाह कर लूँगा".
    "suicide": ("आत्मदाह*", "aatmdah*", "atmadah*", "atmdah*", "आत्मदहन*", "atmadahan*"),
    # Taken into the body, in official English: "ingested pesticide".
    "eat": ("ingested", "ingest", "ingesting", "has ingested", "have ingested"),
    # "स्वयं को", the formal "khud ko".
    "self": ("swayam ko", "svayam ko", "स्वयं को", "स्वयं", "swayam", "svayam", "स्वयं का", "स्वयं के"),
}

SAID_FORMALLY: tuple[Combination, ...] = (
    # "अपनी जीवनयात्रा यहीं समाप्त करना चाहता हूँ": the writer's own life journey, to be closed.
    Combination(S, (_g("life_journey"), _g("end"), _g("want", "first_person_verb", "first_person", "me",
                                                       "my_own", "self")), 5),
    # "प्राण त्याग दूँगा", "देहत्याग करना चाहता हूँ": the writer's giving up of life.
    Combination(S, (_g("give_up_life"), _g("want", "give", "first_person_verb", "first_person", "me",
                                           "self")), 4, unless=_g("third_person")),
    # "जीवन में अब कोई आशा शेष नहीं": no hope left in life.
    Combination(S, (_g("life", "live", "world"), _g("hope_formal"), _g("negation")), 6),
    # "प्राण देण्याशिवाय पर्याय नाही": nothing left but giving one's life.
    Combination(S, (_g("jaan"), _g("but_to_give"), _g("way_left")), 4, order=True),
    Combination(S, (_g("but_to_die"), _g("way_left")), 4),
    # "या जगात थांबायचं कारणच उरलं नाही": no reason to stay on in this world or in life.
    Combination(S, (_g("world", "life"), _g("stay_on", "stop_mine", "reason_to_stay"), _g("reason_word"),
                    _g("negation")), 6),
    # "मी संपलोय, आता खरंच संपणार": spent, and about to end.
    Combination(S, (_g("finished_me"), _g("will_end_too")), 4, order=True,
                unless=_g("work_load", "ending_errand")),
    # "I have decided to terminate my life", "put an end to my existence".
    Combination(S, (_g("end_formally"), _g("life", "existence", "self")), 3, order=True,
                unless=_g("third_person", "other_target", "life_policy")),
    # "मला आता जगणं असह्य झालं आहे": living itself past enduring.
    Combination(S, (_g("live", "life"), _g("unbearable")), 3),
    # "kabr mein hi sukoon milega mujhe": peace only in the grave, for the writer (not the
    # prayer for the dead, "Allah unhe qabr mein sukoon de").
    Combination(S, (_g("grave_in"), _g("better"), _g("me", "first_person", "first_person_verb")), 5,
                unless=_g("god", "third_person", "departed_elder", "hope")),
    # "मृत्यु को गले लगा लूँगा": death embraced.
    Combination(S, (_g("die", "death_noun"), _g("embrace")), 2, order=True, unless=_g("laugh", "story", "third_person")),
    # "जीने की इच्छा समाप्त हो गई": the wish to live, ended.
    Combination(S, (_g("live"), _g("want", "wish_formal"), _g("wish_over", "ended")), 3, order=True),
    # "ab zindagi ka koi maqsad nahi raha": no purpose left in life.
    Combination(S, (_g("life", "live"), _g("purpose_word"), _g("negation")), 5),
    # "पति को कल रात फंदे से उतारा", "cut him down from the rope": taken down from the noose.
    Combination(S, (_g("noose_cord", "hanging"), _g("taken_down")), 3),
    # "मैंने विषपान कर लिया है": poison drunk, by the writer.
    Combination(Category.OVERDOSE, (_g("first_person", "first_person_mr", "i_subject", "me"),
                                    _g("poison_drunk_formal"), _g("done_formally", "want", "will_do_it")), 4,
                order=True),
    # "मैंने स्वयं को चोट पहुँचाई है": injured oneself, in the words of a letter.
    Combination(SH, (_g("self"), _g("injured_formally")), 3),
)
