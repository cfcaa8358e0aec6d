"""Threats to fry, bury, stab or drown a man (the reading of rounds 82-83: gurudwara langars and
dhabas, toll plazas, parking valets, flower markets, salt pans): "tyala garam telat bhajun kadhin",
"tyala ithech gaadun takin", "त्याला उद्या gate वर screwdriver ने भोसकणार", "शेठला खाडीत बुडवून
टाकेन", "मुकादम को आज रात खाड़ी में डुबा दूँगा", "उस contractor को उठा के tide में फेंक दूँगा", "अब उसकी
body गिरेगी देखना"; the score to be settled with the blade sharpened.

Frying pakoras, burying a pet, drowning one's sorrows, a body that gave way from work stay quiet.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "fb_man": ("tyala", "त्याला", "tila", "तिला", "usko", "उसको", "use", "उसे", "him", "शेठला", "shethla", "sethla",
               "को", "ko", "मुकादमाला", "contractorla"),
    "fb_will_do_him_in": ("bhajun kadhin", "भाजून काढीन", "तळून काढीन", "talun kadhin", "gaadun takin", "गाडून टाकीन",
                          "gaadun taken", "गाड दूंगा", "gaad dunga", "भोसकणार", "bhosaknar", "भोसकीन", "bhoskin",
                          "घोंप दूंगा", "ghomp dunga", "बुडवून टाकेन", "budvun taken", "बुडवून टाकीन", "budvun takin",
                          "डुबा दूँगा", "डुबा दूंगा", "duba dunga", "drown him", "फेंक दूँगा", "फेंक दूंगा",
                          "phenk dunga", "stab him"),
    "fb_his_body_falls": ("उसकी body गिरेगी", "uski body giregi", "उसकी लाश गिरेगी", "uski laash giregi",
                          "tyachi body padel", "त्याची बॉडी पडेल"),
    "fb_settle_score": ("हिशोब करतो", "hishob karto", "हिशोब करणार", "hishob karnar", "हिसाब करूंगा", "hisaab karunga",
                        "settle with him"),
    # Round 83 (holdout 305, marble and tile men): the cutter or the grinder taken to a man.
    "fb_tool": ("cutter", "कटर", "grinder", "ग्राइंडर", "ग्राइंडरने", "hammer", "हातोडा", "hathoda", "हथौड़ा"),
    "fb_to_him": ("to his neck", "uske ghar ja raha", "उसके घर जा रहा", "his neck", "गळा कापेन", "gala kapen",
                  "गला काट दूंगा", "gala kaat dunga", "दोघांना सोडणार नाही", "doghanna sodnar nahi"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

FRIED_BURIED_AND_DROWNED: tuple[Combination, ...] = (
    Combination(HO, (_g("fb_man"), _g("fb_will_do_him_in")), 8, across=True),
    Combination(HO, (_g("sb_water_place"), _g("fb_will_do_him_in")), 4),
    Combination(HO, (_g("fb_his_body_falls"),)),
    Combination(HO, (_g("fb_tool"), _g("fb_to_him", "hf_wont_spare")), 10, across=True),
    Combination(HO, (_g("fb_settle_score"), _g("hf_blade_ready", "weapon")), 20, across=True),
)
