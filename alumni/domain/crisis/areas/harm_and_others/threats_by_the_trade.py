"""Harm to others said through a health worker's knowledge or tools (round 16: holdouts 44 and
45): the drug that stops a heart and would go unnoticed, with a relative or a colleague warned
("I know which injection stops a heart ... he should be careful"); a colleague put in the ICU
("त्याला ICU मध्ये admit करायची वेळ आणीन", "uski ICU mein bharti ki naubat la dunga"); and a knife
taken along, said with the Marathi emphatic "-च" ("चाकू घेऊनच जाणार").

A pharmacology class, a father taken to the hospital by the writer and a worry that someone
"will end up in the ICU" stay quiet: the first names no one to be careful, the second is a
taking and the third a fear, not a state the writer will bring about.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    # The means that stops a heart, known to the writer: "which injection stops a heart".
    "heart_stopper": ("which injection stops", "which drug stops", "which injection would stop",
                      "what stops a heart", "stops a heart", "stop a heart", "stops the heart", "stop his heart",
                      "stop her heart", "stop their heart", "kaunsa injection dil", "कौनसा इंजेक्शन दिल",
                      "kaun sa injection", "कौन सा इंजेक्शन", "dil band kar de", "दिल बंद कर दे", "dil rok de",
                      "दिल रोक दे", "dhadkan rok de", "धड़कन रोक दे", "konta injection", "कोणतं इंजेक्शन",
                      "कोणते इंजेक्शन", "hriday band", "हृदय बंद", "heart band padel", "हार्ट बंद पडेल",
                      "kaljacha thoka band", "काळजाचा ठोका बंद"),
    # Nothing would show: "nobody would check", "पता भी नहीं चलेगा", "कोणाला कळणार पण नाही".
    "goes_unnoticed": ("nobody would check", "no one would check", "nobody would know", "no one would know",
                       "nobody will know", "no one will know", "nobody will check", "won't show up",
                       "wont show up", "wouldn't show up", "wouldnt show up", "won't show in", "untraceable",
                       "koi check nahi karega", "कोई चेक नहीं करेगा", "kisi ko pata nahi chalega",
                       "किसी को पता नहीं चलेगा", "pata bhi nahi chalega", "पता भी नहीं चलेगा",
                       "postmortem me nahi aayega", "post mortem me nahi aayega", "पोस्टमार्टम में नहीं आएगा",
                       "konala kalnar nahi", "कोणाला कळणार नाही", "kunala kalnar pan nahi",
                       "कुणाला कळणार पण नाही", "कुणाला कळणार नाही"),
    # A warning to a person: "should be careful", "सावध राहावं", "bach ke rahe".
    "be_careful_warning": ("should be careful", "better be careful", "had better be careful", "should watch out",
                           "better watch out", "watch his back", "watch her back", "bach ke rahe", "bachke rahe",
                           "बचके रहे", "बच के रहे", "sambhal ke rahe", "संभल के रहे", "संभलकर रहे",
                           "savdhan rahe", "सावधान रहे", "savadh rahava", "सावध राहावं", "सावध रहावं",
                           "जपून राहावं", "japun rahava"),
    # The ICU or the ward as where someone else will end up.
    "icu_ward": ("icu", "आयसीयू*", "आईसीयू*", "hospital", "हॉस्पिटल*", "अस्पताल", "aspatal", "दवाखान्यात",
                 "hospitalmadhe", "hospital madhe", "icu madhe", "icumadhe",
                 "davakhanyat", "ventilator", "वेंटिलेटर", "व्हेंटिलेटर"),
    # A state brought about for someone: "वेळ आणीन", "naubat la dunga", "halat kar dunga".
    "brought_about": ("vel aanin", "vel anin", "वेळ आणीन", "वेळ आणेन", "vel aanel", "वेळ आणणार", "vel aannar",
                      "naubat la dunga", "नौबत ला दूंगा", "naubat aa jayegi", "नौबत आ जाएगी", "halat kar dunga",
                      "हालत कर दूंगा", "haal kar dunga", "हाल कर दूंगा", "avastha karin", "अवस्था करीन",
                      "अवस्था करेन", "land him in", "land her in", "i'll put him in the", "ill put him in the",
                      "will put him in the", "i'll put her in the", "ill put her in the", "will put her in the"),
    # (The area's own list, widened.)
    # Taken along, with the Marathi emphatic "-च": "चाकू घेऊनच जाणार".
    "carry": ("gheunach", "ghevunach", "घेऊनच", "घेवूनच", "leunach", "लेऊनच", "lekarhi", "लेकरही"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_PERSON = _g("other_target", "third_person", "relation", "named_target")

THREATS_BY_THE_TRADE: tuple[Combination, ...] = (
    # A heart-stopping drug known, and a person warned: "... my brother in law should be careful".
    Combination(HO, (_g("heart_stopper"), _g("be_careful_warning")), 24, across=True),
    # The same drug, nothing to show, and a person named: "... nobody would check. my boss ...".
    Combination(HO, (_g("heart_stopper"), _g("goes_unnoticed"), _PERSON), 24, across=True),
    # Someone put in the ICU by the writer: "त्याला ICU मध्ये admit करायची वेळ आणीन".
    Combination(HO, (_g("icu_ward"), _g("brought_about"), _PERSON), 10, across=False),
)
