"""Suicide told through a dangerous animal in its cage, box or enclosure, gone into unguarded (the
third reading of rounds 58-59, snake rescuers and zoo keepers): "कल शेर के बाड़े का गेट खोल के अंदर चला
जाऊँगा", "बिबट्याच्या पिंजऱ्याचं कुलूप उघडून आत बसावं वाटतंय", "udya nagacha box ughda thevun
zopnar", "tomorrow i go into the krait box without the hook".

A keeper goes into the enclosure every day to clean and to feed, with the team and the hook: the
chore, the food, the vet or the team beside it keep it quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The animal that kills: the big cats, the venomous snakes.
    "wa_beast": ("tiger", "tigers", "sher", "शेर", "वाघ", "vagh", "vaagh", "वाघाच्या", "vaghachya", "bibtya",
                 "बिबट्या", "बिबट्याच्या", "bibtyachya", "leopard", "lion", "cobra", "krait", "ghonas", "घोणस",
                 "घोणसाचा", "nagacha", "नागाचा", "naagacha", "viper", "russell", "मण्यार",
                 "crocodile", "magarmach", "मगरमच्छ"),
    # Its cage, box or enclosure.
    "wa_its_place": ("enclosure", "बाड़े", "bade", "baade", "pinjra", "पिंजरा", "पिंजऱ्याचं",
                     "पिंजऱ्यात", "pinjryat", "pinjre", "पिंजरे", "cage", "box", "बॉक्स", "kraal"),
    # Gone into unguarded: the gate or lock opened and in, the box left open, without the hook.
    "wa_in_unguarded": ("gate khol ke andar", "गेट खोल के अंदर", "khol ke andar", "खोल के अंदर", "उघडून आत",
                        "ughdun aat", "aat basava", "आत बसावं", "aat basnar", "आत बसणार", "ughda thevun",
                        "उघडा ठेवून", "ughda thevun zopnar", "without the hook", "without hook", "hook shivay",
                        "हुकशिवाय", "bina hook", "बिना हुक", "andar chala jaunga", "अंदर चला जाऊँगा",
                        "अंदर चला जाऊंगा", "utarne ka khayal", "उतरने का ख्याल", "go into the", "walk into the",
                        "step into the"),
    # The day's work there: cleaning, feeding, the vet, the team.
    "wa_work": ("saaf", "साफ", "safai", "सफाई", "clean", "cleaning", "feeding", "feed", "khana", "खाना", "jevan",
                "जेवण", "vet", "doctor", "डॉक्टर", "team", "टीम", "rescue kiya", "release", "सोडला", "sodla"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

WILD_ANIMAL_AS_THE_MEANS: tuple[Combination, ...] = (
    Combination(S, (_g("wa_beast"), _g("wa_its_place"), _g("wa_in_unguarded")), 10, across=True,
                unless=_g("wa_work", "laugh"), unless_reach=4),
    Combination(S, (_g("wa_its_place"), _g("wa_beast"), _g("wa_in_unguarded")), 10, across=True,
                unless=_g("wa_work", "laugh"), unless_reach=4),
)
