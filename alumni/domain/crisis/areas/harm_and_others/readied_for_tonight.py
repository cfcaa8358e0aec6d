"""Means made ready for tonight, in a young voice (round 15: holdout 41 and 35): rat poison
brought and kept in the room for tonight ("rat poison ला के रखा है room में, aaj raat"), a
cricket bat readied for a roommate who "is not walking out of this room tonight", and the
farm's medicine drunk ("khet wala dawai pee liya hu"); and a medicine swallowed, then dying
now ("dawai kha li, mar raha hu"), which is the writer's dose and not a pain's hyperbole unless
the pain or the illness is named beside it.

Rat poison laid for the rats in the kitchen or the godown, a bat ready for tomorrow's match
and the crops sprayed stay quiet: the first needs tonight and no pest's place, the second a
promise that someone will not walk out, the third the writer's own drinking.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

OD, HO = Category.OVERDOSE, Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    # Someone not leaving alive: "he's not walking out of this room", "bach ke nahi jayega".
    "not_walking_out": ("not walking out", "wont walk out", "won't walk out", "not walk out", "walk out alive",
                        "not leaving this room", "wont leave this room", "won't leave this room",
                        "not leaving here alive", "wont leave alive", "won't leave alive", "bach ke nahi jayega",
                        "bachke nahi jayega", "बच के नहीं जाएगा", "बचके नहीं जाएगा", "bachkar nahi jayega",
                        "बचकर नहीं जाएगा", "zinda nahi jayega", "ज़िंदा नहीं जाएगा", "जिंदा नहीं जाएगा",
                        "zinda nahi bachega", "ज़िंदा नहीं बचेगा", "जिंदा नहीं बचेगा", "jivant jaanar nahi",
                        "जिवंत जाणार नाही", "jivant sodnar nahi", "जिवंत सोडणार नाही"),
    # Kept somewhere, the verb alone: "kept it in my drawer", "रखा है", "ठेवलंय".
    "kept_it": ("kept", "keeping", "rakha", "rakhi", "rakhe", "रखा", "रखी", "रखे", "thevla", "thevli", "thevlay",
                "ठेवला", "ठेवली", "ठेवलंय", "ठेवलं", "stored", "hid", "hidden"),
    # Kept away from the children or the pets: the poison put out of reach.
    # (the children themselves are in safekeeping).
    "kept_away": ("away", "out of reach", "locked away", "cat", "dog", "billi", "बिल्ली", "kutta", "कुत्ता"),
    # The farm's medicine by its place, the way a farmer's son names pesticide: "khet wali dawai",
    # "खेत की दवाई", "फसल की दवा", "शेतातलं औषध".
    "farm_medicine": ("khet wali dawai", "khet wala dawai", "khet wali dawa", "khet ki dawai", "khet ki dawa",
                      "खेत वाली दवाई", "खेत वाली दवा", "खेत की दवाई", "खेत की दवा", "fasal ki dawai",
                      "fasal ki dawa", "फसल की दवाई", "फसल की दवा", "shetatla aushadh", "शेतातलं औषध",
                      "shetiche aushadh", "शेतीचं औषध", "pikache aushadh", "पिकाचं औषध"),
    # Dying now, in the present continuous: "mar raha hu", "मर रहा हूँ", "मरतोय", "i'm dying".
    "dying_now": ("mar raha hu", "mar raha hoon", "mar rahi hu", "मर रहा हूँ", "मर रहा हूं", "मर रही हूँ",
                  "मर रही हूं", "marat ahe", "मरत आहे", "martoy", "मरतोय", "martey", "मरतेय", "i'm dying",
                  "im dying", "i am dying"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

READIED_FOR_TONIGHT: tuple[Combination, ...] = (
    # "dawai kha li, mar raha hu", "खेत में दवाई खा ली, मर रहा हूँ": swallowed, then dying now.
    Combination(OD, (_g("pills", "poison", "farm_poison"), _g("take_any"), _g("dying_now")), 8, order=True,
                across=True, unless=_g("ailment", "illness", "laugh")),
    # A poison brought and kept, and tonight: "rat poison la ke rakha hai room mein, aaj raat".
    Combination(OD, (_g("poison", "farm_poison", "farm_medicine"), _g("stowed", "at_hand", "set_aside", "kept_it"),
                     _g("tonight")), 14, across=True, unless=_g("pest_place", "kept_away", "safekeeping")),
    # The farm's medicine drunk by the writer: "khet wali dawai pee li hai" ("dawai" is read as
    # a drink's name, so the drinking survives only as "eat", the taking of it).
    Combination(OD, (_g("farm_poison", "farm_medicine"), _g("drank", "drink_verb", "swallow", "eat")), 4),
    # A weapon ready, and someone not walking out alive.
    Combination(HO, (_g("weapon", "blunt", "blunt_object"), _g("not_walking_out")), 14, across=True,
                unless=_g("laugh")),
)
