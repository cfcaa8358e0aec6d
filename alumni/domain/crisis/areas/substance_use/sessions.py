"""Using again told by the drinking session rather than by the drink: sitting down with the
others and the writer sitting too ("सगळे बसले, मी पण बसलो"), a glass handed over and taken
("offer ki aur maine le li"), the still or the den gone to ("भट्टीवर गेलो", "adde pe chala
gaya"), the glasses counted ("तीन ग्लास झाले"), a streak told as a line that broke ("लाईन
तुटली"), and the country drink that "is going on" ("desi chal rahi hai"). Words and the rules
that read them (appended to the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # The writer as well: Marathi (and Varhadi "म्या"), Hindi, English.
    "me_too": ("mi pan", "मी पण", "mya pan", "म्या पण", "mi pun", "मी पुन", "aamhi pan", "आम्ही पण",
               "main bhi", "mai bhi", "मैं भी", "maine bhi", "मैंने भी", "hum bhi", "हम भी", "me bhi",
               "me too", "i also", "so did i", "me as well"),
    # What a sitting is for when it is not a drink: a meal, a prayer, a meeting, a lesson.
    "sitting_for": ("jevayla", "जेवायला", "jevan", "जेवण", "jevnala", "जेवणाला", "khane", "खाने",
                    "khana", "खाना", "nashta", "नाश्ता", "nashtyala", "नाश्त्याला", "puja", "pooja",
                    "पूजा", "pujela", "पूजेला", "bhajan", "भजन", "bhajanala", "भजनाला", "kirtan",
                    "कीर्तन", "meeting", "मीटिंग", "class", "exam", "pariksha",
                    "परीक्षा", "dharna", "धरणे", "upos", "उपोषण", "bus", "train", "gaadit", "गाडीत", "prasad",
                    "प्रसाद", "mithai", "मिठाई", "pedha", "पेढा", "laddu", "लाडू", "roti",
                    "रोटी", "poli", "पोळी", "bhakri", "भाकरी"),
    # Offered to the writer: a glass handed over, a drink poured, "offer ki".
    "offer_made": ("offer ki", "offer kiya", "offer kela", "offer keli", "ऑफर की", "ऑफर किया",
                   "ऑफर केली", "ऑफर केला", "glass dila", "ग्लास दिला",
                   "glass diya", "ग्लास दिया", "glass pakdaya", "ग्लास पकड़ाया", "peg banaya",
                   "पेग बनाया", "peg banavla", "पेग बनवला", "pakda diya", "pakda di", "पकड़ा दिया",
                   "thama diya", "थमा दिया", "hatat dila", "हातात दिला", "हातात दिली",
                   "pilaya", "पिलाया", "pajli", "पाजली", "pajla", "पाजला"),
    # The still where country liquor is made and poured, and the den: "भट्टीवर", "adde pe".
    # Inflected only: "bhatti" alone shares a skeleton with बत्ती, a lamp.
    "still_place": ("bhattivar", "भट्टीवर", "bhattit", "भट्टीत", "bhatti pe", "bhatti par", "भट्टी पे",
                    "भट्टी पर", "bhattipe", "hatbhattivar", "हातभट्टीवर", "adde pe", "adde par",
                    "अड्डे पे", "अड्डे पर", "addyavar", "अड्ड्यावर", "addyat", "अड्ड्यात",
                    # the country-liquor den, "guttha", in its cases (not "गुत्त्यावरून", from it)
                    "guttyavar", "गुत्त्यावर", "guttyat", "गुत्त्यात", "guttyala", "गुत्त्याला", "gutthe pe",
                    "gutthe par", "गुत्ते पे", "गुत्ते पर", "गुत्थे पे", "गुत्थे पर"),
    # A kiln or a furnace is also a "भट्टी": a place of work, not of drink.
    "kiln_work": ("vit", "वीट", "vitbhatti*", "वीटभट्टी*", "int", "ईंट", "kamala", "कामाला", "kamavar",
                  "कामावर", "kaam pe", "काम पे", "kaam par", "काम पर", "majuri*", "मजुरी*", "work"),
    # Glasses counted: "तीन ग्लास झाले", "do gilas ho gaye".
    "glass_measure": ("glass", "glasses", "ग्लास", "gilas", "गिलास", "glas"),
    # Not "saha", "chhe", "aath": without their "a" they are "as", "che", "at".
    "few_number": ("char", "चार", "pach", "पाच", "paanch", "पांच"),
    # A streak told as a line or a chain that broke: "६ महिन्याची लाईन तुटली".
    "line_broke": ("line tutli", "line tutla", "line tuttli", "लाईन तुटली", "लाइन तुटली", "लाईन तुटला",
                   "line toot gayi", "line tut gayi", "line toot gai", "line tut gai", "लाइन टूट गई",
                   "लाईन टूट गई", "लाइन टूट गयी", "line todli", "line todla", "लाईन तोडली",
                   "chain tutli", "chain toot gayi", "chain tut gayi", "चेन तुटली", "चेन टूट गई",
                   "sakhli tutli", "साखळी तुटली", "line broke", "chain broke", "the line broke"),
    # What else breaks a line: the power, the phone, the pipe, a queue.
    "power_line": ("light", "lite", "bijli", "बिजली", "vij", "वीज", "current", "करंट", "wire", "वायर",
                   "taar", "तार", "pole", "khamb", "खांब", "network", "नेटवर्क", "signal", "phone", "फोन",
                   "mobile", "internet", "wifi", "pipe", "पाईप", "nal", "नळ", "rang", "रांग", "queue",
                   "railway", "रेल्वे", "bus", "st"),
    # Mahua liquor by its Vidarbha name, a drink only beside drinking ("moh" is also longing).
    "alcohol_maybe": ("moha", "मोहा", "mohachi", "mohfulachi", "मोहफुलाची", "mohfula*", "मोहफुला*"),
    "down_it": ("sampavlya", "संपवल्या", "sampavlyat", "संपवल्यात", "sampavle", "संपवले"),
    # Refusing that failed, told in the past: "नाही म्हणू शकलो नाही", "mana nahi kar paya".
    "gave_in": ("nahi mhanu shaklo nahi", "नाही म्हणू शकलो नाही", "nako mhanu shaklo nahi",
                "नको म्हणू शकलो नाही", "mana nahi kar paya", "मना नहीं कर पाया", "mana nahi kar payi",
                "मना नहीं कर पाई", "na nahi keh paya", "ना नहीं कह पाया", "na nahi bol paya",
                "ना नहीं बोल पाया", "couldnt say no", "couldn't say no", "could not say no"),
    "failed_restraint": ("ruk nahi paya", "रुक नहीं पाया", "ruk nahi payi", "रुक नहीं पाई", "ruk nahi saka",
                         "रुक नहीं सका", "thambu shaklo nahi", "थांबू शकलो नाही", "thambu shakli nahi",
                         "थांबू शकले नाही",
                         # "मला थांबता आलं नाही", "आवरलं नाही", "ना रुका": the negation is the
                         # restraint's, not the drinking's (Ahirani "नही थांबता वनं" reads so)
                         "thambta aala nahi", "thambta ala nahi", "थांबता आलं नाही", "थांबता आला नाही",
                         "nahi thambta aala", "नाही थांबता आलं", "नाही थांबता आला", "aavarta aala nahi",
                         "आवरता आलं नाही", "aavarla nahi", "avarla nahi", "aawarla nahi", "आवरलं नाही",
                         "आवरला नाही", "aavarlach nahi", "आवरलंच नाही",
                         # "हमसे ना रुका", "mujhse ruka nahi gaya": not "theke pe ruka nahi"
                         "hamse na ruka", "हमसे ना रुका", "hamse ruka nahi", "हमसे रुका नहीं",
                         "mujhse ruka nahi", "मुझसे रुका नहीं", "mujhse na ruka", "मुझसे ना रुका",
                         "humse na ruka", "humse ruka nahi", "hamse na raha gaya", "हमसे ना रहा गया"),
    # Taken at the sitting, the object left out as the drink is: "basalo ani ghetli".
    "took_at_sitting": ("ghetli", "घेतली", "ghetlya", "घेतल्या", "ghetla", "घेतला", "le li", "ले ली",
                        "maar li", "मार ली", "laga li", "लगा ली", "chadha li", "चढ़ा ली", "pili", "पिली"),
    # Sitting to it told with a participle: "baith ke le li", "बैठकर पी".
    "sat_down": ("baith ke", "baithke", "बैठ के", "baith kar", "बैठकर"),
    # Cough syrup by its household name, and the bottles it is counted in.
    "cough_medicine": ("khoklyache aushadh", "khoklyacha aushadh", "khoklyach aushadh", "खोकल्याचं औषध",
                       "खोकल्याचे औषध", "खोकल्याचा औषध", "khoklyache syrup", "खोकल्याचं सिरप", "khansi ki dawai",
                       "khansi ki dawa", "khasi ki dawai", "खांसी की दवाई", "खांसी की दवा", "cough ki dawai",
                       "cough ki dawa", "कफ की दवाई", "cough medicine", "cough mixture",
                       # a codeine syrup by its brand (round 33: "Rexcof fir se chalu hai, 2 shishi roj")
                       "rexcof", "रेक्सकॉफ", "रेक्सकोफ", "खाँसी की दवाई", "खोकल्याचं syrup", "khoklyacha syrup"),
    "bottle_word": ("batlya", "बाटल्या", "batli", "बाटली", "bottles", "bottle", "botal", "बोतल", "botle",
                    "botlen", "बोतलें", "shishi", "शीशी", "shishya", "शिश्या"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # Poppy husk with the Marathi "of" glued on: "डोड्याचा चहा" (laced_drinks.py). Not "अफूचा":
    # without its first "a" it is "pahucha", arrived.
    "opioids": ("dodyacha", "dodyachi", "dodyache", "dodyachya", "डोड्याचा", "डोड्याची", "डोड्याचे",
                "डोड्याच्या", "postyacha", "postyachi", "पोस्त्याचा", "पोस्त्याची"),
    # The quarter bottle by its country names, singular and plural: "2 pauwe maar liye".
    "alcohol": ("pauwa", "pauwe", "pauve", "pouwa",
                "पौवा", "पौवे"),
    # Drinking told by the country drink that "is going on", or by sitting at it all night.
    "drank": ("desi chal*", "देसी चल*", "deshi chal*", "देशी चल*", "desi chalu", "देसी चालू", "deshi chalu",
              "देशी चालू", "gavthi chalu", "गावठी चालू", "pit baslo", "pit basle", "pit basli",
              "पीत बसलो", "पीत बसले", "पीत बसली", "piyat baslo", "pit hoto", "पीत होतो",
              "pi chuka", "pee chuka", "पी चुका", "pi chuki", "पी चुकी", "pi chuke", "पी चुके"),
    # The Marathi progressive of taking ("थोडी थोडी घेतोय"), and finishing bottles in the plural.
    "use": ("ghetoy", "घेतोय", "ghetey", "घेतेय", "ghetoye"),
}

SESSIONS: tuple[Combination, ...] = (
    # The others sat down, and the writer sat too.
    Combination(RE, (_g("drinkers", "others"), _g("sat_down"), _g("me_too"), _g("sat_down")), 6,
                order=True, unless=_g("sitting_for", "beverage", "food", "worship")),
    # Offered, and the writer took it (Hindi and Marathi: English "took" takes anything).
    Combination(RE, (_g("offer_made"), _g("first_person", "me_too"), _g("took", "drank")), 5,
                order=True, unless=_g("beverage", "sitting_for", "quit", "pills")),
    # Could not say no, and took it: "nahi mhanu shaklo nahi ani ghetli".
    Combination(RE, (_g("gave_in"), _g("took_at_sitting", "drank")), 4, order=True,
                unless=_g("beverage", "sitting_for", "pills")),
    # Gone to the still or the den (whoever went: "papa bhattivar gele" is a family's report).
    Combination(RE, (_g("went_to", "go_there"), _g("still_place")), 3,
                unless=_g("kiln_work", "errand", "near", "kept_going", "others", "want", "craving", "story",
                          "bystander")),
    Combination(RE, (_g("still_place"), _g("went_to", "go_there")), 3, order=True,
                unless=_g("kiln_work", "errand", "near", "kept_going", "others", "want", "craving", "story",
                          "bystander")),
    # Sat down and took it: "kal mitransobat basalo ani ghetli", "baith ke le li".
    Combination(RE, (_g("sat_down"), _g("took_at_sitting")), 3, order=True,
                unless=_g("sitting_for", "beverage", "worship", "pills")),
    # Cough syrup counted in bottles: "दिवसाला दोन बाटल्या", "3 bottles of khansi ki dawai".
    Combination(RE, (_g("cough_medicine"), _g("small_count", "excess"), _g("bottle_word")), 8, across=True),
    # Glasses counted as they came: "तीन ग्लास झाले".
    Combination(RE, (_g("small_count", "few_number"), _g("glass_measure"), _g("happened", "came_about")), 0,
                order=True, unless=_g("beverage", "sitting_for")),
    # The line broke, beside the count it held, an apology, a day or the substance.
    Combination(RE, (_g("line_broke"), _g("period", "apology", "regret", "time", "quit", "again") + ANY), 10,
                across=True, unless=_g("power_line", "device")),
)
