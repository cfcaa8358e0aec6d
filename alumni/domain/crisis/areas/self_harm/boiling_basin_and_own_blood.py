"""Self-harm with the trade's heat and the lab's needle (the reading of rounds 74-75: driving
schools, plant nurseries, pathology labs, silk reelers, stage theatre):

- a hand or the fingers put into the boiling pan or the reeling basin, or held to a hot lamp, on
  purpose, in anger or for the relief: "reeling basin च्या उकळत्या पाण्यात मुद्दाम हात बुडवला", "gussa
  itna aaya ki ubalte kosa ke paani me haath daal diya ... par sukoon mila", "गरम हैलोजन पकड़ के रखा
  जब तक हाथ जल नहीं गया";
- the writer's own blood drawn with the syringe, night after night: "रात्री स्वतःचंच रक्त सिरिंजने काढतो",
  "i keep drawing my own blood at night, 3 or 4 vacutainers";
- the head struck again and again, on purpose or in anger: "hit my head on the steering again and
  again ... did it on purpose", "gusse me apna sar ... pipe pe maar maar ke phod liya";
- punches until the fingers split, as always: "deewar pe mukke maarta raha jab tak ungliya phat nahi
  gayi ... hamesha yahi karta hu";
- lines drawn on the arm with the shears: "secateur se baazu pe lines kheech di. khoon ruk nahi raha";
- (rounds 76-77) the dyer's acid dropped on a finger for the relief: "तेज़ाब की दो बूँद उंगली पे डाली खुद
  से, जलन से मन हल्का लगा".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SH = Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    "bb_hot_thing": ("boiling pan", "उकळत्या पाण्यात", "ukalatya panyat", "ukaltya panyat", "उकळत्या", "ukalatya",
                     "ubalte", "उबलते", "ubalta", "उबलता", "उबलती", "boiling water", "boiling", "hot lamp", "हैलोजन",
                     "halogen", "गरम हैलोजन", "hot iron", "गरम इस्त्री", "garam istri", "steam press", "hot plate",
                     "गरम तवा", "garam tawa",
                     # rounds 76-77: the boiler's pipe, the welding rod, the burning wire, the torch
                     "boiler ki pipe", "hot pipe", "garam pipe", "welding rod", "hot welding rod", "जळत्या वायर*",
                     "jaltya wire*", "jalti wire", "torch", "मशाल*", "mashal*"),
    "bb_fingers": ("उंगलियां", "उंगलियाँ", "ungliyan", "ungliya", "fingers", "बोटं", "bota", "बोटे", "bote", "thigh",
                   "जांघ", "मांडी", "mandi", "हातावर", "hatavar", "haath", "हाथ"),
    "bb_relief": ("sukoon mila", "सुकून मिला", "to feel calm", "feel calm", "शांत वाटलं", "shant vatla", "relief",
                  "felt better", "आराम मिला", "aaram mila", "झोप येत नाही", "jhop yet nahi", "neend nahi aati",
                  "नींद नहीं आती", "मन हल्का", "man halka", "mann halka", "हलकं वाटलं", "halka vatla",
                  "halka laga"),
    "bb_anger": ("gussa itna aaya", "गुस्सा इतना आया", "gusse me", "gusse mein", "गुस्से में", "रागात", "ragat",
                 "in anger", "राग इतका आला", "raag itka aala"),
    # The writer's own blood, drawn.
    "bb_own_blood": ("स्वतःचंच रक्त", "स्वतःचं रक्त", "swatahcha rakta", "swatahchach rakta", "my own blood",
                     "apna khoon", "अपना खून", "khud ka khoon", "खुद का खून"),
    "bb_drawn": ("सिरिंजने काढतो", "siringne kadhto", "काढतो", "kadhto", "drawing", "draw", "nikalta hu",
                 "निकालता हूं", "निकालता हूँ", "vacutainers", "syringe", "सिरिंज"),
    # The head, again and again.
    # (not "sar", "सर", "sir": the word the writer addresses the coordinator with)
    "bb_head": ("apna sar", "अपना सर", "सिर", "head", "डोकं", "doka", "माथा", "matha", "forehead"),
    "bb_again_and_again": ("again and again", "over and over", "baar baar", "बार बार", "maar maar ke", "मार मार के",
                           "पुन्हा पुन्हा", "punha punha", "आपटून आपटून", "aaptun aaptun"),
    "bb_hurt_done": ("did it on purpose", "on purpose", "phod liya", "फोड़ लिया", "फोडून घेतलं", "fodun ghetla",
                     "swollen", "सूज", "sooj", "सुजलं", "sujla"),
    # Till the fingers split, as always.
    "bb_till_split": ("jab tak ungliya phat", "जब तक उंगलियां फट", "ungliya phat", "उंगलियां फट", "knuckles split",
                      "jab tak ungli nahi toot", "jab tak ungli toot", "जब तक उंगली टूट", "jab tak sooj na",
                      "जब तक सूज न",
                      "knuckles bled", "बोटं फुटली", "bota futli"),
    # Not by mistake, and the writer's own doing: "not by mistake", "मेरे ही किए हुए", "मीच दिलेले burn".
    "bb_not_by_mistake": ("not by mistake", "galti se nahi", "गलती से नहीं", "chukun nahi", "चुकून नाही", "jaan ke kiya",
                          "जान के किया", "jaan bujh ke", "जान बूझ के", "जानबूझकर"),
    "bb_my_own_doing": ("मेरे ही किए", "mere hi kiye", "मीच दिलेले", "mich dilele", "मीच केलेले", "mich kelele",
                        "i did them myself", "did it himself", "did it herself", "khud kiye", "खुद किए"),
    "bb_wounds": ("burn", "burns", "burn marks", "cuts", "jakhm", "जख्म", "ज़ख्म", "भाजलेले", "chatke", "चटके",
                  "nishan", "निशान", "वण", "फोड", "chhala", "छाला"),
    # Burning, striking or stripping oneself: "स्वतःला भाजतो", "swatahla thobadyat marto", "नखं ओढून काढली".
    "bb_burns_self": ("स्वतःला भाजतो", "swatahla bhajto", "स्वतःला भाजून", "swatahla bhajun", "khud ko jalata",
                      "खुद को जलाता", "burning myself", "burns himself", "burning himself"),
    "bb_hits_self": ("स्वतःला थोबाडीत", "swatahla thobadyat", "thobadyat marto", "khud ko thappad", "खुद को थप्पड़",
                     "apne aap ko maarta", "slap myself", "hit myself"),
    "bb_nails_pulled": ("नखं ओढून", "nakha odhun", "nakh odhun", "pulled out my nails", "nakhun ukhad", "नाखून उखाड़"),
    "bb_always": ("hamesha yahi karta", "हमेशा यही करता", "नेहमी असंच करतो", "nehmi asach karto", "always do this",
                  "i always do this"),
    # Lines drawn on the arm.
    "bb_lines_drawn": ("lines kheech di", "lines kheench di", "लाइनें खींच दी", "लाइन खींच दी", "रेषा ओढल्या",
                       "resha odhlya", "drew lines", "lines on my arm"),
    "bb_shears": ("secateur", "सिकेटर", "pruning shears", "shears", "कैंची", "kainchi", "कात्री", "katri", "cutter",
                  "कटर"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_HAND = _g("pw_skin", "bb_fingers", "mt_body")

BOILING_BASIN_AND_OWN_BLOOD: tuple[Combination, ...] = (
    Combination(SH, (_g("bb_hot_thing", "pw_hot_thing", "mt_heated"), _HAND, _g("pw_on_purpose", "bb_relief",
                                                                                "bb_anger")), 14, across=True),
    Combination(SH, (_g("bb_own_blood"), _g("bb_drawn")), 8, across=True),
    Combination(SH, (_g("ob_acid", "tod_acid", "tb_acid"), _HAND + ("hand_part", "ob_part"), _g("bb_relief")), 14,
                across=True),
    Combination(SH, (_g("bb_head", "mt_head"), _g("bb_again_and_again"), _g("bb_hurt_done", "bb_anger",
                                                                            "pw_on_purpose")), 14, across=True),
    Combination(SH, (_g("mt_punches"), _g("bb_till_split", "bb_always")), 14, across=True),
    # Rounds 76-77: the fist or the hand struck till a finger broke; the hot thing held on purpose; wounds
    # owned; burning, slapping or stripping oneself.
    Combination(SH, (_HAND + ("wall", "mt_punches"), _g("bb_till_split")), 12, across=True),
    Combination(SH, (_g("bb_hot_thing", "pw_hot_thing", "mt_heated"), _g("bb_not_by_mistake")), 12, across=True),
    Combination(SH, (_g("bb_wounds"), _g("bb_my_own_doing")), 8, across=True),
    Combination(SH, (_g("bb_burns_self"),), 0),
    Combination(SH, (_g("bb_hits_self"), _g("bb_anger", "bb_always", "anger")), 10, across=True),
    Combination(SH, (_g("bb_nails_pulled"), _g("self", "pw_on_purpose")), 6),
    Combination(SH, (_g("bb_lines_drawn"), _g("pw_skin", "bb_shears")), 8, across=True),
)
