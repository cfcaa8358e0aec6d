"""Self-harm told with the tools of a kitchen or a workplace: lines drawn on the hand with a knife
after an insult ("suri ne haatavar resha odhlya", "chaku se haath pe lakeerein kheench di"), and
the wall punched until the hand breaks or bleeds ("भिंतीवर punch मारले हात फुटेपर्यंत", "deewar pe
mukke maare haath phatne tak"). The tandoor's rod and hot oil laid on the skin on purpose are read
by the heated-rod (by_own_hand.py) and hot-surface (burnt_on_purpose.py) readings.

Vegetables cut, a finger nicked while chopping, a wall broken with a hammer or a drill, a punching
bag at the gym stay quiet: the lines need the blade and the hand, the punches the wall and the hand
broken, and chopping, a tool or a gym cancels them.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SH = Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # Lines drawn: "resha odhlya", "lakeerein kheench", "drew lines".
    "lines_drawn": ("resha odhlya", "रेषा ओढल्या", "resha odhli", "रेषा ओढली", "resha marlya", "रेषा मारल्या",
                    # round 44: "रेघा", "reshya" as typed
                    "रेघा ओढल्या", "regha odhlya", "reshya odhlya", "रेषा ओढलेत",
                    "lakeerein kheench", "लकीरें खींच", "lakeer kheench", "लकीर खींच", "lakire kheench",
                    "drew lines", "drawing lines", "made lines", "carved lines", "lines on my"),
    # Until the hand broke or split: "हात फुटेपर्यंत", "haath phatne tak", "till my hand broke".
    "till_the_hand_broke": ("फुटेपर्यंत", "futeparyant", "phuteparyant", "तुटेपर्यंत", "tuteparyant",
                            "फाटेपर्यंत", "phateparyant", "सुजेपर्यंत", "sujeparyant", "phatne tak", "फटने तक",
                            "tootne tak", "टूटने तक", "tutne tak", "sujne tak", "सूजने तक", "till my hand broke",
                            "until my hand broke", "till my knuckles", "until my knuckles", "till it broke",
                            "until it broke", "till my hand bled", "until my hand bled", "till my fist"),
    # What makes a blade or a punch a chore or a sport: chopping, a tool, the gym.
    "chore_or_sport": ("chopping", "vegetable", "vegetables", "sabzi", "सब्ज़ी", "सब्जी", "bhaji", "भाजी",
                       "kanda", "कांदा", "onion", "pyaaz", "प्याज", "fruit", "phal", "hammer", "hathoda",
                       "हथौड़ा", "drill", "ड्रिल", "gym", "boxing", "punching bag", "sandbag", "kick boxing",
                       "martial", "karate", "chukun", "चुकून", "galti se", "गलती से", "by mistake"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # One's own finger, as one's own hand is: "apni ungli kaat dunga", "अपनी उंगली काट ली".
    "self": ("apni ungli", "apni ungliyan", "apni ungliya", "अपनी उंगली", "अपनी उंगलियां", "अपनी उँगली"),
}

HURT_AT_THE_WORKPLACE: tuple[Combination, ...] = (
    # A knife or a blade drawing lines on the hand or the arm.
    Combination(SH, (_g("cutting_tool", "weapon"), _g("cut_site", "hand_part"), _g("lines_drawn", "cut_lines")), 6,
                unless=_g("chore_or_sport"), unless_reach=6),
    # The wall punched or struck until the hand broke, split or swelled.
    Combination(SH, (_g("punch", "strike", "struck_oneself"), _g("wall", "hard_surface"), _g("till_the_hand_broke")),
                8, unless=_g("chore_or_sport"), unless_reach=6),
)
