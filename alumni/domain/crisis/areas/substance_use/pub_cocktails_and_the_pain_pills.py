"""The pub's cocktails and the clinic's pain pills (the drink and the cravings of rounds 102-103: radiology
staff, physiotherapists, opticians, sound and light crews, tea stalls, warehouses):

- "three days of feni and beer in Goa"; "3 cocktails at the pub"; "2 pauwe since morning"; "2 quarters IB at
  the dhaba"; "whisky during the final, saying one it became five"; "everyone went to the bar, I too had 2
  large"; "the truckers gave desi, I downed it too";
- cravings: the clinic's pain pills "tempt me, not taken yet"; the bus passes the bar "and I felt like
  getting off"; the smell of ganja "in my head all day"; the seth's gift bottle in the cupboard "don't know how
  long I'll hold"; "only the memory of the peg", "the thought of a quarter, haven't touched it"; "so close to
  taking one"; the bar opposite the stall "it hurts to see it every day"; "I must get out or I'll drink"; "I
  won't be able to hold out alone tonight".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.gift_bottle_and_the_pay_day_adda import DRINK_READ
from alumni.domain.crisis.combination import NOT_MINE, Combination, _g
from alumni.domain.crisis.detection import Category

RE, CR = Category.RELAPSE, Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    "cp_days": ("तीन दिवस", "teen divas", "दोन दिवस", "don divas", "teen din", "तीन दिन", "three days", "two days"),
    "cp_drink": ("फेणी", "feni", "cocktails", "pegachi", "पेगची", "whisky", "व्हिस्की", "bottle gift", "बाटली गिफ्ट"),
    "cp_measure": ("large", "ग्लास", "glass", "desi", "देसी", "pauwe", "पौवे", "quarters"),
    "cp_bar_passed": ("बारवरून", "barvarun", "bar ke saamne se", "बार के सामने से", "past the bar"),
    "cp_took": ("घेतले", "ghetle", "घेतली", "ghetli", "le liye", "ले लिए", "le li", "zale", "झाले", "चढ़ा ली",
                "chadha li", "chadhai"),
    "cp_me_too": ("maine bhi", "मैंने भी", "mi pan", "मी पण", "i too"),
    "cp_pills": ("दर्द की गोलियाँ", "dard ki goliyan", "dukhnyachya golya", "दुखण्याच्या गोळ्या", "painkillers",
                 "pain pills"),
    "cp_tempted": ("मन ललचाता", "mann lalchata", "man hotay", "मन होतंय", "ललचा", "tempted", "tempt"),
    "cp_felt_like": ("उतरावंसं वाटलं", "utravasa vatla", "utar jau", "उतर जाऊं", "mann kiya utar"),
    "cp_in_head": ("divasbhar tech dokyat", "दिवसभर तेच डोक्यात", "din bhar wahi dimaag me",
                   "keep thinking about it all day", "thinking about it all day"),
    "cp_how_long_hold": ("pata nahi kab tak rukunga", "पता नहीं कब तक रुकूंगा", "kiti divas thambu",
                         "don't know how long i can hold", "dont know how long i can hold"),
    "cp_memory": ("aathvan", "आठवण", "athvan", "ख्याल", "khayal", "khayaal"),
    "cp_memory_gone": ("athvan pan yet nahi", "aathvan pan yet nahi", "athvan yet nahi", "aathvan yet nahi",
                       "आठवण पण येत नाही", "आठवण येत नाही", "yaad bhi nahi", "ख्याल भी नहीं", "khayal bhi nahi"),
    "cp_so_close": ("so close to taking one", "so close to having one", "close to taking one"),
    "cp_or_ill_drink": ("नाहीतर पिईन", "nahitar piin", "varna pi lunga", "वरना पी लूंगा", "otherwise i'll drink",
                        "or i will drink"),
    "cp_cant_hold": ("नहीं रुक पाऊँगा", "नहीं रुक पाऊंगा", "nahi ruk paunga", "thambu shaknar nahi",
                     "थांबू शकणार नाही"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_DRINK = (*DRINK_READ, "fd_drink", "cp_drink")

PUB_COCKTAILS_AND_THE_PAIN_PILLS: tuple[Combination, ...] = (
    Combination(RE, (_g("cp_days"), _g("cp_drink", "alcohol", "drink_unit", "fd_drink")), 3, order=True,
                unless=NOT_MINE, unless_reach=1),
    Combination(RE, (_g("cp_drink"), _g("cp_took")), 3, unless=NOT_MINE, unless_reach=1),
    # ("2000 pav" is bread: "pav", a quarter in Marathi, is left to the older rules that read it in context.)
    Combination(RE, (_g("count", "dl_few", "more_than_one"), _g("gs_quarters")), 1, order=True,
                unless=NOT_MINE, unless_reach=1),
    Combination(RE, (_g("gs_one_became"), _g("alcohol", "cp_drink", "fd_drink", "drink_unit")), 8, across=True,
                unless=_g("third_person"), unless_reach=1),
    Combination(RE, (_g("cp_me_too"), _g(*_DRINK, "cp_measure"), _g("cp_took")), 6, unless=_g("negation"),
                unless_reach=1),
    Combination(CR, (_g("cp_pills", "pills"), _g("cp_tempted")), 12, across=True),
    Combination(CR, (_g("gs_bar_near", "cv_drink_place", "cp_bar_passed"), _g("cp_felt_like")), 12, across=True),
    Combination(CR, (_g("cannabis", "drugs", "stimulants", "opioids", "inhalants", *_DRINK), _g("cp_in_head")), 20,
                across=True),
    # "pata nahi kab tak rukunga": its own "nahi" is a part, so that it cancels nothing.
    Combination(CR, (_g(*_DRINK), _g("cp_how_long_hold"), _g("negation")), 16, across=True, same_word=True),
    Combination(CR, (_g("alcohol", "cp_drink", "fd_drink", "gs_quarters", "cp_measure"), _g("cp_memory")), 12,
                across=True, unless=_g("cp_memory_gone"), unless_reach=2),
    Combination(CR, (_g("cp_so_close"),)),
    Combination(CR, (_g("gs_bar_near"), _g("gs_hard_to_see")), 12, across=True),
    Combination(CR, (_g("cp_or_ill_drink"),)),
    Combination(CR, (_g("cp_cant_hold"), _g(*_DRINK, "cv_drink_place")), 16, across=True),
)
