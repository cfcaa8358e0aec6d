"""Courage received is encouragement, not the nerve to act: "aapki baat se bahut himmat mili",
"तुमच्या बोलण्याने धीर आला", "your words gave me courage". Beside thanks, courage is one of the
evidence's signs of a farewell ("dhanyawad sabka, aaj himmat aa gayi"); given by someone's
words and received, with nothing it is the courage to do, it is what a mentor's call is for.
Round 14. Called from alumni.domain.crisis.idioms; the courage words are marked `unmeant`, so
the evidence forgets them. Courage to do something ("marne ki himmat mili", "courage to end
it"), or courage with no giver named, keeps its signal; dying, killing or a method anywhere
in the sentence keeps it too.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.spelling import Token

_COURAGE = frozenset({"himmat", "हिम्मत", "himat", "hausla", "haushala", "hosla", "हौसला", "हौंसला", "dhir", "धीर",
                      "dhairya", "धैर्य", "dhadas", "धाडस", "courage", "strength", "bal", "बळ", "taakat", "ताकत"})
# Received: "mili", "aa gayi", "badhi", "आला", "मिळाला", "वाढला".
_RECEIVED = frozenset({"mili", "mila", "mile", "मिली", "मिला", "मिले", "aayi", "aai", "aa", "आई", "आयी", "आ", "badhi",
                       "badha", "बढ़ी", "बढ़ा", "बढी", "बढा", "aala", "ala", "aali", "आला", "आली", "आलं",
                       "milali", "milala", "मिळाली", "मिळाला", "मिळालं", "vadhli", "vadhla", "वाढली", "वाढला",
                       "वाढलं",
                       # the present, as a call gives it each time: "call se himmat milti hai" (round 45)
                       "milti", "milta", "मिलती", "मिलता", "milte", "मिळते", "milat", "मिळत"})
# Given: "gave me courage", "you give me strength".
_GIVE = frozenset({"gave", "give", "gives", "given", "giving"})
# The giver: the reader and their words, a call or the meeting.
_YOU = ("aap", "आप", "tum", "तुम", "tujh", "तुझ", "tuz", "your", "you")
_WORDS = frozenset({"baat", "bat", "बात", "baaton", "baton", "बातों", "shabd", "शब्द", "words", "message", "msg",
                    "मेसेज", "call", "कॉल", "phone", "फोन", "bolnyane", "बोलण्याने", "bolnyamule", "बोलण्यामुळे",
                    "bolun", "बोलून", "story", "kahani", "कहानी", "session", "meeting", "मीटिंग", "group", "talk"})
# Courage to do something: "marne ki himmat", "courage to", "धाडस करायचं".
_COMPLEMENT = frozenset({"ki", "की", "ka", "का", "chi", "ची", "cha", "चा", "to", "for"})
_GRAVE = ("die", "kill", "suicide", "hang", "hanging", "jump", "poison", "end", "self_harm", "weapon", "murder")


def _giver_before(words: list[Token], i: int) -> bool:
    sentence = words[i].sentence
    return any(t.sentence == sentence and (t.raw.startswith(_YOU) or t.raw in _WORDS)
               for t in words[max(0, i - 6):i])


def remove_courage_received(c: Concepts) -> None:
    words = c.words
    grave = {words[h.start].sentence for h in c.of(*_GRAVE)}
    for i, token in enumerate(words):
        if token.raw not in _COURAGE or token.sentence in grave:
            continue
        after = words[i + 1].raw if i + 1 < len(words) and words[i + 1].sentence == token.sentence else ""
        then = words[i + 2].raw if i + 2 < len(words) and words[i + 2].sentence == token.sentence else ""
        received = after in _RECEIVED and then not in _COMPLEMENT
        given = i >= 2 and words[i - 1].raw == "me" and words[i - 2].raw in _GIVE and after not in _COMPLEMENT
        complement = i >= 1 and words[i - 1].raw in _COMPLEMENT
        if (received or given) and not complement and _giver_before(words, i):
            c.add("unmeant", i, i + 2)
