"""Whitener on a form and thinner on a brush (round 24, holdout 68): the solvents that street
children sniff are also the office's correction fluid and the painter's cleaner. "office में
whitener लगाया form पे", "register var whitener lavla, chuk sudharli", "thinner se brush saaf
karta hu, mask pehen ke": in a sentence that names the paper it corrects, the work it does or
the thing it cleans, and no sniffing, the solvent is forgotten as a substance. "office me
whitener sungh liya" (sniffed) and a solvent with no such object read as before. Called from
alumni.domain.crisis.idioms."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_SOLVENT_CONCEPTS = ("inhalant_maybe", "inhalants", "solvent_named")
_SOLVENTS = ("whiten", "whitner", "thinner", "fluid", "solution", "व्हाइटनर", "व्हाईटनर", "थिनर", "सोल्युशन",
             "सोल्यूशन", "fevicol", "glue", "petrol", "पेट्रोल")
# What a solvent is used on or for at work: paper, a mistake, a brush, a stain, a shoe, a tank.
_AT_WORK = ("form", "file", "register", "challan", "chalan", "page", "copy", "notebook", "kaagaz", "kagaz",
            "कागज", "कागद", "kagad", "vahi", "वही", "document", "cheque", "bill", "office", "ऑफिस", "daftar",
            "दफ्तर", "galti", "गलती", "chuk", "चूक", "mistake", "brush", "painting", "paint", "पेंट", "painter",
            "पेंटर", "saaf", "साफ", "clean", "gloves", "mask", "shoe", "joota", "जूता", "chappal", "चप्पल", "mochi",
            "मोची", "repair", "puncture", "पंक्चर", "tyre", "टायर", "furniture", "sutar", "सुतार", "mistri",
            "मिस्त्री", "carpenter", "pump", "पंप", "tanki", "टाकी", "tank", "daag", "दाग", "डाग", "stain", "wipe",
            "pochh", "पोंछ", "pus", "पुस")


def forget_solvents_at_work(c: Concepts) -> None:
    hits = c.of(*_SOLVENT_CONCEPTS)
    if not hits or c.of("sniff"):
        return
    words = c.words
    for hit in hits:
        if not words[hit.start].raw.startswith(_SOLVENTS):
            continue
        sentence = words[hit.start].sentence
        if any(t.sentence == sentence and t.raw.startswith(_AT_WORK) for t in words):
            for name in _SOLVENT_CONCEPTS:
                c.drop(name, hit.start, hit.end)
