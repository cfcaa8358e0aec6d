"""Craving told through what keeps it in mind (round 18): the drink heard in every song ("हर
song में daaru सुनाई दे रहा है", "प्रत्येक गाण्यात दारूच ऐकू येते", "i hear booze in every song"),
only that in one's head with a plea, a sleepless night or "not taken yet" ("कुछ करो, दिमाग में
बस वही चल रहा है", "काहीतरी करा, डोक्यात फक्त तेच", "dokyat fakt gutta"), its memory beside
"not taken yet" ("उसी की याद आई, अभी तक कुछ लिया नहीं", "सारखी त्याचीच आठवण. अजून घेतलं
नाही"), and the mind running there ("मन धावतंय तिकडे", "dimag udhar bhaag raha").

"Not taken yet" alone is no craving (a meal, a medicine); a song with no drink heard in it,
a head full of an exam without a plea or a sleepless night stay quiet, and the wanting denied
cancels as any craving's. Words and the rules that read them (appended to the area's
COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR = Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    # Every song: "har song", "हर गाने में", "प्रत्येक गाण्यात", "every song".
    "every_song": ("har song", "har gaana", "har gana", "har gaane", "har gane", "हर song", "हर गाना", "हर गाने",
                   "हर गीत", "pratyek ganyat", "प्रत्येक गाण्यात", "pratyek gaanyat", "har ganyat", "हर गाण्यात",
                   "saglya ganyat", "सगळ्या गाण्यात", "saare gaane", "सारे गाने", "sagli gaani", "सगळी गाणी", "प्रत्येक song", "pratyek song", "every song", "every track",
                   "all the songs", "each song", "every gaana"),
    # Heard: "sunai de", "ऐकू येते", "hear".
    "heard_in_it": ("sunai de", "सुनाई दे", "sunai deta", "sunai deti", "सुनाई देता", "सुनाई देती", "aiku yete",
                    "eiku yete", "aiku yeta", "ऐकू येते", "ऐकू येतं", "ऐकू येतो", "i hear", "hearing", "heard"),
    # That one thing: "wahi", "तेच" ("that" alone folds to "tha", was).
    "that_one_thing": ("wahi", "vahi", "वही", "usi", "उसी", "tech", "तेच", "techa", "tyachach", "त्याचाच",
                       "tyachich", "त्याचीच", "that thing", "the same thing"),
    # A plea to act: "kuch karo", "काहीतरी करा", "do something".
    "do_something": ("kuch karo", "कुछ करो", "kuch kijiye", "कुछ कीजिए", "kuch kariye", "कुछ करिए",
                     "kahi tari kara", "kahitari kara", "काहीतरी करा", "काही तरी करा", "kahi kara", "काही करा",
                     "do something", "please do something", "pls do something"),
    # Not taken yet: "abhi tak li nahi", "अजून घेतलं नाही", "haven't had any yet".
    "not_yet_taken": ("abhi tak kuch liya nahi", "abhi tak liya nahi", "abhi tak li nahi", "abhi tak pi nahi",
                      "अभी तक कुछ लिया नहीं", "अभी तक लिया नहीं", "अभी तक ली नहीं", "अभी तक पी नहीं",
                      "ab tak li nahi", "ab tak pi nahi", "अब तक पी नहीं", "ajun ghetla nahi", "ajun ghetli nahi",
                      "ajun ghetla nahi", "अजून घेतलं नाही", "अजून घेतली नाही", "अजून घेतला नाही", "ajun pyaylo nahi",
                      "अजून प्यायलो नाही", "ajun kahi ghetla nahi", "अजून काही घेतलं नाही", "haven't had any yet",
                      "havent had any yet", "haven't taken any yet", "not taken yet", "haven't used yet",
                      "havent used yet", "haven't had a drink yet", "havent had a drink yet", "not had any yet"),
    # Will not leave the head: "दिमाग से निकल नहीं रहा", "डोक्यातून जात नाही".
    "wont_leave_mind": ("dimag se nikal nahi raha", "dimaag se nikal nahi raha", "dimag se nahi nikal raha",
                        "दिमाग से निकल नहीं रहा", "दिमाग से नहीं निकल रहा", "dimag se jaata nahi", "दिमाग से जाता नहीं",
                        "dokyatun jat nahi", "डोक्यातून जात नाही", "dokyatun jaat nahi", "डोक्यातून जाईना",
                        "dokyatun jaina", "can't get it out of my head", "cant get it out of my head",
                        "can't get it out of my mind", "cant get it out of my mind"),
    # Its memory: "usi ki yaad aayi", "त्याचीच आठवण".
    "its_memory": ("usi ki yaad", "उसी की याद", "uski yaad aayi", "उसकी याद आई", "yaad aayi", "याद आई",
                   "yaad aa gayi", "याद आ गई", "tyachi aathvan", "त्याची आठवण", "tyachich aathvan", "त्याचीच आठवण",
                   "sarkhi aathvan", "सारखी आठवण", "aathvan yete", "आठवण येते", "aathvan", "आठवण",
                   "kept remembering", "memories of it"),
    # The night with no sleep: "ratri zop nahi", "2 baje tak neend nahi".
    "night_awake": ("zop nahi", "झोप नाही", "zop yet nahi", "झोप येत नाही", "neend nahi", "नींद नहीं",
                    "can't sleep", "cant sleep", "couldn't sleep", "couldnt sleep", "no sleep", "raat bhar",
                    "रात भर", "ratrabhar", "रात्रभर", "all night"),
}

# Words added to the area's own lists (craving.py, admitting.py).
NEW |= {
    # The mind running there: "मन धावतंय तिकडे", "dimag udhar bhaag raha".
    "goes_there": ("dhavtay tikde", "धावतंय तिकडे", "tikde dhavtay", "तिकडे धावतंय", "तिकडं धावतंय",
                   "dhavta tikde", "धावतं तिकडे", "udhar bhaag raha", "उधर भाग रहा", "udhar daud raha",
                   "उधर दौड़ रहा", "wahan bhaag raha", "वहां भाग रहा", "runs there", "running there",
                   "racing there"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_HEAD_FULL = (_g("thought_of"), _g("only_this"), _g("that_one_thing"))
_QUIET = _g("beverage", "medical", "pills", "work_load", "task")

ON_THE_MIND: tuple[Combination, ...] = (
    # "हर song में daaru सुनाई दे रहा है", "प्रत्येक गाण्यात दारूच ऐकू येते".
    Combination(CR, (_g("every_song"), ANY, _g("heard_in_it")), 6, order=True),
    Combination(CR, (_g("heard_in_it"), ANY, _g("every_song")), 6, order=True),
    # "dokyat fakt gutta", "dimag me sirf daaru", "only booze in my head".
    Combination(CR, (_g("thought_of"), _g("only_this"), ANY + ("liquor_place", "drink_place")), 3,
                unless=_g("quit")),
    # "कुछ करो, दिमाग में बस वही", "फक्त तेच डोक्यात, अजून घेतलं नाही".
    Combination(CR, _HEAD_FULL + (_g("do_something", "not_yet_taken", "night_awake", "cant_function"),), 10,
                across=True, unless=_QUIET),
    # "kuch karo, dimag me wahi chal raha hai", "do something, dokyat tech firtay".
    Combination(CR, (_g("thought_of"), _g("that_one_thing"), _g("do_something", "not_yet_taken", "night_awake")), 8,
                across=True, unless=_QUIET),
    # "daaru dimag se nikal nahi rahi", "डोक्यातून गुत्ता जात नाही", "cant get it out of my head,
    # do something".
    Combination(CR, (ANY + ("liquor_place", "drink_place"), _g("wont_leave_mind")), 8, across=True,
                unless=_g("quit")),
    Combination(CR, (_g("wont_leave_mind"), _g("do_something", "not_yet_taken", "night_awake")), 10, across=True,
                unless=_QUIET),
    # "उसी की याद आई, अभी तक कुछ लिया नहीं", "सारखी त्याचीच आठवण. अजून घेतलं नाही".
    Combination(CR, (_g("its_memory", "night_awake", "cant_function"), _g("not_yet_taken")), 12, order=True,
                across=True, unless=_QUIET),
)
