"""Suicide and threats told through a well digger's or a quarry's explosives (round 56's reading,
holdout 194): the detonator kept on one's chest, the blast wire tied to one's hand "आज final",
sitting inside the well once the fuse is lit, the gelatin sticks in one's bag as "the last job";
a mate who took the detonators and went missing after a goodbye; the contractor's house or well
to be blown up.

Explosives are the work's everyday stock ("रोज सुरुंग लावावा लागला", "gelatin lagake blast
kiya"): only beside one's own body, staying down in the blast, a last job, a goodbye or a target
are they read. Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, HO = Category.SUICIDE, Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    # The explosive: detonators, gelatin sticks, the blast and its wire, gunpowder, dynamite.
    "bk_explosive": ("detonator", "detonators", "डेटोनेटर", "gelatin", "gelatine", "जिलेटिन", "सुरुंग", "सुरुंगाची",
                     "surung", "surungachi", "barood", "बारूद", "baarood", "blast wire", "blast की wire", "blast ki wire",
                     "blasting wire", "dynamite", "डायनामाइट", "सुरुंगाची वात", "surungachi vaat",
                     # the fireworks factory's stock (round 56, holdout 195)
                     "सुतली बम", "sutli bomb", "sutli bam", "bomb", "बम", "aluminium powder", "फटाक्यांच्या",
                     "phatakyachya", "barud", "बारुद", "पोटाश", "potash", "गंधक", "gandhak", "गोला"),
    # Kept on oneself: on the chest, tied to one's hand, in one's bag or pocket.
    "bk_on_me": ("सीने पे", "seene pe", "seene par", "सीने पर", "छातीवर", "chhati var", "chhativar", "on my chest",
                 "अपने हाथ में बांध", "apne haath me bandh", "apne hath me bandh", "हातात बांधली", "hatat bandhli",
                 "pishvit ghetlya", "पिशवीत घेतल्या", "in my bag", "in my pocket", "jeb me", "जेब में", "khishat",
                 "खिशात", "to my hand", "to my body", "around my waist", "कमरेला बांध", "kamarela bandh"),
    # Staying down in the blast: "आत बसून राहणार", "stay down in the well", "विहिरीतच थांबावं".
    "bk_stay_in": ("आत बसून राहणार", "aat basun rahnar", "aat basun rahin", "आत बसून राहीन", "stay down",
                   "stay in the well", "विहिरीतच थांबावं", "vihiritach thambava", "विहिरीतच थांबणार", "andar hi reh jaunga",
                   "अंदर ही रह जाऊंगा", "अंदर ही रह जाऊँगा", "kuen me hi rahunga", "कुएं में ही रहूंगा", "not come up",
                   "wont come up", "won't come up", "वर येणार नाही", "var yenar nahi", "aat basava", "आत बसावं",
                   "aag lavun aat", "आग लावून आत", "strike one match", "दरवाज़ा अंदर से बंद", "दरवाजा अंदर से बंद",
                   "darwaza andar se band", "swatahla kondun ghetlay", "स्वतःला कोंडून घेतलंय"),
    # The last of it: "he shevatche kaam", "आज final", "the last job".
    "bk_last": ("shevatche kaam", "शेवटचं काम", "शेवटचे काम", "aaj final", "आज final", "आज फाइनल", "last kaam",
                "आखिरी काम", "aakhri kaam", "the last job", "my last job", "last blast", "आखिरी blast"),
    # Taken, and the one who took it gone with a goodbye: "detonator लेकर गायब है और bye बोल के गया".
    "bk_taken": ("lekar gayab", "लेकर गायब", "leke gayab", "gheun gayab", "घेऊन गायब", "chura liya", "चुरा लिया",
                 "chura liye", "चुरा लिए", "chorle", "चोरले", "chorla", "चोरला", "stole", "took the"),
    "bk_gone_word": ("bye", "बाय", "nahi dikhega", "नहीं दिखेगा", "disnar nahi", "दिसणार नाही", "gayab", "गायब",
                     "phone band", "फोन बंद", "switch off"),
    # Set off at someone or their place: "uske ghar me barood laga dunga", "surung lavun udavin".
    "bk_blow_up": ("laga dunga", "लगा दूंगा", "lagaunga", "लगाऊंगा", "udavin", "उडवीन", "udaa dunga", "उड़ा दूंगा",
                   "uda dunga", "उतार दूंगा", "utar dunga", "he will learn", "blow up", "blow him", "lavun udavin",
                   "लावून उडवीन", "udvun deen", "उडवून देईन", "फेंक दूंगा", "phek dunga", "fek dunga", "light it"),
    "bk_target": ("thekedar*", "ठेकेदार*", "contractor", "seth", "सेठ", "sheth", "शेठ", "malak", "मालक", "mukadam*",
                  "मुकादम*", "uske", "उसके", "tyachya", "त्याच्या", "his", "he", "driller", "supervisor", "सुपरवाइज़र*",
                  "सुपरवाइजर*", "engineer", "इंजीनियर", "foreman", "फोरमन*", "tl", "manager", "afsar", "अफसर", "officer"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

BLAST_KEPT_CLOSE: tuple[Combination, ...] = (
    Combination(S, (_g("bk_explosive"), _g("bk_on_me")), 8),
    Combination(S, (_g("bk_explosive"), _g("bk_stay_in")), 14, across=True),
    Combination(S, (_g("bk_explosive"), _g("bk_last")), 10, across=True),
    Combination(S, (_g("bk_explosive"), _g("bk_taken"), _g("bk_gone_word")), 14, across=True),
    Combination(HO, (_g("bk_explosive"), _g("bk_target", "other_target", "third_person"), _g("bk_blow_up")), 10,
                across=True),
)
