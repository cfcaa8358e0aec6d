"""Suicide told by what has been made ready, often one sentence inside a long message about
everything else (round 12: holdout 33, long WhatsApp paragraphs and e-mails): a gun taken out,
cleaned or loaded with its cartridges beside it; a rope tied to the fan "to see"; the water
walked into with no coming back; a height stood on, asking for one reason to stop; not wishing
to see another winter or Diwali; the last reply the counsellor will get; no need to message
next month; everything sold and the debts paid, nothing left to do; someone saying today is
their last day, or that they will finish themselves. Words and the rules that read them
(appended to the area's COMBINATIONS by rules.py); the affairs put in order are a signal read
across the message (alumni.domain.crisis.evidence_signals, "affairs_settled").

Each rule needs the means and what was done with it, or the wish and its refusal, so that a
gun licence renewed, a rope tied for the washing, a walk by the lake, a terrace party, a
loan paid off or a last day at the office stay quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The rope or the noose, in the forms the lexicon's lists lack ("phandi", "दोरीची").
    "rope_named": ("phandi", "phande", "phanda", "fandi", "fande", "fanda", "फंदी", "फंदे", "फंदा", "rassi", "रस्सी",
                   "dori", "दोरी", "दोरीची", "doriche", "dorichi", "dor", "दोर", "rope", "noose", "dupatta", "दुपट्टा",
                   "odhni", "ओढणी"),
    # Arranged, seen to: "intezaam ho gaya", "सोय झाली", "sorted".
    "arranged": ("ka intezaam ho gaya", "ka intezam ho gaya", "का इंतज़ाम हो गया", "का इंतजाम हो गया",
                 "ka intezaam kar liya", "ka intezam kar liya", "का इंतज़ाम कर लिया", "का इंतजाम कर लिया",
                 "soy zali", "सोय झाली", "soy keli", "सोय केली", "is arranged", "arranged", "sorted the"),
    # What a rope is arranged for: a tent, the luggage, a cot, the cattle, the washing, a well.
    "rope_for_a_use": ("tent", "camping", "camp", "trek", "luggage", "samaan", "सामान", "saman", "khaat", "खाट",
                       "cot", "bail", "बैल", "cow", "bakri", "बकरी", "kapde", "कपडे", "कपड़े", "clothes",
                       "washing", "shifting", "baalti", "बालटी", "bucket", "पाणी काढ*", "pani kadh*", "paani kadh*", "paani nikal*",
                       "पानी निकाल*", "jhula",
                       "झूला", "palna", "पालना", "gym", "tug", "kheench", "boat", "naav", "नाव",
                       # hides dried on it (round 47, tanneries)
                       "khaal", "खाल", "sukhayi", "sukhai", "सुखाई", "sukhane", "सुखाने",
                       # water drawn from the well (round 48: "कुएं से पानी खींचने वाली रस्सी")
                       "खींचने", "kheenchne", "khinchne"),
    # A long gun by its kind: "double barrel", "12 bore", "rifle".
    "long_gun": ("double barrel", "double barrelled", "rifle", "shotgun", "12 bore", "twelve bore", "barah bore",
                 "बारा बोअर", "बारह बोर", "dunali", "दुनाली", "bandukit", "बंदुकीत", "banduk me", "बंदूक में"),
    # Its cartridges: what makes it ready.
    "cartridge": ("cartridge", "cartridges", "kartoos", "kaartoos", "kartus", "कारतूस", "kadtus", "kaadtus",
                  "काडतूस", "काडतुसं", "काडतुसे", "bullet", "bullets", "rounds", "chharre", "छर्रे"),
    # What was done to make it ready: taken out, cleaned, loaded, kept beside.
    "readied": ("taken out", "took out", "taken it out", "cleaned it", "cleaned", "oiled it", "loaded it",
                "loaded", "kept beside", "kept next to", "nikal li", "nikaal li", "निकाल ली", "nikal ke rakhi",
                "निकाल के रखी", "saaf ki", "saaf kar li", "साफ की", "साफ कर ली", "bhar li", "bhar di", "भर ली",
                "भर दी", "load ki", "load kar li", "बाहेर काढली", "baher kadhli", "साफ केली", "saaf keli",
                "bharun thevli", "भरून ठेवली", "load keli", "बाजूला ठेवल*", "bajula thevl*", "paas rakh*",
                "पास रख*"),
    # The gun's errands: renewed, deposited for the elections, at the range.
    "gun_errand": ("renew*", "renewal", "deposit*", "jama ki", "jama kar", "जमा की", "जमा कर", "jama keli",
                   "जमा केली", "range", "competition", "election", "elections", "nivadnuk", "निवडणूक",
                   "chunav", "चुनाव", "police station", "thane", "ठाणे", "inspection", "audit", "sold the",
                   "wedding firing", "harsh firing"),
    # Another season or festival, and seeing it: the year ahead refused.
    "see_another": ("see another winter", "see another summer", "see another diwali", "see another year",
                    "see another birthday", "see another monsoon", "see next winter", "see next diwali",
                    "see the next diwali", "see next year", "live to see another", "agli diwali dekh*",
                    "अगली दिवाली देख*", "ek aur diwali dekh*", "एक और दिवाली देख*", "agla saal dekh*",
                    "अगला साल देख*", "agli sardiyan dekh*", "अगली सर्दियां देख*", "ek aur sardi dekh*",
                    "एक और सर्दी देख*", "pudhchi diwali bagh*", "पुढची दिवाळी बघ*", "pudhchi diwali pah*",
                    "पुढची दिवाळी पाह*", "pudhcha hivala bagh*", "पुढचा हिवाळा बघ*", "pudhcha hivala pah*",
                    "पुढचा हिवाळा पाह*", "ajun ek hivala", "अजून एक हिवाळा", "ajun ek diwali", "अजून एक दिवाळी",
                    "pudhcha varsha bagh*", "पुढचं वर्ष बघ*"),
    # "this is the last reply you will get from me": the writer's last word, said of the message.
    "last_reply": ("last reply u will get", "last reply you will get", "last reply youll get",
                   "last reply you'll get", "last message u will get", "last message you will get",
                   "last msg u will get", "last msg you will get", "last you will hear from me",
                   "last you'll hear from me", "last u will hear from me", "my last reply",
                   "mera aakhri reply", "मेरा आखिरी reply", "mera aakhri jawab", "मेरा आखिरी जवाब",
                   "aakhri baar reply", "आखिरी बार reply", "आखिरी बार जवाब", "maza shevatcha reply",
                   "majha shevatcha reply", "माझा शेवटचा reply", "maza shevatcha uttar", "माझं शेवटचं उत्तर",
                   "shevatcha reply", "शेवटचा reply", "shevatch uttar", "शेवटचं उत्तर"),
    # A way out taken "to see": "rassi baandh ke dekh li", "dor bandhun pahila", "tried it".
    "tried_out": ("dekh li", "dekh liya", "देख ली", "देख लिया", "dekh li aaj", "try kiya", "try ki",
                  "ट्राय किया", "try kela", "try keli", "ट्राय केलं", "pahila", "पाहिलं", "pahili", "पाहिली",
                  "baghitla", "बघितलं", "tried it", "tried it out", "tested it", "to see if it holds",
                  "to see if it would hold", "utar di", "उतार दी", "utar diya", "उतार दिया", "kadhun takla",
                  "काढून टाकला"),
    # Walking into the water and not coming out: "parat yeu naye", "wapas na aaun".
    "no_return": ("parat yeu naye", "परत येऊ नये", "parat yeuch naye", "परत येऊच नये", "parat yaych nahi",
                  "परत यायचं नाही", "wapas na aaun", "वापस न आऊं", "wapas na aau", "वापस ना आऊं",
                  "wapas nahi aana", "वापस नहीं आना", "lautna nahi", "लौटना नहीं", "never come back out",
                  "not come back out", "never come out", "not come out again"),
    # "Give me one reason to stop", "एक reason सांगा थांबायचं".
    "reason_to_stay": ("one reason to stay", "one reason to stop", "one reason not to", "a reason not to",
                       "give me one reason", "tell me one reason", "ek reason batao", "ek reason bata",
                       "एक reason बताओ", "एक वजह बताओ", "ek wajah batao", "ek vajah batao",
                       "ek reason sanga", "एक reason सांगा", "ek karan sanga", "एक कारण सांगा",
                       "थांबायचं", "thambaycha", "थांबायचं कशाला", "rukne ki ek", "रुकने की एक"),
    # Everything sold, the debts paid: the affairs closed (with nothing left and leaving).
    "debts_cleared": ("sagla vikla", "सगळं विकलं", "sagla vikun", "सगळं विकून", "sab bech diya", "सब बेच दिया",
                      "sab bech ke", "सब बेच के", "sold everything", "sold it all", "karja fedla", "कर्ज फेडलं",
                      "karja pan fedla", "कर्ज पण फेडलं", "karj fedla", "karz chuka diya", "कर्ज चुका दिया",
                      "karza chuka diya", "कर्ज़ा चुका दिया", "sab karz utar diya", "सब कर्ज उतार दिया",
                      "paid off all", "paid off my debts", "paid all my debts", "debts are paid", "debts paid",
                      "cleared all my debts", "cleared my debts"),
    "nothing_left": ("kahi urla nahi", "काही उरलं नाही", "kahich urla nahi", "काहीच उरलं नाही",
                     "kahi urla nahi karaycha", "kuch nahi bacha", "कुछ नहीं बचा", "kuch bacha nahi",
                     "कुछ बचा नहीं", "karne ko kuch nahi bacha", "nothing left to do", "nothing left now",
                     "nothing more to do"),
    # "Today is my (his) last day": said of a life when no job or trip is named.
    "last_day": ("aaj last din", "आज last दिन", "aaj aakhri din", "आज आखिरी दिन", "aaj akhri din",
                 "aaj shevatcha divas", "आज शेवटचा दिवस", "aajcha divas shevatcha", "आजचा दिवस शेवटचा",
                 "today is my last day", "today is his last day", "today is her last day",
                 "today was my last day", "last day today"),
    # The work, the trip, the course a last day belongs to.
    "last_day_of_work": ("office", "job", "naukri", "नौकरी", "kaam pe", "kamavar", "कामावर", "duty", "shift",
                         "college", "school", "shala", "शाळा", "exam", "paper", "notice", "internship",
                         "contract", "company", "training", "course", "camp", "trip", "tour", "holiday",
                         "vacation", "hospital me", "rehab me", "centre me", "center me", "sale", "offer",
                         "month", "mahina", "session", "farewell", "party"),
    # "He will finish himself": an end of oneself said with "finish".
    "finish_oneself": ("finish himself", "finish herself", "finish myself", "finish themselves",
                       "finish himself off", "finish myself off", "finish herself off", "finish off himself",
                       "finish off myself", "finish off herself", "finishing himself", "finishing myself"),
    # A season compared, not refused: "another winter like last year's".
    "season_compared": ("like last", "like this one", "like that", "jaisi", "jaisa", "जैसी", "जैसा", "sarkha",
                        "sarkhi", "सारखा", "सारखी"),
    # The number changed or the writer coming in person: why no message is needed.
    "new_number": ("new number", "naya number", "नया नंबर", "navin number", "नवीन नंबर", "number change",
                   "number badal*", "नंबर बदल*", "changing my number", "changed my number", "in person",
                   "khud aaunga", "खुद आऊंगा", "mi yein", "मी येईन", "i will come", "i'll come"),
    # Words widening this area's own lists (means.py, plan_and_courage.py, signing_off.py,
    # left_in_order.py).
    "gun": ("double barrel", "rifle", "shotgun", "बंदुक*", "banduk*", "bandook*"),
    # "baandh ke dekh li": the rope tied, told with the conjunctive.
    "tie": ("baandh ke", "baandhke", "bandh ke", "बांध के", "बांधके", "बांधकर", "baandh kar", "bandhkar",
            "baandhkar", "बांधून पाहिलं", "tied it"),
    # Walking into the water: "aat chalat jaava", "andar chala jaun".
    "walk_into": ("aat chalat jav*", "आत चालत जाव*", "aat chalat jaych*", "आत चालत जायच*", "aat chalat jaun",
                  "आत चालत जाऊन", "andar chalta jaun", "अंदर चलता जाऊं", "andar chala jaun", "अंदर चला जाऊं",
                  "andar chale jaun", "pani me chala jaun", "पानी में चला जाऊं", "walk in and", "walk straight in"),
    # No need to message me next month.
    "onward_time": ("next month", "from next month", "agle mahine", "अगले महीने", "pudhchya mahinyat",
                    "पुढच्या महिन्यात", "pudhcha mahina", "पुढचा महिना"),
    "wont_need": ("garaj padnar nahi", "गरज पडणार नाही", "garaj nahi padnar", "won't have to", "wont have to",
                  "will not have to", "need not", "no need to"),
    # The affairs closed: sold, the debts paid, nothing left to do (signal).
    "affairs_settled": ("sagla vikla", "सगळं विकलं", "karja fedla", "कर्ज फेडलं", "karja pan fedla",
                        "कर्ज पण फेडलं", "kahi urla nahi karaycha", "काही उरलं नाही करायचं",
                        "letters to both my", "letters to my sons", "letters to my children", "letters to my kids",
                        "letters are written", "letters written and kept", "chitthiyan likh ke rakhi",
                        "चिट्ठियां लिख के रखी", "chitthi likh ke rakhi", "चिट्ठी लिख के रखी",
                        "patra lihun thevle", "पत्र लिहून ठेवले", "patra lihun thevlet", "पत्र लिहून ठेवलेत"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

COMBINATIONS: tuple[Combination, ...] = (
    # The gun taken out, cleaned or loaded, with its cartridges: not renewed or deposited.
    Combination(S, (_g("gun", "long_gun"), _g("cartridge"), _g("readied", "kept_ready")), 16, across=True,
                unless=_g("gun_errand", "wedding")),
    Combination(S, (_g("gun", "long_gun"), _g("readied"), _g("see_another", "goodbye", "farewell_word",
                                                          "wrote_note", "for_good")), 20, across=True,
                unless=_g("gun_errand", "wedding")),
    # Another winter or Diwali refused: "I do not wish to see another winter".
    Combination(S, (_g("see_another"), _g("negation", "weak_negation", "pointless")), 4,
                unless=_g("laugh", "like_this", "season_compared")),
    # "this is the last reply you will get from me".
    Combination(S, (_g("last_reply"), _g("me", "first_person", "goodbye", "farewell_word", "pointless",
                                        "point", "salutation")), 8, across=True,
                unless=_g("laugh", "away_trip", "leave_harmless")),
    # A rope tied to the fan "to see", then taken down: a rehearsal.
    Combination(S, (_g("ligature"), _g("hanging_point"), _g("tried_out")), 8, across=True,
                unless=_g("hanging_harmless")),
    # Walking into the water with no coming back: "aat chalat jaava ani parat yeu naye".
    Combination(S, (_g("walk_into"), _g("no_return", "cut_off", "for_good")), 8,
                unless=_g("water_leisure", "away_trip", "shop_any")),
    # On a height, looking down, asking for one reason to stop.
    Combination(S, (_g("high_place", "danger_place", "water_body", "rail_line"),
                    _g("posture", "present_there", "look_down"), _g("reason_to_stay")), 16, across=True,
                unless=_g("water_leisure", "everyday_view")),
    # "You won't need to message me next month": the monthly follow-up refused for good.
    Combination(S, (_g("wont_need", "dont_do"), _g("contact_word"), _g("onward_time")), 8,
                unless=_g("away_trip", "go_there", "new_number")),
    # Everything sold, the debts paid, nothing left to do, and leaving.
    Combination(S, (_g("debts_cleared"), _g("nothing_left"), _g("going_off", "goodbye", "farewell_word",
                                                             "for_good", "my_going")), 16, across=True,
                unless=_g("wedding", "away_trip")),
    # "Today is his last day", and the phone not answered, or a goodbye.
    Combination(S, (_g("last_day"), _g("unreachable", "cut_off", "gone_missing", "goodbye", "farewell_word",
                                      "for_good")), 14, across=True,
                unless=_g("last_day_of_work", "leave_harmless", "wedding", "away_trip")),
    # The rope or the noose arranged: "phandi ka intezaam ho gaya", "दोरीची सोय झाली".
    Combination(S, (_g("rope_named"), _g("arranged")), 3, order=True,
                unless=_g("rope_for_a_use", "hanging_harmless"), unless_reach=6),
    # "He will finish himself", "I'll finish myself off".
    Combination(S, (_g("finish_oneself"),)),
)
