"""Going back to work told with the words of going back: "naukri pe wapas join kar chuka hu",
"मैं वापस join कर चुका हूं", "back to work from Monday", "ड्यूटीवर परत रुजू झालो", "shalet parat
gelo". The "again" of a relapse is here a return to the job, the office, the duty, the
school or the shop, and nothing was taken: it is forgotten beside the place of work.

A substance or a verb of taking in the clause keeps the return a use ("kaam pe wapas daru
shuru", "back to work and back on the bottle"). Called from alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import SUBSTANCE_CONCEPTS, Concepts

# Where one goes back to, and joining it, as typed (with the Marathi locative fused:
# "कामावर", "ड्यूटीवर", "शाळेत", "ऑफिसला").
# (A set: every word of a text is looked up in it.)
_WORK = frozenset({"job", "jobs", "naukri", "nokri", "नौकरी", "नोकरी", "nokrit", "नोकरीत", "nokrivar", "नोकरीवर",
         "work", "office", "ofis", "ऑफिस", "ऑफिसला", "ऑफिसमध्ये", "officela", "duty", "ड्यूटी",
         "ड्युटी", "dutyvar", "ड्यूटीवर", "ड्युटीवर", "shift", "शिफ्ट", "school", "स्कूल", "shala", "शाळा",
         "shalet", "शाळेत", "college", "कॉलेज", "collegela", "कॉलेजला", "company", "कंपनी", "factory",
         "फैक्टरी", "फॅक्टरी", "dukaan", "dukan", "दुकान", "दुकानावर", "dukanavar", "kamavar", "kaamavar",
         "कामावर", "kamala", "कामाला", "department", "विभाग", "posting", "पोस्टिंग",
         "join", "joined", "joining", "rejoin", "rejoined", "जॉइन", "जॉईन", "ज्वाइन", "ruju", "रुजू"})
# "kaam" (work) also means a deed ("phir wahi kaam kiya"): only with the place it is at.
_KAAM = frozenset({"kaam", "kam", "काम"})
_AT = frozenset({"pe", "par", "पे", "पर", "per"})
# The words of taking that would make the return a use.
_TAKING = SUBSTANCE_CONCEPTS + ("drank", "drink_verb", "use_strong", "intoxicated", "bare_use", "relapse")
_REACH = 3


def _work_at(c: Concepts) -> set[int]:
    words = c.words
    return {i for i, t in enumerate(words) if t.raw in _WORK or (
        t.raw in _KAAM and i + 1 < len(words) and words[i + 1].raw in _AT)}


def remove_back_to_work(c: Concepts) -> None:
    """Forget "again" where it is a return to work."""
    again = c.of("again")
    if not again:
        return
    work = _work_at(c)
    if not work:
        return
    words = c.words
    taken = {words[h.start].clause for h in c.of(*_TAKING)}
    for hit in again:
        clause = words[hit.start].clause
        if clause in taken:
            continue
        if any(abs(i - hit.start) <= _REACH and words[i].clause == clause for i in work):
            c.drop("again", hit.start, hit.end)
