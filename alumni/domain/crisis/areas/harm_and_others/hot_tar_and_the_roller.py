"""Hot tar and the roller (the harm of rounds 116-117: road crews, canal staff, golf courses, hill-shrine
bearers, census enumerators):

- "I'll pour hot tar on him", "गरम डांबर ओततो त्याच्या अंगावर"; "tonight I stab them one by one"
  ("भोसकतो"); the roller, the paver or the mower run over the supervisor ("roller khali ghalto"); "I'll
  cut off his head" ("mund udavnar"); "I'll push him off the cliff" ("kadyavarun dhakalun dein"); "next
  time I use the chopper on him"; "I'll find him and cut him with the sword" ("talwarine kaapto").

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "ht_pour_will": ("ओततो", "ओतीन", "ओतणार", "otato", "otto", "otin", "otnar", "डाल दूंगा", "daal dunga",
                     "डाल दूँगा", "will pour", "i'll pour", "pour hot", "फेकतो", "phekto"),
    "ht_on_him": ("त्याच्या अंगावर", "tyachya angavar", "अंगावर", "angavar", "on him", "on her", "उसके ऊपर",
                  "uske upar", "उसपे", "uspe", "us par"),
    # (not "tar" alone: Marathi "तर", if)
    "ht_hot_thing": ("गरम डांबर", "garam dambar", "डांबर", "dambar", "hot tar", "कोलतार", "coaltar",
                     "गरम तेल", "garam tel", "hot oil", "acid", "ऍसिड", "एसिड", "तेज़ाब", "tezab"),
    "ht_stab_will": ("भोसकतो", "भोसकीन", "भोसकणार", "bhoskto", "bhosakto", "bhoskin", "bhosakin", "bhosaknar",
                     "चाकू घुसा दूंगा", "chaku ghusa dunga", "stab him", "stab them"),
    "ht_run_over": ("khali ghalto", "खाली घालतो", "खाली घालीन", "khali ghalin", "neeche de dunga", "नीचे दे दूंगा",
                    "run over", "run him over", "over his bike and him", "over him", "over that supervisor",
                    "over the supervisor", "over that contractor",
                    "चढ़ा दूंगा", "chadha dunga", "अंगावरून नेतो", "angavarun neto"),
    "ht_machine": ("roller", "रोलर", "paver", "पेव्हर", "mower", "fairway mower", "dumper", "डंपर", "jcb", "जेसीबी",
                   "tractor", "ट्रॅक्टर"),
    "ht_head_off": ("mund udavnar", "मुंडकं उडवणार", "mundka udavnar", "मुंड उडवीन", "मुंड उडवणार", "mund udavin",
                    "sar uda dunga", "सर उड़ा दूंगा", "sar kalam kar dunga", "सर कलम कर दूंगा", "गर्दन उड़ा दूंगा",
                    "gardan uda dunga", "cut off his head", "chop his head"),
    "ht_push_will": ("dhakalun dein", "ढकलून देईन", "dhakalun deen", "dhakalun deil", "dhakka deun", "dhakka de dunga",
                     "धक्का दे दूंगा", "push him off", "push him down", "neeche dhakel dunga", "नीचे धकेल दूंगा",
                     "धकेल दूंगा", "dhakel dunga"),
    "ht_cliff": ("kadyavarun", "कड्यावरून", "cliff", "edge", "pahadi se", "पहाड़ी से",
                 "seedhiyon se", "सीढ़ियों से"),
    "ht_i_use": ("i use the", "i will use the", "i'll use the", "use the"),
    "ht_cut_will": ("kaapto", "कापतो", "kapto", "kapin", "कापीन", "kaapin", "कापणार", "kapnar", "kaat dunga",
                    "काट दूंगा", "kaat daalunga", "काट डालूंगा", "काट डालूँगा"),
    # With the sword (not the sickle that cuts the cane): "talwarine kaapto".
    "ht_blade": ("talwarine", "तलवारीने", "तलवारीनं", "with a sword", "with the sword", "guptine", "गुप्तीने"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

HOT_TAR_AND_THE_ROLLER: tuple[Combination, ...] = (
    Combination(HO, (_g("ht_hot_thing"), _g("ht_pour_will"), _g("ht_on_him")), 8),
    Combination(HO, (_g("ht_stab_will"),)),
    Combination(HO, (_g("ht_machine"), _g("ht_run_over")), 8),
    Combination(HO, (_g("ht_head_off"),)),
    Combination(HO, (_g("ht_push_will"), _g("ht_cliff")), 8),
    Combination(HO, (_g("ht_i_use"), _g("ip_tool_weapon", "weapon"), _g("ht_on_him")), 8),
    Combination(HO, (_g("ht_blade"), _g("ht_cut_will")), 4),
)
