"""Self-harm told beside a festival's lamps, sparklers and incense: the arm or hand held over
a diya's flame ("held my arm over the diya flame till it blistered", "हात ज्योतीवर धरला");
lines burnt on the skin, or a sparkler's hot wire put to it; incense pressed on the hand on
purpose ("agarbatti hatavar dabli muddam"); cutting done and the sleeves pulled down over it at
a wedding; cutting begun again with a pin or a blade ("परत कापायला सुरुवात केलीय. पिनने").

What keeps each quiet is named beside it: hands warmed over the fire; calories or a CD burnt;
incense touched by mistake; vegetables, hair or cloth cut again.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SH = Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # A limb held over a flame: "held my arm over", "हाथ लौ पर रखा", "हात ज्योतीवर धरला".
    "fest_hurt_held_over": (
        "held my arm over", "held my hand over", "held my palm over", "held my finger over", "held my wrist over",
        "kept my hand over", "kept my arm over", "haath lau par rakha", "हाथ लौ पर रखा", "हाथ लौ पे रखा",
        "haath lau pe rakha", "haat jyotivar dharla", "हात ज्योतीवर धरला", "हात दिव्यावर धरला",
        "haat divyavar dharla", "ungli lau par", "उंगली लौ पर", "बोट ज्योतीवर", "bot jyotivar",
    ),
    # Warming hands at the fire: what else holds a hand over a flame.
    # Or shielding the flame from the wind.
    "fest_hurt_warming": ("warm", "warmed", "warming", "sekne", "सेकने", "sek", "सेक", "shek", "शेक", "thand", "ठंड", "cold",
                    "protect", "shield", "wind", "hawa", "हवा", "vaara", "वारा", "bachane", "बचाने", "vachvayla",
                    "वाचवायला"),
    # A sparkler's or a hot wire: "phuljhadi wire", "फुलझड़ी का तार".
    "fest_hurt_hot_wire": (
        "phuljhadi", "फुलझड़ी", "phooljhadi", "fuljhadi", "फुलझडी", "sparkler", "sparklers", "fulbaji", "फुलबाजी",
        "hot wire", "garam taar", "गरम तार", "garam tar", "तापलेली तार", "taapleli taar",
    ),
    # Incense or a dhoop stick.
    "fest_hurt_incense": (
        "agarbatti", "अगरबत्ती", "agarbati", "agar batti", "dhoop batti", "धूपबत्ती", "धूप बत्ती", "incense",
        "incense stick", "udbatti", "उदबत्ती", "udbatti",
    ),
    # Pressed onto it: "dabli", "दबा दी", "pressed".
    "fest_hurt_pressed": (
        "dabli", "दाबली", "dabla", "दाबला", "dabun", "दाबून", "daba di", "दबा दी", "dabayi", "दबाई", "dabaya",
        "दबाया", "pressed", "pushed", "stubbed", "lavli", "लावली", "lagayi", "लगाई", "chatka", "चटका",
    ),
    # By mistake: what makes a burn from incense an accident.
    "fest_hurt_by_mistake": (
        "chukun", "चुकून", "galti se", "गलती से", "accidentally", "by mistake", "by accident", "achanak", "अचानक",
    ),
    # Cutting done, said short: "cut kiya", "cut kela", "cut kar liya".
    "fest_hurt_cut_done": (
        "cut kiya", "cut किया", "cut kar liya", "cut कर लिया", "cut kela", "cut केला", "cut kel", "cut केलं",
        "cut myself", "cut again", "kaat liya", "काट लिया", "kapla", "कापलं",
    ),
    # The sleeves pulled down over it: "sleeves down", "बाह्या खाली".
    "fest_hurt_sleeves_down": (
        "sleeves down", "sleeve down", "pulled my sleeves", "full sleeves", "full sleeve", "baahein neeche",
        "बाहें नीचे", "bahya khali", "बाह्या खाली", "hid the cut", "hid the cuts", "covered the cut", "covered the cuts",
    ),
    # Cutting begun again: "परत कापायला सुरुवात", "fir se kaatna shuru".
    "fest_hurt_cutting_again": (
        "parat kapayla", "परत कापायला", "punha kapayla", "पुन्हा कापायला", "fir se kaatna", "फिर से काटना",
        "phir se kaatna", "fir se kaatne", "फिर से काटने", "started cutting again", "cutting again",
        "kaatna shuru kar diya", "काटना शुरू कर दिया",
    ),
    # A small sharp thing: a pin, a blade, a compass, a needle.
    "fest_hurt_small_sharp": (
        "pin", "pins", "पिन", "पिनने", "pinne", "पिनेने", "safety pin", "blade", "ब्लेड", "bladene", "ब्लेडने",
        "razor", "compass", "कंपास", "needle", "sui", "सुई", "सुईने", "suine",
    ),
    # What else is cut again: vegetables, hair, nails, cloth.
    "fest_hurt_cut_things": (
        "bhaji", "भाजी", "sabzi", "सब्ज़ी", "सब्जी", "kanda", "कांदा", "onion", "kes", "केस", "hair", "baal", "बाल",
        "nakh", "नखं", "nails", "kapda", "कपडा", "कपड़ा", "cloth", "fabric", "cake", "केक", "ribbon",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

HURT_AT_THE_FESTIVAL: tuple[Combination, ...] = (
    # A limb held over a flame; hands warmed at it are no hurt.
    Combination(SH, (_g("fest_hurt_held_over"), _g("lamp_flame", "hot_surface")), 5,
                unless=_g("fest_hurt_warming"), unless_reach=6),
    # Lines burnt on the skin.
    Combination(SH, (_g("burn"), _g("lines_drawn")), 2, order=True),
    # A sparkler's hot wire put to the skin.
    Combination(SH, (_g("fest_hurt_hot_wire"), _g("burn", "fest_hurt_pressed"), _g("cut_site")), 8,
                unless=_g("fest_hurt_by_mistake"), unless_reach=4),
    # Incense pressed on the hand or arm, not by mistake.
    Combination(SH, (_g("fest_hurt_incense"), _g("cut_site", "hand_part"), _g("fest_hurt_pressed")), 5,
                unless=_g("fest_hurt_by_mistake"), unless_reach=3),
    # Cutting done and the sleeves pulled down over it.
    Combination(SH, (_g("fest_hurt_cut_done"), _g("fest_hurt_sleeves_down")), 14, across=True),
    # Cutting begun again with a pin or a blade; vegetables or hair cut again are chores.
    Combination(SH, (_g("fest_hurt_cutting_again"), _g("fest_hurt_small_sharp")), 14, across=True,
                unless=_g("fest_hurt_cut_things"), unless_reach=4),
)
