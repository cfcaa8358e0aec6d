"""Food poisoning is an illness, not a poison taken: "bahar ka kuch kha liya, food poisoning ho
gaya, hospital gaye", "ate street food, food poisoning". After "food" ("फूड"), the word for a
poisoning is forgotten as a poison and as the evidence's poison signal. A poison named on its
own beside it ("food poisoning ke bahane chuha maar kha liya") reads as before. Called from
alumni.domain.crisis.idioms."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_FOOD = frozenset({"food", "fud", "foood", "फूड", "फ़ूड", "फुड"})
_POISONING = ("poison", "poision", "posion", "poisen", "poizon", "पॉइज", "पॉयज", "पोइज", "पॉईज", "पोयज", "पाॅइज")


def forget_food_poisoning(c: Concepts) -> None:
    if c.typed_words.isdisjoint(_FOOD):
        return
    words = c.words
    for i, token in enumerate(words[:-1]):
        if token.raw in _FOOD and words[i + 1].raw.startswith(_POISONING):
            c.drop("poison", i + 1, i + 2)
            c.add("unmeant", i + 1, i + 2)
