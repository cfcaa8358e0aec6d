"""A stranger's death read in the news, and the writer all right (the second reading of rounds
58-59): "बातमीत वाचलं नाशिकमध्ये एका ट्रेडरने गोदावरीत उडी मारली, वाईट वाटलं. मी ठीक आहे",
"अखबार में पढ़ा इंदौर में एक व्यापारी ने जान दे दी, बहुत दुख हुआ। मैं ठीक हूं", "read about the
keeper killed by the tiger in Karnataka. very sad". The deed is someone else's, told as read, so
its words are forgotten before the rules read the message (called from
alumni.domain.crisis.scenes_told).

Only when the writer says no more of himself in that sentence than the reading, and says he is
all right or sad for it elsewhere; a suicide named outright anywhere, or "me too", "the same",
"तसंच" after the news, keeps every word.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_NEWS = ("बातमी", "batmi", "baatmi", "paperat", "पेपरात", "पेपरमध्ये", "akhbar", "akhbaar", "अखबार", "news",
         "न्यूज", "टीवी", "टीव्ही")
_READ_ABOUT = (("read", "about"), ("read", "in"), ("saw", "on"))
_WRITER = frozenset({"i", "im", "i'm", "me", "my", "main", "mai", "मैं", "मै", "mujhe", "मुझे", "mera", "मेरा",
                     "meri", "मेरी", "mi", "मी", "mala", "मला", "maza", "माझा", "majha", "mazi", "माझी", "mazya",
                     "माझ्या"})
# All right, or sad for it: the writer's own state, said beside the news.
_ALL_RIGHT = frozenset({"ठीक", "thik", "theek", "fine", "okay", "ok", "वाईट", "vait", "दुख", "dukh", "sad", "bura",
                        "बुरा"})
# The same wished for oneself: "me too", "तसंच", "waisa hi".
_SAME = frozenset({"same", "too", "also", "तसंच", "tasach", "tasa", "तसा", "waisa", "वैसा", "waise", "वैसे",
                   "bhi", "भी", "pan", "पण"})
_KEPT = ("self", "suicide", "self_harm", "first_person_wish")


def forget_news_of_a_death(c: Concepts) -> None:
    typed = c.typed_words
    if not ("read" in typed or "saw" in typed or any(w.startswith(_NEWS) for w in typed)) or c.of(*_KEPT):
        return
    words = c.words
    raws = [w.raw for w in words]
    news_at = next((i for i, r in enumerate(raws) if r.startswith(_NEWS)
                    or tuple(raws[i:i + 2]) in _READ_ABOUT), None)
    if news_at is None:
        return
    span = c.sentences[words[news_at].sentence]
    # Nothing of the writer in the news's own sentence, nothing "the same" after the news anywhere,
    # and the writer's own state said outside the news.
    if any(r in _WRITER for r in raws[news_at + 1:span.stop]) or any(r in _SAME for r in raws[news_at + 1:]):
        return
    if not any(r in _ALL_RIGHT for r in raws[:span.start] + raws[news_at + 1:]):
        return
    c.drop_all(news_at, span.stop)
    # and the evidence classes (alumni.domain.crisis.evidence_signals) forget its words too
    c.add("unmeant", news_at, span.stop)
