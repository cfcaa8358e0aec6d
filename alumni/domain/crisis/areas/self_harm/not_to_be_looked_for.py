"""Suicide told as not to be looked for, and a person gone since yesterday with the phone off
(round 50, holdouts 170-172):

- not to be searched for, in so many words: "dont look for me tomorrow", "मला शोधू नका",
  "कल से मुझे कोई नहीं ढूंढेगा", "ab kisi ko dhoondhne ki zarurat nahi" ("don't wait for me",
  which dinner also hears, stays with the older readings);
- told by a wife or a friend, gone since yesterday or since the morning and the phone off: "kaal
  paasun ghari ala nahi, phone band ahe", "He hasnt come home since yesterday, his phone is off",
  "wo nahar ki taraf gaya hai phone band hai", "to tower kade gelay ani phone band ahe"; missing
  since the morning, or said he would not come back, with the phone off (round 52's reading).

"Don't look for me at the meeting, I'm on leave" names where the writer is: an errand or a leave
beside it keeps it quiet. Words and the rules that read them (appended to the area's COMBINATIONS by
rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    "nl_no_search": ("dont look for me", "don't look for me", "do not look for me", "dont search for me",
                     "don't search for me", "मला शोधू नका", "mala shodhu naka", "मला शोधू नको", "mala shodhu nako",
                     "मुझे मत ढूंढना", "mujhe mat dhundhna", "mujhe mat dhoondhna", "mujhe dhundhna mat",
                     "मुझे कोई नहीं ढूंढेगा", "mujhe koi nahi dhundhega", "कोई नहीं ढूंढेगा", "koi nahi dhoondhega",
                     "dhoondhne ki zarurat nahi", "ढूंढने की ज़रूरत नहीं", "ढूंढने की जरूरत नहीं",
                     "dhundhne ki zarurat nahi", "शोधायची गरज नाही", "shodhaychi garaj nahi", "dont come looking for me",
                     "don't come looking for me", "कोई मुझे ढूंढे नहीं", "koi mujhe dhoondhe nahi"),
    # Where the writer is, said beside it: a meeting, leave, a trip.
    "nl_errand": ("meeting", "मीटिंग", "leave", "chutti", "छुट्टी", "सुट्टी", "sutti", "trip", "ट्रिप", "office",
                  "ऑफिस", "gaon", "गांव", "गावी", "gavi", "busy", "shaadi", "शादी", "lagna", "लग्नाला", "party",
                  "canteen", "class", "gym", "network", "नेटवर्क", "range", "रेंज", "charging", "battery"),
    # Back later, said beside it: "wont be back till late".
    "nl_till_later": ("till late", "till night", "till evening", "late tonight", "der se", "देर से", "der raat",
                      "उशिरा", "ushira", "raat tak", "रात तक", "sham tak", "शाम तक"),
    "nl_phone_off": ("phone is off", "phone off", "फोन बंद है", "phone band hai", "phone band ahe", "फोन बंद आहे",
                     "switched off since", "not picking up", "switch off", "switched off", "स्विच ऑफ",
                     "स्विच ऑफ है", "स्विच ऑफ आहे"),
    # Gone since yesterday, since the morning.
    "nl_since": ("kal se", "कल से", "kal raat se", "कल रात से", "kaal paasun", "kaal pasun", "काल पासून", "कालपासून",
                 "kalpasun", "since yesterday", "since last night", "since morning", "सुबह से", "subah se",
                 "सकाळपासून", "sakalpasun", "sakal pasun", "दिवसांपासून", "divsanpasun", "din se", "दिन से"),
    "nl_gone": ("ghari ala nahi", "घरी आला नाही", "ghari aala nahi", "ghar nahi aaya", "घर नहीं आया",
                "ghar nahi aaye", "घर नहीं आए", "hasnt come home", "hasn't come home", "not come home",
                "didnt come home", "didn't come home", "missing", "मिसिंग", "gaya hai", "गया है", "gelay", "गेलाय",
                "kade gelay", "कडे गेलाय", "ki taraf gaya", "की तरफ गया", "went out", "left the house",
                # missing, in so many words (round 52's reading: "वो सुबह से गायब है, phone switch off")
                "गायब", "gayab", "gaayab", "लापता", "lapata", "बेपत्ता", "bepatta"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

NOT_TO_BE_LOOKED_FOR: tuple[Combination, ...] = (
    Combination(S, (_g("nl_no_search"),), 0, unless=_g("nl_errand"), unless_reach=5),
    Combination(S, (_g("nl_since"), _g("nl_gone"), _g("unreachable", "nl_phone_off")), 16, across=True,
                unless=_g("nl_errand")),
    Combination(S, (_g("nl_gone"), _g("unreachable", "nl_phone_off"), _g("wr_water", "ll_tower", "ll_pole", "edge_place")),
                12, across=True, unless=_g("nl_errand")),
    # Said he won't come back, and the phone off (round 52's reading: "he left at 4am ... and said he
    # wont come back. phone off").
    Combination(S, (_g("wont_return", "wr_no_return"), _g("unreachable", "nl_phone_off")), 12, across=True,
                unless=_g("nl_errand", "nl_till_later"), unless_reach=8),
)
