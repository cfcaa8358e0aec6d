"""Suicide told as an end one moment away, or as its things in place (the reading of rounds 62-63,
holdouts 218, 222 and 224):

- everything over in a moment: "बेल्ट सोडून द्यावा, एका क्षणात सगळं संपेल", "one second and it
  will all be over", "ek jhatke me sab khatam";
- the writer's own neck wished cut like the animal's: "bokad kaptana vichar yeto ki mazi maan pan
  ashich kapavi ekda", "meri gardan bhi aise hi kaat du";
- the fan, the stool and the cloth named together: "pankha ahe, stool ahe, odhni ahe. ajun kahi
  nako".

Their twins name the work: a job, a repair or a download done in a second; a fan cleaned from
the stool with a dupatta; a throat ("gala") that is sore, not cut.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # One moment: "एका क्षणात", "ek second me", "in a second".
    "om_in_a_moment": ("एका क्षणात", "eka kshanat", "ekach kshanat", "एकाच क्षणात", "eka kshanaat",
                       "ek second me", "ek second mein", "एक सेकंड में", "एक second में", "eka secondat",
                       "एका सेकंदात", "ek jhatke me", "ek jhatke mein", "एक झटके में", "eka jhatkyat",
                       "एका झटक्यात", "one second", "a second", "in a second", "in one second", "in a moment",
                       "in one moment", "one moment", "pal bhar me", "पल भर में", "ek pal me", "एक पल में"),
    # All of it over, ahead: "सगळं संपेल", "sab khatam ho jayega", "it will all be over".
    "om_all_over": ("सगळं संपेल", "sagla sampel", "sagla sampun jail", "सगळं संपून जाईल", "sagla sample",
                    "sagle sampel", "सगळे संपेल", "sab khatam ho jayega", "सब खत्म हो जाएगा", "sab khatam hoga",
                    "सब खत्म होगा", "sab khatam ho jaega", "all be over", "it'll be over", "itll be over",
                    "everything will end", "it will end", "khel khatam hoga", "खेल खत्म होगा", "विषय संपेल",
                    "vishay sampel"),
    # The work done in a second: a job, a repair, a download, a payment.
    "om_a_job_done": ("kaam", "काम", "repair", "fix*", "download*", "payment", "upload*", "charging",
                      "गॅस भरणे", "filling", "test", "report", "print"),
    # The writer's own neck or throat: "mazi maan", "meri gardan", "my neck".
    "om_my_neck": ("mazi maan", "majhi maan", "माझी मान", "meri gardan", "मेरी गर्दन", "apni gardan", "अपनी गर्दन",
                   "my neck", "my own neck", "majha gala", "माझा गळा", "mera gala", "मेरा गला", "apna gala",
                   "अपना गला", "swatachi maan", "स्वतःची मान"),
    # Cut, wished or willed: "kapavi", "kaat du", "slit".
    "om_cut_wished": ("kapavi", "कापावी", "kapun takavi", "कापून टाकावी", "kapavishi", "कापावीशी", "kaapin", "कापीन",
                      "kaapun takin", "कापून टाकीन", "kaat du", "kaat doon", "काट दूं", "काट दूँ", "kaat lu",
                      "kaat loon", "काट लूं", "kaat lunga", "काट लूंगा", "slit", "cut it", "to be cut"),
    # A fan, a stool and a cloth, each named.
    "om_fan": ("pankha", "पंखा", "pankhe", "पंखे", "pankhya", "पंख्या", "pankhyala", "पंख्याला", "fan", "ceiling fan"),
    "om_stool": ("stool", "स्टूल", "stul", "स्टुल"),
    "om_cloth": ("odhni", "ओढणी", "ओढनी", "odhani", "dupatta", "दुपट्टा", "duppatta", "saree", "sadi", "साडी", "साड़ी",
                 "rope", "rassi", "रस्सी", "dori", "दोरी", "dor", "दोर"),
    # What a fan and a stool are for: cleaning, fixing, fitting.
    "om_fan_chore": ("saaf", "साफ", "clean*", "pusla", "पुसला", "pusun", "पुसून", "dust*", "जाळे",
                     "repair", "रिपेअर", "fitting", "फिटिंग", "bulb", "बल्ब", "paint", "पेंट", "rang", "रंग",
                     "electrician", "wiring", "वायरिंग"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

OVER_IN_A_MOMENT: tuple[Combination, ...] = (
    Combination(S, (_g("om_in_a_moment"), _g("om_all_over")), 8, order=True, unless=_g("om_a_job_done"),
                unless_reach=4),
    Combination(S, (_g("om_my_neck"), _g("om_cut_wished")), 6),
    Combination(S, (_g("om_fan"), _g("om_stool"), _g("om_cloth")), 10, across=True, unless=_g("om_fan_chore"),
                unless_reach=10),
)
