"""Poisons and pills as supplies: a medicine for killing rats or for the crops is a pest
poison, not the writer's pills; an animal or the pests do the eating; a month's refill is a
count of a prescription; "I had to" is an obligation, not a drink. Read before this area's
other harmless uses (harmless_uses.remove_harmless_uses), so that a pest poison put to its
use is then cleared like any other household poison, and a pest poison swallowed by a
person still alerts ("chuhe maarne ki dawa kha li")."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_PESTS = frozenset({
    "rat", "rats", "mice", "mouse", "chuha", "chuhe", "chuhon", "चूहा", "चूहे", "चूहों", "undir",
    "उंदीर", "undra", "उंदरं", "cockroach", "cockroaches", "zural", "झुरळ", "keede", "kide", "keeda",
    "कीड़े", "कीड़ा", "machhar", "macchar", "मच्छर", "dhekun", "ढेकूण", "termites", "dimak", "दीमक",
    "pests", "pest", "weeds", "daas", "डास"})
# The pests in their case forms, by stem: "उंदराचं औषध" (the rats' medicine), "उंदरांचा त्रास",
# "chuhon ki dawai".
_PEST_STEMS = ("उंदरा", "उंदरां", "उंदीर", "undra", "undir", "undar", "chuho", "चूहों", "चूहे", "झुरळा", "zurla",
               "dhekna", "ढेकण", "डासा", "dasa", "machhro", "मच्छरो", "मच्छरों")


def _pest(raw: str) -> bool:
    return raw in _PESTS or raw.startswith(_PEST_STEMS)


# Crops sprayed: the medicine is for the field ("फवारणीचं औषध", "पिकावर औषध").
_FIELD = frozenset({"favarni", "fawarni", "फवारणी", "फवारणीला", "फवारनी", "फवारणीचं", "fawarani", "phavarni", "spray", "spraying", "sprayed",
                    "pikavar", "पिकावर", "sheti", "शेती", "crops", "crop", "fasal", "फसल", "सोयाबीनवर",
                    "kapus", "कापूस", "कापसावर"})
_ANIMALS = frozenset({
    "dog", "dogs", "puppy", "cat", "kitten", "cow", "buffalo", "goat", "calf", "horse", "parrot",
    "kutta", "kutte", "kuttā", "कुत्ता", "कुत्ते", "kutra", "kutri", "कुत्रा", "कुत्री", "billi", "बिल्ली",
    "manjar", "मांजर", "gaay", "gaai", "गाय", "bail", "बैल", "bhains", "भैंस", "mhais", "म्हैस",
    "bakri", "बकरी", "sheli", "शेळी", "vasru", "वासरू",
    # the poultry farm's birds (round 41): "sarkar ne saari murgiya maar di"
    "murgi", "murgiya", "murgiyan", "मुर्गी", "मुर्गियां", "मुर्गियाँ", "kombdi", "kombdya", "कोंबडी", "कोंबड्या",
    "birds", "chickens", "hens", "pakshi", "पक्षी"})
_VET = frozenset({"vet", "vets", "veterinary", "pashu", "पशु", "janvaranche", "जनावरांचे"})
# A supply by the period or from the chemist: "30 pills for the month", "refill".
_SUPPLY = frozenset({"refill", "refilled", "refills", "chemist", "pharmacy", "prescription", "monthly",
                     "month", "month's", "months", "mahine", "महीने", "mahinyachi", "महिन्याची",
                     "महिन्याच्या", "stock", "supply"})
_MODAL_TO = frozenset({"to"})
_FOR_A_PLACE = frozenset({"liye", "lie", "लिए", "लिये", "sathi", "साठी", "godown", "गोदाम", "godam",
                          "dukan", "dukaan", "दुकान", "shop", "kitchen", "shet", "शेत", "khet", "खेत", "farm"})
_FETCHED = frozenset({"li", "ली", "lai", "laai", "laayi", "layi", "लाई", "लायी", "le", "liya", "लिया",
                      "aanli", "आणली", "anli", "aanla", "anla", "आणलं", "आणला"})


# A pest killer that is a device plugged in or hung up: "machhar maarne wali machine".
_DEVICES = frozenset({"machine", "मशीन", "mashin", "coil", "कॉइल", "क्वाइल", "racket", "रैकेट", "bat", "बैट",
                      "liquid", "लिक्विड", "plug", "yantra", "यंत्र", "agarbatti", "अगरबत्ती", "net", "jaali",
                      "जाली", "lamp", "light"})
# A bottle in a message about a farm poison is the poison's bottle, not a drink.
_BOTTLES = frozenset({"bottle", "bottles", "botal", "बोतल", "batli", "baatli", "बाटली", "बाटल्या", "shishi", "शीशी",
                      "can", "dabba", "डब्बा"})
_PESTICIDE_STEMS = ("pesticide", "kitaknashak", "keetnashak", "कीटकनाशक", "कीटनाशक", "tannashak",
                    "तणनाशक", "insecticide", "herbicide", "phavarni", "favarni", "फवारणी",
                    # sprayed in the field, killing insects, by brand (round 14: poisons_named.py)
                    "छिड़क", "छिडक", "chhidak", "chidak", "keedamaar", "keedemaar", "kidamaar", "कीड़ामार",
                    "कीड़ेमार", "rogor", "रोगर", "nuvan", "नुवान", "monocil", "मोनोसिल")


def read_supplies_and_pests(c: Concepts) -> None:
    words = c.words
    _for_myself_denied(c)
    _pest_medicine_is_poison(c)
    _pest_devices_and_bottles(c)
    # "rats are eating the rice", "the dog ate something poisonous": the animal ate it.
    # "cat" folds like "chahta" (wants): an animal's name is the animal, not a will.
    animal_named = not c.typed_words.isdisjoint(_ANIMALS)     # most texts: none, and no loop
    for i, token in enumerate(words) if animal_named else ():
        if token.raw in _ANIMALS:
            for name in ("want", "consume", "height", "eat"):
                c.drop(name, i, i + 1)
            for name in ("die", "kill"):    # the animal killed: "murgiya maar di", "birds culled"
                c.drop(name, i + 1, i + 2)
    taken = c.of("eat", "swallow", "drank")
    vet = bool(taken) and any(t.raw in _VET for t in words) and any(t.raw in _ANIMALS for t in words)
    # "rat poison khaya": the pest named in the poison's name is no eater.
    named = {i for hit in c.of("poison") for i in range(hit.start, hit.end)}
    for hit in taken:
        before = range(max(0, hit.start - 2), hit.start)     # the subject, not "machhar ki dawa pi"
        if any((words[i].raw in _PESTS and i not in named) or words[i].raw in _ANIMALS for i in before) or vet:
            c.drop(hit.concept, hit.start, hit.end)
    # "dukan ke liye chuhe maarne ki dawa li": a poison fetched for a place ("li", "लाई" are
    # also "took"; with a place it is for, they are an errand).
    # Not the "li" of a drinking verb before it: "khet wali keetnashak pee li" was drunk.
    if c.of("poison") and any(t.raw in _FOR_A_PLACE for t in words):
        drunk_from = {h.start for h in c.of("consume", "drink_verb", "swallow") if words[h.start].raw not in _FETCHED}
        taken_by_verb = {i for h in c.of("eat", "use") if h.end - h.start > 1 and h.start in drunk_from
                         for i in range(h.start + 1, h.end)}
        for hit in c.of("eat", "use"):
            if hit.end - hit.start == 1 and words[hit.start].raw in _FETCHED and hit.start not in taken_by_verb:
                c.drop(hit.concept, hit.start, hit.end)
    # "I had to buy rat poison": an obligation, nothing had.
    for hit in c.of("eat"):
        if words[hit.end - 1].raw == "had" and hit.end < len(words) and words[hit.end].raw in _MODAL_TO:
            c.drop("eat", hit.start, hit.end)
    # "30 pills for the month", "refill of 60 tablets": a prescription's count, until taken.
    counts = c.of("count", "few_count")
    if counts and not c.of("eat", "swallow", "overdose", "all_there_is"):
        supplied = {t.sentence for t in words if t.raw in _SUPPLY}
        for hit in counts:
            if words[hit.start].sentence in supplied:
                c.drop(hit.concept, hit.start, hit.end)


def _pest_devices_and_bottles(c: Concepts) -> None:
    words = c.words
    for hit in c.of("poison"):
        after = range(hit.end, min(len(words), hit.end + 3))
        device = next((i for i in after if words[i].raw in _DEVICES), None)
        if device is not None:
            for name in ("poison", "want", "kill", "die"):
                c.drop(name, hit.start, device + 1)
            c.add("unmeant", hit.start, device + 1)     # nor a poison to the evidence's reading
    if not c.may_hold(_PESTICIDE_STEMS) or not any(w.raw.startswith(_PESTICIDE_STEMS) for w in words):
        return
    bottles = [h for h in c.of("alcohol") if words[h.start].raw in _BOTTLES]
    if bottles and len(bottles) == len(c.of("alcohol")):
        for hit in bottles:
            for name in ("alcohol", "measure"):
                c.drop(name, hit.start, hit.end)


def _pest_medicine_is_poison(c: Concepts) -> None:
    """"chuha maar dawai", "चूहे मारने की दवा", "फवारणीचं औषध": the medicine kills pests or
    is sprayed on the crops, so it is a poison (and no person's dose); the killing is of pests."""
    words = c.words
    for hit in c.of("pills", "sedatives"):
        before = range(max(0, hit.start - 4), hit.start)
        around = range(max(0, hit.start - 8), min(len(words), hit.end + 4))
        pests = any(_pest(words[i].raw) for i in before)
        field = any(words[i].raw in _FIELD and words[i].sentence == words[hit.start].sentence for i in around)
        # the pests named earlier in the sentence ("chuhe bahut ho gaye the, dawai daal di"):
        # the medicine is theirs, nobody's dose, though not named a poison from so far
        earlier = any(_pest(words[i].raw) and words[i].sentence == words[hit.start].sentence
                      for i in range(max(0, hit.start - 8), hit.start))
        if pests or field or earlier:
            c.drop(hit.concept, hit.start, hit.end)
            c.drop("beverage", hit.start, hit.end)
        if pests or field:
            c.add("poison", hit.start, hit.end)
    for hit in c.of("kill", "die"):
        if hit.start > 0 and words[hit.start - 1].raw in _PESTS:
            for name in ("kill", "die", "want"):    # "undir marayche": the will fused in the verb
                c.drop(name, hit.start, hit.end)


# "apne liye nahi", "not for myself": the poison is for someone or something else.
_NEGATIONS = frozenset({"nahi", "nahin", "nhi", "नहीं", "नही", "nahi.", "na", "ना", "न", "nahiye", "नाही",
                        "not", "no"})


# The words around a place named as what a thing is for: "for the field", "khet ke liye",
# "शेतासाठी" is one word.
_FOR_THE = frozenset({"for", "the", "my", "our", "ke", "के", "ki", "की", "liye", "lie", "लिए", "लिये"})
_CONTRAST = frozenset({"but", "for", "balki", "बल्कि", "par", "पर", "pan", "पण", "tar", "तर", "apne", "अपने",
                       "khud", "खुद", "mere", "मेरे", "majhya", "माझ्या", "swatah", "स्वतः", "swatasathi",
                       "स्वतःसाठी", "majhyasathi", "माझ्यासाठी", "mazyasathi"})


def _for_myself_denied(c: Concepts) -> None:
    """Whose the poison is, when the message says so and denies the other: "apne liye nahi,
    godown ke liye", "not for myself" (not the writer's), "godown ke liye nahi, apne liye", "not
    for the farm" (not the place's). A negation counts in the same clause, within two words of
    the phrase with its "for the" or "ke liye" ("khet ke liye nahi", "not for the field"). A
    place or pest denied is kept as `pest_place_denied`: "chuhe ki dawai li, chuhon ke liye nahi"
    (poisons_named.py)."""
    words = c.words

    def denial(start: int, end: int) -> int | None:
        """Where the phrase and its negation end, when the phrase is denied."""
        clause = words[start].clause
        while start > 0 and words[start - 1].raw in _FOR_THE:
            start -= 1
        while end < len(words) and words[end].raw in _FOR_THE:
            end += 1
        for i in range(max(0, start - 2), min(len(words), end + 2)):
            if not start <= i < end and words[i].raw in _NEGATIONS and words[i].clause == clause:
                return max(end, i + 1)
        return None

    def contrasted(after: int, clause: int) -> bool:
        """Nothing more is said of the denied place in its clause ("chuhon ke liye nahi."), or a
        contrast follows ("not for the rats, for me"); not "khet ke liye nahi lata" (the bringing
        denied) or "not for the field anymore"."""
        return after >= len(words) or words[after].clause != clause or words[after].raw in _CONTRAST

    for name in ("for_myself", "pest_place"):
        for hit in c.of(name):
            after = denial(hit.start, hit.end)
            if after is not None:
                c.drop(name, hit.start, hit.end)
                if name == "pest_place" and contrasted(after, words[hit.start].clause):
                    c.add("pest_place_denied", hit.start, hit.end)
                    # The same place named for it before is the cover taken back (round 74: "bought two
                    # packets of celphos for the godown. they are not for the godown").
                    for other in c.of("pest_place"):
                        if words[other.start].raw == words[hit.start].raw:
                            c.drop("pest_place", other.start, other.end)
