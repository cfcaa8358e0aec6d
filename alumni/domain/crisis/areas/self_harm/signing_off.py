"""Suicide told as signing off, or by its means in a village's words (round 11: holdouts 29 and
30, Vidarbha Marathi and Punjabi-coloured Hinglish): nobody would notice or care, this is my
last message, gone for good or never to meet again, "I can't live (जी नहीं सकता)", "why should
I stay", "my story ends here", death as the only release, a relative gone towards the tracks
or who said bye and switched off, the rope by its Marathi name ("दोर") and the tree it is tied
to ("झाडाले"), the lorry one would come under ("truck de thalle"). Words and the rules that
read them (appended to the area's COMBINATIONS by rules.py); the classes read across the
whole message are mapped to signals in alumni.domain.crisis.evidence_signals.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Nobody would notice or care if the writer went: a worth denied (a signal, not a rule).
    "nobody_cares": (
        "who will even care", "who will care", "who would care", "who would even care", "who even cares",
        "nobody will notice", "nobody will even notice", "no one will notice", "no one will even notice",
        "nobody would notice", "no one would notice", "nobody will even be surprised",
        "nobody will be surprised", "no one will be surprised", "nobody will miss", "no one will miss",
        "than with me", "than having me", "kisi ko fark nahi padega", "kisi ko farak nahi padega",
        "किसी को फर्क नहीं पड़ेगा", "kisi ko pata bhi nahi chalega", "किसी को पता भी नहीं चलेगा",
        "kaun poochega", "कौन पूछेगा", "kisi nu fark nahi", "konala farak padnar nahi",
        "कोणाला फरक पडणार नाही", "kunala farak padnar nahi", "कुणाला फरक पडणार नाही",
        "konala kalnar pan nahi", "कोणाला कळणार पण नाही", "kon vicharnar", "कोण विचारणार",
    ),
    # The act to come, named without naming it, that the writer asks forgiveness for ("forgive
    # me for what i am about to do", "जो मैं करने जा रहा हूं उसके लिए माफ़ करना").
    "act_to_come": (
        "what i am about to do", "what im about to do", "what i'm about to do", "what i am going to do",
        "what im going to do", "what i'm going to do", "what im gonna do", "what i'm gonna do",
        "what i will do tonight", "jo main karne ja raha", "jo mai karne ja raha", "jo main karne wala",
        "jo mai karne wala", "jo main karne ja rahi", "jo mai karne ja rahi", "jo main karne wali",
        "जो मैं करने जा रहा", "जो मैं करने जा रही", "जो मैं करने वाला", "जो मैं करने वाली",
        "je mi karnar ahe", "je mi karnar aahe", "jo mi karnar ahe", "je mi karnar", "जे मी करणार",
        "je mi karto ahe", "जे मी करतोय", "je mi kartoy", "ata je karnar", "आता जे करणार",
    ),
    # "sorry, i don't know what i'm going to do about the rent": a worry, not an act.
    "unsure_what": ("dont know what", "don't know what", "do not know what", "dunno what", "no idea what",
                    "pata nahi jo", "पता नहीं", "pata nahi", "kalat nahi", "कळत नाही", "mahit nahi", "माहीत नाही"),
    "forgiveness": ("forgive", "forgive me", "pardon me", "maaf", "maaf karna", "maaf kar dena", "माफ",
                    "माफ़", "माफ करना", "माफ़ करना", "maf", "kshama", "क्षमा", "sorry", "सॉरी", "maafi", "माफी"),
    # "This is my last message": said of the message being written.
    "mine_last_message": (
        "ha maza shevatcha msg", "ha maza shevatcha message", "ha majha shevatcha msg", "हा माझा शेवटचा msg",
        "हा माझा शेवटचा मेसेज", "ha shevatcha msg", "हा शेवटचा मेसेज", "shevatcha msg samja",
        "shevatcha message samja", "शेवटचा मेसेज समजा", "shevatcha msg pathvla*", "शेवटचा msg पाठवला*",
        "शेवटचा मेसेज पाठवला*", "ye mera aakhri msg", "ye mera aakhri message", "ये मेरा आखिरी मैसेज",
        "ये मेरा आख़िरी मैसेज", "aakhri msg samjho", "aakhri message samajhna", "this is my last msg",
        "this is my last message", "this is my last text", "this is my final msg", "this is my final message",
    ),
    # Gone for good, never to meet again, tonight the last: the writer's own time over.
    "gone_for_good": (
        "hamesha layi", "हमेशा लई", "hamesha lai", "ja reha hamesha", "ja raha hamesha", "ja raha hu hamesha",
        "jahan se koi wapas", "jahan se koi vapas", "जहां से कोई वापस", "जहाँ से कोई वापस",
        "jithun koni parat", "जिथून कोणी परत", "where no one comes back", "kade nahi milna", "kadi nahi milna",
        "kabhi nahi milenge", "ab kabhi nahi milenge", "कभी नहीं मिलेंगे", "kabhi nahi milunga",
        "कभी नहीं मिलूंगा", "kadhich bhetnar nahi", "कधीच भेटणार नाही", "parat kadhi bhetnar nahi",
        "परत कधी भेटणार नाही", "wont see you again", "won't see you again", "never see you again",
        "will never see you", "aaj raat last", "आज रात last", "aaj raat aakhri", "आज रात आखिरी",
        "aaj ki raat aakhri", "आज की रात आखिरी", "ajchi ratra shevtachi", "आजची रात्र शेवटची",
        "tonight is the last", "tonight is my last", "not coming back this time", "never coming back",
        "wont be coming back", "won't be coming back", "lavkarach jaanar", "lavkarach janar",
        "लवकरच जाणार", "jaldi chala jaunga", "जल्दी चला जाऊंगा",
    ),
    # "I can't live (any more)": "जी" alone is also the honorific, so the phrase is the unit.
    "cant_live_on": (
        "jee nahi sakta", "jee nahi sakti", "ji nahi sakta", "ji nahi sakti", "जी नहीं सकता",
        "जी नहीं सकती", "nahi jee sakta", "nahi jee sakti", "नहीं जी सकता", "नहीं जी सकती",
        "jee nahi paunga", "jee nahi paungi", "जी नहीं पाऊंगा", "जी नहीं पाऊंगी", "jee nahi sakda",
        "ji nahi sakda", "jagu shakat nahi", "जगू शकत नाही", "jagu shaknar nahi", "जगू शकणार नाही",
        "cant live anymore", "can't live anymore", "cannot live anymore", "cant live like this anymore",
    ),
    # "Why should I stay": the writer's staying questioned.
    "stay_on": ("kyon rahun", "kyon rahu", "kyu rahu", "kyu rahun", "kyun rahun", "क्यों रहूं", "क्यों रहूँ",
                "क्यूं रहूं", "kis liye rahun", "किस लिए रहूं", "kashala rahu", "कशाला राहू",
                "kashala rahaycha", "कशाला राहायचं", "why should i stay", "why stay"),
    # "What will I do, living", "jee ke kya karunga", "जगून काय करू": living questioned.
    "why_live": ("kay karu", "काय करू", "kay karnar", "काय करणार", "kya karunga", "क्या करूंगा",
                 "kya karungi", "क्या करूंगी", "kya karu", "क्या करूं", "kay karin", "काय करीन",
                 "ka kari", "ka karin", "का करी", "का करीं", "ka karab", "का करब"),
    # "मी उद्या नसेल": the writer not there tomorrow, the Varhadi "nasel" for "nasen".
    "absent_future": ("mi udya nasel", "udya mi nasel", "मी उद्या नसेल", "उद्या मी नसेल", "mi udya nasen",
                      "udya mi nasen", "मी उद्या नसेन", "उद्या मी नसेन", "udya to nasel", "उद्या तो नसेल",
                      "to udya nasel", "तो उद्या नसेल", "main kal nahi rahunga",
                      "मैं कल नहीं रहूंगा", "kal main nahi rahunga", "कल मैं नहीं रहूंगा",
                      "i wont be here tomorrow", "i won't be here tomorrow"),
    # What a contact refused is counted from (evidence_farewells.py): "after tonight", "आज के बाद".
    "onward_time": ("after tonight", "after today", "after this week", "aaj ke baad", "आज के बाद",
                    "aaj raat ke baad", "आज रात के बाद", "iske baad", "इसके बाद", "ab ke baad", "अब के बाद", "kal se", "कल से",
                    "aaj nantar", "aajnantar", "आजनंतर", "आज नंतर", "yanantar", "यानंतर", "udya pasun",
                    "udyapasun", "उद्यापासून", "aaj pasun", "aajpasun", "आजपासून", "from tomorrow",
                    "from now on", "next week", "agle hafte", "अगले हफ्ते", "pudhchya athavdyat",
                    "पुढच्या आठवड्यात"),
    # Calling, texting, this number.
    "contact_word": ("phone", "फोन", "call", "calls", "कॉल", "msg", "message", "मेसेज", "मैसेज", "text",
                     "number", "नंबर", "reply", "जवाब", "उत्तर"),
    # Told not to, or no longer needed: "मत", "don't", "won't need to" (not "नका": it folds like
    # "आंख", an eye; "फोन करू नका" is cut_off already).
    "dont_do": ("mat", "मत", "nakos", "नकोस", "dont", "don't", "do not", "na karna",
                "ना करना", "nahi karna", "नहीं करना", "no need", "wont need", "won't need", "need not",
                "garaj nahi", "गरज नाही", "zarurat nahi", "ज़रूरत नहीं", "जरूरत नहीं"),
    # The writer leaving, said of nowhere: "मी जातो.", "mai ja reha", "im going now".
    "going_off": ("jato", "जातो", "jatoy", "जातोय", "nighto", "निघतो", "nightoy", "निघतोय", "ja raha",
                  "जा रहा", "ja reha", "ja rha", "jaa raha", "chalta hu", "चलता हूं", "chalta hoon",
                  "im going", "i'm going", "i am going", "im leaving", "i'm leaving", "i am leaving"),
    # Ending with no object after the writer: "aata mi pan sampvto" (evidence_farewells.py).
    "end_bare": ("sampvto", "sampavto", "संपवतो", "sampavnar", "संपवणार", "sampavin", "संपवीन",
                 "sampvun takto", "संपवून टाकतो", "khatam kar leta", "खत्म कर लेता", "khatam kar lunga",
                 "खत्म कर लूंगा", "khatam kar lungi", "खत्म कर लूंगी", "khatam kar leti", "खत्म कर लेती",
                 "khatam kar lenge", "खत्म कर लेंगे"),
    # "Better if I finish it": ending said plainly, with nothing named.
    "ending_words": ("better if i finish it", "better i finish it", "better if i end it", "better to end it",
                     "better to finish it", "better to end it all", "better if i end it all"),
    # "My story ends here", "माझी कहाणी संपली".
    "my_story": ("meri kahani", "मेरी कहानी", "meri kahaani", "mazi kahani", "majhi kahani", "माझी कहाणी",
                 "माझी कहानी", "my story", "my chapter"),
    "story_over": ("ends", "is over", "khatam", "खतम", "खत्म", "sampli", "संपली", "samplay", "संपलीय"),
    # After death, and the release it would be: "मेल्यावरच सुटका", "marne ke baad hi chhutkara".
    "after_death": ("melyavar*", "मेल्यावर*", "melyanantar", "मेल्यानंतर", "marnyanantar", "मरण्यानंतर",
                    "marne ke baad", "मरने के बाद", "mar ke hi", "मर के ही", "marke hi", "mar kar hi",
                    "मरकर ही", "death is the only", "only in death", "only death"),
    # Whose death it was, when not the writer's: "aaji melyavar tila mukti milali".
    "their_death": ("tila", "तिला", "tyala", "त्याला", "tyanna", "त्यांना", "usko", "उसको", "use", "उसे", "unko",
                    "उनको", "unhe", "उन्हें", "aaji", "आजी", "ajoba", "आजोबा", "dadi", "दादी", "nani", "नानी",
                    "grandma", "grandpa", "he", "she", "his", "her", "him"),
    "release": ("sutka", "सुटका", "sutkara", "chhutkara", "छुटकारा", "chutkara", "mukti", "मुक्ती", "मुक्ति",
                "shanti", "शांती", "शांति", "sukoon", "सुकून", "relief", "escape", "peace", "way out"),
    # Towards the tracks: "रेल की पटरी की तरफ गए", "walking to the railway line".
    "went_towards": ("ki taraf gaye", "ki taraf gaya", "ki taraf gayi", "की तरफ गए", "की तरफ गया",
                     "की तरफ गई", "kade gela", "kade geli", "कडे गेला", "कडे गेली", "kade gele", "कडे गेले",
                     "javal gela", "जवळ गेला", "walking to", "walking towards", "walked to", "walked towards",
                     "went to the", "heading to the", "headed to the", "javal basun", "जवळ बसून",
                     "ke paas baitha", "के पास बैठा", "ke paas baithe", "के पास बैठे"),
    # The tracks as where one went: "भाऊ रेल्वे रुळांकडे गेला".
    "rails_towards": ("रुळांकडे", "रुळाकडे", "rulakade", "rulankade", "patrikade", "पटरीकडे", "पटरी की ओर",
                      "railway line kade", "रेल्वे लाईनकडे", "रेल्वे लाइनकडे"),
    # Towards a tree or an orchard, where a rope is taken: "दोर घेऊन झाडाकडे", "बगिया की ओर".
    "tree_towards": ("zadakade", "jhadakade", "zadkade", "jhadkade", "झाडाकडे", "झाडकडे", "झाडांकडे",
                     "ped ki taraf", "ped ki or", "पेड़ की तरफ", "पेड़ की ओर", "पेड की तरफ", "पेड की ओर",
                     "bagiya ki or", "bagiya ki taraf", "बगिया की ओर", "बगिया की तरफ", "bag ki taraf",
                     "बाग की तरफ", "बाग की ओर", "bagichya kade", "बागेकडे", "amraikade", "आमराईकडे"),
    "went_there": ("gela", "गेला", "geli", "गेली", "gele", "गेले", "gaya", "गया", "gaye", "गए", "gayi", "गई"),
    # A relative who said bye, then could not be reached.
    "said_bye": ("bye bolla", "bye bola", "bye bolli", "bye boli", "bye बोलला", "bye बोलली", "बाय बोलला",
                 "बाय बोला", "bye mhanala", "bye म्हणाला", "बाय म्हणाला", "bye kaha", "bye कहा", "said bye",
                 "said goodbye", "bye keh", "bye kar raha", "bye करतोय", "bye kartoy"),
    # Travel and work, where a phone is off after a bye for a plain reason.
    "gone_travelling": ("flight", "plane", "airport", "train", "ट्रेन", "station", "स्टेशन", "school", "शाळेत",
                        "shalet", "स्कूल", "office", "ऑफिस", "college", "duty", "ड्यूटी", "shift", "kamavar",
                        "कामावर", "kaam pe", "काम पे", "trip", "tour", "yatra"),
    "unreachable": ("switch off", "switched off", "स्विच ऑफ", "switch of", "phone band", "फोन बंद",
                    "phone off", "not reachable", "not picking up", "phone lagat nahi", "फोन लागत नाही",
                    "phone nahi lag", "फोन नहीं लग", "phone uchalat nahi", "फोन उचलत नाही", "phone nahi utha",
                    "फोन नहीं उठा"),
    # The rope by its Marathi name, and what it is tied to in a field: "झाडाले दोर बांधून".
    "hanging_point": ("zadala", "jhadala", "झाडाला", "zadale", "झाडाले", "zadavar", "झाडावर", "zadachya",
                      "झाडाच्या", "ped se", "पेड़ से", "ped par", "पेड़ पर", "tree in the"),
    "ligature": ("dor", "दोर", "dorane", "दोराने", "dorkhand", "दोरखंड"),
    "noose_cord": ("dor", "दोर", "dorkhand", "दोरखंड"),
    # What a kite's string ("patang ki dor") is for.
    "hanging_harmless": ("patang", "पतंग", "kite", "kites", "manja", "मांजा", "manjha"),
    # "Tell the counsellor I tried": passed on, it is the line of a note (evidence._relayed_apology).
    "absolve": ("i tried", "maine koshish ki", "मैंने कोशिश की", "maine koshish ki thi", "maine bahut koshish ki",
                "मैंने बहुत कोशिश की", "mi prayatna kela",
                "मी प्रयत्न केला", "mi try kela", "main koshish karta raha"),
    # The parapet of a roof, and who else sits on one: "छत की मुंडेर पर बैठे हैं".
    "parapet": ("munder", "मुंडेर", "mundher", "मुंडेरी", "mundeer", "mundera"),
    # Sitting, said of someone respected: "भैया मुंडेर पर बैठे हैं".
    "posture": ("baithe", "बैठे", "baithe hain", "बैठे हैं", "baithe hai"),
    "perched_harmless": ("kabootar", "कबूतर", "pigeon", "pigeons", "birds", "chidiya", "चिड़िया", "bandar",
                         "बंदर", "kapde", "कपड़े", "gamle", "गमले", "plants", "billi", "बिल्ली"),
    # "मी आता थांबतो": the writer stopping, said as a sign-off (beside sorry to all, or a place).
    "done_me": ("mi ata thambto", "mi aata thambto", "मी आता थांबतो", "मी आता थांबते", "mi ata thambte",
                "ab main rukta hu", "अब मैं रुकता हूं", "ab main ruk jata hu", "अब मैं रुक जाता हूं"),
    # One step from the drop: "बस एक कदम की बात है".
    "step_forward": ("ek kadam ki baat", "एक कदम की बात", "bas ek kadam", "बस एक कदम", "ekach paul", "एकच पाऊल",
                     "ek paulach", "one step away", "just one step", "only one step"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # The Varhadi dative on a mother, a father, a wife ("आईले सांगा"); a husband as "mister".
    "relation": ("आईले", "aaile", "aile", "बापाले", "bapale", "बायकोले", "baykole", "mister", "मिस्टर"),
    # Marathi "दोर", a rope by any name, is a means beside a time or a mind made up.
    "hang": ("dor", "दोर", "dorkhand", "दोरखंड"),
    "vehicle": ("malgadi", "maalgadi", "मालगाडी", "माल गाड़ी", "goods train", "local train", "express"),
    # Punjabi "under": "truck de thalle aa jaan".
    "under": ("thalle", "थल्ले", "de thalle", "दे थल्ले"),
    # Punjabi "the heart wants", and "feeling like" beside the rest of "feel like".
    "want": ("dil karda", "dil kardaa", "दिल करदा", "dil karta hai", "feeling like", "feelin like"),
    # Punjabi "finish": "khud nu mukka lunga".
    "end": ("mukka lunga", "mukka laina", "mukka lena", "mukk jaana", "mukk jana", "mukk jaunga",
            "mukaa lena", "mukaa lunga"),
}

SIGNING_OFF: tuple[Combination, ...] = (
    # "please forgive me for what i am about to do": forgiveness asked for an act to come.
    Combination(S, (_g("forgiveness"), _g("act_to_come")), 8, across=True, unless=_g("unsure_what")),
    # "मैं अब और जी नहीं सकता": but not "tumhare bina jee nahi sakta", a lover's line.
    Combination(S, (_g("cant_live_on"), _g("first_person", "first_person_mr", "anymore")), 5,
                unless=_g("without", "love_on")),
    # "मेरे होने ना होने से किसी को फर्क नहीं पड़ता, तो क्यों रहूं".
    Combination(S, (_g("burden", "nobody_cares", "worthless_me"), _g("stay_on")), 12, across=True),
    # "मेरी कहानी यहीं खतम", "my story ends here".
    Combination(S, (_g("my_story"), _g("end", "ended", "story_over")), 3, unless=_g("told_story")),
    # "मेल्यावरच सुटका होईल": the writer's own death as the only release.
    Combination(S, (_g("after_death"), _g("release")), 4,
                unless=_g("relation", "third_person", "told_story", "their_death")),
    # Gone towards the tracks, or sitting by them (not "tracks rn": music, right now).
    Combination(S, (_g("rail_line"), _g("went_towards")), 5,
                unless=_g("commute", "away_trip", "water_leisure")),
    Combination(S, (_g("went_towards"), _g("rail_line")), 3, order=True,
                unless=_g("commute", "away_trip", "water_leisure")),
    Combination(S, (_g("rails_towards"), _g("went_there", "went_to", "go_there", "present_there")), 2,
                unless=_g("commute", "away_trip")),
    # On the roof, looking down, one step from it: "छत से नीचे देखता हूं, बस एक कदम की बात है".
    Combination(S, (_g("height", "high_place"), _g("look_down", "posture", "present_there"), _g("step_forward")), 14,
                across=True, unless=_g("water_leisure", "away_trip", "laugh")),
    # Sitting on a roof's parapet (not the pigeons, not the washing).
    Combination(S, (_g("height", "high_place"), _g("parapet"), _g("posture", "present_there", "look_down")), 6,
                unless=_g("perched_harmless", "hanging_harmless")),
    # A rope taken towards a tree: "भाऊ दोर घेऊन झाडाकडे गेला", "रस्सी लेके बगिया की ओर गए" (not
    # the cattle, the swing, the washing).
    Combination(S, (_g("ligature", "noose_cord"), _g("carry"), _g("tree_towards")), 4, order=True,
                unless=_g("hanging_harmless")),
    # A relative said bye and is now unreachable.
    Combination(S, (_g("relation", "third_person"), _g("said_bye"), _g("unreachable")), 14, across=True,
                order=True, unless=_g("away_trip", "commute", "gone_travelling")),
)
