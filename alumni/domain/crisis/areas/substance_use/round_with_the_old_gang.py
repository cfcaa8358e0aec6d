"""Using again with the old company after jail (round 30, holdout 90):

- a whole bottle finished: "kaal ratri junya gang barobar basun full batli samplavli";
- a round of charas gone round with friends: "charas ka round ho gaya dosto ke saath kal";
- an old friend from the barrack calling with the stuff, and the wish to go: "जुन्या barrack
  मधल्या मित्राचा call आला, माल आहे म्हणाला. जायची इच्छा होतेय", a craving;
- round 31 (fishing villages): "mi pan 3 glass ghetle" beside everyone drinking at the fair, "deshi
  chya 3 pishvya", the catch's money "सब पी गया", an empty bottle and no memory of the evening,
  and the mind out of control ("आज मनावर ताबा नाही"), a craving.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR, RE = Category.CRAVING, Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    "rg_bottle_finished": ("batli samplavli", "बाटली संपवली", "batli sampavli", "full batli", "फुल बाटली",
                           "poori botal khatam", "पूरी बोतल खत्म", "finished the bottle", "finished a whole bottle",
                           "whole bottle"),
    "rg_round_done": ("round ho gaya", "round hua", "राउंड हो गया", "राउंड हुआ", "round zala", "राउंड झाला",
                      "round chala", "राउंड चला"),
    "rg_stuff_on_offer": ("माल आहे", "maal ahe", "माल है", "maal hai", "stuff is there", "maal aaya hai"),
    # Round 31 (holdout 95, fishing villages): glasses taken beside everyone drinking at the fair,
    # pouches of country liquor, the catch's money all drunk, an empty bottle and no memory.
    "rg_glasses": ("glass", "ग्लास", "glasses", "pele", "पेले"),
    "rg_pouches": ("pishvya", "पिशव्या", "pouch", "pouches", "थैली", "thaili"),
    "rg_money": ("पैसे", "paise", "paisa", "पैसा", "money"),
    "rg_all_drunk": ("सब पी गया", "sab pi gaya", "sab pee gaya", "sagle pyalo", "सगळे प्यायलो", "drank it all"),
    "rg_empty_bottle": ("empty bottle", "रिकामी बाटली", "rikami batli", "khali botal", "खाली बोतल"),
    "rg_blackout": ("dont remember", "don't remember", "kuch yaad nahi", "कुछ याद नहीं", "kahi aathvat nahi",
                    "काही आठवत नाही"),
    "rg_downed": ("रिचवल्या", "richavlya", "रिचवली", "richavli", "रिचवले", "richavle"),
    # Round 32 (holdout 101, linemen): drinking owned up to or told by its idiom.
    "rg_admitted_drink": ("ghetla he khara", "घेतला हे खरं", "गला तर कर", "gala tar kar", "ghasa olla kela",
                          "घसा ओला केला", "quarter maar liya", "fell back", "fell off the wagon"),
    "rg_no_control": ("manavar taba nahi", "मनावर ताबा नाही", "khud pe kabu nahi", "खुद पे काबू नहीं",
                      "no control over myself", "man olatay", "मन ओढतंय", "man odhtay"),
    "rg_wish_to_go": ("जायची इच्छा", "jaaychi ichha", "jaychi ichha", "jaane ka mann", "जाने का मन", "want to go",
                      "जावंसं वाटतंय", "javasa vattay"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

ROUND_WITH_THE_OLD_GANG: tuple[Combination, ...] = (
    Combination(RE, (_g("rg_bottle_finished"),), 0,
                unless=_g("relation", "third_person", "beverage", "water_fetched", "water_glass")),
    Combination(RE, (ANY, _g("rg_round_done")), 3),
    Combination(CR, (_g("rg_stuff_on_offer"), _g("rg_wish_to_go")), 12, across=True),
    Combination(RE, (_g("me_too", "joined_in"), _g("more_than_one", "small_count"), _g("rg_glasses")), 5,
                order=True, unless=_g("beverage", "water_glass")),
    Combination(RE, (_g("bb_country_liquor"), _g("rg_pouches")), 3, unless=_g("relation", "third_person")),
    Combination(RE, (_g("rg_money"), _g("rg_all_drunk")), 8, unless=_g("relation", "third_person")),
    Combination(RE, (_g("rg_empty_bottle"), _g("rg_blackout")), 16, across=True),
    Combination(CR, (_g("rg_no_control"),), 0),
    Combination(RE, (_g("rg_admitted_drink"),), 0, unless=_g("relation", "third_person")),
    Combination(RE, (_g("alcohol", "drink_unit", "bottle_word", "bottles_plural"), _g("rg_downed")), 4,
                unless=_g("relation", "third_person")),
)
