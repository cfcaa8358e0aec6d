"""A refusal and a proverb said with dying (round 22, holdout 63), removed before the rules
combine concepts:

- "over my dead body", "meri laash par se guzarna padega", "माझ्या प्रेतावरून जा": a refusal,
  never a death wish; "you will find my dead body" and "meri laash milegi" still alert, as the
  body is found or lies somewhere rather than being crossed;
- "आपण मेलो जग बुडालं", "main mar gaya to duniya doob gayi": the proverb "after me, who cares",
  neither one's own dying nor an overdose's world that fades; "मी मेलो तरी जगाला फरक पडणार नाही"
  (the world will not notice) still alerts, as nothing drowns.

Called from alumni.domain.crisis.everyday_idioms, before its check for a method or the self: the
idiom's own words are all it uses up.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.spelling import Token

# "over my dead body" and its Hindi and Marathi forms: a refusal. Said with "my", and crossed
# or passed over ("par se", "pe se", "-वरून"); a body found or lying somewhere is no idiom.
_MY = frozenset({"my", "meri", "मेरी", "mere", "मेरे", "majhya", "mazhya", "mazya", "maazya", "majya", "माझ्या",
                 "hamari", "हमारी"})
_CORPSE = frozenset({"laash", "lash", "laas", "लाश", "लाश़", "lashon", "maiyat", "मैय्यत", "मय्यत", "arthi",
                     "अर्थी"})
_OVER = frozenset({"par", "pe", "पर", "पे", "upar", "ऊपर"})
_CROSSING = frozenset({"se", "से", "hoke", "होके", "hokar", "होकर", "guzar", "गुज़र", "गुजर", "guzarna", "गुज़रना",
                       "गुजरना", "guzro", "गुज़रो", "guzarke", "गुज़रके"})
_OVER_A_CORPSE_MR = ("pretavarun", "प्रेतावरून", "pretavrun", "मढ्यावरून", "madhyavarun", "mrutdehavarun",
                     "मृतदेहावरून")


def _idiom_span(words: list[Token], i: int) -> int | None:
    """The end of "over my dead body" or its Hindi or Marathi form beginning at word i."""
    raw = words[i].raw
    n = len(words)
    if raw == "over" and i + 3 < n and words[i + 1].raw in _MY and words[i + 2].raw == "dead" \
            and words[i + 3].raw in ("body", "bodies"):
        return i + 4
    if raw in _MY and i + 1 < n:
        nxt = words[i + 1].raw
        if nxt.startswith(_OVER_A_CORPSE_MR):
            return i + 2
        if nxt in _CORPSE and i + 3 < n and words[i + 2].raw in _OVER and words[i + 3].raw in _CROSSING:
            return i + 4
    return None


def _over_my_dead_body(c: Concepts) -> None:
    if not c.of("die", "body", "corpse") and not c.may_hold(("dead", "लाश", "laash", "lash", "प्रेतावर",
                                                             "pretavar", "मढ्यावर")):
        return
    words = c.words
    for i in range(len(words)):
        end = _idiom_span(words, i)
        if end is None:
            continue
        for name in c.present():
            c.drop(name, i, end)
        c.add("unmeant", i, end)


# "आपण मेलो जग बुडालं": when I die the world drowns; said of not minding others' business.
_WORLD = frozenset({"jag", "जग", "duniya", "dunia", "दुनिया", "world", "jagat", "जगत"})
_DROWNED = ("budal", "बुडाल", "budel", "बुडेल", "buda", "बुड", "doob", "डूब", "dub", "drown")


_DIED = ("mar", "मर", "mel", "मेल", "mele", "मेले", "die", "dead", "gone")


def _after_me_the_flood(c: Concepts) -> None:
    """The dying word a few words before the world, and the world drowned right after it."""
    if c.typed_words.isdisjoint(_WORLD):
        return
    words = c.words
    for j, token in enumerate(words):
        if token.raw not in _WORLD or j + 1 >= len(words) or not words[j + 1].raw.startswith(_DROWNED):
            continue
        died = next((i for i in range(j - 1, max(-1, j - 5), -1)
                     if words[i].sentence == token.sentence and words[i].raw.startswith(_DIED)), None)
        if died is None:
            continue
        for name in c.present():
            c.drop(name, died, j + 2)
        c.add("unmeant", died, j + 2)


def remove_refusals_and_proverbs(c: Concepts) -> None:
    _over_my_dead_body(c)
    _after_me_the_flood(c)
