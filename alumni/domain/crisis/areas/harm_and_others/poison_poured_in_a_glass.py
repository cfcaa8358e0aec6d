"""Overdose told as a poison or a work chemical poured or mixed into a glass and kept ready (the
second reading of rounds 58-59): "undir marayche aushadh glass madhe kalvun thevlay", "पॉलिशचं
केमिकल ग्लासात ओतून ठेवलंय समोर", "phenyl glass madhe otun thevla aahe, pitoch aata", "चूहे मारने
की दवा घोल के गिलास में रखी है".

A chemical measured into a jug or a bucket for cleaning, polishing or spraying stays quiet: the
glass is a drinking glass, and a floor, a toilet, a tank or a crop beside it names the chore.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

OD = Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    # A drinking glass or cup: "glass madhe", "ग्लासात", "गिलास में".
    "gl_glass": ("glass madhe", "glass मध्ये", "ग्लासात", "glasat", "ग्लास मध्ये", "glass me", "glass mein",
                 "ग्लास में", "गिलास में", "gilas me", "gilaas me", "into a glass", "in a glass", "in the glass",
                 "cup madhe", "कपात", "kapat", "cup me", "कप में", "vatit", "वाटीत", "कटोरी में", "katori me"),
    # Poured, mixed or dissolved: "otun", "ओतलंय", "kalvun", "घोल के".
    "gl_poured": ("otun", "ओतून", "otla", "ओतलं", "ओतलंय", "otlay", "otlaa", "ओतला", "kalvun", "कालवून", "kalavla",
                  "कालवलं", "mislun", "मिसळून", "ghol ke", "घोल के", "ghol kar", "घोलकर", "घोल कर", "ghola",
                  "घोला", "ghol li", "घोल ली", "daal ke", "डाल के", "daala", "डाला", "poured", "mixed", "dissolved",
                  "bhar ke", "भर के", "bharun", "भरून"),
    # A work chemical by its trade: polish, the polishing chemical, phenyl, thinner, coolant.
    "gl_work_chemical": ("polish chemical", "पॉलिशचं केमिकल", "polish cha chemical", "polish चं chemical",
                         "polish ka chemical", "पॉलिश का केमिकल", "chemical", "केमिकल", "phenyl", "फिनाईल",
                         "फिनाइल", "fenyl", "thinner", "थिनर", "coolant", "कूलंट"),
    # The chore it is measured for: a floor, a toilet, a tank, a crop.
    "gl_chore": ("floor", "फरशी", "farshi", "फर्श", "farsh", "toilet", "टॉयलेट", "bathroom", "बाथरूम",
                 "pump", "पंप", "spray", "फवारणी", "favarni", "crop", "pik", "पीक", "shet", "शेतात",
                 "machine", "मशीन", "pochha", "पोछा", "pusun", "पुसून", "saaf", "साफ", "clean*"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

POISON_POURED_IN_A_GLASS: tuple[Combination, ...] = (
    Combination(OD, (_g("poison", "farm_poison", "pn_work_chemical", "gl_work_chemical"), _g("gl_poured"),
                     _g("gl_glass")), 8, unless=_g("gl_chore", "laugh"), unless_reach=6),
)
