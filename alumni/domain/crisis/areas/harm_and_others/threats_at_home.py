"""Threats made from the family phone (round 13: holdout 36): "something" done to a wife or a
neighbour unless someone talks sense into her ("kuch kar baithunga uske saath"), a knife for a
boy of the lane ("लड़के को चाकू मार दूंगा": the boy is someone else, as "him" is), a shop or a house to be burnt with the petrol
already brought ("दुकान आज जाळणार, पेट्रोल आणलंय"). Words and the rules that read them (appended
to the area's COMBINATIONS by rules.py).

"Kuch kar baithunga" alone may be said of oneself, and a rash act with nobody named is left
to the other rules; petrol for the bike, a shop visited and a boy told off stay quiet: each
rule needs the person or the place, and the act to come.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    # An act not named, to come, rashly: "kuch kar baithunga", "काहीतरी करून बसेन".
    "rash_act": ("kuch kar baithunga", "kuch kar baithungi", "कुछ कर बैठूंगा", "कुछ कर बैठूँगा", "कुछ कर बैठूंगी",
                 "kuch kar dunga", "kuch kar dungi", "कुछ कर दूंगा", "कुछ कर दूँगा", "kuch kar daalunga",
                 "कुछ कर डालूंगा", "kahitari karun basen", "काहीतरी करून बसेन", "kahitari karun basel",
                 "kahitari karin", "काहीतरी करीन", "kay tari karin", "do something to", "ill do something to",
                 "will do something to"),
    # Whom it is done to: "uske saath", "तिच्यासोबत", "to her".
    "done_to_them": ("uske saath", "उसके साथ", "unke saath", "उनके साथ", "iske saath", "इसके साथ", "uske sath",
                     "tyachyasobat", "त्याच्यासोबत", "tichyasobat", "तिच्यासोबत", "tyachya sobat", "tichya sobat",
                     "tyachyabarobar", "त्याच्याबरोबर", "tichyabarobar", "तिच्याबरोबर", "to her", "to him",
                     "to them"),
    # To be burnt by the writer: "jaalnar", "jala dunga", "aag laga dunga".
    "burn_future": ("jalnar", "jaalnar", "जाळणार", "jalun taknar", "जाळून टाकणार", "jalin", "जाळीन",
                    "jala dunga", "जला दूंगा", "jala daalunga", "जला डालूंगा", "aag laga dunga", "आग लगा दूंगा",
                    "aag lagaunga", "आग लगाऊंगा", "aag lavnar", "आग लावणार", "aag lavin", "आग लावीन",
                    "petvun denar", "पेटवून देणार", "petvun takin", "पेटवून टाकीन", "will burn", "gonna burn",
                    "going to burn", "set fire to"),
    # What is burnt: a shop, a house, a car, a hut.
    "property": ("dukan*", "दुकान*", "dukaan*", "shop", "store", "ghar", "घर", "house", "gaadi", "गाड़ी",
                 "gadi", "गाडी", "car", "jhopdi", "झोपडी", "झोपड़ी", "godown", "godam", "गोदाम", "bhatti",
                 "भट्टी", "theka", "theke", "ठेका", "ठेके", "thekyala", "ठेक्याला", "adda", "अड्डा"),
    # The fuel brought or kept: "पेट्रोल आणलंय", "petrol le aaya", "brought petrol".
    "fuel_brought": ("aanlay", "आणलंय", "anlay", "aanla", "आणला", "aanle", "आणले", "anun thevla", "आणून ठेवलं",
                     "le aaya", "ले आया", "le aaya hu", "laya hu", "लाया हूं", "le ke aaya", "लेके आया", "rakh liya",
                     "रख लिया", "brought", "got the", "kept ready", "ready hai", "tayar ahe", "तयार आहे"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # A person as the object of the act, by who they are: "लड़के को चाकू मार दूंगा", "पोराला".
    "other_target": ("ladke ko", "लड़के को", "ladki ko", "लड़की को", "aadmi ko", "आदमी को", "bande ko",
                      "बंदे को", "mulala", "मुलाला", "porala", "पोराला", "manasala", "माणसाला", "that boy",
                      "that man", "the boy", "the guy"),
}

COMBINATIONS: tuple[Combination, ...] = (
    # "kuch kar baithunga uske saath": the rash act, done to someone named.
    Combination(HO, (_g("rash_act"), _g("done_to_them")), 2),
    # A shop or a house to be burnt, and the fuel for it brought: "दुकान आज जाळणार, पेट्रोल आणलंय".
    Combination(HO, (_g("property"), _g("burn_future"), _g("fuel"), _g("fuel_brought")), 10, across=True,
                unless=_g("self", "reflexive", "my_own")),     # "apna ghar jala dunga": the writer's own
)
