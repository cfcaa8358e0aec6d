"""Self-harm told as lines drawn on the skin with an edge (the reading of rounds 66-67, holdouts 234,
235, 237-240): "kamchi ki dhaar se baju pe lakeer kheench leta hu", "aam kaatne wali churi se jaangh
pe lakeere banayi", "स्क्रू ड्रायव्हरने पायावर ओरखडे काढतो रोज रात्री", "kaachecha tukda ghetla ani
hatavar ogarakhle". A pen, a marker, mehendi or a child's drawing on a hand is no edge, and a
scratch at work by mistake stays quiet. Words and the rule that reads them (appended to the area's
COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SH = Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # The edge: a blade's, a knife's, a split bamboo's, glass, a screwdriver.
    "ld_edge": ("dhaar", "धार", "dhar se", "धार से", "churi", "छुरी", "chhuri", "suri", "सुरी", "blade*", "ब्लेड*",
                "kaach", "काच", "kaachecha", "काचेचा", "kaanch", "काँच", "कांच", "screwdriver", "स्क्रू ड्रायव्हरने",
                "screw driver", "compass", "कंपास", "needle", "सुई", "sui", "knife", "chaku", "चाकू",
                "tukda", "तुकडा", "reti", "रेती", "tarane", "तारेने", "wire mesh", "jaali", "जाली", "mesh"),
    # Lines drawn, scratched: "lakeer kheench", "ओरखडे काढतो", "ogarakhle".
    "ld_lines_drawn": ("lakeer kheench", "लकीर खींच", "lakeer kheenchi", "lakeere banayi", "lakeeren banayi",
                       "लकीरें बनाई", "लकीरे बनाई", "lakire banai", "ओरखडे काढ", "orakhde kadh", "orakhade kadh",
                       "ogarakhle", "ओरखडले", "orakhadle", "ओरखाडले", "oarakhle", "resha odhlya", "रेषा ओढल्या",
                       "scratched lines", "drew lines", "draw lines",
                       # rounds 68-69: scraped, rubbed raw
                       "scraping", "scrape", "scraped", "ghis daali", "घिस डाली", "ghiswa li",
                       "घिसवा ली", "orakhdtoy", "ओरखडतोय", "orakhdto", "ओरखडतो"),
    "ld_body": ("baju", "बाजू", "bazu", "बाज़ू", "jaangh", "जांघ", "jangh", "mandi", "मांडी", "mandivar", "मांडीवर",
                "hath", "haath", "हाथ", "हात", "hatavar", "हातावर", "payavar", "पायावर", "pair", "पैर", "kalai",
                "कलाई", "managat", "मनगट", "arm", "arms", "wrist", "thigh", "thighs", "skin", "chamdi", "चमड़ी"),
    "ld_drawing": ("pen", "पेन", "pencil", "marker", "mehendi", "मेहंदी", "mehndi", "tattoo", "टॅटू", "design",
                   "डिझाइन", "drawing", "chitra", "चित्र", "bachcha", "बच्चा", "baby",
                   # a scrape at work: "while fixing the loft, need a tetanus shot"
                   "while fixing", "while repairing", "fixing", "repairing", "tetanus", "injury", "accident"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

LINES_DRAWN_ON_THE_SKIN: tuple[Combination, ...] = (
    Combination(SH, (_g("ld_edge"), _g("ld_body"), _g("ld_lines_drawn")), 8, across=True,
                unless=_g("ld_drawing", "ob_by_mistake"), unless_reach=6),
)
