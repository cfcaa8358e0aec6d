"""Suicide, self-harm and threats told by school teachers and staff (round 34, holdout 109: zilla
parishad and private school teachers, headmasters, peons, school bus drivers and clerks):

- the school's water tank or terrace climbed, and no coming down: "छत वाली टंकी पर रोज़ शाम को
  चढ़ता हूँ। किसी दिन उतरूँगा नहीं", "the back side of the school terrace has no railing ...
  tonight i may not come down"; a son who will "jump from the water tank", told by a parent;
- the well behind the school that "calls every day", and going today: "school ke peeche wala kuan
  roz bulata hai. aaj shayad chala jau", "vihir शाळेच्या मागेच आहे, रोज बघतो. आज जाणार";
- the resignation written and a letter for the family: "istifa likh diya hai, ek chitthi ghar walo
  ke liye bhi", "rajinama HM chya table var thevla, ani gharchyansathi ek chitthi pan";
- "bye" to the children on the writer's behalf, the last day; "all will be over before the school
  opens", told to no one;
- a colleague who took pills at school and is being taken to hospital; a drunk bus driver who says
  he will drive the bus into the river or off the ghat;
- a pen's tip pressed into the hand till it bled; the face clawed with the nails;
- the headmaster to be pushed off the tank, a centre head "cut down" in the meeting.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH, OD, HO = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE, Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "st_tank": ("टंकी पर", "tanki pe", "tanki par", "टाकीवर", "takivar", "पाण्याच्या टाकीवर", "pani ki tanki",
                "पानी की टंकी", "water tank", "tanki se", "टंकी से", "टाकीवरून", "takivarun"),
    "st_wont_come_down": ("उतरूँगा नहीं", "उतरूंगा नहीं", "utrunga nahi", "may not come down", "might not come down",
                          "खाली सगळं लहान दिसतंय", "khali sagla lahan distay"),
    # what the tank is climbed for on an ordinary day
    "st_chore_up_there": ("saaf", "साफ", "clean", "cleaning", "repair", "plumber", "पाइप", "pipe", "patang", "पतंग",
                          "kite", "sunset", "dish", "kapde", "कपडे", "कपड़े", "abhi", "अभी", "ghante", "घंटे",
                          "till dinner"),
    "st_well_en": ("near the well", "by the well", "the well behind", "at the well"),
    "st_no_railing": ("no railing", "railing nahi", "रेलिंग नाही", "रेलिंग नहीं"),
    "st_calls_me": ("roz bulata hai", "रोज़ बुलाता है", "रोज बुलाता है", "bulata hai", "बोलावते", "bolavte",
                    "keeps calling me", "रोज बघतो", "roj baghto"),
    "st_going_today": ("aaj shayad chala jau", "आज शायद चला जाऊं", "आज जाणार", "aaj janar", "aaj chala jaunga",
                       "आज चला जाऊंगा", "going today"),
    "st_resignation": ("istifa", "इस्तीफा", "इस्तीफ़ा", "rajinama", "राजीनामा", "resignation letter", "resigned"),
    "st_letter_for_family": ("chitthi ghar walo ke liye", "चिट्ठी घर वालों के लिए", "gharchyansathi ek chitthi",
                             "घरच्यांसाठी एक चिठ्ठी", "घरच्यांसाठी चिठ्ठी", "a letter for my family", "a note for my family",
                             "ek chitthi ghar walo"),
    "st_bye_for_me": ("मुलांना bye सांगा", "bye सांगा माझ्याकडून", "majhyakadun bye", "bachon ko bye bolna",
                      "बच्चों को bye बोलना", "say bye to the kids for me", "मुलांना बाय सांगा"),
    "st_last_day": ("last day होता आजचा", "aajcha last day", "आज आखिरी दिन था", "aaj aakhri din tha",
                    "today was my last day", "आजचा शेवटचा दिवस होता"),
    "st_all_over_by": ("sagla samplela asel", "सगळं संपलेलं असेल", "sab khatam ho chuka hoga", "सब खत्म हो चुका होगा",
                       "it will all be over by"),
    "st_tell_no_one": ("konala kahi sangnar nahi", "कोणाला काही सांगणार नाही", "kisi ko kuch nahi bataunga",
                       "किसी को कुछ नहीं बताऊंगा", "won't tell anyone", "wont tell anyone", "didnt tell anyone",
                       "didn't tell anyone", "just wanted someone to know where i am"),
    "st_to_hospital": ("hospital ला नेतोय", "hospital la netoy", "hospital le ja rahe", "hospital le ja rahe hai",
                       "अस्पताल ले जा रहे", "taking him to hospital", "taking her to hospital"),
    "st_drive_into": ("drive the bus into", "bus ghatat sodun deto", "बस घाटात सोडून देतो", "bus nadit ghalto",
                      "बस नदीत घालतो", "bus nadi me", "बस नदी में", "into the river with himself"),
    "st_pressed_in": ("गड़ाता रहा", "गडाता रहा", "gadata raha", "chubhata raha", "चुभाता रहा", "kept pressing"),
    "st_till_blood": ("जब तक खून न आया", "जब तक खून नहीं आया", "jab tak khoon na aaya", "till it bled",
                      "रक्त येईपर्यंत"),
    "st_claw": ("noch leta", "नोच लेता", "nochta", "नोचता", "orbadto", "ओरबाडतो", "claw at my"),
    "st_push_off": ("टाकीवरून ढकलेन", "takivarun dhaklen", "ढकलून देईन", "dhakalun dein", "push him off",
                    "neeche dhakel dunga", "नीचे धकेल दूंगा", "ढकलेन", "dhaklen"),
    "st_cut_down": ("kapun kadhin", "कापून काढीन", "kaat ke rakh dunga", "काट के रख दूंगा"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

SCHOOL_TANK_AND_REGISTER: tuple[Combination, ...] = (
    Combination(S, (_g("st_tank"), _g("st_wont_come_down", "not_down_mine")), 12, across=True,
                unless=_g("st_chore_up_there"), unless_reach=8),
    Combination(S, (_g("st_tank"), _g("jump")), 6),
    Combination(S, (_g("st_no_railing"), _g("st_wont_come_down", "not_down_mine", "tonight")), 16, across=True),
    Combination(S, (_g("water_body", "well_or_tracks"), _g("st_calls_me")), 10, across=True),
    Combination(S, (_g("water_body", "well_or_tracks"), _g("st_going_today")), 14, across=True),
    Combination(S, (_g("st_resignation"), _g("st_letter_for_family")), 16, across=True),
    Combination(S, (_g("water_body", "well_or_tracks", "st_well_en"), _g("st_tell_no_one")), 14, across=True),
    Combination(S, (_g("st_bye_for_me"), _g("st_last_day")), 14, across=True),
    Combination(S, (_g("st_all_over_by"), _g("st_tell_no_one")), 16, across=True),
    Combination(OD, (_g("pills", "sedatives"), _g("eat"), _g("st_to_hospital")), 10, across=True),
    Combination(HO, (_g("st_drive_into"),), 0),
    Combination(SH, (_g("hand_part", "hands"), _g("st_pressed_in"), _g("st_till_blood", "on_purpose")), 10, across=True),
    Combination(SH, (_g("self", "mine_own", "my_own"), _g("st_claw")), 4),
    Combination(HO, (_g("other_target", "third_person"), _g("st_push_off")), 6),
    Combination(HO, (_g("gt_wont_spare", "spare_mine"), _g("st_cut_down")), 12, across=True),
)
