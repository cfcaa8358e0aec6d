"""Marathi as it is written in Khandesh (Ahirani) and Vidarbha (Varhadi), read as the standard
Marathi word each form stands for, so that the lexicon lists each meaning once ("मन्हा आता
उपेग नही शे" is "माझा आता उपयोग नाही आहे", "मारी टाकसू" is "मारी टाकीन", "काल रातले पिधी" is
"काल रात्री प्यायली").

- Pronouns and their cases: "मन्हा", "मन्ही" (my), "तुन्हा" (your), "आमना" (our), with the
  genitive in "-ना"; the dative in "-ले": "माले", "मले", "malle" (to me), "तुले", "त्याले",
  "तिले", "त्यासले" (to them).
- The copula "शे", "शेत" (is, are: "नही शे", "गया शे").
- Verbs, as a paradigm over the verbs the lexicon reads (doing, killing, dropping it,
  dying, living, eating, drinking, going, taking, giving, ending, hanging, leaving): the
  first-person future in "-सू" ("करसू", "टाकसू", "karsu": करीन, टाकीन) and the conjunctive
  in "-ईसन" ("जगीसन", "खाईसन", "लईसन", "marisan": जगून, खाऊन, घेऊन, मारून).
- Varhadi's past of drinking, "पिधी", "पिधला", "pidhi" (प्यायली, प्यायला), and of coming,
  "वना", "वनं" (आला, आलं: "थांबता वनं नही", could not stop); "रातले", "ratle" (at night);
  "उपेग" (use); "संपाडी" (having ended it: "संपाडी टाकसू").

Whole words only, by their folded spelling, before the skeleton is made. Forms that are
another word elsewhere are left out: Latin "male", "she", "se" are English or Hindi; "से"
(Ahirani "is") is Hindi "from"; "पिसू" (would be "I will drink") is a flea, "सासू", "आसू",
"बसू", "हसू" end in "-सू" by their own stem, so only the listed verbs take the ending; "मारी"
(the short conjunctive of "मारी टाक-") is Hindi "struck", and is read only before "टाक-" in
the lexicon; Latin "jaisan" is Bhojpuri "like", "laisan" a licence, "लिसन" is "listen".
"""
from __future__ import annotations

from alumni.domain.crisis.dialect_tables import VOWEL_SIGNS, read_as
from alumni.domain.crisis.malvani_words import MALVANI_WORDS

# One verb: its dialect stems (Devanagari, Latin), the standard first-person future and
# conjunctive they fold to, and any conjunctive the stem does not make by rule ("लईसन").
_VERBS: tuple[tuple[tuple[str, ...], tuple[str, ...], str, str, tuple[str, ...]], ...] = (
    (("कर",), ("kar",), "करीन", "करून", ()),
    (("मार",), ("mar", "maar"), "मारीन", "मारून", ()),
    (("टाक",), ("tak", "taak"), "टाकीन", "टाकून", ()),
    (("मर",), (), "मरीन", "मरून", ()),          # Latin "mar" is read as "maar" (the same skeleton)
    (("जग",), ("jag",), "जगीन", "जगून", ()),
    (("खा",), ("kha",), "खाईन", "खाऊन", ()),
    (("पी",), ("pi", "pee"), "पिईन", "पिऊन", ("पिईसन", "पिइसन")),
    (("जा",), (), "जाईन", "जाऊन", ()),          # "jasu" is a name, "jaisan" Bhojpuri "like"
    (("घे",), ("ghe",), "घेईन", "घेऊन", ("लईसन", "लइसन")),
    (("दे",), (), "देईन", "देऊन", ()),
    (("संपाड", "संपव"), ("sampad", "sampav"), "संपवीन", "संपवून", ()),
    (("लटक",), ("latak",), "लटकेन", "लटकून", ()),
    (("सोड",), ("sod",), "सोडीन", "सोडून", ()),
)


def _verb_forms() -> dict[str, tuple[str, ...]]:
    """The future ("-सू") and the conjunctive ("-ईसन") of each verb, as typed."""
    forms: dict[str, list[str]] = {}
    for deva, latin, future, conjunctive, irregular in _VERBS:
        futures = forms.setdefault(future, [])
        conjunctives = forms.setdefault(conjunctive, list(irregular))
        for stem in deva:
            futures += (stem + "सू", stem + "सु")
            vowel = stem[-1] in VOWEL_SIGNS
            conjunctives += (stem + "ईसन", stem + "इसन") if vowel else (stem + "ीसन", stem + "िसन")
        for stem in latin:
            futures += (stem + "su", stem + "soo")
            conjunctives += (stem + "isan", stem + "eesan")
    return {standard: tuple(typed) for standard, typed in forms.items()}


_FORMS: dict[str, tuple[str, ...]] = {
    # my, your, our (the genitive in "-ना"), by the gender of what is owned
    "माझा": ("मन्हा", "manha", "manhaa"),
    "माझी": ("मन्ही", "manhi"),
    "माझं": ("मन्हं", "मन्ह"),
    "माझे": ("मन्हे", "manhe"),
    "तुझा": ("तुन्हा", "tunha"),
    "तुझी": ("तुन्ही", "tunhi"),
    "आमचा": ("आमना", "aamna"),     # not "amna", a name
    "आमची": ("आमनी",),
    # the dative in "-ले"
    "मला": ("माले", "मले", "मल्ले", "malle", "maale", "maley", "mle"),
    "तुला": ("तुले", "tule"),
    "त्याला": ("त्याले", "tyale", "tyalle", "tyaale"),
    "तिला": ("तिले",),          # not "tile"
    "त्यांना": ("त्यासले", "त्यास्ले", "tyasle", "tyasale"),
    "आम्हाला": ("आमले", "aamle", "amle"),
    # the copula
    "आहे": ("शे",),
    "आहेत": ("शेत",),
    # Varhadi's drinking and coming, in the past
    "प्यायली": ("पिधी", "पिधली", "pidhi", "pidhli"),
    "प्यायला": ("पिधा", "पिधला", "pidha", "pidhla"),
    "प्यायलं": ("पिधं", "पिधलं"),
    "प्यायले": ("पिधले", "pidhle"),
    "प्यायलो": ("पिधलो", "pidhlo"),
    "आला": ("वना",),
    "आली": ("वनी",),
    "आलं": ("वनं",),
    # Varhadi's "to live", in Latin ("जगाचं" is in the lexicon): its skeleton is "jagacha"'s
    # (of the world), so it is read by its letters
    "जगायचं": ("jagach", "jagaach"),
    # at night; use; having ended it
    "रात्री": ("रातले", "रातलें", "रातच्याले", "ratle", "raatle"),
    "उपयोग": ("उपेग", "upeg", "upeog"),
    "संपवून": ("संपाडी", "sampadi", "sampaadi"),
}

MARATHI_DIALECT_WORDS: dict[str, str] = read_as(_FORMS, _verb_forms())
# The Konkan coast's Malvani forms (alumni.domain.crisis.malvani_words) join these.
MARATHI_DIALECT_WORDS |= MALVANI_WORDS
