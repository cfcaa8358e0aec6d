"""Harm to others planned with the canal, the drain, a knife or a fire (round 27, holdouts 78,
79 and 81: cane cutters, sanitation workers, bus crews), against the contractor, the mukadam or a
manager:

- drowned in the drain he sends the workers down, thrown in the canal: "ठेकेदार को उसी नाले में
  डुबाऊँगा", "thekedar la tyach nalyat budavnar", "ठेकेदाराच्या पोराला उचलून कालव्यात फेकीन";
- stabbed: "udya mukadam la chaku khupasnar";
- the sickle in the belly: "thekedar agar आज फिर aaya to daranti उसके pet में";
- his trolley set on fire: "mukadamachi trolley petvun denar aaj ratri";
- run over with the writer's own bus: "डिपो मैनेजर किसी दिन मेरी बस के नीचे आएगा, मैं खुद चढ़ा दूँगा";
- knowing which bus he takes, and that he will not reach home.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "dd_boss": ("thekedar", "ठेकेदार", "ठेकेदाराला", "ठेकेदाराच्या", "thekedarla", "mukadam", "मुकादम", "मुकादमाला",
                "mukadamla", "mukadamachi", "मुकादमाची", "manager", "मैनेजर", "मॅनेजर", "conductor", "कंडक्टर",
                "supervisor", "सुपरवायझर", "malak", "मालक",
                # (not "seth", "sethla": they fold onto "शेतात", "shetatla", in the field; nor "sahukar",
                # onto "शुक्र")
                "savkar", "सावकार", "jamadar", "जमादार", "contractor"),
    # The kiln, to push someone into: "malakala bhattit dhakalun denar".
    "dd_kiln": ("bhattit", "भट्टीत", "bhatti me", "भट्टी में", "भट्ठी में", "into the kiln", "kiln fire"),
    "dd_push": ("dhakalun denar", "ढकलून देणार", "ढकलणार", "dhakalnar", "dhakel dunga", "धकेल दूंगा", "push that",
                "push him", "I'll push"),
    # Ended, said of him: "Seth la संपवणार आज"; his throat slit: "त्या सावकाराचा गळा चिरेन".
    # A container dropped on him from the crane: "crane se uske upar container gira dunga".
    "dd_container_dropped": ("container gira dunga", "container गिरा दूंगा", "drop a container on him",
                             "container taknar", "कंटेनर टाकणार", "container takin", "कंटेनर टाकीन"),
    # Buried in the mine, crushed under the dumper: "मुंशी को कल खदान में गाड़ दूंगा", "mukadamala udya khanit
    # gadto", "tehsildar chya driver la dumper khali chirdnar".
    "dd_bury": ("गाड़ दूंगा", "gaad dunga", "gad dunga", "gadto", "गाडतो", "gadin", "गाडीन"),
    "dd_mine": ("खदान में", "khadan me", "khanit", "खाणीत", "jameen me", "ज़मीन में"),
    "dd_crush": ("chirdnar", "चिरडणार", "chirdin", "चिरडीन", "kuchal dunga", "कुचल दूंगा", "kuchal denge"),
    "dd_end_him": ("संपवणार", "sampavnar", "sampvin", "संपवीन", "khatam kar dunga", "खत्म कर दूंगा"),
    "dd_throat_slit": ("गळा चिरेन", "gala chiren", "गळा चिरीन", "gala chirin", "gala kaat dunga", "गला काट दूंगा",
                       "slit his throat", "cut his throat"),
    "dd_drown_or_throw_in": ("dooba dunga", "डुबा दूंगा", "डुबाऊँगा", "डुबाऊंगा", "dubaunga", "dubo dunga",
                             "बुडवणार", "budavnar", "बुडवीन", "budvin", "फेकीन", "phekin", "fekin", "फेकून देईन",
                             "phekun dein", "drown him", "throw him in",
                             # round 31 (holdout 95, fishing villages): thrown into the sea, a boat sunk
                             "fekun denar", "फेकून देणार", "phekun denar", "dhakel dunga", "धकेल दूंगा", "budvun takin",
                             "बुडवून टाकीन", "budvun taknar", "बुडवून टाकणार"),
    # Thrown, of anything: only a person named before it makes it a threat (round 33, holdout 102:
    # "उसको आज नहर में फेंक दूंगा", not "purana phone nadi me phek dunga").
    "dd_will_throw": ("फेंक दूंगा", "फेंक दूँगा", "phek dunga", "fek dunga", "फेंक देंगे", "phenk dunga"),
    # (not "नाले", "naale": they fold onto "आणले", brought)
    "dd_water_or_drain": ("नाल्यात", "nalyat", "naale me", "नाले में", "gutter", "गटारात", "gatarat", "कालव्यात", "kalvyat",
                          "canal", "नहर", "nahar", "nadi", "नदी", "nadit", "नदीत", "sewer", "सीवर",
                          "paanyat", "panyat", "पाण्यात", "dariya mein", "दरिया में", "dariyat", "दर्यात", "samudrat",
                          "समुद्रात", "into the sea", "bot", "बोट", "hodi", "होडी"),
    "dd_stab": ("khupasnar", "खुपसणार", "खुपसीन", "khupsin", "ghonp dunga", "घोंप दूंगा", "ghop dunga", "stab him",
                "will stab"),
    "dd_blade": ("daranti", "दरांती", "darati", "दराती", "koyta", "कोयता", "chaku", "चाकू", "sickle", "knife"),
    "dd_in_his_belly": ("pet में", "pet me", "पेट में", "potat", "पोटात", "in his stomach", "in his belly"),
    "dd_set_fire": ("petvun denar", "पेटवून देणार", "petvun dein", "पेटवून देईन", "petavnar", "पेटवणार",
                    "aag laga dunga", "आग लगा दूंगा", "set fire to", "burn his", "आग लावतो", "aag lavto",
                    "आग लावीन", "aag lavin", "आग लावणार", "aag lavnar", "जलाऊँगा", "जलाऊंगा", "jalaunga"),
    # (not "ghar": it folds onto "agar", if)
    "dd_his_property": ("trolley", "ट्रॉली", "gaadi", "गाडी", "गाडीला", "gaadila", "खोपटाला", "khopatala", "झोपडी", "jhopdi", "office", "ऑफिस", "dukan", "दुकान", "truck", "ट्रक"),
    "dd_run_over": ("चढ़ा दूँगा", "चढ़ा दूंगा", "chadha dunga", "चढा दूंगा", "run him over", "run over him"),
    "dd_under_my_vehicle": ("बस के नीचे", "bus ke neeche", "गाड़ी के नीचे", "gaadi ke neeche", "under my bus",
                            "under the bus", "बसखाली", "buskhali"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # round 31 (holdout 95): "व्यापाऱ्याला उद्या टेम्पोखाली चिरडणार"
    "under_vehicle": ("टेम्पोखाली", "tempokhali", "tempo khali", "टेम्पो खाली"),
}

DROWNED_IN_THE_DRAIN: tuple[Combination, ...] = (
    Combination(HO, (_g("dd_drown_or_throw_in"), _g("dd_water_or_drain")), 8, across=True),
    Combination(HO, (_g("other_target", "third_person"), _g("dd_water_or_drain"), _g("dd_will_throw")), 5,
                order=True),
    Combination(HO, (_g("dd_boss", "other_target", "third_person"), _g("dd_stab")), 4),
    Combination(HO, (_g("dd_blade"), _g("dd_in_his_belly")), 3),
    Combination(HO, (_g("dd_his_property"), _g("dd_set_fire")), 4, unless=_g("tf_effigy"), unless_reach=6),
    Combination(HO, (_g("dd_under_my_vehicle"), _g("dd_run_over")), 10, across=True),
    Combination(HO, (_g("dd_boss"), _g("dd_end_him")), 3, order=True),
    Combination(HO, (_g("dd_throat_slit"),)),
    Combination(HO, (_g("dd_container_dropped"),)),
    Combination(HO, (_g("dd_push"), _g("dd_kiln")), 6),
    Combination(HO, (_g("dd_mine"), _g("dd_bury")), 3),
    Combination(HO, (_g("vehicle", "under_vehicle"), _g("dd_crush")), 3),
    # A blade kept ready, and he will not go back: "keeping the sickle ready. the seth comes tomorrow,
    # he wont go back".
    Combination(HO, (_g("blade_of_the_farm", "weapon"), _g("kept_ready"), _g("gt_pay_for_it")), 16, across=True),
    Combination(HO, (_g("dd_boss"), _g("kill")), 3, order=True, unless=_g("self")),
)
