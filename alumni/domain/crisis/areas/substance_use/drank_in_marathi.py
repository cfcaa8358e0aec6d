"""Marathi's "पिलो", "pilo" (I drank) said plainly (round 36, sugarcane cutters: "ड्रायव्हरसोबत बसून
पिलो", "mukadamsobat hishob kartana ... mi pilo", "पोराच्या लग्नात पिलो"). The same letters are
Hindi's "pi lo", drink it, an offer or a request ("paani pi lo", "dawai pilo"), so the word
alone is no use (drinking_slang.py reads it beside a Marathi festival). A sentence that is
Marathi says so in words Hindi does not have: "मी", "आणि", "तेव्हा", a converb in "-ऊन"
("बसून", "ऐकून"), a genitive in "-च्या" or "-सोबत" (with). There the word is the writer's
drinking, read as "drank", and the drinking rules take it from there (a soft drink, another's
drinking and a refusal stay what they were). Called from
substance_context.read_substance_context."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_MARATHI_WORDS = frozenset({
    "मी", "mi", "mee", "आणि", "ani", "aani", "तेव्हा", "tevha", "tevva", "अजून", "ajun", "aajun", "आहे", "ahe",
    "aahe", "झाले", "zale", "jhale", "झालं", "zala", "jhala", "gelo", "गेलो", "zoplo", "झोपलो", "paryant",
    "पर्यंत", "kartana", "करताना", "nantar", "नंतर", "tyane", "त्याने", "mala", "मला", "divas", "दिवस",
    "बसून", "basun", "ऐकून", "aikun", "ekun", "घेऊन", "gheun", "पाहून", "pahun", "बघून", "baghun", "सोडून",
    "sodun", "करून", "karun", "थकून", "thakun", "कंटाळून", "kantalun", "विसरून", "visrun"})
# Case endings glued on a noun: of ("-च्या"), with ("-सोबत").
_MARATHI_ENDINGS = ("च्या", "chya", "सोबत", "sobat")


def read_drank_in_marathi(c: Concepts) -> None:
    hits = c.of("drank_pilo")
    if not hits:
        return
    words = c.words
    beverages = c.of("beverage")
    for hit in hits:
        if words[hit.start].raw not in ("पिलो", "pilo"):
            continue        # "प्यालो", "pyalo" are the lexicon's "drank" already
        sentence = words[hit.start].sentence
        if any(b.start < hit.start and hit.start - b.end <= 3 for b in beverages):
            continue        # "soda ani kokum pilo": a soft drink (soft_drinks.py read it first)
        if any(t.sentence == sentence and (t.raw in _MARATHI_WORDS or t.raw.endswith(_MARATHI_ENDINGS))
               for t in words):
            c.add("drank", hit.start, hit.end)
