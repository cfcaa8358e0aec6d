"""Using again told in passing (round 15): a form of the substance that hides its name ("ate an
edible at the farewell", "एडिबल खा ली", "hit a thc pen at the hostel"), a pill described by what
it does ("ek tablet mili nasha wali, do din se le raha hu"), a drink that "went round" ("daru
aur charas dono chal gaye"), a drinking session that "sat" ("kal raat bhavasobat daru basli"),
going to the theka said in the plural ("office ke baad seedha theke pe gaye hum"), and a taking
admitted by denying its denial ("ghetli nahi asa nahi").

What cancels: the cooking sense of "edible" (edible oil, edible colour), a vape said to have no
THC, a pill refused, and others' drinking or trade ("daru ka dhanda chal gaya"). Words and the
rules that read them (appended to the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # Cannabis eaten or vaped: the form named, not the plant.
    "edible_form": ("edible", "edibles", "एडिबल", "weed gummy", "weed gummies", "pot brownie", "space cake",
                    "hash brownie"),
    # THC said as what the vape or the pen had in it ("thc" alone reads like "aatach").
    "thc_named": ("टीएचसी", "thc wala", "thc wali", "thc vala", "thc vali", "thc cart", "thc carts", "thc pen",
                  "thc vape", "dab pen", "weed pen", "with thc", "had thc", "thc hota", "thc hot*", "thc होत*",
                  "thc tha", "thc thi", "thc था", "thc थी", "thc in it", "thc ka", "thc cha", "thc chi"),
    # Edible things in the kitchen, and a vape said to be clean.
    "edible_harmless": ("oil", "tel", "तेल", "colour", "color", "rang", "रंग", "ink", "spoon", "cutlery", "plate",
                        "plates", "cup", "cups", "packaging", "straw", "glitter", "item", "items", "things", "stuff", "flowers",
                        "gum", "gond", "गोंद", "thc free", "thc-free",
                        "without thc", "no thc", "bina thc", "nicotine free", "mango", "strawberry"),
    # A pill or a syrup by what it does: "nasha wali", "नशेची", "the kind that gets you high".
    "intoxicating_kind": ("nasha wali", "nashe wali", "nashewali", "नशा वाली", "नशे वाली", "nashe ki",
                          "नशे की", "nashili", "nasheeli", "नशीली", "nashechi", "नशेची", "nashyachi",
                          "नशेच्या", "jhing wali", "झिंग वाली", "zhingechi", "high wali", "हाई वाली",
                          "gets you high", "get you high", "makes you high"),
    # A drink "went round": consumed, told as the evening's events.
    "went_round": ("chal gaye", "chal gaya", "chal gayi", "chal gai", "chal gye", "चल गए", "चल गया", "चल गई",
                   "chali", "चली", "chalali", "चालली", "chalale", "चालले", "chalu zali", "चालू झाली"),
    # Trade, not drink: "daru ka dhanda chal gaya".
    "trade_word": ("dhanda", "धंधा", "dhandha", "business", "bijness", "vyapar", "व्यापार", "dukan*", "दुकान*",
                   "shop", "sale", "bikri", "बिक्री", "vikri", "विक्री", "film", "movie", "picture", "gaana", "song"),
    # Left the place: "nighun aalo", "nikal aaya", "walked out".
    "left_there": ("nighun aalo", "निघून आलो", "nighalo", "निघालो", "uthun aalo", "उठून आलो", "nikal aaya",
                   "निकल आया", "nikal gaya", "निकल गया", "uth ke aa gaya", "उठ के आ गया", "left", "walked out"),
    # The police or the excise at the shop: a raid, not a drink.
    "raid_party": ("police", "पुलिस", "polis", "पोलीस", "raid", "रेड", "chhapa", "छापा", "excise", "inspector"),
    # Gone to a place, said in the plural or honorific.
    "went_plural": ("gaye", "गए", "gye", "pahunch gaye", "पहुंच गए", "pahuch gaye"),
    # A session that "sat": "desi basli", "daru basli", "बैठक जमली".
    "session_sat": ("basli", "बसली", "basla", "बसला", "basle", "बसले", "baithak jamli", "बैठक जमली",
                    "baithak jami", "बैठक जमी", "mehfil jami", "महफ़िल जमी", "mehfil jamli", "महफिल जमली"),
    # "Not that I didn't": a taking admitted by denying its denial ("ghetli nahi asa nahi").
    "not_that_not": ("nay asa nay", "नाय असा नाय", "nahi asa nahi", "नाही असं नाही", "नाही असा नाही",
                     "nahi asa nahi", "nahi aisa nahi", "नहीं ऐसा नहीं", "nahi aisa bhi nahi",
                     "not that i didnt", "not that i didn't", "cant say i didnt", "can't say i didn't"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_NOT_THE_WRITERS = ("others", "third_person", "quit", "trade_or_verdict", "beverage")

TAKEN_IN_PASSING: tuple[Combination, ...] = (
    # "ate an edible at the farewell party", "edible kha liya".
    Combination(RE, (_g("eat", "took", "take_any"), _g("edible_form")), 2, unless=_g("edible_harmless", "food")),
    # "dostacha vape odhla, thc hota tyat", "hit a thc pen".
    Combination(RE, (_g("use", "take_any", "smoke_verb", "took"), _g("thc_named")), 6, across=True,
                unless=_g("edible_harmless", *_NOT_THE_WRITERS)),
    # "ek tablet mili nasha wali, do din se le raha hu".
    Combination(RE, (_g("pills", "syrup_name"), _g("intoxicating_kind"),
                     _g("take_any", "took", "eat", "use", "pill_use", "for_since")), 10, across=True,
                unless=_g("negation", *_NOT_THE_WRITERS)),
    # "daru aur charas dono chal gaye", "party me bottle chali".
    Combination(RE, (ANY + ("alcohol_maybe", "measure"), _g("went_round")), 2, order=True,
                unless=_g("trade_word", "price", *_NOT_THE_WRITERS)),
    # "bhavasobat daru basli", "kal desi basli".
    Combination(RE, (ANY + ("alcohol_maybe", "measure"), _g("session_sat")), 1, order=True,
                unless=_g("food", "left_there", *_NOT_THE_WRITERS)),
    # "sirf soda bola... ghetli nahi asa nahi", "pi li, nahi aisa nahi".
    # The refusal read first ("घेतली नाय", abstained) is the denial denied: the two may share a word.
    Combination(RE, (_g("took", "drank", "down_it", "use", "abstained"), _g("not_that_not")), 1, same_word=True,
                unless=_g("craving")),
    # "seedha theke pe gaye hum", "theke pe gaye the".
    Combination(RE, (_g("drink_place"), _g("went_plural")), 2, order=True,
                unless=_g("near", "errand", "third_person", "relation", "want", "craving", "bystander",
                          "raid_party")),
)
