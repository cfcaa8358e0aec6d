"""The spanner and the slab plate (the harm of rounds 118-119: dam staff, bar-benders, water-jar delivery
men, steel-utensil hands):

- "I'll sink the moneylender's boat with him in it"; "next time I'll cut him with the bar cutter"; "I'll
  smash the saheb with a spanner tomorrow" ("spanner ne fodun kadhnar"); "I'll mix chlorine in his water
  bottle"; "he won't drive again after I finish with him"; the slab's plate dropped "on him" ("त्याच्या
  अंगावर ... पाडणार").

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "sl_with_him_in_it": ("with him in it", "with her in it", "usko andar rakh ke", "उसको अंदर रख के",
                          "त्याला आत ठेवून", "tyala aat thevun"),
    "sl_sink_or_burn": ("sink", "डुबो दूंगा", "dubo dunga", "बुडवून टाकतो", "budvun takto", "burn", "जला दूंगा",
                        "jala dunga", "जाळून टाकतो", "jalun takto"),
    "sl_cut_him": ("cut him", "cut them", "usko kaat dunga", "उसको काट दूंगा", "त्याला कापीन", "tyala kapin",
                   "त्याला कापतो", "tyala kapto"),
    "sl_cutter": ("bar cutter", "cutter", "कटर", "chopper", "कोयता", "koyta", "सुरा", "sura"),
    "sl_smash_will": ("fodun kadhnar", "फोडून काढणार", "phod dunga", "फोड़ दूंगा", "tod dunga", "तोड़ दूंगा",
                      "smash his", "smash him", "ठोकून काढणार", "thokun kadhnar"),
    # (the spanner, the wrench and the hammer are the self-harm area's br_tool)
    "sl_rod": ("rod", "रॉड", "सळई", "salai"),
    "sl_in_his": ("in his water", "in his food", "in his bottle", "in his tea", "uske khane me", "उसके खाने में",
                  "uske paani me", "उसके पानी में", "त्याच्या जेवणात", "tyachya jevnat", "त्याच्या पाण्यात",
                  "tyachya panyat"),
    "sl_poison_mixed": ("chlorine", "क्लोरीन", "hypochlorite", "bleach", "ब्लीच", "poison", "zeher", "ज़हर", "जहर",
                        "vish", "विष", "मिला दूंगा", "mila dunga"),
    "sl_finish_with_him": ("after i finish with him", "when i finish with him", "i finish with him",
                           "usko nipta dunga", "उसको निपटा दूंगा", "त्याला निपटवतो", "tyala niptavto"),
    "sl_never_again_him": ("wont drive again", "won't drive again", "wont walk again", "won't walk again",
                           "chal nahi payega", "चल नहीं पाएगा", "chalu shaknar nahi", "चालू शकणार नाही"),
    "sl_boss_object": ("sahebala", "साहेबाला", "shethla", "शेठला", "sethla", "mukadamala", "मुकादमाला",
                       "supervisorla", "सुपरवायझरला", "thekedarla", "ठेकेदारला"),
    "sl_on_him": ("त्याच्या अंगावर", "tyachya angavar", "uske upar", "उसके ऊपर", "on him", "on his head"),
    "sl_drop_will": ("पाडणार", "padnar", "gira dunga", "गिरा दूंगा", "टाकणार", "taknar", "drop it", "drop the"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

# The groups above that name the one threatened: where the same words also read as suicide, they keep the
# reading as harm to others (alumni.domain.crisis.rules).
NAMED_TARGETS = frozenset({"sl_with_him_in_it", "sl_in_his", "sl_on_him", "sl_cut_him", "sl_boss_object"})

SPANNER_AND_THE_SLAB_PLATE: tuple[Combination, ...] = (
    Combination(HO, (_g("sl_with_him_in_it"), _g("sl_sink_or_burn")), 8),
    Combination(HO, (_g("sl_cut_him"), _g("sl_cutter", "weapon")), 6),
    Combination(HO, (_g("br_tool", "sl_rod", "weapon"), _g("sl_smash_will"), _g("other_target", "named_target", "relation",
                                                                       "third_person", "sl_boss_object")), 10),
    Combination(HO, (_g("sl_poison_mixed"), _g("sl_in_his")), 8),
    Combination(HO, (_g("sl_finish_with_him"), _g("sl_never_again_him")), 20, across=True),
    Combination(HO, (_g("sl_on_him"), _g("sl_drop_will")), 8),
)
