"""Using again told as the clean time lost (round 19): "broke 11 months", "broke my 90 days"
read by the count after "broke"; the sobriety gone ("5 mahinyanchi sobriety geli", "sobriety
chali gayi", "lost my sobriety", "नशामुक्ती तुटली"); the months wasted beside a sorry or an
"again" ("सॉरी सर, ... ९ महिने वाया गेले", "phir se, 6 mahine bekaar gaye").

Quiet: being broke for months (money: "was broke 3 months", "broke 2 months ago"), months of a
job hunt or a course wasted without a sorry or an "again", and sobriety that stayed ("sobriety
nahi gayi", the negation). Words and the rules that read them (appended to the area's
COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # "broke" right before a count: "broke 11 months", "broke 90 days".
    "broke_bare": ("broke", "ruined", "todle", "तोडले", "todla", "तोडला"),
    # Gone, lost, broken: of the sobriety.
    "gone_of_it": ("geli", "गेली", "chali gayi", "चली गई", "chali geli", "चालली गेली", "gone", "is gone", "lost",
                   "tutli", "तुटली", "toot gayi", "टूट गई", "broken", "broke", "sampli", "संपली", "khatam",
                   "खत्म", "ended"),
    # Wasted: "वाया गेले", "bekaar gaye", "zaaya".
    "wasted_months": ("vaya gele", "vaaya gele", "वाया गेले", "वाया गेला", "vaya gela", "bekaar gaye", "bekar gaye",
                      "बेकार गए", "zaya", "zaaya", "ज़ाया", "जाया", "wasted", "went to waste", "waste ho gaye",
                      "वेस्ट हो गए"),
    # Money, not a count: "was broke", "broke ... ago".
    "broke_of_money": ("was", "been", "am", "is", "ago", "pehle", "पहले", "paise", "money", "cash", "salary"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

CLEAN_TIME_LOST: tuple[Combination, ...] = (
    # "broke 11 months", "broke 90 days".
    Combination(RE, (_g("broke_bare"), _g("more_than_one", "small_count", "few_count", "count"), _g("period")), 2,
                order=True, unless=_g("broke_of_money"), unless_reach=2),
    # "5 mahinyanchi sobriety geli", "lost my sobriety", "नशामुक्ती तुटली".
    # Next to each other: "व्यसनमुक्ती केंद्रात गेली" (went to the rehab centre) stays quiet.
    Combination(RE, (_g("sober_vow"), _g("gone_of_it")), 0, order=True, unless=_g("others", "third_person")),
    Combination(RE, (_g("broke_count"), _g("sober_vow")), 2, order=True, unless=_g("others", "third_person")),
    # "सॉरी सर, पुन्हा ... ९ महिने वाया गेले", "again, 6 months wasted".
    Combination(RE, (_g("sorry_said", "apology", "again_strict"), _g("period"), _g("wasted_months")), 10,
                across=True),
)
