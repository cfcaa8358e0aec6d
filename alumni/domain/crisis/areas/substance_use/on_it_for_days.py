"""Using again told as being "on" the substance for a span of days (round 14, replies to the
service's check-ins): Hindi's postposition and a copula after the substance ("3 din se MD par
tha", "हफ्ते भर से चरस पे हूं"), Marathi's "-वर" glued to it ("तीन दिवस ब्राउन शुगरवर होते",
"दोन दिवस गांज्यावर होतो", read by on_it_reading.py), the drink that "was going on" for days
("चार दिवस दारू चालू होती", "teen din se daru chal rahi thi"), and English "been on the bottle".

The span is what makes it a relapse now: a few days, a week, since yesterday, never months or
years, which tell a past ("10 saal smack pe tha, ab 2 saal se clean"); nor a time marked as
back then ("jab smack pe tha"). Medicine, a fever or a duty one is "on" for days
("3 din se antibiotic par tha") names no substance and stays quiet. Words and the rules that
read them (appended to the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

# Hindi "on" and a copula of the writer's state: "par tha", "pe hoon"; Marathi "var hoto"
# when typed apart.
_ON_HI = tuple(f"{on} {be}" for on in ("par", "pe", "पर", "पे") for be in (
    "tha", "thi", "the", "hoon", "hun", "hu", "था", "थी", "थे", "हूं", "हूँ", "हु", "hi tha", "ही था"))
_ON_MR = tuple(f"{on} {be}" for on in ("var", "वर") for be in (
    "hoto", "hote", "hoti", "hota", "hotoy", "aahe", "ahe", "होतो", "होते", "होती", "होता", "होतोय", "आहे"))

NEW: dict[str, tuple[str, ...]] = {
    # The substance's state, after it: "charas pe hu", "daru var hoto" (and the Marathi copula
    # after a glued "-वर", added by on_it_reading.py).
    "on_it": _ON_HI + _ON_MR,
    # It was going on: "daru chalu hoti", "chal rahi thi", "सुरू होती".
    "going_on": ("chalu hoti", "chalu hota", "chalu hote", "chalu hotya", "चालू होती", "चालू होता", "चालू होते",
                 "चालू होत्या", "suru hoti", "suru hota", "सुरू होती", "सुरू होता", "सुरु होती", "chalu aahe",
                 "चालू आहे", "chalu ahe", "chal rahi thi", "chal raha tha", "chal rahe the", "चल रही थी",
                 "चल रहा था", "चल रहे थे", "chal rahi hai", "chal raha hai", "चल रही है", "चल रहा है"),
    # A span of days up to now: days, a week, since yesterday or the morning.
    "short_span": ("days", "day", "din", "दिन", "dino", "दिनों", "divsa*", "दिवसा*", "divas", "दिवस", "week",
                   "weeks", "hafte", "हफ्ते", "hafta", "हफ्ता", "haftebhar", "हफ्तेभर", "aathavda", "athvada",
                   "आठवडा", "aathavdabhar", "आठवडाभर", "aathvadyapasun", "आठवड्यापासून", "weekend", "kal se",
                   "कल से", "kal raat se", "कल रात से", "kalpasun", "कालपासून", "subah se", "सुबह से",
                   "sakalpasun", "सकाळपासून", "since yesterday", "since morning", "since friday",
                   "since saturday", "since sunday", "ghante", "घंटे", "hours", "tas", "तास"),
    # A time told as back then: "jab smack pe tha", "jevha daruvar hoto".
    "back_then": ("jab", "जब", "jevha", "जेव्हा", "tevha", "तेव्हा", "when", "back then", "those days",
                  "un dino", "उन दिनों", "us waqt", "उस वक्त", "tya veli", "त्या वेळी"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # "been on the bottle for a week", "hit the bottle again".
    "drank": ("been on the bottle", "was on the bottle", "back on the bottle", "hit the bottle",
              "hitting the bottle", "hit the bottle hard"),
}

_NOT_NOW = _g("back_then", "quit")

ON_IT: tuple[Combination, ...] = (
    # "2 din se charas pe hu", "दोन दिवस गांज्यावर होतो".
    Combination(RE, (_g("short_span"), ANY, _g("on_it")), 2, order=True, unless=_NOT_NOW),
    # "smack pe tha teen din se", "गांज्यावर होतो दोन दिवस".
    Combination(RE, (ANY, _g("on_it"), _g("short_span")), 2, order=True, unless=_NOT_NOW),
    # "2 दिवस ganja चालू होता", "teen din se daru chal rahi thi".
    Combination(RE, (_g("short_span"), ANY, _g("going_on")), 2, order=True, unless=_NOT_NOW),
    Combination(RE, (ANY, _g("going_on"), _g("short_span")), 2, order=True, unless=_NOT_NOW),
)
