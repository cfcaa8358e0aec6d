"""Overdose said in a health worker's own words (round 16: holdouts 44 and 45): ampoules pushed
one after another ("pushed 3 amps back to back", "तीन एम्प्यूल एक साथ लगा लीं"), insulin
injected by someone who has no diabetes ("insulin ke 100 unit laga liye, diabetic bhi nahi
hu"), the dose worked out and the units at hand ("done the maths, enough units next to me"), a
theatre drug's vial brought home for tonight ("propofol ची vial घरी आणली, आज रात्री"), and a
dose followed by "now just waiting". A nurse or a ward boy knows the drugs by their names, the
containers and the units, so these words stand where a layman would say "pills".

Insulin taken for one's own sugar, the carbohydrate count before a meal, a vial brought home
for a parent and a report that says "not diabetic, no insulin needed" stay quiet: each rule
needs the injecting done, the denial of the illness, the writer's own sum beside the units at
hand, or the night chosen with nobody else it is for.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

OD = Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    # The drugs of the theatre and the ward, by their names and brands, as staff type them.
    # Stems, so that a case ending stays on: "केटामाइनची", "propofolchi".
    "theatre_drug": ("ketamin*", "केटामाइन*", "केटामिन*", "propofol*", "प्रोपोफोल*", "pentazocin*",
                     "fortwin*", "फोर्टविन*", "fentanyl*", "फेंटानिल*", "पेंटाझोसिन*", "pethidin*", "पेथिडीन*",
                     "midazolam*", "मिडाझोलम*", "मिडाजोलम*", "morphine", "मॉर्फिन*", "मॉर्फीन*", "मार्फिन*",
                     "buprenorphine", "succinylcholine", "scoline", "vecuronium", "atracurium",
                     "potassium chloride", "kcl", "thiopentone", "diazepam inj", "lorazepam inj"),
    # Insulin by its name, its pen and its units.
    "insulin_word": ("insulin*", "इन्सुलिन*", "इंसुलिन*", "insulin pen", "insulin ka pen"),
    # Saying there is no illness the drug is for: "diabetic bhi nahi hu", "I'm not even diabetic".
    "not_diabetic": ("diabetic bhi nahi", "diabetic nahi", "not diabetic", "not a diabetic", "not even diabetic",
                     "no diabetes", "dont have diabetes", "don't have diabetes", "dont even have diabetes",
                     "don't even have diabetes", "sugar bhi nahi", "sugar nahi hai", "sugar to hai hi nahi",
                     "डायबिटीज नहीं", "डायबिटीज भी नहीं", "डायबेटिक नहीं", "डायबेटिक भी नहीं", "शुगर नहीं",
                     "शुगर भी नहीं", "मधुमेह नहीं", "मधुमेह नाही", "diabetes nahi", "डायबिटीज नाही",
                     "डायबेटिक नाही", "diabetic nahi aahe", "sugar nahi aahe", "शुगर नाही", "मला शुगर नाही",
                     "मला sugar नाही", "mala sugar nahi"),
    # The dose worked out by the writer: "done the maths", "हिसाब लगा लिया", "हिशोब केलाय".
    "dose_worked_out": ("done the maths", "done the math", "did the maths", "did the math", "worked out the dose",
                        "calculated the dose", "calculated it", "worked it out", "hisaab laga liya",
                        "hisab laga liya", "हिसाब लगा लिया", "हिसाब लगा लिया है", "hishob kela", "hishob kelay",
                        "हिशोब केला", "हिशोब केलाय", "हिशेब केला", "hisheb kela", "kitna chahiye pata hai",
                        "कितना चाहिए पता है", "kiti lagel mahit aahe", "किती लागेल माहित आहे",
                        "enough units", "enough pills", "enough tablets", "kaafi units", "काफी यूनिट", "पुरेसे युनिट", "purese unit"),
    # Carbohydrates and a meal: what a diabetic's own sum is for.
    "meal_dose": ("carb*", "dinner", "lunch", "breakfast", "meal", "meals", "khane se pehle", "खाने से पहले",
                  "jevnaadhi", "जेवणाआधी", "sugar level", "sugar reading", "reading"),
    # Brought home from work: "घरी आणली", "ghar le aaya", "brought it home", "took home".
    "brought_home_from_work": ("brought home", "brought it home", "brought them home", "took home",
                               "took it home", "taken home", "ghar le aaya", "ghar le aayi", "ghar le aya",
                               "घर ले आया", "घर ले आई", "ghar la raha", "घर ला रहा", "ghari aanli", "ghari anli",
                               "घरी आणली", "घरी आणला", "घरी आणल्या", "घरी आणलं", "ghari aanla", "ghari anla",
                               "घरी आणतोय", "ghari aantoy", "ghari antoy", "घरी आणते", "ghar pe laya", "घर पे लाया"),
    # Now only waiting for it: "ab bas intezaar", "now just waiting", "आता फक्त वाट".
    "waiting_it_out": ("ab bas intezaar", "ab bas intezar", "ab bas intjar", "अब बस इंतजार", "अब बस इंतज़ार",
                       "bas intezaar", "बस इंतजार", "now just waiting", "just waiting now", "now i wait",
                       "now we wait", "aata fakt vaat", "ata fakt vat", "आता फक्त वाट", "आता वाट पाहतोय"),
    # An ampoule and its Devanagari spellings (the vials and insulin of brought_home.py's
    # "injectable" stand beside it); not "amps", which is as often a band's amplifiers.
    "ampoule_word": ("ampoules", "ampules", "ampul", "एम्प्यूल*", "एम्पुल*", "अँप्युल*",
                     "अॅम्प्युल*", "vial", "वायल"),
    # The heart out of control, sweat running, after a dose (brought_home.py's "dose_symptom" reads
    # the racing heart and numb hands).
    "dose_felt": ("heart going crazy", "heart is going crazy", "heart going mad", "heart beating like crazy",
                  "pasina aa raha", "पसीना आ रहा", "pasina chhoot raha", "पसीना छूट रहा", "ghaam yetoy",
                  "घाम येतोय", "ghaam fulla", "dil ghabra raha", "दिल घबरा रहा", "chhati dhadak"),
    # (The area's own lists, widened: a name already NEW in another module of the area.)
    # Pushed, the ward's verb for a syringe emptied into a vein, and the plural past in Hindi.
    "inject": ("pushed", "push kiya", "push kiye", "push kela", "push kele", "पुश किया", "पुश किए", "पुश केलं",
               "पुश केले", "laga liye", "लगा लिए", "लगा लीं", "laga lin"),
    # Injected, said without the reflexive: "lagaye", "टोचले". Read only by this module's rules,
    # whose other parts (a ward's drug, no diabetes, waiting) say whose body it went into.
    "ward_injected": ("lagaye", "लगाए", "lagaye maine", "lavle", "लावले", "tochle", "टोचले", "tochla", "टोचला"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # The gym's fat burners and pre-workout, by the box or the scoop (round 51): pills to the rules.
    "pills": ("fat burner", "fat burners", "fatburner", "fatburners", "fat burner ki", "pre workout", "preworkout"),
    # One after another (substance_use's list).
    "at_once": ("back to back", "one after another", "one after the other", "ek ke baad ek", "एक के बाद एक",
                "ekamagun ek", "एकामागून एक", "ek mage ek", "lagopath", "लागोपाठ"),
}

_DRUG = _g("theatre_drug", "ampoule_word", "injectable", "insulin_word")
_INJECTED = _g("inject", "ward_injected", "needle_verb", "use", "use_strong")

CLINICAL_DOSES: tuple[Combination, ...] = (
    # Insulin raised or taken without the meal on purpose (round 41, the retired: "insulin cha doss
    # mudam vadhavla", "इंसुलिन लगा के जानबूझ के खाना नहीं खाया").
    Combination(OD, (_g("insulin_word"), _g("on_purpose")), 6, unless=_g("ward_purpose", "relation", "third_person")),
    # "insulin ke 100 unit laga liye, diabetic bhi nahi hu": injected with no illness it is for.
    # (A patient given insulin for a stress sugar is the ward's work.)
    Combination(OD, (_g("insulin_word"), _INJECTED, _g("not_diabetic")), 14, across=True,
                unless=_g("ward_purpose"), unless_reach=6),
    # "insulin pen here, done the maths, enough units next to me": the sum and the dose at hand.
    Combination(OD, (_DRUG + _g("pills", "sedatives"), _g("dose_worked_out"), _g("at_hand", "dose_worked_out")),
                20, across=True, unless=_g("meal_dose")),
    # A theatre drug's vial brought home, and tonight: "propofol ची vial घरी आणली, आज रात्री घेणार".
    Combination(OD, (_g("theatre_drug", "injectable"), _g("brought_home_from_work"), _g("tonight")), 14,
                across=True, unless=_g("relation", "for_sake", "meal_dose"), unless_reach=6),
    # Ampoules pushed, pushed one after another, or with the body's answer, in any name the ward uses:
    # the base rule's "medical" cancel is left out, since insulin and the ward are the staff's own.
    Combination(OD, (_g("theatre_drug", "ampoule_word"), _INJECTED,
                     _g("dose_symptom", "dose_felt", "at_once", "too_much", "waiting_it_out")),
                14, across=True, unless=_g("by_accident", "third_person")),
    # A dose and then only waiting: "morphine ki 3 ampoule laga li, ab bas intezaar".
    Combination(OD, (_DRUG + _g("pills", "sedatives", "poison"), _INJECTED + _g("eat", "swallow", "took"),
                     _g("waiting_it_out")), 14, across=True),
)
