"""Suicide told by factory, bakery and garage workers (round 43, holdouts 143-145):

- a death meant to look like an accident, for what it brings the family: "if it happens near the
  reactor it looks like an accident and my wife gets the compensation", "reactor च्या top वरून
  पडलो तर accident वाटेल, कोणाला कळणार पण नाही";
- fuel kept with the flame to light it: "kerosene ki kuppi bhar ke rakhi hai, bas maachis ki der
  hai", "डिझेलचा कॅन माळ्यावर नेऊन ठेवलाय आणि काडेपेटी खिशात" (not a stove, a lamp or a
  generator; with a man named it is a threat, which harm_and_others reads);
- no use in living, living and dying the same, living to be stopped: "koi fayda nhi jee ke",
  "jagla kay ani mela kay, sarkhach", "ata he jagna band karava";
- regards sent and never to meet again: "माँ को मेरा प्रणाम कहना, अब नहीं मिलूंगा", "सगळ्यांना
  माझा नमस्कार सांगा, परत भेटणार नाही".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH = Category.SUICIDE, Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    "lla_looks_accidental": ("looks like an accident", "look like an accident", "it looks like an accident",
                             "think its an accident", "think it was an accident", "think it's an accident",
                             "accident वाटेल", "accident vatel", "अपघात वाटेल", "apghat vatel", "accident लगेगा",
                             "accident lagega", "एक्सीडेंट लगेगा", "सब एक्सीडेंट लगेगा", "wasnt an accident",
                             "wasn't an accident", "it wasnt an accident"),
    "lla_what_it_brings": ("compensation", "insurance", "इन्शुरन्स", "इंश्योरेंस", "muavza", "मुआवजा", "bharpai",
                           "भरपाई", "vima", "विमा", "बीमा", "bima", "claim", "nobody would know", "nobody will know",
                           "कोणाला कळणार", "konala kalnar", "kisi ko pata nahi chalega", "किसी को पता नहीं चलेगा"),
    # The flame kept beside the fuel.
    # ("लाइटर" is "लीटर", a litre, by its skeleton: only "लायटर")
    "lla_flame": ("maachis", "machis", "माचिस", "matchbox", "matchstick", "काडेपेटी", "kadepeti", "kaadepeti",
                  "lighter", "लायटर"),
    # What fuel and a flame are for, day to day.
    "lla_fire_for_use": ("stove", "स्टोव", "chulha", "चूल्हा", "चूल", "chul", "generator", "जनरेटर", "lamp", "diya",
                         "दिवा", "kandil", "कंदील", "lantern", "bidi", "बीडी", "cigarette"),
    # No use in living; living and dying the same.
    "lla_same_either_way": ("jagla kay ani mela kay", "जगलो काय आणि मेलो काय", "jagla kay mela kay",
                            "जगलो काय मेलो काय", "jiyu ya maru", "जियूं या मरूं", "jiye ya mare", "जिए या मरे",
                            "live or die its the same", "whether i live or die"),
    "lla_regards_sent": ("प्रणाम कहना", "pranam kehna", "pranam kahna", "नमस्कार सांगा", "namaskar sanga",
                         "salaam kehna", "सलाम कहना", "tell them i said bye", "मेरा प्रणाम"),
    "lla_never_meet": ("नहीं मिलूंगा", "nahi milunga", "नहीं मिलूँगा", "भेटणार नाही", "bhetnar nahi",
                       "won't see you again", "wont see you again", "won't meet again", "wont meet again"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

LOOKS_LIKE_AN_ACCIDENT: tuple[Combination, ...] = (
    Combination(S, (_g("lla_looks_accidental"), _g("lla_what_it_brings", "if_clause", "first_person", "me")), 16,
                across=True, unless=_g("third_person", "story")),
    Combination(S, (_g("fuel", "tf_fuel", "kerosene"), _g("lla_flame")), 12, across=True,
                unless=_g("lla_fire_for_use", "stg_the_man", "other_target", "third_person", "named_target"),
                unless_reach=8),
    Combination(S, (_g("point"), _g("negation"), _g("live_conj")), 3, order=True,
                unless=_g("third_person", "other_target")),
    Combination(S, (_g("lla_same_either_way"),), 0, unless=_g("third_person")),
    # (not a life of drink given up: "nashe wala jeena chhod diya")
    Combination(S, (_g("live"), _g("quit")), 1, order=True,
                unless=_g("others", "second_person", "drugs", "alcohol", "intoxicated", "cannabis", "opioids"),
                unless_reach=3),
    Combination(S, (_g("lla_regards_sent"), _g("lla_never_meet")), 12, across=True),
    # Round 44: not afraid of dying now, only the way thought of ("मरने से डर नहीं लगता अब, बस तरीका
    # सोच रहा हूं"); an arm burnt on the hot press; lines drawn on the hand or thigh.
    Combination(S, (_g("die"), _g("unafraid"), _g("way_generic", "thought_of")), 8, across=True,
                unless=_g("third_person", "other_target")),
    Combination(SH, (_g("hot_surface", "kg_heated"), _g("cut_site", "mr_own_arm"), _g("burn")), 5,
                unless=_g("by_accident", "burnt_by_mistake")),
    Combination(SH, (_g("cut_site", "hand_part"), _g("lines_drawn")), 5,
                unless=_g("cut_harmless", "by_accident", "food", "chore"), unless_reach=6),
)
