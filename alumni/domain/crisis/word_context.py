"""Where a concept sits among the words of a text: just after or before another concept or
word, in a sentence with a laugh. Shared by the readings that remove idioms, hyperbole and
everyday talk before the rules combine concepts, with the word sets more than one of them uses."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter

from alumni.domain.crisis.concepts import Concepts, Hit
from alumni.domain.crisis.spelling import Token

_SENTENCE = attrgetter("sentence")


def followed_by(c: Concepts, hit: Hit, *names: str, gap: int = 0) -> bool:
    return any(0 <= h.start - hit.end <= gap for h in c.of(*names))


def preceded_by(c: Concepts, hit: Hit, *names: str, gap: int = 0) -> bool:
    return any(0 <= hit.start - h.end <= gap for h in c.of(*names))


def joined_after(c: Concepts, start: int) -> bool:
    """The writer joins the others later in the text ("so did i", "मैं भी बैठ गया"): their
    drinking, told before it, is the writer's too."""
    return any(h.start > start for h in c.of("joined_in"))


def next_word_in(words: list[Token], hit: Hit, raws: frozenset[str]) -> bool:
    return hit.end < len(words) and words[hit.end].raw in raws


def word_before_in(words: list[Token], hit: Hit, raws: frozenset[str], gap: int = 0) -> bool:
    return any(words[i].raw in raws for i in range(max(0, hit.start - 1 - gap), hit.start))


def laughing_near(c: Concepts, hit: Hit, reach: int = 8) -> bool:
    sentence = c.words[hit.start].sentence
    return any(abs(h.start - hit.start) <= reach and c.words[h.start].sentence == sentence
               for h in c.of("laugh"))


def laughing_sentences(c: Concepts) -> set[int]:
    """The sentences a laugh ("haha", "lol", 😂) is in."""
    return {c.words[h.start].sentence for h in c.of("laugh")}


def sentence_words_before(words: list[Token], hit: Hit, before: int) -> list[Token]:
    sentence = words[hit.start].sentence
    return [w for w in words[max(0, hit.start - before):hit.start] if w.sentence == sentence]


def sentences_around(words: list[Token], hit: Hit, reach: int) -> list[Token]:
    """The words of the hit's sentence and of the `reach` sentences either side. Sentence
    numbers never go down along the text, so these are one stretch of it, found by halving
    rather than by reading every word of a long text for every hit."""
    sentence = words[hit.start].sentence
    first = bisect_left(words, sentence - reach, key=_SENTENCE)
    return words[first:bisect_right(words, sentence + reach, first, key=_SENTENCE)]


# "ye kaam mujhe maar dalega", "this exam killed me": work and weather do not kill.
HARMLESS_CAUSES = frozenset({"kaam", "work", "job", "garmi", "heat", "thand", "cold", "traffic", "exam",
                             # the winter abroad (round 34): "ये बर्फ़ मुझे मार डालेगी"
                             "बर्फ़", "बर्फ", "barf", "baraf", "snow", "winter", "विंटर",
                             # a customer's alterations (round 34, tailors)
                             "changes", "alterations", "बदल",
                             "exams", "padhai", "study", "homework", "deadline", "deadlines", "workload",
                             "weather", "काम", "गर्मी", "ठंड", "ऑफिस", "office", "boredom", "pain", "dard",
                             "दर्द",
                             # the season: winter, fog, the sticky heat, the sun, the rain
                             "sardi", "सर्दी", "thandi", "थंडी", "dhund", "धुंध", "kohra", "कोहरा", "fog",
                             "ummas", "उमस", "humidity", "dhoop", "धूप", "ukada", "उकाडा", "paus", "पाऊस",
                             "barish", "बारिश", "summer", "rain", "rains",
                             # chatter, fees and dates in court (round 36): "इस ठेकेदार की बकबक ने
                             # तो मार डाला", "lawyer ने fees से murder कर दिया", "तारीख पे तारीख"
                             "बकबक", "bakbak", "कटकट", "katkat", "किचकिच", "kichkich", "fees", "फीस", "fee",
                             "tareekh", "तारीख", "tarikh", "peshi", "पेशी",
                             # the loan's instalments (round 37)
                             "emi", "EMI", "इएमआय", "hafta", "हप्ता",
                             # the stone dust and the overtime (round 59, marble yards and toll plazas):
                             # "dhool ne gala maar diya", "मुकादमानं कामानं मारून टाकलं"
                             "dhool", "धूल", "dhul", "dust", "कामानं", "कामाने", "kamane", "kaamane",
                             "overtime", "ओवरटाइम", "ओव्हरटाईम"})
NOT_INTOXICATED_NEXT = frozenset({"marks", "score", "scores", "grades", "grade", "number",
                                  "percent", "rank", "five", "fives"})
SO_OR_LIKE = frozenset({"so", "soo", "sooo", "soooo", "literally", "totally", "basically", "lowkey", "like",
                        "jaise", "jaisa", "जैसे", "जैसा", "sarkha", "सारखा", "sarkhi", "सारखी"})
TRIVIAL_AFTER = frozenset({"if", "for", "when", "coz", "cuz", "cause", "because", "agar", "jar", "जर",
                           "अगर", "forgot", "forget", "late", "विसरलो", "विसरले", "विसरली", "visarlo",
                           "visarle", "visarli", "bhool", "bhul", "भूल", "bhula", "भूला", "भुला"})
SOMEONES = frozenset({"moms", "mom's", "mums", "mum's", "dads", "dad's", "wifes", "wife's", "bosses",
                      "boss's", "mummy", "papa", "mammi", "mummi", "aai", "baba", "sir", "teacher"})


def we_all_did(verb: str) -> bool:
    """"सगळे प्यायलो", "sagle pyalo": Marathi's first person after "all", "we all drank", the writer
    among them (round 36); "सगळे प्यायले" is the others."""
    return verb.endswith(("यलो", "ालो", "ylo", "yalo"))
