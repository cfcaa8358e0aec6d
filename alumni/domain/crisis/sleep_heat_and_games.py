"""Killing and dying said of trifles an older writer names (round 17), read by
alumni.domain.crisis.idioms before the rules:

- a serial, a phone or a worry that "killed" someone's sleep ("this match has killed my
  husband's sleep", "is serial ne meri neend maar di", "mobile ne zop marli"): the sleep is what
  was killed, so the killing is forgotten; "kill her in her sleep", "neend me maar dunga"
  (in the sleep) keep it;
- an appliance that is dead ("cooler bhi dead hai", "AC mar gaya", "the fridge died"): the
  machine is what died, as a phone's battery does (not a fan, where a rope is also tied);
- a skipping rope ("dorichya udya marte", "दोरीच्या उड्या", "rassi kood"): a game, not a
  rope for a neck nor a jump to death; "dori gheun latakto", "pulavarun udi marto" keep theirs.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.spelling import Token

_SLEEP = ("sleep", "neend", "नींद", "nind", "zop", "झोप", "jhop", "appetite", "bhook", "भूख", "bhuk")
_OWNER = ("my", "her", "his", "their", "our", "meri", "मेरी", "uski", "उसकी", "majhi", "माझी", "tichi", "तिची",
          "tyachi", "त्याची", "amchi", "आमची", "sabki", "सबकी")
_IN = frozenset({"in", "me", "में", "mein", "madhe", "मध्ये", "during"})
_KILLING = ("kill", "die", "strike", "beat_verb", "hurt")
_APPLIANCE = frozenset({"ac", "a.c", "cooler", "कूलर", "fridge", "फ्रिज", "geyser", "गीजर", "गिझर",
                        "inverter", "इन्वर्टर", "tv", "टीवी", "टीव्ही", "mixer", "मिक्सर", "motor", "मोटर",
                        "pump", "पंप", "bulb", "बल्ब", "heater", "हीटर"})
_DEAD = frozenset({"dead", "डेड", "died", "mar", "मर", "gaya", "गया", "gela", "गेला"})
_ROPE = frozenset({"dori", "दोरी", "dorichya", "दोरीच्या", "doricha", "rassi", "रस्सी", "skipping", "skip"})
_JUMPS = ("udya", "उड्या", "udi", "उडी", "kood", "कूद", "kud", "rope")
# Skipping's jumps, plural, before the rope: "udya marychi dori", "उड्या मारायची दोरी".
_JUMPS_BEFORE = frozenset({"udya", "उड्या", "udyanchi", "उड्यांची"})
_FOR_JUMPING = frozenset({"marychi", "maraychi", "marayachi", "मारायची", "marnyachi", "मारण्याची"})


def _owned_sleep(words: list[Token], k: int) -> bool:
    """words[k] is sleep, owned ("wife's sleep", "meri neend") and not the time of an act."""
    if not words[k].raw.startswith(_SLEEP):
        return False
    before = words[k - 1].raw if k else ""
    return before not in _IN and (before.startswith(_OWNER) or before.endswith(("'s", "s'")))


def forget_sleep_heat_and_games(c: Concepts) -> None:
    words = c.words
    n = len(words)
    for hit in c.of("kill"):
        after = range(hit.end, min(n, hit.end + 3))
        before = range(max(0, hit.start - 3), hit.start)
        if any(_owned_sleep(words, k) for k in after) or any(
                _owned_sleep(words, k) and not any(words[j].raw in _IN for j in range(k + 1, hit.start))
                for k in before):
            for name in _KILLING:
                c.drop(name, hit.start, hit.end)
    for i, t in enumerate(words):
        if t.raw in _APPLIANCE:
            for k in range(i + 1, min(n, i + 3)):
                if words[k].raw in _DEAD:
                    c.drop("die", k, k + 1)
        if t.raw in _ROPE and i + 1 < n and words[i + 1].raw.startswith(_JUMPS):
            end = min(n, i + 4)
            for name in ("hang", "ligature", "noose_cord", "die", "strike", "beat_verb", "hurt", "jump"):
                c.drop(name, i, end)
        # The rope named after the jumps: "udya marychi dori" (round 48; "udya" is also
        # tomorrow, and "udya marnar, dori tayar" is no game).
        if t.raw in _JUMPS_BEFORE and i + 2 < n and words[i + 1].raw in _FOR_JUMPING and words[i + 2].raw in _ROPE:
            c.drop_all(i, min(n, i + 4))
