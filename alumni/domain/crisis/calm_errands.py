"""Errands and objects that use a danger word and endanger nobody, removed before the rules
combine concepts: a device dying or hanging ("phone is dying, will reply", "laptop hang ho
raha", "लॅपटॉप हँग होतोय"), a dose a doctor changed ("thyroid ki goli 50 se 75"), a relative's
medicine fetched ("mummy ki BP ki dawai le aaya") or the month's pills from the chemist,
pesticide bought for a farm that is sprayed (farm_spraying.py), a parlour's bleach
facial, a haircut or a cake cut, a rope for the calf, a knife set for the kitchen. Called from
alumni.domain.crisis.idioms; anything that also names the writer's own wish, self or
swallowing is left to alert."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts, Hit
from alumni.domain.crisis.farm_spraying import forget_farm_spraying
from alumni.domain.crisis.spelling import Token, skeleton, skeletons

# Electronics only: a fan, a car or a rope's hook are not here ("pankhe se latak", "hang
# from the fan" must keep alerting). Compared by skeleton, so both scripts meet.
_ELECTRONICS = skeletons(
    "phone", "mobile", "laptop", "battery", "charger", "computer", "pc", "system", "screen", "tv",
    "app", "website", "server", "tablet", "ipad", "whatsapp", "network", "wifi", "internet", "printer",
    "फोन", "फ़ोन", "मोबाइल", "मोबाईल", "लॅपटॉप", "लैपटॉप", "बैटरी", "बॅटरी", "कंप्यूटर", "कॉम्प्युटर",
    "सिस्टम", "सिस्टीम", "स्क्रीन", "चार्जर", "नेटवर्क",
    # the village's power (round 32, holdout 101): "gaon me line dead hai", "transformer mar gaya"
    "transformer", "ट्रांसफार्मर", "ट्रांसफॉर्मर", "ट्रान्सफॉर्मर", "feeder", "फीडर", "landline", "line", "लाइन", "लाईन")
# "app" folds to the skeleton of "papa" and "aap" (you): an app is one only as typed.
_APP = skeleton("app")
_APP_TYPED = frozenset({"app", "apps", "ऐप", "एप", "अ‍ॅप", "ॲप"})


def _is_device(t: Token) -> bool:
    """"phone", "laptop", "app"; not "papa ne phansi laga li", whose skeleton is an app's."""
    return t.skeleton in _ELECTRONICS and (t.skeleton != _APP or t.raw in _APP_TYPED)


# The writer's own wish or body beside the word: never an errand.
_MEANT = ("self", "suicide", "self_harm", "kill", "murder", "weapon")


def _device_before(c: Concepts, hit: Hit, before: int) -> int | None:
    """Where an electronic device sits up to `before` words ahead of the hit, in its clause."""
    words = c.words
    clause = words[hit.start].clause
    return next((i for i in range(hit.start - 1, max(-1, hit.start - 1 - before), -1)
                 if _is_device(words[i]) and words[i].clause == clause), None)


def _device_after(c: Concepts, hit: Hit, after: int) -> bool:
    words = c.words
    clause = words[hit.start].clause
    return any(_is_device(words[i]) and words[i].clause == clause
               for i in range(hit.end, min(len(words), hit.end + after)))


def _wished_in_clause(c: Concepts, hit: Hit, device: int) -> bool:
    """A wish or will in the die's own clause and before the device ("I will die"); one
    between the device and the word is the device's future ("phone about to die", "बैटरी
    मरने वाली है"), and a "will" in the next clause ("phone is dying, will reply") is
    about the reply."""
    words = c.words
    clause = words[hit.start].clause
    return any(words[h.start].clause == clause and h.start < device for h in c.of("want"))


def _devices_failing(c: Concepts) -> None:
    if c.of(*_MEANT):
        return
    for hit in c.of("die", "kill"):
        device = _device_before(c, hit, 3)
        if device is not None and not _wished_in_clause(c, hit, device):
            c.drop(hit.concept, hit.start, hit.end)
            for want in c.of("want"):      # "about to", "वाली": the device's future
                if device < want.start and want.start <= hit.end + 1:
                    c.drop("want", want.start, want.end)
    for hit in c.of("hang", "hanging"):
        if _device_before(c, hit, 3) is not None or _device_after(c, hit, 2):
            c.drop(hit.concept, hit.start, hit.end)


# The doctor and the dose in one sentence: "doctor ne dose badha diya 50 se 75", "doc started
# metformin 500", "डॉक्टरांनी डोस वाढवला".
_DOCTOR = skeletons("doctor", "doc", "dr", "daktar", "डॉक्टर", "डॉक्टरने",
                    "डॉक्टरांनी", "doctorne", "doctoranni", "physician")
_DOSE_CHANGED = skeletons(
    "dose", "doses", "डोस", "डोज", "badha", "badhaya", "badhai", "बढ़ा", "बढ़ाया", "kam", "कम",
    "increased", "reduced", "started", "prescribed", "changed", "vadhavla", "वाढवला", "vadhavli",
    "वाढवली", "kami", "कमी", "likhi", "likha", "लिखी", "लिखा", "dili", "दिली")
_HEAP = ("quantity", "at_once", "all_there_is", "stockpile", "die", "suicide", "self", "poison")


def _doses_prescribed(c: Concepts) -> None:
    if c.of(*_HEAP):
        return
    words = c.words
    for hit in c.of("count"):
        sentence = [t.skeleton for t in words if t.sentence == words[hit.start].sentence]
        if _DOCTOR.intersection(sentence) and _DOSE_CHANGED.intersection(sentence):
            c.drop("count", hit.start, hit.end)


# Whose medicine: another person's, fetched ("unki dawai le aaya", "मां की बीपी की दवा ले आया",
# "aaisathi golya aanlya").
_OTHERS_OWN = skeletons(
    "unki", "uski", "उनकी", "उसकी", "mummy", "मम्मी", "maa", "मां", "माँ", "papa", "पापा", "dad", "mom",
    "father", "mother", "pitaji", "पिताजी", "dadi", "दादी", "nani", "नानी", "aaichi", "आईची", "aaisathi",
    "आईसाठी", "babanchi", "बाबांची", "tyanchi", "त्यांची", "his", "her")
_SWALLOWED = ("eat", "swallow", "drank", "drink_verb", "self", "die", "suicide", "poison", "overdose")


# The month's supply from the chemist ("got all my pills from the pharmacy for the month",
# "मेडिकल से सारी गोलियां ले आया"): a refill, unless a count, a sleeping pill, a wish or a store
# of them is also told ("40 sleeping pills from three chemists").
_PICKED_UP = frozenset({"picked", "collected", "refilled", "refill", "brought"})
_STORED_UP = ("count", "sleep", "sedatives", "want", "stockpile", "at_once", "hidden", "kept_ready", "it_all",
              "will_take", "take_mine", "consume")


def _from_the_chemist(c: Concepts, hit: Hit) -> bool:
    words = c.words
    sentence = words[hit.start].sentence
    return not c.of(*_STORED_UP) and any(words[h.start].sentence == sentence for h in c.of("chemist"))


def _medicine_fetched(c: Concepts) -> None:
    if c.of(*_SWALLOWED):
        return
    words = c.words
    fetched = c.of("acquire")
    for hit in c.of("pills"):
        sentence = words[hit.start].sentence
        whose = any(words[i].skeleton in _OTHERS_OWN for i in range(max(0, hit.start - 4), hit.start))
        if whose and any(0 <= h.start - hit.end <= 8 and words[h.start].sentence == sentence for h in fetched):
            c.drop("pills", hit.start, hit.end)
    fetched_there = [h.start for h in c.of("acquire", "fuel_brought")] + [
        i for i, t in enumerate(words) if t.raw in _PICKED_UP]
    for hit in c.of("pills", "pill_count"):
        if _from_the_chemist(c, hit) and any(words[i].sentence == words[hit.start].sentence for i in fetched_there):
            c.drop(hit.concept, hit.start, hit.end)
            c.add("unmeant", hit.start, hit.end)      # nor the evidence's medicine


# Round 32 (holdout 100, salons): a bleach facial or hair bleach booked or applied is the
# parlour's work ("bleach facial bookings full today"), unless it is swallowed or the writer's
# wish or self is beside it.
_BLEACH = ("bleach", "ब्लीच")
_BEAUTY = skeletons("facial", "फेशियल", "cream", "क्रीम", "face", "फेस", "hair", "बाल", "baal", "booking", "bookings",
                    "बुकिंग", "client", "clients", "क्लाइंट", "parlour", "parlor", "पार्लर", "pack", "पॅक", "पैक",
                    "kit", "किट", "wax", "वैक्स", "appointment")


def _beauty_bleach(c: Concepts) -> None:
    if c.of("self", "die", "suicide", "jaan", "hidden", "eat", "drank", "drink_verb", "swallow"):
        return
    words = c.words
    for hit in c.of("poison"):
        if not words[hit.start].raw.startswith(_BLEACH):
            continue
        if any(0 <= i < len(words) and words[i].skeleton in _BEAUTY for i in (hit.start - 1, hit.end, hit.end + 1)):
            c.drop("poison", hit.start, hit.end)
            c.add("unmeant", hit.start, hit.end)


# A haircut or a birthday cake (round 32, holdouts 100 and 101): "मेरे हाथ से बाल कटवाए", "kes
# kaplet", "बेटी ने केक काटा": the thing right before the cutting word is what was cut.
_CUT_EVERY_DAY = frozenset({"बाल", "baal", "bal", "hair", "केस", "kes", "बालों", "baalon", "दाढ़ी", "दाढी", "dadhi",
                            "daadhi", "beard", "केक", "cake", "kek", "ribbon", "रिबन", "फीता", "feeta",
                            # the pay cut (round 34): "sethne rate kapla", "हिस्सा नहीं कटा"
                            "rate", "रेट", "pagar", "पगार", "salary", "सैलरी", "हिस्सा", "hissa"})
# ... or just after the English verb: "seth cut my piece rate"
_PAY = frozenset({"rate", "pay", "salary", "wages", "wage", "pagar", "पगार"})


def _cut_every_day(c: Concepts) -> None:
    words = c.words
    for hit in c.of("cut", "weapon"):
        if (hit.start > 0 and words[hit.start - 1].raw in _CUT_EVERY_DAY) or (
                words[hit.start].raw in ("cut", "cuts") and any(w.raw in _PAY for w in words[hit.end:hit.end + 3])):
            c.drop(hit.concept, hit.start, hit.end)
            c.add("unmeant", hit.start, hit.end)      # nor the evidence's cutting


# A needle that pricked the finger while stitching (round 34): "शिवताना सुई बोटाला टोचली".
_STITCHING = ("shivtana", "शिवताना", "silai karte", "सिलाई करते", "stitching", "sewing", "शिलाई करताना")


def _pricked_while_stitching(c: Concepts) -> None:
    needles = c.of("needle", "needle_verb")
    if needles and any(w.raw.startswith(_STITCHING) for w in c.words):
        for hit in needles:
            c.drop(hit.concept, hit.start, hit.end)


# A rope or a collar bought for an animal (round 33, holdout 102, dairy farmers): "nayi bachdi ke
# liye naram rassi laaya", "navin kalwadisathi mau dor aanli", "bought a rope and a bell for the
# buffalo". The animal named "for" in the rope's sentence makes it a tether.
FARM_ANIMALS = ("bachd", "बछड", "bachhd", "kalwad", "कालवड", "vasar", "वासर", "calf", "heifer", "buffalo", "bhains",
            "भैंस", "mhash", "म्हश", "म्हैस", "gaay", "गाय", "bail", "बैल", "bakri", "बकरी", "bakra", "बकरा",
            "cow", "cattle", "katd", "कटड", "janavar", "जनावर", "janwar", "जानवर", "pashu", "पशु", "murrah", "dog",
            "kutt", "कुत्त", "kutr", "कुत्र", "ghod", "घोड", "horse", "goat")
_FOR = frozenset({"liye", "लिए", "लिये", "for", "sathi", "साठी", "saathi"})
_FOR_ENDINGS = ("साठी", "sathi", "saathi")
_ROPES = ("hang", "ligature", "noose_cord", "rope_named")
_COLLAR = frozenset({"पट्टा", "पट्टे", "patta", "patte", "pattaa"})


def _tether_for_an_animal(c: Concepts) -> None:
    if not c.of(*_ROPES, "pills") or c.of("self", "die", "suicide", "jaan", "hidden", "sc_not_for_the_animal"):
        return      # (round 36: "nayi rassi laya hu, bail ke liye nahi": not for the animal)
    words = c.words
    for_animal = {t.sentence for i, t in enumerate(words) if t.raw.startswith(FARM_ANIMALS) and (
        t.raw.endswith(_FOR_ENDINGS) or any(w.raw in _FOR for w in words[max(0, i - 2):i + 3]))}
    if not for_animal:
        return
    for hit in c.of(*_ROPES):
        if words[hit.start].sentence in for_animal:
            c.drop_all(hit.start, hit.end)
            c.add("unmeant", hit.start, hit.end)
    # and its collar, "पट्टा", which is also a strip of pills
    for hit in c.of("pills"):
        if words[hit.start].raw in _COLLAR and words[hit.start].sentence in for_animal:
            c.drop("pills", hit.start, hit.end)


_SET = frozenset({"set", "sets", "सेट", "stand", "block"})


def _kitchen_knife_set(c: Concepts) -> None:
    """"the knife set i ordered came", "चाकू सेट आला": kitchenware."""
    words = c.words
    for hit in c.of("weapon"):
        if hit.end < len(words) and words[hit.end].raw in _SET and not c.of("self", "kill", "maim", "murder"):
            c.drop("weapon", hit.start, hit.end)


# The doctor who prescribed it: "the sleeping tablet the doctor prescribed", "doctor ne neend ki
# goli di hai", "डॉक्टरांनी झोपेची गोळी दिली".
_PRESCRIBED = skeletons(
    "prescribed", "prescription", "doctor", "doctors", "doc", "डॉक्टर", "डॉक्टरने", "डॉक्टरांनी", "doctorne",
    "doctoranni", "daktar", "डाक्टर", "psychiatrist")
_GRAVER = _HEAP + ("want", "overdose", "too_much", "excess", "count")
_TABLETS = skeletons("tablet", "tablets", "pill", "pills", "goli", "गोली", "गोळी", "golya",
                     "गोळ्या", "medicine", "dawa", "दवा")


def _sleeping_pills_prescribed(c: Concepts) -> None:
    """A sleeping pill named with the doctor who gave it, and no heap of them, no wish: the
    pill is a dose ("Mom is taking the sleeping tablet the doctor prescribed")."""
    words = c.words
    sleeping = c.of("sleep")
    if not sleeping:
        return
    prescribed_in = {t.sentence for t in words if t.skeleton in _PRESCRIBED}
    for hit in sleeping:
        sentence = words[hit.start].sentence
        told = sentence in prescribed_in
        grave = any(words[h.start].sentence == sentence for h in c.of(*_GRAVER))
        pill = any(abs(h.start - hit.start) <= 2 for h in c.of("pills", "sedatives")) or any(
            t.skeleton in _TABLETS for t in words[hit.end:hit.end + 2])
        if told and pill and not grave:
            c.drop("sleep", hit.start, hit.end)


# The doctor lowering a dose (round 22): "डॉक्टरांनी साखरेच्या गोळ्या कमी केल्या", "doctor ne BP ki
# goliyan kam kar di", "the doctor reduced my sugar tablets": good news from a clinic.
_LOWERED = skeletons("kam", "कम", "kami", "कमी", "reduced", "reduce", "lowered", "cut", "ghatayi", "घटाई",
                     "ghatavlya", "घटवल्या", "band", "बंद", "stopped")
_HOARD = ("at_once", "all_there_is", "stockpile", "die", "suicide", "self", "poison", "want", "sedatives")


def _doses_lowered(c: Concepts) -> None:
    if c.of(*_HOARD) or not c.of("pills", "pill_count"):
        return
    words = c.words
    for hit in c.of("pills", "pill_count"):
        span = c.sentences[words[hit.start].sentence]
        clause = [t.skeleton for t in words[span.start:span.stop] if t.clause == words[hit.start].clause]
        if _DOCTOR.intersection(clause) and _LOWERED.intersection(clause):
            c.drop(hit.concept, hit.start, hit.end)
            c.add("unmeant", hit.start, hit.end)


# Pests and what is laid for them (round 22): "घुशी खूप झाल्या, औषध ठेवलंय", "chuhon ke liye dawai
# rakhi", "trap लावले, poison नको म्हणून": the shop's or the godown's rats, not the writer.
# Devanagari stems, Latin words whole: "rat" would begin "ratri" (night), "ghus" "ghusa" (went in).
_PEST_STEMS = ("घुश", "उंदीर", "उंदर", "उंदिर", "चूह", "चुह", "झुरळ", "दीमक", "ढेकूण", "खटमल", "मुंग्या", "चींटि",
               "चींटी", "undir", "undra", "chuhe", "chuho", "chuha", "chuhon", "cockroach", "termite", "bedbug")
_PEST_WORDS = frozenset({"rat", "rats", "mice", "mouse", "ghushi", "ghushe", "ghus", "jhural", "zural", "jhurale",
                         "zurale", "dimak", "deemak", "dhekun", "khatmal", "pests", "roaches", "ants"})
# Rat poison is a means people name: only a shop's, a godown's or a kitchen's pests, overrun or
# met with a trap or a cat, and no night, no plan and nobody's own swallowing beside them.
_STORE = ("दुकान", "dukan", "dukaan", "shop", "godown", "गोदाम", "गोडाउन", "गोडाऊन", "godaun", "godam", "warehouse",
          "store", "kitchen",
          "किचन", "स्वयंपाकघर", "रसोई", "rasoi", "gotha", "गोठ", "factory", "hotel", "restaurant")
_OVERRUN = frozenset({"खूप", "khup", "bahut", "बहुत", "zyada", "jyada", "ज़्यादा", "ज्यादा", "lots", "many", "so",
                      "झाल्या", "झाले", "jhalya", "zalya", "vadhlya", "वाढल्या", "gaye", "गए", "trap", "traps",
                      "ट्रॅप", "ट्रैप", "pinjra", "पिंजरा", "पिंजरं", "मांजर", "manjar", "billi", "बिल्ली", "cat",
                      "cats", "infested", "menace", "सुळसुळाट", "sulsulat",
                      # round 77: the pest control man who puts it down
                      "pest"})
_NIGHT_OR_PLAN = frozenset({"raat", "रात", "रात्री", "ratri", "tonight", "aaj", "आज", "today", "ab", "अब", "आता",
                            "mix", "mixing", "milake", "मिलाके", "मिसळ", "समोर", "samor", "tayar", "तयार", "लपव",
                            "chupa", "छुपा", "apne", "अपने", "स्वतः", "khud", "खुद", "bag", "packet", "संपव",
                            "sampav", "khatam", "ख़त्म", "खत्म"})
_LAID = ("pills", "poison", "kept_ready", "bottle_at_hand", "kept_it", "left_in_place", "quantity", "want",
         "unwanted", "bottle_of_else", "river_god_sleep_pill")
_MY_OWN_SWALLOW = ("eat", "swallow", "drank", "drink_verb", "self", "die", "suicide", "will_take", "take_mine",
                   "help_plea", "fed_up", "consume", "goodbye", "hidden", "stockpile", "at_once", "burden",
                   # a glass of water set beside it (round 74)
                   "gk_glass_of_water", "bf_mixed_in_water", "bf_glass_before_me")


def pests_overrun_in_a_store(c: Concepts) -> set[int]:
    """The sentences that name a shop's, a godown's or a kitchen's pests, overrun or met with a
    trap or a cat, in a message with no night, no plan and nobody's own swallowing (also read by
    the evidence: "गोडाऊनमध्ये उंदरांचा सुळसुळाट, उंदीर मारायचं औषध आणून ठेवलं", round 30)."""
    if not c.may_hold(_PEST_STEMS + tuple(_PEST_WORDS)) or not c.may_hold(_STORE) or c.of(*_MY_OWN_SWALLOW):
        return set()
    words = c.words
    typed = c.typed_words
    if typed.isdisjoint(_OVERRUN) or not typed.isdisjoint(_NIGHT_OR_PLAN):
        return set()
    pests = {t.sentence for t in words if t.raw in _PEST_WORDS or t.raw.startswith(_PEST_STEMS)}
    stores = {t.sentence for t in words if t.raw.startswith(_STORE)}
    return pests & stores


def _laid_for_pests(c: Concepts) -> None:
    if not c.of("pills", "poison", "craving"):
        return
    words = c.words
    for sentence in pests_overrun_in_a_store(c):
        span = c.sentences[sentence]
        for name in _LAID:
            c.drop(name, span.start, span.stop)
        for hit in c.of("craving"):
            if hit.start in span and words[hit.start].raw in ("trap", "traps", "ट्रॅप", "ट्रैप"):
                c.drop("craving", hit.start, hit.end)
        c.add("unmeant", span.start, span.stop)


def remove_calm_errands(c: Concepts) -> None:
    _devices_failing(c)
    _doses_prescribed(c)
    _doses_lowered(c)
    _laid_for_pests(c)
    _sleeping_pills_prescribed(c)
    _medicine_fetched(c)
    forget_farm_spraying(c)
    _beauty_bleach(c)
    _cut_every_day(c)
    _pricked_while_stitching(c)
    _tether_for_an_animal(c)
    _kitchen_knife_set(c)
