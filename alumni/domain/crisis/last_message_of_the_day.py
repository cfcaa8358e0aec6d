"""The last message for today (round 20): "ye mera aakhri message hai aaj ke liye, kal baat
karte hain", "last msg for tonight, talk tomorrow", "हा आजचा शेवटचा मेसेज, उद्या बोलू": the day's
last message, with the talk put off to tomorrow, is a good night, not a farewell. The "last
message" is forgotten (and its words marked unmeant for the message-wide evidence) when the
day or a talk tomorrow is named beside it and nothing says for ever ("hamesha ke liye", "kabhi
nahi", "never") or denies tomorrow's talk ("kal se baat nahi hogi"). "ye mera aakhri message
hai" alone, and every other goodbye word, keep their reading. Read by
alumni.domain.crisis.scenes_told before the rules."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_LAST = ("last", "aakhri", "akhri", "aakhiri", "आखिरी", "आख़िरी", "शेवटचा", "शेवटचं", "शेवटचे", "shevatcha",
         "shevtacha", "final")
_MESSAGE = ("message", "msg", "text", "मैसेज", "मेसेज", "मेसेज़")
# The day the message is the last of: "for today", "aaj ke liye", "आजचा".
_TODAY = frozenset({"today", "tonight", "aaj", "आज", "aajcha", "आजचा", "aajchya", "आजच्या", "aajche", "आजचं", "day",
                    "night", "raat", "रात"})
# A talk tomorrow: "kal baat karte hain", "talk tomorrow", "उद्या बोलू", "see you tomorrow".
_TOMORROW = frozenset({"kal", "कल", "udya", "उद्या", "tomorrow", "tmrw", "tmr", "tomo"})
_TALK = ("baat", "बात", "bolu", "बोलू", "bolte", "bolenge", "बोलेंगे", "talk", "chat", "see", "milte", "मिलते",
         "bhetu", "भेटू", "call", "कॉल", "ttyl", "speak")
# For ever, never: the words of a last message that is one.
_FOREVER = frozenset({"forever", "ever", "always", "good", "permanently", "kayam", "कायम",
                      "never", "hamesha", "हमेशा", "kabhi", "कभी", "kayamcha", "कायमचा", "kadhich",
                      "कधीच", "again", "phir", "फिर", "parat", "परत", "nahi", "नहीं", "nahin", "नाही", "no", "not",
                      "won't", "wont", "nhi"})


def _the_day_or_tomorrow_named(c: Concepts, start: int, end: int) -> bool:
    """The day named beside the last message ("aaj ke liye", "for tonight", "आजचा"), or a talk
    tomorrow anywhere in the message."""
    words = c.words
    sentence = words[start].sentence
    for i, token in enumerate(words):
        near = start - 3 <= i < end + 4 and token.sentence == sentence
        if near and token.raw in _TODAY and not (i and words[i - 1].raw in ("last", "kal", "कल")):
            return True
        if token.raw in _TOMORROW and any(w.raw.startswith(_TALK) for w in words[max(0, i - 3):i + 4]):
            return True
    return False


def forget_last_message_of_the_day(c: Concepts) -> None:
    goodbyes = c.of("goodbye")
    if not goodbyes or not c.may_hold(_MESSAGE):
        return
    words = c.words
    if not c.typed_words.isdisjoint(_FOREVER):
        return
    for hit in goodbyes:
        if not _the_day_or_tomorrow_named(c, hit.start, hit.end):
            continue
        said = [words[k].raw for k in range(hit.start, hit.end)]
        if len(said) == 2 and said[0].startswith(_LAST) and said[1].startswith(_MESSAGE):
            c.drop("goodbye", hit.start, hit.end)
            c.add("unmeant", max(0, hit.start - 3), hit.end)
