"""Idioms and look-alikes of drinking and using: others drinking, "drinking water", "cold
drink li", "coke with pizza", "joint pain", "used to", "prices shot up", "slipped on the wet floor",
"can't stop drinking" (no sobriety). Called from alumni.domain.crisis.idioms."""
from __future__ import annotations

from alumni.domain.crisis.concepts import SUBSTANCE_CONCEPTS, Concepts, Hit
from alumni.domain.crisis.spelling import Token
from alumni.domain.crisis.word_context import (
    NOT_INTOXICATED_NEXT,
    SO_OR_LIKE,
    followed_by,
    joined_after,
    next_word_in,
    preceded_by,
    we_all_did,
    word_before_in,
)

_JOINT_HARMLESS_NEXT = frozenset({"pain", "pains", "account", "family", "venture", "secretary",
                                  "replacement", "dard", "दर्द"})
# Spirits and beers by name, which a soft drink beside them only mixes.
_SPIRITS = ("whisk", "vodka", "rum", "gin", "brandy", "beer", "bier", "wine", "feni", "tharra", "daru", "daaru",
            "sharab", "दारू", "दारु", "शराब", "व्हिस्की", "वोडका", "बियर", "बीयर", "ब्रँडी", "ब्रांडी",
            # country liquor by its first word (round 33: "had deshi daru with the milk van driver")
            "deshi", "desi", "देसी", "देशी")
_INSTEAD = frozenset({"instead", "jagah", "jagha", "जगह", "badle", "बदले", "ऐवजी", "aivaji", "aiwaji", "not", "nahi",
                      "नहीं", "nako", "नको", "naahi", "नाही"})
_LAST_WORDS = frozenset({"last", "final", "akhri", "aakhri", "आखिरी", "shevti", "शेवटची",
                         "shevtachi"})
_COKE_CONTEXT = frozenset({"glass", "can", "cold", "thanda", "ठंडा", "diet", "zero", "pizza",
                           "bottle", "chilled", "pepsi", "sprite", "thums", "drank", "drink",
                           "and", "with", "burger", "sandwich", "samosa", "chips", "ice", "fries",
                           "lunch", "dinner", "food", "khana", "only"})
# The writer as the one who took it: "maine coke liya", "मी coke घेतला".
_WRITER_AGENT = frozenset({"maine", "mene", "मैंने", "मैने", "मी", "mi", "i"})
_COKE_AS_DRUG = frozenset({"line", "lines", "snort", "snorted", "sunghi", "sungh", "ki", "kiya", "kar", "maari",
                           "mari"})
_DRINK_VERBS = frozenset({"pi", "pee", "पी", "piya", "पिया", "pite", "पीते", "pila", "pilaya", "pilane", "पिलाने",
                          "पिलाया", "pit", "पित", "drinking", "drank"})
_DRINK_NOUNS = ("drink", "peg", "daru", "daaru", "दारू", "दारु", "sharab", "शराब", "beer", "बियर", "whisk", "व्हिस्की",
                "बाटली", "batli", "bottle", "बोतल")
_VACCINES = frozenset({"rabies", "vaccine", "tetanus", "tt", "booster", "flu", "covid", "polio", "anti-rabies",
                       "arv"})
_SHOT_WORDS = frozenset({"shot", "shots", "injection", "injections", "इंजेक्शन", "sui", "सुई"})
_OTHERS_DOING = frozenset({"everyone", "everybody", "they", "people", "friends", "sab", "sagle",
                           "log", "others", "guys", "colleagues", "sabne", "सबने", "sabhi", "सभी",
                           "सगळे", "सगळ्यांनी", "saglyanni", "logon", "लोगों", "लोग"})
_THINGS_SLIPPING = frozenset({"jack", "ladder", "knife", "phone", "bike", "car", "tyre", "tire", "spanner", "wrench",
                              "rope", "belt", "chain", "grip", "tray", "glass", "bottle", "lid", "plate", "brake"})
_ON = frozenset({"pe", "par", "pr", "पे", "पर", "var", "वर", "वरून", "varun"})
# "hum log", "we guys": the writer among the drinkers named.
_WE = frozenset({"hum", "ham", "हम", "we", "us", "amhi", "aamhi", "आम्ही", "apan", "आपण"})
_FALLS = frozenset({"stairs", "floor", "bathroom", "road", "ice", "wet", "mud", "rain", "bike",
                    "step", "steps", "tiles", "banana", "keechad", "kichad", "कीचड़", "कीचड", "chikhal", "चिखल",
                    "chikhlat", "चिखलात", "starch", "oil", "grease", "puddle", "soap"})
_ONE = frozenset({"ek", "एक", "one", "1", "a", "ekach", "एकच", "bas"})
# The measure taken after all: "ek peg liya", "one drink had".
_TAKEN_AFTER = frozenset({"liya", "li", "लिया", "ली", "ghetla", "घेतला", "maara", "maar", "mara", "pi", "pee", "पी",
                          "had", "drank", "took", "pyalo", "प्यालो"})
# Slipping said in Hindi and Marathi: "कीचड़ में फिसल गया", "paaylat ghasarlo" (round 24); the
# place or the ground may come first, as the verb comes last.
_SLIPS = ("slip", "फिसल", "fisal", "phisal", "fisl", "phisl", "घसरल", "ghasral", "ghasarl")
_FALLS_HI_MR = frozenset({"कीचड़", "कीचड", "kichad", "kichar", "चिखल", "chikhal", "chikhlat", "चिखलात", "फर्श",
                          "farsh", "ज़मीन", "जमीन", "zameen", "jameen", "सीढ़ी", "सीढ़ियों", "seedhi", "jina", "जिना",
                          "पायऱ्या", "payrya", "बाथरूम", "bathroom", "मैदान", "maidan", "ground", "mat", "मॅट",
                          "पाणी", "पानी", "pani", "paani", "tiles", "टाइल्स", "rasta", "रास्ते", "रस्ता", "road",
                          # round 30 (hotel kitchens): the flour sack, the soap, and the fall itself
                          "keechad", "bori", "बोरी", "aate", "आटे", "sabun", "साबुन", "gira", "giri", "गिरा",
                          "गिरी", "गिरे", "padla", "padli", "पडला", "पडली", "पडलो",
                          # round 36 (cane cutters): the knife that slipped and the finger it cut
                          # (not the foot: "पाँव फिसल गया" is also the idiom for a lapse)
                          "koyta", "कोयता", "koita", "चाकू", "chaku", "knife", "विळा", "vila", "हंसिया", "hansiya",
                          "ungli", "उंगली", "उँगली", "बोट", "bot", "kat", "कट", "patti", "पट्टी"})



# "ganja maar rahe hai", "daru maar raha": "maar" right after a substance is its taking (round 26).
_TAKEN_WITH_MAAR = ("alcohol", "cannabis", "opioids", "cocaine", "inhalants", "drugs", "drink_unit")
_PARTICLES_BEFORE_MAAR = frozenset({"तरी", "tari", "toh", "to", "तो", "hi", "ही", "च", "ch", "bhi", "भी", "pan", "पण"})
# The long "maar" only: "mar" is also dying ("doob marunga", where "doob" is also weed).
_MAAR = ("maar", "मार")


# "dil doob gaya" (the heart sank): "doob" is also weed, but not before "gaya".
_SANK_AFTER = frozenset({"gaya", "gayi", "gaye", "गया", "गई", "jata", "jaata", "raha", "रहा"})
_HEART = frozenset({"dil", "दिल", "heart", "man", "mann", "मन"})


def _heart_sank(c: Concepts) -> None:
    words = c.words
    for hit in c.of("cannabis"):
        if words[hit.start].raw in ("doob", "डूब") and next_word_in(words, hit, _SANK_AFTER) \
                and word_before_in(words, hit, _HEART, 1):
            c.drop("cannabis", hit.start, hit.end)


def _maar_after_a_substance(c: Concepts) -> None:
    ends = {h.end for h in c.of(*_TAKEN_WITH_MAAR)}
    if not ends:
        return
    words = c.words
    # and a particle between: "एक पेग तरी मारावा असं वाटतंय" (round 30)
    ends |= {e + 1 for e in ends if e < len(words) and words[e].raw in _PARTICLES_BEFORE_MAAR}
    for hit in c.of("die", "kill"):
        if hit.start in ends and words[hit.start].raw.startswith(_MAAR):
            c.drop(hit.concept, hit.start, hit.end)


# "मेहमान गिलास में आधी व्हिस्की छोड़ गया था" (round 30): left behind by someone who went, not a
# drink given up ("chhod diya", "सोडली"), so no quitting beside the writer's gulp.
_LEAVE = ("छोड़", "छोड", "chhod", "chod")
_WENT = frozenset({"गया", "गई", "गए", "gaya", "gayi", "gaye", "gya"})


def _left_behind(c: Concepts) -> None:
    words = c.words
    for hit in c.of("quit"):
        if words[hit.start].raw.startswith(_LEAVE) and hit.end == hit.start + 1 and hit.end < len(words) \
                and words[hit.end].raw in _WENT:
            c.drop("quit", hit.start, hit.end)


def _slip_was_a_fall(words: list[Token], hit: Hit) -> bool:
    """"slipped on the stairs", "कीचड़ में फिसला", "raju machli pe phisla" (slipped on something,
    round 41), "jack slipped while changing a tyre" (a thing slipped, round 43): a fall, not a use."""
    raw = words[hit.start].raw
    before = words[hit.start - 1].raw if hit.start else None
    if raw.startswith("slip") and (any(w.raw in _FALLS for w in words[hit.end:hit.end + 4])
                                   or before in _THINGS_SLIPPING):
        return True
    return raw.startswith(_SLIPS) and (
        any(w.raw in _FALLS_HI_MR for w in words[max(0, hit.start - 3):hit.end + 3]) or before in _ON)


def _cola_beside_their_drink(c: Concepts, hit: Hit) -> bool:
    """"dulhe ke dosto ne peg diya, maine coke le liya" (rounds 52-54): the writer's coke, in a
    clause of its own beside the drink of another clause, is the cola taken instead."""
    words = c.words
    clause = words[hit.start].clause
    if not word_before_in(words, hit, _WRITER_AGENT, 1) or any(
            w.raw in _COKE_AS_DRUG for w in words[hit.end:hit.end + 2]):
        return False
    # the others' drink is read on the words: others_drinking may have let it go already
    return any(w.clause != clause and (w.raw in _DRINK_VERBS or w.raw.startswith(_DRINK_NOUNS)) for w in words)


# "मालिक का पारा चढ़ गया": the temper (the mercury) rose, nobody drank (round 57).
_LIKE_A = frozenset({"jaise", "jaisa", "जैसे", "जैसा", "sarkha", "सारखा", "sarkhe", "सारखे"})
_TEMPER = frozenset({"पारा", "para", "paara", "gussa", "गुस्सा", "ghussa", "राग", "raag"})


# Marathi "दारू" is also gunpowder: filled into the crackers ("anarat daru bharli", "रॉकेटमध्ये दारू
# भरताना"), with a cracker named in the sentence (round 56). Drunk at Diwali it stays the drink.
_GUNPOWDER_FOR = ("anar", "अनार", "phatak", "fatak", "फटाक", "पटाख", "patak", "rocket", "रॉकेट", "sutli", "सुतळ",
                  "सुतली", "bomb", "बॉम्ब", "chakri", "चक्री", "bhuichakr", "भुईचक्र", "fulbaj", "फुलबाज", "phuljhad",
                  "फुलझड", "shobhechi", "शोभेची", "cracker", "fuse", "फ्यूज")
_FILLED = ("bhar", "भर")
_DARU = ("daru", "दारू", "दारु", "daaru")


def _gunpowder_filled(c: Concepts) -> None:
    words = c.words
    for hit in c.of("alcohol"):
        if not words[hit.start].raw.startswith(_DARU):
            continue
        sentence = words[hit.start].sentence
        filled = any(w.raw.startswith(_FILLED) for w in words[hit.end:hit.end + 3])
        cracker = any(w.raw.startswith(_GUNPOWDER_FOR) for w in words if w.sentence == sentence)
        drunk = any(words[h.start].sentence == sentence
                    for h in c.of("drank", "drink_verb", "drink_unit", "measure", "intoxicated"))
        if filled and cracker and not drunk:
            c.drop("alcohol", hit.start, hit.end)


def forget_drink_word_idioms(c: Concepts) -> None:
    words = c.words
    if c.may_hold(_DARU) and c.of("alcohol"):
        _gunpowder_filled(c)
    _maar_after_a_substance(c)
    _left_behind(c)
    _heart_sank(c)
    for hit in c.of("intoxicated"):
        # "paani aise peete h jaise koi bewda" (round 74, the new palms): a likeness, not a drunk.
        if next_word_in(words, hit, NOT_INTOXICATED_NEXT) or word_before_in(words, hit, _TEMPER, 1) \
                or word_before_in(words, hit, _LIKE_A, 2):
            c.drop("intoxicated", hit.start, hit.end)
    # "everyone was drinking", "friends had beers": others using, not the writer, unless the
    # writer joined them ("so did i", "मैं भी बैठ गया").
    # Round 15: so are the drinkers named just before it ("the other drivers drink every night,
    # I sit with my tea"), and the verb is then no "drink" noun either.
    drinkers_end = {h.end for h in c.of("drinkers") if h.start == 0 or words[h.start - 1].raw not in _WE}
    for hit in c.of("drank", "drink_verb", "use", "use_strong"):
        if (word_before_in(words, hit, _OTHERS_DOING, 1) or hit.start in drinkers_end) \
                and not joined_after(c, hit.start) and not we_all_did(words[hit.end - 1].raw):
            c.drop(hit.concept, hit.start, hit.end)
            if hit.start in drinkers_end:
                c.drop("alcohol", hit.start, hit.end)
    for hit in c.of("relapse"):
        if _slip_was_a_fall(words, hit):
            c.drop("relapse", hit.start, hit.end)
    for hit in c.of("alcohol", "use", "use_strong", "opioids"):
        if words[hit.start].raw in _SHOT_WORDS and word_before_in(words, hit, _VACCINES, 1):
            c.drop(hit.concept, hit.start, hit.end)     # "40 rabies shots done": a vaccine, given
    for hit in c.of("use", "use_strong"):
        if words[hit.start].raw in ("used", "use") and next_word_in(words, hit, frozenset({"to"})):
            c.drop("use", hit.start, hit.end)
            c.drop("use_strong", hit.start, hit.end)
        if words[hit.start].raw == "shot" and preceded_by(c, hit, "price", gap=3):
            c.drop("use", hit.start, hit.end)
            c.drop("use_strong", hit.start, hit.end)
    # "nas" (vein) and "nasha" (drugs) share a skeleton: beside a cut it is the vein.
    for hit in c.of("vein"):
        if followed_by(c, hit, "cut", gap=1) or preceded_by(c, hit, "cut", gap=1):
            c.drop("drugs", hit.start, hit.end)
            c.drop("use_strong", hit.start, hit.end)
    for hit in c.of("cannabis"):
        if words[hit.start].raw.startswith("joint") and next_word_in(words, hit, _JOINT_HARMLESS_NEXT):
            c.drop("cannabis", hit.start, hit.end)
    for hit in c.of("cocaine"):
        if words[hit.start].raw == "coke" and (word_before_in(words, hit, _COKE_CONTEXT, 2)
                                              or any(w.raw in _COKE_CONTEXT for w in words[hit.end:hit.end + 3])
                                              or _cola_beside_their_drink(c, hit)):
            c.drop("cocaine", hit.start, hit.end)
            for drink in c.of("drank", "drink_verb", "alcohol"):
                if 0 <= hit.start - drink.end <= 2:
                    c.drop(drink.concept, drink.start, drink.end)
    for hit in c.of("alcohol"):
        if word_before_in(words, hit, _LAST_WORDS, 1):
            c.drop("alcohol", hit.start, hit.end)
    # "drinking water", "chai pi li", "पाणी प्यायलो": a drink that is not alcohol.
    for hit in c.of("drank", "drink_verb", "alcohol"):
        likened = any(w.raw in SO_OR_LIKE for w in words[hit.end:hit.end + 3])   # "breezers, basically juice"
        if words[hit.start].raw.startswith(_SPIRITS) and not any(
                w.raw in _INSTEAD for w in words[max(0, hit.start - 2):hit.end + 2]):
            continue    # "whisky soda", "rum with coke": the soft drink is the mixer ("whisky ki jagah soda" is not)
        if (followed_by(c, hit, "beverage", gap=2) and not likened) or preceded_by(c, hit, "beverage", gap=1):
            for name in ("drank", "drink_verb", "alcohol"):
                c.drop(name, hit.start, hit.end)
    # "its safe for drinking now" (round 34, the school well's water tested): water fit to drink.
    for hit in c.of("drank", "drink_verb", "alcohol"):
        if words[hit.start].raw == "drinking" and hit.start >= 2 and words[hit.start - 1].raw == "for" \
                and words[hit.start - 2].raw in ("safe", "fit", "good", "potable", "ok"):
            for name in ("drank", "drink_verb", "alcohol"):
                c.drop(name, hit.start, hit.end)
    # "no weed no pills, just way too much coffee" (round 34): the excess is the soft drink's.
    for hit in c.of("too_much", "quantity", "excess"):
        if followed_by(c, hit, "beverage", gap=0):
            for name in ("too_much", "quantity", "excess", "too_much_became"):
                c.drop(name, hit.start, hit.end)
    # "cold drink li", "had a mocktail": the drink is inside a soft-drink name, or is what was had.
    # Not when a drug stands between ("took bhang thandai", round 86: the soft drink carries it).
    beverages = c.of("beverage")
    named = {h.start for h in c.of(*SUBSTANCE_CONCEPTS)} if beverages else set()
    for hit in beverages:
        for name in ("drank", "drink_verb", "alcohol"):
            c.drop(name, hit.start, hit.end)
        for use in c.of("use"):
            if 0 <= hit.start - use.end <= 1 and not named & set(range(use.end, hit.start)):
                c.drop("use", use.start, use.end)
    # "can't stop drinking", "couldn't quit": the quitting word is negated, so neither
    # counts as sobriety.
    for hit in c.of("quit"):
        for neg in c.of("negation"):
            if hit.start == neg.end:
                c.drop("quit", hit.start, hit.end)
                c.drop("negation", neg.start, neg.end)
    # "ek peg ki talab", "mann kartay ek peg sathi", "one drink to calm my nerves ... all i can think
    # of" (round 24): one measure longed for, with a craving or a wish beside it, is not one drunk.
    longing = c.of("craving", "want")
    for hit in c.of("drank"):
        taken_after = any(w.raw in _TAKEN_AFTER for w in words[hit.end:hit.end + 2]) or any(
            h.start >= hit.end and words[h.start].sentence == words[hit.start].sentence
            for h in c.of("use", "took", "drank", "use_strong"))     # "wanted one drink and ended up having six"
        if words[hit.start].raw in _ONE and any(abs(h.start - hit.start) <= 4 for h in longing) and not taken_after:
            c.drop("drank", hit.start, hit.end)
