"""Court and custody talk (round 23, holdout 64), read before the rules:

- hanging as a court's sentence: "aaropi ko faansi ki saza sunayi", "फाशीची शिक्षा सुनावली",
  "aropila fashi zali ashi batmi": the word is the sentence, not a rope of the writer's, when
  a sentence, a court, an accused or the news is within a few words and the writer is not
  there ("mujhe faansi..." keeps it);
- murder as a case: "the rape murder case", "murder ka case chal raha": the noun before a case,
  a trial or a charge;
- the Marathi "खटला" (a court case), which folds onto "कत्ल" (murder) and "katla" (cut);
- going round in circles, "court ke chakkar kaat kaat ke", "चकरा मारून": the "kaat" of a
  circle cut, not of a wrist;
- a note from an institution: "सेंटर की चिट्ठी काम आई", "centre chya patrala": the centre's,
  the doctor's or the court's letter is no farewell note;
- "गारद" (floored, done for), which folds onto "गर्द" (heroin powder);
- a jail, a lock or a record broken, "jail todne wali picture": the breaking is no one's bones.

Called from alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.spelling import Token

_HANGING_WORDS = ("faansi", "fansi", "phansi", "faasi", "fashi", "phashi", "फांसी", "फाँसी", "फाशी")
_SENTENCE_WORDS = ("saza", "sazaa", "saja", "sajaa", "सज़ा", "सजा", "शिक्षा", "shiksha", "sunayi", "sunai",
                   "सुनाई", "sunavli", "सुनावली", "sunavali", "court", "कोर्ट", "judge", "जज", "nyayalay",
                   "न्यायालय", "aaropi", "aropi", "आरोपी", "aropila", "आरोपीला", "mujrim", "मुजरिम", "accused",
                   "convict", "case", "केस", "khatl", "खटल", "verdict", "sentence", "sentenced", "news", "न्यूज",
                   "batmi", "बातमी", "paper", "पेपर", "akhbar", "अखबार", "khabar", "खबर", "tv", "rapist",
                   "terrorist", "atankwadi", "आतंकवादी", "hatyara", "हत्यारा", "dosh", "दोषी", "doshi")
# ("me" and "mein" are also Hindi's "in": "us case me faansi".)
_WRITER = frozenset({"mujhe", "मुझे", "mala", "मला", "main", "मैं", "mi", "मी", "i", "myself", "khud", "खुद",
                     "swatah", "स्वतः"})
# The hanging done, not sentenced: "faansi lagaunga", "फाशी घेईन", "faansi ki rassi".
_HANGING_DONE = ("laga", "lag", "lav", "लगा", "लग", "लाव", "ghe", "घे", "le", "ले", "dori", "दोरी", "rassi",
                 "रस्सी", "ghal", "घाल", "lat", "लट", "kha", "खा")
_CASE_NEXT = frozenset({"case", "cases", "trial", "charge", "charges", "accused", "suspect", "mystery", "news",
                        "story", "film", "movie", "series", "केस", "keis", "kes", "khatla", "खटला", "chya",
                        "ka", "ki", "का", "की", "चा", "ची", "cha",
                        # a suicide case reported (round 35): "आत्महत्येच्या प्रकरणाची बातमी केली"
                        "के", "ke", "प्रकरणाची", "प्रकरणाचा", "प्रकरण", "prakaranachi"})
_CASE_AFTER_POSSESSIVE = frozenset({"case", "केस", "kes", "khatla", "खटला", "trial", "aaropi", "आरोपी", "aropi",
                                    "news", "khabar", "खबर", "batmi", "बातमी", "मामले", "मामला", "mamle", "mamla",
                                    "प्रकरणाची", "prakaranachi"})
_POSSESSIVES = frozenset({"ka", "ki", "का", "की", "चा", "ची", "cha", "chya", "के", "ke"})
_CIRCLES = ("chakkar", "chakkr", "chakar", "चक्कर", "चक्करें", "चकरा", "chakra", "chakkare", "ghere", "फेरे")
_CUT_CONCEPTS = ("cut", "wound", "weapon", "bite", "al_gun", "pricked_for_reason", "take_any")
_INSTITUTION = frozenset({"centre", "center", "sentar", "सेंटर", "doctor", "डॉक्टर", "doctorchi", "court",
                          "कोर्ट", "vakil", "वकील", "hospital", "हॉस्पिटल", "school", "स्कूल", "office", "ऑफिस",
                          "bank", "बैंक", "company", "कंपनी", "sarkari", "सरकारी", "police", "पुलिस", "पोलीस",
                          "judge", "जज", "collector", "तहसील", "tehsil", "panchayat", "पंचायत", "sanstha",
                          "संस्था", "ngo", "sir", "सर", "madam", "मॅडम", "मैडम", "counsellor"})

# What is broken that is not a body: "jail todne wali picture", "record tod diya".
_BROKEN_THINGS = frozenset({"jail", "जेल", "lockup", "लॉकअप", "taala", "tala", "ताला", "lock", "record", "रिकॉर्ड",
                            "niyam", "नियम", "rule", "rules", "vrat", "व्रत", "roza", "रोज़ा", "रोजा", "upvas",
                            "उपवास", "kanoon", "कानून", "kayda", "कायदा"})


def _within(words: list[Token], i: int, reach: int, stems: tuple[str, ...]) -> bool:
    return any(t.raw.startswith(stems) for t in words[max(0, i - reach):i + reach + 1] if t is not words[i])


# Every word this reading looks at begins with one of these: a text without them goes on at once.
_FIRST_LOOK = _HANGING_WORDS + ("murder", "कत्ल", "katl", "qatl", "hatya", "हत्या", "khoon", "खून", "khun", "खटल",
                                "khatl", "kaat", "काट", "kat", "tod", "तोड", "fod", "फोड", "गारद", "gaarad", "गारत",
                                "चिट्ठी", "चिठ्ठी", "chitthi", "chithi", "chitti", "patra", "पत्र", "letter", "लेटर",
                                "आत्महत्", "aatmahat", "atmahat", "suicide")
_SUICIDE_STEMS = ("आत्महत्", "aatmahat", "atmahat", "suicide")
# The writer's own future beside it ("suicide case ki tarah main bhi kar lunga"): no news told.
_I_WILL = ("lunga", "lungi", "लूंगा", "लूँगा", "लूंगी", "karunga", "करूंगा", "करूँगा", "karen", "करेन", "करणार",
           "karnar", "jaunga", "जाऊंगा")


def forget_court_talk(c: Concepts) -> None:
    if not c.may_hold(" " + stem for stem in _FIRST_LOOK):
        return
    words = c.words
    for i, token in enumerate(words):
        raw = token.raw
        if raw.startswith(_HANGING_WORDS):
            near = words[max(0, i - 6):i + 7]
            done = any(t.raw.startswith(_HANGING_DONE) for t in words[i + 1:i + 3])
            if _within(words, i, 6, _SENTENCE_WORDS) and not done and not any(t.raw in _WRITER for t in near):
                c.drop_all(i, i + 1)
        elif raw in ("murder", "murders", "कत्ल", "katl", "qatl", "hatya", "हत्या", "khoon", "खून", "khun") or (
                raw.startswith(_SUICIDE_STEMS) and not any(t.raw in _WRITER for t in words[max(0, i - 4):i])
                and not any(t.sentence == token.sentence and t.raw.startswith(_I_WILL) for t in words)):
            following = words[i + 1].raw if i + 1 < len(words) else ""
            second = words[i + 2].raw if i + 2 < len(words) else ""
            if following in _CASE_NEXT and (following not in _POSSESSIVES or second in _CASE_AFTER_POSSESSIVE):
                c.drop_all(i, i + 1)
        elif raw.startswith(("खटल", "khatl")):
            c.drop_all(i, i + 1)
        elif raw in ("kaat", "काट", "kat", "kaatke", "काटके") and i and any(
                t.raw.startswith(_CIRCLES) for t in words[max(0, i - 3):i]):
            # (the circling itself stays: "theke ke chakkar kaat raha hu" is a pull)
            for name in _CUT_CONCEPTS:
                c.drop(name, i, i + 1)
        elif raw.startswith(("tod", "तोड़", "तोड", "fod", "फोड")) and i and words[i - 1].raw in _BROKEN_THINGS:
            c.drop("violence", i, i + 1)
        elif raw in ("गारद", "gaarad", "gaarada", "गारत"):
            c.drop("opioids", i, i + 1)
            c.drop("sao_drug", i, i + 1)
        elif raw in ("चिट्ठी", "चिठ्ठी", "chitthi", "chithi", "chitti", "patra", "पत्र", "पत्राला", "patrala",
                     "letter", "लेटर", "patrane", "पत्राने") \
                and any(t.raw in _INSTITUTION for t in words[max(0, i - 3):i]):
            c.drop_all(i, i + 1)
