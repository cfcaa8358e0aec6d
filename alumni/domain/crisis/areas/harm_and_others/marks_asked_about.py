"""Self-harm seen on a son, a friend or a workmate and asked about (round 44, holdouts 146, 147 and
149): round burn marks or fresh cuts on his arm, and what he did when asked: cried, said nothing,
said he did it himself or that he deserves it, or that next time it will be the neck ("मुलाच्या
हातावर भाजल्याच्या खुणा आहेत, विचारलं तर रडायला लागला", "बेटे की बांह पे जलने के गोल गोल निशान
हैं ... पूछा तो रो पड़ा", "his arms are covered in iron burns and he says he deserves it"). The
marks alone may be a kitchen's or a workshop's; the answer to the question is what tells. Words and
the rule that reads them (appended to the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SH = Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    "ma_marks": ("भाजल्याच्या खुणा", "bhajlyachya khuna", "bhajlyache dag", "भाजल्याचे डाग", "जलने के निशान",
                 "jalne ke nishan", "jalne ke nishaan", "burn marks", "iron burns", "cigarette burns", "gol gol dag",
                 "गोल गोल डाग", "गोल गोल निशान", "gol gol nishan", "जखमा दिसल्या", "jakhma disalya", "खूप जखमा", "khup jakhma", "fresh cuts", "kate ke nishan", "कटे के निशान", "kaapnyachya khuna",
                 "कापल्याच्या खुणा", "ghaav dikhe", "घाव दिखे"),
    "ma_asked_then": ("विचारलं तर रडायला", "vicharla tar radayla", "vicharla tar radla", "पूछा तो रो पड़ा",
                      "pucha to ro pada", "पूछा तो रोने", "pucha to rone", "vicharla tar mhanto mich kela", "mich kela",
                      "मीच केलं", "मीच केले", "says he deserves it", "said he deserves it", "he deserves it",
                      "khud kiya", "खुद किया", "खुद ही किया", "कुछ नहीं बताता", "kuch nahi batata", "काही सांगत नाही",
                      "kahi sangat nahi", "kahich sangat nahi", "wont tell me", "won't tell me", "wont say how",
                      "won't say how", "next time it will be the neck", "agli baar gala", "अगली बार गला"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

MARKS_ASKED_ABOUT: tuple[Combination, ...] = (
    Combination(SH, (_g("ma_marks"), _g("ma_asked_then")), 16, across=True),
)
