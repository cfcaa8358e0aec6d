"""Praise at a celebration said with dying and killing (round 20): a sweet "so good you would
just die" ("इमरती ऐसी थी कि मर ही जाओ", "biryani itni mast thi ki mar jao") and a dancer who
"murdered" the floor or the stage ("तूने डांस फ्लोर पर कत्ल कर दिया", "killed it on the dance
floor"), anything that "murdered it", and a song or a haircut that "set it on fire". Read by
alumni.domain.crisis.idioms before the rules: the dying or the killing is forgotten.

Only in these shapes: "you would die" is the general "you" after "so ... that" ("मर जाओ" after
"ऐसी थी कि"), never "I"; the killing sits in one clause with the dance floor or the stage, done
by "you" to nobody named. "मन करता है मर जाऊं" and "usne stage ke peeche uska katl kar diya" keep
their reading.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_DYING = ("die", "kill", "strike", "use", "abuse_again", "exh_kept_striking", "line_verb")
_KILLING = ("murder", "kill", "cut")
# So ... that: "ऐसी थी कि", "itni mast thi ki".
_SO = frozenset({"ऐसी", "ऐसा", "ऐसे", "इतनी", "इतना", "इतने", "aisi", "aisa", "aise", "itni", "itna", "itne",
                 "asli", "असली", "इतकी", "इतका", "itki", "itka", "अशी", "asha", "ashi"})
_THAT = frozenset({"कि", "की", "ki", "ke"})
# The general "you" would die: "जाओ", "jao", "जाएं", "जावो".
_YOU_GO = frozenset({"जाओ", "jao", "jaao", "जाएं", "जायें", "jaaye", "jaye", "जावो", "jaoge", "जाओगे", "जाल",
                     "jaal"})
_STAGE = frozenset({"dance", "डांस", "floor", "फ्लोर", "stage", "स्टेज", "performance", "परफॉर्मेंस", "ramp",
                    "sangeet", "संगीत", "mehfil", "महफ़िल", "महफिल", "garba", "गरबा", "dandiya", "डांडिया"})

# The dancer praised is "you": "तूने", "tune", "you", "aapne".
_YOU = frozenset({"तूने", "tune", "tuney", "तू", "tu", "you", "u", "aapne", "आपने", "tumne", "तुमने", "tumhi",
                  "तुम्ही", "tuza", "तुझा", "tujha"})
# Someone killed: then it is no praise.
_SOMEONE = frozenset({"uska", "usko", "उसका", "उसको", "उसे", "use", "him", "her", "them", "tyacha", "त्याचा",
                      "tyala", "त्याला", "unka", "उनका", "inka", "इसका", "iska", "isko", "इसको"})


def _so_that_you_die(c: Concepts) -> None:
    words = c.words
    for hit in c.of("die"):
        before = [w.raw for w in words[max(0, hit.start - 5):hit.start]]
        after = [w.raw for w in words[hit.end:hit.end + 3]]
        if not (before and any(b in _THAT for b in before[-2:]) and any(b in _SO for b in before)):
            continue
        if any(a in _YOU_GO for a in after):
            for name in _DYING:
                c.drop(name, hit.start, hit.end + 3)


def _killed_it_on_stage(c: Concepts) -> None:
    words = c.words
    for hit in c.of("murder", "kill"):
        clause = words[hit.start].clause
        said = {w.raw for w in words if w.clause == clause}
        # "you", or the thing that played (round 33: "the drop absolutely murdered the floor")
        if said & _STAGE and said & (_YOU | _PRAISED) and not said & _SOMEONE:
            for name in _KILLING:
                c.drop(name, hit.start, hit.end)


# Round 32 (holdout 100, salons): "that skin fade absolutely murdered it": a thing that
# "murdered it" or "killed it" did superbly; "it" is the object, and nobody is ("kill it all",
# "ended it" and "kill him" keep their reading).
_DONE_KILLING = frozenset({"murdered", "murderd", "killed", "kiled", "slayed"})
_IT = frozenset({"it", "itt"})
_IT_ALL = frozenset({"all", "off", "myself", "self"})


def _killed_it(c: Concepts) -> None:
    words = c.words
    for hit in c.of("murder", "kill"):
        after = [w.raw for w in words[hit.end:hit.end + 2]]
        if words[hit.end - 1].raw in _DONE_KILLING and after[:1] and after[0] in _IT \
                and not _IT_ALL.intersection(after[1:]):
            for name in _KILLING:
                c.drop(name, hit.start, hit.end)


# Round 32 (holdout 100): "is fade ne toh aag laga di bhai": a haircut, a song or a dance that
# "set it on fire". The thing praised is the subject (before "ne"), and nothing is named as
# burnt: "usne dukaan ko aag laga di" and "bhai ne ghar me aag laga di" keep their reading.
_PRAISED = frozenset({"fade", "cut", "haircut", "hairstyle", "style", "look", "song", "gaana", "gaane", "गाना",
                      "गाने", "beat", "beats", "dj", "डीजे", "performance", "dance", "डांस", "reel", "video",
                      "post", "item", "shot", "remix", "drop", "band", "बैंड", "dhol", "ढोल", "लुक",
                      "कट", "स्टाइल"})
_SUBJECT_MARK = frozenset({"ne", "ने"})
_BURNT_AT = frozenset({"ko", "को", "me", "mein", "में", "la", "ला", "madhe", "मध्ये", "ghar", "घर", "dukan",
                       "dukaan", "दुकान"})


# Round 33: "dhol beat ने कान मार दिए": the ears killed by the noise.
_EARS = frozenset({"कान", "kaan", "kan", "ears", "कानाचे", "kanache", "कानांचे"})


def _ears_killed(c: Concepts) -> None:
    words = c.words
    for hit in c.of("die", "kill", "violence", "strike"):
        if hit.start > 0 and words[hit.start - 1].raw in _EARS:
            for name in ("die", "kill", "violence", "strike", "use", "line_verb", "beat_verb"):
                c.drop(name, hit.start, hit.end)


def _set_on_fire_by_a_thing(c: Concepts) -> None:
    words = c.words
    for hit in c.of("set_alight"):
        clause = words[hit.start].clause
        before = [w.raw for w in words[max(0, hit.start - 4):hit.start] if w.clause == clause]
        marked = next((k for k, raw in enumerate(before) if raw in _SUBJECT_MARK), None)
        if marked is None or marked == 0 or before[marked - 1] not in _PRAISED:
            continue
        if any(raw in _BURNT_AT for raw in before[marked + 1:]):
            continue
        for name in ("set_alight", "violence"):
            c.drop(name, hit.start, hit.end)
        c.add("unmeant", hit.start, hit.end)


# Round 57's reading: a piece of work praised and then "aag laga di", "aag lavli" (it is fire): "tera
# portrait to zeher hai, aag laga di", "tujha tattoo ekdam kadak, aag lavli". The thing made and a word
# of praise come first in the sentence; a fire set to someone or somewhere ("uske ghar ko") keeps it.
_MADE = _PRAISED | frozenset({"tattoo", "टॅटू", "टैटू", "portrait", "design", "art", "piece", "sketch", "stencil",
                              "photo", "pic", "painting", "kaam", "काम"})
_PRAISE = frozenset({"zeher", "zehar", "जहर", "ज़हर", "kadak", "कडक", "mast", "मस्त", "bhari", "भारी", "jhakaas",
                     "झकास", "kamaal", "kamal", "कमाल", "killer", "solid", "superb", "ekdam", "एकदम", "lai", "लय",
                     "jabardast", "जबरदस्त", "zabardast", "awesome", "fire"})
_FIRE_SET = frozenset({"aag", "आग"})
# Set, past: "laga di", "lavli" (a promise to set it, "laga dunga", is no praise).
_SET_PAST = frozenset({"di", "दी", "lavli", "लावली", "lavlis", "लावलीस", "lagai", "lagayi", "लगाई", "lagadi", "lagaadi",
                       "लगा दी"})


def _fire_after_praise(c: Concepts) -> None:
    words = c.words
    for hit in c.of("fire", "set_alight"):
        if words[hit.start].raw not in _FIRE_SET:
            continue
        sentence = words[hit.start].sentence
        before = [w.raw for w in words[:hit.start] if w.sentence == sentence]
        after = {w.raw for w in words[hit.start + 1:hit.start + 3]}
        if not (set(before) & _MADE and set(before) & _PRAISE) or set(before[-3:]) & _BURNT_AT \
                or not after & _SET_PAST:
            continue
        for name in ("fire", "set_alight", "revenge", "violence"):
            c.drop(name, hit.start, hit.end)
        c.add("unmeant", hit.start, hit.end)


def forget_festive_praise(c: Concepts) -> None:
    if c.may_hold(_YOU_GO) and c.of("die"):
        _so_that_you_die(c)
    if c.may_hold(_STAGE) and c.of("murder", "kill"):
        _killed_it_on_stage(c)
    if c.of("murder", "kill"):
        _killed_it(c)
    if c.may_hold(_SUBJECT_MARK) and c.of("set_alight"):
        _set_on_fire_by_a_thing(c)
    if not c.typed_words.isdisjoint(_FIRE_SET):
        _fire_after_praise(c)
    if not c.typed_words.isdisjoint(_EARS):
        _ears_killed(c)
