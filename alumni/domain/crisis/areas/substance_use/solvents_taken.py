"""Solvents taken again, said without a verb of sniffing (round 24, holdout 68: street and
station youth, shelters and slums): "back on solution since diwali", "solution ले लिया", "काल परत
सोल्युशन घेतलं", "कल फिर से व्हाइटनर लिया", "thinner rumaal pe", "नेलपॉलिश रिमूव्हर हुंगलं".

- The solvents by their Devanagari spellings, and nail polish remover, are in substances.py's
  "inhalant_maybe" (a substance only in company: "found a solution" stays harmless).
- Those that are bought for nothing but sniffing on the street (solution, whitener, thinner,
  remover, Fevibond; not petrol, glue or fluid, which are filled and mended) are taken when a verb
  of taking follows them, or "again" comes before them.
- A rag, a handkerchief or a bag beside one is how it is breathed in, unless something is cleaned
  with it ("thinner se brush saaf").

Whitener on a form and thinner on a brush are read in alumni.domain.crisis.solvents_at_work.
Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import DEVANAGARI_SOLVENTS
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

_LATIN_SOLVENTS = ("whitener*", "whitner*", "whitnr", "thinner*", "solution*", "solushan", "solusan", "nailpolish*",
                   "nail polish remover", "nail paint remover", "remover", "fevibond*", "dendrite*")

NEW: dict[str, tuple[str, ...]] = {
    "solvent_named": _LATIN_SOLVENTS + DEVANAGARI_SOLVENTS,
    "solvent_rag": ("rumaal", "rumal", "रुमाल", "rumalat", "रुमालात", "rumaal pe", "रुमाल पे", "rag", "cloth",
                    "kapda", "कपड़ा", "kapde", "कपडा", "polythene", "panni", "पन्नी", "plastic bag", "sleeve"),
    # "problem ka solution le liya": a solution to something.
    "solution_of_a_thing": ("problem*", "प्रॉब्लेम*", "samasya", "समस्या", "issue*", "sawal", "सवाल", "question*",
                            "answer*", "upay", "उपाय", "maths", "sum", "tension", "idea", "prashn*", "प्रश्न*"),
    "solvent_cleaned": ("saaf", "साफ", "saf", "clean*", "wipe*", "pochh*", "पोंछ*", "pusl*", "पुस*", "dhul*",
                        "धुत*", "wash*", "brush*", "stain", "daag", "दाग", "डाग"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_WANTED = ("craving", "want", "negation", "quit")

SOLVENTS_TAKEN: tuple[Combination, ...] = (
    Combination(RE, (_g("solvent_named"), _g("use", "took")), 2, order=True,
                unless=_WANTED + ("solution_of_a_thing",), unless_reach=4),
    Combination(RE, (_g("again"), _g("solvent_named")), 2, order=True, unless=_WANTED),
    Combination(RE, (_g("solvent_named"), _g("solvent_rag")), 3, unless=_WANTED + ("solvent_cleaned",),
                unless_reach=4),
    # Fetched, and begun again (round 42): "स्टेशनरीतून व्हाईटनर आणलं आणि परत सुरू".
    Combination(RE, (_g("solvent_named"), _g("begun_again", "gb_began_again")), 3, order=True,
                unless=_WANTED + ("solvent_cleaned", "task", "work_load"), unless_reach=4),
)
