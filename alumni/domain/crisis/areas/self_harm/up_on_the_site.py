"""Danger told through a building site (round 26, holdout 74, construction):

- up a crane or a water tank and not coming down: "ते रात्री क्रेनवर चढलेत, खाली येत नाहीत",
  "wo crane pe chadh gaye hai raat ko, neeche nahi aa rahe", "आज रात्री tank वर चढणार, परत
  खाली नाही";
- the lift duct open and one step, or a look down: "lift duct 10th floor तक खुली है. बस एक
  step. bye";
- the harness left off on purpose: "aaj harness nahi lavla muddam. 16 va majla";
- how far one falls and nobody survives: "कितनी मंजिल से गिरो तो कोई बचता नहीं?";
- the hands let go up high: "क्रेनवर गेलो की हात सोडावासा वाटतो";
- going there tonight, not to return: "रात्री तिथे जाणार, परत नाही";
- the body hurt with the site's tools until it bleeds or burns: "binding wire ने हात खरवडला
  blood येईपर्यंत", "wire brush ne haat ghasla chamdi nighe paryant", "haath grinder pe laga
  diya. jaan bujh ke", "sariya garam karke apne pair pe daag diya", "गीले चूने में हाथ डाल के
  रखा जब तक जलन न हुई", "गुस्से में हाथ पे cutter चला दिया".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH = Category.SUICIDE, Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    "us_up_high": ("crane", "क्रेनवर", "cranevar", "crane var", "crane pe", "crane par", "tank var",
                   "tankivar", "takivar", "टाकीवर", "टंकी पर", "टंकी पे", "tanki pe", "tanki par", "tower var",
                   "टॉवरवर", "tower pe", "scaffold", "scaffolding",
                   # round 28 (housing societies): the tower's terrace, the society's tank
                   "terrace वर", "terrace var", "terrace पे", "terrace pe", "water tank",
                   # round 29: the container stack at the docks
                   "थप्पीवर", "container stack", "container var"),
    "us_climbed": ("चढलेत", "chadhlet", "चढलाय", "chadhlay", "चढून बसलो", "chadhun baslo", "चढून बसलाय",
                   "चढणार", "chadhnar", "chadh gaye", "chadh gaya", "चढ़ गए", "चढ गए", "चढ़ गया", "चढ गया",
                   "climbed up", "climbed onto", "went up", "gone up", "sitting up", "गेलो की", "gelo ki",
                   "बसलेत", "baslet", "basle ahet", "चढलोय", "chadhloy", "बसले आहेत", "chadh ke baitha", "चढ़ के बैठा", "चढ़ गए हैं", "sitting on"),
    # Said of one who climbed (the plural of respect: a husband, a father), or by the writer.
    "us_not_down": ("खाली येत नाहीत", "khali yet nahit", "neeche nahi aa rahe", "नीचे नहीं आ रहे",
                    "niche nahi aa rahe", "परत खाली नाही", "parat khali nahi", "not coming down",
                    "wont come down", "won't come down", "ata bas", "आता बस", "aata bas",
                    "खाली यायला तयार नाहीत", "khali yayla tayar nahit", "neeche dekh raha hu bas",
                    "बस झालं आता", "bas zala ata"),
    "us_shaft": ("lift duct", "lift shaft", "लिफ्ट डक्ट", "lift chi duct", "duct", "shaft"),
    "us_step_or_down": ("ek step", "एक step", "one step", "looking down", "look down", "finish it", "end it", "bye",
                        "just step in", "step in"),
    # Fallen on purpose: "मुद्दाम गाडीवरून पडलो आज".
    "us_fell": ("पडलो", "padlo", "padalo", "gira diya khud ko", "khud ko gira diya", "fell off", "threw myself off",
                "jumped off the bike", "गाडीवरून पडलो"),
    "us_harness": ("harness", "हार्नेस", "belt"),
    "us_not_worn": ("nahi lavla", "नाही लावला", "nahi lavli", "नाही लावली", "nahi lagaya", "नहीं लगाया",
                    "nahi pehna", "नहीं पहना", "didnt wear", "didn't wear", "not wearing", "took off", "kadhla",
                    "काढला"),
    "us_floors": ("मंजिल", "manzil", "manjil", "majla", "मजला", "मजल्यावरून", "floor", "floors", "storey"),
    "us_none_survive": ("कोई बचता नहीं", "koi bachta nahi", "कोई नहीं बचता", "koi nahi bachta", "bachta nahi",
                        "बचता नहीं", "vachat nahi", "वाचत नाही", "कोणी वाचत नाही", "nobody survives",
                        "no one survives", "you dont survive", "you don't survive", "sure death"),
    "us_let_go": ("हात सोडावासा", "haat sodavasa", "hath sodavasa", "हात सोडून द्यावा", "haath chhod du",
                  "हाथ छोड़ दूं", "हाथ छोड़ दूँ", "let go of the", "let go my hands", "let go of my grip"),
    "us_going_no_return": ("जाणार परत नाही", "janar parat nahi", "jaanar parat nahi", "jaunga wapas nahi",
                           "जाऊंगा वापस नहीं", "going there not coming back", "going and not coming back"),
    # The site's tools and materials turned on the body.
    "us_until_it_bleeds": ("blood येईपर्यंत", "blood yeiparyant", "रक्त येईपर्यंत", "rakt yeiparyant",
                           "chamdi nighe paryant", "चामडी निघेपर्यंत", "कातडी निघेपर्यंत", "khoon aane tak",
                           "खून आने तक", "until it bled", "till it bled", "till blood", "जब तक जलन", "jab tak jalan",
                           "khoon band nahi", "खून बंद नहीं", "till skin came off", "until the skin came off", "till the skin came off"),
    "us_scraped": ("खरवडला", "kharavadla", "kharvadla", "ghasla", "घासला", "घासले", "ragda", "रगड़ा", "scraped",
                   "scrubbed", "rubbed"),
    "us_site_tool": ("grinder", "ग्राइंडर", "cutter", "कटर", "wire brush", "binding wire", "sariya", "सरिया",
                     "saliya", "chuna", "चूना", "चूने", "chune", "lime"),
    "us_tool_put_to": ("laga diya", "लगा दिया", "chala diya", "चला दिया", "daal ke rakha", "डाल के रखा", "dal ke rakha",
                       "daag diya", "दाग दिया", "laavla", "लावला", "put my hand"),
    "us_anger_or_purpose": ("gusse me", "गुस्से में", "gusse mein", "rag", "रागात", "ragat", "jaan bujh ke",
                            "जान बूझ के", "muddam", "मुद्दाम", "on purpose", "pata nahi kyu", "पता नहीं क्यों",
                            "swatalach shiksha", "स्वतःलाच शिक्षा"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # Heavy vehicles of the highway and the site: "dumper खाली जायचं ठरवलंय".
    "vehicle": ("dumper", "डंपर", "tanker", "टँकर", "टैंकर", "trailer", "ट्रेलर", "hywa", "हायवा"),
}

UP_ON_THE_SITE: tuple[Combination, ...] = (
    Combination(S, (_g("us_up_high"), _g("us_climbed"), _g("us_not_down")), 16, across=True,
                unless=_g("food"), unless_reach=6),
    Combination(S, (_g("us_shaft"), _g("us_step_or_down")), 20, across=True),
    Combination(S, (_g("us_harness"), _g("us_not_worn"), _g("on_purpose")), 6),
    Combination(S, (_g("us_floors"), _g("us_none_survive")), 8),
    Combination(SH, (_g("on_purpose"), _g("us_fell")), 4, unless=_g("negation"), unless_reach=0),
    Combination(S, (_g("us_up_high", "height", "high_place"), _g("us_let_go")), 10),
    Combination(S, (_g("us_going_no_return"), _g("by_night", "time")), 6,
                unless=_g("period", "duration", "short_span"), unless_reach=4),
    Combination(SH, (_g("hand_part", "cut_site"), _g("us_until_it_bleeds")), 8, unless=_g("by_accident")),
    Combination(SH, (_g("hand_part", "cut_site"), _g("us_scraped"), _g("us_site_tool", "us_anger_or_purpose")), 8),
    Combination(SH, (_g("us_site_tool"), _g("us_tool_put_to"), _g("hand_part", "cut_site"),
                     _g("us_anger_or_purpose", "again")), 12, across=True),
)
