"""Figures of speech that use a danger word for a small thing, removed before the rules
combine concepts: traffic that is "pure murder", a song "poisoning the ears" ("कान में ज़हर
घोल रहा"), food so good one "dies" ("कढ़ी, मर जावां"), "no time to breathe" ("saans lene ki
fursat nahi"), tiredness that vanished ("थकान गायब"), and a scolding promised for a small
lapse in Marathi ("saheb mala maarun taknar, report rahila", "बायको मारणार मला, anniversary
विसरलो 😅"). Called from alumni.domain.crisis.idioms. A wish, the self or a weapon beside
the word keeps it alerting."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts, Hit
from alumni.domain.crisis.spelling import skeletons
from alumni.domain.crisis.word_context import laughing_sentences

_GRAVE = ("self", "suicide", "weapon", "self_harm")

# "pure murder", "absolute murder": an adjective grading the murder describes a thing.
_GRADED = frozenset({"pure", "total", "absolute", "sheer", "complete", "literal", "literally", "such",
                     "plain", "straight",
                     # "that app is daylight murder" (round 37), as "daylight robbery"
                     "daylight", "broad"})
# "kaan me zeher", "कानात विष", "poison for the ears": sound that is unpleasant. Read as typed:
# the skeleton of "kaan" is that of "khana" (to eat: "zeher khana hai").
_EARS = frozenset(("kaan", "kan", "कान", "कानों", "kano", "kaano", "kanon", "kaanon", "kanat", "kaanat",
                   "कानात", "kanala", "kaanala", "कानाला", "ears", "ear"))
# "kadhi, mar jawan", "biryani itni tasty ki mar jau": food praised.
_FOOD = skeletons(
    "kadhi", "कढ़ी", "biryani", "बिरयानी", "khana", "खाना", "food", "taste", "tasty", "swad", "स्वाद",
    "chole", "छोले", "paratha", "पराठा", "pav", "misal", "मिसळ", "puranpoli", "पुरणपोळी", "halwa", "हलवा",
    "lassi", "लस्सी", "kulfi", "कुल्फी", "jalebi", "जलेबी", "bhaji", "भाजी", "zakas", "झकास", "lajawab",
    "लाजवाब", "yummy", "delicious", "mast", "मस्त")
_DYING_OF_DELIGHT = skeletons("jawan", "javan", "jaavan", "जावां", "जावाँ", "jaun", "जाऊं")
# "saans lene ki fursat nahi", "श्वास घ्यायला वेळ नाही": no time, not no breath.
_LEISURE = skeletons("fursat", "फुरसत", "time", "vel", "वेळ", "waqt", "वक्त", "samay",
                     "समय", "chance")
_EVEN = frozenset({"bhi", "भी", "pan", "पण", "hi", "ही", "even"})
# "थकान गायब", "tension gayab": a trouble that vanished.
_TROUBLES = skeletons(
    "thakan", "थकान", "thakaan", "थकावट", "dard", "दर्द", "tension", "टेंशन", "pain", "headache",
    "sardi", "सर्दी", "bukhar", "बुखार", "thakva", "थकवा", "neend", "नींद", "gussa", "गुस्सा", "bhook", "भूख")
# Who scolds and the lapse that earns it, read together with a laugh (Marathi "मारणार मला" is
# "will beat me"; it folds with मरणार, "will die").
_SCOLDERS = skeletons(
    "saheb", "साहेब", "sir", "सर", "boss", "बॉस", "manager", "teacher", "madam", "बायको", "bayko",
    "aai", "आई", "baba", "बाबा", "mummy", "मम्मी", "sasu", "सासू", "biwi", "बीवी", "wife", "gharwali", "घरवाली")
_ME_OBJECT = skeletons("mala", "मला", "mla")
# A day forgotten: the birthday or the anniversary, and the forgetting.
_DAYS = skeletons("vadhdivas", "vadhdivsala", "वाढदिवस", "वाढदिवसाला", "birthday", "anniversary", "सालगिरह",
                  "janamdin", "जन्मदिन", "bday")
_FORGOT = skeletons("visarlo", "विसरलो", "visarle", "विसरले", "bhool", "bhul", "भूल", "bhula", "भूला", "forgot")
_LAPSE = skeletons(
    "report", "रिपोर्ट", "rahila", "राहिला", "rahili", "राहिली", "visarlo", "विसरलो", "visarle", "विसरले",
    "anniversary", "birthday", "वाढदिवस", "late", "ushir", "उशीर", "ushira", "उशिरा", "bill", "homework")


def _near(c: Concepts, hit: Hit, skels: frozenset[str], before: int, after: int) -> bool:
    words = c.words
    sentence = words[hit.start].sentence
    return any(words[i].skeleton in skels and words[i].sentence == sentence
               for i in range(max(0, hit.start - before), min(len(words), hit.end + after)))


def _near_raw(c: Concepts, hit: Hit, raws: frozenset[str], before: int, after: int) -> bool:
    words = c.words
    sentence = words[hit.start].sentence
    return any(words[i].raw in raws and words[i].sentence == sentence
               for i in range(max(0, hit.start - before), min(len(words), hit.end + after)))


def _in_sentence(c: Concepts, hit: Hit, skels: frozenset[str]) -> bool:
    words = c.words
    return any(t.skeleton in skels and t.sentence == words[hit.start].sentence for t in words)


def remove_small_figures(c: Concepts) -> None:
    if c.of(*_GRAVE):
        return
    words = c.words
    for hit in c.of("murder"):
        if hit.start > 0 and words[hit.start - 1].raw in _GRADED and not c.of("other_target", "third_person"):
            c.drop("murder", hit.start, hit.end)
    for hit in c.of("poison"):
        if _near_raw(c, hit, _EARS, 3, 3) and not c.of("eat", "drank", "drink_verb", "swallow"):
            c.drop("poison", hit.start, hit.end)
    for hit in c.of("die", "kill"):
        if hit.end < len(words) and words[hit.end].skeleton in _DYING_OF_DELIGHT \
                and _in_sentence(c, hit, _FOOD):
            for name in ("die", "kill", "want"):
                c.drop(name, hit.start, hit.end + 1)
    for hit in c.of("breathing", "breath_trouble"):
        if _near(c, hit, _LEISURE, 0, 4):
            c.drop(hit.concept, hit.start, hit.end)
    # "marne ki bhi fursat nahi", "मरायलाही वेळ नाही" (round 55): too busy even to die.
    for hit in c.of("die", "kill", "self_act_to"):
        if _near(c, hit, _LEISURE, 0, 3) and _near_raw(c, hit, _EVEN, 0, 2):
            for name in ("die", "kill", "self_act_to"):
                c.drop(name, hit.start, hit.end)
    for hit in c.of("disappear"):
        if _near(c, hit, _TROUBLES, 2, 0):
            c.drop("disappear", hit.start, hit.end)
    laughing = laughing_sentences(c)
    for hit in c.of("die", "kill"):
        sentence = words[hit.start].sentence
        if words[hit.start].raw.startswith(("maar", "मार")) and sentence in laughing \
                and _near(c, hit, _ME_OBJECT, 2, 2) and _near(c, hit, _SCOLDERS, 4, 0) \
                and any(t.skeleton in _LAPSE and abs(t.sentence - sentence) <= 1 for t in words):
            for name in ("die", "kill", "want", "die_first_person"):
                c.drop(name, hit.start, hit.end + 1)
    _life_taken_for_a_day_forgotten(c)
    _times_counted(c)
    _wont_leave_without_my_life(c)
    _half_dead_laughing(c)
    _killed_if_they_find_out(c)
    _this_thing_will_kill_me(c)


# "ha EMI jeev gheun sodnar 😂", "हे काम जीव घेऊन सोडणार" (round 37): this thing "will not let go
# without taking my life", said of a debt, a task, a child; the thing is the subject.
_THIS = frozenset({"ha", "hi", "he", "हा", "ही", "हे", "this"})
_WONT_LET_GO = skeletons("sodnar", "सोडणार", "sodel", "सोडेल", "sodat", "सोडत")


def _wont_leave_without_my_life(c: Concepts) -> None:
    words = c.words
    for life in c.of("jaan"):
        after = words[life.end:life.end + 2]
        if any(t.skeleton in _WONT_LET_GO for t in after) and any(
                t.raw in _THIS for t in words[max(0, life.start - 3):life.start]):
            for name in ("jaan", "gv_give_up_mine", "take", "want"):
                c.drop(name, life.start, life.end + 2)
            c.add("unmeant", life.start, life.end + 2)


# "5 बार", "do baar": times counted, not "bara" (better) nor a bar (round 36: "इस client ने तो
# मार डाला, 5 बार shade change करवाया", where "मार" and "better" had made a wish to die).
_TIMES = frozenset({"baar", "bar", "बार"})
_COUNTS = frozenset({"ek", "do", "teen", "tin", "char", "chaar", "paanch", "panch", "das", "kai", "kitni", "kitne",
                     "एक", "दो", "तीन", "चार", "पांच", "पाँच", "दस", "कई", "कितनी", "कितने", "har", "हर"})
_NOT_TIMES = ("better", "hinted_better_so", "eol_got_better", "hm_relief", "al_burden", "liquor_place",
              "drink_place")


def _times_counted(c: Concepts) -> None:
    words = c.words
    for hit in c.of("better"):
        raw = words[hit.start].raw
        if raw in _TIMES and hit.start and (words[hit.start - 1].raw.isdigit()
                                            or words[hit.start - 1].raw in _COUNTS):
            for name in _NOT_TIMES:
                c.drop(name, hit.start, hit.end)


def _life_taken_for_a_day_forgotten(c: Concepts) -> None:
    """"bayko jiv gheil aaj, tichya vadhdivsala visarlo" (round 36): the wife "will take my
    life" for a birthday or an anniversary forgotten: the day and its forgetting say what the
    taking is, with or without a laugh."""
    words = c.words
    takes = c.of("take")
    if not takes or not any(t.skeleton in _DAYS for t in words) or not any(t.skeleton in _FORGOT for t in words):
        return
    for life in c.of("jaan"):
        taken = next((t for t in takes if t.start == life.end), None)
        if taken is not None and _near(c, life, _SCOLDERS, 2, 0):
            for name in ("jaan", "take", "want", "other_target", "third_person"):
                c.drop(name, life.start, taken.end + 2)
            c.add("unmeant", life.start, taken.end)


# "targets पूर्ण करता करता अर्धा मेलो आहे 😂" (round 37): "half dead" of the work, with a laugh.
_HALF = frozenset({"ardha", "अर्धा", "अर्धी", "ardhi", "aadha", "adha", "आधा", "आधी", "half"})


def _half_dead_laughing(c: Concepts) -> None:
    words = c.words
    laughing = laughing_sentences(c)
    for hit in c.of("die"):
        if hit.start and words[hit.start - 1].raw in _HALF and words[hit.start].sentence in laughing \
                and not c.of(*_GRAVE):
            c.drop("die", hit.start, hit.end)


# "अगर ... सेक्रेटरी को पता चली तो मेरी खैर नहीं, मार ही डालेगा 😂", "bayko la kalla tar marel 😂"
# (round 37): someone "will kill me" if they find out about a lapse, with a laugh.
_FIND_OUT = frozenset({"पता", "pata", "पत्ता", "kalla", "कळलं", "kalal", "samajla", "कळाले", "finds",
                       "find"})


def _killed_if_they_find_out(c: Concepts) -> None:
    words = c.words
    laughing = laughing_sentences(c)
    if not laughing or c.of(*_GRAVE):
        return
    for hit in c.of("die", "kill"):
        sentence = words[hit.start].sentence
        if sentence in laughing and any(t.raw in _FIND_OUT for t in words[max(0, hit.start - 8):hit.start]
                                        if t.sentence == sentence):
            for name in ("die", "kill", "want", "die_first_person"):
                c.drop(name, hit.start, hit.end + 1)


# "ये GST मुझे मार डालेगा", "हा जीएसटी मला मारून टाकेल", "हा bridal season मला मारून टाकणार", "इन
# दुल्हनों के नखरे मेरी जान निकाल देंगे", "ये मंदी जान लेके छोड़ेगी" (round 39): "this" thing, a tax, a
# season, tantrums, a slump, "will kill me". A person named there ("ye aadmi", "हा माणूस") is a
# threat and still alerts, and so do a wish, the self, a weapon or a means.
_THESE = frozenset({"ye", "yeh", "ये", "यह", "हा", "ही", "हे", "ha", "hi", "he", "this", "these", "is", "इस", "in", "इन"})
_PEOPLE = frozenset({"aadmi", "आदमी", "banda", "बंदा", "log", "लोग", "manus", "माणूस", "lok", "लोक", "ladka", "लड़का",
                     "मुलगा", "mulga", "guy", "man", "husband", "pati", "पति", "navra", "नवरा", "bhai", "भाई", "dada",
                     "दादा", "उसका", "uska", "gunda", "गुंडा"})
_ME_OR_MY_LIFE = frozenset({"मुझे", "mujhe", "मला", "mala", "me", "मेरी", "meri", "माझा", "maza", "majha", "जान",
                            "jaan", "जीव", "jeev", "jiv"})
_WILL = ("ेगा", "ेगी", "ेंगे", "ेगे", "ega", "egi", "enge", "ेल", "णार", "nar", "टाकेल", "takel")


def _this_thing_will_kill_me(c: Concepts) -> None:
    words = c.words
    if c.of(*_GRAVE, "weapon", "poison", "height"):
        return
    for hit in c.of("die", "kill", "jaan"):
        sentence = words[hit.start].sentence
        before = [t for t in words[max(0, hit.start - 5):hit.start] if t.sentence == sentence]
        if not before or not any(t.raw in _THESE for t in before[:3]) or any(t.raw in _PEOPLE for t in before):
            continue
        tail = words[hit.start:min(len(words), hit.end + 3)]
        if not any(t.raw in _ME_OR_MY_LIFE for t in before + tail):
            continue
        if not any(t.raw.endswith(_WILL) for t in tail):
            continue
        for name in ("die", "kill", "jaan", "me", "give", "take", "want", "die_first_person", "copula"):
            c.drop(name, max(0, hit.start - 2), hit.end + 3)
        c.add("unmeant", hit.start, hit.end)
