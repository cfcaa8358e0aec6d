"""Marathi as it is written on the Konkan coast (Malvani), read as the standard Marathi word
each form stands for, so that the lexicon lists each meaning once ("माका आता जगाक नको" is
"मला आता जगायला नको", "परत येवचो नाय" is "परत यायचा नाही", "खाडीच माका सोडवतली" is "खाडीच
मला सोडवेल").

- The dative in "-क", "-का": "माका", "maka" (to me), "तुका", "त्याका", "तिका", "आमका",
  "त्यांका"; of the people and the things the lexicon reads: "भावाक" (to the brother),
  "आवशीक" (to mother), "बापाशीक", "बायकोक", "घरच्यांका", "पोरांका", "दोस्तांका", "दारूक".
- The instrument and the doer in "-न": "कोयत्यान" (with the billhook), "भावान" (by the
  brother); the past of a verb with an object in "-ओ" ("वार केलो", "हात लावलो": केला, लावला).
- The genitive in "-चो" (masculine "-चा"): "माझो", "तुझो", "त्याचो", "तिचो", "आमचो",
  "कायमचो" (for good).
- Verbs, as a paradigm over the verbs the lexicon reads (going, drinking, eating, leaving,
  cutting, killing, ending, doing, taking, smoking, putting in, looking, living, paying off,
  meeting, freeing, becoming): the infinitive of purpose in "-आक", "-ऊक" ("जगाक", "फेडूक", "भेटाक":
  जगायला, फेडायला, भेटायला); the first person present in "-तंय" ("जातंय", "पितंय",
  "कापतंय": जातोय, पितोय, कापतोय); the future in "-तलो", "-तलंय" of the writer ("करतलो",
  "jatalo": करीन, जाईन) and in "-तली", "-ताला" of anyone else ("सोडवतली", "होताला":
  सोडवेल, होईल).
- "इलो", "इलंय", "ailo" (came: आलो), "येवचो", "yevcho" (to come: यायचा), "घेवचंय" (to take),
  "घेवन", "ghevan" (having taken), "नसलंय" (if I am not), "नाय" (not), "ekto", "एकटो" (alone),
  "झिल" (son), "वाटता", "vatta" (feels: वाटतं), "होळीक" (at Holi).

Whole words only, by their folded spelling, before the skeleton is made (text and lexicon
alike). Forms that are another word in standard Marathi or in Hindi are left out or kept
narrow: the copula "असा" is standard "like this" ("असा वाटतं"), and "मन" (Malvani's plural
"मन", as in "घरचे मन") is the mind, so neither is read; "-तंय" is also standard Marathi's
neuter present ("बाळ दूध पितंय", "पाऊस पडतंय"), so only the listed verbs take it and "मरतंय"
(an animal dying) is not read; the standard "-लंय" ("काय झालंय") is left alone, and only
"इलंय" (came), which no standard verb makes, is read; Latin "karak" (strong tea) and
"marak" are left out of the infinitive; "झिल" is read in Devanagari only (Latin "jhil" and
"झील" are Hindi's lake); "घे-" makes no future here ("घेतलो", "घेतली" are standard "took"),
and "आईक" (to mother) is also "ऐक" (listen) as typed; "मका" is maize (Latin "maka" is read,
maize being rarely typed so); "tika" is Hindi's vaccine, the Latin "-tai" would make "pitai"
(a beating) and "khatai"; Latin "bhavan" is a building; Latin "nay" is a negation in the
lexicon by its own letters and is left to it; "देवा" (give!) is also "O God" and is not read.
"""
from __future__ import annotations

from alumni.domain.crisis.dialect_tables import VOWEL_SIGNS, read_as

# One verb: its Malvani stems (Devanagari, Latin), then the standard forms they fold to:
# the infinitive of purpose, the first person present, the writer's future, anyone's future.
# An empty standard form means the verb does not take that ending here.
_VERBS: tuple[tuple[tuple[str, ...], tuple[str, ...], str, str, str, str], ...] = (
    (("जा",), ("ja",), "जायला", "जातोय", "जाईन", "जाईल"),
    (("पि", "पी"), ("pi",), "प्यायला", "पितोय", "पिईन", "पिईल"),
    (("खा",), ("kha", "khaa"), "खायला", "खातोय", "खाईन", "खाईल"),
    (("सोड",), ("sod",), "सोडायला", "सोडतोय", "सोडीन", "सोडेल"),
    (("काप",), ("kap", "kaap"), "कापायला", "कापतोय", "कापीन", "कापेल"),
    (("मार",), ("maar",), "मारायला", "मारतोय", "मारीन", "मारेल"),
    (("संपव",), ("sampav",), "संपवायला", "संपवतोय", "संपवीन", "संपवेल"),
    (("कर",), ("kar",), "करायला", "करतोय", "करीन", "करेल"),
    (("घे",), ("ghe",), "घ्यायला", "घेतोय", "", ""),        # "घेतलो", "घेतली": took
    (("ओढ",), ("odh",), "ओढायला", "ओढतोय", "ओढीन", "ओढेल"),
    (("घाल",), ("ghal",), "घालायला", "घालतोय", "घालीन", "घालेल"),
    (("बघ",), ("bagh",), "बघायला", "बघतोय", "बघीन", "बघेल"),
    (("जग",), ("jag",), "जगायला", "", "जगीन", "जगेल"),
    (("फेड",), ("fed", "phed"), "फेडायला", "", "फेडीन", "फेडेल"),
    (("भेट",), ("bhet",), "भेटायला", "", "भेटीन", "भेटेल"),
    (("सोडव",), ("sodav",), "सोडवायला", "", "सोडवीन", "सोडवेल"),
    (("हो",), ("ho",), "", "", "होईन", "होईल"),
)
_LATIN_VOWELS = frozenset("aeiou")


def _verb_forms() -> dict[str, list[str]]:
    """Each verb's Malvani endings, as typed, under the standard form they stand for."""
    forms: dict[str, list[str]] = {}
    for deva, latin, purpose, present, mine, theirs in _VERBS:
        for stem in deva:
            vowel = stem[-1] in VOWEL_SIGNS
            if purpose:
                joins: tuple[str, ...] = ("वक", "ऊक", "उक") if vowel else ("ाक", "ूक", "ुक")
                forms.setdefault(purpose, []).extend(stem + j for j in joins)
            if present:
                forms.setdefault(present, []).extend((stem + "तंय", stem + "तय"))
            if mine:
                forms.setdefault(mine, []).extend((stem + "तलो", stem + "तलंय", stem + "तलय"))
                forms.setdefault(theirs, []).extend((stem + "तली", stem + "ताला", stem + "तला"))
        for stem in latin:
            vowel = stem[-1] in _LATIN_VOWELS
            if purpose and stem not in ("kar",):      # "karak" is strong tea
                joins = ("vak", "uk") if vowel else ("ak", "uk", "aak", "ook")
                forms.setdefault(purpose, []).extend(stem + j for j in joins)
            if present:
                forms.setdefault(present, []).append(stem + "tay")     # not "-tai": "pitai", "khatai"
            if mine:
                forms.setdefault(mine, []).extend((stem + "talo", stem + "tolo", stem + "talay"))
                forms.setdefault(theirs, []).extend((stem + "tali", stem + "tala", stem + "taala"))
    return forms


_FORMS: dict[str, tuple[str, ...]] = {
    # the dative in "-क", "-का": of the persons, then of the people and things the lexicon reads
    "मला": ("माका", "maka", "maaka"),   # not "मका", maize
    "तुला": ("तुका", "tuka", "tooka"),
    "त्याला": ("त्याका", "tyaka", "tyaaka"),
    "तिला": ("तिका",),                # not "tika", Hindi's vaccine and mark
    "आम्हाला": ("आमका", "aamka", "amka"),
    "तुम्हाला": ("तुमका", "tumka"),
    "त्यांना": ("त्यांका", "tyanka", "tyaanka"),
    "भावाला": ("भावाक", "bhavak", "bhaavak"),
    "आईला": ("आवशीक", "आवशिक", "आयशीक", "aavshik", "avshik", "aavashik", "aaishik"),  # not "आईक": listen
    "बापाला": ("बापाशीक", "बापाशिक", "बापाक", "baapashik", "bapashik", "bapak"),
    "बायकोला": ("बायकोक", "baykok"),
    "घरच्यांना": ("घरच्यांका", "घरच्यानका", "gharchyanka"),
    "पोरांना": ("पोरांका", "poranka"),
    "दोस्तांना": ("दोस्तांका", "dostanka"),
    "सगळ्यांना": ("सगळ्यांका", "saglyanka"),
    "दारूला": ("दारूक", "दारुक", "daaruk", "daruk"),
    "होळीला": ("होळीक", "holik"),
    # the genitive in "-चो"
    "माझा": ("माझो", "majho", "maajho"),
    "तुझा": ("तुझो", "tujho"),
    "त्याचा": ("त्याचो", "tyacho"),
    "तिचा": ("तिचो", "ticho"),
    "आमचा": ("आमचो", "aamcho"),
    "कायमचा": ("कायमचो", "kaymcho", "kayamcho"),
    # the instrument and the doer in "-न": "कोयत्यान" (with the billhook), "भावान" (by the brother)
    "कोयत्याने": ("कोयत्यान", "koytyan", "koytyaan"),
    "सुरीने": ("सुरीन",),
    "ब्लेडने": ("ब्लेडान",),
    "भावाने": ("भावान",),        # not Latin "bhavan", a building
    "बापाने": ("बापान",),
    # the past of a verb with an object agrees with it in "-ओ": "वार केलो", "हात लावलो"
    "केला": ("केलो",),
    "लावला": ("लावलो",),
    "ठेवला": ("ठेवलो",),
    "घातला": ("घातलो",),
    # not being there: "मी नसलंय तर"
    "नसलो": ("नसलंय", "naslay"),
    # having taken: "samudrach maka ghevan jao"
    "घेऊन": ("घेवन", "ghevan", "gheuan"),
    # came; to come; to take
    "आलो": ("इलो", "ilo", "ailo", "aylo", "आयलो"),
    "आलोय": ("इलंय", "इलय", "ilay", "ilaay"),
    "यायचा": ("येवचो", "येवचा", "yevcho", "yeucho", "yevcha"),
    "यायचं": ("येवचं", "येवचंय"),
    "घ्यायचं": ("घेवचं", "घेवचंय", "ghevcha", "ghevchay"),
    "जायचा": ("जावचो", "javcho"),
    # not; alone; son; feels
    "नाही": ("नाय",),      # Latin "nay" is a negation in the lexicon already, by its own letters
    "एकटा": ("एकटो", "ekto", "yekto"),
    "मुलगा": ("झिल",),
    "वाटतं": ("वाटता", "vatta", "vaatta", "watta"),
}

MALVANI_WORDS: dict[str, str] = read_as(_FORMS, _verb_forms())
