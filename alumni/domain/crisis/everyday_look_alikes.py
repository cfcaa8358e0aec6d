"""Everyday words that fold onto danger words (round 17), read by alumni.domain.crisis.idioms
before the rules, beside the older table of look_alike_words.py:

- the Hindi copula "hai"/"है" shares its skeleton with "हाई" (high), so "khet me dawa
  chhidakna hai kal" read as "me high tomorrow";
- "fri" between days of the week ("worked thu fri sat") is Friday, not "free" (a negation
  that cancelled the drinking);
- "daant"/"डांट" (a scolding, round 18) folds to the SMS "dnt" (don't): "boss ki daant ke
  baad 2 peg" is no drinking denied;
- the English "pain" (round 23) folds to "pina" (to drink), "पिईन" (I will drink) and "pin" (a
  card's PIN): "my back pain is bad today" is no drinking today, and no PIN handed over. It
  stays an ache; the English "after" folds to "father" ("the pain will end after surgery" has no
  father in it), "shut" to "shoot" and "shot" ("gonna shut the shop early"), and "paint" to
  "pint" ("i want to paint the house").

("कहता", "कहते", says, fold to "katta", a country pistol, and "kaat", cut: that one is in
look_alike_words.py's table.) "main high hu" and "free from drink" keep their readings."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_COPULA = frozenset({"hai", "है", "hain", "हैं", "hei", "hay"})
_SCOLDING = frozenset({"daant", "डांट", "daanth", "dant"})
# A scolding is a noun among these: "daant ke baad", "daant padi", "boss ki daant".
_SCOLDING_NEXT = frozenset({"ke", "के", "padi", "पड़ी", "pdi", "khayi", "खाई", "khai", "se", "से", "sunke", "सुनके",
                            "suni", "सुनी", "mili", "मिली"})
_SCOLDING_BEFORE = frozenset({"ki", "की", "bahut", "बहुत", "itni", "इतनी"})
# English words typed as themselves, and what their skeletons fold onto that they never mean.
_PAIN_FOLDS = ("drink_verb", "will_take_it", "eat", "exr_my_habit", "secret_code", "affairs", "possession")
_SHUT_FOLDS = ("kill", "drink_unit", "one_unit", "smoke_named", "smoke_verb", "event_night")
_PAINT_FOLDS = ("alcohol", "drink_unit", "drunk_by_the_vessel")
_ENGLISH_FOLDS: dict[str, tuple[str, ...]] = {
    "pain": _PAIN_FOLDS, "pains": _PAIN_FOLDS, "painful": _PAIN_FOLDS, "painkiller": _PAIN_FOLDS,
    "painkillers": _PAIN_FOLDS, "after": ("relation", "family_addressed"), "shut": _SHUT_FOLDS,
    "paint": _PAINT_FOLDS, "painting": _PAINT_FOLDS, "painted": _PAINT_FOLDS,
}
_DRINK_GIVEN_FREE = frozenset({"daru", "daaru", "दारू", "दारु", "drink", "drinks", "beer", "बीयर", "बियर", "peg",
                               "pegs", "पेग", "whisky", "व्हिस्की", "sharab", "शराब", "bottle", "बोतल", "बाटली"})
# "hoping for good money", "for good rates" (round 75): good as the adjective of what follows,
# not "for good" (for ever).
_GOOD_WHAT = frozenset({"money", "price", "prices", "rate", "rates", "returns", "profit", "luck", "marks", "result",
                        "results", "business", "income", "crop", "yield", "health", "weather", "news", "quality",
                        "pay", "sales", "reason", "cause", "food", "sleep"})
# "Rate at Ramanagara is 480 now" (round 75): a number a few words after a price is the price, not
# an amount taken.
_PRICE_WORDS = frozenset({"rate", "rates", "रेट", "price", "prices", "bhav", "bhaav", "भाव", "daam", "दाम", "dar",
                          "दर", "kimat", "किंमत", "कीमत", "keemat"})
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun", "सोम", "मंगल", "बुध", "गुरु", "शुक्र", "शनि", "रवि")


def forget_everyday_look_alikes(c: Concepts) -> None:
    words = c.words
    for hit in c.of("high_word"):
        if words[hit.start].raw in _COPULA:
            c.drop("high_word", hit.start, hit.end)
    for hit in c.of("negation"):
        if words[hit.start].raw != "fri":
            continue
        near = words[max(0, hit.start - 2):hit.start] + words[hit.end:hit.end + 2]
        if any(t.raw.startswith(_DAYS) for t in near):
            c.drop("negation", hit.start, hit.end)
    # "manager ne free daru di sabko", "free drinks for staff" (round 30): free of charge, said
    # before the drink; "daru free", "free from drink" are a life without it.
    for hit in c.of("negation"):
        if words[hit.start].raw == "free" and hit.end < len(words) and words[hit.end].raw in _DRINK_GIVEN_FREE:
            c.drop("negation", hit.start, hit.end)
    for hit in c.of("negation"):
        if words[hit.start].raw not in _SCOLDING:
            continue
        following = words[hit.end].raw if hit.end < len(words) else ""
        preceding = words[hit.start - 1].raw if hit.start else ""
        if following in _SCOLDING_NEXT or preceding in _SCOLDING_BEFORE:
            c.drop("negation", hit.start, hit.end)
    if not c.typed_words.isdisjoint(_ENGLISH_FOLDS):
        for i, token in enumerate(words):
            for name in _ENGLISH_FOLDS.get(token.raw, ()):
                c.drop(name, i, i + 1)
    if "good" in c.typed_words and not c.typed_words.isdisjoint(_GOOD_WHAT):
        for i in range(len(words) - 2):
            if words[i].raw == "for" and words[i + 1].raw == "good" and words[i + 2].raw in _GOOD_WHAT:
                c.drop_all(i, i + 2)
                c.add("unmeant", i, i + 2)      # nor a farewell for the message-wide evidence
    if not c.typed_words.isdisjoint(_PRICE_WORDS):
        for i, token in enumerate(words):
            if token.raw.isdigit() and any(w.raw in _PRICE_WORDS and w.sentence == token.sentence
                                           for w in words[max(0, i - 4):i]):
                c.drop_all(i, i + 1)
                c.add("unmeant", i, i + 1)
