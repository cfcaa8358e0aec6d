"""Which combinations of concepts are a crisis, and what cancels or qualifies them.

A combination is a few concepts within a short window of words, in any order ("jeena ...
nahi", "nahi jeena"), inside one sentence. Before combining, idioms remove the concepts
they use up ("this heat is killing me", "phone mar gaya", "drinking water"). After
combining:

- suicide, self-harm, overdose and harm to others are never cancelled: a negation nearby
  only marks the finding `negated` ("I am not suicidal" still reaches a person);
- relapse and craving are cancelled by a negation or a quitting word next to them ("not
  drinking", "daru nahi pi", "दारू सोडून"): sobriety is progress, not a crisis;
- a finding is about someone else when the nearest subject before it is another person
  ("my brother took all his pills", "bhai ne zehar kha liya").
"""
from __future__ import annotations

from alumni.domain.crisis.areas import AREA_COMBINATIONS
from alumni.domain.crisis.areas.harm_and_others import remove_harmless_uses
from alumni.domain.crisis.areas.self_harm import remove_figures_of_speech
from alumni.domain.crisis.areas.substance_use import read_substance_context
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.concepts import SUBSTANCES, Concepts, Hit
from alumni.domain.crisis.detection import Category, Finding
from alumni.domain.crisis.spelling import Token

SUBSTANCE_CONCEPTS = tuple(SUBSTANCES)


S, SH, OD, HO = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE, Category.HARM_TO_OTHERS
RE, CR = Category.RELAPSE, Category.CRAVING
ANY_SUBSTANCE = SUBSTANCE_CONCEPTS

# Strongest first: the first combination found for a category names the finding.
COMBINATIONS: tuple[Combination, ...] = (
    Combination(S, (_g("suicide"),)),
    Combination(S, (_g("hanging"),)),
    Combination(S, (_g("goodbye"),)),
    Combination(SH, (_g("self_harm"),)),
    Combination(OD, (_g("overdose"),)),
    Combination(HO, (_g("murder"),)),
    Combination(S, (_g("kill"), _g("self")), 3),
    Combination(S, (_g("kill"), _g("me")), 1),
    Combination(S, (_g("die"), _g("want")), 4, same_word=True),
    Combination(S, (_g("die", "suicide", "hang", "jump"), _g("talk_of", "dhamki")), 3),
    Combination(S, (_g("die"), _g("copula")), 1, order=True),
    Combination(S, (_g("live"), _g("negation")), 4),
    Combination(S, (_g("live"), _g("weak_negation")), 0),
    Combination(S, (_g("live", "life"), _g("pointless")), 5),
    Combination(S, (_g("live", "life"), _g("point"), _g("negation")), 5),
    Combination(S, (_g("life"), _g("end")), 3),
    Combination(S, (_g("end"), _g("self")), 3),
    Combination(S, (_g("end"), _g("quantity"), _g("want", "copula")), 3),
    Combination(S, (_g("end"), _g("it_all")), 1),
    Combination(S, (_g("life", "live"), _g("fed_up")), 4),
    Combination(S, (_g("life", "live"), _g("exit")), 3),
    Combination(S, (_g("wake"), _g("negation", "weak_negation"), _g("want", "forever", "sleep")), 4,
                unless=_g("clock_time")),
    Combination(S, (_g("burden"), _g("better")), 6),
    Combination(S, (_g("die"), _g("better")), 3),
    Combination(S, (_g("sleep"), _g("forever")), 2, unless=_g("sleep_idiom")),
    Combination(S, (_g("violence"), _g("self")), 3),
    Combination(S, (_g("vehicle"), _g("under"), _g("want", "die", "jump", "plan_made")), 4),
    Combination(S, (_g("hang"), _g("acquire", "time", "mind")), 4, unless=_g("hanging_harmless")),
    Combination(S, (_g("height"), _g("edge", "plan_made")), 5, across=True),
    Combination(S, (_g("jaan"), _g("give")), 1, order=True),
    Combination(S, (_g("negation"), _g("go_on")), 1, order=True),
    Combination(S, (_g("jaan"), _g("take"), _g("self")), 3),
    Combination(S, (_g("jaan"), _g("take_mine")), 1, order=True, unless=_g("other_target", "third_person")),
    Combination(S, (_g("life"), _g("negation"), _g("want")), 4),
    Combination(S, (_g("hang"), _g("self", "want")), 3),
    Combination(S, (_g("jump"), _g("height", "want", "self")), 5),
    Combination(OD, (_g("poison"), _g("eat", "want", "self", "swallow")), 5),
    Combination(S, (_g("burden"), _g("first_person", "me", "self")), 4),
    Combination(S, (_g("endure"), _g("negation"), _g("anymore")), 5),
    Combination(S, (_g("pointless"), _g("anymore")), 3),
    Combination(S, (_g("negation"), _g("point"), _g("anymore")), 2, order=True),
    Combination(S, (_g("disappear"), _g("forever", "want")), 5),
    Combination(S, (_g("world"), _g("leave")), 4),
    Combination(S, (_g("god"), _g("take_me")), 3),
    Combination(SH, (_g("hurt"), _g("self")), 3),
    Combination(SH, (_g("cut"), _g("self", "vein")), 3),
    Combination(SH, (_g("cut"), _g("again")), 1, unless=_g("cut_harmless")),
    Combination(SH, (_g("weapon"), _g("self")), 3),
    Combination(SH, (_g("hurt", "cut", "bang"), _g("on_purpose")), 5),
    Combination(SH, (_g("hurt"), _g("cigarette")), 4),
    Combination(SH, (_g("bang"), _g("wall")), 4),
    Combination(SH, (_g("bleed"), _g("bang")), 5),
    Combination(SH, (_g("cut", "hurt", "bang"), _g("reflexive")), 1, order=True),
    Combination(OD, (_g("pills", "sedatives"), _g("quantity")), 4),
    Combination(OD, (_g("pill_count", "sedatives"), _g("count")), 4),
    Combination(OD, (_g("pills", "sedatives"), _g("too_much")), 4),
    Combination(OD, (_g("pills", "sedatives"), _g("sleep"), _g("eat", "want")), 5, unless=_g("dose")),
    Combination(OD, (_g("swallow"), _g("something", "pills", "quantity")), 3),
    Combination(OD, (_g("pills", "sedatives"), _g("stockpile")), 3),
    Combination(OD, (_g("unconscious"),)),
    Combination(OD, (_g("breathing"), _g("negation")), 3),
    Combination(OD, (_g("too_much"), ANY_SUBSTANCE, _g("use", "drank")), 4),
    Combination(HO, (_g("kill"), _g("other_target", "relation")), 3),
    Combination(HO, (_g("kill"), _g("want")), 3, unless=_g("self", "me")),
    Combination(HO, (_g("jaan"), _g("take"), _g("other_target")), 3),
    Combination(HO, (_g("hurt"), _g("other_target"), _g("want")), 4, unless=_g("self")),
    Combination(HO, (_g("weapon"), _g("other_target", "kill", "third_person", "relation")), 4),
    Combination(HO, (_g("violence"), _g("other_target", "relation", "third_person"), _g("want")), 4,
                same_word=True),
    Combination(HO, (_g("jaan"), _g("take"), _g("other_target", "third_person")), 3),
    Combination(HO, (_g("end"), _g("other_target", "relation")), 2),
    Combination(HO, (_g("live"), _g("other_target", "third_person", "relation"), _g("violence")), 4),
    Combination(RE, (_g("relapse"),)),
    Combination(RE, (_g("intoxicated"),)),
    Combination(RE, (_g("drank"),)),
    Combination(RE, (ANY_SUBSTANCE, _g("use", "drink_verb")), 3),
    Combination(RE, (ANY_SUBSTANCE, _g("again")), 3, unless=_g("craving", "want")),
    Combination(RE, (ANY_SUBSTANCE, _g("time")), 2, unless=_g("craving", "want")),
    Combination(RE, (_g("drink_verb"), _g("again", "time")), 3, unless=_g("craving", "want")),
    Combination(RE, (_g("use_strong"), _g("again")), 2),
    Combination(RE, (_g("pill_use"), _g("pills")), 3),
    Combination(RE, (_g("bare_use"),)),
    Combination(RE, (_g("use_strong"), _g("time")), 2),
    Combination(RE, (_g("pills", "sedatives"), _g("use"), _g("regret")), 6),
    Combination(RE, (_g("some_amount"), _g("use")), 0, order=True),
    Combination(RE, (_g("alcohol"), _g("some_amount")), 2, same_word=True),
    Combination(CR, (_g("craving"),)),
    Combination(CR, (_g("help_plea"),)),
    Combination(CR, (ANY_SUBSTANCE + _g("drink_verb", "drank", "use_strong"), _g("want")), 3),
    Combination(CR, (_g("drink_verb"), _g("copula")), 2, order=True),
    Combination(CR, (_g("struggle"), ANY_SUBSTANCE + _g("drink_verb", "drank", "use_strong", "use")), 4),
    Combination(CR, (ANY_SUBSTANCE + _g("drink_verb"), _g("mind")), 4),
    Combination(CR, (_g("liquor_place"), _g("near")), 3),
    Combination(CR, (_g("restrain"), _g("negation")), 3),
    Combination(CR, (ANY_SUBSTANCE + _g("drink_verb", "drank", "use_strong"), _g("cant_without")), 3),
    Combination(CR, (_g("call_plea"), _g("urgency", "struggle")), 4),
) + AREA_COMBINATIONS

# Negation cancels these (sobriety is progress); for the rest it only marks the finding.
CANCELLED_BY_NEGATION = frozenset({RE, CR})
# Concepts that name evidence rather than meaning: never reported as "negated" by them.
_NEGATORS = ("negation", "weak_negation")


# --- idioms -------------------------------------------------------------------------

def _next(c: Concepts, hit: Hit, *names: str, gap: int = 0) -> bool:
    return any(0 <= h.start - hit.end <= gap for h in c.of(*names))


def _before(c: Concepts, hit: Hit, *names: str, gap: int = 0) -> bool:
    return any(0 <= hit.start - h.end <= gap for h in c.of(*names))


def _next_raw(words: list[Token], hit: Hit, raws: frozenset[str]) -> bool:
    return hit.end < len(words) and words[hit.end].raw in raws


def _before_raw(words: list[Token], hit: Hit, raws: frozenset[str], gap: int = 0) -> bool:
    return any(words[i].raw in raws for i in range(max(0, hit.start - 1 - gap), hit.start))


_KILL_HARMLESS_NEXT = frozenset({"it", "time", "for", "off", "boredom", "germs", "mosquitoes",
                                 "bugs", "mosquito"})
_KILL_HARMLESS_OBJECT = frozenset({"pain", "mood", "lights", "light", "engine", "vibe", "time",
                                   "music", "conversation", "battery", "bugs", "germs"})
_DIE_HARMLESS_NEXT = frozenset({"to", "for", "tired", "serious", "end", "beat", "set", "sure",
                                "ass", "line", "battery", "phone", "of", "laughing", "inside"})
_DIE_HARMLESS_BEFORE = frozenset({"bored", "scared", "tired", "worried", "laughed", "love",
                                  "freezing", "sick", "starving", "drop", "brain", "garmi", "gармi",
                                  "thand", "thandi", "bhook", "bhukh", "bhuk", "yaad", "pyaas", "heat",
                                  "cold", "गर्मी", "ठंड", "भूख", "याद", "प्यास", "thakan", "kaam"})
# "ye kaam mujhe maar dalega", "this exam killed me": work and weather do not kill.
_HARMLESS_CAUSES = frozenset({"kaam", "work", "job", "garmi", "heat", "thand", "cold", "traffic", "exam",
                              "exams", "padhai", "study", "homework", "deadline", "deadlines", "workload",
                              "weather", "काम", "गर्मी", "ठंड", "ऑफिस", "office", "boredom", "pain", "dard",
                              "दर्द"})
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
_JOINT_HARMLESS_NEXT = frozenset({"pain", "pains", "account", "family", "venture", "secretary",
                                  "replacement", "dard", "दर्द"})
_LAST_WORDS = frozenset({"last", "final", "akhri", "aakhri", "आखिरी", "shevti", "शेवटची",
                         "shevtachi"})
_COKE_CONTEXT = frozenset({"glass", "can", "cold", "thanda", "ठंडा", "diet", "zero", "pizza",
                           "bottle", "chilled", "pepsi", "sprite", "thums", "drank", "drink",
                           "and", "with", "burger", "sandwich", "samosa", "chips", "ice", "fries",
                           "lunch", "dinner", "food", "khana"})
_HELP_WITH_A_TASK = frozenset({"with", "find", "understand", "fill", "know", "out", "get", "choose",
                               "book", "register", "change", "update", "pay", "reach", "send"})
_DONE_AND_OVER = frozenset({"ho", "hua", "hui", "hue", "zala", "jhala", "zhala", "zale", "झाला", "झाले",
                            "हो", "हुआ", "हुई", "हुए"})


_LINKS = frozenset({"se", "me", "mein", "ne", "ke", "to", "of", "से", "में", "ने", "के"})


def _idiom_before(words: list[Token], hit: Hit) -> bool:
    """"drop dead", "bored to death", "garmi se mar", "yaad me mar"."""
    i = hit.start
    return (i >= 1 and words[i - 1].raw in _DIE_HARMLESS_BEFORE) or (
        i >= 2 and words[i - 1].raw in _LINKS and words[i - 2].raw in _DIE_HARMLESS_BEFORE)


def _wished(c: Concepts, hit: Hit) -> bool:
    return any(hit.start - 3 <= h.start < hit.end + 3 for h in c.of("want"))


def _meant(c: Concepts, hit: Hit) -> bool:
    return _wished(c, hit) or _next(c, hit, "copula", gap=1)


def _laughing(c: Concepts, hit: Hit, reach: int = 8) -> bool:
    sentence = c.words[hit.start].sentence
    return any(abs(h.start - hit.start) <= reach and c.words[h.start].sentence == sentence
               for h in c.of("laugh"))


_OTHERS_DOING = frozenset({"everyone", "everybody", "they", "people", "friends", "sab", "sagle",
                           "log", "others", "guys", "colleagues", "sabne", "सबने", "sabhi", "सभी",
                           "सगळे", "सगळ्यांनी", "saglyanni", "logon", "लोगों", "लोग"})
_HELP_NOT_A_PLEA_BEFORE = frozenset({"your", "the", "for", "thanks", "thank", "of", "with", "a",
                                     "some", "any", "no", "to", "his", "her", "their", "our"})
_HELP_NOT_A_PLEA_NEXT = frozenset({"with", "of", "desk", "group", "from", "us", "them", "him",
                                   "her", "out", "line", "in", "on", "the"})
_FALLS = frozenset({"stairs", "floor", "bathroom", "road", "ice", "wet", "mud", "rain", "bike",
                    "step", "steps", "tiles", "banana"})
_NOT_INTOXICATED_NEXT = frozenset({"marks", "score", "scores", "grades", "grade", "number",
                                   "percent", "rank", "five", "fives"})


def _add_context_concepts(c: Concepts) -> None:
    """"score 2, i used", "I'm using": using with no object at the end of a clause."""
    words = c.words
    firsts = {h.start for h in c.of("first_person")}
    for i, token in enumerate(words):
        if token.raw in ("used", "using", "use") and (i - 1 in firsts or (
                i >= 2 and i - 2 in firsts and words[i - 1].raw in ("have", "ve", "been", "am", "was", "did"))):
            if i + 1 == len(words) or words[i + 1].clause != token.clause \
                    or words[i + 1].raw in ("again", "today", "yesterday", "tonight"):
                c.add("bare_use", i, i + 1)


def remove_idioms(c: Concepts) -> None:
    """Forget the concepts that a harmless idiom uses up. Only clear idioms: an unclear
    one is left alone and alerts."""
    words = c.words
    _add_context_concepts(c)
    read_substance_context(c)
    # "boss ne ... maar dala", "bhai ne zehar kha liya": a person followed by "ne" is the
    # one acting, not the one acted on.
    for hit in c.of("other_target", "relation"):
        if hit.end < len(words) and words[hit.end].raw in ("ne", "ने", "nी", "ni", "नी"):
            c.drop("other_target", hit.start, hit.end)
    for hit in c.of("kill"):
        following = words[hit.end + 1].raw if hit.end + 1 < len(words) else ""
        me_next = _next(c, hit, "me")
        if (words[hit.start].raw == "killing" and _before(c, hit, "copula_before") and me_next) \
                or _next_raw(words, hit, _KILL_HARMLESS_NEXT) \
                or (_next_raw(words, hit, frozenset({"the", "my"})) and following in _KILL_HARMLESS_OBJECT) \
                or (_laughing(c, hit) and not _next(c, hit, "self", gap=1)) \
                or (me_next and words[hit.start].raw in ("killed", "kills")) \
                or (me_next and following == "if") \
                or (_before(c, hit, "me", gap=1) and any(
                    w.raw in _HARMLESS_CAUSES for w in words[max(0, hit.start - 4):hit.start])):
            if not _next(c, hit, "self", "other_target", gap=1):
                c.drop("kill", hit.start, hit.end)
                c.drop("me", hit.end, hit.end + 1)
                if not _meant(c, hit):      # "मरना है lol": the same word is also dying
                    c.drop("die", hit.start, hit.end)
    for hit in c.of("murder"):
        if _before_raw(words, hit, frozenset({"was", "is", "its", "it's", "s"})) \
                or _next_raw(words, hit, frozenset({"a", "an", "some", "mystery", "mysteries", "series"})) \
                or _laughing(c, hit):
            c.drop("murder", hit.start, hit.end)
    for hit in c.of("overdose"):
        if _next_raw(words, hit, frozenset({"on"})) and _laughing(c, hit):
            c.drop("overdose", hit.start, hit.end)
    for hit in c.of("intoxicated"):
        if _next_raw(words, hit, _NOT_INTOXICATED_NEXT):
            c.drop("intoxicated", hit.start, hit.end)
    # "everyone was drinking", "friends had beers": others using, not the writer.
    for hit in c.of("drank", "drink_verb", "use", "use_strong"):
        if _before_raw(words, hit, _OTHERS_DOING, 1):
            c.drop(hit.concept, hit.start, hit.end)
    for hit in c.of("help_plea"):
        if _next_raw(words, hit, _HELP_WITH_A_TASK):
            c.drop("help_plea", hit.start, hit.end)
            continue
        if words[hit.start].raw in ("help", "hlp", "halp", "helpp") and hit.end - hit.start == 1 and (
                _before_raw(words, hit, _HELP_NOT_A_PLEA_BEFORE) or _next_raw(words, hit, _HELP_NOT_A_PLEA_NEXT)):
            c.drop("help_plea", hit.start, hit.end)
    for hit in c.of("relapse"):
        if words[hit.start].raw.startswith("slip") and any(
                w.raw in _FALLS for w in words[hit.end:hit.end + 4]):
            c.drop("relapse", hit.start, hit.end)
    for hit in c.of("hang"):
        if _before_raw(words, hit, frozenset({"skipping", "skip", "jump", "jumping", "tug"})):
            c.drop("hang", hit.start, hit.end)
    for hit in c.of("die"):
        # A wish beside the word outweighs the context that would make it harmless:
        # "phone mar gaya" is an idiom, "मुझे मरना है lol" is not.
        wished = _wished(c, hit)
        meant = _meant(c, hit)
        fused = any(h.start == hit.start for h in c.of("want"))    # "marayche", "marunga"
        # "dying to see you", but "mar jau to" is Hindi "if I die, then".
        harmless = ((_next_raw(words, hit, _DIE_HARMLESS_NEXT)
                     and (words[hit.end].raw != "to" or words[hit.start].raw.startswith(("dy", "die"))))
                    or (not fused and _idiom_before(words, hit))
                    or _next(c, hit, "past_aux", gap=1)
                    or _before(c, hit, "device") or _next(c, hit, "device")
                    or (not wished and _before(c, hit, "device", gap=1) and _before(c, hit, "copula_before"))
                    or (not meant and _laughing(c, hit, 5)))
        if harmless and not _before_raw(words, hit, frozenset({"want", "wanna", "wish"}), 2):
            c.drop("die", hit.start, hit.end)
    # "exam khatam ho gaye", "sab khatam ho gaya": something is over, nobody ends anything.
    for hit in c.of("end"):
        if _next_raw(words, hit, _DONE_AND_OVER):
            c.drop("end", hit.start, hit.end)
    for hit in c.of("go_on"):
        if _next_raw(words, hit, frozenset({"the", "a", "with", "leave", "holiday", "trip", "tour",
                                            "date", "vacation", "working", "like"})):
            c.drop("go_on", hit.start, hit.end)
    for hit in c.of("hang"):
        if _next_raw(words, hit, _HANG_HARMLESS_NEXT):
            c.drop("hang", hit.start, hit.end)
    for hit in c.of("jump"):
        if _next_raw(words, hit, _JUMP_HARMLESS_NEXT):
            c.drop("jump", hit.start, hit.end)
    for hit in c.of("live"):
        if words[hit.start].raw in ("live", "living", "lives") and _next_raw(words, hit, _LIVE_HARMLESS_NEXT):
            c.drop("live", hit.start, hit.end)
    # "relapse prevention class", "suicide prevention book", "overdose signs": a topic.
    for hit in c.of("relapse", "suicide", "overdose", "self_harm"):
        if words[hit.end - 1].raw in _TOPIC_NOUNS and _next_raw(words, hit, _TOPIC_NEXT):
            c.drop(hit.concept, hit.start, hit.end)
        elif words[hit.start].raw.startswith("binge") and _next_raw(
                words, hit, frozenset({"watched", "watch", "watching", "eating", "ate", "eat", "reading", "played"})):
            c.drop(hit.concept, hit.start, hit.end)
    for hit in c.of("use", "use_strong"):
        if words[hit.start].raw in ("used", "use") and _next_raw(words, hit, frozenset({"to"})):
            c.drop("use", hit.start, hit.end)
            c.drop("use_strong", hit.start, hit.end)
        if words[hit.start].raw == "shot" and _before(c, hit, "price", gap=3):
            c.drop("use", hit.start, hit.end)
            c.drop("use_strong", hit.start, hit.end)
    # "nas" (vein) and "nasha" (drugs) share a skeleton: beside a cut it is the vein.
    for hit in c.of("vein"):
        if _next(c, hit, "cut", gap=1) or _before(c, hit, "cut", gap=1):
            c.drop("drugs", hit.start, hit.end)
            c.drop("use_strong", hit.start, hit.end)
    for hit in c.of("cannabis"):
        if words[hit.start].raw.startswith("joint") and _next_raw(words, hit, _JOINT_HARMLESS_NEXT):
            c.drop("cannabis", hit.start, hit.end)
    for hit in c.of("cocaine"):
        if words[hit.start].raw == "coke" and (_before_raw(words, hit, _COKE_CONTEXT, 2)
                                              or any(w.raw in _COKE_CONTEXT for w in words[hit.end:hit.end + 3])):
            c.drop("cocaine", hit.start, hit.end)
            for drink in c.of("drank", "drink_verb", "alcohol"):
                if 0 <= hit.start - drink.end <= 2:
                    c.drop(drink.concept, drink.start, drink.end)
    for hit in c.of("alcohol"):
        if _before_raw(words, hit, _LAST_WORDS, 1):
            c.drop("alcohol", hit.start, hit.end)
    # "drinking water", "chai pi li", "पाणी प्यायलो": a drink that is not alcohol.
    for hit in c.of("drank", "drink_verb", "alcohol"):
        likened = any(w.raw in _SO for w in words[hit.end:hit.end + 3])   # "breezers, basically juice"
        if (_next(c, hit, "beverage", gap=2) and not likened) or _before(c, hit, "beverage", gap=1):
            for name in ("drank", "drink_verb", "alcohol"):
                c.drop(name, hit.start, hit.end)
    # "cold drink li", "had a mocktail": the drink is inside a soft-drink name, or is what was had.
    for hit in c.of("beverage"):
        for name in ("drank", "drink_verb", "alcohol"):
            c.drop(name, hit.start, hit.end)
        for use in c.of("use"):
            if 0 <= hit.start - use.end <= 1:
                c.drop("use", use.start, use.end)
    # "can't stop drinking", "couldn't quit": the quitting word is negated, so neither
    # counts as sobriety.
    for hit in c.of("quit"):
        for neg in c.of("negation"):
            if hit.start == neg.end:
                c.drop("quit", hit.start, hit.end)
                c.drop("negation", neg.start, neg.end)
    # Overdose, threat and sobriety words in everyday use ("the joke killed everyone").
    remove_harmless_uses(c)
    remove_figures_of_speech(c)
    remove_hyperbole(c)
    remove_everyday_talk(c)


# --- everyday talk that borrows a danger word ---------------------------------------------

_PHOTO = frozenset({"pic", "pics", "photo", "photos", "picture", "pictures", "camera", "killer", "selfie",
                    "selfies", "video", "videos", "photoshoot", "shoot", "clicked", "candid", "frame", "lens"})
_LAUNDRY = frozenset({"washing", "laundry", "clothes", "kapde", "kapda", "कपड़े", "कपडे", "sheets", "sheet",
                      "towel", "towels", "curtain", "curtains", "painting", "poster", "posters", "lights",
                      "frame", "bedsheets", "jeans", "shirt", "shirts", "socks", "decorations"})
_ARTICLE = frozenset({"her", "his", "the", "my", "our", "their", "some", "a", "up", "out"})
_FROM_ONE = frozenset({"se", "से", "mein", "me", "में", "ne", "ने", "madhe", "मध्ये", "ni", "नी", "la"})
_MEASURE_ENDS = frozenset({"peg", "pegs", "पेग", "पैग", "drink", "drinks", "glass", "beer"})
_MINE = frozenset({"meri", "mera", "mere", "मेरी", "मेरा", "मेरे", "majha", "majhi", "mazha", "mazhi", "माझा",
                   "माझी", "my"})
_KEEPING = ("keep", "kept", "store", "stored", "storing", "rakh", "ठेव", "thev", "lock")
_DRINKING = ("drink_verb", "drank", "drank_bare", "eat", "consume", "use", "use_strong", "smoke_verb")


def remove_everyday_talk(c: Concepts) -> None:
    """"sab pi rahe the, maine nahi pi", "शराब पूरी तरह छूट गई", "ek peg se kuch nahi hota",
    "killer shots", "hung the washing on the balcony", "boss jaan le lega meri", "i'll kill my
    brother if he eats my mango haha": others drinking, what was left behind, an argument
    overheard, photographs, laundry, a boss who works one to death, a joke about a mango.
    The one who drank, a rope, a threat without a laugh still alert."""
    words = c.words
    # What was given up: "शराब पूरी तरह छूट गई" ("छूट" is not "cut").
    without = {h.start for h in c.of("without")}     # "clonazepam without prescription"
    for quit in c.of("quit_more"):
        c.drop("cut", quit.start, quit.end)
        if quit.start in without:
            continue
        for h in c.of(*SUBSTANCE_CONCEPTS):
            if 0 <= quit.start - h.end <= 2 and words[h.start].clause == words[quit.start].clause:
                c.drop(h.concept, h.start, h.end)
    # Others drinking: "sab pi rahe the", "they were drinking" (not "maine sab pi li").
    mine = {h.start for h in c.of("first_person")}
    for other in c.of("others"):
        if any(other.start - 2 <= i < other.start for i in mine):
            continue
        for h in c.of(*_DRINKING):
            if 0 <= h.start - other.end <= 1 and words[h.start].clause == words[other.start].clause:
                c.drop(h.concept, h.start, h.end)
    # "ek peg se kuch nahi hota": from one peg, an argument, not a drink taken.
    for h in c.of("drank", "some_amount", "alcohol", "measure"):
        if words[h.end - 1].raw in _MEASURE_ENDS and _next_raw(words, h, _FROM_ONE):
            c.drop(h.concept, h.start, h.end)
    # "killer shots", "shot the wedding pics".
    for h in c.of("alcohol"):
        if words[h.start].raw.startswith("shot") and any(
                w.raw in _PHOTO for w in words[max(0, h.start - 4):h.end + 4]):
            c.drop("alcohol", h.start, h.end)
    # "hung her washing on my balcony" (a rope, a fan or "myself" keep it a danger).
    for h in c.of("hang"):
        thing = [w.raw for w in words[h.end:h.end + 2]]
        if words[h.start].raw in ("hung", "hang", "hanging", "hangs") and thing and (
                thing[0] in _LAUNDRY or (thing[0] in _ARTICLE and thing[1:] and thing[1] in _LAUNDRY)) \
                and not c.of("self", "me") and len(c.of("hang")) == 1:
            for name in list(c.hits):
                c.drop(name, h.start, h.end)
    # "ye boss jaan le lega meri": the boss is the one doing it, to me, in a manner of speaking.
    for jaan in c.of("jaan"):
        if any(w.raw in _MINE for w in words[max(0, jaan.start - 1):jaan.end + 3]):
            for h in c.of("other_target"):
                if 0 <= jaan.start - h.end <= 2 and not c.of("weapon", "poison", "vehicle", "height"):
                    c.drop("other_target", h.start, h.end)
    # "is it ok to keep the strip in the house": where medicine is kept, not all there is of it.
    for h in c.of("all_there_is"):
        kept = [w.raw for w in _sentence_words(words, h, 4)]
        if words[h.start].raw == "in" and any(r.startswith(_KEEPING) for r in kept) \
                and not any(r in ("all", "every", "saari", "sab", "sagli", "saglya") for r in kept):
            c.drop("all_there_is", h.start, h.end)
    # "dada la": the Marathi "to" folds to the skeleton of "all".
    for name in ("quantity", "it_all", "excess", "too_much"):
        for h in c.of(name):
            if words[h.start].raw in ("la", "ला", "laa"):
                c.drop(name, h.start, h.end)
    # "i'll kill my brother if he eats my mango again haha".
    for h in c.of("kill"):
        if (any(w.raw in _TRIVIAL_AFTER for w in words[h.end:h.end + 5]) and _laughing(c, h, 14)
                and not c.of("weapon", "poison", "means")):
            c.drop("kill", h.start, h.end)
    _drop_story_and_errand(c)


# "sutta" folds to the skeleton of "shoot"; "this" to that of "tees" (thirty).
_CIGARETTE = ("sutt", "सुट्ट", "सुट्टा")
_NOT_A_COUNT = frozenset({"this", "these", "that", "those", "then"})
_PATA = frozenset({"pata", "pta", "पता", "pataa"})
_KNOWING_NEXT = ("chal", "chl", "lag", "hai", "h", "nahi", "nhi", "nai", "naa", "na", "tha", "thi", "hota",
                 "hoga", "kya", "kar", "karo", "kiya", "ho", "चल", "लग", "है", "नहीं", "था", "थी", "होता",
                 "होगा", "क्या", "कर", "किया", "हो", "ना", "न")
_OBJECT_ME = frozenset({"me", "mujhe", "मुझे", "mala", "मला", "mla", "mujhko"})
_ABOUT = frozenset({"about", "abt", "on", "of", "where", "in", "par", "पर", "mein", "में", "me", "var", "वर",
                    "madhe", "मध्ये", "ki", "की", "ka", "का", "chi", "ची", "cha", "चा"})
# What a film or a news story tells, and what an errand fetches, is not the writer's act.
_TOLD_IN_A_STORY = ("kill", "die", "self", "overdose", "suicide", "hang", "poison", "jump")
_FETCHED = ("pills", "pill_count", "sedatives", "sleep", "want")
_FETCH = frozenset({"lene", "लेने", "laane", "lane", "लाने", "kharidne", "खरीदने", "aanayla", "anayla",
                    "आणायला", "ghyayla", "घ्यायला", "get", "buy", "fetch"})
_TAKING_MANY = ("eat", "swallow", "all_there_is", "count", "excess", "too_much", "it_all")


def _drop_story_and_errand(c: Concepts) -> None:
    words = c.words
    for h in c.of("kill", "smoke_verb"):
        if words[h.start].raw.startswith(_CIGARETTE):
            c.drop("kill", h.start, h.end)
    for h in c.of("count"):
        if words[h.start].raw in _NOT_A_COUNT:
            c.drop("count", h.start, h.end)
    # "pata chala", "pata nahi": knowing, not a strip ("patta") of tablets.
    for i, w in enumerate(words[:-1]):
        if w.raw in _PATA and words[i + 1].raw.startswith(_KNOWING_NEXT):
            for name in ("pills", "pill_count", "quantity", "bang"):
                c.drop(name, i, i + 1)
    # "need a fix for my bike": a repair, for a thing.
    for h in c.of("craving"):
        after = [w.raw for w in words[h.end:h.end + 2]]
        if words[h.end - 1].raw == "fix" and after[:1] in (["for"], ["on"], ["to"]) \
                and (c.of("device") and any(h.end <= d.start <= h.end + 3 for d in c.of("device"))):
            c.drop("craving", h.start, h.end)
    # "daru chi athvan pan yet nahi", "yaad bhi nahi aati": it is no longer missed.
    for h in c.of("not_missed"):
        for name in ("mind", "longing", "thought_of", "craving"):
            c.drop(name, h.start, h.end)
    # "tried weed once in college, 15 years ago": long before the programme, told as history.
    if c.of("long_ago") and not c.of("again", "again_strict", "relapse"):
        for ago in c.of("long_ago"):
            sentence = words[ago.start].sentence
            for name in (*SUBSTANCE_CONCEPTS, "use", "took", "drank", "smoke_verb", "use_strong"):
                for h in c.of(name):
                    if words[h.start].sentence == sentence:
                        c.drop(name, h.start, h.end)
    # "get high marks": a score, not a state.
    for h in c.of("get_intox", "high_word", "intoxicated"):
        if h.end < len(words) and words[h.end].raw in _NOT_INTOXICATED_NEXT:
            c.drop(h.concept, h.start, h.end)
    # "bibi ko pata chala to mujhe maar dalegi", "aai la kalala tar mala marun takel": the one
    # who finds out is the one who will "kill" me, over a secret.
    for found in c.of("found_out"):
        for h in c.of("kill"):
            if (words[h.start].sentence == words[found.start].sentence and 0 <= h.start - found.end <= 10
                    and (_before(c, h, "me", gap=1) or _next(c, h, "me"))
                    and not c.of("weapon", "poison", "means", "self")):
                for name in ("kill", "die", "me"):
                    c.drop(name, h.start - 2, h.end + 1)
    # "lol ... my mother in law kept saying shes going to kill him ... all good": someone
    # else's threat, reported with a laugh and an all-clear, is the story of a day.
    if c.of("laugh") and c.of("all_good") and not c.of("weapon", "poison", "means"):
        for h in c.of("kill"):
            if _before(c, h, "third_person", "relation", gap=4) and any(
                    0 <= h.start - t.end <= 5 for t in c.of("talk_of")):
                c.drop("kill", h.start, h.end)
    # "the film was about a guy who killed himself", "news about that overdose case".
    for story in c.of("story"):
        about = next((i for i in range(story.end, min(len(words), story.end + 4))
                      if words[i].raw in _ABOUT), None)
        if about is None:
            continue
        clause = words[about].clause
        end = about + 1
        while end < len(words) and end - about < 12 and words[end].clause == clause:
            end += 1
        if any(about < h.start < end and words[h.start].raw not in _OBJECT_ME for h in c.of("first_person")) \
                or any(about < h.start < end and words[h.start].raw.startswith(("my", "khud", "swat", "खुद", "स्वत"))
                       for h in c.of("self")):
            continue
        for name in _TOLD_IN_A_STORY:
            c.drop(name, about, end)
    # "dadaji ki neend wali goli lene medical gaya tha": fetched for someone, not taken.
    errands = c.of("errand") + [
        Hit("errand", i, i + 1) for i, w in enumerate(words) if w.raw in _FETCH
        and any(i < h.start <= i + 3 for h in c.of("chemist", "go_there"))]
    if errands and c.of("relation", "bystander") and not c.of(*_TAKING_MANY):
        for errand in errands:
            sentence = words[errand.start].sentence
            start, end = max(0, errand.start - 8), errand.end + 8
            if any(words[r.start].sentence == sentence and start <= r.start < end
                   for r in c.of("relation", "bystander")) or any(
                    w.raw in _SOMEONE_S and w.sentence == sentence for w in words[start:end]):
                for name in _FETCHED:
                    c.drop(name, start, end)


# --- hyperbole --------------------------------------------------------------------------

_SO = frozenset({"so", "soo", "sooo", "soooo", "literally", "totally", "basically", "lowkey", "like",
                 "jaise", "jaisa", "जैसे", "जैसा", "sarkha", "सारखा", "sarkhi", "सारखी"})
_SO_MUCH = frozenset({"itna", "itni", "itne", "इतना", "इतनी", "इतने", "etna", "itka", "itki", "इतका",
                      "इतकी", "evdha", "evdhi", "एवढा", "एवढी", "एवढं", "evdh", "so", "too", "kitna",
                      "कितना", "kitni", "कितनी", "bahut", "बहुत", "khup", "खूप"})
_EMPHATIC_HI = frozenset({"hi", "ही", "hee"})
_KILLED_AUX = frozenset({"dala", "daala", "dalega", "dalegi", "daalega", "daalegi", "diya", "dia",
                         "डाला", "डालेगा", "डालेगी", "दिया", "takla", "टाकलं", "टाकला", "takl"})
_A_DOER = frozenset({"ne", "ने", "nay"})
_SPARE = ("sod", "chhod", "chod", "छोड़", "छोड", "सोड")
_FOR_A_THING = frozenset({"pe", "par", "पे", "पर", "var", "वर"})
_TRIVIAL_AFTER = frozenset({"if", "for", "when", "coz", "cuz", "cause", "because", "agar", "jar", "जर",
                            "अगर", "forgot", "forget", "late"})
_FOOTWEAR = frozenset({"joota", "juta", "jootha", "जूता", "जूते", "chappal", "चप्पल", "shoe", "shoes",
                       "sandal", "sandals", "boot", "boots", "बूट", "sandle", "chapla", "चपला"})
_FOOD_CUT = frozenset({"sabzi", "sabji", "सब्जी", "सब्ज़ी", "bhaji", "भाजी", "pyaz", "pyaaz", "प्याज",
                       "kanda", "कांदा", "onion", "onions", "vegetables", "veggies", "vegetable", "fruit",
                       "fruits", "phal", "फल", "aloo", "आलू", "tamatar", "टमाटर", "tomato", "tomatoes",
                       "cake", "bread", "nimbu", "नींबू", "kakdi", "काकडी", "cucumber", "apple", "mango",
                       "aam", "chicken", "meat", "mutton", "salad", "paneer", "पनीर", "gajar", "गाजर"})
_BY_ACCIDENT = frozenset({"gaya", "gayi", "gaye", "gya", "gyi", "गया", "गई", "गए", "gela", "geli", "gele",
                          "गेला", "गेली"})
_SOMEONE_S = frozenset({"moms", "mom's", "mums", "mum's", "dads", "dad's", "wifes", "wife's", "bosses",
                        "boss's", "mummy", "papa", "mammi", "mummi", "aai", "baba", "sir", "teacher"})
_PESTS = frozenset({"rats", "rat", "mice", "chuhe", "chuha", "चूहे", "चूहा", "undir", "उंदीर", "undra",
                    "cockroaches", "keede", "kide", "झुरळ"})
_SHOULD_NOT = frozenset({"naye", "नये", "nako", "नको"})
_PAST_CONTRAST = frozenset({"lekin", "लेकिन", "but", "pan", "पण", "par", "magar", "मगर", "tari", "तरी"})


def _sentence_words(words: list[Token], hit: Hit, before: int) -> list[Token]:
    sentence = words[hit.start].sentence
    return [w for w in words[max(0, hit.start - before):hit.start] if w.sentence == sentence]


def remove_hyperbole(c: Concepts) -> None:
    """"im so dead", "slept like a dead man", "इतना काम है कि मर जाऊंगा", "class ne maar hi
    dala", "mom's gonna kill me if", "is gaane pe jaan de du": dying and killing as a way of
    saying tired, busy, in trouble or in love. A method, a wish of one's own or a farewell
    still alerts (the rules read those from other words)."""
    words = c.words
    for hit in c.of("die", "kill"):
        raw = words[hit.start].raw
        before = _sentence_words(words, hit, 5)
        caused = any(w.raw in _HARMLESS_CAUSES for w in before)
        hyperbole = (
            # "so dead", "like a dead man", "literally dying"
            (raw.startswith(("dead", "ded", "dying", "dyin")) and (
                _before_raw(words, hit, _SO, 1) or _laughing(c, hit, 5)))
            # "इतना काम है कि मर जाऊंगा": so much work that I'll die
            or (caused and any(w.raw in _SO_MUCH for w in before))
            # "class ne to maar hi dala": a doer killed me, emphatically
            or (hit.end + 1 < len(words) and words[hit.end].raw in _EMPHATIC_HI
                and words[hit.end + 1].raw in _KILLED_AUX
                and any(w.raw in _A_DOER for w in _sentence_words(words, hit, 6)))
            # "mom's gonna kill me, forgot the milk", "boss will kill me if"
            or (_next(c, hit, "me") and any(w.raw in _TRIVIAL_AFTER for w in words[hit.end + 1:hit.end + 4])
                and (_before(c, hit, "relation", "bystander", "third_person", gap=3)
                     or _before_raw(words, hit, _SOMEONE_S, 3))))
        if hyperbole and not _next(c, hit, "self", gap=1) and not _wished_really(words, hit):
            for name in ("die", "kill", "me", "copula"):
                for h in c.of(name):
                    if hit.start <= h.start <= hit.end + 1 and h.end <= hit.end + 2:
                        c.drop(name, h.start, h.end)
    for hit in c.of("murder"):
        if _next(c, hit, "me") and any(w.raw in _TRIVIAL_AFTER for w in words[hit.end + 1:hit.end + 4]):
            c.drop("murder", hit.start, hit.end)
    # "baba mla jivant sodnar nahit": someone will not spare me, over a dented bike.
    for hit in c.of("live"):
        if hit.end < len(words) and words[hit.end].raw.startswith(_SPARE) and _before(c, hit, "me", gap=1):
            c.drop("live", hit.start, hit.end)
    # "is gaane pe toh jaan de du": giving one's life for a song is love.
    for hit in c.of("jaan"):
        if any(w.raw in _FOR_A_THING for w in words[max(0, hit.start - 3):hit.start]) \
                and not c.of("vehicle", "height", "poison"):
            c.drop("jaan", hit.start, hit.end)
    # "naya joota kaat raha hai", "sabzi kaat rahi thi": a shoe bites, vegetables are cut.
    kitchen = set()
    for hit in c.of("cut", "wound"):
        if hit.start >= 1 and (words[hit.start - 1].raw in _FOOTWEAR or words[hit.start - 1].raw in _FOOD_CUT):
            c.drop(hit.concept, hit.start, hit.end)
            kitchen.add(words[hit.start].sentence)
    # "... aur haath kat gaya": cutting vegetables, the hand got cut by accident.
    for hit in c.of("cut", "wound"):
        if words[hit.start].sentence in kitchen and _next_raw(words, hit, _BY_ACCIDENT):
            c.drop(hit.concept, hit.start, hit.end)
    # "rats ate half the rice", "gurankade jau naye": pests eat, cattle should not go there.
    for hit in c.of("eat", "take_any"):
        if hit.start >= 1 and words[hit.start - 1].raw in _PESTS:
            c.drop(hit.concept, hit.start, hit.end)
    for hit in c.of("want"):
        if hit.end < len(words) and words[hit.end].raw in _SHOULD_NOT:
            c.drop("want", hit.start, hit.end)
    # "bhay" (fear) and "by" share a skeleton.
    for hit in c.of("fear", "trigger_feeling"):
        if words[hit.start].raw in ("by", "bye"):
            c.drop(hit.concept, hit.start, hit.end)


def _wished_really(words: list[Token], hit: Hit) -> bool:
    """"want to die", "wish i was dead": an explicit wish, not a fused future."""
    return any(w.raw in ("want", "wanna", "wish", "chahta", "chahti", "चाहता", "चाहती", "icchha", "इच्छा")
               for w in words[max(0, hit.start - 3):hit.end + 2])


# --- combining ----------------------------------------------------------------------

def _span(hits: tuple[Hit, ...]) -> tuple[int, int]:
    return min(h.start for h in hits), max(h.end for h in hits)


def _find(c: Concepts, combo: Combination) -> tuple[Hit, ...] | None:
    words = c.words
    candidates = [c.of(*group) for group in combo.parts]
    if not all(candidates):
        return None

    def extend(chosen: tuple[Hit, ...], rest: list[list[Hit]]) -> tuple[Hit, ...] | None:
        if not rest:
            return chosen
        for hit in rest[0]:
            if chosen:
                first = chosen[0]
                if not combo.across and words[hit.start].sentence != words[first.start].sentence:
                    continue
                if combo.order and hit.start < chosen[-1].end:
                    continue
                if not combo.same_word and any(h.start < hit.end and hit.start < h.end for h in chosen):
                    continue
                start, end = _span(chosen + (hit,))
                covered = {i for h in chosen + (hit,) for i in range(h.start, h.end)}
                if end - start - len(covered) > combo.window:
                    continue
            found = extend(chosen + (hit,), rest[1:])
            if found:
                if combo.unless and len(found) > 1:
                    start, end = _span(found)
                    if any(start - 2 <= h.start < end + 2 for h in c.of(*combo.unless)):
                        continue
                return found
        return None

    return extend((), candidates)


def _near(c: Concepts, hits: tuple[Hit, ...], names: tuple[str, ...], before: int, after: int,
          same_clause: bool = True) -> Hit | None:
    words = c.words
    start, end = _span(hits)
    clauses = {words[h.start].clause for h in hits} | {words[h.end - 1].clause for h in hits}
    used = {(h.concept, h.start) for h in hits}
    for name in names:
        reach_before = 0 if name == "weak_negation" else before
        reach_after = 0 if name == "weak_negation" else after
        for h in c.of(name):
            if (h.concept, h.start) in used or any(u.start <= h.start < u.end for u in hits):
                continue
            if same_clause and words[h.start].clause not in clauses:
                continue
            inside_own_words = start <= h.start < end and name == "weak_negation"
            if start - reach_before - 1 <= h.start < end + reach_after and not inside_own_words:
                return h
    return None


def _cancelled(c: Concepts, combo: Combination, hits: tuple[Hit, ...]) -> bool:
    """Relapse: "not drinking", "daru nahi pi", "दारू सोडून". Craving: "no cravings",
    "don't want a drink" (a negation on the wanting, not "struggling not to use")."""
    if any(h.concept in _NEGATORS for h in hits):
        return False
    if combo.category is CR:
        heads = tuple(h for h in hits if h.concept not in SUBSTANCES
                      and h.concept not in ("drink_verb", "drank", "use_strong", "use"))
        if not heads:
            return False
        # "no cravings", "don't want a drink", "will not drink"; but "struggling not to use"
        # is still a struggle.
        first_head = min(heads, key=lambda h: h.start)
        _, end = _span(hits)
        reach = end if first_head.concept in ("want", "copula") else first_head.start
        return any(first_head.start - 1 <= h.start < reach
                   and c.words[h.start].clause == c.words[first_head.start].clause
                   for h in c.of(*_NEGATORS)) or any(
            0 <= first_head.start - h.end <= 1 for h in c.of("quit"))   # "resisted the urge"
    return (_near(c, hits, _NEGATORS, before=3, after=2) is not None
            or _near(c, hits, ("quit",), before=2, after=2) is not None)


def _about_someone_else(c: Concepts, hits: tuple[Hit, ...], category: Category) -> bool:
    """The nearest subject before the finding is another person (and not after "with")."""
    words = c.words
    start, end = _span(hits)
    people = {h.start: "relation" for h in c.of("relation")}
    people.update({h.start: "third" for h in c.of("third_person")})
    first = {h.start for h in c.of("first_person", "self")}
    prepositions = {h.start for h in c.of("preposition")} - {h.start for h in c.of("first_person")}
    sentence = words[start].sentence
    for i in range(start - 1, max(-1, start - 9), -1):
        if words[i].sentence != sentence:
            break
        if i in first:
            return False
        if i in people:
            if people[i] == "relation" and (i - 1 in prepositions or (i - 2 in prepositions and i - 1 not in first)):
                continue
            return True
    if category is HO:      # "uska gala daba dunga": the other person is the one threatened
        return False
    possessive = {h.start for h in c.of("third_person")}
    return any(start <= i < end + 2 for i in possessive) and not any(start <= i < end for i in first)


def _substance(c: Concepts, hits: tuple[Hit, ...]) -> str | None:
    named = [h for h in hits if h.concept in SUBSTANCES]
    if not named:
        sentence = c.words[hits[0].start].sentence
        named = [h for h in c.of(*SUBSTANCE_CONCEPTS) if c.words[h.start].sentence == sentence]
    for hit in named:
        if SUBSTANCES[hit.concept]:
            return SUBSTANCES[hit.concept]
    # "desi chadha li", "tight ho gaya": the words of drinking name alcohol.
    if any(h.concept in ("drank", "drink_verb", "down_it") for h in hits) or any(
            h.start <= d.start < h.end for h in hits for d in c.of("drank")):
        return "alcohol"
    if any(h.concept == "pills" for h in hits):
        return "pills"
    return None


def findings(c: Concepts) -> list[Finding]:
    remove_idioms(c)
    words = c.words
    found: dict[Category, Finding] = {}
    used_by: dict[Category, set[int]] = {}
    for combo in COMBINATIONS:
        if combo.category in found:
            continue
        hits = _find(c, combo)
        if hits is None:
            continue
        hits = tuple(sorted(hits, key=lambda h: h.start))
        negated = False
        if combo.category in CANCELLED_BY_NEGATION:
            if _cancelled(c, combo, hits):
                continue
        else:
            negated = (not any(h.concept in _NEGATORS for h in hits)
                       and _near(c, hits, _NEGATORS, before=3, after=2) is not None)
        indices = sorted({i for h in hits for i in range(h.start, h.end)})
        surface = tuple(dict.fromkeys(" ".join(words[i].surface for i in range(h.start, h.end))
                                      for h in hits))
        found[combo.category] = Finding(
            category=combo.category,
            concepts=tuple(h.concept for h in hits),
            words=surface,
            third_party=_about_someone_else(c, hits, combo.category),
            negated=negated,
            substance=_substance(c, hits) if combo.category is RE else None,
        )
        used_by[combo.category] = set(indices)
    # "mar"/"maar" is both dying and killing: the same words read as suicide and as harm to
    # others. Someone else as the object makes it harm to others; otherwise it is suicide.
    if HO in found and S in found and used_by[S] & used_by[HO]:
        if {"other_target", "relation"} & set(found[HO].concepts):
            if not {"self", "me"} & set(found[S].concepts):
                del found[S]
        else:
            del found[HO]
    return list(found.values())
