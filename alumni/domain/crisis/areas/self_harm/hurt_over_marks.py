"""Self-harm told by students after a mock or a result: a hot iron, a candle or a flame put to
the hand or the fingers, with the pain eased by it or the result as its cause ("garam iron
haatala lavli, dukh jara kami vatla", "मेणबत्तीने बोटं भाजून घेतली, मॉकचा रिझल्ट बघून"); a ruler
or a scale struck on one's own hand again and again ("scale ने हातावर मारत राहिलो", "ruler se
haath pe maarta raha"); and the cut marks that keep growing ("कटे के निशान बढ़ते जा रहे हैं",
"kaplyache vran vadhat challe").

Quiet: a burn in cooking or ironing said as a mistake ("by mistake", "galti se", "chukun"); a
ruler struck by a teacher (another's harm, read elsewhere), a candle lit for a power cut or a
prayer, and marks that heal or fade.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SH = Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # A flame or something hot laid on the skin: a candle, a hot iron, a lighter.
    "exh_flame": (
        "candle", "candles", "mombatti", "मोमबत्ती", "मोमबत्ती से", "mombatti se", "menbatti", "मेणबत्ती",
        "मेणबत्तीने", "menbattine", "menbatti ne", "lighter", "लाइटर", "lighter ne", "लायटरने", "matchstick",
        "machis ki tili", "माचिस की तीली", "kadipeti", "काडीपेटी", "garam iron", "गरम iron", "hot iron",
        "garam istri", "गरम इस्त्री", "garam press", "garam chamcha", "गरम चमचा", "hot spoon", "garam sui",
        "hot needle", "tapleli", "तापलेली", "tapleli suri",
    ),
    # Put to, laid on, burnt: "lavli", "लगाया", "भाजून घेतली", "jala li".
    "exh_put_to": (
        "lavli", "लावली", "lavla", "लावला", "laavli", "lagaya", "लगाया", "lagayi", "लगाई", "laga di", "लगा दी",
        "rakh di", "रख दी", "rakh diya", "रख दिया", "thevli", "ठेवली", "dabaya", "दबाया", "pressed", "held",
        "put", "bhajun ghetli", "भाजून घेतली", "भाजून घेतलं", "bhajun ghetla", "bhajli", "भाजली", "भाजलं",
        "jala li", "जला ली", "jala di", "जला दी", "jala liya", "जला लिया", "burnt", "burned", "burn",
    ),
    # Fingers and palms, in the forms the hand words lack: "बोटं", "tal hath".
    "exh_fingers": (
        "bota", "botan", "बोटं", "बोटे", "बोटांना", "botanna", "ungli", "ungliyan", "उंगली", "उंगलियां", "finger",
        "fingers", "palm", "hatheli", "हथेली", "tal hath", "तळहात", "talhat", "haatala", "हाताला", "hatala",
        "haath pe", "हाथ पे", "हाथ पर", "hath par", "hand", "hands", "wrist", "kalai", "कलाई", "managat", "मनगट",
    ),
    # The pain eased by it: "dukh kami vatla", "dard kam hua", "felt better".
    "exh_pain_eased": (
        "dukh kami", "दुःख कमी", "दुख कमी", "dukh jara kami", "dard kam", "दर्द कम", "dard kam hua",
        "felt better", "feel better", "relief", "sukun", "सुकून", "halka laga", "हल्का लगा", "halka vatla",
        "हलकं वाटलं", "bara vatla", "बरं वाटलं", "mann shant", "मन शांत", "calmer", "numb",
    ),
    # The result or the mock as its cause: "mock cha result baghun", "result dekh ke".
    "exh_after_marks": (
        "mock", "mocks", "मॉक", "मॉकचा", "mock test", "result", "results", "रिझल्ट", "रिजल्ट", "nikal", "निकाल",
        "marks", "मार्क्स", "rank", "रैंक", "score", "percentile", "paper", "exam", "परीक्षा", "pariksha",
        "fail", "फेल", "nambar", "नंबर", "गुण",
    ),
    # A ruler or a scale: what a student strikes his own hand with.
    "exh_ruler": (
        "scale", "स्केल", "scale ne", "scale se", "स्केल से", "स्केलने", "ruler", "rular", "patti", "पट्टी",
        "pattine", "पट्टीने", "steel scale", "foot patti",
    ),
    # Struck over and over: "मारत राहिलो", "maarta raha", "kept hitting".
    "exh_kept_striking": (
        "marat rahilo", "मारत राहिलो", "मारत राहिले", "marat hoto", "मारत होतो", "marla", "मारलं", "marle",
        "maarta raha", "मारता रहा", "marta raha", "मारती रही", "maarti rahi", "maar raha", "मार रहा", "maara",
        "मारा", "mara", "kept hitting", "kept striking", "hit", "hitting", "smacked", "struck",
    ),
    # A teacher or someone else who struck: another's harm, not the writer's own.
    "exh_struck_by_other": (
        "teacher", "sir ne", "सर ने", "sirane", "सरांनी", "madam ne", "मैडम ने", "madamne", "मॅडमनी",
        "master", "मास्टर", "guruji", "papa ne", "पापा ने", "babanni", "बाबांनी", "he hit", "she hit",
        "they hit", "bully", "seniors", "senior",
    ),
    # Cut marks, the scars of cutting: "कटे के निशान", "kaplyache vran", "cut marks".
    "exh_cut_marks": (
        "कटे के निशान", "kate ke nishan", "kate ke nishaan", "cut ke nishan", "kat ke nishan", "कट के निशान",
        "cut marks", "cutting marks", "my cuts", "the cuts", "scars", "kaplyache vran", "कापल्याचे व्रण",
        "kaplyachya khuna", "कापल्याच्या खुणा", "कापलेल्या खुणा", "vran", "व्रण", "nishan", "निशान", "निशाण",
        "khuna", "खुणा",
    ),
    # Growing in number: "बढ़ते जा रहे", "vadhat challe", "more and more".
    "exh_growing": (
        "badhte ja rahe", "बढ़ते जा रहे", "बढ़ते जा रहे हैं", "badh rahe", "बढ़ रहे", "badh gaye", "बढ़ गए",
        "vadhat challe", "वाढत चालले", "वाढत चाललेत", "vadhat ahet", "वाढत आहेत", "vadhle", "वाढले",
        "more and more", "increasing", "getting more", "adding up", "keep growing",
    ),
    # Marks that heal, fade or are old: a recovery told, or a mark of another cause.
    "exh_marks_fade": (
        "heal", "healing", "healed", "fade", "fading", "faded", "bhar rahe", "भर रहे", "bharat ahet", "भरत आहेत",
        "kam ho rahe", "कम हो रहे", "kami hot", "कमी होत", "purane", "पुराने", "old", "june", "जुने",
        "chicken pox", "mosquito", "machhar", "मच्छर", "allergy", "pimple", "acne", "stretch",
    ),
    # A candle lit for a power cut, a prayer or a birthday.
    "exh_candle_lit": (
        "light gayi", "लाइट गई", "light geli", "लाइट गेली", "power cut", "puja", "pooja", "पूजा", "diwali",
        "दिवाळी", "birthday", "cake", "prayer", "mandir", "मंदिर", "by mistake", "galti se", "गलती से", "chukun",
        "चुकून", "accidentally", "cooking", "ironing",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

HURT_OVER_MARKS: tuple[Combination, ...] = (
    # A flame or hot iron put to the hand, with the pain eased by it.
    Combination(SH, (_g("exh_flame", "hot_surface", "burning_tool"), _g("exh_fingers", "hand_part"),
                     _g("exh_pain_eased")), 12, across=True,
                unless=_g("exh_candle_lit", "burnt_by_mistake"), unless_reach=12),
    # A flame put to the fingers after a mock or a result.
    Combination(SH, (_g("exh_flame"), _g("exh_put_to", "burn"), _g("exh_after_marks")), 14, across=True,
                unless=_g("exh_candle_lit", "burnt_by_mistake"), unless_reach=14),
    Combination(SH, (_g("exh_flame"), _g("exh_fingers", "hand_part"), _g("exh_put_to", "burn")), 4,
                unless=_g("exh_candle_lit", "burnt_by_mistake"), unless_reach=8),
    # A ruler struck on one's own hand, after a mock or until it swelled.
    Combination(SH, (_g("exh_ruler"), _g("exh_fingers", "hand_part"), _g("exh_kept_striking")), 5,
                unless=_g("exh_struck_by_other"), unless_reach=10),
    # Cut marks growing in number, or done again today.
    Combination(SH, (_g("exh_cut_marks"), _g("exh_growing")), 6,
                unless=_g("exh_marks_fade"), unless_reach=10),
)
