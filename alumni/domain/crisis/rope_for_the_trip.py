"""A rope packed for a trip that needs one (round 20): "uske bag me rassi mili, kal camping
hai", "त्याच्या बॅगेत दोरी, उद्या ट्रेक आहे", "rope in his bag for the hike": a rope beside a
trek, a camp, a tent or a climb is gear, and tomorrow is the trip's day. Its rope is forgotten
when such a trip is named in the message and nothing else speaks of a hanging: a note or a
letter, a neck, a fan or a hook keep it, as does a rope with nothing explained. Read by
alumni.domain.crisis.scenes_told before the rules."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_ROPE = frozenset({"rassi", "रस्सी", "rassiyan", "रस्सियां", "rope", "ropes", "dori", "दोरी", "dor", "दोर",
                   "dorkhand", "दोरखंड", "cord", "nylon"})
_TRIP = ("camping", "camp", "tent", "trek", "ट्रेक", "ट्रेकिंग", "trekking", "hike", "hiking", "climb",
         "climbing", "rappel", "rappelling", "expedition", "कैंपिंग", "कॅम्पिंग", "गडावर", "gadavar", "killa",
         "किल्ला", "picnic", "पिकनिक")
# Every reading of a rope as a means.
_ROPE_READINGS = ("hang", "exf_rope", "exf_cord", "ligature", "noose_cord")
# What speaks of a hanging even beside a trip.
_HANGING = ("farewell_note", "neck", "hanging", "suicide", "die", "rope_tied", "goodbye", "want",
            # not coming back from it: "took a rope for the hike, this time i'm not coming back"
            "wont_return", "no_return", "for_good", "cut_off", "farewell_hint", "my_going", "absent_future")
# (whole words: study "notes" and "fantastic" are no note and no fan)
_NOTE = frozenset({"note", "letter", "chitthi", "chithi", "चिट्ठी", "चिठ्ठी", "चिठी", "chitti", "pankha", "पंखा",
                   "pankhe", "पंखे", "fan", "hook", "हुक", "फंदा", "fanda", "noose", "patra", "पत्र"})


def forget_rope_for_the_trip(c: Concepts) -> None:
    if not c.of("hang") or not c.may_hold(_TRIP):
        return
    words = c.words
    if not any(t.raw.startswith(_TRIP) for t in words):
        return
    if c.of(*_HANGING) or not c.typed_words.isdisjoint(_NOTE):
        return
    for hit in c.of(*_ROPE_READINGS):
        if all(words[k].raw in _ROPE for k in range(hit.start, hit.end)):
            c.drop(hit.concept, hit.start, hit.end)
            c.add("unmeant", hit.start, hit.end)     # nor a means for the message-wide evidence
