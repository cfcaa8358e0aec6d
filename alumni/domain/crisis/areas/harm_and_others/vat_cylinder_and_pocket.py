"""Threats into the vat, the crusher or the mill, a poison hidden or in the pocket, a cylinder taken
into a shut room, a chemical drunk (the reading of rounds 72-73: mobile repairers, jaggery makers,
street food carts, flour and oil mills, upholsterers, reel makers):

- a man promised to the boiling vat, the crusher or the chakki, or cut down, crushed on a stone, the
  hot oil's pan turned over on him: "त्या व्यापाऱ्याला काहिलीत ढकलून देईन", "usko chakki me daal ke pees
  dunga", "उस पर गरम तेल की कढ़ाई उलट दूँगा", "kaat dalunga aaj"; "he's not walking out of it";
- a poison hidden or carried in the pocket, reported: "sulfas le ke aaya hai, chhupa ke rakha hai",
  "chuha maar dawa ... jeb me hai" (hidden from the children stays quiet);
- a poison opened and sat with, a glass of water beside it: "सल्फास की डिब्बी खोल के बैठा हूँ";
- the jaggery's bleach, the lime water or another chemical drunk: "hydro powder pani madhe ghalun
  pilo", "चुन्याचं पाणी घटाघटा प्यायलो, आत सगळं जळतंय";
- pills taken along to the fields, a man sat with a rope or the glue tins behind a shutter that will
  not open: "झोपेच्या गोळ्यांची बाटली घेऊन फडात गेलाय", "Vicky kolhu के पास रस्सी लेके बैठा है";
- the gas cylinder brought into the room and the windows shut: "Ratri gas cylinder kholit aanla ahe,
  khidkya band kelya";
- pills or a rope with a letter found, or with "today is the last day" said.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

OD, HO, S = Category.OVERDOSE, Category.HARM_TO_OTHERS, Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Into the vat, the crusher, the mill.
    "vc_vessel": ("काहिलीत", "kahilit", "काहिली", "kadhav", "कढ़ाव", "कढ़ाई", "kadhai", "chakki", "चक्की", "कोल्हू", "kolhu",
                  "belan", "बेलन", "भट्टी", "bhatti", "furnace", "crusher", "chulvanat", "चुलवाणात", "चुलवाण", "chulvan"),
    "vc_push_in": ("ढकलून देईन", "dhakalun dein", "dhakalun den", "dhakel dunga", "धकेल दूंगा", "daal ke pees dunga",
                   "डाल के पीस दूंगा", "ukalun kadhin", "उकळून काढीन", "put his hand in"),
    "vc_cut_down": ("kaat dalunga", "काट डालूंगा", "काट डालूँगा", "kaat daalunga", "kapun takin", "कापून टाकीन",
                    "pees dunga", "पीस दूंगा", "ठेचीन", "thechin", "उलट दूँगा", "ulat dunga", "sodvin"),
    "vc_not_walking_out": ("hes not walking out", "he's not walking out", "not walking out of it", "won't walk out alive"),
    "vc_hot_oil": ("गरम तेल", "garam tel", "hot oil", "उकळतं तेल"),
    # Hidden, in the pocket; hidden from the children is safety.
    "vc_hidden": ("chhupa ke rakha", "छुपा रखी", "छुपा रखा", "chhupa rakha", "chhupa ke rakhi", "lapvun thevla",
                  "lapvun thevlay", "lapvun thevli", "लपवून ठेवलं", "लपवून ठेवलंय"),
    "vc_pocket": ("jeb me hai", "जेब में है", "jeb mein hai", "खिशात आहे", "khishat ahe", "in his pocket", "in my pocket"),
    "vc_from_children": ("bachchon se", "bachon se", "from the kids", "मुलांपासून", "mulanpasun", "bachon ki pahunch"),
    # Opened and sat with.
    "vc_sat_with_open": ("खोल के बैठा", "khol ke baitha", "ughadun baslo", "उघडून बसलो", "with me. tonight", "पाण्याचा glass",
                         "glass of water ready", "पानी की बोतल साथ"),
    # The jaggery's and the house's chemicals drunk.
    "vc_chemical": ("hydros", "hydro powder", "हायड्रो", "hydros powder", "चुन्याचं पाणी", "chunyache pani",
                    "गव्हात ठेवायच्या गोळ्या", "ghun ki goliyan", "घुन की गोलियां", "glue che dabbe", "तेज़ाब"),
    "vc_drank_it": ("drank it", "pilo", "प्यायलो", "pee liya", "पी लिया", "पी ली", "pee li", "घटाघटा प्यायलो"),
    "vc_burning_inside": ("आत सगळं जळतंय", "stomach burning", "stomach is burning", "pet jal raha", "पेट जल रहा",
                          "ulatya hot ahet", "उलट्या होत आहेत"),
    # Taken along; sat with.
    "vc_went_off_with": ("घेऊन गेलाय", "gheun gelay", "gheun gela", "le ke chala gaya", "le ke gaye", "ले के चले गए",
                         "went off with"),
    "vc_sat_with": ("लेके बैठा", "le ke baitha", "leke baitha", "gheun basla", "घेऊन बसलाय", "घेऊन बसला", "sitting with"),
    "vc_not_opening": ("ughadat nahi", "उघडत नाही", "darwaza nahi khol", "दरवाज़ा नहीं खोल", "shutter ughadat nahi",
                       "दार उघडत नाही"),
    # The cylinder brought into a shut room.
    "vc_cylinder": ("gas cylinder", "cylinder", "सिलेंडर", "सिलिंडर"),
    "vc_into_the_room": ("kholit", "खोलीत", "कमरे में", "kamre mein", "kamre me", "room madhe", "room mein",
                         "in the room"),
    "vc_shut": ("khidkya band", "खिडक्या बंद", "दरवाज़ा बंद", "darwaza band", "band kelya", "दार लावलं"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

VAT_CYLINDER_AND_POCKET: tuple[Combination, ...] = (
    Combination(HO, (_g("vc_vessel"), _g("vc_push_in")), 8, unless=_g("self"), unless_reach=2),
    Combination(HO, (_g("vc_cut_down"),), 0, unless=_g("self"), unless_reach=2),
    Combination(HO, (_g("vc_hot_oil", "bp_hot_oil"), _g("vc_cut_down")), 6),
    Combination(HO, (_g("vc_not_walking_out"),), 0),
    Combination(OD, (_g("poison", "vc_chemical"), _g("vc_hidden", "vc_pocket")), 10, across=True,
                unless=_g("vc_from_children"), unless_reach=4),
    Combination(OD, (_g("poison"), _g("vc_sat_with_open")), 10, across=True),
    Combination(OD, (_g("vc_chemical", "cs_chemical"), _g("vc_drank_it", "drank")), 10, across=True),
    Combination(OD, (_g("vc_chemical", "cs_chemical"), _g("vc_burning_inside")), 12, across=True),
    Combination(OD, (_g("pills", "poison"), _g("vc_went_off_with")), 8),
    Combination(S, (_g("ligature", "mt_rope", "vc_chemical", "poison"), _g("vc_sat_with")), 6),
    Combination(S, (_g("vc_sat_with"), _g("vc_not_opening", "cs_shut_in", "locked_in")), 16, across=True),
    Combination(S, (_g("vc_cylinder"), _g("vc_into_the_room"), _g("vc_shut", "vc_not_opening")), 14, across=True),
    Combination(S, (_g("pills", "poison"), _g("mt_letter"), _g("found")), 12, across=True),
    Combination(S, (_g("cs_last_day_said"), _g("ligature", "mt_rope", "poison", "pills")), 16,
                across=True),
)
