"""Danger told by disabled alumni and their carers, by seafarers and by highway dhaba workers
(round 38, holdouts 123, 124 and 125):

- the terrace, the fan's hook or the open door kept for the moment the carer is away: "आई mandir
  ला गेली की terrace वर जाणार", "terrace का door आज खुला छोड़ा है, माँ सो जाएगी तब जाऊंगा",
  "पंख्याच्या हुकाची ताकद तपासून पाहिली. उद्या अटेंडंट सुट्टीवर आहे"; an attendant afraid because
  "leave me alone on the terrace";
- the ship's CO2 room with its key and the door to shut; the black water below the railing that
  calls, "the sea can have me";
- diesel and matches "not for the generator"; "tell the children their father was no good";
- the havaldar to be "finished" with a stick tonight;
- a finger in boiling oil, a hand held to the heater, on purpose.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH, HO = Category.SUICIDE, Category.SELF_HARM, Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "dt_carer_away": ("mandir ला गेली की", "mandir la geli ki", "मंदिरात गेली की", "माँ सो जाएगी तब", "maa so jayegi tab",
                      "आई झोपली की", "aai zopli ki", "aai zopli ki", "attendant सुट्टीवर", "अटेंडंट सुट्टीवर",
                      "attendant suttivar", "attendant chutti pe", "अटेंडंट छुट्टी पर", "when mom sleeps",
                      "once mum is asleep", "when the attendant is off", "घरचे झोपले की", "gharche zople ki",
                      "sab so jayenge tab", "सब सो जाएंगे तब"),
    "dt_up_there": ("terrace वर जाणार", "terrace var janar", "terrace पे जाऊंगा", "terrace pe jaunga", "छत पे जाऊंगा",
                    "chhat pe jaunga", "गच्चीवर जाणार", "gachivar janar", "door खुला छोड़ा", "darwaja khula chhoda",
                    "दरवाजा खुला छोड़ा", "हुकाची ताकद", "hukachi takad", "hook ki taakat", "हुक की ताकत",
                    "tested the hook", "tested the fan hook"),
    "dt_leave_me_up_there": ("terrace वर एकटं सोडा", "terrace var ekta soda", "terrace pe akela chhod do",
                             "terrace पे अकेला छोड़ दो", "छत पे अकेला छोड़ दो", "chhat pe akela chhod do",
                             "गच्चीवर एकटं सोडा", "leave me alone on the terrace", "leave me on the terrace"),
    "dt_co2_room": ("co2 room", "सीओटू रूम", "सीओटू रूमची", "co2 रूम", "co2 roomchi", "co2 room ki", "co2 रूमची"),
    "dt_shut_door": ("दार लावायचं", "dar lavaycha", "दार लावून घेणार", "shut the door from inside", "lock myself in",
                     "darwaza band kar lunga", "दरवाजा बंद कर लूंगा", "आत जाऊन दार"),
    "dt_sea_calls": ("पाणी मला बोलावतंय", "pani mala bolavtay", "sea can have me", "the sea can take me",
                     "samundar bula raha", "समुंदर बुला रहा", "समंदर बुला रहा", "samudra bolavtoy", "समुद्र बोलावतोय",
                     "water was calling me", "sea is calling me"),
    "dt_on_board_alone": ("रेलिंग", "railing", "deck", "डेक", "डेकवर", "nobody on this ship", "koi notice nahi",
                          "ekta", "एकटा", "alone", "akela", "अकेला", "night", "रात्री", "raat"),
    "dt_not_for_its_use": ("not for the generator", "generator ke liye nahi", "generatorsathi nahi",
                           "जनरेटरसाठी नाही", "जनरेटर के लिए नहीं", "not for the stove", "not for the tandoor"),
    "dt_tell_the_kids": ("पोरांना सांगा", "poranna sanga", "बच्चों को बताना", "bachchon ko batana", "tell the kids",
                         "tell my kids", "मुलांना सांगा", "mulanna sanga", "बाप चांगला नव्हता", "baap changla navhta"),
    "dt_finish_him": ("संपवतो", "sampavto", "sampvto", "संपवणार", "sampavnar", "संपवीन", "sampavin"),
    "dt_with_a_stick": ("दांडक्याने", "dandkyane", "लाठी से", "lathi se", "डंडे से", "dande se", "काठीने", "kathine",
                        "with a rod", "with the lathi"),
    "dt_hot_thing": ("उकळत्या तेलात", "ukaltya telat", "boiling oil", "खौलते तेल", "खौलते तेल में", "heater la",
                     "heater ला", "heater pe", "heater को", "heater chya", "tava pe", "tawa pe", "तवे पर", "तव्यावर",
                     "tavyavar", "tandoor me", "तंदूर में", "tandoor madhe"),
    "dt_hand_held": ("hat lavun dharla", "हात लावून धरला", "bot ghatla", "बोट घातलं", "haath rakh diya",
                     "हाथ रख दिया", "hatheli rakh di", "हथेली रख दी", "hand on the heater", "held my hand"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

DECK_TERRACE_AND_TANDOOR: tuple[Combination, ...] = (
    Combination(S, (_g("dt_carer_away"), _g("dt_up_there", "hanging_point", "height")), 16, across=True),
    Combination(S, (_g("dt_leave_me_up_there"), _g("fear")), 16, across=True),
    Combination(S, (_g("dt_co2_room"), _g("dt_shut_door")), 16, across=True),
    Combination(S, (_g("dt_sea_calls"), _g("dt_on_board_alone")), 16, across=True),
    Combination(S, (_g("dt_not_for_its_use"), _g("tf_fuel", "dw_kerosene"), _g("dw_matches")), 16, across=True),
    Combination(S, (_g("dt_tell_the_kids"), _g("rl_sorry_all", "nc_sorry_all", "lsg_sorry_all", "apology")), 16,
                across=True),
    Combination(HO, (_g("dt_with_a_stick"), _g("dt_finish_him")), 3, order=True),
    Combination(SH, (_g("dt_hot_thing"), _g("sc_on_purpose", "dt_hand_held")), 8,
                unless=_g("by_accident", "mishap"), unless_reach=4),
)
