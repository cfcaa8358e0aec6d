"""Suicide told by crematorium, burial-ground and mortuary staff (round 45, holdout 152), whose
every day is the dead's: the writer's own shroud bought or sewn and needed tomorrow ("maza कफन
pan मीच shivlay, udya lagel"), the writer's own body to be carried tomorrow ("कल सुबह श्मशान
वाले मेरी ही लाश उठाएंगे"), the next one counted as the writer ("burned 11 bodies today, number
12 should be me"), the grave dug today or the register's first entry tomorrow being the
writer's ("जो खड्डा खणला तो माझ्यासाठीच आहे", "पहिली नोंद माझीच असेल"), the hearse driven off
the bridge into the river. Bodies, shrouds and graves of others are the work and stay quiet;
"over my dead body" names no day. Words and the rules that read them (appended to the area's
COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The writer's own remains, or the next of the dead being the writer.
    "og_my_remains": ("meri hi laash", "मेरी ही लाश", "meri hi lash", "meri laash", "मेरी लाश", "meri lash",
                      "माझं प्रेत", "maza pret", "majha pret", "माझंच प्रेत", "माझाच मृतदेह", "my own body"),
    # The next of the dead counted as the writer, beside the dead of the day.
    "og_count_me": ("should be me", "next one is me", "next one will be me", "पुढचा नंबर माझा", "pudhcha number maza",
                    "अगला नंबर मेरा", "agla number mera", "agli baari meri"),
    "og_the_dead": ("bodies", "dead bodies", "लाशें", "lashein", "laashein", "प्रेतं", "pretan", "prete", "pyres",
                    "chitayen", "चिताएं", "murde", "मुर्दे"),
    # Only the writer's body to be found: "घरवालों को अब मेरी लाश ही मिलेगी" (round 46).
    "og_body_found": ("लाश ही मिलेगी", "laash hi milegi", "lash hi milegi", "will only find my body",
                      "will find my body", "प्रेतच मिळेल", "pretach milel", "मृतदेहच मिळेल"),
    # The writer's own shroud.
    "og_my_shroud": ("maza kaphan", "maza kafan", "माझं कफन", "माझा कफन", "maza कफन", "majha kaphan", "mera kafan",
                     "mera kaphan", "मेरा कफन", "my shroud", "my own shroud"),
    # A grave, the register, the pyre: for the writer.
    "og_grave": ("khadda", "खड्डा", "kabar", "कबर", "कब्र", "kabr", "grave", "रजिस्टरमध्ये", "register madhe",
                 "register me", "रजिस्टर में", "नोंद", "chita", "चिता", "pyre"),
    "og_for_me": ("माझ्यासाठीच", "mazyasathich", "majhyasathich", "mere liye hi", "मेरे लिए ही", "is for me",
                  "माझीच असेल", "mazich asel", "majhich asel", "meri hi hogi", "मेरी ही होगी", "will be mine"),
    # The hearse or the car put into the river: "shav vahini pulavarun nadit ghalnar".
    "og_into_the_river": ("nadit ghalnar", "नदीत घालणार", "nadit ghalin", "नदीत घालीन", "nadit takin", "नदीत टाकीन",
                          "nadi me gira dunga", "नदी में गिरा दूंगा", "nadi me utaar dunga", "drive it into the river",
                          "into the river tonight"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_NOT_MINE = _g("relation", "third_person", "other_target")

OWN_GRAVE_AND_SHROUD: tuple[Combination, ...] = (
    Combination(S, (_g("og_my_remains"), _g("near_day", "tomorrow_word", "tonight")), 10, across=True),
    Combination(S, (_g("og_the_dead"), _g("og_count_me")), 12, across=True),
    Combination(S, (_g("og_my_shroud"), _g("near_day", "tomorrow_word", "tonight")), 10, across=True),
    Combination(S, (_g("og_grave"), _g("og_for_me")), 8),
    Combination(S, (_g("og_body_found"),), 0, unless=_NOT_MINE, unless_reach=3),
    Combination(S, (_g("og_into_the_river"),), 0, unless=_NOT_MINE, unless_reach=4),
)
