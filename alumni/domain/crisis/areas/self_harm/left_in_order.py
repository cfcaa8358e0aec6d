"""Suicide told by what is left in order and by who is not to look (the classes of round 11's
signing off, as the earlier open sets say them): affairs settled ("सगळं नीट लावलं", "sab
arrangement kar diya"), letters being written, papers put where the family will find them,
nothing left to do; don't search for me, don't wait for me, don't reply; the family
searching; a door locked; not around by a date ("dont think ill be around by diwali",
"agle mahine tak nahi rahunga"); God asked for death or for eyes that do not open; a break
from life that is permanent; no point in being here; a hanging told in the perfect ("फंदा
लगा लिया"). Words and the rules that read them (appended to the area's COMBINATIONS by
rules.py); the classes read across the message are mapped to signals in
alumni.domain.crisis.evidence_signals.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Affairs settled, letters written or being written: a farewell (signal).
    "affairs_settled": ("sagla nit lavla", "सगळं नीट लावलं", "sagla neet lavla", "sagla set kela", "सगळं सेट केलं",
                        "sab arrangement kar diya", "sab arrangement kar diye", "सब अरेंजमेंट कर दिया",
                        "sab intezam kar diya", "सब इंतज़ाम कर दिया", "sab set kar diya", "सब सेट कर दिया",
                        "writing letters to my", "writing letters for my", "started writing letters",
                        "writing letters to each", "writing letters to everyone", "writing a letter to my",
                        "finish things before", "sorting everything out before", "koi kaam baaki nahi",
                        "कोई काम बाकी नहीं", "kahi kam baki nahi", "काही काम बाकी नाही", "nothing left to do",
                        "nothing left to sort",
                        # a home, a pet, a flat put in someone's name
                        "transferred the flat", "transferred the house", "flat in my name", "house in my name",
                        "ghar mere naam", "घर मेरे नाम", "navavar kele", "नावावर केले", "navavar kela", "नावावर केला",
                        "make sure my dog", "make sure my cat", "find a home for my", "mere kutte ka khayal",
                        "majhya kutryachi kalji"),
    # Put where the family will find them (signal "placed").
    "placed_for_family": ("in the almirah", "in my almirah", "almirah me", "almirah mein", "kapatat thevlya",
                          "कपाटात ठेवल्या", "under the mattress", "gaadi ke neeche", "on my table for"),
    # Not to be looked for or waited for: "mujhe mat dhundhna", "अब मेरा इंतज़ार मत करना" (signal "gone").
    "dont_look_for_me": ("mujhe mat dhundhna", "mujhe mat dhoondhna", "मुझे मत ढूंढना", "mujhe dhundhna mat",
                         "mala shodhu naka", "मला शोधू नका", "mala shodhu nakos", "मला शोधू नको", "mala shodhu nako", "dont look for me",
                         "don't look for me", "dont search for me", "don't search for me", "intezaar mat karna",
                         "intzaar mat karna", "इंतज़ार मत करना", "इंतजार मत करना", "wait mat karna", "vaat pahu naka",
                         "वाट पाहू नका", "vaat baghu naka", "dont wait for me", "don't wait for me"),
    # Told not to reply: a goodbye (widens cut_off).
    "cut_off": ("dont reply", "don't reply", "do not reply", "reply mat karna", "reply karu naka",
                "उत्तर देऊ नका", "uttar deu naka", "jawab mat dena", "जवाब मत देना"),
    # The family searching (signal "missing").
    "searching_for": ("aamhi shodhtoy", "आम्ही शोधतोय", "shodhat aahot", "शोधत आहोत", "dhundh rahe hain",
                      "ढूंढ रहे हैं", "dhoondh rahe hain", "we are searching", "we're searching", "looking for him",
                      "looking for her"),
    # A door locked from inside (signal "shut_in").
    "locked_door": ("locked his door", "locked her door", "locked the door", "locked his room", "locked her room",
                    "locked himself in", "locked herself in", "darwaja band karun", "दरवाजा बंद करून"),
    # Not around by a date: the doubt, and the date.
    "doubt_future": ("dont think ill", "don't think i'll", "dont think i will", "don't think i will",
                     "dont think i'd", "nahi lagta main", "नहीं लगता मैं", "nahi lagta ki main", "नहीं लगता कि मैं",
                     "nahi vatat mi", "नाही वाटत मी", "vatat nahi mi"),
    "deadline": ("by diwali", "by next month", "by next week", "by new year", "by the end of", "tak", "तक",
                 "paryant", "पर्यंत", "parynt", "mahinyaparyant", "महिन्यापर्यंत", "athavdyaparyant",
                 "आठवड्यापर्यंत", "diwaliparyant", "दिवाळीपर्यंत", "varshaparyant", "वर्षापर्यंत"),
    "staying_place": ("yahan", "यहाँ", "यहां", "yaha", "ithe", "इथे", "city", "shahar", "शहर", "company", "job",
                      "naukri", "नौकरी", "office", "ghar", "घर", "town", "free", "available", "busy"),
    # Not to be worried about any more, after things given away: "आई तू माझी काळजी करू नकोस आता".
    "no_need": ("काळजी करू नकोस आता", "kalji karu nakos ata", "माझी काळजी करू नकोस", "majhi kalji karu nakos",
                "meri fikar mat karna ab", "मेरी फिक्र मत करना अब", "dont worry about me anymore",
                "don't worry about me anymore"),
    # "If I was not there": the writer's absence as a maybe.
    "absent_if": ("if i was not there", "if i wasnt there", "if i wasn't there", "if i were not there",
                  "if i werent there", "if i weren't there", "if i was gone", "if i were gone"),
    # "Only by my going": "mere jaane se hi sab sudhrega".
    "my_going": ("mere jaane se", "mere jane se", "मेरे जाने से", "majhya janyane", "माझ्या जाण्याने",
                 "mi gelyane", "मी गेल्याने"),
    # Checked, looked up: "been checking how high the flyover is".
    "search": ("checking", "been checking", "checked", "check kiya", "चेक किया", "check kela", "चेक केलं"),
    # A place checked for being empty, to go again: "to check if anyone is there".
    "scouting": ("check if anyone is there", "see if anyone is there", "check if anyone was there",
                 "koi hai ya nahi dekhne", "कोई है या नहीं देखने", "koni aahe ka baghayla", "कोणी आहे का बघायला",
                 "when nobody is there", "jab koi nahi hota", "जब कोई नहीं होता", "koni nastana", "कोणी नसताना"),
    # Trains watched going past, for a long time ("been watching", not "kids love watching").
    "watch_means": ("been watching them go", "been watching the trains", "been watching trains",
                    "watching them go past for", "watching the trains for", "watching trains for",
                    "ghante se trains dekh raha", "घंटे से ट्रेनें देख रहा", "taasabhar gadya baghtoy",
                    "तासभर गाड्या बघतोय"),
    # A platform, where the trains are watched from.
    "edge_place": ("platform", "platforms", "प्लेटफॉर्म", "फलाट", "falat", "phalat"),
    # God asked, in the feminine and the Marathi: "मौत मांगती हूं", "मरण मागतो".
    "ask_for": ("mangti", "मांगती", "मांगता", "mangte", "मांगते", "magto", "मागतो", "magte", "मागते", "magtoy",
                "मागतोय"),
    # "If only": "kaash subah aankh na khule".
    "hope": ("kaash", "काश", "kash"),
    # Eyes that should not open again: "सुबह आंख न खुले", "डोळे उघडू नयेत".
    "eyes_not_open": ("aankh na khule", "आंख न खुले", "aankh hi na khule", "आंख ही न खुले", "aankh nahi khule",
                      "आंख ना खुले", "dole ughdu nayet", "डोळे उघडू नयेत", "dole ughduch nayet",
                      "never open my eyes"),
    # The eyes, and their never opening again said as a wish: "neend aaye aur fir kabhi na khule
    # aankh", "डोळे उघडूच नयेत", "close my eyes and never open them".
    "eyes_named": ("aankh", "aankhein", "aankhe", "ankh", "आंख", "आँख", "आंखें", "आँखें", "dole", "डोळे", "eyes"),
    "never_open_again": ("kabhi na khule", "kabhi na khulen", "kabhi na khulein", "कभी न खुले", "कभी ना खुले",
                         "कभी न खुलें", "kabhi nahi khule", "fir na khule", "phir na khule", "dobara na khule",
                         "दोबारा न खुले", "fir kabhi na khule", "ughduch naye", "उघडूच नये", "ughduch nayet",
                         "उघडूच नयेत", "kadhich ughdu naye", "कधीच उघडू नये", "parat ughdu naye", "परत उघडू नये",
                         "never open them", "never open them again", "never open again", "never opening them"),
    # The eyes shut for good: "shut my eyes forever", "aankhein hamesha ke liye band".
    "eyes_shut_for_good": ("shut my eyes forever", "close my eyes forever", "shut my eyes for good",
                           "close my eyes for good", "aankhein hamesha ke liye band", "आंखें हमेशा के लिए बंद",
                           "aankh hamesha ke liye band", "आंख हमेशा के लिए बंद", "dole kayamche mitave",
                           "डोळे कायमचे मिटावेत", "dole kayamche mitun", "डोळे कायमचे मिटून"),
    # A break from life that is permanent: "chutti chahiye zindagi se. permanent wali".
    "break_from": ("chutti", "छुट्टी", "sutti", "सुट्टी", "holiday"),
    "permanent": ("permanent", "permanently", "permanent wali", "hamesha wali", "हमेशा वाली", "kayamchi",
                  "कायमची", "for good"),
    # No point in being here: "cant see the point of being here".
    "point_of_being": ("point of being here", "point of being alive", "point of me being here",
                       "point in being here", "point in being alive", "reason to be here", "reason to be alive"),
    # A hanging told as done: "फंदा लगा लिया", "फास घेतला".
    "hanging_done": ("fanda laga liya", "fanda laga li", "phanda laga liya", "फंदा लगा लिया", "फंदा लगा ली",
                     "fanda lagaya", "फंदा लगाया", "fas ghetla", "faas ghetla", "फास घेतला", "galfas ghetla",
                     "गळफास घेतला", "fas lavla", "फास लावला"),
    # A flyover's height looked up.
    "high_place": ("flyover", "फ्लायओवर", "फ्लाईओव्हर", "overbridge", "over bridge", "setu", "सेतु", "सेतू"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # Mother and father as many call them, with the word that makes them a person: alone,
    # without their "a", "amma" is "am", "ammi" is "mi", "abba" is "baba".
    "relation": ("tell amma", "amma ko", "amma se", "amma la", "अम्मा को", "अम्मा से", "tell ammi", "ammi ko",
                 "ammi se", "अम्मी को", "अम्मी से", "tell abba", "abba ko", "अब्बा को"),
}

LEFT_IN_ORDER: tuple[Combination, ...] = (
    # "dont think ill be around by diwali", "मुझे नहीं लगता मैं अगले महीने तक रहूंगा".
    Combination(S, (_g("doubt_future"), _g("remain"), _g("deadline")), 6,
                unless=_g("staying_place", "away_trip", "commute", "leave_harmless")),
    # Standing at a platform, watching the trains go past for an hour.
    Combination(S, (_g("watch_means"), _g("edge_place", "rail_line")), 14, across=True,
                unless=_g("commute", "away_trip", "laugh")),
    # A bridge or a well checked for being empty at night, to go back: "going again tonight".
    Combination(S, (_g("height", "danger_place", "high_place", "rail_line", "water_body"), _g("scouting"),
                    _g("again", "again_strict")), 16, across=True, unless=_g("water_leisure", "away_trip")),
    # "भगवान से रोज़ मांगता हूं कि सुबह आंख न खुले".
    Combination(S, (_g("eyes_not_open"), _g("god", "ask_for", "hope", "want", "better")), 10, across=True),
    # "bas aankh band ho aur kabhi na khule", "sakali dole ughduch naye asa vatta".
    Combination(S, (_g("eyes_named"), _g("never_open_again")), 8),
    Combination(S, (_g("eyes_shut_for_good"),), 0),
    # "chutti chahiye zindagi se. permanent wali".
    Combination(S, (_g("life"), _g("break_from"), _g("permanent")), 10, across=True,
                unless=_g("laugh", "staying_place")),
    # "cant see the point of being here".
    Combination(S, (_g("point_of_being"), _g("negation")), 4),
    # "papa ne fanda laga liya": a hanging done, said of oneself or reported.
    Combination(S, (_g("hanging_done"), _g("relation", "third_person", "first_person", "me", "self")), 6,
                unless=_g("hanging_harmless", "told_story")),
)
