"""The belt left off and the reservoir (the reading of rounds 118-119: dam and powerhouse staff, FMCG
salesmen, steel-utensil polishers, bar-benders and shuttering crews, water-jar delivery men, glass fitters):

- at a height, the safety belt left off or taken off on purpose, "whatever happens, let it", "bye", "tell
  my wife"; the belt undone "and down I go";
- somewhere one goes "not to come back": the bridge, the creek bridge, the tunnel "and not come out";
  into the reservoir "I'll walk down into it, enough now"; the vehicle driven off the bridge into the
  river, or into the oncoming truck "it will look like an accident", "so nobody can say I did it";
- "if I die falling at the site, how much compensation? I've decided"; "if I go the loan is waived, that
  is what I'll do"; "they'll get my LIC money, worth more than me";
- "decided fully on dying"; "don't see a reason to carry on"; "one step forward and every problem over";
  "it would be so easy" or "how quick it would be" at the railing or the railway line; "I'd let go" at
  the edge; the lift pit "my real place, I'll go there tonight"; the live line "one touch and all is
  quiet", "thinking of walking in there" beside the line that is live;
- goodbyes: "bye everyone" beside "sorry for all the trouble I caused", "tell mother I failed", "we won't
  meet again"; "don't let them blame anyone", "it was my own decision"; "nothing pending with anyone, I
  won't need another check-in"; "from this world, for good"; the rope tied with nobody in the room, the
  rope in front while alone, the noose made "tonight I end it";
- reported: gone out on the reservoir's boat at night, not back, the phone off; not home since
  yesterday beside "said he'd go to the river" or "nobody will see me now"; not eating "and keeps saying
  he wants to go to the canal"; sitting on top of the hoist "won't come down"; locked himself in after
  "I'll end it all"; "he'll drive the tempo into the river";
- self-harm: binding wire wound tight round the wrist and pulled; a hot spoon pressed to brand; acid on
  the fingers on purpose; a heated rod put to one's own leg; a wrench struck on one's own knee; the head
  banged against the frame in anger, or "beating his head on the wall, now fainted"; one's own hand held
  over the gas; a blade on the upper arm;
- overdose: chlorine tablets dissolved "now I drink it", hypochlorite "I'll drink this", the insect
  spray into the mouth; the whole stock "at once today, let me die".

Words and the rules that read them (appended to the area's COMBINATIONS by readings_from_round_50.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH, OD = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    # The safety belt or harness, and leaving it off on purpose.
    "br_belt": ("belt", "बेल्ट", "safety belt", "सेफ्टी बेल्ट", "harness", "हार्नेस", "hook", "हुक"),
    "br_left_off": ("nahi lavnar", "नाही लावणार", "lavnar nahi", "लावणार नाही", "नहीं लगाऊंगा", "nahi lagaunga",
                    "नहीं बांधूंगा", "nahi bandhunga", "बांधणार नाही", "bandhnar nahi", "काढलाय", "kadhlay",
                    "काढला आहे", "kadhla ahe", "khol ke", "खोल के", "खोलके", "kholke", "not tying", "won't tie",
                    "wont tie", "not wearing", "left off", "taken off", "without the belt", "bina belt",
                    "बिना बेल्ट", "belt ke bina", "बेल्ट के बिना"),
    "br_let_it_come": ("je vhaycha te hou de", "जे व्हायचं ते होऊ दे", "jo hona hai ho jaye", "जो होना है हो जाए",
                       "whatever happens", "this time", "is baar", "इस बार", "ya veli", "या वेळी", "tell my wife",
                       "neeche chala jau", "नीचे चला जाऊं", "neeche chala jaun", "bye"),
    # Gone somewhere not to come back.
    "br_no_return": ("वापस आने के लिए नहीं", "vapas aane ke liye nahi", "wapas aane ke liye nahi",
                     "परत यायची इच्छा नाही", "parat yaychi ichha nahi", "baher yaycha nahi", "बाहेर यायचं नाही",
                     "बाहेर यायचं नाही", "not to come back", "not coming back out"),
    "br_deep_place": ("tunnel", "टनेल", "सुरंग", "surang", "बोगदा", "bogda", "खाडी", "khadi pul", "खाडी पुलावर",
                      "जलाशय", "jalashay", "reservoir", "धरण", "dharan", "dam"),
    "br_drive_into": ("घालावी", "ghalavi", "घालणार", "ghalnar", "घालतो", "उतार देगा", "utar dega", "उतार दूंगा",
                      "utar dunga", "drive into", "drive it into", "ghusa dunga", "घुसा दूंगा"),
    "br_vehicle": ("tempo", "टेम्पो", "टेंपो", "gadi", "गाडी", "गाड़ी", "bike", "बाइक", "car", "कार", "ट्रकला", "truckla"),
    "br_seem_accident": ("अपघात वाटेल", "apghat vatel", "accident lagega", "एक्सीडेंट लगेगा", "look like an accident",
                         "look like accident", "कोणाला संशय येणार नाही", "konala sanshay yenar nahi",
                         "kisi ko shak nahi hoga", "किसी को शक नहीं होगा", "nobody can say i did it",
                         "no one can say i did it"),
    # Money the family would get, and the resolve.
    "br_if_i_die_here": ("padun mela tar", "पडून मेलो तर", "पडून मेला तर", "mela tar", "मेलो तर", "mar gaya to",
                         "मर गया तो", "if i die", "if i fall"),
    "br_payout": ("bharpai", "भरपाई", "compensation", "मुआवजा", "muavza", "lic", "एलआयसी", "insurance", "vima", "विमा",
                  "बीमा", "bima"),
    "br_decided": ("tharavla", "ठरवलं", "ठरवले", "tharavle", "decided", "tay kar liya", "तय कर लिया", "aaj tharavla"),
    "br_if_i_go": ("मी गेलो की", "mi gelo ki", "मी गेलो तर", "mi gelo tar", "main chala gaya to", "मैं चला गया तो",
                   "if i go", "once i go"),
    "br_loan_waived": ("loan माफ", "loan maaf", "loan maf", "karz maaf", "कर्ज माफ", "कर्ज़ माफ़", "माफ होईल",
                       "maaf hoil", "loan band hoga", "loan will be waived"),
    "br_will_do_it": ("तेच करणार", "tech karnar", "wahi karunga", "वही करूंगा", "that's what i'll do",
                      "thats what ill do", "that is what i will do"),
    "br_worth_more": ("worth more than me", "मुझसे ज़्यादा कीमती", "mujhse zyada keemti", "माझ्यापेक्षा जास्त किंमत",
                      "mazyapeksha jast kimmat"),
    # Decided on dying; no reason to carry on.
    "br_reason": ("reason", "point", "wajah", "वजह", "karan", "कारण"),
    "br_go_on": ("carry on", "keep going", "go on", "continue", "jeete rehne", "जीते रहने", "जगत राहण्याचं",
                 "jagat rahnyacha"),
    "br_one_step": ("ek step aage", "एक step आगे", "एक स्टेप आगे", "ek kadam aage", "एक कदम आगे", "ek paul pudhe",
                    "एक पाऊल पुढे", "one step forward", "one step ahead"),
    "br_all_over": ("सारी problem खत्म", "sari problem khatam", "sab problem khatam", "सब खत्म", "sab khatam",
                    "सगळं संपेल", "sagla sampel", "all over", "every problem over", "सब शांत", "sab shaant"),
    "br_so_easy": ("it would be so easy", "would be so easy", "how quick it would be", "how easy it would be",
                   "kitna aasaan hoga", "कितना आसान होगा", "किती सोपं", "kiti sopa", "kiti sopa ahe"),
    "br_look_out_place": ("railing", "रेलिंग", "टैंक", "tank", "टाकी", "taki", "railway line", "railway track", "रेल्वे लाइन", "railway", "surge shaft",
                          "shaft", "kada", "कडा", "kadyavar", "कड्यावर", "kadyachya", "edge"),
    "br_let_go": ("pay sodun dyava", "पाय सोडून द्यावा", "haath chhod doon", "हाथ छोड़ दूं", "hath sodun dyava",
                  "हात सोडून द्यावा", "let go"),
    "br_my_place": ("meri asli jagah", "मेरी असली जगह", "असली जगह", "my real place", "my place is there",
                    "माझी खरी जागा", "mazi khari jaga"),
    "br_go_there_tonight": ("आज रात वहीं जाऊंगा", "aaj raat wahin jaunga", "वहीं जाऊंगा", "wahin jaunga",
                            "going there tonight", "आज रात्री तिथेच जाणार", "tithech janar"),
    "br_live_line": ("line live hai", "लाइन live है", "live hai", "लाइव है", "live ahe", "लाइव आहे", "is live",
                     "चालू लाईन", "chalu line"),
    "br_touch_once": ("ek baar haath lagaunga", "एक बार हाथ लगाऊंगा", "haath laga dunga", "हाथ लगा दूंगा",
                      "ek da haat lavto", "एकदा हात लावतो", "thinking about walking in", "walking in there",
                      "touch it once"),
    # To end, said of oneself: Marathi's intransitive "संपायचं" (where "संपवायचं" is read), after "me".
    "br_end_myself": ("मला संपायचं", "मला पण संपायचं", "मला आता संपायचं", "मलाही संपायचं", "mala sampaycha",
                      "mala pan sampaycha", "mala ata sampaycha", "malahi sampaycha", "मला संपून जायचं",
                      "mala sampun jaycha"),
    # Going or resting for good ("आता मीच जातो कायमचा", "कायमचा rest घेतोय"), not moving house or town; in Marathi
    # and Hindi only ("rest for good recovery" is English's other "for good").
    "br_for_good": ("कायमचा", "कायमची", "कायमचं", "कायमचे", "kaymcha", "kayamcha", "kayamchi", "kaymchi", "kayamche",
                    "हमेशा के लिए", "hamesha ke liye", "hamesha ke lie"),
    "br_going": ("जातो", "jato", "जातोय", "jatoy", "चाललो", "challo", "निघालो", "nighalo", "rest", "आराम", "aaram",
                 "जा रहा हूं", "ja raha hu", "jaa raha hu"),
    "br_moving": ("गावी", "gavi", "gaon", "गाव", "गांव", "village", "शहर", "shahar", "city", "ghari", "घरी", "naukri",
                  "नोकरी", "job", "kaam", "काम", "daru", "दारू", "sharab", "शराब", "abroad", "dubai", "gulf"),
    # Goodbyes.
    "br_bye_all": ("bye everyone", "bye all", "bye to all", "sabko bye", "सबको bye", "सब को राम राम",
                   "sabko ram ram", "sab ko ram ram", "सबको राम राम", "sagalyana bye", "सगळ्यांना bye",
                   "सगळ्यांना राम राम", "sagalyana ram ram"),
    "br_sorry_caused": ("sorry for all the trouble", "trouble i caused", "all the trouble i caused",
                        "सगळ्यांना सॉरी सांगा", "sagalyana sorry sanga", "सबको सॉरी बोलना", "sabko sorry bolna",
                        "aai la sanga mi chuklo", "आईला सांगा मी चुकलो", "tuza mulga harla", "तुझा मुलगा हरला",
                        "tera beta haar gaya", "तेरा बेटा हार गया"),
    "br_never_again": ("अब मिलेंगे नहीं", "ab milenge nahi", "won't meet again", "wont meet again",
                       "आता नाही जमणार", "ata nahi jamnar", "aata nahi jamnar", "पुन्हा भेटणार नाही",
                       "punha bhetnar nahi", "nahi yenar kadhich nahi", "नाही येणार कधीच नाही", "kadhich yenar nahi",
                       "कधीच येणार नाही", "never coming back"),
    "br_dont_blame": ("dont let them blame", "don't let them blame", "dont blame anyone", "don't blame anyone",
                      "kisi ko dosh mat", "किसी को दोष मत", "konala dosh deu naka", "कोणाला दोष देऊ नका",
                      "it was my own decision", "my own decision", "माझा निर्णय", "mera faisla", "मेरा फैसला"),
    "br_dont_wake": ("if i dont wake up", "if i don't wake up", "agar main na uthun", "उठलो नाही तर",
                     "uthlo nahi tar"),
    "br_nothing_pending": ("nothing pending with anyone", "nothing pending", "kisi ka kuch baaki nahi",
                           "किसी का कुछ बाकी नहीं", "कोणाचं काही बाकी नाही", "konacha kahi baki nahi"),
    "br_no_more_checkin": ("wont be needing a next check in", "won't be needing a next check in",
                           "won't need another check in", "wont need another check in", "next check in",
                           "agla check in", "अगला check in", "पुढचा check in"),
    "br_rope_tied": ("दोरी बांधली", "dori bandhli", "दोरी बांधलीय", "rassi baandh di", "रस्सी बांध दी",
                     "rassi bandh di", "tied a rope", "tied the rope"),
    "br_nobody_today": ("आज कुणी नाही", "aaj kuni nahi", "आज कोणी नाही", "aaj koni nahi", "आज कोई नहीं",
                        "aaj koi nahi", "nobody in the room", "nobody home"),
    "br_rope_use": ("kapde", "कपडे", "tirpal", "ताडपत्री", "tadpatri", "load", "maal", "माल", "gaay", "गाय", "bail",
                    "बैल"),
    "br_alone": ("एकटा आहे", "ekta ahe", "एकटाच आहे", "ektach ahe", "akela hu", "अकेला हूं", "अकेला हूँ",
                 "i'm alone", "im alone"),
    "br_rope_before": ("दोरी समोर", "dori samor", "rassi saamne", "रस्सी सामने", "rope in front"),
    "br_noose_made": ("fas banvun", "फास बनवून", "fasa banvla", "फासा बनवला", "फंदा बनाया", "fanda banaya",
                      "noose ready", "made a noose"),
    # At a height, the drop looked at, and a last word.
    "br_below": ("नीचे बहुत", "neeche bahut", "niche bahut", "khali disto", "खाली दिसतं", "खाली दिसतो", "varun khali",
                 "वरून खाली", "नीचे पत्थर", "neeche patthar", "so far down", "ground looks"),
    "br_last_word": ("अब जाना है", "ab jana hai", "ab jaana hai", "gharchyana sanga sorry", "घरच्यांना सांगा sorry",
                     "घरच्यांना सॉरी सांगा", "gharchyana sorry sanga", "tell them sorry", "tell my family sorry"),
    # Reported: gone and not back.
    "br_boat": ("boat", "बोट", "hodi", "होडी", "नाव", "naav", "nauka"),
    "br_not_back": ("hasn't come back", "hasnt come back", "not come back", "ajun aala nahi", "अजून आला नाही",
                    "abhi tak nahi aaya", "अभी तक नहीं आया", "not returned"),
    # (beside "unreachable", which has "phone band" and "switched off")
    "br_phone_off": ("mobile band", "मोबाईल बंद", "मोबाइल बंद", "phone switched off"),
    "br_not_home": ("kal pasun ghari nahi", "कालपासून घरी नाही", "कालपासून घरी आला नाही", "kalpasun ghari aala nahi",
                    "kal se ghar nahi aaya", "कल से घर नहीं आया", "hasn't come home", "hasnt come home"),
    "br_said_away": ("nadivar jato", "नदीवर जातो", "nadi pe ja raha", "नदी पे जा रहा", "कोणाला दिसणार नाही",
                     "konala disnar nahi", "kisi ko nahi dikhunga", "किसी को नहीं दिखूंगा", "go to the canal",
                     "wants to go to the canal"),
    "br_not_eaten": ("not eaten for", "has not eaten", "hasn't eaten", "hasnt eaten", "khana nahi khaya",
                     "खाना नहीं खाया", "jevla nahi", "जेवला नाही"),
    "br_canal": ("canal", "kalva", "कालवा", "nahar", "नहर"),
    "br_up_top": ("च्या वरती बसलाय", "varti baslay", "वरती बसलाय", "upar baitha hai", "ऊपर बैठा है",
                  "sitting on top"),
    "br_not_coming_down": ("खाली येत नाही", "khali yet nahi", "neeche nahi aa raha", "नीचे नहीं आ रहा",
                           "won't come down", "wont come down"),
    "br_end_all_said": ("sagla samvto", "सगळं संपवतो", "sagla sampvto", "sab khatam kar dunga",
                        "सब खत्म कर दूंगा", "end it all"),
    "br_locked_in": ("kondun ghetlay", "कोंडून घेतलं", "कोंडून घेतलाय", "khud ko band kar liya",
                     "खुद को बंद कर लिया", "locked himself"),
    # Self-harm.
    "br_wire": ("tar", "तार", "binding tar", "binding wire", "बांधने वाले तार", "wire"),
    "br_wrist": ("managat", "मनगट", "managatavar", "मनगटावर", "kalai", "कलाई", "wrist"),
    "br_wound_tight": ("gundalun", "गुंडाळून", "lapetta", "लपेटता", "कस के लपेट", "kas ke lapet", "wound tight",
                       "ghatta", "घट्ट"),
    "br_hot_spoon": ("garam chamcha", "गरम चमचा", "garam chamach", "गरम चमच", "hot spoon"),
    "br_branding": ("chatke deto", "चटके देतो", "chatka dila", "चटका दिला", "daag diya", "दाग दिया", "brand myself"),
    "br_fingers": ("ungliyon", "उंगलियों", "ungli", "उंगली", "bota", "बोटं", "botanvar", "बोटांवर", "fingers"),
    "br_heated": ("garam karke", "गरम करके", "garam karun", "गरम करून", "heated", "heated up"),
    "br_own_body": ("apne pair", "अपने पैर", "apne haath", "अपने हाथ", "apni jaangh", "अपनी जांघ", "apne ghutne",
                    "अपने घुटने", "स्वतःच्या हातावर", "swatachya hatavar", "स्वतःच्या पायावर", "swatachya payavar",
                    "my own leg", "my own hand", "my own knee"),
    "br_tool": ("wrench", "रिंच", "spanner", "स्पॅनर", "स्पैनर", "पाना", "hathoda", "हथौड़ा", "hammer", "हातोडा"),
    "br_struck": ("maara", "मारा", "mara", "marla", "मारलं", "hit", "struck"),
    "br_head_banged": ("सिर दे मारा", "sir de mara", "sar de mara", "सिर पटक", "sar patak", "sir patak",
                       "डोकं आपटलं", "doka aaptla", "banged my head", "beating his head", "beating her head",
                       "banging his head"),
    "br_head": ("सिर", "sar", "डोकं", "doka", "head", "अपना सिर", "apna sir", "apna sar"),
    "br_banged": ("दे मारा", "de mara", "de maara", "पटका", "patka", "आपटलं", "aaptla", "banged", "smashed"),
    "br_many_times": ("कई बार", "kai baar", "बऱ्याच वेळा", "baryach vela", "again and again", "many times"),
    "br_fainted": ("fainted", "behosh", "बेहोश", "shuddh harpali", "शुद्ध हरपली"),
    "br_own_hand": ("स्वतःचा हात", "swatacha haat", "swatacha hat", "apna haath", "अपना हाथ", "my own hand"),
    "br_on_flame": ("गॅसवर धरला", "gas var dharla", "gasvar dharla", "gas pe rakha", "गैस पे रखा", "आग पे रखा",
                    "aag pe rakha", "over the flame", "on the flame", "stove var dharla"),
    "br_upper_arm": ("दंडावर", "dandavar", "दंडाला", "bazu pe", "बाजू पे", "बांह पर", "banh par", "upper arm"),
    # Overdose: the plant's chemicals.
    "br_chemical": ("chlorine", "क्लोरीन", "hypochlorite", "हाइपो क्लोराइट", "हायपोक्लोराइट", "हाइपो", "हायपो",
                    "bleach", "ब्लीच", "hit spray", "hit cha spray", "hit चा spray"),
    "br_drink_now": ("आता पितो", "ata pito", "aata pito", "आज यही पियूंगा", "yahi piunga", "यही पियूंगा", "pi lunga",
                     "पी लूंगा", "piun takto", "पिऊन टाकतो", "pee jaunga", "पी जाऊंगा", "will drink it"),
    "br_in_mouth": ("tondat", "तोंडात", "muh me", "मुंह में", "in my mouth"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_PLACE = _g("wr_water", "pl_rivers", "pl_bridge", "br_deep_place")
_HIGH = _g("pl_height", "high_place", "height", "br_look_out_place")

BELT_OFF_AND_THE_RESERVOIR: tuple[Combination, ...] = (
    Combination(S, (_g("br_belt"), _g("br_left_off"), _g("br_let_it_come")), 20, across=True),
    Combination(S, (_PLACE, _g("br_no_return")), 20, across=True),
    Combination(S, (_g("br_deep_place"), _g("walk_into"), _g("pl_enough", "fw_enough_now", "sport_enough_now")), 20,
                across=True),
    Combination(S, (_g("vehicle", "br_vehicle"), _PLACE, _g("br_drive_into")), 10, across=True),
    Combination(S, (_g("br_seem_accident"), _g("vehicle", "br_vehicle", "under", "pl_height", "height")), 30, across=True),
    Combination(S, (_g("br_if_i_die_here"), _g("br_payout"), _g("br_decided")), 30, across=True),
    Combination(S, (_g("pl_if_i_go", "br_if_i_go"), _g("br_loan_waived"), _g("br_will_do_it")), 30, across=True),
    Combination(S, (_g("br_payout"), _g("br_worth_more")), 12, across=True),
    Combination(S, (_g("die"), _g("mind_made_up")), 4),
    Combination(S, (_g("negation"), _g("br_reason"), _g("br_go_on")), 6),
    Combination(S, (_g("br_one_step"), _g("br_all_over")), 10),
    Combination(S, (_g("br_so_easy"), _g("br_look_out_place", "rail_line", "pl_height", "high_place")), 30, across=True),
    Combination(S, (_g("br_let_go"), _HIGH), 20, across=True),
    Combination(S, (_g("br_my_place"), _g("br_go_there_tonight")), 20, across=True),
    Combination(S, (_g("br_live_line"), _g("br_touch_once")), 20, across=True),
    Combination(S, (_g("br_bye_all"), _g("br_sorry_caused", "br_never_again", "br_dont_blame")), 30, across=True),
    Combination(S, (_g("br_sorry_caused"), _g("br_never_again", "farewell_word")), 20, across=True),
    Combination(S, (_g("br_dont_blame"), _g("br_dont_wake", "farewell_word")), 30, across=True),
    Combination(S, (_g("br_nothing_pending"), _g("br_no_more_checkin")), 30, across=True),
    Combination(S, (_g("this_world_here"), _g("pl_for_good")), 4),
    Combination(S, (_g("br_end_myself"),)),
    Combination(S, (_g("br_for_good"), _g("br_going")), 3, unless=_g("br_moving"), unless_reach=6),
    Combination(S, (_g("br_rope_tied"), _g("br_nobody_today")), 20, across=True, unless=_g("br_rope_use"),
                unless_reach=8),
    Combination(S, (_g("br_alone"), _g("br_rope_before")), 20, across=True),
    Combination(S, (_g("br_noose_made"), _g("kg_tonight_over", "tonight")), 20, across=True),
    # reported
    Combination(S, (_HIGH, _g("br_below"), _g("br_last_word", "pl_take_care_kids")), 30, across=True),
    Combination(S, (_g("br_boat", "wr_water", "br_deep_place"), _g("br_not_back"), _g("unreachable", "br_phone_off")), 30,
                across=True),
    Combination(S, (_g("br_not_home"), _g("br_said_away")), 30, across=True),
    Combination(S, (_g("br_not_eaten"), _g("br_canal", "pl_rivers", "wr_water")), 20, across=True),
    Combination(S, (_g("br_up_top"), _g("br_not_coming_down")), 20, across=True),
    Combination(S, (_g("br_end_all_said"), _g("br_locked_in")), 30, across=True),
    # self-harm
    Combination(SH, (_g("br_wire"), _g("br_wrist"), _g("br_wound_tight")), 10),
    Combination(SH, (_g("br_hot_spoon"), _g("br_branding")), 10),
    Combination(SH, (_g("ob_acid"), _g("br_fingers"), _g("mb_on_purpose", "rl_on_purpose", "hp_on_purpose")), 10),
    Combination(SH, (_g("br_heated"), _g("br_own_body")), 10),
    Combination(SH, (_g("br_tool"), _g("br_own_body"), _g("br_struck")), 10, unless=_g("by_accident", "hod_accident"),
                unless_reach=6),
    Combination(SH, (_g("br_head_banged"), _g("in_a_rage", "br_many_times", "br_fainted")), 20, across=True),
    Combination(SH, (_g("br_head"), _g("br_banged"), _g("in_a_rage", "br_many_times")), 10, across=True),
    Combination(SH, (_g("br_own_hand"), _g("br_on_flame")), 8),
    Combination(SH, (_g("blade", "cutting_tool"), _g("br_upper_arm")), 4),
    # overdose
    Combination(OD, (_g("br_chemical"), _g("br_drink_now")), 12, across=True),
    Combination(OD, (_g("br_chemical"), _g("br_in_mouth")), 6),
    Combination(OD, (_g("rl_whole_at_once"), _g("bp_let_him_die")), 20, across=True),
)
