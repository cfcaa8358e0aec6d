"""Suicide words: a plan that is made, the courage that is still missing."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # "I know where I'll do it": knowing the how or the where, said with a will.
    "know_how": ("know where", "know how", "know exactly where", "know exactly how", "know when",
                 "figured out how", "figured out where", "worked out how", "pata hai kaise",
                 "pata hai kahan", "पता है कैसे", "पता है कहां", "mahit aahe kasa", "माहीत आहे कसं"),
    # The place or the way already chosen.
    "plan_strong": (
        "thought it through", "thought it all through", "thought it out", "all planned",
        "everything is planned", "picked the spot", "found the spot", "chose the spot",
        "picked the place", "jagah dekh li", "jagah chun li", "jagah tay", "जगह देख ली",
        "जगह चुन ली", "जगह तय", "raasta dekh liya", "rasta dekh liya", "रास्ता देख लिया",
        "sab soch liya", "सब सोच लिया", "sab tay hai", "सब तय है", "pura plan", "plan ready",
        "plan taiyar", "jaga tharavli", "जागा ठरवली", "jaga baghitli", "जागा बघितली",
        "sagla tharla", "सगळं ठरलं",
    ),
    # A place seen or chosen ("jagah bhi dekh li"): a plan beside another sign.
    "spot": ("jagah", "jaga", "जगह", "जागा", "spot", "place", "jaagah"),
    "chosen": ("dekh li", "dekh liya", "chun li", "chun liya", "tay", "तय", "tharavli", "ठरवली",
               "baghitli", "बघितली", "picked", "chosen", "fixed", "decided"),
    # The courage that is all that is left to find.
    "courage": (
        "himmat jutani", "himmat juta raha", "himmat juta rahi", "himmat chahiye", "bas himmat",
        "himmat nahi ho rahi", "himmat karni hai", "हिम्मत जुटानी", "हिम्मत जुटा", "हिम्मत चाहिए",
        "बस हिम्मत", "हिम्मत नहीं हो रही", "need the courage", "need courage", "need the guts",
        "working up the courage", "work up the courage", "build up the courage",
        "building up the courage", "get the courage", "find the courage", "gather the courage",
        "dhadas hava", "धाडस हवं", "dhadas hot nahi", "धाडस होत नाही", "himmat hot nahi",
        "हिम्मत होत नाही", "fakt dhadas", "फक्त धाडस",
    ),
    # Things given away that will not be needed.
    "wont_need": (
        "wont be needing", "won't be needing", "wont need", "won't need", "will not need",
        "wont b needing", "zarurat nahi padegi", "zaroorat nahi padegi", "jarurat nahi padegi",
        "ज़रूरत नहीं पड़ेगी", "जरूरत नहीं पड़ेगी", "zarurat nahi rahegi", "ज़रूरत नहीं रहेगी",
        "garaj lagnar nahi", "गरज लागणार नाही", "garaj nahi lagnar", "garaj naahi lagnar",
    ),
    "given_away": (
        "gave my", "gave away", "given away", "giving away", "gave him my", "gave her my",
        "de diya", "de di", "de diye", "दे दिया", "दे दी", "दे दिए", "dila", "dile", "dili",
        "दिला", "दिले", "दिली", "baant diya", "बांट दिया", "vatun takla", "वाटून टाकलं",
    ),
    "where_going": ("where im going", "where i'm going", "where i am going", "where im goin",
                    "jahan ja raha", "jahan ja rahi", "जहां जा रहा", "jithe chaloy", "जिथे चाललोय",
                    "soon", "after", "aftr", "ke baad", "के बाद", "nantar", "नंतर", "any of this"),
    # "tonight is the night": the day set, without saying for what.
    "the_day": (
        "2nite is the nite", "2nite is the night", "tonite is the nite", "tonite is the night",
        "tonight is the nite", "tonights the night", "tonight's the night", "2nites the nite",
        "today is the day", "todays the day", "today's the day", "2day is the day",
        "aaj wo din hai", "aaj woh din hai", "aaj wahi din", "aaj wahi raat", "aaj wo raat hai",
        "आज वो दिन है", "आज वही रात", "आज वही दिन", "aaj toch divas", "आज तोच दिवस",
        "aaj tich raat", "आज तीच रात्र", "fakt divas", "फक्त दिवस", "bas din baaki",
        "बस दिन बाकी", "bas date baaki", "only the date left", "just the date left",
    ),
    "done_me": ("im done", "i'm done", "i am done", "bas ho gaya", "bas hua", "बस हो गया",
                "bas zala", "बस झालं", "khel khatam", "खेल खत्म", "enough now", "no more"),
    # Life insurance paying the family.
    "insurance": ("insurance", "policy", "lic", "bima", "बीमा", "vima", "विमा", "insurance money",
                  "claim"),
    "after_me": ("mere baad", "मेरे बाद", "maze nantar", "majhya nantar", "माझ्यानंतर",
                 "माझ्या नंतर", "after me", "without me", "mere jaane", "मेरे जाने"),
    # Walking into water.
    "walk_into": ("walk into", "walking into", "walk in to", "walk in2", "walk in", "go into",
                  "walk out into", "utar jaunga", "utar jaungi", "utar jau", "उतर जाऊंगा",
                  "उतर जाऊंगी", "chala jaunga", "chali jaungi", "चला जाऊंगा", "चली जाऊंगी",
                  "chalat jain", "चालत जाईन", "chalat jaato", "चालत जातो"),
    "water_body": ("sea", "ocean", "river", "lake", "samundar", "samandar", "समंदर", "samudra",
                   "समुद्र", "samudrat", "समुद्रात", "nadi", "नदी", "nadit", "नदीत", "talaab",
                   "तालाब", "talavat", "तलावात", "dariya", "दरिया", "creek", "khadi", "waves"),
    "water_leisure": ("swim", "swimming", "swam", "nahane", "nahaya", "nahana", "नहाने", "snan",
                      "स्नान", "boat", "fishing", "picnic", "feet", "pair", "paddle", "surf",
                      "photo", "photos", "selfie", "kids"),
    # Everything over, and a goodbye said.
    "all_over": ("sab khatam", "sab khtm", "सब खत्म", "सब ख़त्म", "sab khalas", "sagla sampla",
                 "sagla samplay", "sagla sampla majha", "सगळं संपलं", "सगळं संपलंय",
                 "its all over", "it's all over", "everything is over", "everything's over",
                 "all over for me", "khel khalas"),
    "farewell_word": ("bye", "byee", "goodbye", "alvida", "अलविदा", "dhanyavaad", "dhanyawad",
                      "dhanyavad", "धन्यवाद", "shukriya", "शुक्रिया", "thank you for everything",
                      "thanks for everything", "tata", "bye bye", "raja gheto", "रजा घेतो"),
    # Locked in with a means.
    "locked_in": ("locked myself", "locked himself", "locked herself", "locked in",
                  "locked the door", "andar se band", "अंदर से बंद", "kadi lavli", "कडी लावली",
                  "khud ko band", "खुद को बंद"),
    "locked_out": ("out", "bahar", "बाहर", "keys", "chabi", "चाबी"),
    # Lashing oneself: a belt, a stick.
    "lash": ("fatke", "फटके", "fatka", "फटका", "lashes", "lashed", "whipped", "whipping",
             "whip", "kode", "कोड़े", "कोडे", "chabuk", "चाबुक", "chabkane", "चाबकाने"),
    "beat_tool": ("belt", "belt se", "belt ne", "danda", "डंडा", "stick", "lathi", "लाठी",
                  "cable", "wire", "chappal", "चप्पल", "pattyane", "पट्ट्याने"),
    # "a week of sleep on sundays": a wish for sleep, not for an end.
    "sleep_idiom": ("sunday", "sundays", "weekend", "weekends", "holiday", "holidays",
                    "chutti", "छुट्टी", "vacation"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

# The rules that read them: no point in the morning, a plan, things given away, the night
# chosen, the insurance, the water walked into, everything over, a rope in a locked room.
PLAN_AND_COURAGE: tuple[Combination, ...] = (
    # No point waking up: the morning as the thing not worth reaching.
    Combination(S, (_g("wake", "live"), _g("pointless")), 4, unless=_g("clock_time", "laugh")),
    Combination(S, (_g("wake"), _g("point"), _g("negation")), 5, unless=_g("clock_time", "laugh")),
    # A plan: the where or the how known, the place chosen, only the courage missing.
    Combination(S, (_g("know_how"), _g("will_to", "want"), _g("do_it")), 5, order=True),
    Combination(S, (_g("plan_strong", "courage"),
                    _g("plan_strong", "courage", "know_how", "do_it", "high_place", "height", "rail_line",
                       "drown", "water_body", "fuel", "ligature", "hang", "jump", "die",
                       "for_good", "goodbye", "the_day")), 10, across=True,
                unless=_g("wedding", "leave_harmless")),
    Combination(S, (_g("spot"), _g("chosen"),
                    _g("plan_strong", "courage", "know_how", "do_it", "high_place", "height",
                       "rail_line", "drown", "water_body", "fuel", "ligature", "hang", "jump",
                       "for_good", "goodbye", "the_day")), 10, across=True,
                unless=_g("wedding", "leave_harmless")),
    # Giving things away that will not be needed.
    Combination(S, (_g("wont_need"), _g("given_away", "where_going", "anymore")), 10,
                across=True),
    # "tonight is the night", with an end or a goodbye beside it.
    Combination(S, (_g("the_day"), _g("done_me", "fed_up", "goodbye", "farewell_word",
                                      "for_good", "die", "end", "do_it", "farewell_hint",
                                      "pointless", "trapped")), 8, across=True,
                unless=_g("wedding")),
    # The family paid by the insurance once the writer is dead.
    Combination(S, (_g("insurance"), _g("die", "burden", "goodbye", "after_me", "suicide")), 10,
                across=True),
    Combination(S, (_g("insurance"), _g("do_it"), _g("self")), 10, across=True),
    # Walking into the sea or a river.
    Combination(S, (_g("walk_into"), _g("water_body")), 3,
                unless=_g("water_leisure")),
    # Everything over, and goodbye said.
    Combination(S, (_g("all_over"), _g("farewell_word")), 10, across=True,
                unless=_g("wedding", "leave_harmless")),
    # Locked in a room with a rope.
    Combination(S, (_g("locked_in"), _g("ligature", "noose_cord")), 12, across=True,
                unless=_g("locked_out")),
)
