"""The edger and the pallet jack (the harm of rounds 102-103: radiology staff, physiotherapists, opticians,
sound and light crews, tea stalls, warehouses):

- "his hand in the edger and switch it on"; "the pallet jack over his legs and then his head"; the mandal's
  president "crushed under a truck"; "I'll have him shocked with current"; boiling milk "in his face";
- the iron dumbbell to the owner's cabin "and he'll need physio for the rest of his life"; "tonight I break
  his fingers"; "I won't spare the inspector, the knife is under the counter"; "I'll barge into his office
  and cut him".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "ej_his_hand_in": ("put his hand in the", "his hand in the edger", "uska haath machine me", "उसका हाथ मशीन में",
                       "tyacha hat machine madhe", "त्याचा हात मशीनमध्ये"),
    "ej_run_over": ("run the pallet jack over", "run the forklift over", "forklift chadha dunga", "pallet jack over",
                    "फोर्कलिफ्ट चढ़ा दूंगा"),
    "ej_crush": ("चिरडून टाकेन", "chirdun taken", "chirdun takin", "चिरडून टाकीन", "kuchal dunga", "कुचल दूंगा",
                 "kuchal dalunga", "कुचल डालूंगा"),
    "ej_shock_him": ("करंट लगवा दूंगा", "current lagwa dunga", "करंट लगा दूंगा", "current laga dunga",
                     "shock de dunga", "शॉक दे दूंगा"),
    "ej_boiling_on": ("khaulta doodh uske", "खौलता दूध उसके", "khaulta paani uske", "खौलता पानी उसके",
                      "उकळतं पाणी त्याच्या", "ukalta pani tyachya", "boiling milk on his", "boiling water on his"),
    "ej_lasting": ("he will need physio", "rest of his life", "zindagi bhar yaad", "जिंदगी भर याद", "आयुष्यभर लक्षात",
                   "ayushyabhar lakshat"),
    "ej_weapon": ("dumbbell", "डंबेल", "iron rod", "rod", "रॉड", "hammer", "हातोडा", "lathi", "लाठी"),
    "ej_break_his": ("break his fingers", "break his legs", "break his hands", "break his bones", "uski haddi tod",
                     "उसकी हड्डी तोड़"),
    "ej_kept": ("रख लिया", "rakh liya", "ठेवलाय", "thevlay", "kept ready", "kept under"),
    "ej_cut_him": ("त्याला कापतो", "tyala kapto", "त्याला कापणार", "tyala kapnar", "usko kaat dunga", "उसको काट दूंगा",
                   "काट डालूंगा", "kaat dalunga"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

EDGER_AND_THE_PALLET_JACK: tuple[Combination, ...] = (
    Combination(HO, (_g("ej_his_hand_in"),)),
    Combination(HO, (_g("ej_run_over"),)),
    Combination(HO, (_g("ej_crush"),)),
    Combination(HO, (_g("ej_shock_him"),)),
    Combination(HO, (_g("ej_boiling_on"),)),
    Combination(HO, (_g("ej_weapon", "tv_tool", "weapon"), _g("ej_lasting")), 20, across=True),
    Combination(HO, (_g("ej_break_his"),)),
    Combination(HO, (_g("fk_wont_let_go", "gt_wont_spare"), _g("tv_tool", "weapon"), _g("ej_kept")), 20, across=True),
    Combination(HO, (_g("ej_cut_him"),)),
)
