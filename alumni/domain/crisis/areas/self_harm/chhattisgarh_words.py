"""Words of this area as Chhattisgarh's Hindi says them (round 13, holdout 35), beside the
verb forms alumni.domain.crisis.chhattisgarhi_words reads as standard Hindi: the dam (बांध)
as a place of danger, "मोर बिना" (without me), and living worn out by its repetition
("जियत जियत थक गे हों": tired of living on and on).

"बांध" alone is also "tie" ("रस्सी बांध के"), so the dam counts only with a case ending or
its water ("बांध पर", "बांध के पानी"); "मोर" alone is a peacock, so "my" is read only in
"मोर बिना"; "जीते" alone is "won", so living is read only doubled ("जीते जीते").
"""
from __future__ import annotations

NEW: dict[str, tuple[str, ...]] = {
    # The area's own list, widened (departure.py). The dam: its English name in Devanagari, and "बांध" by its case or its water.
    "danger_place": (
        "डैम", "डेम", "dam par", "dam pe", "dam me", "बांध पर", "बांध पे", "बांध में", "बांध मा",
        "बांध के पानी", "बांध का पानी", "bandh ka pani", "bandh ke pani", "baandh ka paani",
        "बांध कोती", "बांध डहर", "बांध की तरफ", "bandh ki taraf",
    ),
    # A dam or a pond filled up is the season's news, not the drop (village_places.py's list).
    "water_chore": ("भर गे", "भर गया", "भर गई", "bhar gaya", "bhar gayi", "bhar ge", "लबालब", "overflow",
                    "full ho gaya"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # "Without me", with Chhattisgarh's "मोर" (my).
    "burden": ("मोर बिना", "mor bina", "मोर बिन", "mor bin"),
    # Living on and on: "jeete jeete thak gaya", "जियत जियत".
    "live": ("jeete jeete", "jite jite", "जीते जीते", "जियत जियत", "jiyat jiyat"),
}
