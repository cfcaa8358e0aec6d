"""Idioms that use up a word of dying, killing, hanging, jumping or living: "this heat is
killing me", "phone mar gaya", "dying to see you", "hang out", "jump the queue", "live in Pune",
"relapse prevention class". Only clear idioms: an unclear one is left alone and alerts. Called
from alumni.domain.crisis.idioms."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts, Hit
from alumni.domain.crisis.spelling import Token
from alumni.domain.crisis.word_context import (
    HARMLESS_CAUSES,
    followed_by,
    laughing_near,
    next_word_in,
    preceded_by,
    word_before_in,
)

_KILL_HARMLESS_NEXT = frozenset({"it", "time", "for", "off", "boredom", "germs", "mosquitoes",
                                 "bugs", "mosquito"})
_KILL_HARMLESS_OBJECT = frozenset({"pain", "mood", "lights", "light", "engine", "vibe", "time",
                                   "music", "conversation", "battery", "bugs", "germs",
                                   # round 24: an office's processes ("kill the process and restart")
                                   "process", "processes", "build", "server", "app", "task", "tab", "session",
                                   "query", "script", "container", "pod", "service", "job"})
_DIE_HARMLESS_NEXT = frozenset({"to", "for", "tired", "serious", "end", "beat", "set", "sure",
                                "ass", "line", "battery", "phone", "of", "laughing", "inside", "meat", "duck",
                                "heat", "weight", "zone"})
_DIE_HARMLESS_BEFORE = frozenset({"bored", "scared", "tired", "worried", "laughed", "love",
                                  "freezing", "sick", "starving", "drop", "brain", "garmi", "gармi",
                                  "thand", "thandi", "bhook", "bhukh", "bhuk", "yaad", "pyaas", "heat",
                                  "cold", "गर्मी", "ठंड", "भूख", "याद", "प्यास", "thakan", "kaam", "bore",
                                  # a crowd's suffocation: "भीड़ में दम घुट के मर ही जाते" (round 24)
                                  "घुट", "ghut", "ghutke", "घुटके", "घुटकर", "ghutkar",
                                  "बोर"})
_HANG_HARMLESS_NEXT = frozenset({"out", "on", "in", "up", "around", "with", "there", "tight",
                                 "about", "loose", "clothes", "kapde", "कपड़े"})
_JUMP_HARMLESS_NEXT = frozenset({"on", "at", "around", "rope", "for", "start", "up", "queue",
                                 "line", "ahead"})
_LIVE_HARMLESS_NEXT = frozenset({"in", "at", "with", "here", "there", "near", "nearby", "alone",
                                 "together", "abroad", "close", "far", "match", "show", "stream",
                                 "concert", "music", "band", "cricket", "score", "tv", "telecast",
                                 "on", "next", "upto", "up", "by", "apart", "separately"})
_TOPIC_NOUNS = frozenset({"suicide", "overdose", "relapse", "harm", "selfharm", "self-harm"})
_TOPIC_NEXT = frozenset({"prevention", "class", "classes", "plan", "group", "session", "workshop",
                         "meeting", "training", "signs", "warning", "triggers", "talk", "topic",
                         "module", "worksheet", "book", "awareness", "documentary", "movie", "film",
                         "article", "statistics", "stats", "rates", "seminar", "course", "research",
                         "prevent", "education"})
_DONE_AND_OVER = frozenset({"ho", "hua", "hui", "hue", "zala", "jhala", "zhala", "zale", "झाला", "झाले",
                            "हो", "हुआ", "हुई", "हुए"})

_LINKS = frozenset({"se", "me", "mein", "ne", "ke", "to", "of", "से", "में", "ने", "के"})
# "bore ho ke mar jaunga", "बोर होऊन मेलो": having become bored, I (nearly) die.
_BECOMING = frozenset({"hoke", "hokar", "होके", "होकर", "houn", "होऊन"})
_BECOMING_FIRST = frozenset({"ho", "हो"})


def _idiom_before(words: list[Token], hit: Hit) -> bool:
    """"drop dead", "bored to death", "garmi se mar", "yaad me mar"."""
    i = hit.start
    return (i >= 1 and words[i - 1].raw in _DIE_HARMLESS_BEFORE) or (
        i >= 2 and words[i - 1].raw in _LINKS | _BECOMING and words[i - 2].raw in _DIE_HARMLESS_BEFORE) or (
        i >= 3 and words[i - 1].raw in _LINKS and words[i - 2].raw in _BECOMING_FIRST
        and words[i - 3].raw in _DIE_HARMLESS_BEFORE)


# "dying to see you" in Hindi: a verbal noun in "-ne" and "ke liye" or "ko" just before an
# intransitive "mar" ("mar raha", "मरा जा रहा"); "maar" (strike, kill) is not the idiom.
_LONGING_LINKS = frozenset({"liye", "liya", "लिए", "लिये", "ko", "को"})
_DYING = frozenset({"mar", "mara", "mari", "मर", "मरा", "मरी", "मरे", "mare"})


def _dying_to(words: list[Token], hit: Hit) -> bool:
    return words[hit.start].raw in _DYING and (_longing_before(words, hit.start) or _dying_for_a_thing(words, hit))


# Round 56-57's reading: "मरा जा रहा हूं" after a thing longed for ("छुट्टी के लिए", "bike ke liye") or
# a wait ("डिलीवरी का इंतज़ार है, मरा जा रहा हूं"); "dying for" with "ja" after it, never a drink's
# or a person's ("uske liye").
_WAITING = frozenset({"intezaar", "intezar", "intzar", "इंतज़ार", "इंतजार", "wait", "waiting"})
_GOING = frozenset({"ja", "जा", "jaa"})
_NOT_A_THING = ("daru", "दारू", "nasha", "नशा", "नशे", "peg", "पेग", "maal", "माल", "uske", "उसके", "unke", "उनके",
                "tere", "तेरे", "kisi", "किसी", "jaan", "जान")


def _dying_for_a_thing(words: list[Token], hit: Hit) -> bool:
    i = hit.start
    if i + 1 >= len(words) or words[i + 1].raw not in _GOING:
        return False
    if i >= 3 and words[i - 1].raw in _LONGING_LINKS and words[i - 2].raw in ("ke", "के"):
        return not words[i - 3].raw.startswith(_NOT_A_THING + _NOT_LONGED_FOR)
    sentence = words[i].sentence
    return any(w.raw in _WAITING for w in words[max(0, i - 8):i] if w.sentence == sentence)


def _longing_before(words: list[Token], i: int) -> bool:
    """A verbal noun in "-ne" and "ke liye" or "ko" just before word i ("dekhne ke liye"), not
    of dying, killing or drinking."""
    if i < 2 or words[i - 1].raw not in _LONGING_LINKS:
        return False
    noun = words[i - 3].raw if words[i - 2].raw in ("ke", "के") and i >= 3 else words[i - 2].raw
    return noun.endswith(("ne", "ने")) and not noun.startswith(_NOT_LONGED_FOR)


# "khaane ke liye jaan de du", "सुनने के लिए जान दे दूं": one's life given, in the subjunctive,
# for a dish, a song, a sight, is relish (round 13). Not for drinking ("peene ke liye").
_NOT_LONGED_FOR = ("mar", "मर", "maar", "मार", "pine", "peene", "pene", "पीने", "पिने", "jeene", "jine", "जीने")
_GIVE_IF = frozenset({"du", "dun", "doon", "dum", "दूं", "दूँ", "दू", "dede", "dedu", "dedun"})


def _life_given_for_a_relish(words: list[Token], hit: Hit) -> bool:
    after = [t.raw for t in words[hit.end:hit.end + 2]]
    return _longing_before(words, hit.start) and (bool(set(after) & _GIVE_IF))


def _wished(c: Concepts, hit: Hit) -> bool:
    return any(hit.start - 3 <= h.start < hit.end + 3 for h in c.of("want"))


def _meant(c: Concepts, hit: Hit) -> bool:
    return _wished(c, hit) or followed_by(c, hit, "copula", gap=1)



# Round 56-57's reading: dying doubled is toil ("मर मर काम केलं", "mar mar ke kaam kiya"); "चुल्लू भर पानी
# में डूब मर" is a rebuke (shame on you), said to someone else.
_DOUBLED_TOIL_NEXT = frozenset({"kaam", "काम", "ke", "के", "kar", "कर", "karun", "करून", "kela", "केलं", "kiya", "किया"})
_REBUKE = frozenset({"chullu", "चुल्लू", "chullubhar", "चुल्लूभर", "चुल्लु"})


def _dying_doubled_or_rebuked(c: Concepts) -> None:
    words = c.words
    for hit in c.of("die", "kill"):
        i = hit.start
        doubled = (i + 2 < len(words) and words[i + 1].raw == words[i].raw and words[i + 2].raw in _DOUBLED_TOIL_NEXT) \
            or (i >= 1 and words[i - 1].raw == words[i].raw and hit.end < len(words)
                and words[hit.end].raw in _DOUBLED_TOIL_NEXT)
        rebuked = any(w.raw in _REBUKE for w in words[max(0, i - 6):i] if w.sentence == words[i].sentence)
        if doubled or rebuked:
            # "डूब" is also a joint's nickname: the rebuke takes it with the dying
            for name in ("die", "kill", "drown") + (("cannabis", "use") if rebuked else ()):
                c.drop(name, max(0, i - 1), min(len(words), hit.end + 1))


# "im dead. going to sleep": dead tired, with the sleep said next (round 57).
_DEAD = frozenset({"dead", "ded", "deadd"})
_I_AM = frozenset({"im", "i'm", "iam"})
_TO_SLEEP = frozenset({"sleep", "sleeping", "bed", "nap", "crash", "neend", "zop", "so", "sona", "sota"})


def _dead_tired(c: Concepts) -> None:
    words = c.words
    for hit in c.of("die"):
        # a wish before it ("want to be dead"); "going to sleep" after it is the sleep
        wished = any(hit.start - 3 <= h.start < hit.start and words[h.start].raw not in _I_AM for h in c.of("want"))
        if words[hit.start].raw in _DEAD and not wished \
                and any(w.raw in _TO_SLEEP for w in words[hit.end:hit.end + 4]):
            c.drop("die", hit.start, hit.end)


# "सबको फांसी चढ़ा देंगे 😂": a boss's threat to hang everyone, laughed at, is hyperbole (round 57).
_HANGED_OTHERS = frozenset({"sabko", "सबको", "sab", "सब", "tujhe", "तुझे", "tumko", "तुमको", "usko", "उसको", "tumhe",
                            "तुम्हें", "sagalyanna", "सगळ्यांना"})


def _others_hanged_laughing(c: Concepts) -> None:
    words = c.words
    for hit in c.of("hanging", "hang"):
        if any(w.raw in _HANGED_OTHERS for w in words[max(0, hit.start - 2):hit.start]) and laughing_near(c, hit, 6):
            c.drop(hit.concept, hit.start, hit.end)


def forget_death_word_idioms(c: Concepts) -> None:
    words = c.words
    _others_hanged_laughing(c)
    if c.of("die", "kill"):
        _dying_doubled_or_rebuked(c)
        _dead_tired(c)
    # "boss ne ... maar dala", "bhai ne zehar kha liya": a person followed by "ne" is the
    # one acting, not the one acted on.
    for hit in c.of("other_target", "relation"):
        if hit.end < len(words) and words[hit.end].raw in ("ne", "ने", "nी", "ni", "नी"):
            c.drop("other_target", hit.start, hit.end)
    for hit in c.of("kill"):
        following = words[hit.end + 1].raw if hit.end + 1 < len(words) else ""
        me_next = followed_by(c, hit, "me")
        if (words[hit.start].raw == "killing" and preceded_by(c, hit, "copula_before") and me_next) \
                or next_word_in(words, hit, _KILL_HARMLESS_NEXT) \
                or (next_word_in(words, hit, frozenset({"the", "my"})) and following in _KILL_HARMLESS_OBJECT) \
                or (laughing_near(c, hit) and not followed_by(c, hit, "self", gap=1)) \
                or (me_next and words[hit.start].raw in ("killed", "kills")) \
                or (me_next and following == "if") \
                or (preceded_by(c, hit, "me", gap=1) and any(
                    w.raw in HARMLESS_CAUSES for w in words[max(0, hit.start - 4):hit.start])):
            if not followed_by(c, hit, "self", "other_target", gap=1):
                c.drop("kill", hit.start, hit.end)
                c.drop("me", hit.end, hit.end + 1)
                if not _meant(c, hit):      # "मरना है lol": the same word is also dying
                    c.drop("die", hit.start, hit.end)
    for hit in c.of("murder"):
        if word_before_in(words, hit, frozenset({"was", "is", "its", "it's", "s"})) \
                or next_word_in(words, hit, frozenset({"a", "an", "some", "mystery", "mysteries", "series"})) \
                or laughing_near(c, hit):
            c.drop("murder", hit.start, hit.end)
    for hit in c.of("overdose"):
        if next_word_in(words, hit, frozenset({"on"})) and laughing_near(c, hit):
            c.drop("overdose", hit.start, hit.end)
    for hit in c.of("hang"):
        if word_before_in(words, hit, frozenset({"skipping", "skip", "jump", "jumping", "tug"})):
            c.drop("hang", hit.start, hit.end)
    for hit in c.of("die", "kill"):
        # Dying to see someone: "tujhe dekhne ke liye mar raha hu", "मिलने को मरा जा रहा हूं".
        if _dying_to(words, hit):
            c.drop(hit.concept, hit.start, hit.end)
    for hit in c.of("jaan"):
        if _life_given_for_a_relish(words, hit):
            c.drop("jaan", hit.start, hit.end)
    for hit in c.of("die"):
        # A wish beside the word outweighs the context that would make it harmless:
        # "phone mar gaya" is an idiom, "मुझे मरना है lol" is not.
        wished = _wished(c, hit)
        meant = _meant(c, hit)
        fused = any(h.start == hit.start for h in c.of("want"))    # "marayche", "marunga"
        # "dying to see you", but "mar jau to" is Hindi "if I die, then".
        harmless = ((next_word_in(words, hit, _DIE_HARMLESS_NEXT)
                     and (words[hit.end].raw != "to" or words[hit.start].raw.startswith(("dy", "die"))))
                    or (not fused and _idiom_before(words, hit))
                    or followed_by(c, hit, "past_aux", gap=1)
                    or preceded_by(c, hit, "device") or followed_by(c, hit, "device")
                    or (not wished and preceded_by(c, hit, "device", gap=1) and preceded_by(c, hit, "copula_before"))
                    or (not meant and laughing_near(c, hit, 5)))
        if harmless and not word_before_in(words, hit, frozenset({"want", "wanna", "wish"}), 2):
            c.drop("die", hit.start, hit.end)
    # "exam khatam ho gaye", "sab khatam ho gaya": something is over, nobody ends anything.
    for hit in c.of("end"):
        if next_word_in(words, hit, _DONE_AND_OVER):
            c.drop("end", hit.start, hit.end)
    for hit in c.of("go_on"):
        if next_word_in(words, hit, frozenset({"the", "a", "with", "leave", "holiday", "trip", "tour",
                                            "date", "vacation", "working", "like"})):
            c.drop("go_on", hit.start, hit.end)
    for hit in c.of("hang"):
        if next_word_in(words, hit, _HANG_HARMLESS_NEXT):
            c.drop("hang", hit.start, hit.end)
    for hit in c.of("jump"):
        if next_word_in(words, hit, _JUMP_HARMLESS_NEXT):
            c.drop("jump", hit.start, hit.end)
    for hit in c.of("live"):
        if words[hit.start].raw in ("live", "living", "lives") and next_word_in(words, hit, _LIVE_HARMLESS_NEXT):
            c.drop("live", hit.start, hit.end)
    # "relapse prevention class", "suicide prevention book", "overdose signs": a topic.
    for hit in c.of("relapse", "suicide", "overdose", "self_harm"):
        if words[hit.end - 1].raw in _TOPIC_NOUNS and next_word_in(words, hit, _TOPIC_NEXT):
            c.drop(hit.concept, hit.start, hit.end)
        elif words[hit.start].raw.startswith("binge") and next_word_in(
                words, hit, frozenset({"watched", "watch", "watching", "eating", "ate", "eat", "reading", "played"})):
            c.drop(hit.concept, hit.start, hit.end)
