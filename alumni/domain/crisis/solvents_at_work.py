"""Whitener on a form and thinner on a brush (round 24, holdout 68): the solvents that street
children sniff are also the office's correction fluid and the painter's cleaner. "office में
whitener लगाया form पे", "register var whitener lavla, chuk sudharli", "thinner se brush saaf
karta hu, mask pehen ke": in a sentence that names the paper it corrects, the work it does or
the thing it cleans, and no sniffing, the solvent is forgotten as a substance. "office me
whitener sungh liya" (sniffed) and a solvent with no such object read as before. Round 36
(painters and polishers): the painter's thinner is bought by the litre and the tin "for the
job", "काम के लिए", handled all day on doors and walls beside the putty and the varnish; and a
sniffing denied ("didnt sniff once", "सूँघता नहीं") is no sniffing. Called from
alumni.domain.crisis.idioms."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_SOLVENT_CONCEPTS = ("inhalant_maybe", "inhalants", "solvent_named")
_BY_THE_TIN = frozenset({"litre", "litres", "liter", "liters", "लीटर", "लिटर", "tin", "tins", "डब्बा", "डिब्बा",
                         "dabba", "dabbe", "डबा", "daba"})
_USE_VERBS = ("use", "use_strong", "needle_verb", "bare_use")
_SOLVENTS = ("whiten", "whitner", "thinner", "fluid", "solution", "व्हाइटनर", "व्हाईटनर", "थिनर", "सोल्युशन",
             "सोल्यूशन", "fevicol", "glue", "petrol", "पेट्रोल")
# What a solvent is used on or for at work: paper, a mistake, a brush, a stain, a shoe, a tank.
_AT_WORK = ("form", "file", "register", "challan", "chalan", "page", "copy", "notebook", "kaagaz", "kagaz",
            "कागज", "कागद", "kagad", "vahi", "वही", "document", "cheque", "bill", "office", "ऑफिस", "daftar",
            "दफ्तर", "galti", "गलती", "chuk", "चूक", "mistake", "brush", "painting", "paint", "पेंट", "painter",
            "पेंटर", "saaf", "साफ", "clean", "gloves", "mask", "shoe", "joota", "जूता", "chappal", "चप्पल", "mochi",
            "मोची", "repair", "puncture", "पंक्चर", "tyre", "टायर", "furniture", "sutar", "सुतार", "mistri",
            "मिस्त्री", "carpenter", "pump", "पंप", "tanki", "टाकी", "tank", "daag", "दाग", "डाग", "stain", "wipe",
            "pochh", "पोंछ", "pus", "पुस",
            # The painter's day (round 36): the job, the litre and the tin, the door and the wall,
            # what the thinner is mixed with.
            "kaam", "काम", "kamasathi", "kamavar", "कामासाठी", "कामावर", "job", "site", "litre", "liter",
            "लीटर", "लिटर", "tin", "डब्बा", "डिब्बा", "dabba", "door", "wall", "deewar", "दीवार", "भिंत", "bhint",
            "putty", "पुट्टी", "पुट्टीचं", "varnish", "वार्निश", "enamel", "primer", "polish", "पॉलिश", "turpentine",
            "shop", "dukan", "dukaan", "दुकान")


def forget_solvents_at_work(c: Concepts) -> None:
    hits = c.of(*_SOLVENT_CONCEPTS)
    if not hits:
        return
    words = c.words
    negations = [n.start for n in c.of("negation")]
    wanting = c.of("longing", "craving", "want", "take_wish")
    drinking = c.of("drank", "drink_verb", "drank_bare", "medicine_drunk", "swallowed")
    if any(not any(-2 <= n - sniff.start <= 3 and words[n].clause == words[sniff.start].clause
                   for n in negations) for sniff in c.of("sniff")):
        return
    for hit in hits:
        if not words[hit.start].raw.startswith(_SOLVENTS):
            continue
        sentence = words[hit.start].sentence
        if any(words[w.start].sentence == sentence for w in wanting):
            continue        # the work's solvent longed for is a craving all the same
        if any(sentence <= words[d.start].sentence <= sentence + 1 for d in drinking):
            continue        # "a 1 litre can of thinner next to me, tonight i will drink it"
        if any(t.sentence == sentence and t.raw.startswith(_AT_WORK) for t in words):
            for name in _SOLVENT_CONCEPTS:
                c.drop(name, hit.start, hit.end)
            if any(t.sentence == sentence and t.raw in _BY_THE_TIN and i and words[i - 1].raw.isdigit()
                   for i, t in enumerate(words)):
                # "20 litre", "2 tins": bought by the measure, nor a dose to the evidence read after
                c.add("unmeant", hit.start, hit.end)
            # "used thinner all day", "thinner roz use karta hu": the use is the work's.
            for name in _USE_VERBS:
                c.drop(name, max(0, hit.start - 1), hit.end + 3)
