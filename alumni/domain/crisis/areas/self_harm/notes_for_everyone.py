"""Letters written for everyone (round 21, holdout 61): the writer has written a note or a
letter to each of the people in their life ("I've written letters for everyone", "सबके लिए notes
लिख दिए हैं", "सगळ्यांसाठी चिठ्ठ्या लिहून ठेवल्या"): the farewell notes, left ready.

Quiet: thank-you cards, invitations and greetings (a wedding, a birthday, a festival), and
study notes for the class or the exam, which say what the notes are for. Words and the rule
that reads them (in the area's rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SU = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    "letters_written": ("letters", "notes", "a letter", "a note", "chitthi", "चिट्ठी", "चिट्ठियाँ", "chitthiyan",
                        "chitthya", "चिठ्ठ्या", "चिठ्ठी", "chiththi", "patra", "पत्रं", "पत्र", "नोट्स", "khat",
                        "ख़त", "खत"),
    "for_each_one": ("everyone", "everybody", "each of you", "all of you", "each one",
                     "sabke liye", "सबके लिए", "sab ke liye", "सब के लिए", "sagalyansathi", "सगळ्यांसाठी",
                     "sarvansathi", "सर्वांसाठी", "pratyekasathi", "प्रत्येकासाठी", "har kisi ke liye",
                     "हर किसी के लिए", "sabko", "सबको", "sagalyanna", "सगळ्यांना"),
    "written_out": ("written", "wrote", "have written", "i've written", "likh diye", "likh di", "likh diya",
                    "लिख दिए", "लिख दी", "लिख दिया", "likh ke rakhe", "लिख के रखे", "likh li", "लिख ली",
                    "lihilya", "लिहिल्या", "lihila", "लिहिलं", "lihun thevlya", "लिहून ठेवल्या", "lihun thevla",
                    "लिहून ठेवलं", "lihun thevle", "लिहून ठेवले"),
    # What the notes are for when they are no farewell.
    "notes_for_an_occasion": ("thank you", "thank-you", "thankyou", "invite", "invitation", "invitations", "card",
                              "cards", "wedding", "shaadi", "शादी", "lagna", "लग्न", "birthday", "वाढदिवस",
                              "diwali", "दिवाळी", "दिवाली", "christmas", "eid", "rakhi", "exam", "exams", "pariksha",
                              "परीक्षा", "class", "lecture", "revision", "study", "notes of", "chapter", "syllabus",
                              "handover", "office", "meeting", "minutes", "secret santa", "gift", "gifts", "recipe"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

NOTES_FOR_EVERYONE: tuple[Combination, ...] = (
    # "I've written letters for everyone".
    Combination(SU, (_g("written_out"), _g("letters_written"), _g("for_each_one")), 6, order=True,
                unless=_g("notes_for_an_occasion"), unless_reach=8),
    # "सबके लिए notes लिख दिए", "सगळ्यांसाठी चिठ्ठ्या लिहून ठेवल्या".
    Combination(SU, (_g("for_each_one"), _g("letters_written"), _g("written_out")), 6, order=True,
                unless=_g("notes_for_an_occasion"), unless_reach=8),
)
