"""Threats made in a butcher's, a lab's or a driver's own verbs (the second reading of rounds 62-63,
holdouts 218, 221, 222, 224 and 225): a man to be slaughtered, slit or ripped open ("उसका गला रेत
दूंगा", "US BYAJ WALE KO HALAL KAR DUNGA", "uska pet chaak kar dunga"); acid poured or thrown on him
("ab uske upar tezaab daalunga"); his face burnt ("torch ne tyacha tond bhajen"); a vehicle run over
him ("next time i will run the tanker over him"); pushed off a roof, said in the present ("I am
pushing him off"); and (rounds 68-69) a tool put through his neck or his hand ("ill put the ice pick
through his neck"), one of them pushed into the crusher, the van run over him. The man is named
beside the verb; halal meat, a goat's belly, an acid poured in the tank and a face burnt by the sun
are other words.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

_HIM = _g("other_target", "third_person", "hp_him")

NEW: dict[str, tuple[str, ...]] = {
    # Slaughtered, slit, ripped open: "गला रेत दूंगा", "halal kar dunga", "pet chaak kar dunga".
    "ts_slaughter": ("gala ret dunga", "गला रेत दूंगा", "गला रेत दूँगा", "gala ret du", "halal kar dunga", "हलाल कर दूंगा",
                     "halal kar dunga", "halal karunga", "हलाल करूंगा", "halal karin", "हलाल करीन", "jhatka kar dunga",
                     "झटका कर दूंगा", "pet chaak kar dunga", "पेट चाक कर दूंगा", "pet phaad dunga", "पेट फाड़ दूंगा",
                     "pet faad dunga", "pot fadin", "पोट फाडीन", "potach fadin", "kaapun takin bokdasarkha",
                     "bakre ki tarah kaat", "बकरे की तरह काट", "bokdasarkha kapin", "बोकडासारखा कापीन",
                     "hook pe taang dunga", "hook पे टांग दूंगा", "हुक पे टांग दूंगा", "hook la tangin", "हुकला टांगीन",
                     "taang dunga bakre ki tarah", "टांग दूंगा बकरे की तरह"),
    # Acid on him: "uske upar tezaab daalunga", "acid टाकीन".
    "ts_acid_on_him": ("tezaab daalunga", "tezab dalunga", "tezaab dalunga", "तेज़ाब डालूंगा", "तेजाब डालूंगा",
                       "tezaab phenkunga", "तेज़ाब फेंकूंगा", "acid dalunga", "acid daalunga", "ऍसिड डालूंगा",
                       "acid takin", "ऍसिड टाकीन", "ॲसिड टाकीन", "acid fekin", "ऍसिड फेकीन", "throw acid",
                       "pour acid on", "acid on his face", "acid on her face"),
    # His face burnt: "tond bhajen", "मुंह जला दूंगा".
    "ts_face_burnt": ("tond bhajen", "तोंड भाजेन", "tond jalin", "तोंड जाळीन", "munh jala dunga", "मुंह जला दूंगा",
                      "muh jala dunga", "chehra jala dunga", "चेहरा जला दूंगा", "burn his face", "burn her face"),
    # A vehicle run over him: "run the tanker over him", "tanker chadha dunga".
    "ts_run_over": ("run the tanker over", "run the truck over", "run the lorry over", "run my tanker over",
                    "run my truck over", "tanker chadha dunga", "टैंकर चढ़ा दूंगा", "truck chadha dunga",
                    "ट्रक चढ़ा दूंगा", "tanker angavar ghalin", "टँकर अंगावर घालीन",
                    # the school van's (rounds 68-69: "i will run the van over him")
                    "run the van over", "run my van over", "van chadha dunga", "वैन चढ़ा दूंगा", "gaadi angavar ghalin",
                    "गाडी अंगावर घालीन"),
    # Pushed off, in the present of a decision: "I am pushing him off", "ढकलून देईन".
    "ts_pushing_off": ("dhakka de dunga upar se", "धक्का दे दूंगा ऊपर से", "dhakalun dein", "ढकलून देईन",
                       "khali dhakalin", "खाली ढकलीन"),
    "ts_i_push": ("am pushing", "i'm pushing", "im pushing", "will push", "gonna push", "going to push"),
    "ts_one_of_them": ("one of them", "one of his", "them", "that guy", "that man"),
    "ts_i_put": ("ill put", "i'll put", "i will put", "will put", "gonna put", "going to put", "ill stick",
                 "i'll stick", "will stick", "ill drive", "i'll drive", "will drive"),
    "ts_off": ("off", "down"),
    "ts_into": ("into the", "into"),
    # A tool put through a man's neck, hand or skull (rounds 68-69: "ill put the ice pick through his
    # neck", "Ill put the chisel through his hand").
    "ts_through_him": ("through his neck", "through his hand", "through his head", "through his skull",
                       "through his chest", "through his heart", "through his stomach", "through his eye",
                       "into his neck", "into his chest", "into his skull", "in his neck"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

THREATS_SLAUGHTER_AND_ACID: tuple[Combination, ...] = (
    Combination(HO, (_HIM, _g("ts_slaughter", "ts_acid_on_him", "ts_face_burnt", "ts_run_over", "ts_pushing_off")), 8,
                across=True),
    Combination(HO, (_g("ts_i_push"), _HIM, _g("ts_off")), 3, order=True),
    # "push one of them into the crusher" (rounds 68-69)
    Combination(HO, (_g("ts_i_push"), _g("ts_one_of_them"), _g("ts_into")), 5, order=True,
                unless=_g("laugh", "water_leisure"), unless_reach=8),
    Combination(HO, (_g("ts_i_put"), _g("ts_through_him")), 6, order=True, unless=_g("laugh"), unless_reach=8),
)
