"""Dying and killing said of what wears one out, beyond the work and the weather that
alumni.domain.crisis.hyperbole reads: being pestered ("itna dimaag khaya ki mar hi jaunga
haha", "हा मुलगा मला वेड लावून मारणार", "pagal karke maarega"), a show one has to sit
through ("ye serial dekh ke mar jaungi 😂"), a workout ("the trainer is trying to murder me"), a
service that fails every day (round 12: "हा लाईट वाला मारून टाकणार आहे, रोज लाईट जाते").
Called from alumni.domain.crisis.idioms, after the hyperbole.

Being pestered "to death" is read away when the pestering is how the killing is done
("वेड लावून मारणार": by driving me mad), or when it is the cause and the writer laughs or
says "so much" ("itna dimaag khaya ki ..."). A wish in so many words ("want to die"), the
self as the object, a weapon, poison or a method keep it alerting.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts, Hit
from alumni.domain.crisis.spelling import Token
from alumni.domain.crisis.word_context import followed_by, laughing_sentences

_GRAVE = ("weapon", "poison", "means", "suicide", "self_harm", "hanging", "height", "vehicle", "rail_line")
_WISHED = frozenset({"want", "wanna", "wish", "chahta", "chahti", "चाहता", "चाहती", "icchha", "इच्छा",
                     "ichha", "vatta", "वाटतं"})
_DYING = ("die", "kill", "want", "copula", "me", "die_first_person", "murder", "jaan", "take_mine")

# Pestering, as typed: the first word, then what may follow it.
_PESTERED: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = (
    (frozenset({"dimaag", "dimag", "दिमाग", "दिमाग़", "bheja", "भेजा", "bheje", "doka", "dok", "डोकं",
                "डोके", "dimaak"}),
     ("kha", "खा", "khal", "खाल", "fry", "फ्राय")),
    (frozenset({"ved", "वेड", "pagal", "पागल", "vaitag", "वैताग"}),
     ("lav", "लाव", "kar", "कर", "ban", "बना", "aan", "आण")),
    (frozenset({"sata", "सता", "tang", "तंग", "pareshan", "परेशान", "tras", "त्रास"}),
     ("sata", "सता", "kar", "कर", "deu", "देऊ", "ke", "के")),
    (frozenset({"driving", "drives", "drive"}), ("me",)),
)


def _pestering_ends(words: list[Token]) -> list[int]:
    """Where each pestering phrase ends (one past its last word)."""
    ends = []
    for i, token in enumerate(words[:-1]):
        for firsts, nexts in _PESTERED:
            if token.raw in firsts and words[i + 1].raw.startswith(nexts):
                ends.append(i + 2)
    return ends


_SO_MUCH = frozenset({"itna", "itni", "itne", "इतना", "इतनी", "इतने", "itka", "itki", "इतका", "इतकी", "evdha",
                      "एवढा", "so", "khup", "खूप"})


def _wished(words: list[Token], hit: Hit) -> bool:
    return any(t.raw in _WISHED for t in words[max(0, hit.start - 3):hit.end + 3])


def _forget(c: Concepts, hit: Hit) -> None:
    for name in _DYING:
        c.drop(name, hit.start, hit.end + 2)
    c.add("unmeant", hit.start, hit.end + 2)      # nor a threat's signal words


def _pestered_to_death(c: Concepts) -> None:
    words = c.words
    ends = _pestering_ends(words)
    if not ends:
        return
    for hit in c.of("die", "kill"):
        sentence = words[hit.start].sentence
        manner = any(0 <= hit.start - e <= 1 for e in ends)      # "वेड लावून मारणार"
        cause = any(e <= hit.start and words[e - 1].sentence == sentence for e in ends) and (
            sentence in laughing_sentences(c) or any(t.raw in _SO_MUCH and t.sentence == sentence for t in words))
        if manner or cause:
            _forget(c, hit)


# "ye serial dekh ke mar jaungi 😂": a show sat through.
_SHOWS = frozenset({"serial", "serials", "सीरियल", "series", "सीरीज़", "movie", "film", "फिल्म", "lecture",
                    "lectures", "लेक्चर", "class", "क्लास", "meeting", "meetings", "मीटिंग", "news", "speech",
                    "मालिका", "malika", "bhashan", "भाषण", "drama", "ड्रामा"})
_WATCHING = frozenset({"dekh", "देख", "dekhkar", "देखकर", "sun", "सुन", "sunkar", "सुनकर", "baghun", "बघून",
                       "aikun", "ऐकून", "watching", "listening"})


def _a_show_to_die_of(c: Concepts) -> None:
    words = c.words
    for hit in c.of("die", "kill"):
        sentence = words[hit.start].sentence
        before = [t for t in words[max(0, hit.start - 8):hit.start] if t.sentence == sentence]
        watched = any(t.raw in _WATCHING for t in before[-4:])
        if watched and any(t.raw in _SHOWS for t in before) and sentence in laughing_sentences(c):
            _forget(c, hit)


# "the trainer is trying to murder me", "gym wale bhaiya maar dalenge": a workout.
_WORKOUT = frozenset({"gym", "trainer", "workout", "exercise", "squats", "cardio", "yoga", "zumba", "crossfit",
                      "pushups", "burpees", "plank", "planks", "jim", "जिम", "व्यायाम", "vyayam", "kasrat",
                      "कसरत"})


def _worked_out(c: Concepts) -> None:
    words = c.words
    for hit in c.of("murder", "kill"):
        sentence = words[hit.start].sentence
        if followed_by(c, hit, "me") and any(t.raw in _WORKOUT and t.sentence == sentence for t in words):
            _forget(c, hit)


# "हा लाईट वाला मारून टाकणार", "ye network wala maar dalega": the man of a service that fails,
# named as the one who will kill (the nominative "wala", not "wale ko": that is a threat at him).
_SERVICES = frozenset({"light", "lite", "lait", "लाईट", "लाइट", "bijli", "बिजली", "वीज", "veej", "current", "करंट",
                       "network", "नेटवर्क", "wifi", "internet", "tanker", "टँकर", "टैंकर", "mseb", "cable",
                       "केबल", "range"})
_THE_MAN = frozenset({"wala", "vala", "waala", "वाला", "wale", "vale", "वाले", "wali", "वाली"})
_AT_HIM = frozenset({"ko", "को", "la", "ला", "nu", "le", "ले"})
_EVERY_DAY = frozenset({"roj", "roz", "रोज", "रोज़", "daily", "everyday", "nehmi", "नेहमी", "sarkhi", "सारखी",
                        "sarkha", "सारखा", "baar", "बार", "din"})


def _a_failing_service(c: Concepts) -> None:
    words = c.words
    if not any(t.raw in _EVERY_DAY for t in words):
        return
    men = [i for i in range(1, len(words)) if words[i].raw in _THE_MAN and words[i - 1].raw in _SERVICES
           and not (i + 1 < len(words) and words[i + 1].raw in _AT_HIM)]
    for hit in c.of("die", "kill", "murder"):
        if any(0 < hit.start - i <= 3 and words[i].sentence == words[hit.start].sentence for i in men):
            _forget(c, hit)


def remove_wearying_causes(c: Concepts) -> None:
    if c.of(*_GRAVE) or any(followed_by(c, h, "self", gap=1) for h in c.of("die", "kill")):
        return
    words = c.words
    if any(_wished(words, h) for h in c.of("die", "kill")):
        return
    _pestered_to_death(c)
    _a_show_to_die_of(c)
    _worked_out(c)
    _a_failing_service(c)
