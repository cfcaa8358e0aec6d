"""A paper that slaughtered its takers (round 19): "mock test massacre, whole batch got
murdered in maths", "prashna patrika mhanje katal hoti", "पेपर में कत्लेआम हो गया": the exam
killed the batch, a student's figure of speech. The killing word is forgotten when an exam's
word (paper, test, exam, section, a subject) is in its sentence and the killing is suffered
or named ("got murdered", "katal hoti", "massacre"), not done or threatened by someone: "kal
paper ke baad uska katal kar dunga", "i will murder him after the exam" keep their reading,
and so does any sentence that names a weapon or a person to be killed ("topper", "sir").

An exam's cut-off ("कट ऑफ से चूक गया", "cut off clear nahi hua", "cutoff la 2 marks kami")
is no cut: "cut" with "off" after it and an exam's word or a "missed by" beside it is the list's
mark, so its cutting words are forgotten; "cut off my finger", "नस कट ऑफ" keep theirs.
Read by alumni.domain.crisis.idioms before the rules."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_EXAM = ("paper", "पेपर", "exam", "एग्ज़ाम", "एक्झाम", "परीक्षा", "pariksha", "parikshya", "परीक्षे",
         "test", "टेस्ट", "mock", "मॉक", "section", "maths", "math", "physics", "chemistry", "bio",
         "patrika", "पत्रिका", "प्रश्नपत्रिका", "question", "syllabus", "integration", "calculus",
         "gणित", "गणित", "ganit", "cutoff")
_KILLING = ("murder", "kill", "cut", "die", "strike")
# The killing done or threatened: "katal kar dunga", "will murder", "murder him".
_DOING = frozenset({"kar", "karunga", "karungi", "karenge", "karega", "kardunga", "karun", "karin",
                    "karen", "करूंगा", "करूँगा", "कर", "करेंगे", "करेगा", "करेन", "करीन", "करणार", "karnar",
                    "will", "gonna", "him", "her", "them", "you", "usko", "uska", "uski", "tyacha",
                    "त्याचा", "उसका", "उसको", "dalunga", "daalunga", "dalenge", "dunga", "denge", "डालूंगा",
                    "डालूँगा", "दूंगा", "दूँगा", "takin", "taknar", "टाकीन", "टाकणार", "ko", "को", "la", "ला"})
_PERSON = ("other_target", "weapon", "relation")


_OFF = frozenset({"off", "ऑफ", "ऑफ़", "of"})
_MARK_NEXT = frozenset({"se", "से", "la", "ला", "marks", "marks.", "list", "मध्ये", "madhe", "mein", "में",
                        "clear", "cross", "missed", "miss", "chuka", "चूक", "पेक्षा", "peksha", "tak", "तक",
                        "mark", "माक्स", "मार्क्स", "score"})
_BODY = frozenset({"my", "finger", "hand", "nas", "नस", "ungli", "haath", "वेन", "vein", "wrist"})
_CUT_WORDS = ("cut", "weapon", "wound", "talk_of", "take_any", "pricked_for_reason", "injure")


def _forget_cut_off(c: Concepts) -> None:
    words = c.words
    n = len(words)
    for hit in c.of("cut"):
        if hit.end >= n or words[hit.end].raw not in _OFF:
            continue
        nxt = words[hit.end + 1].raw if hit.end + 1 < n else ""
        span = c.sentences[words[hit.start].sentence]
        examined = nxt in _MARK_NEXT or any(words[k].raw.startswith(_EXAM) for k in span)
        if examined and nxt not in _BODY and not (hit.start and words[hit.start - 1].raw in _BODY):
            for name in _CUT_WORDS:
                c.drop(name, hit.start, hit.end + 1)


def forget_exam_slaughter(c: Concepts) -> None:
    if c.of("cut") and not c.typed_words.isdisjoint(_OFF):
        _forget_cut_off(c)
    if not c.of("murder", "kill") or not c.may_hold(_EXAM):
        return
    words = c.words
    for hit in c.of("murder", "kill"):
        span = c.sentences[words[hit.start].sentence]
        if not any(words[k].raw.startswith(_EXAM) for k in span):
            continue
        near = words[max(span.start, hit.start - 3):min(span.stop, hit.end + 3)]
        if any(w.raw in _DOING for w in near):
            continue
        if any(span.start <= h.start < span.stop for h in c.of(*_PERSON)):
            continue
        for name in _KILLING:
            c.drop(name, hit.start, hit.end)
