"""Suicide said by what is ready and kept: a note or a letter written and put away for a wife
or for someone to find ("chitthi lihun thevli ahe devharat. udya kunala tari sapdel",
"बीवी के नाम letter लिख दिया, drawer में रखा है"); and a rope already up that the writer sits
and looks at ("rope is already up ... I just sit and look at it", "आढ्याला दोरी बांधलीय. रोज
बघतो").

What keeps each quiet is named beside it: a letter for an anniversary, a birthday, a surprise
or an application (leave, a bank, a school); a rope for clothes, a swing, cattle or a tent.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # A note or a letter written: "chitthi lihun", "letter likh diya".
    "hinted_note_written": (
        "chitthi lihun", "चिठ्ठी लिहून", "chithi lihun", "चिट्ठी लिख", "chitthi likh", "chithi likh",
        "letter likh", "letter लिख", "लेटर लिख", "letter lihun", "letter लिहून", "patra lihun", "पत्र लिहून",
        "wrote a letter", "wrote a note", "written a letter", "written a note", "note likh", "note lihun",
        "patra likh", "पत्र लिख",
    ),
    # Put away for someone to find, or for a wife: "sapdel", "drawer", "बायकोसाठी", "उसे बता देना".
    "hinted_for_finding": (
        "sapdel", "सापडेल", "milegi", "मिलेगी", "mil jayegi", "मिल जाएगी", "will find", "find it", "drawer",
        "ड्रॉवर", "kapatat", "कपाटात", "devharat", "देव्हाऱ्यात", "sadikhali", "साडीखाली", "takiye ke neeche",
        "तकिये के नीचे", "under the pillow", "ushakhali", "उशाखाली", "use bata dena", "उसे बता देना",
        "tila sang", "तिला सांग", "tila sanga", "baykosathi", "बायकोसाठी", "biwi ke naam", "बीवी के नाम",
        "बीवी के लिए", "for my wife", "for my son", "lekasathi", "लेकासाठी", "ghar walon ke liye",
    ),
    # An ordinary letter: an occasion, an application, a school's or an office's.
    "hinted_ordinary_letter": (
        "anniversary", "birthday", "बर्थडे", "vadhdivas", "वाढदिवस", "valentine", "surprise", "सरप्राइज",
        "gift", "गिफ्ट", "love letter", "prem patra", "प्रेम पत्र", "application", "अर्ज", "arj", "leave",
        "resignation", "bank", "school", "shala", "शाळा", "office", "complaint", "तक्रार", "takrar", "exam",
        "santa", "recommendation", "cover letter", "thank you", "thanks",
    ),
    # A rope already up: "rope is already up", "दोरी बांधलीय", "rassi bandh rakhi hai".
    "hinted_rope_up": (
        "rope is already up", "rope is up", "rope already up", "rope hung", "dori bandhliy", "दोरी बांधलीय",
        "dori bandhli ahe", "दोरी बांधली आहे", "dor bandhlay", "दोर बांधलाय", "rassi bandh rakhi", "रस्सी बांध रखी",
        "rassi latka rakhi", "रस्सी लटका रखी", "rassi tangi hai", "रस्सी टंगी है", "fanda latka", "फंदा लटका",
    ),
    # Looked at, every day: "roj baghto", "sit and look at it".
    "hinted_looked_at": (
        "look at it", "looking at it", "stare at it", "staring at it", "sit and look", "baghto", "बघतो",
        "baghat basto", "बघत बसतो", "dekhta", "देखता", "dekhta rehta", "देखता रहता", "dekhti", "देखती",
        "roj bagh", "रोज बघ", "roz dekh", "रोज़ देख",
    ),
    # An ordinary rope: clothes, a swing, cattle, a tent, a plant.
    "hinted_ordinary_rope": (
        "kapde", "कपडे", "कपड़े", "clothes", "sukha", "sukhane", "सुखाने", "valat", "वाळत", "jhula", "झूला",
        "jhoka", "झोका", "swing", "cattle", "gai", "गाय", "bail", "बैल", "bakri", "बकरी", "tent", "pandal",
        "मंडप", "mandap", "torans", "toran", "तोरण", "plant", "vel", "वेल", "tomato", "kite", "patang",
        "gym", "climbing", "laundry",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

NOTE_AND_ROPE_KEPT: tuple[Combination, ...] = (
    # A note written and put away for someone to find, or for a wife.
    Combination(S, (_g("hinted_note_written", "wrote_note", "letter_left_out"), _g("hinted_for_finding")), 14,
                across=True, unless=_g("hinted_ordinary_letter"), unless_reach=14),
    # A rope already up, looked at.
    Combination(S, (_g("hinted_rope_up", "rope_tied"), _g("hinted_looked_at")), 14, across=True,
                unless=_g("hinted_ordinary_rope"), unless_reach=14),
)
