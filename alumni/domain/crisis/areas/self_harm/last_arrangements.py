"""Suicide words of the last arrangements and of the method weighed, said indirectly: the
belongings handed on (their Marathi case forms, "बाईकची", and the plain "दिलं"), the
number that will not answer after a day, a child put in a brother's care beside "I can't
manage any more", the nominee of a policy and who will see to the rest, "my death" with
nobody to cry at it, "if I go everyone will be fine", the height of a bridge or a flyover
looked up with "how high is enough", a train timed, an afterlife asked about, and a
burn given with tongs heated on the stove. Each is a family of words with its inflections
in English, Hindi and Marathi, both scripts; rules.py (LAST_ARRANGEMENTS) says which
families, beside which, are a crisis.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Widened from departure.py: belongings by their Marathi and Hindi case forms and the
    # words for "stuff", and "given" in its Marathi forms.
    "possession": ("bikechi", "bikecha", "bikeche", "बाईकची", "बाईकचा", "बाईकचे", "बाइक", "बाईक",
                   "बाइकची", "key", "wallet", "पाकीट", "pakit", "purse", "batua",
                   "बटुआ", "stuff", "my things", "saman", "saamaan", "सामान", "cheezein", "cheeze",
                   "चीज़ें", "चीजें", "vastu", "वस्तू", "angathi", "अंगठी", "लॅपटॉप", "लैपटॉप",
                   "मोबाईलचा", "सायकल", "cycle", "jamin ke kagaz", "zameen ke kagaz"),
    "hand_over": ("dila", "दिला", "दिलं", "दिली", "dili", "dile", "दिले", "dilay", "दिलंय",
                  "giving away", "gave away", "given away", "will go to", "goes to my", "goes to"),
    # Nothing left to do here: "दुनिया में कुछ काम नहीं बचा", "इथे काही उरलं नाही".
    "no_need": ("kaam nahi bacha", "काम नहीं बचा", "काम नही बचा", "kuch nahi bacha", "कुछ नहीं बचा",
                "कुछ नही बचा", "kahi urla nahi", "काही उरलं नाही", "kam urla nahi", "काम उरलं नाही",
                "nothing left for me", "nothing left here", "nothing left to do"),
    # "I won't be", Marathi in all its future forms: "mi nasel", "मी नसीन".
    "absent_future": ("mi nasel", "me nasel", "मी नसेल", "mi nasin", "me nasin", "मी नसीन",
                      "mi nasnaar", "मी नसणारच", "mai nahi rahunga", "main nahi rahuga",
                      "मैं नहीं रहूँगा", "मै नहीं रहूंगा", "i wont be around", "i won't be around"),
    # A place of danger by its case forms: "विहिरीजवळ", "धरणाजवळ", and the Hindi well "कुआ".
    "danger_place": ("vihirijaval", "विहिरीजवळ", "vihirikade", "विहिरीकडे", "vihirivar",
                     "विहिरीवर", "विहिरीत", "dharnajaval", "धरणाजवळ", "dharnakade", "धरणाकडे",
                     "dharnavarun", "धरणावरून", "kua", "kuan", "kuaa",
                     "कुआ", "कुआं", "कुँआ", "कुंआ", "कुंए", "talavat", "तलावात", "talavajaval", "तलावाजवळ",
                     "talavakade", "तलावाकडे", "flyover"),
    # Right now, there: "on the terrace rn".
    "present_there": ("rn", "right now", "abhi yahan", "अभी यहाँ", "अभी यहां", "ata ithe", "आता इथे"),
    # The number that will not answer: "don't message this number after sunday".
    "cut_off": ("dont message", "don't message", "dont text", "don't text", "msg mat karna",
                "message mat karna", "मैसेज मत करना", "message karu naka", "मेसेज करू नका",
                "this number wont", "this number won't", "number band", "नंबर बंद",
                # the number or the phone switched off for good from a day on
                "number will be off", "phone will be off", "number band ho jayega",
                "phone band ho jayega", "नंबर बंद हो जाएगा", "फोन बंद हो जाएगा", "number band hoga",
                "नंबर बंद होगा", "number band asel", "नंबर बंद असेल", "phone band asel", "फोन बंद असेल",
                "फोन बंद होईल", "number band hoil", "नंबर बंद होईल"),
    # The message passed on, in its infinitive forms: "mummy ko bolna", "aai la sangna".
    "relay": ("bolna", "बोलना", "batana", "बताना", "sangna", "सांगणं", "sangaa", "keh dijiye",
              "bol dijiye", "बोल दीजिए", "tell them", "tell him", "tell her"),
    # "It wasn't his fault": blame lifted from everyone, the line of a note.
    "absolve": (
        "dont blame yourself", "don't blame yourself", "dont blame urself", "khud ko dosh mat",
        "खुद को दोष मत", "swatahla dosh deu nako", "स्वतःला दोष देऊ नको", "apne aap ko dosh mat",
        "not his fault", "wasnt his fault", "wasn't his fault", "not her fault", "wasnt her fault",
        "wasn't her fault", "not your fault", "not ur fault", "its not ur fault", "not yr fault",
        "nobodys fault", "nobody's fault", "nobody fault", "no one's fault", "no ones fault", "dont blame",
        "don't blame", "kisi ki galti nahi", "किसी की गलती नहीं", "किसी की गलती नही",
        "aapki galti nahi", "आपकी गलती नहीं", "teri galti nahi", "तेरी गलती नहीं",
        "unki galti nahi", "उनकी गलती नहीं", "koi zimmedar nahi", "कोई जिम्मेदार नहीं",
        "konachi chuk nahi", "कोणाची चूक नाही", "tumchi chuk nahi", "तुमची चूक नाही",
        "tujhi chuk nahi", "तुझी चूक नाही", "konala dosh deu naka", "कोणाला दोष देऊ नका",
        "kisi ko dosh mat", "किसी को दोष मत",
    ),
    # "I can't manage any more": "मले आता जमत नाही", "ab nahi hota", "can't do this anymore".
    "cant_cope": (
        "ata jamat nahi", "आता जमत नाही", "aata jamat nahi", "ata nahi jamat", "आता नाही जमत",
        "ata sahan hot nahi", "आता सहन होत नाही", "ata nahi hot", "आता नाही होत",
        "ab nahi hota", "अब नहीं होता", "ab aur nahi hota", "अब और नहीं होता", "ab nahi ho raha",
        "अब नहीं हो रहा", "ab sahan nahi hota", "अब सहन नहीं होता", "ab nahi sah sakta",
        "cant do this anymore", "can't do this anymore", "cant do it anymore", "can't do it anymore",
        "cant take it anymore", "can't take it anymore", "cant go on", "can't go on",
        "cant carry on", "can't carry on", "ata hot nahi", "आता होत नाही", "ab nahi sambhla jata",
        "अब नहीं संभाला जाता",
        "cant keep going", "can't keep going", "cant cope anymore", "can't cope anymore",
    ),
    # "Another year of this" refused, said beside a question on what follows death.
    "another_round": ("can do another", "cant do another", "can't do another", "ek aur saal",
                      "एक और साल", "ajun ek varsh", "अजून एक वर्ष", "another year of this",
                      "another day of this"),
    # What follows death, asked about: "do they go to hell".
    "afterlife": ("go to hell", "goes to hell", "go to heaven", "goes to heaven", "narak",
                  "नरक", "narakat", "नरकात", "jahannum", "जहन्नुम", "forgiven by god",
                  "allowed in heaven"),
    # The nominee, the heir of a policy: "nominee बायको आहे ना".
    "nominee": ("nominee", "नॉमिनी", "नामिनी", "beneficiary", "varas", "वारस", "varsdar",
                "वारसदार", "waris", "वारिस"),
    # Widened from departure.py: a trouble to everyone, and "my" in its Marathi oblique form.
    "trouble": ("pareshani", "परेशानी", "suffering", "suffer", "dukh", "दुख"),
    "my_own": ("majhya", "mazya", "माझ्या"),
    # Someone who will see to what comes next: "पुढचं ती बघेल", "aage ka woh dekh lega".
    "see_to_it": ("pudhcha", "पुढचं", "पुढचे", "pudhche", "aage ka", "आगे का", "baaki ka",
                  "बाकी का", "the rest", "baghel", "बघेल", "dekh lega", "dekh legi", "देख लेगा",
                  "देख लेगी", "sambhalel", "सांभाळेल", "will handle"),
    # Grief at one's own death refused: "koi rona na", "रडू नका", "don't cry for me".
    "mourn": ("rona", "रोना", "roana", "rona na", "rona mat", "mat rona", "मत रोना", "radu naka",
              "रडू नका", "radaych nahi", "cry", "dont cry", "don't cry", "mourn", "shok", "शोक",
              "party karna", "पार्टी करना", "celebrate", "aansu", "आंसू", "आँसू", "ansu",
              "ashru", "अश्रू", "dukhi mat hona", "दुखी मत होना", "dukhi hou naka", "दुःखी होऊ नका"),
    # Going there, in the future: "wahi jaunga", "tithe jain".
    "going_there": ("jaunga", "जाऊंगा", "जाउंगा", "jaungi", "जाऊंगी", "jain", "जाईन", "jaanar",
                    "जाणार", "going there", "wahi jana", "tithe jaycha", "तिथे जायचं"),
    # All well once the writer is gone: "sab khush rahenge", "सगळं ठीक होईल".
    "all_well_after": ("sab theek ho jayega", "सब ठीक हो जाएगा", "sab khush rahenge", "सब खुश रहेंगे",
                       "sagla theek hoil", "सगळं ठीक होईल", "sagle sukhi rahtil", "सगळे सुखी राहतील",
                       "everything will be fine", "everything will be better", "everyone will be happy",
                       "everyone will be better", "they will be fine", "sab aaram se rahenge",
                       "सब आराम से रहेंगे", "sab sukhi rahenge", "सब सुखी रहेंगे"),
    # The height looked up: "how high is enough", "kitna uncha", "no railing".
    "measure_height": ("how high", "how tall", "height of", "how many metres", "how many meters",
                       "how many floors", "kitna uncha", "कितना ऊंचा", "कितना ऊँचा",
                       "kitni unchai", "कितनी ऊंचाई", "kiti unch", "किती उंच", "unchi kiti",
                       "उंची किती", "no railing", "without railing", "without a railing",
                       "bina railing", "बिना रेलिंग", "railing nahi", "रेलिंग नहीं",
                       "kathda nahi", "कठडा नाही", "kitni unchi", "कितनी ऊंची", "what height",
                       "which height", "kiti unchi", "किती उंची"),
    # Not surviving it, the measure of a way of dying: "bach na sake", "so you dont survive".
    "lethal": ("bach na sake", "बच न सके", "bach na paye", "dont survive", "don't survive",
               "wont survive", "won't survive", "nahi bachta", "नहीं बचता", "nahi bachega",
               "vachnar nahi", "वाचणार नाही", "vachat nahi", "वाचत नाही", "no chance of surviving",
               "for sure die", "pakka mar"),
    "enough": ("enough", "is enough", "kafi", "kaafi", "काफी", "काफ़ी", "puresa", "पुरेसं",
               "purese", "पुरेसे", "purese ahe", "puri hai", "पूरी है"),
    # The means watched, its hour taken down: "i have been timing it".
    "watch_means": ("timing it", "been timing", "timed it", "timing the", "noted the time",
                    "note kar raha", "note kar rahi", "नोट कर रहा", "नोट कर रही", "note karto",
                    "नोट करतो", "kitne baje guzarti", "कितने बजे गुजरती", "kiti vajta jate",
                    "किती वाजता जाते",
                    "time note kiya", "टाइम नोट किया", "vel lihun", "वेळ लिहून", "kitne baje aati",
                    "किती वाजता येते", "kiti vajta yete"),
    # Work and study that one cannot keep up with: "itna kaam nahi hota".
    "work_load": ("kaam", "काम", "work", "office", "duty", "shift", "padhai", "पढ़ाई",
                  "abhyas", "अभ्यास", "naukri", "नौकरी", "homework", "assignment"),
    # "It is because of me": the writer as the trouble ("mujhse takleef", "माझ्यामुळे त्रास").
    "because_of_me": ("meri wajah se", "मेरी वजह से", "meri vajah se", "mere karan", "मेरे कारण",
                      "majhyamule", "माझ्यामुळे", "majhya mule", "because of me", "coz of me",
                      "cause of me", "mujhse takleef", "मुझसे तकलीफ", "mujhse pareshan",
                      "मुझसे परेशान", "mera tras", "माझा त्रास", "mazha tras"),
    # A contest lost is not a life: "match haar gaya".
    "contest": ("match", "khel", "खेल", "cricket", "tournament", "shart", "शर्त",
                "election", "chunav", "चुनाव", "exam", "pariksha", "परीक्षा", "competition",
                "spardha", "स्पर्धा", "kabaddi", "chess"),
    # The everyday reasons to know a train's time: catching it, missing it, being late, a run.
    "commute": ("run", "running", "jog", "jogging", "walk", "workout", "gym",
                "catch", "caught", "pakad*", "पकड़*", "pakad", "miss it", "missed it", "office",
                "late", "late mark", "pakadaychi", "पकडायची"),
    # "asking seriously": a question meant, not a joke.
    "asking_serious": ("asking seriously", "seriously asking", "serious question", "asking for real",
                       "not joking", "no joke", "sach mein puch", "sach me puch", "सच में पूछ",
                       "sachi puch", "khara vichartoy", "खरं विचारतोय", "khar vicharto",
                       "मजाक नहीं", "mazak nahi", "majak nahi", "thatta nahi", "थट्टा नाही"),
    # Tongs and pliers heated on the stove (widens hurting_oneself.py's burning_tool).
    "burning_tool": ("chimta", "chimte", "chimti", "chimtya", "चिमटा", "चिमटे", "चिमटी", "चिमट्याने", "sandshi", "sandashi", "सांडशी", "tongs", "pakkad",
                     "पक्कड़", "pakkad garam"),
    "hot_thing": ("garam chimta", "garam chimte", "गरम चिमटा", "गरम चिमटे", "hot tongs",
                  "tapleli sandshi", "तापलेली सांडशी", "tapleli chimti", "तापलेल्या चिमट्याने"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # Beaten, and failing to be what one should have been: "हरलो", "नहीं बन पाया".
    "fed_up": ("harlo", "हरलो", "haarlo", "हारलो", "haar gaya", "हार गया", "haar gayi", "हार गई",
               "nahi ban paya", "नहीं बन पाया", "नही बन पाया", "ban nahi paya", "बन नहीं पाया",
               "hou shakalo nahi", "होऊ शकलो नाही", "couldnt be a good", "couldn't be a good",
               "failed everyone", "let everyone down", "let you all down", "nahi ban saka",
               "नहीं बन सका", "ban nahi saka", "बन नहीं सका", "nahi ban saki", "नहीं बन सकी"),
    # Gone away, Marathi: "मी निघून गेलो तर".
    "die": ("मरणावर", "maranavar", "marnavar", "मरणानंतर", "marnanantar", "maranantar"),
    "leave": ("nighun gelo", "निघून गेलो", "nighun jain", "निघून जाईन", "nighun geli", "निघून गेली"),
    # A son or a child in Varhadi Marathi ("माह्या पोराले सांभाळा").
    "relation": ("पोराले", "पोराला", "porala", "porale"),
}

# The rules that read them.
LAST_ARRANGEMENTS: tuple[Combination, ...] = (
    # Belongings handed on, and the number that will not answer or a note written.
    Combination(S, (_g("given_away", "hand_over"), _g("possession"),
                    _g("cut_off", "wrote_note", "absent_future")), 16, across=True,
                unless=_g("replaced", "away_trip")),
    # A child or a mother put in someone's care, and "I can't manage any more".
    Combination(S, (_g("entrust"), _g("cant_cope")), 12, across=True, unless=_g("work_load")),
    # The policy's nominee checked, and someone who will see to the rest.
    Combination(S, (_g("insurance"), _g("nominee"), _g("see_to_it", "entrust", "my_going")), 16,
                across=True),
    # "My death", with nobody to cry at it: "mere marne pe koi rona na".
    Combination(S, (_g("my_own", "first_person"), _g("die"), _g("mourn")), 6,
                unless=_g("relation", "third_person", "told_story")),
    # A trouble to everyone, and all well once the writer goes.
    Combination(S, (_g("my_going", "after_me"), _g("mourn")), 8),
    Combination(S, (_g("trouble", "burden"), _g("leave"), _g("all_good", "all_well_after")), 14,
                across=True, unless=_g("away_trip", "leave_harmless")),
    Combination(S, (_g("because_of_me"), _g("leave", "go_there"), _g("all_good", "all_well_after")), 14,
                across=True, unless=_g("away_trip", "leave_harmless")),
    # At the well or the dam, how deep it is, and going there.
    Combination(S, (_g("danger_place"), _g("the_drop"), _g("take_me", "go_there", "present_there",
                                                         "going_there")),
                14, across=True, unless=_g("water_leisure", "everyday_view", "water_chore")),
    # The height of a bridge or a flyover looked up, and how much is enough.
    Combination(S, (_g("height", "high_place", "danger_place", "rail_line"), _g("measure_height"),
                    _g("enough", "search", "lethal")), 12, across=True),
    # A measure asked for that no one survives: "what height is enough so you don't survive".
    Combination(S, (_g("measure_height", "how_much"), _g("lethal")), 10, across=True),
    # How long drowning takes, asked seriously; what follows death, beside "not another year".
    Combination(S, (_g("how_much"), _g("drown", "hang", "jump", "die", "bleed"), _g("asking_serious")), 10,
                across=True, unless=_g("hanging_harmless", "drown_idiom", "water_leisure")),
    Combination(S, (_g("afterlife"), _g("another_round", "cant_cope", "end_oneself", "suicide")), 20,
                across=True),
)
