"""The kettle and the musth (the reading of rounds 126-127's threats): "I'll see to him with the knife", the
tea man's boiling kettle "I'll pour it on him", the new mahout "pushed in front of the elephant in musth", "let
him get crushed", "I know where he patrols alone. He won't come back".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "uy_knife_seen_to": ("चाकूने बघतो", "chakune baghto", "chakune bagto", "चाकूने बघून घेतो", "chakune baghun gheto",
                         "चाकू से देख लूंगा", "chaku se dekh lunga", "chaaku se dekh lunga", "churi se dekh lunga",
                         "छुरी से देख लूंगा"),
    "uy_on_him": ("उसी पर", "उस पर", "us par", "us pe", "uspe", "uspar", "उसपे", "uske upar", "उसके ऊपर", "ke upar", "के ऊपर", "uske munh",
                  "उसके मुंह", "त्याच्यावर", "tyachyavar", "tyachya tondavar", "त्याच्या तोंडावर", "on him",
                  "on his face", "in his face"),
    "uy_will_pour": ("डाल दूंगा", "daal dunga", "dal dunga", "फेंक दूंगा", "phenk dunga", "ओतेन", "otin", "ओतणार",
                     "otnar", "will pour", "throw it", "ओतून देईन", "otun dein"),
    "uy_crushed": ("let him get crushed", "let him be crushed", "kuchal jaane do", "कुचल जाने दो", "कुचलने दो",
                   "kuchalne do", "chirdun jau de", "चिरडून जाऊ दे", "chirdu de", "चिरडू दे", "trample him"),
    "uy_just_a_game": ("exam", "match", "game", "competition", "election", "debate", "business"),
    "uy_push_will": ("dhakalnar", "ढकलणार", "dhakalun denar", "ढकलून देणार", "dhakel dunga", "धकेल दूंगा",
                     "dhakka de dunga", "धक्का दे दूंगा", "push him", "shove him"),
    "uy_in_front_of": ("samor", "समोर", "samne", "सामने", "in front of", "hattisamor", "हत्तीसमोर", "hathi ke samne",
                       "हाथी के सामने", "under the"),
    "uy_know_where": ("i know where he", "i know where she", "mujhe pata hai wo kahan", "मुझे पता है वो कहाँ",
                      "मुझे पता है वो कहां", "mala mahit aahe to kuthe", "मला माहीत आहे तो कुठे",
                      "mala mahit ahe to kuthe"),
    "uy_he_wont_return": ("he wont come back", "he won't come back", "he will not come back", "wo wapas nahi aayega",
                          "वो वापस नहीं आएगा", "to parat yenar nahi", "तो परत येणार नाही", "zinda wapas nahi"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

KETTLE_AND_THE_MUSTH: tuple[Combination, ...] = (
    Combination(HO, (_g("uy_knife_seen_to"),)),
    Combination(HO, (_g("scalding", "bp_hot_oil", "oc_hot_oil"), _g("uy_on_him"), _g("uy_will_pour")), 8),
    Combination(HO, (_g("uy_crushed"),), unless=_g("uy_just_a_game"), unless_reach=8),
    # Whom: the push of a stalled truck names no one ("gaadi band padli, truck samor dhakalnar hoto").
    Combination(HO, (_g("other_target", "dz_him"), _g("uy_push_will"), _g("uy_in_front_of")), 6),
    Combination(HO, (_g("uy_know_where"), _g("uy_he_wont_return")), 20, across=True),
)
