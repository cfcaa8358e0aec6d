"""Suicide said as a calm resolve, the warning signs a counsellor is taught to hear (round 23):

- peace made with the decision or with everything: "i'm at peace with my decision now", "i've
  made my peace with everything";
- the fight given up: "i'm done fighting", "too tired to keep fighting", "ab aur nahi lad sakta";
- not being a problem after tonight: "i won't be a problem for anyone after tonight";
- belongings given away: "i've been giving my stuff away", "giving away all my things";
- a vehicle driven into something on purpose: "thinking of driving into a truck";
- tomorrow not promised: "cant promise i'll be here tomorrow";
- the pain ended for good: "i want the pain to end permanently";
- rest that does not end: "now i can rest forever", "कायमची विश्रांती घ्यायची आहे".

What keeps each quiet is named beside it: a quarrel with someone ("done fighting with my
wife"), a move or a clear-out (things given away before "moving to pune"), a deadline, a
meeting or a trip (not being around tomorrow), a peace made with a person. One way out left
("there's no way out of this except one") is read by ended_at_home's "only one way left".
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    "calm_peace_made": (
        "at peace with my decision", "at peace with the decision", "at peace with what i'm going to do",
        "at peace with what im going to do", "made my peace with everything", "made peace with everything",
        "made my peace with it all", "made peace with it all", "made my peace with the world",
        "made my peace with dying", "made peace with dying", "made my peace with death",
    ),
    "calm_fight_given_up": (
        "done fighting", "tired of fighting", "too tired to fight", "too tired to keep fighting",
        "can't fight anymore", "cant fight anymore", "can't fight any more", "cant fight any more",
        "giving up the fight", "gave up the fight", "no fight left in me", "ab aur nahi lad sakta",
        "अब और नहीं लड़ सकता", "ab nahi lad sakta", "ladte ladte thak gaya", "लड़ते लड़ते थक गया",
        "ata ladhaycha tras nahi", "ladhun thaklo", "लढून थकलो",
    ),
    # Someone fought with, or a case, a match, a bout of illness: "done fighting with my wife".
    "calm_fought_with": (
        "with my wife", "with my husband", "with him", "with her", "with them", "with you", "with my boss",
        "with the landlord", "with my parents", "with my brother", "with my sister", "with my ex", "with the company",
        "with the bank", "with the insurance", "biwi se", "बीवी से", "bayko shi", "बायकोशी", "case", "court", "match",
        "game", "cold", "fever", "flu", "traffic",
    ),
    "calm_after_tonight": ("after tonight", "after today", "aaj raat ke baad", "आज रात के बाद", "aaj ratri nantar",
                           "आज रात्रीनंतर", "aaj ke baad", "आज के बाद", "aaj nantar", "आज नंतर", "आजनंतर",
                           "ajpasun", "आजपासून"),
    "calm_not_a_problem": (
        "won't be a problem", "wont be a problem", "won't be a burden", "wont be a burden", "won't bother",
        "wont bother", "won't trouble", "wont trouble", "won't be around", "wont be around", "won't be here",
        "wont be here", "no longer be", "pareshan nahi karunga", "परेशान नहीं करूंगा", "tras denar nahi",
        "त्रास देणार नाही", "trouble nahi dunga", "trouble नहीं दूंगा", "takleef nahi dunga", "तकलीफ नहीं दूंगा",
        "tang nahi karunga", "तंग नहीं करूंगा",
    ),
    # The things given away: read here, not as a goodbye, so that a move or a clear-out keeps them quiet.
    "calm_things_given": (
        "giving my stuff away", "giving away all my stuff", "giving all my stuff away", "giving my things away",
        "giving away all my things", "giving away my belongings", "saman vatun takla", "सामान वाटून टाकलं",
        "gave away my things", "gave away my stuff", "gave away all my", "giving away my things",
        "giving away my stuff", "given away my things", "given away all my", "saman baant diya",
        "सामान बांट दिया", "sab saman de diya",
    ),
    "calm_moving_or_clearing": (
        "moving", "ghar badal*", "घर बदल*", "naye ghar", "नए घर", "navin ghar", "नवीन घर", "move", "shifting", "shift", "relocat*", "abroad", "canada", "dubai", "declutter*", "clear out",
        "clearing out", "spring clean*", "minimalis*", "new flat", "new house", "hostel", "charity", "donation",
        "donating", "garage sale", "yard sale", "olx",
    ),
    "calm_vehicle_into": (
        "driving into a truck", "drive into a truck", "drive my car into", "driving my car into",
        "drive my bike into", "driving my bike into", "ride my bike into", "crash my car on purpose",
        "crash my bike on purpose", "crash the car on purpose", "drive off the bridge", "drive off a bridge",
        "drive into the river", "driving into the river", "drive into a wall", "driving into a wall",
        "steer into oncoming", "swerve into a truck", "gaadi truck me ghusa dunga", "गाड़ी ट्रक में घुसा दूंगा",
        "gaadi truck khali ghalto", "गाडी ट्रकखाली घालतो",
    ),
    "calm_tomorrow_unpromised": (
        "cant promise i'll be here", "can't promise i'll be here", "cant promise ill be here",
        "can't promise i will be here", "cant promise i will be here", "cant promise i'll be alive",
        "can't promise i'll be alive", "cant promise i'll be around", "can't promise i'll be around",
        "no promise i'll be here", "not sure i'll be here tomorrow", "not sure ill be here tomorrow",
    ),
    "calm_pain_for_good": (
        "pain to end permanently", "pain to end forever", "pain to stop permanently", "pain to stop forever",
        "end the pain permanently", "end the pain forever", "end this pain for good", "pain to end for good",
        "stop the pain for good", "dard hamesha ke liye khatam", "दर्द हमेशा के लिए खत्म",
    ),
    # A body's pain with its treatment: "back pain to end permanently, the physio said".
    "calm_pain_treated": (
        "back", "knee", "neck", "tooth", "teeth", "physio*", "doctor", "surgery", "operation", "treatment",
        "medicine", "headache", "migraine", "period", "periods", "cramps", "joint",
    ),
    # Rest that does not end: "now i can rest forever", "कायमची विश्रांती", "hamesha ke liye aaram".
    "calm_rest_for_ever": (
        "rest forever", "rest for ever", "rest for good", "eternal rest", "hamesha ke liye aaram",
        "हमेशा के लिए आराम", "kayamchi vishranti", "कायमची विश्रांती", "kayamcha aaram", "कायमचा आराम",
        "chirvishranti", "चिरविश्रांती", "chir nidra", "चिरनिद्रा",
    ),
    # Rest as health: "rest for good health".
    "calm_rest_as_health": ("health", "healthy", "recovery", "doctor", "physio", "injury", "fever", "muscles"),
    # A deadline, a meeting, a trip or a shift: why one is not around tomorrow.
    "calm_ordinary_absence": (
        "meeting", "trip", "shift", "office", "work", "class", "exam", "travel*", "flight", "train", "wedding",
        "village", "gaon", "gavi", "hospital duty", "network", "signal", "battery", "deadline", "exam is over",
        "exams", "project", "submission", "guests", "leaving", "shifting",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

RESOLVE_SAID_CALMLY: tuple[Combination, ...] = (
    Combination(S, (_g("calm_peace_made"),), 0, unless=_g("calm_moving_or_clearing"), unless_reach=6),
    Combination(S, (_g("calm_fight_given_up"),), 0, unless=_g("calm_fought_with"), unless_reach=3),
    Combination(S, (_g("calm_after_tonight"), _g("calm_not_a_problem")), 8, across=True,
                unless=_g("calm_ordinary_absence"), unless_reach=6),
    Combination(S, (_g("calm_things_given"),), 0, unless=_g("calm_moving_or_clearing"), unless_reach=10),
    Combination(S, (_g("calm_vehicle_into"),), 0),
    Combination(S, (_g("calm_tomorrow_unpromised"),), 0, unless=_g("calm_ordinary_absence"), unless_reach=8),
    Combination(S, (_g("calm_pain_for_good"),), 0, unless=_g("calm_pain_treated"), unless_reach=8),
    Combination(S, (_g("calm_rest_for_ever"),), 0, unless=_g("calm_rest_as_health"), unless_reach=3),
)
