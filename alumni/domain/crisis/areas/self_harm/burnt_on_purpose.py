"""Self-harm done on purpose or in a rage on something hot (round 18, anger at home): a hand laid
on a hot tawa, an iron or a stove on purpose ("गरम तव्याला मुद्दाम हात लावला", "jaan bujh ke
garam tawe pe haath rakh diya", "pressed my palm on the hot iron on purpose"), or in anger
("gusse me istri haath pe laga di").

A burn in cooking or ironing is an accident: said with "by mistake", "galti se", "chukun" or
"not on purpose" it stays quiet; the on-purpose or the rage is what makes it a harm.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SH = Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # Something hot that burns the skin: a tawa, an iron, a stove, a flame.
    # (Not the bare "tawa": its skeleton is the TV's.)
    "hot_surface": ("garam tawa", "गरम तवा", "garam tava", "hot tawa", "tawa garam", "तवा गरम", "tawe", "tave",
                    "तवे", "tavyala", "तव्याला", "tavyavar", "तव्यावर",
                    "tavyavr", "तव्यात", "tawe pe", "तवे पर", "tawe par", "istri", "इस्त्री", "istri la",
                    "इस्त्रीला", "press", "the iron", "hot iron", "hot pan", "hot plate", "stove", "स्टोव",
                    "स्टोव्ह", "chulha", "चूल्हा", "चूल्हे", "chulhe", "chul", "चूल", "चुलीत", "chulit",
                    "gas ki flame", "gas chi jyot", "गॅसची ज्योत", "flame", "jyot", "ज्योत", "burner",
                    "बर्नर", "kadhai", "कढ़ाई", "कढई", "kadhai", "garam tel", "गरम तेल", "hot oil",
                    # Hot oil in mixed scripts and boiling: "गरम oil", "उकळतं तेल", "खौलता तेल".
                    "गरम oil", "garam oil", "गरम ऑइल", "boiling oil", "ukalta tel", "उकळतं तेल", "उकळते तेल",
                    "khaulta tel", "खौलता तेल", "khaulta oil"),
    # Anger as the reason: "gusse me", "रागात", "in anger".
    "in_a_rage": ("gusse me", "gusse mein", "गुस्से में", "gusse main", "ragat", "रागात", "ragachya bharat",
                  "रागाच्या भरात", "ragane", "रागाने", "in anger", "out of anger", "in a rage", "so angry",
                  "from anger", "chidun", "चिडून", "chidkar", "चिढ़कर",
                  # round 34: "gussa aaya to press wali garam istri bazu pe rakh di"
                  "gussa aaya", "गुस्सा आया", "राग आला", "rag aala", "raag aala"),
    # What makes a burn an accident: by mistake, not on purpose.
    "burnt_by_mistake": ("by mistake", "mistakenly", "accidentally", "by accident", "galti se", "गलती से",
                         "chukun", "चुकून", "chukun zala", "not on purpose", "didnt mean", "didn't mean",
                         "jaan bujh ke nahi", "जानबूझ के नहीं", "muddam nahi", "मुद्दाम नाही", "cooking",
                         "khana banate", "खाना बनाते", "swayampak kartana", "स्वयंपाक करताना",
                         "ironing", "press karte", "प्रेस करते"),
    # A cigarette put out on oneself, a flame held (round 33, holdouts 104 and 105): "अपने हाथ पे
    # cigarette बुझाई", "cigarette ne managat jaalla", "मेणबत्तीवर हात धरून ठेवला".
    "bop_put_out": ("बुझाई", "bujhai", "bujhayi", "बुझा दी", "bujha di", "विझवली", "vizhavli", "vijhavli",
                    "put it out on", "put out on", "stubbed it out"),
    "bop_candle": ("मेणबत्तीवर", "menbattivar", "मोमबत्ती पर", "mombatti pe", "mombatti par", "over the candle",
                   "candle flame", "मेणबत्तीच्या ज्योतीवर"),
    "bop_arm": ("bazu", "baazu", "बाज़ू", "बाजू पे", "bazu pe", "arm pe", "बांह पे", "baanh pe", "dandavar", "दंडावर"),
    "bop_held": ("धरून ठेवला", "dharun thevla", "रखा रहा", "rakha raha", "held my hand", "held it over"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

BURNT_ON_PURPOSE: tuple[Combination, ...] = (
    # A hand or an arm laid on something hot, on purpose or in a rage.
    Combination(SH, (_g("hot_surface"), _g("on_purpose", "in_a_rage"), _g("hand_part", "hands", "body_part_other",
                                                                          "bop_arm")),
                8, unless=_g("burnt_by_mistake"), unless_reach=6),
    # A cigarette put out on one's own hand, or the wrist burnt with it.
    Combination(SH, (_g("cigarette"), _g("bop_put_out", "hod_burnt"), _g("self", "cut_site", "hod_own_flesh")), 6,
                unless=_g("burnt_by_mistake"), unless_reach=6),
    # A hand held over a candle's flame.
    Combination(SH, (_g("bop_candle"), _g("hand_part", "hands"), _g("bop_held")), 5,
                unless=_g("burnt_by_mistake"), unless_reach=6),
)
