"""Not staying on, said plainly by the young (round 15: holdouts 41, 20 and 28): not wanting
to stay in this world ("iss duniya mein ab nahi rehna", "या जगात राहायचं नाही"), nobody the
worse if one goes ("मी गेलो तरी कुणाला काय फरक पडणार", "if i'm gone who would even care"),
life not to be attempted again ("not attempting jee or life a third time") and no point in the
week ahead ("i dont see the point of a next week"). Tomorrow's absence hedged with a maybe
("उद्या मी नसेन कदाचित") is read in before_going.py.

What cancels: a city or a hostel not to live in is not this world; "I'm gone for the trip",
a meeting next week without point and a paper not
attempted again are other words beside these.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # To stay on, as a wish or a must: "rehna", "रहना", "राहायचं", "to stay".
    "stay_on": ("rehna", "rahna", "रहना", "rehna hai", "रहना है", "rehna chahta", "रहना चाहता", "rehna chahti",
                "रहना चाहती", "rahaycha", "राहायचं", "rahaychay", "राहायचंय", "rahaychi", "राहायची", "rahayla", "stay", "staying",
                "राहायला", "to stay", "stay here", "stay in", "be in"),
    # Nobody the worse, nobody caring: "काय फरक पडणार", "kisi ko kya farak padega", "who would care".
    "no_difference": ("farak padnar", "फरक पडणार", "farak padel", "फरक पडेल", "farak padto", "फरक पडतो",
                      "farak padega", "फ़र्क़ पड़ेगा", "फर्क पड़ेगा", "फरक पड़ेगा", "farak padta", "फर्क पड़ता",
                      "fark padega", "fark pdega", "kisko farak", "किसको फर्क", "kunala farak", "कुणाला फरक",
                      "konala farak", "कोणाला फरक", "who would care", "who would even care", "who cares if i",
                      "nobody would care", "no one would care", "no one will care", "nobody will care",
                      "nobody would notice", "no one would notice", "would anyone care", "would anyone notice"),
    # Going, in the writer's conditional: "मी गेलो तरी", "main chala bhi jaun", "if i'm gone".
    "if_i_go": ("mi gelo tari", "मी गेलो तरी", "mi geli tari", "मी गेली तरी", "mi melo tari", "मी मेलो तरी",
                "main chala bhi jaun", "मैं चला भी जाऊं", "main chali bhi jaun", "main mar bhi jaun",
                "मैं मर भी जाऊं", "main na rahun to", "मैं न रहूं तो", "agar main na rahun", "if im gone",
                "if i'm gone", "if i was gone", "main gaya to", "मैं गया तो", "main chala gaya to",
                "मैं चला गया तो", "main mar gaya to", "मैं मर गया तो", "main mar gayi to", "mi gelo tar",
                "मी गेलो तर", "mi melo tar", "मी मेलो तर", "if i disappear", "if i died", "if i die",
                "if i wasnt here", "if i wasn't here", "mi nasalo tari", "मी नसलो तरी", "mi nasle tari",
                "मी नसले तरी"),
    # Attempting again: "not attempting jee or life a third time", "phir se try nahi".
    "attempt_again": ("attempting", "attempt", "another attempt", "try again", "trying again", "koshish", "कोशिश",
                      "prayatna", "प्रयत्न"),
    # Life spoken of as a saying: "life is too short", "zindagi hai".
    "life_saying": ("life is", "life's", "lifes", "zindagi hai", "ज़िंदगी है", "जिंदगी है", "zindagi bahut",
                    "jivan he", "जीवन हे", "aayushya he", "आयुष्य हे"),
    # Where the writer will be instead: "lagnala jaycha ahe", "shaadi mein jaana hai".
    "elsewhere_then": ("lagnala", "लग्नाला", "jaycha ahe", "जायचं आहे", "jaana hai", "जाना है", "ja raha", "जा रहा",
                       "jatoy", "जातोय", "shaadi mein", "शादी में", "leave pe", "on leave", "rajevar", "रजेवर"),
    # The week, the month ahead, without a time word's hedges: "a next week", "पुढचा आठवडा".
    # The reasons to stay used up: "ran out of reasons to stay", "jeene ki koi wajah nahi bachi",
    # "जगण्याचं कारण उरलं नाही".
    "reasons_used_up": ("ran out of", "run out of", "running out of", "out of", "no more", "none left",
                        "nahi bachi", "नहीं बची", "nahi bacha", "नहीं बचा", "bachi nahi", "बची नहीं", "khatam",
                        "ख़त्म", "खत्म", "urla nahi", "उरलं नाही", "urle nahi", "उरले नाही", "urli nahi", "उरली नाही",
                        "sample", "संपले", "sampli", "संपली"),
    # Where else one stays, which a reason to stay may be about: a job, a hostel, a party.
    "stay_place": ("job", "naukri", "नौकरी", "company", "kampni", "कंपनी", "office", "ऑफिस", "hostel", "हॉस्टल",
                   "pg", "flat", "फ्लॅट", "room", "रूम", "party", "पार्टी", "city", "shahar", "शहर", "town",
                   "team", "टीम", "course", "college", "कॉलेज", "relationship", "marriage", "shaadi", "शादी",
                   "lagna", "लग्न", "group", "ग्रुप"),
    "week_ahead": ("next week", "a next week", "another week", "pudhcha athavda", "पुढचा आठवडा", "agla hafta",
                   "अगला हफ्ता", "next month", "another month", "another year", "next year", "agla saal",
                   "अगला साल", "pudhcha varsha", "पुढचं वर्ष", "tomorrow", "kal ka din", "कल का दिन",
                   "udyacha divas", "उद्याचा दिवस"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # The point asked for as a question that expects none: "ab kya point hai", "काय पॉइंट आहे";
    # nothing mattering, which with "anymore" (the base rule) is the same hopelessness.
    "pointless": ("kya point", "क्या पॉइंट", "kya poin", "kay point", "kaay point", "काय पॉइंट", "nothing matters",
                  "nothing even matters", "kuch matter nahi karta", "कुछ मैटर नहीं करता"),
}

NO_STAYING_ON: tuple[Combination, ...] = (
    # "iss duniya mein ab nahi rehna", "mala ya jagat rahaycha nahi", "dont want to stay in this world".
    Combination(S, (_g("world"), _g("negation", "weak_negation"), _g("stay_on")), 4,
                unless=_g("leave_harmless", "away_trip", "laugh")),
    # Going, and nobody the worse for it: "मी गेलो तरी कुणाला काय फरक पडणार आहे".
    Combination(S, (_g("if_i_go", "my_going", "after_me"), _g("no_difference")), 8, across=True,
                unless=_g("away_trip", "gone_travelling", "commute", "leave_harmless", "wedding")),
    # Life not to be attempted again: "not attempting jee or life a third time".
    Combination(S, (_g("negation"), _g("attempt_again"), _g("life")), 6, order=True,
                unless=_g("laugh", "wedding", "life_saying")),
    # No point in the week ahead: "i dont see the point of a next week".
    Combination(S, (_g("negation"), _g("point"), _g("week_ahead")), 6, order=True,
                unless=_g("wedding", "work_load", "gym", "laugh", "task")),
    # The reasons to stay or to live used up: "ran out of reasons to stay"; a reason to stay at a
    # job, a hostel or a party is no life.
    Combination(S, (_g("reasons_used_up"), _g("point"), _g("stay_on", "live", "life")), 5, order=True,
                unless=_g("wedding", "work_load", "away_trip", "laugh", "errand_place", "stay_place"),
                unless_reach=4),
    # The same asked as a question: "ab kya point hai next week ka", "what's the point of next week".
    Combination(S, (_g("pointless"), _g("week_ahead")), 6, order=True,
                unless=_g("wedding", "work_load", "gym", "laugh", "task")),
)
