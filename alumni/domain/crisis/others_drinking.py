"""Someone else's drinking, told by the writer, removed before the rules combine concepts:

- a relative's or a friend's drunkenness laughed about: "my cousin got so drunk at the
  wedding he fell in the mandap 😂", "chacha itne tight the ki ghodi pe chadh gaye 😂";
- someone else's drinking problem, named as a condition: "my cousin wants to bring his dad
  for the drinking problem", "papa ki peene ki aadat ke liye centre ka number chahiye",
  "त्यांच्या दारूच्या सवयीसाठी";
- someone else who still drinks, referred to the centre by the writer: "I told him about
  the centre and gave him your number", "uski biwi ko bhej du?";
- a distant relative's drinking told with worry for them (round 13, the family phone): "his
  cousin has started drinking a lot, we are worried", "aatecha mulga khup pyayla lagla ahe,
  tyachi kalji vatte"; a husband, a son or a brother, or drinking begun "again", stays;
- everyone drunk and the writer only at the work (round 73: "haldi chya shoot la sagle tight hote,
  mi fakt gimbal gheun firat hoto"); a drink of the writer's after it keeps the reading;
- a relative "struggling with drinking" (round 72), a condition like "the drinking problem".

The writer's own drinking is never read here: the writer in the clause, joining in ("me
too", "maine bhi"), harm done to anyone, or no laugh (for drunkenness) keeps it alerting.
Called from alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts, Hit
from alumni.domain.crisis.detection import Category
from alumni.domain.crisis.spelling import Token
from alumni.domain.crisis.third_party import about_someone_else
from alumni.domain.crisis.word_context import laughing_sentences

_HARM = ("violence", "kill", "weapon", "hurt", "murder", "self", "die", "suicide")
_TOO = frozenset({"too", "also", "bhi", "भी", "pan", "पण", "vi"})
_DRUNK = ("intoxicated", "drank")
_BECAME = frozenset({"got", "get", "gets", "getting", "was", "were", "is", "became"})


def _the_writer_too(c: Concepts) -> bool:
    words = c.words
    return bool(c.of("joined_in")) or any(
        h.end < len(words) and words[h.end].raw in _TOO for h in c.of("first_person"))


# "my cousin", "me": whose or to whom, not who drank.
_NOT_THE_SUBJECT = frozenset({"my", "me", "mera", "meri", "mere", "मेरा", "मेरी", "मेरे", "mujhe", "मुझे", "maza",
                              "mazi", "maze", "majha", "majhi", "माझा", "माझी", "माझे", "mazya", "माझ्या", "mala",
                              "मला", "our", "us", "humara", "hamara", "हमारा", "amcha", "आमचा"})


def _mine_in_clause(c: Concepts, hit: Hit) -> bool:
    words = c.words
    clause = words[hit.start].clause
    return any(words[h.start].clause == clause and words[h.start].raw not in _NOT_THE_SUBJECT
               for h in c.of("first_person"))


def _drunk_and_laughed_about(c: Concepts) -> None:
    words = c.words
    laughing = laughing_sentences(c)
    for hit in c.of(*_DRUNK):
        if words[hit.start].sentence not in laughing or _mine_in_clause(c, hit):
            continue
        if about_someone_else(c, (hit,), Category.RELAPSE):
            # "got drunk": "got" is a use and "drunk" alcohol, of the same cousin
            start = hit.start - 1 if hit.start and words[hit.start - 1].raw in _BECAME else hit.start
            for name in _DRUNK + ("eat", "alcohol", "use"):
                c.drop(name, start, hit.end)


# A condition someone has: "the drinking problem", "peene ki aadat", "दारूची सवय".
_CONDITION = frozenset({"problem", "problems", "issue", "issues", "habit", "addiction", "aadat", "आदत", "lat",
                        "लत", "savay", "सवय", "savaya", "सवयी", "sawaysathi", "सवयीसाठी"})
_LINK = frozenset({"ki", "की", "ka", "का", "chi", "ची", "cha", "चा", "chya", "च्या"})
_TAKING = ("drank", "drink_verb", "use", "use_strong", "drank_bare", "eat", "alcohol", "drugs")


# Or named before it: "my brother-in-law who is also struggling with drinking" (round 72).
_STRUGGLING = frozenset({("struggling", "with"), ("struggles", "with"), ("suffering", "from"), ("fighting", "with")})


def _condition_of(c: Concepts, hit: Hit) -> bool:
    words = c.words
    if hit.start >= 2 and (words[hit.start - 2].raw, words[hit.start - 1].raw) in _STRUGGLING:
        return True
    after = [t.raw for t in words[hit.end:hit.end + 3] if t.clause == words[hit.start].clause]
    if after[:1] and after[0] in _LINK:
        after = after[1:]
    return bool(after) and (after[0] in _CONDITION or after[0].startswith(("सवय", "savay")))


def _someone_elses_problem(c: Concepts) -> None:
    for hit in c.of(*_TAKING):
        if _condition_of(c, hit) and not _mine_in_clause(c, hit) \
                and about_someone_else(c, (hit,), Category.RELAPSE):
            for name in _TAKING:
                c.drop(name, hit.start, hit.end)


# A use begun again, or a return from the centre: the family's report of the alumnus
# ("my husband drinks every night again", "since he came back from the centre he drinks").
_AGAIN = ("again", "relapse", "broke_count", "after_clean", "after_period")
# Who was never sober, or never the centre's: "still drinks", "abhi bhi peeta hai", a friend.
_STILL_OR_FRIEND = frozenset({"still", "ajun", "अजून", "ajunhi", "अजूनही", "abhibhi",
                              "friend", "friends", "dost", "दोस्त", "mitra", "मित्र", "mitrala", "मित्राला",
                              "colleague", "neighbour", "neighbor", "padosi", "पड़ोसी", "shejari", "शेजारी"})


def _referred_to_the_centre(c: Concepts) -> None:
    """Someone else who still drinks, sent towards the centre by the writer: "my friend still
    drinks every night, I told him about the centre and gave him your number", "dost roz
    peeta hai ... uski biwi ko bhej du?". Their drinking is the reason for a referral, not a
    relapse; one begun again ("drinks again", "phir se peene laga") is a relapse reported and
    stays."""
    if not c.of("referral") or c.of(*_AGAIN):
        return
    if not any(t.raw in _STILL_OR_FRIEND for t in c.words):
        return      # "my husband drinks every night, gave him your number": maybe an alumnus
    for hit in c.of(*_TAKING, "time"):
        if not _mine_in_clause(c, hit) and about_someone_else(c, (hit,), Category.RELAPSE):
            for name in _TAKING + ("time",):
                c.drop(name, hit.start, hit.end)


# A relative named by their relation to the writer or to the alumnus, who is not the
# alumnus (round 13, the family phone): a cousin, an uncle's or an aunt's son, an in-law, a
# neighbour. The near family (a husband, a son, a brother, a father) may be the alumnus
# and is never read here.
_DISTANT = frozenset({
    "cousin", "cousins", "cousin's", "neighbour", "neighbor", "neighbours", "neighbors", "padosi", "पड़ोसी",
    "पडोसी", "padosan", "पड़ोसन", "shejari", "शेजारी", "shejarcha", "शेजारचा", "shejarchya", "शेजारच्या",
    "jija", "jiju", "jijaji", "jeeju", "जीजा", "जीजाजी", "जिजाजी", "जीजू", "saala", "साला", "saale", "devar",
    "देवर", "nandoi", "ननदोई", "mehuna", "mehune", "मेहुणा", "मेहुणे", "mehunyanchya", "मेहुण्यांच्या",
    "mehunya", "daji", "दाजी", "bhauji", "brother-in-law", "colleague", "colleagues"})
# Or their child: "aatecha mulga", "mama ka ladka", "chacha ka beta", "uncle's son".
_THEIR_CHILD = frozenset({"mulga", "मुलगा", "porga", "पोरगा", "mulgi", "मुलगी", "ladka", "लड़का", "ladki",
                          "लड़की", "beta", "बेटा", "beti", "बेटी", "son", "daughter", "boy"})
_UNCLES_AND_AUNTS = ("aate", "aatya", "atya", "aatech", "आत्या", "आते", "mama", "मामा", "kaka", "काका",
                     "mavshi", "मावशी", "chacha", "चाचा", "chachi", "चाची", "bua", "बुआ", "mausi", "मौसी",
                     "tau", "ताऊ", "taya", "ताया", "phupha", "फूफा", "uncle", "aunt", "aunty", "auntie")
# Worry for them: "we are worried for him", "tyachi kalji vatte", "uski chinta hai".
_WORRY = ("worr", "concern", "chint", "चिंत", "fikar", "fikr", "फ़िक्र", "फिक्र", "फिकर", "kalji", "kalaji",
          "काळजी", "tension", "टेंशन", "tenshan")
# With them, the writer drank too: "cousin ke saath pi li", "शेजाऱ्यासोबत घेतली".
_WITH = frozenset({"saath", "sath", "साथ", "sobat", "सोबत", "barobar", "बरोबर", "with", "sang", "संग", "naal",
                   "and", "aur", "और", "ani", "aani", "आणि"})
# Begun again: a relapse reported, whoever the relative is.
_AGAIN_TOLD = ("again_strict", "relapse", "broke_count", "after_clean", "after_period")


def _distant_relative(words: list[Token], i: int) -> bool:
    raw = words[i].raw
    if raw in _DISTANT:
        return True
    return raw in _THEIR_CHILD and any(w.raw.startswith(_UNCLES_AND_AUNTS) for w in words[max(0, i - 2):i])


def _a_relatives_drinking_worried_about(c: Concepts) -> None:
    """"his cousin has started drinking a lot, we are worried for the cousin", "aatecha
    mulga khup pyayla lagla ahe, tyachi kalji vatte": a distant relative's drinking, told
    with worry for them. Begun again ("phir se", "relapse") it stays: that may be the
    alumnus, reported."""
    words = c.words
    if c.of(*_AGAIN_TOLD) or not any(t.raw.startswith(_WORRY) for t in words):
        return
    for hit in c.of(*_TAKING, "use_strong", "take_wish", "drink_verb", "drank_bare"):
        sentence = words[hit.start].sentence
        before = range(hit.start - 1, max(-1, hit.start - 6), -1)
        subject = next((i for i in before if words[i].sentence == sentence and _distant_relative(words, i)), None)
        if subject is None or _mine_in_clause(c, hit) or any(
                subject < h.start < hit.start for h in c.of("first_person", "self")) or any(
                w.raw in _WITH for w in words[subject + 1:hit.start]):
            continue
        for name in _TAKING + ("use_strong", "take_wish", "drink_verb", "drank_bare"):
            c.drop(name, subject, hit.end)


# Everyone drunk, and the writer only at the work: "haldi chya shoot la sagle tight hote, mi fakt gimbal gheun
# firat hoto" (round 73).
_EVERYONE = frozenset({"sagle", "सगळे", "sab", "सब", "sabhi", "सभी", "everyone", "everybody", "all", "baki", "बाकी"})
_ONLY_I = frozenset({("mi", "fakt"), ("मी", "फक्त"), ("main", "sirf"), ("मैं", "सिर्फ"), ("mai", "sirf"), ("i", "only"),
                     ("i", "just"), ("mi", "tar"), ("मी", "तर")})


_A_DRINK_OF_MINE = ("alcohol", "drink_unit", "measure", "use_strong", "down_it", "drugs", "cannabis")


def _everyone_drunk_but_me(c: Concepts) -> None:
    words = c.words
    only_me = [i for i in range(len(words) - 1) if (words[i].raw, words[i + 1].raw) in _ONLY_I]
    if not only_me or _the_writer_too(c):
        return
    for hit in c.of("intoxicated"):
        everyone = any(w.raw in _EVERYONE for w in words[max(0, hit.start - 2):hit.start])
        if everyone and not _mine_in_clause(c, hit) and any(i >= hit.end for i in only_me) \
                and not any(h.start >= hit.end for h in c.of(*_DRUNK, *_A_DRINK_OF_MINE)):
            for name in _DRUNK + ("alcohol",):
                c.drop(name, hit.start, hit.end)


def remove_others_drinking(c: Concepts) -> None:
    _everyone_drunk_but_me(c)
    if c.of(*_HARM) or _the_writer_too(c):
        return
    _drunk_and_laughed_about(c)
    _someone_elses_problem(c)
    _referred_to_the_centre(c)
    _a_relatives_drinking_worried_about(c)
