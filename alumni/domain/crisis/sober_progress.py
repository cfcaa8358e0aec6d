"""Progress told with the words of using: a relapse finding that the message itself places
in the past or on someone else, beside the writer's sobriety now.

Three shapes, in every language and script (the words are in
areas/substance_use/progress.py):

- a slip anchored to an old time (a month, last year, "pichle saal", "मागच्या वर्षी", "used
  to") and a clean count or sobriety after it: "slipped in march, day 60 today", "ek baar
  fisal gaya tha january me, ab 80 din"; the old habit remembered against today ("pichle
  saal roj peeta tha, aaj dukaan pe baitha hu"). A recent anchor in the slip's clause
  ("kal", "last night", "this week", "आता") keeps it a relapse;
- the others drank and the writer did not: "sab pee rahe the, maine juice piya", "Dad
  poured me a drink. I said no", "मित्राने बाटली दिली, मी परत केली", the bottle poured down
  the sink; a use of the writer's own anywhere else keeps it a relapse;
- a clean count of a substance: "6 months off smack", "100 din bina chitta".

Only relapse is read here: a crisis of any other kind is never cancelled by it. When in
doubt it keeps the finding: a false alarm costs a phone call.

Sobriety told in passing (walking past the shop, the drink money saved, a testimony, kept
outside) is read before the rules, in kept_from_drink.py.
"""
from __future__ import annotations

from collections.abc import Sequence

from alumni.domain.crisis.clean_counts import CLEAN_OF, LONG_ENOUGH, RECENT_RAW, days_counted, streak_it_broke
from alumni.domain.crisis.concepts import SUBSTANCE_CONCEPTS, Concepts, Hit
from alumni.domain.crisis.detection import Category
from alumni.domain.crisis.spelling import Token
from alumni.domain.crisis.third_party import about_someone_else

Span = tuple[int, int]

# Words of using or a substance: after the told past, any of them unrefused is a use now.
_USING = ("relapse", "drank", "intoxicated", "use_strong", "bare_use") + SUBSTANCE_CONCEPTS
# Verbs of taking anything ("खाते" is an account and eats, "pi" is tea too): a use only with
# a substance in their clause.
_TAKING = ("drink_verb", "took", "take_any", "down_it", "drank_bare", "sniff", "smoke_verb",
           "needle_verb", "pill_use")
# "like before" is no anchor in the past: "pehle jaisi li", "पयले सारखी घेतली" is a slip now.
_LIKE = frozenset({"jaisa", "jaisi", "jaise", "जैसा", "जैसी", "जैसे", "sarkhi", "sarkha",
                   "सारखी", "सारखा", "सारखं", "like", "ki", "की", "ke"})
_PAST_RAW = frozenset({"aadhi", "आधी", "adhi"})
# A turn ("but") or a recent time: a refusal beside them may be the writer's before a slip.
_TURN_OR_RECENT = RECENT_RAW | frozenset({
    "but", "though", "yet", "par", "pr", "पर", "lekin", "लेकिन", "magar", "मगर", "pan", "पण",
    "yesterday", "last", "tonight", "today", "kalch", "कालच", "raat", "रात", "रात्री", "ratri"})
# "started again from zero": the count begun again, not the using.
_FROM_ZERO = frozenset({"zero", "scratch", "शून्य", "shunya", "शून्यापासून", "shunyapasun", "0"})
# The writer joining in: "maine bhi", "mi pan", "me too".
_TOO = frozenset({"bhi", "भी", "pan", "पण", "too", "also", "pun"})
# The company one drank with is no one else's drinking: "dosto ke saath", "with friends".
_WITH = frozenset({"saath", "sath", "साथ", "sobat", "सोबत", "barobar", "बरोबर", "with"})
_REFUSING = ("negation", "quit", "abstained")
_OBJECT_ME = frozenset({"me", "mujhe", "mujhko", "mala", "मुझे", "मला", "muje"})
# Whose, not who: "माझे सासरे पण म्हणाले एक पेग घ्या", "mere sasur ne bola": the writer's
# relative offering it is no writer drinking.
_MY = frozenset({"my", "mera", "mere", "meri", "मेरा", "मेरे", "मेरी", "maza", "maze", "mazi", "majha", "majhe",
                 "majhi", "माझा", "माझे", "माझी", "mazya", "majhya", "माझ्या", "our", "hamare", "हमारे",
                 "amche", "आमचे"})


# Marked on the message where a relapse was read as progress: the classifier's relapse
# opinion defers to it (alumni.domain.crisis.detector), its other opinions do not.
PROGRESS_TOLD = "progress_told"


def told_as_progress(c: Concepts, spans: Sequence[Span]) -> bool:
    """The relapse finding made of `spans` is progress told, not a use now; if so, marked on
    `c` as PROGRESS_TOLD."""
    told = (_past_slip_then_clean(c, spans) or _others_used_writer_did_not(c, spans)
            or _count_off_substance(c, spans) or _habit_of_before(c, spans))
    if told:
        c.add(PROGRESS_TOLD, min(s for s, _ in spans), max(e for _, e in spans))
    return told


def only_refused_use(c: Concepts) -> bool:
    """Every word of using in the message is refused ("i dont want to get drunk ever again",
    "daru nahi pi", "परत कधीच पिणार नाही"): the rules read no use, and the classifier's
    relapse opinion, which weighs "again" beside the using word, defers to them."""
    hits = c.of(*_USING)
    if not hits or any(w.raw in _TURN_OR_RECENT for w in c.words):
        # "dont want to drink again but i did last night": a turn or a recent time keeps the
        # classifier's word.
        return False
    return all(refused_at(c, h.start) or _unwanted_before(c, h.start) for h in hits)


def _unwanted_before(c: Concepts, i: int) -> bool:
    """ "dont want to get drunk": not wanted, a few words before in the same clause."""
    clause = c.words[i].clause
    return any(0 < i - h.start <= 5 and c.words[h.start].clause == clause for h in c.of("unwanted"))


def refused_at(c: Concepts, i: int) -> bool:
    clause = c.words[i].clause
    return any(h.start <= i < h.end or (0 < i - h.start <= 3 and c.words[h.start].clause == clause)
               for h in c.of(*_REFUSING))


def _used_in(c: Concepts, indices: set[int], beside: Sequence[Span] = ()) -> bool:
    """A word of using or a substance at `indices`, not refused and not one of `beside`."""
    taken = {i for s, e in beside for i in range(s, e)}
    drinks = {i for h in c.of("own_drink") for i in range(h.start, h.end)}
    words = c.words
    # "dropped 3 drunk colleagues home": the word describes the others, not the writer.
    described = {h.start - 1 for h in c.of("drinkers", "relation")}
    named = {words[h.start].clause for h in c.of(*SUBSTANCE_CONCEPTS)
             if h.start not in drinks and h.end - 1 not in described}
    return any(h.start in indices and h.start not in taken and h.start not in drinks
               and h.end - 1 not in described and not refused_at(c, h.start)
               and not any(w.raw in _FROM_ZERO for w in words[h.end:h.end + 3])
               for h in c.of(*_USING)) or any(
        h.start in indices and h.start not in taken and words[h.start].clause in named
        and not refused_at(c, h.start) for h in c.of(*_TAKING))


def _recent_in(c: Concepts, clause: int) -> bool:
    """A time close to the message in `clause`: "kal raat", "last night", or the short words read as typed."""
    words = c.words
    return any(words[h.start].clause == clause for h in c.of("recent")) or any(
        w.clause == clause and w.raw in RECENT_RAW for w in words)


def _past_slip_then_clean(c: Concepts, spans: Sequence[Span]) -> bool:
    words = c.words
    start = min(s for s, _ in spans)
    clause = words[start].clause
    last = max(i for i, w in enumerate(words) if w.clause == clause)

    def here(h: Hit) -> bool:
        return words[h.start].clause == clause

    if _recent_in(c, clause):
        return False    # "kal raat fisal gaya", "slipped last night": a slip now
    anchored = any(here(h) and not (h.end < len(words) and words[h.end].raw in _LIKE)
                   for h in c.of("past_anchor", "long_ago", "years_ago")) or any(
        w.clause == clause and len(w.raw) == 4 and w.raw.isdigit() and w.raw[:2] in ("19", "20")
        for w in words) or any(  # "in 2019"
        w.clause == clause and w.raw in _PAST_RAW and (i + 1 >= len(words) or words[i + 1].raw not in _LIKE)
        for i, w in enumerate(words))
    habitual = any(here(h) for h in c.of("habitual_past"))
    if not (anchored or habitual):
        return False
    after = set(range(last + 1, len(words)))
    if _used_in(c, after):
        return False    # "used to drink daily; yesterday drank again"
    # Years back, or a habit of before ("पहले ... पड़ा रहता था"): the clean count may come first
    # ("11 months now. Three years back I was found lying drunk"), if no other clause tells a use.
    far_back = any(here(h) for h in c.of("years_ago")) or (anchored and habitual)
    # (the others' drinking elsewhere is theirs: "the other drivers drink every night")
    theirs = {words[h.start].clause for h in c.of("drinkers", "relation", "third_person")}
    elsewhere = {i for i, w in enumerate(words) if w.clause != clause and w.clause not in theirs}
    count_first = far_back and not _used_in(c, elsewhere, spans)
    counted = any((h.start > last or (count_first and words[h.start].clause != clause))
                  and (days_counted(c, h) or 0) >= LONG_ENOUGH and not streak_it_broke(words, h)
                  for h in c.of("period"))
    sober = any(h.start > last for h in c.of("quit"))
    now = any(h.start > last for h in c.of("recent")) or any(
        w.raw in RECENT_RAW for w in words[last + 1:])
    return counted or sober or (anchored and habitual and now)


# "earlier", typed in full: "पूर्वी सरळ बारमध्ये जायचो" ("aadhi" is in _PAST_RAW).
_EARLIER_RAW = _PAST_RAW | frozenset({"purvi", "poorvi", "पूर्वी", "earlier"})
# A use told again, anywhere in the message: the old habit is no longer only the past.
_AGAIN = ("again", "again_strict", "begun_again", "relapse", "is_back")
_RECENT_TOO = frozenset({"कालपण", "kalpan", "kaalpan", "आजपण", "aajpan", "ajpan", "kalbhi", "aajbhi"})


def _habit_of_before(c: Concepts, spans: Sequence[Span]) -> bool:
    """ "बेटी के लिए पायल ली, पहले सब दारू में जाता था", "पूर्वी सरळ गुत्त्यावर गेलो असतो, आज
    मंदिरात गेलो": every substance of the finding sits in a clause that tells the habit of
    before (an "earlier" and a habitual verb) or what would have happened, and no clause tells a
    use, or a use again, now."""
    words = c.words
    using = {h.start for h in c.of(*_USING, "drink_place", "liquor_place")}
    own = [(s, e) for s, e in spans if s in using]
    if not own or c.of(*_AGAIN):
        return False
    clauses = {words[s].clause for s, _ in own}

    def in_clauses(h: Hit) -> bool:
        return words[h.start].clause in clauses

    for clause in clauses:
        if _recent_in(c, clause):
            return False
        earlier = any(w.clause == clause and w.raw in _EARLIER_RAW for w in words) or any(
            words[h.start].clause == clause for h in c.of("past_anchor", "long_ago", "years_ago"))
        habit = any(words[h.start].clause == clause for h in c.of("habitual_past"))
        would = any(words[h.start].clause == clause for h in c.of("would_have"))
        if not (would or (earlier and habit)):
            return False
    others = {i for i, w in enumerate(words) if w.clause not in clauses}
    if any(w.raw in _RECENT_TOO or (w.raw in RECENT_RAW and i + 1 < len(words) and words[i + 1].raw in _TOO)
           for i, w in enumerate(words) if i in others):
        return False    # "पूर्वी बारमध्ये जायचो, कालपण गेलो": the habit, and yesterday too
    return not any(in_clauses(h) for h in c.of("joined_in")) and not _used_in(c, others, spans)


def _others_used_writer_did_not(c: Concepts, spans: Sequence[Span]) -> bool:
    words = c.words
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    sentence, clause = words[start].sentence, words[start].clause
    clauses = {words[i].clause for s, e in spans for i in range(s, e)}   # "party, everyone on whisky"
    disposed = any(words[h.start].sentence == sentence for h in c.of("disposed"))
    others = c.of("drinkers", "relation", "third_person", "handed_over", "offered")
    if any(0 <= t.start - o.end <= 4 and any(a <= t.start < b for a, b in spans) and not refused_at(c, t.start)
           for o in c.of("offered", "handed_over") for t in c.of("took", "accepted")):
        return False    # offered, and taken: "injection cha offer aala, ghetla ani nighalo" (round 44)
    named = [(s, e) for s, e in spans if any(u.start == s for u in c.of(*SUBSTANCE_CONCEPTS))]
    own_drink = bool(named) and all(any(h.start <= s and e <= h.end for h in c.of("own_drink"))
                                    for s, e in named)
    # the others named before it, or right after it: "5 drunk guys", "nashe me dost".
    theirs = about_someone_else(c, tuple(Hit("span", s, e) for s, e in spans), Category.RELAPSE) or any(
        words[h.start].clause in clauses and h.start <= end and not _with(c, h) for h in others) \
        or _present(c, spans)
    if c.of("joined_in") or any(h.end < len(words) and words[h.end].raw in _TOO
                                and words[h.start].raw not in _OBJECT_ME | _MY for h in c.of("first_person")):
        return False    # "maine bhi thoda le liya": the writer joined in ("मला पण विचारलं": was asked too)
    # the writer as the subject, before it: "maine coke li", not "he got drunk and i left".
    mine_in_clause = any(words[h.start].clause in clauses and h.start < start
                         and words[h.start].raw not in _OBJECT_ME | _MY and not _postposition(c, h)
                         for h in c.of("first_person"))
    if not disposed:
        if mine_in_clause and not (own_drink and _drinking_others(c, clause)):
            return False    # "maine bhi pi li": the writer drank too
        if not theirs and not (own_drink and _drinking_others(c, clause)):
            return False
    # The writer's own act of keeping out, not a quitting word: "hun band hai" after a slip
    # is a slip told.
    # The writer's drink may be the finding's own word ("dost pee rahe the, maine coke li").
    abstained = any(_mine_or_unnamed(c, h) for h in c.of("abstained", "disposed") + _declined(c)) or any(
        _mine(c, h) for h in c.of("own_drink")) or any(
        _mine_or_unnamed(c, h) and refused_at(c, h.start) and h.start > end
        and not words[h.end - 1].raw.endswith(_FUTURE_ENDINGS)
        for h in c.of("drank", "drink_verb", "drank_bare"))     # "me kahich nahi pyalo" (round 34)
    if not abstained:
        return False
    # The writer's own clauses elsewhere: none of them tells a use.
    mine = {words[h.start].clause for h in c.of("first_person") if words[h.start].raw not in _OBJECT_ME}
    mine.discard(clause)
    return not _used_in(c, {i for i, w in enumerate(words) if w.clause in mine}, spans)


# "मेरे हाथ में छाछ थी", "mere glass me juice": the drink in the writer's hand (round 14).
_HAND = frozenset({"haath", "hath", "हाथ", "हात", "hatat", "हातात", "hand", "glass", "ग्लास", "gilas"})


# A refusal of the future is a promise, not a day kept: "सिर्फ एक बार पी थी सर, अब नहीं पिऊँगा".
_FUTURE_ENDINGS = ("गा", "गी", "गे", "ga", "gi", "ge", "णार", "नार", "nar")


# "mele mein ganja chal raha tha" (round 33): "mein", "me", "में" after a word of its clause is
# "in", not "I".
_IN = frozenset({"mein", "me", "में", "mai"})


def _postposition(c: Concepts, hit: Hit) -> bool:
    words = c.words
    return words[hit.start].raw in _IN and hit.start > 0 and words[hit.start - 1].clause == words[hit.start].clause


def _mine(c: Concepts, hit: Hit) -> bool:
    words = c.words
    clause = words[hit.start].clause
    if any(words[h.start].clause == clause for h in c.of("first_person")):
        return True
    # in my hand, and nothing else in it ("mere glass me whisky soda" is a drink of the writer's)
    return not any(words[h.start].clause == clause for h in c.of(*_USING)) and any(
        t.clause == clause and t.raw in _MY and k + 1 < len(words) and words[k + 1].raw in _HAND
        for k, t in enumerate(words))


# Anyone at all: a clause with none of them says what the writer did ("मना कर दिया").
_PEOPLE = ("first_person", "relation", "third_person", "other_target", "drinkers", "bystander")


def _mine_or_unnamed(c: Concepts, hit: Hit) -> bool:
    """The writer's refusal: "I" in its clause, or nobody named there (Hindi and Marathi drop
    the "I": "फिर पूछा, मना कर दिया")."""
    clause = c.words[hit.start].clause
    people = [h for h in c.of(*_PEOPLE) if c.words[h.start].clause == clause]
    return any(h.concept == "first_person" for h in people) or not people


def _declined(c: Concepts) -> list[Hit]:
    """Not going, after an invitation in the sentence: "प्यायला बोलावलं, मी गेलो नाही"."""
    words = c.words
    return [h for h in c.of("not_gone") if any(
        o.end <= h.start and words[o.start].sentence == words[h.start].sentence
        for o in c.of("handed_over", "offered"))]


# "शादी में दारू थी", "there was a free bar": the substance was there, served to the others.
_THERE = frozenset({"thi", "tha", "the", "थी", "था", "थे", "hoti", "hota", "hote", "होती", "होता", "होते",
                    "was", "were", "served", "flowing", "available", "chalu", "चालू",
                    # served at the party (holdout 100): "शराब परोसी गई", "दारू वाढली"
                    "परोसी", "परोसा", "परोसे", "parosi", "parosa", "parose", "वाढली", "vadhli",
                    # kept around: "thinner roz aas paas hota hai", "dukaan me rehta hai"
                    "rehta", "rehti", "rehte", "rahta", "rahti", "रहता", "रहती", "रहते", "असते", "asto", "aste"})


_THERE_BEFORE = frozenset({"was", "were", "is", "had"})
# Going round the gathering (round 14): "चिलम चल रही थी", "daaru chal rahi thi", "बाटली फिरत होती",
# "a joint was going around"; the verb and its auxiliary right after the substance.
_GOING_ROUND = frozenset({"chal", "चल", "ghoom", "ghum", "घूम", "घुम", "firat", "phirat", "फिरत", "going",
                          "passed", "passing", "doing"})
_ROUND_AUX = frozenset({"rahi", "raha", "rahe", "रही", "रहा", "रहे", "hoti", "hota", "hote", "होती", "होता",
                        "होते", "around", "round", "the"})


def _going_round(words: list[Token], e: int) -> bool:
    return e + 1 < len(words) and words[e].raw in _GOING_ROUND and words[e + 1].raw in _ROUND_AUX


def _present(c: Concepts, spans: Sequence[Span]) -> bool:
    """"दारू थी", "there was whisky": the substance was there, said of it a few words on with
    no taking between ("thinner roz aas paas hota hai", "शराब परोसी गई"); or going round
    ("चिलम चल रही थी")."""
    words = c.words
    taking = {h.start for h in c.of(*_TAKING, *_USING)}
    return any(_there_after(c, s, e, taking) or _going_round(words, e)
               or (s >= 2 and words[s - 1].raw in _THERE_BEFORE and words[s - 2].raw == "there")
               for s, e in spans for sub in c.of(*SUBSTANCE_CONCEPTS) if sub.start == s and sub.end == e)


def _there_after(c: Concepts, s: int, e: int, taking: set[int]) -> bool:
    """A "was there" word a few words after the substance at s:e, before any word of taking."""
    words = c.words
    for i in range(e, min(e + 4, len(words))):
        if words[i].clause != words[s].clause or i in taking:
            return False
        # English "the" is Hindi "थे" typed only right after the substance ("daru the")
        if words[i].raw in _THERE and (i == e or words[i].raw != "the"):
            return True
    return False


def _with(c: Concepts, hit: Hit) -> bool:
    words = c.words
    return any(0 <= i < len(words) and words[i].raw in _WITH
               for i in (hit.start - 1, hit.end, hit.end + 1))


def _drinking_others(c: Concepts, clause: int) -> bool:
    """The others drinking in another clause: "dost pee rahe the, maine coke li"."""
    words = c.words
    return any(words[o.start].clause != clause and any(
        words[u.start].clause == words[o.start].clause for u in c.of(*_USING, *_TAKING))
        for o in c.of("drinkers", "relation"))


def _count_off_substance(c: Concepts, spans: Sequence[Span]) -> bool:
    """"6 months off smack", "100 din bina chitta": the substance is what the count is clean of."""
    words = c.words
    inside = {i for s, e in spans for i in range(s, e)}
    for sub in c.of(*SUBSTANCE_CONCEPTS):
        if sub.start not in inside or sub.start < 2:
            continue
        if words[sub.start - 1].raw not in CLEAN_OF:
            continue
        if any(p.end == sub.start - 1 and days_counted(c, p) for p in c.of("period")):
            verbs = [h for h in c.of("relapse", "drank", "use_strong", "drink_verb", "use", "bare_use")
                     if h.start in inside and words[h.start].clause == words[sub.start].clause]
            return not verbs
    return False


def clean_count_told(c: Concepts) -> bool:
    """The message counts days clean of a substance ("100 days without chitta", "DAY 7 NO MD",
    "6 mahine bina daru") and tells no slip: a relapse the classifier only finds resemblance
    to defers to it."""
    if c.of("relapse", "again", "broke_count", "gave_in"):
        return False
    words = c.words
    counts = [p for p in c.of("period") if days_counted(c, p)]
    for sub in c.of(*SUBSTANCE_CONCEPTS):
        if sub.start < 1 or words[sub.start - 1].raw not in CLEAN_OF:
            continue
        if any(words[p.start].clause == words[sub.start].clause and p.end <= sub.start for p in counts):
            return True
    return False
