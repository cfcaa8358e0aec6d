"""Suicide said in a health worker's or a driver's own words (round 16: holdouts 44 and 45): the
handover notes written as a farewell, with thanks for everything or the successor who "will
manage fine"; the road or the bend chosen, with no brakes ("ive picked mine, the ghat road
bend, no brakes", "घाटात गाडी सोडून द्यावी असं वाटतं, brakes न दाबता"); and years of saving
others with no wish left to save oneself ("itne saal logo ko bachaya, khud ko bachane ka mann
nahi karta").

A handover before a transfer, a leave or retirement, a bus whose brakes failed on the ghat and
learning to look after oneself too stay quiet: the first names where the writer is going, the
second has no will of the writer's, the third no refusal.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The work handed over: "handover notes", "चार्ज दिला", "charge de diya".
    "work_handover": ("handover", "handovers", "hand over notes", "handing over notes", "handover notes",
                      "हँडओव्हर", "हैंडओवर", "हॅन्डओव्हर", "charge handover", "charge de diya", "चार्ज दे दिया",
                      "charge dila", "चार्ज दिला", "charge saupla", "चार्ज सोपवला", "charge saump diya",
                      "चार्ज सौंप दिया"),
    # Whoever comes next will manage: "whoever gets my ward", "मेरे बाद जो भी आएगा", "माझ्यानंतर जो येईल".
    "my_successor": ("whoever gets my", "whoever takes my", "whoever takes over", "whoever replaces me",
                     "whoever comes after me", "will manage fine", "will manage without me", "mere baad jo",
                     "मेरे बाद जो", "mere baad jo bhi", "jo bhi aayega", "जो भी आएगा", "majhyanantar jo",
                     "माझ्यानंतर जो", "माझ्या नंतर जो", "jo koni yeil", "जो कोणी येईल", "sambhal lega",
                     "संभाल लेगा", "sambhalun gheil", "सांभाळून घेईल", "सांभाळेल"),
    # Going somewhere named: a transfer, leave, retirement, a new job.
    "work_moved_on": ("transfer*", "transferred", "retire*", "resign*", "new job", "new posting", "posting",
                      "on leave", "going on leave", "maternity", "vacation", "holiday", "chhutti", "छुट्टी",
                      "रजा", "raja", "रजेवर", "rajevar", "badli", "बदली", "tabadla", "तबादला", "रिटायर",
                      "notice period", "joining", "rotation", "night shift", "shift change",
                      # a shift's end is the day's handover, not the last one
                      "duty over", "shift over", "duty khatam", "shift khatam", "ड्यूटी खत्म", "ड्युटी संपली",
                      "duty sampli", "shift sampli", "शिफ्ट संपली", "शिफ्ट खत्म"),
    # The way chosen by the writer: "ive picked mine", "maine apna chun liya", "जागा ठरवली".
    "picked_my_way": ("picked mine", "ive picked mine", "chosen mine", "i've chosen mine", "picked my way",
                      "chosen my way", "picked my spot", "chosen my spot", "picked the spot", "chose the spot",
                      "picked the place", "chosen the place", "maine apna chun liya", "apna chun liya",
                      "jagah chun li", "जगह चुन ली", "maine jagah chun li", "मैंने जगह चुन ली", "jaga tharavli",
                      "जागा ठरवली", "jaga nivadli", "जागा निवडली", "majha marg nivadla", "माझा मार्ग निवडला"),
    # Driving on without braking: "no brakes", "brakes न दाबता", "ब्रेक नहीं लगाऊंगा".
    "no_brakes": ("no brakes", "no brake", "without brakes", "without braking", "wont brake", "won't brake",
                  "not going to brake", "won't hit the brakes", "wont hit the brakes", "brakes na dabta",
                  "brake na dabta", "brakes न दाबता", "brake न दाबता", "ब्रेक न दाबता", "ब्रेक न लावता",
                  "brake na lavta", "brake nahi lagaunga", "ब्रेक नहीं लगाऊंगा", "brake nahi dabaunga",
                  "ब्रेक नहीं दबाऊंगा", "bina brake", "बिना ब्रेक", "brake sodun", "ब्रेक सोडून"),
    # The vehicle let go: "गाडी सोडून द्यावी", "gaadi chhod dun", "let the wheel go".
    "vehicle_let_go": ("gaadi sodun dyavi", "gadi sodun dyavi", "गाडी सोडून द्यावी", "गाडी सोडून देईन",
                       "gaadi sodun dein", "gaadi chhod du", "gaadi chhod dun", "गाड़ी छोड़ दूं", "गाड़ी छोड़ दूँ",
                       "let the wheel go", "let go of the wheel", "steering chhod du", "स्टीयरिंग छोड़ दूं",
                       "steering sodun", "स्टेअरिंग सोडून", "gaadi khai me", "गाड़ी खाई में", "gaadi dareet",
                       "गाडी दरीत", "off the cliff", "into the valley", "into the gorge", "off the ghat",
                       "seedha khai", "सीधा खाई", "सीधे खाई", "sidha khai"),
    # One's own life, where "khud" is not said: "apni jaan bachane", "save my own".
    "own_life_saved": ("apni jaan", "अपनी जान", "apni bachane", "अपनी बचाने", "apni zindagi", "अपनी ज़िंदगी",
                       "my own", "my own life", "swatacha jeev", "स्वतःचा जीव", "aapla jeev", "आपला जीव"),
    # Sights and outings: a spot picked for them is no place of danger.
    "sightseeing": ("photo", "photos", "pic", "pics", "selfie", "picnic", "trip", "view", "sunset", "sunrise",
                    "trek", "ride", "फोटो", "सेल्फी", "पिकनिक", "ट्रिप"),
    # Saving and looking after, the verbs staff use of patients and of themselves.
    "save_verb": ("save", "saving", "saved", "bachana", "bachane", "bachaun", "bachaya", "bachayi", "बचाई", "बचायी", "बचाना", "बचाने",
                  "बचाऊं", "बचाया", "vachvaycha", "vachvayla", "vachavla", "वाचवायचं", "वाचवायला", "वाचवलं",
                  "वाचवणं", "वाचवण्याची", "वाचवावंसं", "vachvavasa", "vachvavas"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_THANKS = _g("thanks_for_all")

WORKERS_FAREWELL: tuple[Combination, ...] = (
    # The handover or the successor, and thanks for everything: a shift's end said as a life's.
    Combination(S, (_g("work_handover", "my_successor"), _THANKS), 30, across=True, unless=_g("work_moved_on")),
    # Handover notes and the successor who will manage: "whoever gets my ward next week will manage fine".
    Combination(S, (_g("work_handover"), _g("my_successor")), 20, across=True, unless=_g("work_moved_on")),
    # The road chosen with no brakes, or the vehicle let go where the road drops.
    Combination(S, (_g("picked_my_way"), _g("no_brakes", "vehicle_let_go", "high_place", "rail_line")), 20,
                across=True, unless=_g("sightseeing")),
    Combination(S, (_g("no_brakes", "vehicle_let_go"), _g("want", "picked_my_way", "vow", "vehicle_let_go")), 12,
                across=True, unless=_g("laugh", "sightseeing")),
    # No wish to save oneself: "khud ko bachane ka mann nahi karta", "no wish to save myself".
    Combination(S, (_g("self", "own_life_saved"), _g("save_verb"), _g("negation"), _g("want")), 6),
)
