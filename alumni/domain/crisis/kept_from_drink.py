"""Sobriety told in passing (round 15), read by alumni.domain.crisis.idioms before the rules:
walking past the liquor shop (in Marathi's ablative, or the place and the passing as separate
words), the drink money saved, the others in the bar while the writer stood outside (a
craving's "near" forgotten), and a past overdose told to an audience at a talk with years clean
after it (its words forgotten: that one is no relapse alone).

A wish, a craving, a stop at the place or a recent time keeps each reading as it stands: when
in doubt the words keep their weight.
"""
from __future__ import annotations

from collections.abc import Callable

from alumni.domain.crisis.concepts import SUBSTANCE_CONCEPTS, Concepts, Hit
from alumni.domain.crisis.sober_progress import refused_at
from alumni.domain.crisis.spelling import Token

# Passing it is sobriety only when the writer did not stop there: "thambalo pan nahi", "ruka
# nahi", "seedha ghar" ("saamne se guzra to pair ruk gaye", "गुज़रना मुश्किल है" are cravings).
_STOP = ("ruk", "रुक", "thamb", "थांब", "stop", "halt",
         # not even looked at it (round 57): "tikde baghitla pan nahi", "देखा भी नहीं"
         "baghit", "बघित", "pahil", "पाहिल", "dekha", "देखा", "looked")
# Not a step inside (round 54): "आत पाऊल टाकत नाही", "andar nahi jata". ("aata", Marathi "now", and
# English "in" are no "inside".)
_INSIDE = frozenset({"आत", "aat", "andar", "अंदर", "inside"})


def _negated_soon_after(c: Concepts, said: Callable[[str], bool], reach: int, before: int = 0) -> bool:
    """A word `said` picks out, and a negation in its clause within `reach` words after it or `before`
    words before it (the negation that precedes the verb: Hindi's "nahi ruka", Marathi's "nahi
    thamblo", English's "didnt stop", rounds 112-113)."""
    words = c.words
    negations = {h.start for h in c.of("negation")}
    return any(said(t.raw) and any(k in negations and words[k].clause == t.clause
                                   for k in (*range(i - before, i), *range(i + 1, i + reach)))
               for i, t in enumerate(words))


def _did_not_stop(c: Concepts) -> bool:
    if c.of("kept_going"):
        return True
    return c.may_hold(_STOP) and _negated_soon_after(c, lambda raw: raw.startswith(_STOP), 3, before=1)


# "didnt stop but it was close", "ruka nahi par man tha": the pull told after the passing
# (not Marathi "pan": "tikde baghitla pan nahi" is "did not even look")
_BUT = frozenset({"but", "par", "pr", "पर", "lekin", "लेकिन", "magar", "मगर"})


def _but_after_stop(c: Concepts) -> bool:
    words = c.words
    for i, token in enumerate(words):
        if token.raw.startswith(_STOP):
            if any(w.raw in _BUT and w.sentence == token.sentence for w in words[i + 1:i + 4]):
                return True
    return False


def not_gone_inside(c: Concepts) -> bool:
    """"आत पाऊल टाकत नाही", "andar nahi gaya" (round 54): the place passed, not entered."""
    return _negated_soon_after(c, _INSIDE.__contains__, 5)


# Round 15: walking past the liquor shop, in Marathi's ablative: "daruchya dukanasamorun gelo",
# "गुत्त्याजवळून गेलो", "बारच्या बाजूने गेलो" (went past it, in front of it, beside it). The case
# ending is fused to the place, so the lexicon's "near" ("samorun" as a word) does not see it.
# "वरून", "varun" is past it only before "went" ("गुत्त्यावरून गेलो"); before "came" it is from it
# ("गुत्त्यावरून आलो"), and stays as it reads.
_PAST_IT = ("samorun", "समोरून", "samoruna", "javlun", "javalun", "जवळून", "bajune", "बाजूने", "बाजूनं",
            "bajuna")
_OVER_IT = ("varun", "वरून", "warun")
_WENT = frozenset({"gelo", "गेलो", "geli", "गेली", "gele", "गेले", "gelo.", "nighalo", "निघालो", "nighun", "निघून"})


def mark_walked_past(c: Concepts) -> None:
    if not c.of("liquor_place", "drink_place") or not _did_not_stop(c):
        return
    words = c.words
    for hit in c.of("liquor_place", "drink_place"):
        raw = words[hit.end - 1].raw
        went = hit.end < len(words) and words[hit.end].raw in _WENT
        if raw.endswith(_PAST_IT) or (raw.endswith(_OVER_IT) and went):
            c.add("near", hit.end - 1, hit.end)


# Walked past it, the place and the passing as separate words: "theke ke saamne se guzra",
# "wine shop chya samorun gelo", "bar ke paas se nikal gaya". In Hindi "saamne", "paas" pass it
# only with "se" (from beside it: "theke ke saamne gaya" may be going to it). With a wish or a
# craving in the message, the place keeps its reading.
_CASE = frozenset({"ke", "के", "chya", "च्या", "cha", "चा", "la", "ला", "ki", "की", "the", "a"})
_BESIDE = frozenset({"saamne", "samne", "सामने", "paas", "pass", "पास", "bagal", "बगल", "past", "by",
                     # in front of it (round 33): "ठेके के आगे से सीधा घर आया"
                     "aage", "आगे"})
_BESIDE_FROM = frozenset({"se", "से"})
_WENT_PAST = ("gelo", "geli", "gele", "गेलो", "गेली", "गेले", "guzr", "guzar", "गुज़र", "गुजर", "nikl", "nikal", "निकल",
              "passed", "walked", "drove", "went", "nighalo", "निघालो", "chala", "चला", "chal", "चल",
              "seedha", "sidha", "सीधा", "सीधे", "seedhe", "jato", "जातो", "jata", "jaata", "जाता")
_EVERY_DAY = frozenset({"roj", "roz", "रोज", "रोज़", "daily", "everyday"})
_PLACE_WORDS = ("alcohol", "liquor_place", "drink_place")
_BOUGHT_OR_HAD = SUBSTANCE_CONCEPTS + ("measure", "drank", "drink_verb", "use_strong", "down_it", "took", "use",
                                       "took_at_sitting")
_WISHING = ("want", "craving", "will_to", "want_one")


# A drink's shop named by its drink (round 56): "ताडीच्या दुकानासमोरून रोज जातो".
_SHOP = ("दुकान", "dukan", "dukaan", "shop")


def _drink_shops(c: Concepts) -> list[Hit]:
    words = c.words
    return [Hit("alcohol", h.start, h.end + 1) for h in c.of("alcohol")
            if h.end < len(words) and words[h.end].raw.startswith(_SHOP)]


def forget_walked_past(c: Concepts) -> None:
    places = c.of("liquor_place", "drink_place") + _drink_shops(c)
    if not places or c.of(*_WISHING) or not _did_not_stop(c) or _but_after_stop(c):
        return
    spans = [(p.start, p.end) for p in places]
    if any(not any(s <= h.start < e for s, e in spans) and not refused_at(c, h.start)
           for h in c.of(*_BOUGHT_OR_HAD)):
        return      # "saamne se guzra aur 2 quarter le liye": something was had after all
    words = c.words
    for place in places:
        if _passed_before(words, place.start):
            for name in _PLACE_WORDS:
                c.drop(name, place.start, place.end)
            continue
        k = place.end
        while k < len(words) and words[k].raw in _CASE:
            k += 1
        if k >= len(words) or words[k].clause != words[place.start].clause:
            continue
        if words[place.end - 1].raw.endswith(_PAST_IT):
            pass        # fused to the place: "गुत्त्यासमोरून रोज जातो" (round 54)
        elif words[k].raw.endswith(_PAST_IT):
            k += 1
        elif words[k].raw in _BESIDE and k + 1 < len(words) and words[k + 1].raw in _BESIDE_FROM:
            k += 2
        else:
            continue
        while k < len(words) and words[k].raw in _EVERY_DAY:     # "samorun roj jato" (round 34)
            k += 1
        if k < len(words) and words[k].raw.startswith(_WENT_PAST):
            for name in _PLACE_WORDS:
                c.drop(name, place.start, place.end)


# The passing said before the place (round 51): "passed the theka today and didnt stop" (one
# word each: a token never holds a space).
_PASSED = frozenset({"passed", "crossed"})


def _passed_before(words: list[Token], start: int) -> bool:
    k = start - 1
    while k >= 0 and words[k].raw in _CASE:
        k -= 1
    if k < 0 or words[k].clause != words[start].clause:
        return False
    # "went past the theka every day this week, didnt stop once" (round 113)
    return words[k].raw in _PASSED or (words[k].raw == "past" and k > 0 and words[k - 1].raw in _MOVED)


_MOVED = frozenset({"went", "walked", "drove", "cycled", "go", "walk", "drive", "ride", "rode", "going", "walking"})


# Round 15: the drink money, now saved: "दारू वाले पैसे से साइकिल ली", "daru che paise vachavle",
# "the money i used to spend on drink". The drink here names the money, not a drink had.
_OF = frozenset({"wale", "vale", "वाले", "wala", "वाला", "ke", "के", "ka", "का", "che", "चे", "cha", "चा", "chya",
                 "च्या", "on", "ki", "की"})
_MONEY = ("paise", "paisa", "pese", "पैसे", "पैसा", "पैस", "पेसे", "money", "kharch", "खर्च", "rupay", "रुपय",
          "rupee", "budget", "bachat", "बचत")
# Saved: "bacha ke" by the word ("bacha" alone begins "bachao", save me, and "bachche", kids).
_SAVED = ("bachat", "बचत", "bachay", "bachae", "bachake", "bachakar", "बचाए", "बचाय", "बचाक", "saved", "saving",
          "vachav", "वाचव", "gullak", "गुल्लक")
_SAVING = frozenset({"bacha", "बचा", "bachaa"})
_HAVING = frozenset({"ke", "kar", "के", "कर"})


# Round 57: not a rupee at the liquor shop, "theke pe ek rupaya nhi", "गुत्त्यावर एक पैसा नाही".
_NOT_A = frozenset({"nahi", "nhi", "nahin", "nai", "नहीं", "नही", "नाही", "not", "na"})
_ONE = frozenset({"ek", "एक", "a", "single"})
_LEFT = frozenset({"bacha", "bache", "bachi", "बचा", "बचे", "बची", "urla", "urle", "उरला", "उरले", "left"})


def _not_a_rupee_there(c: Concepts) -> None:
    words = c.words
    for hit in c.of("alcohol", "liquor_place"):
        after = words[hit.end:hit.end + 7]
        k = next((j for j in range(len(after) - 1) if after[j].raw in _ONE
                  and after[j + 1].raw.startswith(_MONEY)), None)
        tail = [t.raw for t in after[k + 2:k + 5]] if k is not None else []
        # "ek rupaya nahi bacha" (not a rupee left) is the money drunk
        if k is not None and k <= 2 and set(tail) & _NOT_A and not set(tail) & _LEFT:
            for name in ("alcohol", "liquor_place"):
                c.drop(name, hit.start, hit.end)


def forget_drink_money(c: Concepts) -> None:
    if not c.of("alcohol"):
        return
    _not_a_rupee_there(c)
    words = c.words
    if not any(t.raw.startswith(_SAVED) or (t.raw in _SAVING and k + 1 < len(words) and words[k + 1].raw in _HAVING)
               for k, t in enumerate(words)):
        return
    for hit in c.of("alcohol"):
        after = words[hit.end:hit.end + 2]
        money = any(t.raw.startswith(_MONEY) for t in after) and (
            after[0].raw in _OF or after[0].raw.startswith(_MONEY))
        if money:
            c.drop("alcohol", hit.start, hit.end)


# Round 15: the writer's past told as a testimony at a de-addiction talk: "मैंने बच्चों को
# बताया कि चार साल पहले नशे में मैंने चूहे मारने की दवा खा ली थी ... आज साढ़े तीन साल से एक बूंद
# नहीं ली", "मी मुलांना सांगितलं की तीन वर्षांपूर्वी ... आज मी अडीच वर्षे दारूशिवाय आहे". Told to an
# audience, anchored years back, with a count of years clean after it: what the telling
# holds is the past. Without the old anchor or the count now ("मी मुलांना सांगितलं की काल मी
# औषध प्यायलो") it reads as it stands.
_TOLD_TO = ("बताया", "बतलाया", "bataya", "batlaya", "सांगितल", "सांगितलं", "sangitl", "sangital", "told", "shared",
            "explained", "समझाया", "samjhaya", "सुनाया", "sunaya", "ऐकवल", "aikaval")
_AUDIENCE = ("बच्च", "bachch", "bacch", "मुलांना", "मुलांसमोर", "mulanna", "mulana", "students", "student", "kids",
             "children", "विद्यार्थ", "vidyarth", "लोगों", "logon", "audience", "youth", "युवक", "yuvak", "तरुण",
             "tarun", "class", "crowd", "sabko", "सबको", "sagalyanna", "सगळ्यांना")
_OLD_ANCHORS = ("years_ago", "long_ago", "past_anchor")
_KEPT = frozenset({"first_person", "first_person_mr", "i_subject", "negation", "period", "duration",
                   "years_ago", "long_ago", "past_anchor", "preposition", "time"})
_WITHOUT = ("शिवाय", "shivay", "bina", "बिना", "without", "clean", "sober", "विना", "vina")


def _sentence_end(words: list[Token], i: int) -> int:
    end = i
    while end < len(words) and words[end].sentence == words[i].sentence:
        end += 1
    return end


def _clean_for_years_after(c: Concepts, end: int) -> bool:
    words = c.words
    later = {words[h.start].sentence for h in c.of("period", "duration") if h.start >= end}
    return any(words[h.start].sentence in later for h in c.of("negation", "quit", "quit_more")) or any(
        t.sentence in later and t.raw.endswith(_WITHOUT) for t in words[end:])


def forget_testimony(c: Concepts) -> None:
    if not c.of(*_OLD_ANCHORS):
        return
    words = c.words
    for i, token in enumerate(words):
        if not token.raw.startswith(_TOLD_TO):
            continue
        sentence, end = token.sentence, _sentence_end(words, i)
        if not any(t.raw.startswith(_AUDIENCE) for t in words[max(0, i - 4):i] if t.sentence == sentence):
            continue
        if not any(i < h.start < end for h in c.of(*_OLD_ANCHORS)) or not _clean_for_years_after(c, end):
            continue
        for name in [n for n in c.hits if n not in _KEPT]:
            c.drop(name, i + 1, end)
        c.add("unmeant", i + 1, end)


# Round 15: the others went into the bar, the writer stood outside: "FC road la sagle bar madhe
# gele, mi baher vadapav khat ubha hoto", "sab theke ke andar gaye, main bahar hi ruka raha",
# "everyone went into the pub, I waited outside". Told in the past and with no wish, "outside"
# is where the writer kept; "mi baher ubha ahe, aat jaycha man hotay" (now, with a wish) stays a
# craving.
_OTHERS = ("others", "drinkers", "relation", "third_person")
_WENT_IN = ("gele", "गेले", "gaye", "गए", "gaye", "went", "geli", "गेली", "ghusle", "घुसले", "ghus", "घुस")
_STOOD_THEN = frozenset({"hoto", "होतो", "hote", "होते", "hoti", "होती", "tha", "था", "thi", "थी", "was", "waited",
                         "stayed", "rahilo", "राहिलो", "raha", "रहा", "rahi", "रही", "ruka", "रुका", "thamblo", "थांबलो"})


def forget_kept_outside(c: Concepts) -> None:
    words = c.words
    if c.of(*_WISHING):
        return
    for near in c.of("near"):
        place = next((h for h in c.of("liquor_place") if 0 < near.start - h.end <= 6
                      and words[h.start].sentence == words[near.start].sentence), None)
        if place is None:
            continue
        between = range(place.start - 3, near.start)
        went_in = any(words[k].raw.startswith(_WENT_IN) for k in between if k >= 0)
        others = any(h.start in between for h in c.of(*_OTHERS))
        writer = any(near.start - 2 <= h.start < near.start for h in c.of("first_person"))
        clause = words[near.start].clause
        then = any(t.raw in _STOOD_THEN for t in words[near.end:near.end + 6] if t.clause == clause)
        if went_in and others and writer and then:
            c.drop("near", near.start, near.end)
