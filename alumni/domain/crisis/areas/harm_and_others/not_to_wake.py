"""An overdose told by its aim rather than its count (round 16, holdout 45): so much of a
substance or a tablet taken, or to be taken, that one does not wake again ("aaj itka maal
ghenar ki parat jaag nako yayla", "itni goli khaunga ki phir uthna na pade", "taking enough
that I don't wake up"); and a poison held while sitting alone somewhere ("उंदीर मारायचं औषध
घेऊन बसलोय शेतात", "zeher lekar baitha hu").

What cancels: a poison carried to the fields for the crop or the pests is read by the
errand rules (brought, sprayed); sitting with it is no errand.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

OD = Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    "so_much_that": ("itka", "इतका", "itki", "इतकी", "itke", "इतके", "itna", "इतना", "itni", "इतनी",
                     "so much", "so many", "enough"),
    "wake_no_more": ("jaag nako", "जाग नको", "jaag yeu naye", "जाग येऊ नये", "jaag nako yayla", "जाग नको यायला",
                     "parat jaag", "परत जाग", "parat uthu naye", "परत उठू नये", "uthna na pade", "उठना न पड़े",
                     "phir na uthu", "फिर न उठूं", "phir uthna na pade", "kabhi na uthu", "कभी न उठूं",
                     "never wake up", "not wake up", "dont wake up", "don't wake up", "won't wake up",
                     "wont wake up", "never wake", "neend se na uthu", "नींद से न उठूं"),
    # Taking, said ahead: "ghenar", "lunga", "khaunga".
    "will_take_it": ("ghenar", "घेणार", "ghein", "घेईन", "ghetoy", "घेतोय", "lunga", "लूंगा", "khaunga", "खाऊंगा",
                     "piunga", "पिऊंगा", "piin", "पिईन", "khain", "खाईन", "take", "taking", "gonna take"),
    "sat_holding": ("ghevun baslo", "घेऊन बसलो", "ghevun basloy", "घेऊन बसलोय", "ghevun basli", "घेऊन बसले",
                    "lekar baitha", "लेकर बैठा", "lekar baithi", "लेकर बैठी", "leke baitha", "ले के बैठा",
                    "hatat ghevun", "हातात घेऊन", "haath mein lekar", "हाथ में लेकर", "sitting with",
                    "sat with it", "holding it"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

NOT_TO_WAKE: tuple[Combination, ...] = (
    Combination(OD, (_g("so_much_that"), _g("consume", "took", "take_any", "use", "pills", "poison", "alcohol", "will_take_it"),
                     _g("wake_no_more")), 10),
    Combination(OD, (_g("poison", "farm_poison"), _g("sat_holding")), 4),
)
