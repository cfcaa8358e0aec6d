"""Envy said as burning (the reading of rounds 62-63): "padosi meri nayi patang dekh ke jal ke raakh
ho gaya 😂", "शेजारी माझी उंच पतंग बघून जळून खाक झाला", "wo mujhse jalta hai": someone burns at the
sight of another's luck, or "burns from" someone. The burning right after the seeing ("dekh ke",
"बघून") or the "from" ("mujhse", "त्याच्यावर") is the envy, and its ashes with it. A fire, a
kerosene can or a match named in the sentence keeps every word alerting. Read by
alumni.domain.crisis.idioms."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_SEEING = frozenset({"dekh", "dekhke", "dekhkar", "देख", "देखके", "देखकर", "देख़", "baghun", "बघून",
                     "pahun", "पाहून", "bagun", "seeing"})
# Burning in itself, not burning someone ("jala dunga", "जाळीन" stay what they were).
_BURNING = frozenset({"jal", "जल", "jalke", "jalkar", "जलके", "jalta", "jalti", "jalte", "जलता", "जलती", "जलते",
                      "jalun", "जळून", "jalto", "जळतो", "जळते", "jaltat", "जळतात", "jalat", "जळत",
                      "jalbhun", "jal-bhun"})
_FROM = frozenset({"mujhse", "मुझसे", "humse", "हमसे", "tujhse", "तुझसे", "usse-from", "unse", "उनसे",
                   "majhyavar", "माझ्यावर", "amchyavar", "आमच्यावर", "tyachyavar", "त्याच्यावर"})
_SEEING_OR_FROM = _SEEING | _FROM
_ASHES = frozenset({"ke", "के", "kar", "कर", "raakh", "rakh", "राख", "khaak", "khak", "खाक", "ho", "हो", "gaya",
                    "गया", "gayi", "गई", "zala", "झाला", "jhala", "zali", "झाली", "hai", "है", "ahe", "आहे"})
_FIRE = ("kerosene", "केरोसीन", "rockel", "रॉकेल", "petrol", "पेट्रोल", "matchbox", "machis", "माचिस", "kaadi",
         "काडी", "aag", "आग", "fire", "lighter")


def forget_envy_burns(c: Concepts) -> None:
    if not c.may_hold(_BURNING):
        return
    words = c.words
    for k, token in enumerate(words):
        if token.raw not in _BURNING or k == 0:
            continue
        sentence = [t for t in words if t.sentence == token.sentence]
        if any(t.raw.startswith(_FIRE) for t in sentence):
            continue
        before = [t.raw for t in words[max(0, k - 2):k] if t.sentence == token.sentence]
        if not (set(before) & _SEEING_OR_FROM):
            continue
        end = k + 1
        while end < len(words) and end <= k + 4 and words[end].raw in _ASHES:
            end += 1
        c.drop_all(k, end)
        c.add("unmeant", k, end)
