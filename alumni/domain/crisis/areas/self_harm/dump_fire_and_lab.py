"""Danger told by waste pickers, research scholars and farm labourers (round 40, holdouts 130,
131 and 133):

- the dump's fire and the plan to walk into it: "dumping ground की आग ... उसमें जाने का plan है",
  "डेपोला आग लागलीय, आज रात्री त्यातच जाणार";
- under the wheels of the dumper: "uske pahiye ke niche aa jau";
- death's road the only one seen: "maranach rasta disto";
- to be deleted like the drafts: "ata mala pan delete vhaycha ahe";
- the last talk from the hostel terrace: "hostel terrace पे हूँ, last बार आपसे बात करनी थी";
- acid poured on the guide's car "and on him".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, HO = Category.SUICIDE, Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "df_fire": ("आग", "aag", "आगीत", "aagit", "fire", "blaze"),
    "df_into_it": ("उसमें जाने का", "usme jaane ka", "usme jane ka", "त्यातच जाणार", "tyatach janar", "त्यात जाणार",
                   "tyat janar", "into the fire", "walk into it", "aag me kood", "आग में कूद", "आगीत उडी", "aagit udi"),
    "df_under_the_wheels": ("pahiye ke niche aa jau", "pahiye ke neeche aa jaun", "पहिये के नीचे आ जाऊं",
                            "पहिये के नीचे आ जाऊँ", "chakachya khali", "under its wheels",
                            "under the wheels"),
    "df_deaths_road": ("maranach rasta", "मरणाचाच रस्ता", "maranacha rasta", "मरणाचा रस्ता", "maut ka hi rasta",
                       "मौत का ही रास्ता", "maut ka rasta", "मौत का रास्ता"),
    "df_deleted": ("delete vhaycha", "delete व्हायचं", "delete hona hai", "delete ho jaun", "delete ho jau",
                   "want to be deleted", "delete myself", "khud ko delete"),
    "df_last_talk": ("last बार आपसे बात", "last baar aapse baat", "last time baat", "आखिरी बार बात", "aakhri baar baat",
                     "akhri baar baat", "शेवटचं बोलायचं", "shevatcha bolaycha"),
    "df_up_there": ("terrace", "छत", "chhat", "गच्ची", "gachchi", "roof"),
    "df_acid_on_him": ("acid ओततो", "acid ottto", "acid otto", "acid ओतणार", "acid otnar", "acid daal dunga",
                       "acid डाल दूंगा", "acid phenkunga", "acid फेकूंगा", "throw acid", "acid फेकणार"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

DUMP_FIRE_AND_LAB: tuple[Combination, ...] = (
    Combination(S, (_g("df_fire"), _g("df_into_it")), 12, across=True),
    Combination(S, (_g("df_under_the_wheels"),), 0, unless=_g("story", "others"), unless_reach=3),
    Combination(S, (_g("df_deaths_road"),), 0),
    Combination(S, (_g("df_deleted"), _g("me", "first_person", "to_me_mr", "my_own")), 4),
    Combination(S, (_g("df_last_talk"), _g("df_up_there", "height", "high_place")), 12, across=True),
    Combination(HO, (_g("df_acid_on_him"),), 0),
)
