"""Days running and the open number (the reading of rounds 94-95: stand-up comedians, harvest crews, CNC
shops, wind farms, aquarium shops, hybrid-seed fields):

- "three days now, an addha every day", "3 din se lagatar peg", "a week now, a pav every evening", four
  evenings at the bhatti;
- the pay came and "went to the bar"; "we all drank at the company party"; the beer put in the hand and
  "I didn't even say no"; "just one peg, but I had it";
- the Kalyan open, the betting app or the lottery played again and the money gone;
- (rounds 96-97) "two beers and a half of rum", on duty after drinking, the lab's spirit drunk a little at a
  time, the sleeping pills again "without the doctor", "everyone sat to drink, and me too".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import NOT_MINE, Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    "po_days_running": ("दिन से रोज़", "दिन से रोज", "din se roz", "din se lagatar", "दिन से लगातार",
                        "दिवसांपासून रोज", "divsanpasun roj", "aathvadyapasun roj", "आठवड्यापासून रोज",
                        "since 3 days"),
    "po_drink_words": ("अद्धा", "addha", "भट्टी", "bhatti", "बिअरची", "बिअर", "beer"),
    "po_counted_drinks": ("दोन बिअर", "2 beer", "do beer", "ek adha", "एक हाफ", "हाफ रम", "2 bhingrya",
                          "दोन भिंगऱ्या", "पूरा अद्धा", "pura addha"),
    "po_drunk_on_duty": ("pyun duty", "पिऊन duty", "पिऊन ड्युटी"),
    "po_spirit": ("spirit", "स्पिरिट"),
    "po_drank_it": ("pitoy", "पितोय", "पी गया", "pi gaya", "पिलं"),
    "po_no_prescription": ("डॉक्टरशिवाय", "doctor shivay", "doctorshivay", "bina parchi", "बिना पर्ची",
                           "without prescription", "without a prescription", "chitthi shivay", "चिठ्ठीशिवाय"),
    "po_they_sat_drinking": ("pyayla basle", "प्यायला बसले", "peene baithe", "पीने बैठे"),
    "po_me_too": ("ani mi pan", "आणि मी पण", "aur main bhi", "और मैं भी"),
    "po_pay_came": ("payment आया", "payment aaya", "pagar aala", "pagar zala", "salary aayi", "bonus milala",
                    "bonus मिला", "बोनस मिला", "पगार झाला"),
    "po_went_to_bar": ("bar चला गया", "bar chala gaya", "bar la gelo", "बारला गेलो", "theke pe gaya", "ठेके पे गया",
                       "went to the bar"),
    "po_we_all_drank": ("sagle pilo", "sagle pyalo", "सगळे प्यालो", "hum sab ne pi", "हम सबने पी"),
    "po_didnt_refuse": ("नाही म्हणालोच नाही", "nahi mhanaloch nahi", "mana hi nahi kiya", "मना ही नहीं किया",
                        "didn't say no", "didnt say no", "couldn't say no", "couldnt say no"),
    "po_gamble": ("kalyan", "कल्याण", "bet लगाई", "bet lagai", "betting", "लॉटरी", "lottery", "लॉटरीची", "matka",
                  "मटका"),
    "po_again": ("parat", "परत", "phir", "फिर", "again", "पुन्हा", "punha"),
    "po_money_gone": ("sagle gele", "सगळे गेले", "गए", "gaye", "gele", "गेली", "gone", "lost", "haar gaya", "हार गया"),
    "po_just_one_but": ("pegch ghetla", "पेगच घेतला", "just one peg but"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_DRINK = ("alcohol", "cannabis", "opioids", "drugs", "bb_country_liquor", "drink_unit", "measure", "sq_quarter",
          "liquor_place", "drink_place", "habit_den", "po_drink_words")

DAYS_RUNNING_AND_THE_OPEN_NUMBER: tuple[Combination, ...] = (
    Combination(RE, (_g("po_days_running"), _g(*_DRINK)), 8, across=True, unless=NOT_MINE, unless_reach=2),
    Combination(RE, (_g("po_pay_came"), _g("po_went_to_bar")), 10, across=True),
    Combination(RE, (_g("po_we_all_drank"),), unless=NOT_MINE, unless_reach=2),
    Combination(RE, (_g(*_DRINK), _g("po_didnt_refuse")), 14, across=True),
    Combination(RE, (_g("po_gamble", "sq_gamble"), _g("po_again"), _g("po_money_gone")), 12, across=True,
                unless=_g("negation"), unless_reach=2),
    Combination(RE, (_g("po_just_one_but"),)),
    # Rounds 96-97: "दोन बिअर आणि एक हाफ रम", "pyun duty var gelo", "lab madhla spirit thoda thoda pitoy",
    # "परत अल्प्रॅक्स सुरू केली, डॉक्टरशिवाय", "tithe sagle pyayla basle ani mi pan".
    Combination(RE, (_g("po_counted_drinks"),), unless=NOT_MINE, unless_reach=2),
    Combination(RE, (_g("po_drunk_on_duty"),), unless=_g("beverage", "negation"), unless_reach=3),
    Combination(RE, (_g("po_spirit"), _g("po_drank_it")), 8, across=True, unless=_g("third_person"), unless_reach=2),
    Combination(RE, (_g("pills", "sedatives", "syrup_named"), _g("po_no_prescription"), _g("po_again")), 10,
                across=True),
    Combination(RE, (_g("po_they_sat_drinking"), _g("po_me_too")), 8),
)
