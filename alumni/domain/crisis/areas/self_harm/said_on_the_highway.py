"""Suicide said through the opium belt's homes and the building site's camps (round 26,
holdouts 74 and 76):

- the last message, in its formal word: "सब को राम राम। मेरा आखिरी संदेश है ये";
- an old gun taken down: "मामांची जुनी बंदूक माळ्यावर आहे. आज काढून ठेवली", "kal ratri kadhun
  baghitli";
- the well calling: "the old well behind our field has been calling me since 3 days";
- a farewell greeting, the effort made, and no more strength: "sab ko mera salaam. bahut koshish
  ki. ab aur nahi hota";
- the children entrusted and the writer not there: "माझ्या पोरांकडे लक्ष द्या, मी आता नसणार";
- a note left where she will find it and understand: "चिट्ठी लिख के टिफिन में रख दी है। वो समझ
  जाएगी";
- the writer's end that nobody would mind: "mi sampalo tari konala kahi padlela nahi";
- a death wished for in the past: "i wish i had died in that crash";
- a rope tied in a room whose door stays shut: "रूममेटने खोलीत दोरी बांधलीय, दार उघडत नाही";
- today's last ride: "ladka bike leke nikla bola aaj aakhri ride hai".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # A death wished for in the past ("i wish i had died in that crash"): "crash" once read as
    # charas carried it by chance.
    "sh_wish_died": ("wish i had died", "wish i died", "wish i'd died", "wish id died", "should have died",
                     "shouldve died", "should've died", "wish i had been killed", "kaash mar gaya hota",
                     "काश मर गया होता", "kash mar gaya hota", "kaash main mar jata", "काश मैं मर जाता",
                     "melo asto tar bara", "मेलो असतो तर बरं", "मेलो असतो तर बरं झालं असतं"),
    # A rope tied in a room whose door does not open: "रूममेटने खोलीत दोरी बांधलीय, दार उघडत नाही".
    "sh_rope_tied": ("दोरी बांधलीय", "दोरी बांधली", "dori bandhli", "dori bandhliy", "रस्सी बांधी", "rassi bandhi",
                     "rassi baandhi", "tied a rope", "rope tied", "रस्सी बांध ली", "rassi bandh li"),
    "sh_door_not_opened": ("दार उघडत नाही", "dar ughadat nahi", "dar ughdat nahi", "दरवाजा उघडत नाही",
                           "darwaza nahi khol", "दरवाजा नहीं खोल", "darwaja nahi khol", "door nahi khol",
                           "won't open the door", "wont open the door", "not opening the door"),
    # The last ride, said on a day: "aaj aakhri ride hai".
    "sh_last_ride": ("aakhri ride", "आखिरी ride", "आखिरी राइड", "akhri ride", "last ride", "shevatchi ride",
                     "शेवटची ride"),
    "sh_ride_ordinary": ("season", "सीझन", "सीजन", "trip", "tour", "rally", "event", "group", "shift", "duty",
                         "order", "customer"),
    "sh_message_word": ("संदेश", "sandesh", "sandes", "सन्देश"),
    "sh_taken_down": ("काढून ठेवली", "kadhun thevli", "काढून ठेवलीय", "kadhun baghitli", "काढून बघितली",
                      "nikal ke rakhi", "निकाल के रखी", "nikal li", "निकाल ली", "took out", "took it out",
                      "taken out", "took down", "loaded it", "load kar", "लोड कर",
                      # round 41: under the pillow, and taken out in Marathi's perfect
                      "उशाखाली", "ushakhali", "under my pillow", "under the pillow", "तकिये के नीचे",
                      "takiye ke neeche", "kadhliye", "काढलीय", "काढली आहे", "kadhli ahe"),
    # A gun's ordinary errands: its worship at Dasara, its licence, its cleaning, its deposit.
    "sh_gun_errand": ("puja", "पूजा", "pooja", "dasara", "dussehra", "दसरा", "दशहरा", "shastra puja", "शस्त्र पूजा", "शस्त्रपूजा",
                      "licence", "license", "renew", "saaf", "साफ", "clean", "cleaning", "police", "police station",
                      "deposit", "election", "निवडणूक", "chunav", "चुनाव"),
    # (not "well" alone: it folds onto Marathi "वेळ", time; nor "kuan", onto "khoon", blood)
    "sh_well_word": ("the well", "old well", "a well", "that well", "कुएं", "vihir", "विहीर", "विहिरी"),
    "sh_will_understand": ("समझ जाएगी", "samajh jayegi", "samajh jaegi", "समझ जाएगा", "samajh jayega",
                           "samjun jail", "समजून जाईल", "samjel ti", "she'll understand", "she will understand",
                           "they will understand", "they'll understand"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

SAID_ON_THE_HIGHWAY: tuple[Combination, ...] = (
    Combination(S, (_g("sh_wish_died"),)),
    Combination(S, (_g("my_own"), _g("final"), _g("sh_message_word")), 3),
    Combination(S, (_g("gun"), _g("sh_taken_down")), 14, across=True, unless=_g("sh_gun_errand"), unless_reach=14),
    Combination(S, (_g("sh_well_word"), _g("water_calls")), 8),
    Combination(S, (_g("salutation"), _g("exr_i_tried", "attempt"), _g("cant_go_on")), 16, across=True),
    Combination(S, (_g("entrust"), _g("not_around_then")), 12, across=True),
    Combination(S, (_g("wrote_note", "farewell_note"), _g("sh_will_understand")), 14, across=True),
    Combination(S, (_g("my_end"), _g("nobody", "nobody_cares")), 6),
    Combination(S, (_g("sh_rope_tied"), _g("sh_door_not_opened")), 12, across=True),
    Combination(S, (_g("sh_last_ride"), _g("near_day", "tonight")), 4, unless=_g("tgu_last_of_a_thing", "sh_ride_ordinary"),
                unless_reach=6),
)
