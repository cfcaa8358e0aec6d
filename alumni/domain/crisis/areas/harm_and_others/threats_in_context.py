"""Threat words read in context: a word whose spelling makes it something else, a boss
scolding over a lapse, hardship named as the cause ("garmi ne maar dala"), a lesson the court
or time will teach ("court sabak sikhayega"). Called by harmless_uses.remove_harmless_uses."""
from __future__ import annotations

from alumni.domain.crisis.areas.harm_and_others.rules import TAKEN
from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.spelling import Token
from alumni.domain.crisis.word_context import laughing_sentences

_FATHER_ACTING = frozenset({"पप्पांनी", "पापांनी", "pappanni", "papanni", "pappani", "papane", "pappane",
                            "पप्पाने", "पापाने", "पपाने"})
# थी (was) and ताई/ती (sister, she) share a skeleton; थोड़ा (a little) and today begin like तोड़
# (break); बस (enough) is bash.
_YOU = frozenset({"aap", "ap", "आप", "aapko", "आपको", "apko"})
_WAS = frozenset({"thi", "थी", "थीं", "thee", "thin"})
_NOT_BREAKING = ("thod", "थोड", "today", "2day", "tday")
_NOT_BASHING = frozenset({"bas", "bass", "बस", "bus"})
# "mom will kill me if i'm late", "बायको जिवंत सोडणार नाही, वाढदिवस विसरलो": a scolding promised
# for a lapse, by the person who will scold.
_LAPSES = frozenset({
    "late", "der", "देर", "ushir", "ushira", "उशीर", "उशिरा", "forgot", "forget", "forgotten",
    "bhool", "bhul", "bhula", "bhoola", "भूल", "भूला", "भूली", "visarlo", "visarle", "visarli", "visarla",
    "विसरलो", "विसरले", "विसरली", "विसरला", "anniversary", "birthday", "vaadhdivas", "vadhdivas",
    "वाढदिवस", "marks", "result", "grades", "report", "geyser", "fix", "clean", "shopping", "spent",
    "dent", "scratch", "ordel", "ओरडेल", "daantegi", "daantega", "डांटेगी", "डांटेगा", "scold", "bill",
    "bills", "finds", "sees", "caught", "practice", "training", "drill", "wearing", "borrowed", "broke",
    "kalla", "kalal", "कळलं", "pakda", "pakdi", "पकड़ा"})
# "X will kill me if / when / for ...": the threat hangs on a condition, a scolding.
_CONDITIONS = frozenset({"if", "when", "for", "agar", "jab", "अगर", "जब", "tar", "jar", "तर", "जर", "once"})
# What makes a threat against the writer a disclosure, never a figure of speech.
_DISCLOSURE = frozenset({"tell", "told", "telling", "bataya", "bataungi", "bataunga", "बताया", "police",
                         "complaint", "sangitla", "sangitle", "सांगितलं", "takrar", "तक्रार", "divorce",
                         "beats", "hits", "maarta", "maarte", "मारता", "marto", "roj", "roz", "daily"})
# Who scolds; "aai" (mother) is spelt by skeleton as "i" and is read here by its spelling.
_SCOLDERS = frozenset({"boss", "bos", "sir", "madam", "manager", "teacher", "saheb", "sahab", "malak",
                       "मालक", "बॉस", "सर", "साहेब", "coach", "principal", "aai", "आई", "aaji", "आजी",
                       "mom", "mum", "mummy", "maa", "माँ", "मां", "मम्मी", "baba", "बाबा", "papa", "पापा"})
_OBJECT_MARKS = frozenset({"ko", "को", "la", "ला", "se", "से"})
_THREATS = ("kill", "murder", "violence", "not_survive", "maim", "finish_off", "spare_mine",
            "spare_not")
_COMMON_ALL = frozenset({"sab", "सब", "sabhi", "सभी", "sare", "saare", "sari", "saari", "सारे", "सारी",
                         "all", "sagle", "sagli", "सगळे", "सगळी"})


def read_by_spelling(c: Concepts) -> None:
    words = c.words
    # most texts have neither word, and need no loop
    either = not (c.typed_words.isdisjoint(_FATHER_ACTING) and c.typed_words.isdisjoint(_WAS))
    for i, token in enumerate(words) if either else ():
        if token.raw in _FATHER_ACTING:
            c.add("relation", i, i + 1)
        elif token.raw in _WAS:
            c.drop("relation", i, i + 1)
            c.drop("third_person", i, i + 1)
    for hit in c.of("self"):        # "apne aap ko": "aap" here is oneself, not "you"
        c.drop("other_target", hit.start, hit.end)
    for hit in c.of("relation"):    # "aap" (you) and "papa" share the skeleton "p"
        if words[hit.start].raw in _YOU:
            c.drop("relation", hit.start, hit.end)
    # "ate too much, can't breathe lol": laughing, and nothing taken.
    if c.of("laugh") and not c.of(*TAKEN, "poison", "overdose", "swallow", "inject", "cleaner"):
        laughing = laughing_sentences(c)
        for hit in c.of("breathing", "breath_trouble"):
            if words[hit.start].sentence in laughing:
                c.drop(hit.concept, hit.start, hit.end)
    for hit in c.of("alcohol"):     # कुत्रा (dog) and "quater" (a quarter bottle) share a skeleton
        if words[hit.start].raw.startswith(("kutr", "kuttr", "कुत्र")):
            c.drop("alcohol", hit.start, hit.end)
    for hit in c.of("violence"):
        raw = words[hit.start].raw
        if raw.startswith(_NOT_BREAKING) or (hit.end - hit.start == 1 and raw in _NOT_BASHING):
            c.drop("violence", hit.start, hit.end)
    # "khaya" (ate) and "kya" (what), "khalla" and "kal" (yesterday) share skeletons.
    for hit in c.of("eat"):
        if words[hit.start].skeleton in ("kl", "ky") and not words[hit.start].raw.startswith(("kh", "ख")):
            c.drop("eat", hit.start, hit.end)
    # "sab theek hai, goli le li": "all" is a heap of pills only beside the pills.
    for hit in c.of("quantity"):
        if hit.end - hit.start == 1 and words[hit.start].raw in _COMMON_ALL and not any(
                (0 <= h.start - hit.end <= 3 or 0 <= hit.start - h.end <= 3)
                and words[h.start].clause == words[hit.start].clause
                for h in c.of("pills", "sedatives", "pill_count", "poison", "something")) and not (
                # "goliyan saamne rakhi hai, sab kha lunga": all of the pills named before
                any(h.start == hit.end for h in c.of("eat", "swallow"))
                and any(h.end <= hit.start and words[h.start].sentence == words[hit.start].sentence
                        for h in c.of("pills", "sedatives", "pill_count", "poison"))):
            c.drop("quantity", hit.start, hit.end)


def scolded_over_a_lapse(c: Concepts) -> None:
    words = c.words
    if c.of("weapon", "self", "suicide", "fear", "help_plea") or any(t.raw in _DISCLOSURE for t in words):
        return
    lapse = {t.sentence for t in words if t.raw in _LAPSES} | {words[h.start].sentence for h in c.of("laugh", "hardship")}
    for hit in c.of(*_THREATS):
        sentence = words[hit.start].sentence
        conditional = any(words[i].raw in _CONDITIONS for i in range(hit.end, min(len(words), hit.end + 3)))
        if not conditional and not {sentence - 1, sentence, sentence + 1} & lapse:
            continue
        before = range(max(0, hit.start - 4), hit.start)
        # (not "isse accha mar jaun": "than this", a comparison before "better", round 14)
        compared = {h.start for h in c.of("better")}
        people = [h for h in c.of("relation", "other_target")
                  if h.end <= hit.start and h.start in before and words[h.start].sentence == sentence
                  and h.end not in compared]
        bosses = [i for i in before if words[i].raw in _SCOLDERS and words[i].sentence == sentence]
        if not people and not bosses:
            continue
        last = max([h.end - 1 for h in people] + bosses)
        if _writer_acts(words, hit.start, hit.end):
            continue        # "uska murder kar dunga agar ...": the writer threatens, on a condition
        if (last + 1 < len(words) and words[last + 1].raw in _OBJECT_MARKS) \
                or words[last].raw.endswith("ला") or words[last].raw in _PRONOUN_OBJECTS \
                or (words[last].raw.endswith("la") and not words[last].raw.endswith(("wala", "vala"))):
            continue        # "biwi ko", "बायकोला": the relative is the one threatened
        if any(hit.end <= h.start < hit.end + 2 for h in c.of("relation", "third_person")) or any(
                hit.end <= h.start < hit.end + 2 and words[h.start].raw not in ("me", "us")
                for h in c.of("other_target")):
            continue        # someone else is named as the target
        for name in _THREATS + ("die", "live", "remain"):
            c.drop(name, hit.start, hit.end)
        c.drop("me", hit.end, hit.end + 1)


# A first-person future on the threat ("kar dunga", "maar daalunga", "I'll"): the writer is
# the one who will act, so a condition after it is a demand, not a scolding promised.
_WRITER_WILL = frozenset({"dunga", "dungi", "दूंगा", "दूँगा", "दुंगा", "दूंगी", "dalunga", "daalunga",
                          "डालूंगा", "karunga", "karungi", "करूंगा", "करूँगा", "i'll", "ill", "im", "i'm"})


def _writer_acts(words: list[Token], start: int, end: int) -> bool:
    return any(t.raw in _WRITER_WILL for t in words[max(0, start - 1):min(len(words), end + 2)])


# Hindi pronouns in the object case, written as one word ("office में ही उनको मार डालूँगा", round 93).
_PRONOUN_OBJECTS = frozenset({"उनको", "उसको", "usko", "unko", "isko", "inko", "इसको", "इनको", "उसे", "उन्हें",
                              "unhe", "unhen", "इसे"})
_AGENT = frozenset({"ne", "ने", "nे", "nai", "ni", "नी", "ine", "ane"})
_SOMEONE = frozenset({"someone", "somebody", "anyone", "anybody", "koi", "kisi", "कोई", "किसी", "konala",
                      "kunala", "कुणाला", "everyone"})
_EXPLICIT_WANT = frozenset({"want", "wanna", "wish", "chahta", "chahti", "chahiye", "चाहता", "चाहती",
                            "iccha", "इच्छा", "vatat", "vatate", "वाटतं", "वाटते", "better", "rather"})


_ME_BEFORE = frozenset({"mujhe", "muje", "mujhko", "मुझे", "मुझको", "mala", "मला", "me"})


def hardship_as_the_cause(c: Concepts) -> None:
    """"is exam ne maar diya", "traffic is a nightmare, i could kill someone", "bhuk lagli, mi
    marto lol", "we're dead if mom finds out": a hardship or a scrape, and nobody in danger."""
    words = c.words
    if c.of("weapon", "self", "suicide", "life", "live", "poison", "pills", "sedatives"):
        return
    hard = {h.start for h in c.of("hardship")}
    laughing = laughing_sentences(c)
    for hit in c.of("kill", "die", "murder"):
        sentence = words[hit.start].sentence
        if any(t.raw in _EXPLICIT_WANT for t in words if t.sentence == sentence):
            continue
        hard_here = any(words[i].sentence == sentence for i in hard)
        agent = any(i + 1 < hit.start and words[i + 1].raw in _AGENT for i in hard if hit.start - i <= 5)
        # ("kaam nahi mil raha, mujhe maar dalo koi": someone is asked to kill me, round 14)
        anyone = hard_here and hit.end < len(words) and words[hit.end].raw in _SOMEONE \
            and not (hit.start > 0 and words[hit.start - 1].raw in _ME_BEFORE)
        hungry = hard_here and sentence in laughing
        scrape = words[hit.start].raw in ("dead", "ded") and hit.end < len(words) \
            and words[hit.end].raw in _CONDITIONS
        counted = hit.start > 0 and words[hit.start - 1].raw.isdigit() and hit.concept == "kill"
        if agent or anyone or hungry or scrape or counted:
            for name in ("kill", "die", "murder", "want"):
                c.drop(name, hit.start, hit.end)
            c.drop("me", hit.end, hit.end + 1)
            c.drop("other_target", hit.end, hit.end + 1)
            c.drop("me", hit.start - 1, hit.start)


# The writer, not a target, in the object case: "मला", "स्वतःला".
_SELF_OBJECT = frozenset({"मला", "mala", "स्वतःला", "स्वताला", "swatahla", "swatala", "आपल्याला", "aaplyala",
                          "मलाच", "malach"})


def object_before_a_threat(c: Concepts) -> None:
    """"त्या सावकाराला आज संपवणार": a noun in the Marathi object case ("-ला") just before a
    verb of finishing someone off is the person threatened."""
    words = c.words
    for hit in c.of("finish_off"):
        for i in range(max(0, hit.start - 3), hit.start):
            raw = words[i].raw
            if raw.endswith(("ला", "la")) and len(raw) >= 4 and raw not in _SELF_OBJECT \
                    and words[i].clause == words[hit.start].clause:
                c.add("other_target", i, i + 1)
    # "सावकाराचा काटा काढतो", "thekedar ka kaanta nikal dunga": the owner of the thorn, in the
    # genitive just before it, is the person threatened.
    for hit in c.of("thorn_out"):
        for i in range(max(0, hit.start - 3), hit.start):
            raw = words[i].raw
            owner = i
            if raw in _GENITIVE_WORDS and i > 0:
                owner = i - 1
            elif not (raw.endswith(_GENITIVE_ENDINGS) and len(raw) >= 4):
                continue
            if words[owner].raw not in _SELF_OBJECT and words[owner].clause == words[hit.start].clause:
                c.add("other_target", owner, owner + 1)


# Marathi genitive endings on a noun, and the Hindi genitive as its own word.
_GENITIVE_ENDINGS = ("चा", "ची", "चे", "चं", "cha", "chi", "che")
_GENITIVE_WORDS = frozenset({"ka", "ki", "ke", "का", "की", "के"})


# Who teaches a lesson without a blow: the court, the law, the police, time, life, God.
_TEACHERS_BY_RIGHT = frozenset({
    "court", "courts", "adalat", "अदालत", "कोर्ट", "kanoon", "qanoon", "kanun", "कानून", "kayda", "kayada",
    "कायदा", "law", "police", "पुलिस", "पोलीस", "judge", "nyayalay", "न्यायालय", "waqt", "wakt", "वक्त", "वक़्त",
    "time", "zindagi", "ज़िंदगी", "जिंदगी", "life", "bhagwan", "भगवान", "देव", "god", "karma", "karm", "कर्म",
    "niyati", "नियति"})
_LESSON_WORDS = ("sabak", "सबक", "sabaq", "lesson", "dhada", "धडा", "addal", "अद्दल")
# The writer's own lesson to give: "sikhaunga", "sikhana hai", "शिकवीन", "शिकवायचा".
_MINE_TO_TEACH = ("sikhaun", "sikhana", "sikhane", "सिखाऊं", "सिखाऊँ", "सिखाना", "सिखाने", "shikvin", "shikavin",
                  "शिकवीन", "shikavnar", "shikvnar", "शिकवणार", "shikavaych", "shikvaych", "शिकवायच", "ghadvin",
                  "घडवीन")


def lesson_by_the_law(c: Concepts) -> None:
    """"supplier ko court sabak sikhayega", "the court will teach him a lesson", "वक्त सबक सिखाएगा":
    the lesson is the court's or time's to teach, no one's threat: the court named just before
    the lesson in its clause, and neither the writer ("this time I'll teach him a lesson") nor
    the writer's verb ("court ke baad sabak sikhana hai") between or after."""
    words = c.words
    writer = {h.start for h in c.of("first_person")}
    for hit in c.of("violence", "lesson"):
        if not any(words[i].raw.startswith(_LESSON_WORDS) for i in range(hit.start, hit.end)):
            continue
        clause = words[hit.start].clause
        teacher = next((i for i in range(hit.start - 1, max(-1, hit.start - 5), -1)
                        if words[i].raw in _TEACHERS_BY_RIGHT and words[i].clause == clause), None)
        if teacher is None or writer & set(range(teacher, min(len(words), hit.end + 2))):
            continue
        if any(words[i].raw.startswith(_MINE_TO_TEACH) for i in range(hit.start, min(len(words), hit.end + 2))):
            continue
        c.drop(hit.concept, hit.start, hit.end)
