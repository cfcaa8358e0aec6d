"""Craving said as self-doubt and as missing the old place (round 15: holdout 42): not trusting
oneself beside a gathering, old friends or a festival night ("shab-e-barat pe sab jama honge,
purane dost bhi. mujhe khud pe bharosa nahi"), and the drinking den missed at the hour one
used to go ("रोज अड्ड्याची आठवण येते", "theke ki yaad aati hai"). Words and the rules that read
them (appended to the area's COMBINATIONS by rules.py).

Self-doubt about an exam or a job, with no company or occasion of drinking, and a tea stall
remembered stay quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR = Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    # Not trusting oneself: "khud pe bharosa nahi", "स्वतःवर विश्वास नाही", "don't trust myself".
    "distrust_self": ("khud pe bharosa nahi", "khud par bharosa nahi", "khud pe bharosa nhi", "खुद पे भरोसा नहीं",
                      "खुद पर भरोसा नहीं", "apne aap pe bharosa nahi", "अपने आप पर भरोसा नहीं",
                      "khud pe yakeen nahi", "खुद पर यकीन नहीं", "swatahavar vishwas nahi", "स्वतःवर विश्वास नाही",
                      "swatahvar bharosa nahi", "स्वतःवर भरोसा नाही", "dont trust myself", "don't trust myself",
                      "cant trust myself", "can't trust myself", "do not trust myself"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # The den by its own name in its case forms: "अड्ड्याची", "अड्डा".
    "liquor_place": ("अड्डा", "adda", "अड्ड्याची", "addyachi", "अड्ड्याचा", "addyacha", "अड्डे की", "adde ki"),
}

DOUBTING_ONESELF: tuple[Combination, ...] = (
    # "purane dost bhi. mujhe khud pe bharosa nahi": the company or the night, and no trust in
    # oneself.
    Combination(CR, (_g("distrust_self"), _g("old_company", "trigger", "occasion", "liquor_place", "drinkers")),
                14, across=True),
    # "अड्ड्याची आठवण येते": the den, missed.
    Combination(CR, (_g("liquor_place"), _g("mind")), 1, order=True, unless=_g("beverage")),
)
