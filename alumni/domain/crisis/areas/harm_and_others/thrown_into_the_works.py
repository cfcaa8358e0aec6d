"""Harm to others told as a man to be drowned, thrown, pushed or buried in a place of the works
(the second reading of rounds 58-59): "supervisor ne parat haat uchalla tar tyala quenching tank
madhe budavto", "ज्याने टिप दिली त्याला उद्या उचलून नदीत फेकतो", "मुकादमानं परत हात उचलला तर
त्याला स्लॅबखाली गाडीन", "tyala vaghachya pinjryat dhakalto", "पाटलाचा पोरगा ... तर त्याला
धबधब्यात बुडवतो".

The man is the object ("त्याला", "tyala", "usko"), the verb the writer's own, and the place one
a man does not come out of. A ball thrown to him, his car pushed, rubbish thrown in the river or
colour on him at Holi stay quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    # Drowned by the writer: "budavto", "डुबो दूंगा".
    "tw_drown": ("budavto", "बुडवतो", "budvin", "बुडवीन", "budvel", "budavin", "बुडवेन", "budavnar", "बुडवणार",
                 "dubo dunga", "डुबो दूंगा", "डुबो दूँगा", "dubaunga", "डुबाऊंगा", "dubo ke marunga",
                 "drown him", "drown that"),
    # A place of the works or the wild a man is put into: the tank, the furnace, the cage, the
    # river, the falls, under the slab.
    "tw_into_place": ("tank madhe", "tankit", "टाकीत", "टँकमध्ये", "tank me", "टैंक में", "bhattit", "भट्टीत",
                      "bhatti me", "भट्टी में", "furnace me", "furnace madhe", "furnace मध्ये", "pinjryat",
                      "पिंजऱ्यात", "pinjre me", "पिंजरे में", "enclosure me", "darit", "दरीत",
                      "khai me", "खाई में", "slab khali", "स्लॅबखाली", "slab ke neeche", "स्लैब के नीचे",
                      "nadit", "नदीत", "nadi me", "नदी में", "vihirit", "विहिरीत", "kuen me", "कुएं में",
                      "dhabdhabyat", "धबधब्यात", "jharne me", "झरने में", "dharnat", "धरणात", "khadit", "खाडीत",
                      "gutarat", "गटारात", "nale me", "नाले में"),
    # What is thrown, pushed or thrown on him in play or at work.
    "tw_harmless": ("ball", "बॉल", "chendu", "चेंडू", "gend", "गेंद", "kachra", "कचरा", "garbage", "rang", "रंग",
                    "gulal", "गुलाल", "phool", "फूल", "jaal", "जाळ", "net", "gaadi", "गाडी", "car", "bike", "madat",
                    "मदत", "help", "rope", "dori", "दोरी", "catch"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

THROWN_INTO_THE_WORKS: tuple[Combination, ...] = (
    Combination(HO, (_g("other_target"), _g("tw_into_place", "water_body"),
                     _g("tw_drown", "throw", "bp_push_future", "tb_push", "dd_bury")), 6, order=True,
                unless=_g("tw_harmless", "laugh"), unless_reach=3),
    Combination(HO, (_g("other_target"), _g("tw_drown")), 4, order=True, unless=_g("tw_harmless", "laugh")),
)
