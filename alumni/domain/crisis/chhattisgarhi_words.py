"""Hindi as it is written in Chhattisgarh, read as the standard Hindi word each form stands
for, so that the lexicon lists each meaning once ("मोला अब जिये के मन नई हे" is "मुझे अब
जीने का मन नहीं है", "आज रात उहें जाहूं" is "आज रात वहां जाऊंगा", "थक गे हों" is "थक गया
हूं").

- Pronouns: "मोला", "mola" (to me), "तोला", "tola" (to you), "ओमन" (they), "हमन" (we).
- Verbs, as a paradigm over the verbs the lexicon reads (doing, going, dying, killing,
  eating, drinking, taking, giving, staying, cutting, jumping, hanging, lifting, meeting,
  coming, returning, getting): the first-person future in "-हूं" ("करहूं", "जाहूं",
  "karhun": करूंगा, जाऊंगा), the third-person future in "-ही" ("उठाही", "मिलही": उठाएगा,
  मिलेगा) and its plural in "-हीं", "-िहीं" ("रहिहीं": रहेंगे), and the first-person past
  in "-एंव", "-येंव" ("पायेंव", "आयेंव", "करेंव": पाया, आया, किया).
- The present "हों", "हंव", "हौं" (हूं: "रोवत हों", "थक गे हों"), "गे" (गया), "झन" (मत:
  "चिंता झन करव"), "उहें", "उहां" (वहां), "जिनगी" (ज़िंदगी).

Whole words only, by their folded spelling, before the skeleton is made. Forms that are
another word elsewhere are left out or kept to one script: Latin "karhi" is the dish
(कढ़ी), so the third person is read in Devanagari only; Latin "ge" is Marathi's "aai ge";
"मोर", "mor" (my) is also a peacock and English "more", and is read only in the lexicon's
phrases ("मोर बिना", without me); "नई" is "new" as often as "not", and the lexicon's
negation reads it only beside a verb; "ओमन" is read in Devanagari only (Latin "oman" is
the country); "मन" after a noun is the plural ("बच्चा मन", the children), which a whole
word cannot tell from the mind, and is left to the lexicon.
"""
from __future__ import annotations

from alumni.domain.crisis.dialect_tables import VOWEL_SIGNS, read_as

# One verb: its stems as written before the future's "-ह-" (Devanagari, Latin), the stem
# before the past's "-एंव", and the standard first-person future, third-person future, its
# plural, and first-person past it folds to ("" where the form is not read).
_VERBS: tuple[tuple[tuple[str, ...], tuple[str, ...], str, str, str, str, str], ...] = (
    (("कर",), ("kar",), "कर", "करूंगा", "करेगा", "करेंगे", "किया"),
    (("जा",), ("ja", "jaa"), "ग", "जाऊंगा", "जाएगा", "जाएंगे", "गया"),
    (("मर",), ("mar",), "मर", "मरूंगा", "मरेगा", "मरेंगे", "मरा"),
    (("मार",), ("maar",), "मार", "मारूंगा", "मारेगा", "मारेंगे", "मारा"),
    (("खा",), ("kha", "khaa"), "खा", "खाऊंगा", "खाएगा", "खाएंगे", "खाया"),
    (("पी", "पि"), ("pi", "pee"), "पि", "पियूंगा", "पिएगा", "पिएंगे", "पिया"),
    (("ले",), ("le",), "ले", "लूंगा", "लेगा", "लेंगे", "लिया"),
    (("दे",), ("de",), "दे", "दूंगा", "देगा", "देंगे", "दिया"),
    (("रह", "रहि"), ("rah", "rahi"), "रह", "रहूंगा", "रहेगा", "रहेंगे", "रहा"),
    (("काट",), ("kaat", "kat"), "काट", "काटूंगा", "काटेगा", "काटेंगे", "काटा"),
    (("कूद", "कुद"), ("kud", "kood"), "कूद", "कूदूंगा", "कूदेगा", "कूदेंगे", "कूदा"),
    (("लटक",), ("latak",), "लटक", "लटकूंगा", "लटकेगा", "लटकेंगे", "लटका"),
    (("उठा",), ("utha",), "उठा", "उठाऊंगा", "उठाएगा", "उठाएंगे", "उठाया"),
    (("मिल",), ("mil",), "", "मिलूंगा", "मिलेगा", "मिलेंगे", ""),
    (("आ",), ("aa",), "आ", "आऊंगा", "आएगा", "आएंगे", "आया"),
    (("लौट",), ("laut", "lout"), "लौट", "लौटूंगा", "लौटेगा", "लौटेंगे", "लौटा"),
    (("पा",), (), "पा", "पाऊंगा", "पाएगा", "पाएंगे", "पाया"),
    (("ला",), (), "ला", "लाऊंगा", "लाएगा", "लाएंगे", "लाया"),
)
_FUTURE_FIRST = ("हूं", "हूँ", "हौं", "हुं")
_FUTURE_FIRST_LATIN = ("hun", "hoon", "hu")
# Latin forms that are a name or a town: "Pihu", "Dehu"
_NAMES = frozenset({"pihu", "dehu"})
_FUTURE_THIRD = ("ही",)
_FUTURE_PLURAL = ("हीं",)
_PAST_FIRST = ("ेंव", "येंव", "एंव", "ेव", "येव")
_INDEPENDENT_VOWELS = frozenset("आईऊएओ")


def _verb_forms() -> dict[str, tuple[str, ...]]:
    """The futures and the past of each verb, as typed."""
    forms: dict[str, list[str]] = {}
    for deva, latin, past_stem, first, third, plural, past in _VERBS:
        for stem in deva:
            forms.setdefault(first, []).extend(stem + e for e in _FUTURE_FIRST)
            forms.setdefault(third, []).extend(stem + e for e in _FUTURE_THIRD)
            forms.setdefault(plural, []).extend(stem + e for e in _FUTURE_PLURAL)
        for stem in latin:
            forms.setdefault(first, []).extend(
                stem + e for e in _FUTURE_FIRST_LATIN if stem + e not in _NAMES)
        if past and past_stem:
            vowel = past_stem[-1] in VOWEL_SIGNS or past_stem[-1] in _INDEPENDENT_VOWELS
            endings = [e for e in _PAST_FIRST if e[0] in "यए"] if vowel else \
                [e for e in _PAST_FIRST if e[0] not in "यए"]
            forms.setdefault(past, []).extend(past_stem + e for e in endings)
    return {standard: tuple(typed) for standard, typed in forms.items()}


_FORMS: dict[str, tuple[str, ...]] = {
    # pronouns
    "मुझे": ("मोला", "mola", "molaa"),
    "तुझे": ("तोला", "tola", "tolaa"),
    "वो": ("ओमन", "उमन"),
    "हम": ("हमन",),
    # the present of "to be", "went", "don't", "there", "life"
    "हूं": ("हों", "हंव", "हौं"),
    "गया": ("गे",),
    "मत": ("झन", "jhan"),
    "वहां": ("उहें", "उहां", "उहाँ", "ऊहें", "uhen", "uhan"),
    "ज़िंदगी": ("जिनगी", "जिंनगी", "jingi", "jinagi"),
}

CHHATTISGARHI_WORDS: dict[str, str] = read_as(_FORMS, _verb_forms())
