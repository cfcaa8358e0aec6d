"""Overdose told through a medicine box emptied (round 18): a parent's or one's own box or bottle
of pills emptied and the count not known ("पापा की दवाई वाली डिब्बी खाली कर दी, पता नहीं
कितनी गोली थी", "aaichya golyanchi dabi rikami keli, kiti hotya mahit nahi", "emptied dad's
pill bottle, no idea how many were in it"), or the box emptied and the pills swallowed.

The box emptied alone is a chore: one refilled, thrown away or out of date ("dibbi khali ho gayi,
refill lana hai", "expired goliyan fenk ke dibbi khali ki") stays quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

OD = Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    # What pills are kept in: "dibbi", "डबी", "bottle", "box".
    "pill_holder": ("dibbi", "डिब्बी", "dibiya", "डिबिया", "dabbi", "डब्बी", "dabi", "डबी", "daba", "डबा",
                    "dabba", "डब्बा", "box", "bottle", "shishi", "शीशी", "batli", "बाटली", "botal", "बोतल",
                    "packet", "पॅकेट", "पैकेट", "strip", "strips", "patte", "पत्ते"),
    # Emptied by someone: "khali kar di", "रिकामी केली", "emptied".
    "emptied_out": ("khali kar di", "खाली कर दी", "khali kar diya", "खाली कर दिया", "khali kardi",
                    "khali kar dali", "खाली कर डाली", "khali keli", "खाली केली", "khali kela", "खाली केला",
                    "rikami keli", "रिकामी केली", "rikama kela", "रिकामा केला", "rikami kelee", "emptied",
                    "finished the whole", "finished the entire", "poori kha li", "पूरी खा ली", "puri kha li",
                    "saari kha li", "सारी खा ली", "sab kha li", "सब खा ली", "sagli khalli", "सगळी खाल्ली",
                    "sagalya khallya", "सगळ्या खाल्ल्या"),
    # The count not known: "पता नहीं कितनी", "किती होत्या माहीत नाही", "no idea how many".
    "count_unknown": ("pata nahi kitni", "पता नहीं कितनी", "pata nahi kitne", "पता नहीं कितने",
                      "kitni thi pata nahi", "कितनी थी पता नहीं", "kitni thi", "कितनी थी", "कितनी थीं",
                      "kitne the", "कितने थे", "kiti hotya", "किती होत्या", "kiti hotya mahit nahi",
                      "kiti hotya mahiti nahi", "किती होत्या माहीत नाही", "kiti hotya kalat nahi",
                      "dont know how many", "don't know how many", "no idea how many", "not sure how many",
                      "lost count", "how many were in it", "how many there were"),
    # What makes an emptied box a chore: a refill, a throw-away, out of date.
    "box_chore": ("refill", "रिफिल", "bharna", "भरना", "bharli", "भरली", "bharun", "भरून", "naya", "नया",
                  "navi", "नवी", "fenk", "फेंक", "phek", "फेक", "dustbin", "kachra", "कचरा", "kachrapetit",
                  "कचरापेटीत", "expired", "expiry", "एक्सपायर", "throw", "threw", "thrown", "bin",
                  "lana hai", "लाना है", "aanaychi", "आणायची", "order", "chemist", "medical store",
                  "pharmacy", "sorting", "sort", "clean", "saaf", "साफ"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

BOX_EMPTIED: tuple[Combination, ...] = (
    # The box of pills emptied, the count not known.
    Combination(OD, (_g("pills"), _g("pill_holder"), _g("emptied_out"), _g("count_unknown")), 16, across=True,
                unless=_g("box_chore"), unless_reach=8),
    # The box of pills emptied and the pills swallowed.
    Combination(OD, (_g("pills"), _g("pill_holder"), _g("emptied_out"), _g("swallow")), 12, across=True,
                unless=_g("box_chore"), unless_reach=8),
)
