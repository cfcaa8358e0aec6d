"""A poison eaten or a hanging in a scene of a play (round 75): acting, unless a real weapon or the
writer's last scene is named. Read by alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_SCENE = frozenset({"सीन", "scene", "प्रसंग", "prasang", "prasanga", "role", "रोल", "भूमिका", "bhumika", "rehearsal",
                    "रिहर्सल", "dummy", "डमी"})
# The play itself named in the message, and a scene compared to ("like that scene in the movie") is none.
_THEATRE = frozenset({"नाटक", "natak", "नाटकात", "natakat", "नाटकातला", "stage", "स्टेज", "मंच", "manch", "rehearsal",
                      "रिहर्सल", "तालीम", "talim", "play", "drama", "ड्रामा", "serial", "सीरियल", "शूटिंग",
                      "shooting", "director"})
_LIKE = frozenset({"like", "जैसा", "जैसे", "jaisa", "jaise", "सारखं", "sarkha", "सारखा", "sarkhe"})
_REAL = frozenset({"खरी", "khari", "खरा", "khara", "असली", "asli", "real", "खरंच", "kharach", "sach", "सच"})
_PLAYED = ("poison", "hang", "hanging", "ligature", "noose_cord", "rope_tied", "die", "eat", "drank", "drink_verb",
           "kill", "suicide", "weapon", "cutting_tool", "want")


def forget_scene_played(c: Concepts) -> None:
    """A poison eaten or a hanging in a scene of the play (round 75: "नए नाटक में मेरा ज़हर खाने वाला सीन है",
    "नव्या नाटकात मी विष पिण्याचा प्रसंग करतो", "fansi ka scene hai, stage pe dummy rassi"): acting. A real
    weapon, or the writer's last scene, keeps every word."""
    words = c.words
    if c.of("tc_last_bow") or not c.may_hold(tuple(_SCENE)) or c.typed_words.isdisjoint(_THEATRE):
        return
    for clause in {t.clause for i, t in enumerate(words)
                   if t.raw in _SCENE and not any(w.raw in _LIKE for w in words[max(0, i - 3):i])}:
        inside = [i for i, t in enumerate(words) if t.clause == clause]
        if {words[i].raw for i in inside} & _REAL:
            continue
        for name in _PLAYED:
            c.drop(name, inside[0], inside[-1] + 1)
        c.add("unmeant", inside[0], inside[-1] + 1)
