"""Using again told the way a family phone tells it (round 13, holdout 36): the object left
out of a verb begun again ("phir se lene laga", "आम्ही परत घ्यायला लागलोय", "started taking
it again"), a slip named as a thing that happened ("slip jhala, parat suru", "kal slip ho
gaya, sorry"), and the pegs counted by their size ("i had 3-4 large ones", "do large ho
gaye").

The first person may be the honorific or plural one ("hum", "आम्ही", "we"): the verb is read,
not the pronoun. Taking begun again with something else named beside it (a medicine, a
meal, a class) stays quiet, and so does a slip with a fall's place or body part ("bathroom
madhe slip jhala, parat paay dukhtoy"). Words and the rules that read them (appended to the
area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # Taking begun, with the object left out as the drink is: the Hindi "-ne laga" and the
    # Marathi "-ायला लागलो" of taking, any person or number.
    "took_up": ("lene laga", "lene lagi", "lene lage", "lene lagaa", "lene lagey", "लेने लगा", "लेने लगी",
                "लेने लगे", "lena shuru", "lena suru", "लेना शुरू", "lene shuru", "ghyayla lag*", "ghyaayla lag*",
                "gyayla lag*", "घ्यायला लाग*", "ghyayla suru", "घ्यायला सुरू", "घ्यायला सुरु", "ghyaych suru",
                "started taking", "started using", "start taking", "begun taking", "began taking",
                "taking it again", "using it again"),
    # What else is taken up again: a breath, a class, a loan, leave, a name, an interest.
    "taken_object": ("saans", "sans", "सांस", "साँस", "shwas", "shvas", "श्वास", "swas", "breath", "breaths",
                     "tuition", "tution", "ट्यूशन", "शिकवणी", "classes", "class", "lessons", "loan", "लोन", "karz",
                     "karja", "कर्ज", "कर्ज़", "udhar", "उधार", "rent", "kiraya", "किराया", "bhade", "भाडे",
                     "chutti", "छुट्टी", "sutti", "सुट्टी", "leave", "aaram", "आराम", "rest", "naam", "नाम", "nav",
                     "नाव", "interest", "dilchaspi", "दिलचस्पी", "maze", "मज़े", "मजे", "maja", "मजा", "photo",
                     "photos", "फोटो", "selfie", "admission", "ॲडमिशन", "एडमिशन", "orders", "order", "ऑर्डर",
                     "session", "sessions", "meeting", "interviews", "calls", "kaam", "काम", "kam", "paise",
                     "पैसे", "pagar", "पगार", "salary", "tension", "टेंशन", "tenshan", "dhyan", "ध्यान",
                     "yoga", "योग", "walk", "walks", "notes", "nots"),
    # A slip named as a thing that happened: "slip jhala", "slip ho gaya", "एक स्लिप झाला".
    "slip_said": ("slip jhala", "slip zala", "slip zhala", "slip jhali", "slip zali", "slip jala",
                  "slip ho gaya", "slip ho gya", "slip ho gayi", "slip ho gai", "slip hua", "slip hui",
                  "स्लिप झाला", "स्लिप झाली", "स्लिप हो गया", "स्लिप हो गई", "स्लिप हुआ", "slip kela"),
    # Where one slips and falls: a floor, stairs, mud, the rain, a vehicle, a leg.
    "fall_place": ("bathroom", "बाथरूम", "floor", "farshi", "फरशी", "farsh", "फर्श", "stairs", "steps",
                   "sidhi", "सीढ़ी", "सीढी", "jina", "जिना", "payri", "पायरी", "tiles", "tile", "road",
                   "kichad", "कीचड़", "chikhal", "चिखल", "paus", "पाऊस", "barish", "बारिश", "rain", "bike",
                   "gaadi", "gadi", "गाडी", "गाड़ी", "pair", "पैर", "paay", "पाय", "leg", "foot", "ankle",
                   "haath", "हात", "हाथ", "moch", "मोच", "ice", "pen", "tongue", "zuban", "जुबान", "jeebh",
                   "जीभ", "mind", "dimag", "दिमाग"),
    # A peg by its size: "large", "patiala".
    "peg_size": ("large ones", "larges", "large peg*", "large pe*", "लार्ज", "patiala peg*", "पटियाला पेग*",
                 "small peg*", "smalls"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

TAKEN_UP_AGAIN: tuple[Combination, ...] = (
    # "phir se lene lage hain", "परत घ्यायला लागलोय", "started taking again": begun again,
    # nothing else named as what is taken.
    Combination(RE, (_g("again", "again_strict"), _g("took_up")), 1,
                unless=_g("pills", "medical", "beverage", "food", "task", "sitting_for", "prescribed", "taken_object")),
    # "slip jhala, parat suru", "kal slip ho gaya": a slip beside again, a time or a count.
    Combination(RE, (_g("slip_said"), _g("again", "again_strict", "started", "time", "period", "apology",
                                         "regret")), 6, across=True, unless=_g("fall_place")),
    # "i had 3-4 large ones", "do large peg".
    Combination(RE, (_g("small_count", "few_number", "a_one"), _g("peg_size")), 1, order=True,
                unless=_g("beverage", "food", "sitting_for")),
)
