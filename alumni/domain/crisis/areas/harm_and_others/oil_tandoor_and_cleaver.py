"""Harm to others planned with a kitchen's means (round 30, holdout 93: hotel kitchens, dhabas
and bars):

- boiling oil poured or thrown on someone: "उसके ऊपर खौलते तेल की कढ़ाई उलट दूँगा", "tyachya
  angavar ukalta tel otnar", "I will throw the fryer oil on his face";
- someone shoved into the tandoor: "kal usko tandoor me jhonk dunga", "tyala tandoor madhe dhakalnar";
- the cleaver in his head, his own knife settling his account: "ill put the cleaver in his head",
  "त्याच्याच सुरीने त्याचा हिशोब करणार";
- caught alone and finished: "त्याला आज रात्री पार्किंगमध्ये गाठून संपवणार".

Wood fed to the tandoor, oil heated for the pakodas, an account settled at the counter stay quiet.
Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "oc_hot_oil": ("खौलते तेल", "khaulte tel", "खौलता तेल", "khaulta tel", "ukalta tel", "उकळतं तेल",
                   "उकळते तेल", "ukalte tel", "garam tel", "गरम तेल", "fryer oil", "hot oil", "boiling oil"),
    # On him: "उसके ऊपर ... उलट दूँगा", "tyachya angavar ... otnar", "on his face".
    "oc_on_him": ("uske upar", "उसके ऊपर", "उसपर", "uspar", "tyachya angavar", "त्याच्या अंगावर", "तिच्या अंगावर",
                  "tichya angavar", "on his face", "on her face", "uske muh pe", "उसके मुंह पर", "उसके मुँह पर",
                  "tyachya tondavar", "त्याच्या तोंडावर",
                  # round 55: thrown on the face, said as the writer's intent
                  "tondavar takto", "tondavar takin", "tondavar otin", "tondavar otnar", "तोंडावर टाकतो", "तोंडावर टाकीन",
                  "तोंडावर ओतीन", "तोंडावर ओतणार", "muh pe daal dunga", "मुंह पे डाल दूंगा", "muh pe phenk dunga",
                  "मुंह पे फेंक दूंगा", "throw it on his face"),
    "oc_tandoor": ("tandoor*", "तंदूर*", "तंदुर*", "bhatti", "भट्टी", "oven"),
    "oc_shoved_in": ("jhonk dunga", "झोंक दूंगा", "झोंक दूँगा", "jhok dunga", "dhakalnar", "ढकलणार",
                     "dhakalun denar", "ढकलून देणार", "push him into", "shove him in", "shove him into",
                     "daal dunga usko", "usko daal dunga"),
    "oc_in_his_head": ("in his head", "in his face", "in his neck", "in his stomach", "uske sar me",
                       "उसके सिर में", "tyachya doktyat", "त्याच्या डोक्यात"),
    "oc_settle_his_account": ("हिशोब करणार", "hishob karnar", "hisab karunga", "हिसाब करूंगा", "हिसाब करूँगा",
                              "hisaab kar dunga", "हिशोब करीन", "hishob karin"),
    "oc_his_own_blade": ("त्याच्याच सुरीने", "tyachyach surine", "uske hi chaku se", "उसके ही चाकू से",
                         "with his own knife"),
    "oc_caught_alone": ("gathun", "गाठून", "gaathun", "pakad ke", "पकड़ के", "akele me pakad", "अकेले में पकड़",
                        # round 31 (holdout 94): "HR वाल्याला उद्या gate वर गाठणार, knife आहे bag मध्ये"
                        "गाठणार", "gathnar", "gaathnar"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    "weapon": ("cleaver", "meat cleaver", "chopper"),
}

OIL_TANDOOR_AND_CLEAVER: tuple[Combination, ...] = (
    Combination(HO, (_g("oc_hot_oil"), _g("oc_on_him")), 8),
    Combination(HO, (_g("oc_tandoor"), _g("oc_shoved_in"), _g("other_target", "third_person")), 6),
    Combination(HO, (_g("weapon", "cutting_tool"), _g("oc_in_his_head")), 4),
    Combination(HO, (_g("oc_his_own_blade"), _g("oc_settle_his_account")), 4),
    Combination(HO, (_g("oc_caught_alone"), _g("end", "kill")), 2, order=True),
    Combination(HO, (_g("oc_caught_alone"), _g("weapon", "cutting_tool")), 10, across=True),
)
