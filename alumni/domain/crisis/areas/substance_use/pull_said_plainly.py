"""Cravings said plainly, urgent and never a relapse (round 24, holdouts 68-70: the station, the
gym, the wedding season):

- a smoke, a chillum, a drink or the high thought of, seen with the eyes closed or dreamt of: "bas
  ek sutte ka khayal", "आंख बंद करूं तो चिलम दिखती है", "नशेचीच स्वप्नं पडतायत";
- the wish stirred by others using: "प्लेटफार्म पे लड़के सूंघ रहे हैं, मेरा भी मन कर रहा है",
  "station पे सबको thaili लेते देख मन कर रहा";
- the mind tempted, wavering or pulled: "हर शादी में मन ललचाता है", "लग्नात गेलो की मन चळतं", "aaj
  bahut khinchav hai", "आज बहुत कमज़ोर पड़ रहा हूं"; a sweet or a dish that tempts is no craving.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR = Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    "ps_pictured": ("khayal", "ख्याल", "khyal", "ख़याल", "vichar", "विचार", "dikhti", "दिखती", "dikhta", "दिखता",
                    "dikhte", "दिखते", "disate", "दिसते", "disat", "दिसत", "दिसतो", "दिसतोय", "दिसतं", "disto", "distoy", "swapn*", "स्वप्न*", "sapne", "सपने",
                    "sapna", "सपना", "dream*", "picture", "imagine",
                    "can taste it", "already taste it", "can already taste"),
    "ps_tempted": ("मन ललचा*", "मन ललचाता", "मन ललचाती", "मन ललचाए", "man lalchata", "mann lalchata", "man lalcha*", "mann lalcha*", "मन ललचत*", "मन चळत*", "man chalat*", "mann chalat*",
                   "mann chalta", "मन डगमग*", "man dagmag*", "mann dagmag*", "khinchav", "खिंचाव", "kheenchav",
                   "kamzor pad raha", "कमज़ोर पड़ रहा", "कमजोर पड़ रहा", "kamjor pad raha", "kamzor pad rahi",
                   "कमज़ोर पड़ रही", "feeling weak today", "resolve is slipping"),
    # Marathi's genitive of the high: "नशेचीच स्वप्नं", "nashechi aathvan".
    "ps_high_of": ("नशेच*", "nashech*", "नशेची*", "nashechi", "नशेचे", "nashyachi", "नशेके", "nashe ke", "nashe ki"),
    "ps_food": ("mithai", "मिठाई", "sweet*", "khana", "खाना", "jalebi", "जलेबी", "biryani", "बिरयानी", "cake",
                "pizza", "chocolate", "icecream", "ice cream", "laddu", "लड्डू", "gulab jamun", "shopping", "phone", "bike", "kharid*", "खरीद*"),
    # Round 57's reading: everyone drinks on the night shift and the writer cannot bear it; afraid of
    # taking it again; the others gone to the den and the writer wanting to go too.
    "ps_all_drink": ("सगळे पितात", "sagle pitat", "सगळे रात्री पितात", "सब पीते हैं", "sab peete hain", "sab pite hai",
                     "सब पीते है", "everyone drinks", "they all drink", "sagle guttyavar chalale", "सगळे गुत्त्यावर चालले",
                     "sab theke pe chale", "सब ठेके पे चले", "सगळे drinks घेतात", "sagle drinks ghetat"),
    "ps_cannot_bear": ("सहन होत नाही", "sahan hot nahi", "सहा नहीं जा रहा", "saha nahi ja raha", "sahan nahi hota",
                       "सहन नहीं होता", "bardasht nahi", "बर्दाश्त नहीं", "cant bear it", "can't bear it",
                       "mala pan jaaycha ahe", "मला पण जायचं आहे", "mala pan jaycha", "mujhe bhi jaana hai",
                       "मुझे भी जाना है", "भीती वाटतेय", "bhiti vatatey", "dar lag raha"),
    "ps_afraid": ("भीती वाटते", "bhiti vatte", "bhiti vatate", "भीती वाटतेय", "dar lagta hai", "डर लगता है",
                  "dar hai", "डर है", "afraid", "scared"),
    "ps_take_again": ("पुन्हा घेईन", "punha ghein", "parat ghein", "परत घेईन", "phir se pi lunga", "फिर से पी लूंगा",
                      "phir pi lunga", "फिर पी लूंगा", "will drink again", "ill drink again", "i'll drink again",
                      "start again", "bottle na utha lu", "बोतल ना उठा लूं"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_SMOKED_OR_DRUNK = ANY + ("smoke_named", "fest_use_pouch", "solvent_named", "bottle_word", "ps_high_of")

PULL_SAID_PLAINLY: tuple[Combination, ...] = (
    # "रात्रपाळीत सगळे पितात, मला सहन होत नाही", "shift nantar sagle guttyavar chalale, mala pan jaaycha ahe".
    Combination(CR, (_g("ps_all_drink"), _g("ps_cannot_bear")), 10, order=True, across=True),
    # "पोळा जवळ आलाय, भीती वाटते पुन्हा घेईन", "dar hai kahin bottle na utha lu".
    Combination(CR, (_g("ps_afraid"), _g("ps_take_again")), 6, order=True),
    Combination(CR, (_g(*_SMOKED_OR_DRUNK), _g("ps_pictured")), 3, order=True, unless=_g("quit"), unless_reach=2),
    Combination(CR, (_g("use_strong", "sniff", "drinking_around", "they_drink", *_SMOKED_OR_DRUNK),
                     _g("bare_desire", "longing")), 10, order=True,
                across=True, unless=_g("ps_food"), unless_reach=4),
    Combination(CR, (_g("ps_tempted"),), 0, unless=_g("ps_food"), unless_reach=6),
)
