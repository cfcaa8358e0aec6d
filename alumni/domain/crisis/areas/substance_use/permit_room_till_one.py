"""Relapse told plainly (the reading of rounds 74-75: driving schools, tuition teachers, pathology
labs, silk reelers, stage theatre):

- the bar or the permit room till late, the country liquor shop and a quarter: "I was at the permit
  room near Hadapsar till 1 am", "fees milali ani sarla santra chya dukanat. quarter";
- a drink owned up to with no lie told: "हो घेतली. खोटं बोलून काय उपयोग", "हां सर पी है, झूठ नहीं बोलूंगा";
- one thing and then another on top: "भांग की गोली खाई और ऊपर से बीयर", "2 kingfisher strong and then
  rum", "bar गया, beer और whisky दोनों";
- the drink begun and still going: "beer सुरू केली, आज पण चालू आहे";
- the habit caught again: "चिलमीचा नाद परत लागला, रोज रात्री दोन झुरके मारतोय".

Negation cancels these as it cancels every relapse rule ("didn't go to the bar till 1 am").

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    "rq_till_late": ("till 1 am", "till 2 am", "till 3 am", "till 1am", "till 2am", "till late", "till midnight",
                     "रात्री उशिरापर्यंत", "ratri ushirapryant", "raat der tak", "रात देर तक", "till closing",
                     "1 वाजेपर्यंत", "2 वाजेपर्यंत", "1 baje tak", "2 baje tak", "रात 1 बजे तक", "रात 2 बजे तक"),
    "rq_country_liquor_shop": ("santra chya dukanat", "संत्र्याच्या दुकानात", "santrachya dukanat", "देशीच्या दुकानात",
                               "deshichya dukanat", "desi ki dukan", "देसी की दुकान", "देशी दारूच्या दुकानात"),
    "rq_no_lying": ("खोटं बोलून काय उपयोग", "khota bolun kay upyog", "khot bolun kay upyog", "झूठ नहीं बोलूंगा",
                    "jhooth nahi bolunga", "jhoot nahi bolunga", "won't lie", "wont lie", "not going to lie",
                    "sach bataun to", "सच बताऊं तो", "सच बताऊँ तो", "खरं सांगतो", "khara sangto", "खोटं नाही बोलणार",
                    "khota nahi bolnar"),
    "rq_owned_taken": ("हो घेतली", "ho ghetli", "हो घेतलं", "ho ghetla", "पी है", "pi hai", "pee hai", "हां पी",
                       "haan pi", "yes i drank", "yes i had"),
    "rq_on_top": ("ऊपर से", "upar se", "on top of that", "and then", "then some", "त्यावर", "tyavar", "वरून पुन्हा"),
    "rq_both": ("दोनों", "dono", "both", "दोन्ही", "donhi"),
    "rq_still_going": ("आज पण चालू", "aaj pan chalu", "आज भी चालू", "aaj bhi chalu", "still going", "still on it",
                       "ajun chalu", "अजून चालू", "abhi bhi chal raha", "अभी भी चल रहा"),
    "rq_hooked_again": ("नाद परत लागला", "naad parat lagla", "नाद लागला परत", "naad lagla parat", "लत फिर लग गई",
                        "lat phir lag gayi", "आदत फिर लग गई", "aadat phir lag gayi", "hooked again", "got hooked again"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_DRINK = _g("alcohol", "drink_unit")

PERMIT_ROOM_TILL_ONE: tuple[Combination, ...] = (
    Combination(RE, (_g("liquor_place"), _g("rq_till_late")), 8),
    Combination(RE, (_g("rq_country_liquor_shop"), _g("drink_unit", "go_there", "alcohol")), 8, across=True),
    Combination(RE, (_g("rq_owned_taken", "drank_bare", "drank"), _g("rq_no_lying")), 8, across=True),
    Combination(RE, (_g("cannabis", "drugs", "alcohol"), _g("rq_on_top"), _DRINK), 10, order=True),
    Combination(RE, (_g("liquor_place", "alcohol"), _DRINK, _g("rq_both")), 8, order=True),
    Combination(RE, (_DRINK, _g("rq_still_going")), 10, across=True),
    Combination(RE, (_g("rq_hooked_again"), _g("cannabis", "alcohol", "drugs", "use", "drink_unit")), 8, across=True),
)
