"""A chemical's glass filled and kept, a poison for tonight's drinking, and threats of the chemical
and the locked tunnel (the reading of rounds 76-77: e-waste dismantlers, block printers and dyers,
mushroom farms, fire brigades, street performers, docks):

- the work's chemical poured into a glass and kept: "फॉर्मलिनचा ग्लास भरून ठेवलाय";
- the pest poison brought and to be drunk tonight: "keede maar dawa laya tha, aaj raat wahi peeni
  hai"; the field's poison drunk in the Marathi of the villages ("कीटकनाशक पिलोय");
- a man to be burnt with the chemical: "bhavala formalin takun jalvin ata";
- a man to be locked in and left to the gas: "एजंटला टनेलमध्ये कोंडून ठेवीन, गॅसने मरू दे";
- a fuel or a poison before the writer, to be drunk tonight: "diesel ki bottle saamne rakhi hai, aaj raat
  pi jaunga";
- the crane's hook, the trailer, the gas cutter or the chemical to a man's body or face: "udya crane cha
  hook tyachya angavar sodto", "next time im taking the gas cutter to his face", "throw formalin on the
  contractors face".

A chemical measured for the vats and a tunnel shut for the compost's steaming stay quiet: no glass
kept, no night's drinking, nobody named to be burnt or shut in.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

OD, HO = Category.OVERDOSE, Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    # Formalin with Marathi's "of" glued on (widens poisons_named.py's chemical).
    "pn_work_chemical": ("फॉर्मलिनचा", "फॉर्मलिनची", "फॉर्मलिनचं", "formalincha", "formalinchi", "फॉर्मेलिनचा"),
    # A glass filled with it, to be kept.
    "fg_glass_filled": ("ग्लास भरून", "glass bharun", "glass bhar ke", "गिलास भर के", "glass bharke", "filled a glass",
                        "poured a glass", "ग्लास भरला", "glass bharla"),
    # To be burnt: "jalvin", "जला दूंगा", "petvin".
    "fg_burn_him": ("jalvin", "जाळवीन", "जाळीन", "jalin", "jaleen", "jala dunga", "जला दूंगा", "jala dungi",
                    "जला दूंगी", "petvin", "पेटवीन", "petavin", "पेटवेन", "burn him", "burn her"),
    # Locked in by the writer: "कोंडून ठेवीन", "andar band kar dunga".
    "fg_lock_him_in": ("कोंडून ठेवीन", "kondun thevin", "कोंडून ठेवेन", "kondun theven", "kondun thevnar",
                       "कोंडून ठेवणार", "अंदर बंद कर दूंगा", "andar band kar dunga", "lock kar dunga",
                       "लॉक कर दूंगा", "lock him in", "lock her in"),
    # To be drunk tonight: "peeni hai", "pi jaunga".
    "fg_drink_tonight": ("peeni hai", "पीनी है", "pi jaunga", "पी जाऊंगा", "pee jaunga", "pinar ahe", "पिणार आहे",
                         "pinar", "पिणार", "will drink it", "going to drink it"),
    "fg_fuel": ("diesel", "डीजल", "डिझेल", "petrol", "पेट्रोल", "kerosene", "rockel", "रॉकेल", "मिट्टी का तेल"),
    # To a man's body or face: "tyachya angavar", "to his face".
    "fg_on_his_body": ("त्याच्या अंगावर", "tyachya angavar", "tyachya angaavar", "uske upar", "उसके ऊपर", "on his face",
                       "to his face", "contractors face", "his face", "on his car with him", "उसके मुंह पर",
                       "uske muh pe"),
    # On the body of the man named before it: "मुकादमच्या अंगावर".
    "fg_body_of": ("अंगावर", "angavar", "angaavar"),
    "fg_heavy_or_hot": ("hook", "हुक", "ट्रेलर", "trailer", "gas cutter", "गॅस कटर", "box", "container", "कंटेनर",
                        "formalin", "acid", "tezaab", "तेज़ाब", "तेजाब", "एसिड"),
}

# Marathi "पिलोय" (have drunk), the villages' form (widens drinking_slang.py's word).
EXTENDS: dict[str, tuple[str, ...]] = {
    "drank_pilo": ("पिलोय", "piloy", "पिलंय", "pilay"),
}

FORMALIN_GLASS_AND_THE_LOCKED_TUNNEL: tuple[Combination, ...] = (
    Combination(OD, (_g("pn_work_chemical", "poison", "farm_poison", "tod_acid", "tb_acid"), _g("fg_glass_filled")), 6,
                unless=_g("pn_work_purpose", "beverage")),
    Combination(OD, (_g("poison", "farm_poison"), _g("tonight"), _g("drink_verb", "drank_pilo", "pn_to_drink")), 12,
                across=True, unless=_g("spraying", "medicine_sprayed")),
    Combination(OD, (_g("poison", "farm_poison"), _g("drank_pilo")), 4),
    Combination(HO, (_g("other_target", "relation"), _g("pn_work_chemical", "poison", "tod_acid", "tb_acid"),
                     _g("fg_burn_him")), 8),
    Combination(HO, (_g("fg_lock_him_in"), _g("bp_let_him_die", "die", "kg_gas")), 10, across=True),
    Combination(OD, (_g("fg_fuel", "poison", "farm_poison", "pn_work_chemical"), _g("tonight"), _g("fg_drink_tonight")),
                12, across=True),
    Combination(HO, (_g("fg_on_his_body"), _g("fg_heavy_or_hot")), 6),
    Combination(HO, (_g("other_target", "relation", "named_target"), _g("fg_body_of"), _g("fg_heavy_or_hot")), 6,
                order=True),
)
