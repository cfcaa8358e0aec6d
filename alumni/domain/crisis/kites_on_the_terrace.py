"""Kite flying on the terrace (round 19), read by alumni.domain.crisis.idioms before the rules:

- a kite's string that cut a finger: "maanjhe se ungli kat gayi", "मांजाने बोट कापलं गेलं",
  "the kite string cut my finger": the string is what cut, by mishap. Only a cut suffered
  ("kat gayi", "कट गया", "cut my finger" after the string) reads this way; "maanjhe se haath kaat
  liya" (done on purpose), "jaan bujh ke" or the self cut ("khud ko") keep the alarm;
- a jump onto the next roof: "गच्चीवरून उडी मारून शेजारच्या गच्चीवर गेला", "bagal wali chhat pe
  kood gaya", "jumped to the neighbour's terrace for the kite": the jump lands on another roof,
  so it is no fall. A jump from the roof with no roof to land on ("गच्चीवरून उडी मारणार") keeps
  its reading.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_STRING = ("maanjh", "manjh", "maanja", "manja", "मांज", "मांझ", "माँझ", "माँज", "string", "dor", "डोर")
_CUT_SUFFERED_NEXT = frozenset({"gayi", "gaya", "gai", "gayii", "gya", "gyi", "गई", "गयी", "गया", "gela",
                                "geli", "gel", "गेला", "गेली", "गेलं", "my", "his", "her", "finger", "hath",
                                "haath", "ungli", "ungali", "बोट", "bot"})
_ON_PURPOSE = frozenset({"liya", "li", "lia", "leta", "dala", "diya", "daala", "kiya", "लिया", "ली", "डाला",
                         "घेतला", "घेतलं", "ghetla", "ghetle", "jaan", "जान", "bujh", "बूझ", "purpose", "myself",
                         "khud", "खुद", "swata", "स्वतः", "roz", "roj", "रोज़", "रोज", "dunga", "dungi",
                         "दूंगा", "दूँगा", "dalunga", "डालूंगा", "kapin", "कापीन", "कापेन", "will", "gonna",
                         "nas", "नस", "nass", "wrist", "kalai", "कलाई", "managat", "मनगट", "vein", "veins"})
# Only a cut suffered: "kat gayi", "कापलं गेलं"; an English "cut" needs the string as its subject
# right before it ("the kite string cut my finger").
_CUT = ("cut", "wound", "weapon", "take_any", "by_accident", "pricked_for_reason")
_NEIGHBOUR = ("शेजार", "shejar", "shejaar", "padosi", "padosh", "पड़ोस", "पडोस", "bagal", "बगल", "next",
              "neighbour", "neighbor", "दूसरी", "dusri", "doosri", "दुसऱ्या", "dusrya")
_ROOF = ("गच्ची", "gachchi", "gacchi", "gachi", "छत", "chhat", "chat", "terrace", "roof", "इमारत",
         "building")
_JUMP_VERB = ("strike", "beat_verb", "die", "kill", "use", "line_verb")
_JUMPING = ("jump", "height", "high_place", "roof_top", "danger_place", "fall_place", "blown_on")


def _string_cut(c: Concepts) -> None:
    words = c.words
    for hit in c.of("cut"):
        clause = words[hit.start].clause
        before = [w for w in words[max(0, hit.start - 5):hit.start] if w.clause == clause]
        if not any(w.raw.startswith(_STRING) for w in before):
            continue
        near = before + list(words[hit.start:hit.end + 3])
        if any(w.raw in _ON_PURPOSE for w in near) or c.of("self"):
            continue
        suffered = hit.end < len(words) and words[hit.end].raw in _CUT_SUFFERED_NEXT
        if suffered or (words[hit.start].raw == "cut" and before[-1].raw.startswith(_STRING)):
            for name in _CUT:
                c.drop(name, hit.start, hit.end + 1)


def _jump_to_next_roof(c: Concepts) -> None:
    words = c.words
    n = len(words)
    for hit in c.of("jump"):
        clause = words[hit.start].clause
        after = [k for k in range(hit.end, min(n, hit.end + 5)) if words[k].clause == clause]
        landing = any(words[k].raw.startswith(_NEIGHBOUR) and any(
            words[j].raw.startswith(_ROOF) for j in range(k, min(n, k + 3))) for k in after)
        if not landing:
            continue
        start = max(0, hit.start - 4)
        while words[start].clause != clause:
            start += 1
        for name in _JUMPING:
            c.drop(name, start, after[-1] + 1)
        for name in _JUMP_VERB:     # "उडी मारून": the striking verb is the jump's own
            c.drop(name, hit.start, hit.end)


def forget_kites_on_the_terrace(c: Concepts) -> None:
    if c.of("cut") and c.may_hold(_STRING):
        _string_cut(c)
    if c.of("jump") and c.may_hold(_NEIGHBOUR):
        _jump_to_next_roof(c)
