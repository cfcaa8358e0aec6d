"""Self-harm told by the marks it leaves (round 15: holdouts 41, 28 and 35): pinching oneself
until the skin bruises ("स्वतःला चिमटे काढून हात काळानिळा केलाय", "pinched my arm till it
went blue"), lines drawn with a blade or a piece of glass ("got the blade out again. 3 lines",
"kaanch ke tukde se hath pe lakeer", "hatavar resha odhto kachecha tukdyan"), and a hand put
on the stove on purpose ("haat chulivar thevlo muddam").

Each needs its second family: a pinch to check one is awake, a bruise from a fall, the lines
of the palm, lines ruled on paper with a blade's edge, hands warmed at the stove in winter
stay quiet. "चिमटा" alone is the kitchen's tongs, so the pinch is its Marathi verb phrase.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SH = Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # Pinching: "चिमटे काढले", "chimte kadhun", "chikoti kaati", "nochna", "pinched".
    "pinch": ("pinch*", "chimte kadh*", "चिमटे काढ*", "chimta kadh*", "चिमटा काढ*", "chimte ghet*", "चिमटे घेत*",
              "chimti kaat*", "चिमटी काट*", "chikoti", "चिकोटी", "chikoti kaat*", "चिकोटी काट*", "nocha", "noche",
              "nochti", "नोचा", "नोचे", "ochakl*", "ओचकार*", "ochakar*"),
    # A bruise, the skin gone black and blue: "काळानिळा", "neela pad gaya", "bruised".
    "bruise": ("bruise*", "black and blue", "purple", "kalanila", "काळानिळा", "काळनिळा", "kalenile", "काळेनिळे",
               "kalinili", "काळीनिळी", "nila padla", "निळा पडला", "neela pad", "नीला पड़", "neel pad", "नील पड़",
               "neel", "नील", "nishan pad", "निशान पड़", "vran", "वण"),
    # Lines drawn on the skin: "lines", "lakeer", "लकीरें", "resha", "रेषा", "regha".
    "cut_lines": ("lines", "lakeer*", "lakir*", "लकीर*", "resha", "reshe", "रेषा", "रेषे", "regha", "रेघा",
                  "reghot*", "रेघोट*", "streaks"),
    # Ruled on paper or drawn for art: the lines that are a chore or a hobby.
    "drawn_harmless": ("paper", "kagaz", "kaagaz", "कागज़", "कागज", "kagad", "कागद", "notebook", "copy", "scale",
                       "ruler", "drawing", "sketch", "mehndi", "मेहंदी", "rangoli", "रांगोळी", "wood", "lakdi",
                       "लकड़ी", "tiles", "palm", "hatheli", "हथेली", "kismat", "किस्मत", "naseeb", "नसीब", "fan",
                       "pankha", "पंखा", "dust", "dhool", "धूल", "clean", "saaf", "साफ", "screen", "window",
                       "khidki", "खिड़की"),
    # The stove, the hearth: "चुलीवर", "chulha", "चूल्हा", "on the gas" ("chul" alone is "chal").
    "stove": ("chulivar", "चुलीवर", "chulha", "chulhe", "चूल्हा", "चूल्हे", "chulhe pe", "चूल्हे पे", "stove",
              "burner", "gas pe", "गैस पे", "gas var", "गॅसवर"),
    # A piece of glass in Marathi's genitive and instrumental: "काचेच्या तुकड्याने", "kachene".
    "glass_piece": ("kachecha", "काचेचा", "kachechya", "काचेच्या", "kachene", "काचेने", "kachecha tukda",
                    "काचेचा तुकडा"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

MARKS_MADE: tuple[Combination, ...] = (
    # Pinched until bruised, on oneself or one's arm.
    Combination(SH, (_g("pinch"), _g("bruise"), _g("self", "hand_part", "cut_site", "first_person")), 8,
                unless=_g("by_accident", "laugh")),
    # Pinched, oneself, on purpose or again and again.
    Combination(SH, (_g("pinch"), _g("self"), _g("on_purpose", "repeat_count", "bleed", "urge_to")), 6,
                unless=_g("by_accident", "laugh")),
    # Lines drawn with a blade or a piece of glass: "got the blade out again. 3 lines".
    # The lines on the body, again, or counted ("3 lines").
    Combination(SH, (_g("cutting_tool", "blade", "glass_piece"), _g("cut_lines"),
                     _g("hand_part", "cut_site", "self", "again", "small_count", "count", "routine")), 10,
                across=True, unless=_g("by_accident", "chore", "drawn_harmless")),
    # A hand put on the stove on purpose.
    Combination(SH, (_g("stove"), _g("hand_part", "cut_site"), _g("on_purpose")), 6,
                unless=_g("by_accident")),
)
