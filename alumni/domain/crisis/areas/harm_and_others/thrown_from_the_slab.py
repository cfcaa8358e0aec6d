"""Harm to others planned with the building site's means (round 26, holdout 74):

- someone thrown or pushed from the slab or a floor: "supervisor ने फिर गाली दी, उसको slab से
  नीचे फेंक दूंगा", "त्याला स्लॅबवरून ढकलून देणार", "ab main usko upar se phekunga";
- a bike's brakes to be taken off: "इंजिनिअरच्या बाईकचे ब्रेक आज रात्री काढून ठेवणार";
- a place burnt down with the fuel already bought: "मैनेजर का दफ्तर आज रात जला दूंगा, पेट्रोल ले
  लिया है";
- the writer strangled: "घरवाले ने आज मेरा गला दबाया".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "tf_throw_down": ("फेंक दूंगा", "phek dunga", "fek dunga", "phekunga", "फेंकूंगा", "फेकूंगा", "ढकलून देणार",
                      "dhakalun denar", "dhaklun denar", "ढकलून देईन", "dhakalun dein", "ढकलून देतो", "gira dunga",
                      "गिरा दूंगा", "dhakel dunga", "धकेल दूंगा", "push him off", "throw him off", "push her off",
                      "throw him down", "push him down",
                      # round 36 (painters): the push, "धक्का दूँगा"
                      "धक्का दूंगा", "धक्का दूँगा", "dhakka dunga", "dhakka de dunga", "धक्का दे दूंगा", "धक्का दे दूँगा",
                      "dhakka deto", "धक्का देतो", "dhakka denar", "धक्का देणार", "dhakka dein", "धक्का देईन"),
    "tf_from_above": ("slab", "स्लॅब", "स्लैब", "स्लॅबवरून", "slabvarun", "upar se", "ऊपर से", "उपर से", "मंजिल",
                      "manzil", "majlyavarun", "मजल्यावरून", "chhat se", "छत से", "गच्चीवरून", "gachivarun",
                      "building se", "off the roof", "off the slab", "scaffold", "scaffolding",
                      # the painter's bamboo scaffold, the ladder, the floor (round 36)
                      "मचान से", "machan se", "machaan se", "शिडीवरून", "shidivarun", "shidi varun", "सीढ़ी से",
                      "seedhi se", "floor se", "फ्लोर से", "परांचीवरून", "paranchivarun", "off the ladder"),
    "tf_brakes": ("ब्रेक", "brake", "brakes", "ब्रेकचे", "brakecha"),
    # (not "kaat dunga" or "nikal dunga": "ब्रेक" is also a lunch break)
    "tf_brakes_off": ("काढून ठेवणार", "kadhun thevnar", "काढून टाकणार", "kadhun taknar", "cut his", "loose kar",
                      "ढीले कर", "dhile kar", "fail kar"),
    "tf_garage": ("mechanic", "मेकॅनिक", "मैकेनिक", "garage", "गॅरेज", "service", "सर्विस", "repair", "new", "नवीन"),
    "tf_burn_down": ("जला दूंगा", "jala dunga", "जाळून टाकीन", "jalun takin", "जाळून टाकणार", "jalun taknar",
                     "aag laga dunga", "आग लगा दूंगा", "aag lavin", "आग लावीन", "burn down", "burn his",
                     "set fire to", "set it on fire"),
    "tf_effigy": ("raavan", "ravan", "रावण", "ravana", "putla", "पुतला", "पुतळा", "putla dahan", "effigy", "holika",
                  "होलिका", "होळी", "holi"),
    "tf_fuel": ("पेट्रोल", "petrol", "kerosene", "rockel", "रॉकेल", "मिट्टी का तेल", "diesel", "डीज़ल", "डिझेल"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

THROWN_FROM_THE_SLAB: tuple[Combination, ...] = (
    Combination(HO, (_g("tf_from_above"), _g("tf_throw_down"), _g("other_target", "third_person", "named_target",
                                                                   "relation")), 8),
    Combination(HO, (_g("tf_brakes"), _g("tf_brakes_off")), 5, unless=_g("tf_garage"), unless_reach=6),
    Combination(HO, (_g("tf_burn_down"), _g("tf_fuel")), 12, across=True, unless=_g("tf_effigy"), unless_reach=6),
    Combination(HO, (_g("my_own"), _g("strangle")), 2, order=True),
)
