"""A last day at work that is a retirement or a move to a new job (round 22): "aaj bank madhe
shevatcha divas, nirop samarambhat shal shriphal dila. ata retire", "last day at the company,
farewell la cake kapla, new job next week", "30 varsh conductor, sendoff la pedhe vatle". The
farewell and the last day are the service's: when the message names a retirement, a send-off's
gifts or a new job, the goodbye and last-day words in the same or the next sentence are
forgotten (and marked unmeant for the message-wide evidence). Never when the message holds a
grave word (suicide, the self harmed, a
weapon, a poison, hanging, an overdose). Read by alumni.domain.crisis.scenes_told before the
rules."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_GRAVE = ("suicide", "self", "self_harm", "weapon", "poison", "hanging", "overdose", "noose_cord", "rope_tied")
# What names a service ended well: a retirement, a send-off's gifts, a new job, years served.
_SERVICE_STEMS = ("retire", "रिटायर", "निवृत्त", "nivrutt", "sendoff", "send-off", "सेंडऑफ", "समारंभ", "samarambh",
                  "श्रीफळ", "shriphal", "shreefal", "pedhe", "पेढे", "mithai", "मिठाई", "joining", "जॉइनिंग")
_SERVICE_PAIRS = (("new", "job"), ("नवीन", "नोकरी"), ("navin", "naukri"), ("नई", "नौकरी"), ("nayi", "naukri"),
                  ("farewell", "cake"), ("farewell", "ला"), ("farewell", "la"))


def _service_sentences(c: Concepts) -> set[int]:
    """The sentences that name a service ended well, and their neighbours: a goodbye further off
    is the writer's own."""
    words = c.words
    raws = [w.raw for w in words]
    found = {words[i].sentence for i, r in enumerate(raws) if r.startswith(_SERVICE_STEMS)}
    found |= {words[i].sentence for i, pair in enumerate(zip(raws, raws[1:], strict=False)) if pair in _SERVICE_PAIRS}
    return {n + d for n in found for d in (-1, 0, 1)}


def forget_service_ended(c: Concepts) -> None:
    hits = c.of("goodbye", "last_time")
    if not hits or c.of(*_GRAVE):
        return
    near = _service_sentences(c)
    if not near:
        return
    for hit in hits:
        if c.words[hit.start].sentence in near:
            c.drop(hit.concept, hit.start, hit.end)
            c.add("unmeant", hit.start, hit.end)
