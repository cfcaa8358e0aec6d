"""Suicide told through the sewer, the railway line, the ghat road and the sugar factory (round
27, holdouts 78, 79 and 81: cane cutters, sanitation workers, bus and railway crews):

- going down the sewer or a chamber not to come up, or without the belt, the mask or the rope:
  "ये कल से कह रहे हैं manhole me jaake wapas nahi aayenge", "उद्या गटारात उतरून वर येणार नाही",
  "कल सुबह वाले चैंबर में बेल्ट नहीं पहनूँगा", "gas ne nela tar bara";
- lying or standing before a train or a loaded trolley, sitting by the line until the train
  comes, gone to the track with the phone unanswered, the overhead wire touched: "uske aage let
  jaun", "he will lie on the line tonight", "तिथे येऊन बसलोय. गाडी येईपर्यंत", "ओव्हरहेड तारेला हात
  लावला की सगळं संपेल";
- the bus let go into the valley from the ghat: "घाटात गाडी दरीत घालावी असं वाटलं", "tithun ST
  sodun dein khali", "let go of the steering";
- fallen into the factory's molasses tank where nobody would find the body: "मळीच्या टाकीत पडलो तर
  कोणी शोधणार पण नाही".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    "dl_sewer": ("sewer", "सीवर", "manhole", "मैनहोल", "मॅनहोल", "gutter", "गटार", "गटारात", "gatarat", "chamber",
                 "चेंबर", "चेंबरमध्ये", "चैंबर", "chembar"),
    "dl_not_coming_up": ("wapas nahi aayenge", "वापस नहीं आएंगे", "वापस नहीं आऊँगा", "वापस नहीं आऊंगा",
                         "wapas nahi aaunga", "wapas nahi aayega", "not come back", "वर येणार नाही", "var yenar nahi",
                         "वर यायचं नाही", "var yaycha nahi", "parat nahi yenar", "परत नाही येणार", "परत येणार नाही",
                         "parat yenar nahi", "upar nahi aaunga", "ऊपर नहीं आऊंगा", "ऊपर नहीं आऊँगा"),
    "dl_no_safety": ("belt nahi", "बेल्ट नहीं", "belt lavnar nahi", "बेल्ट लावणार नाही", "mask kadhun", "मास्क काढून",
                     "मास्क काढूनच", "rope nahi lavnar", "दोरी लावणार नाही", "बिना मास्क के उतर", "without the mask",
                     "without a mask", "no belt", "without the belt"),
    "dl_gas_takes": ("gas ne nela tar bara", "गॅसने नेलं तर बरं", "गैस ले जाए तो ले जाए", "gas le jaye to le jaye",
                     "let the gas take me", "gas ne nela tar"),
    "dl_lie_before": ("aage let jaun", "आगे लेट जाऊं", "आगे लेट जाऊँ", "aage let jaunga", "aage khada ho jaunga",
                      "आगे खड़ा हो जाऊंगा", "आगे खड़ा हो जाऊँगा", "lie on the line", "lie on the track",
                      "lie down on the track", "lie down on the line", "खाली झोपायचं", "khali zopaycha",
                      "ट्रॉलीखाली झोपायचं", "trolleykhali zopaycha",
                      "रुळावर झोपणार", "rulavar zopnar", "patri pe let", "पटरी पे लेट", "पटरी पर लेट", "line pe let"),
    "dl_moving_load": ("train", "ट्रेन", "mail train", "gaadi", "गाडी", "trolley", "ट्रॉली", "ट्रॉलीखाली", "trolleykhali",
                       "tractor", "ट्रॅक्टर", "track", "रेल्वे"),
    "dl_till_it_comes": ("गाडी येईपर्यंत", "gadi yeiparyant", "gaadi yeiparyant", "train aane tak", "ट्रेन आने तक",
                         "गाड़ी आने तक", "gaadi aane tak", "till the train comes", "until the train comes"),
    # (not a bare "line": a queue is one too)
    "dl_track": ("track", "ट्रॅक", "रेल्वे लाईन", "railway line", "रेल्वे", "patri", "पटरी", "rulavar",
                 "रुळावर", "yard", "यार्ड"),
    "dl_phone_unanswered": ("phone उचलत नाहीत", "phone uchlat nahit", "फोन उचलत नाहीत", "phone nahi utha rahe",
                            "फोन नहीं उठा रहे", "not picking up", "not answering the phone", "phone uchalat nahi"),
    "dl_went_there": ("कडे गेलेत", "kade gelet", "gaye hain", "गए हैं", "went to the", "gone to the", "gela ahe",
                      "गेला आहे", "kade gela", "कडे गेला"),
    "dl_overhead": ("overhead wire", "overhead tar", "ओव्हरहेड तार", "ओव्हरहेड तारेला", "ओवरहेड तार", "OHE",
                    "overhead line"),
    "dl_touch_and_end": ("हात लावला की", "haat lavla ki", "हाथ लगाया तो", "haath lagaya to", "touch it and",
                         "सगळं संपेल", "sagla sampel", "sab khatam"),
    "dl_ghat": ("ghat", "घाट", "घाटात", "ghatat", "ghaticha", "घाटीचा", "valan", "वळण", "hairpin", "दरीत",
                "darit", "valley",
                # round 28: a flyover or a bridge driven off
                "flyover", "फ्लाईओवर", "फ्लायओवर", "pulavarun", "पुलावरून"),
    "dl_drive_off": ("दरीत घालावी", "darit ghalavi", "दरीत घालीन", "darit ghalin", "darit sodun", "दरीत सोडून",
                     "sodun dein khali", "सोडून देईन खाली", "ST sodun dein", "let go of the steering",
                     "let go the steering", "steering sodun", "स्टीयरिंग सोडून", "steering chhod", "स्टीयरिंग छोड़",
                     "खाई में गिरा दूं", "khai me gira du", "खाली घालतो",
                     "khali ghalto", "गिरा देगा", "gira dega", "khali sodun deto", "खाली सोडून देतो"),
    "dl_molasses": ("मळीच्या टाकीत", "malichya takit", "शीरे के टैंक", "sheere ke tank", "molasses tank",
                    "molasses"),
    "dl_fall_in": ("पडलो तर", "padlo tar", "गिर जाऊँ", "गिर जाऊं", "gir jaun", "fall in", "fell in", "jump in"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

DOWN_THE_SEWER_AND_ON_THE_LINE: tuple[Combination, ...] = (
    Combination(S, (_g("dl_sewer"), _g("dl_not_coming_up")), 12, across=True),
    Combination(S, (_g("dl_sewer"), _g("dl_no_safety")), 10, across=True),
    Combination(S, (_g("dl_gas_takes"),)),
    Combination(S, (_g("dl_lie_before"), _g("dl_moving_load", "by_night", "tonight", "want", "mind")), 10, across=True),
    Combination(S, (_g("dl_track", "rail_line"), _g("dl_till_it_comes")), 16, across=True),
    Combination(S, (_g("dl_track", "rail_line"), _g("dl_went_there"), _g("dl_phone_unanswered")), 10, across=True),
    Combination(S, (_g("dl_overhead"), _g("dl_touch_and_end")), 6),
    Combination(S, (_g("dl_ghat"), _g("dl_drive_off")), 12, across=True),
    Combination(S, (_g("dl_molasses"), _g("dl_fall_in")), 5),
)
