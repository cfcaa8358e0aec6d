"""What a wife, a mother or a child texts from the family phone when a man has gone (round 13:
holdout 36): the signs he left behind and a plea for someone to act. A bye said to the
children before leaving, the phone left at home, a letter left behind, the phone switched off
or not picked up, a rope seen in his room; with "please call someone", "please help",
"लवकर call करा" beside two such signs (or the rope seen), the message is a suicide reported
by someone else, not a craving (the plea alone reads as one). Words and the rules that read
them (appended to the area's COMBINATIONS by rules.py).

One sign alone is a morning ("said bye to the kids at the bus", "left without his phone
again, please call me back"): each rule needs two signs, or the rope itself seen, and a
trip, a shift or the office cancels.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The phone left behind on purpose: "left without his phone", "phone ghar pe chhod ke gaye",
    # "फोन घरी ठेवून गेला".
    "phone_left_behind": (
        "left without his phone", "left without her phone", "went without his phone",
        "went without her phone", "without his phone", "without her phone", "left his phone at home", "left her phone at home", "left his phone behind",
        "left her phone behind", "didn't take his phone", "didnt take his phone", "did not take his phone",
        "didn't take her phone", "didnt take her phone", "bina phone ke", "बिना फोन के", "bina phone liye",
        "phone ghar pe chhod*", "phone ghar par chhod*", "फोन घर पे छोड़*", "फोन घर पर छोड़*",
        "phone chhod ke gaye", "phone chhod ke gaya", "phone chhod ke gayi", "फोन छोड़ के गए",
        "फोन छोड़ के गया", "फोन छोड़ के गई", "phone chhodkar gaye", "phone chhodkar gaya", "फोन छोड़कर",
        "phone nahi le gaye", "phone nahi le gaya", "phone nahi le gayi", "फोन नहीं ले गए", "फोन नहीं ले गया",
        "phone ghari thevun", "फोन घरी ठेवून", "phone ithech thevun", "फोन इथेच ठेवून", "phone gheun gela nahi",
        "फोन घेऊन गेला नाही", "phone gheun geli nahi", "फोन घेऊन गेली नाही", "phone sodun gela",
        "फोन सोडून गेला",
    ),
    # A rope, a dupatta, seen where he sleeps: "room मध्ये rope दिसला", "kamre me rassi padi hai".
    "seen_lying": (
        "saw", "seen", "found", "dekha", "dekhi", "देखा", "देखी", "dikha", "dikhi", "दिखा", "दिखी",
        "disla", "disli", "दिसला", "दिसली", "दिसलं", "pahila", "पाहिला", "pahili", "पाहिली",
        "padi hai", "पड़ी है", "padi thi", "पड़ी थी", "padla hota", "पडला होता", "padli hoti", "पडली होती",
        "lying", "kept", "rakhi hai", "रखी है", "rakhi thi", "रखी थी", "thevla", "ठेवला", "thevli", "ठेवली",
        "thevleli", "ठेवलेली", "tied", "bandhi", "बंधी", "बांधी", "bandhla", "बांधला", "bandhleli",
        "बांधलेली", "latka", "लटका", "latki", "लटकी",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # A bye said as he went: "bye bol ke gaye", "सगळ्यांना bye करून गेला", "said bye to the kids".
    "said_bye": ("bye bol ke", "bye bolke", "bye bolkar", "bye बोल के", "bye बोलके", "bye bolun",
                 "bye बोलून", "bye karun", "bye करून", "bye keh ke", "bye kehke", "bye kahke", "bye कह के",
                 "bye kah ke", "said bye to", "said goodbye to", "say bye", "kissed the kids",
                 "hugged the kids", "hugged everyone"),
    # Switched off, said without "phone" before it: "उनका phone switch off है".
    "unreachable": ("not answering", "isnt answering", "isn't answering", "not picking", "uchalat nahiye",
                    "uchlat nahi", "उचलत नाहीये", "utha nahi rahe", "utha nahi raha", "उठा नहीं रहे",
                    "उठा नहीं रहा", "band aa raha", "बंद आ रहा", "band yetoy", "बंद येतोय"),
}

# Asked of the reader: call someone, help, quickly.
_PLEA = _g("help_plea", "urgency", "call_plea")
_AWAY = _g("away_trip", "commute", "gone_travelling")

COMBINATIONS: tuple[Combination, ...] = (
    # Two signs he left and a plea: a bye and the phone left, a letter and the phone off.
    Combination(S, (_g("said_bye", "phone_left_behind", "farewell_note"),
                    _g("unreachable", "gone_missing", "phone_left_behind", "farewell_note"), _PLEA), 20,
                across=True, unless=_AWAY),
    # A rope seen in his room, and the phone off or a plea: "phone उचलत नाही, room मध्ये rope दिसला".
    Combination(S, (_g("ligature", "noose_cord"), _g("seen_lying"),
                    _g("unreachable", "gone_missing", "said_bye", "farewell_note"), _PLEA), 16,
                across=True, unless=_g("hanging_harmless")),
)
