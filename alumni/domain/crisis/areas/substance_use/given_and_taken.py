"""Using again told as something handed over and taken (round 14): a friend's pill or drink
given and the writer's taking it ("ek ladke ne goli di, maine kha li", "yaar ne ek goli di, maine le li",
"मित्राने गोळी दिली, मी घेतली", "a friend gave me a pill and i took it"), and the writer's few after
the others opened the bottles ("the cousins opened bottles and i had a few").

Who gives it matters: friends, the boys, someone at the vigil; a mother, a wife, a doctor or a
chemist giving a pill is care, and so is a pill for a headache or a fever. The writer's few
after the bottles is no drink when it is a soft one or food ("and i had some juice"). A pill
given and refused ("par maine nahi khayi") is cancelled by its negation. Words and the rules
that read them (appended to the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # The friends as the ones who gave: the agent forms, and English's subjects.
    "friend_gave": ("dost ne", "दोस्त ने", "dosto ne", "doston ne", "दोस्तों ने", "yaar ne", "यार ने",
                    "yaaron ne", "यारों ने", "mitrane", "मित्राने", "mitra ne", "mitranni", "मित्रांनी",
                    "sathi ne", "साथी ने", "kisi ne", "किसी ने", "ladke ne", "लड़के ने", "ladkon ne", "लड़कों ने",
                    "bande ne", "बंदे ने", "bhai log ne", "kunitari", "कुणीतरी", "konitari", "कोणीतरी", "poranni",
                    "पोरांनी", "a friend", "my friend", "friends", "a buddy", "my buddy", "someone", "somebody",
                    "a guy", "some guy", "the boys"),
    # Handed over: "di", "dili", "gave me", "handed me", "passed me".
    "handed": ("di", "दी", "diya", "दिया", "de di", "दे दी", "de diya", "दे दिया", "dili", "दिली", "dila",
               "दिला", "dile", "दिले", "gave me", "handed me", "passed me", "offered me", "gave", "handed",
               "pakdayi", "पकड़ाई", "thama di", "थमा दी", "haatat dili", "हातात दिली"),
    # Whoever's giving is care, or what the pill is for.
    "carer": ("mummy", "mummy ne", "mumma", "mom", "mother", "aaine", "आईने", "maa ne", "मां ने", "माँ ने",
              "papa", "पापा", "wife", "biwi", "बीवी", "patni", "पत्नी", "bayko", "बायको", "baykone", "बायकोने",
              "husband", "navryane", "नवऱ्याने", "nurse", "नर्स", "doctor", "डॉक्टर", "dr", "chemist",
              "pharmacist", "vaidya", "वैद्य", "hakim", "compounder"),
    "ailment": ("sir dard", "सिर दर्द", "sar dard", "headache", "dokedukhi", "डोकेदुखी", "fever", "bukhar",
                "बुखार", "taap", "ताप", "pet dard", "पेट दर्द", "potdukhi", "पोटदुखी", "acidity", "gas", "गैस",
                "sardi", "सर्दी", "khansi", "खांसी", "cough", "pain", "dard", "दर्द", "vomiting",
                "ulti", "उल्टी", "jhopesathi", "allergy", "meethi", "मीठी", "khatti", "खट्टी", "hajmola",
                "pudina", "mint", "candy", "toffee", "टॉफी", "chocolate"),
    # What else one has a few of: the sweets and the snacks passed round.
    "snack": ("sweets", "snacks", "samosa*", "biscuit*", "chips", "cake", "pakod*", "pakor*", "jalebi*",
              "kachori*", "bites", "slices", "cookies", "chakli", "chivda", "chiwda", "namkeen", "नमकीन"),
    # The writer's own few after the others' bottles.
    "had_some": ("i had a few", "i had some", "i had one", "i had a couple", "i had two", "i had a little",
                 "i had a bit", "i had a glass", "i had a sip", "i had a peg", "i had a drink",
                 "had a few myself", "had some myself", "i took a few", "i took some"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_TAKEN = ("eat", "took", "use", "take_any", "down_it", "swallow", "pill_use", "drank")

GIVEN_AND_TAKEN: tuple[Combination, ...] = (
    # "कोणीतरी गोळी दिली, मी खाल्ली", "a friend gave me a pill and i took it".
    Combination(RE, (_g("friend_gave"), _g("handed"), _g("pills", "pill_count") + ANY, _g(*_TAKEN)), 5,
                unless=_g("carer", "ailment", "medical", "prescribed", "illness", "beverage", "food")),
    # "the cousins opened bottles and i had a few".
    Combination(RE, (ANY + ("alcohol_maybe", "bottle_word", "measure"), _g("had_some")), 6, order=True,
                unless=_g("beverage", "own_drink", "food", "sitting_for", "snack", "pills", "cough_medicine",
                          "medical")),
)
