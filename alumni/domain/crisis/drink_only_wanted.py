"""A drink or a drag wanted, not had (round 23), read by alumni.domain.crisis.scenes_told before
the rules. A craving is an urgent case without the helpline text and without a relapse on the
timeline, so the words of a wish must not be read as the act:

- the wish's own verb: "mann kar raha", "dil kar raha", "man ho raha" hold a "kar raha" that is
  the wishing, not the using ("daru peene ka mann kar raha hai");
- a peg, a drag or a quarter "maarna" is taking it, not killing: "ek peg maarne ka mann",
  "puff maarne ka mann", "mann kar raha hai ek sutta maar lu";
- the drink as the object of a wish: the verbal noun of wanting ("ek peg lagane ka mann", "peg
  lene ki ichha", "ek peg lavaychi ichha", "एक पेग घ्यावासा वाटतोय"), the subjunctive of a wish
  ("ek peg maar lu", "le lu kya"), a need ("ek peg chahiye", "एक पेग हवाय", "bas ek peg mil
  jaye"), or English want and thought ("want one drink badly", "all i can think about is one
  drink", "thinking about using again", "dreaming about drinking", "wanna get high").

Its drinking and killing words are forgotten and a craving read in their place. The drink had
keeps its reading: "ek peg maar liya", "do peg maare the", "mann kar raha tha to ek peg maar
liya" (a perfective is no wish), "i wanted one drink and had six" (the having is read on its own).
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.spelling import Token

# What a wish's reading of the act is made of: using, having drunk, killing.
_ACT = ("use", "drank", "some_amount", "drink_verb", "kill", "die", "self_act_to", "took", "consume",
        "take_any", "relapse", "use_strong", "intoxicated", "get_intox")
_UNIT = frozenset({"peg", "pegs", "पेग", "पैग", "paig", "pegg", "sutta", "sutte", "सुट्टा", "सुट्टे", "kash", "कश",
                   "dum", "दम", "puff", "joint", "chillum", "चिलम", "quarter", "क्वार्टर", "pauva", "pavva", "पव्वा",
                   "khamba", "खंबा", "glass", "ग्लास", "shot", "drink", "beer", "बीयर", "बियर"})
# The verbs a substance is taken with ("ganja fookne", "nasha karne", "maal lene"): only these,
# after a substance, are a drinking wished for ("नस काटने का मन" is a vein to cut).
_USE_VERB_STEMS = ("pee", "pi", "pe", "पी", "पि", "lag", "लग", "le", "ले", "kha", "खा", "maar", "mar", "मार", "fook",
                   "phook", "phuk", "fuk", "फूंक", "फूँक", "sungh", "सूंघ", "odh", "ओढ", "ghe", "घे", "kar", "kr", "कर",
                   "chadh", "चढ़", "thok", "ठोक", "jaa", "ja", "जा", "lav", "लाव", "ode", "sut")
_SUBSTANCES = ("alcohol", "cannabis", "opioids", "cocaine", "sedatives", "stimulants", "inhalants", "drugs")
# The wishing's own light verb inside "mann kar raha", "dil kar raha", "man ho raha".
_WISH_HEAD = frozenset({"mann", "man", "mn", "मन", "dil", "दिल", "jee", "जी"})
# "maarna" of a drag or a peg: taking it.
_MAAR = ("maar", "mar", "मार")
_OF = frozenset({"ka", "ki", "ke", "का", "की", "के", "chi", "cha", "chya", "ची", "चा", "च्या"})
# Marathi's verbal noun of wanting and its desiderative: "lavaychi", "ghyavasa", "pyavishi".
_MR_WISH_ENDINGS = ("aychi", "aycha", "aychay", "ayche", "aych", "ायची", "ायचा", "ायचं", "ायचे", "avasa", "avasi",
                    "avisi", "avishi", "ावासा", "ावासं", "ावीशी", "ाविशी", "ावंसं", "ावसं")
# The writer's own wish ("maar lu", "le lu"); "le lo" is an offer, read by offered_and_refused.
_SUBJUNCTIVE = frozenset({"lu", "lun", "loon", "लूं", "लू", "लूँ"})
_NEED = frozenset({"chahiye", "chaiye", "chahie", "chahiae", "चाहिए", "चाहिये", "havay", "hava", "havaa", "हवा",
                   "हवाय", "हवंय", "pahije", "पाहिजे", "mil", "मिल"})
_EN_WISH = frozenset({"want", "wanna", "wants", "need", "crave", "craving", "craves", "thinking", "think",
                      "thinkin", "dreaming", "dreamt", "dreamed", "dream", "urge", "desire", "missing"})
_EN_OBJECT = frozenset({"drink", "drinks", "drinking", "peg", "beer", "using", "smoking", "high", "use"})
# A having between the wish and the drink: "wanted one and had six".
_EN_HAD = frozenset({"had", "drank", "took", "got", "did", "used", "smoked", "finished", "downed"})
_ONE = frozenset({"ek", "एक", "one", "a", "bas", "बस", "just", "sirf", "सिर्फ", "fakt", "फक्त", "ekach", "एकच"})
_CANT = frozenset({"cant", "can't", "cannot", "couldnt", "couldn't"})
_MORE = frozenset({"aur", "और", "more", "another", "ajun", "अजून", "anakhi", "आणखी", "dusra", "doosra", "दूसरा",
                   "ekhi", "last"})
# A wish turned away or a drink refused: "need to stop drinking", "ek peg bhi nahi chahiye".
_REFUSED = frozenset({"stop", "quit", "not", "dont", "don't", "never", "no", "avoid", "resist", "without",
                      "nahi", "नहीं", "नही", "nahin", "nai", "nhi", "nako", "नको", "नाही", "mat", "मत", "na"})


def forget_drink_only_wanted(c: Concepts) -> None:
    words = c.words
    if not c.typed_words.isdisjoint(_WISH_HEAD):
        _wish_verb_is_no_use(c)
    if c.typed_words.isdisjoint(_UNIT) and c.typed_words.isdisjoint(_EN_OBJECT) and not c.of("drink_verb") \
            and not c.of(*_SUBSTANCES):
        return      # no drink named and no verb of drinking: nothing to be wished
    # Only a verbal noun of drinking, or one whose object is a drink, is a drink wished for:
    # "marne ka mann" and "jeene ka mann nahi" are read by the rules.
    named = {h.end - 1 for h in c.of(*_SUBSTANCES)}
    drinking = {h.start for h in c.of("drink_verb")}
    drinking |= {n + k for n in named for k in (1, 2)
                 if n + k < len(words) and words[n + k].raw.startswith(_USE_VERB_STEMS)}
    drinking |= {i + k for i, t in enumerate(words) if t.raw in _UNIT for k in (1, 2)}
    for i, token in enumerate(words):
        unit = token.raw in _UNIT
        if unit and i + 1 < len(words) and words[i + 1].raw.startswith(_MAAR) \
                and words[i + 1].clause == token.clause:
            # "ek sutta maar", "peg maarne": the drag or the peg is taken, nobody killed.
            for name in ("kill", "die", "self_act_to"):
                c.drop(name, i + 1, i + 2)
        if not (unit or i in drinking or token.raw in _EN_OBJECT) or _one_more(words, i):
            continue
        if unit:
            end = _wished_after(words, i)
            if end is not None:
                start = i - 1 if i and words[i - 1].raw in _ONE else i
                _read_as_craving(c, start, end)
                continue
        wish = _wish_of_verbal_noun(words, i) if i in drinking else None
        if wish is not None:
            # "daru peene ka mann", "mann kar raha hai peene ka": the wish, the verbal noun and
            # the drink named just before it.
            start = min(i - 1 if i - 1 in named else i, wish)
            _read_as_craving(c, start, max(i + 2, wish + 1))
            continue
        if token.raw in _EN_OBJECT and not _had_after(words, i):
            wish = _english_wish_before(words, i)
            if wish is not None:
                _read_as_craving(c, wish, i + 1)


def _wish_verb_is_no_use(c: Concepts) -> None:
    words = c.words
    for name in ("want", "longing", "bare_desire", "trigger_feeling"):
        for hit in c.of(name):
            if hit.end - hit.start >= 2 and words[hit.start].raw in _WISH_HEAD:
                c.drop("use", hit.start, hit.end)


def _wished_after(words: list[Token], i: int) -> int | None:
    """The end of the wish that follows the drink at i in its clause, or None."""
    clause = words[i].clause
    for j in range(i + 1, min(len(words), i + 4)):
        w = words[j]
        if w.clause != clause:
            return None
        raw = w.raw
        if raw in _REFUSED:
            return None
        if raw.endswith(_MR_WISH_ENDINGS):
            return j + 1
        if raw in _NEED:
            if raw in ("mil", "मिल"):
                after = words[j + 1].raw if j + 1 < len(words) else ""
                return j + 2 if after.startswith(("jaye", "jaaye", "jae", "जाए", "jata", "जाता")) else None
            return j + 1
        if raw in _SUBJUNCTIVE and j > i + 1:
            return j + 1
        if _wish_of_verbal_noun(words, j) is not None:
            return j + 2
    return None


def _wish_of_verbal_noun(words: list[Token], j: int) -> int | None:
    """"lagane ka (bahut) mann", "peene ki ichha", and "mann kar raha hai ek peg lagane ka": the
    verbal noun at j is the object of a wish in its clause. The wish word's index, or None."""
    if not words[j].raw.endswith(("ne", "ना", "ने")) or j + 1 >= len(words) or words[j + 1].raw not in _OF:
        return None
    clause = words[j].clause
    for k in (j + 2, j + 3):
        if k < len(words) and words[k].clause == clause and words[k].raw.startswith(_WISH_WORDS):
            return None if _denied(words, k) else k
    for k in range(j - 1, max(-1, j - 8), -1):
        if words[k].clause != clause:
            break
        if words[k].raw in _WISH_HEAD or words[k].raw in ("ichha", "iccha", "इच्छा"):
            return None if _denied(words, k) else k
    return None


def _denied(words: list[Token], k: int) -> bool:
    """"peene ka mann bhi nahi hua", "mann nahi kar raha": no wish at all."""
    return any(w.raw in _REFUSED for w in words[k + 1:k + 4] if w.clause == words[k].clause)


_WISH_WORDS = ("mann", "man", "मन", "ichha", "iccha", "इच्छा", "dil", "दिल", "talab", "तलब", "khwahish", "ख्वाहिश")


def _english_wish_before(words: list[Token], i: int) -> int | None:
    """The wish ("want", "thinking about", "feel like") before the drink at i in its clause."""
    clause = words[i].clause
    for j in range(i - 1, max(-1, i - 6), -1):
        w = words[j]
        if w.clause != clause or w.raw in _EN_HAD:
            return None
        if w.raw in _REFUSED and not (w.raw == "stop" and j and words[j - 1].raw in _CANT):
            return None
        if w.raw in _EN_WISH or w.raw == "like" and j and words[j - 1].raw in ("feel", "felt"):
            refused = any(v.raw in _REFUSED and v.raw != "stop" for v in words[max(0, j - 3):j])
            return None if refused else (j - 1 if w.raw == "like" else j)
    return None


def _one_more(words: list[Token], i: int) -> bool:
    """"ek aur peg", "one more drink", "ajun ek peg": the drink is already flowing."""
    return any(w.raw in _MORE for w in words[max(0, i - 3):i + 2] if w.clause == words[i].clause)


def _had_after(words: list[Token], i: int) -> bool:
    """"thinking about drinking and then i did": the wish told before its having."""
    sentence = words[i].sentence
    return any(w.raw in _EN_HAD or w.raw in ("caved", "relapsed", "slipped")
               for w in words[i + 1:i + 8] if w.sentence == sentence)


def _read_as_craving(c: Concepts, start: int, end: int) -> None:
    for name in _ACT:
        c.drop(name, start, end)
    c.add("craving", start, end)
