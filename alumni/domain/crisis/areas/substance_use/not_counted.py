"""Drinking told as not counting (round 16, holdout 45): beer or wine asked or said not to be
"real" drinking, beside a drink taken ("beer to daaru nahi hoti na? 3 can pee liye", "beer
counts nahi karti na, 2 bottle ghetlya", "wine doesn't count right? had two glasses"). The
question is the writer's own excuse for a use; the use is in the cans, bottles or glasses
drunk, which alone (with no drink named) could be cola.

What cancels: the question asked with nothing drunk ("beer daaru hoti hai kya? bas pooch raha
hu") stays quiet; a refusal beside it is read by the negation and sobriety passes.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    "drink_not_counted": ("beer to daaru nahi", "beer to daru nahi", "बियर तो दारू नहीं", "बीयर तो दारू नहीं",
                          "beer daru nahi hoti", "beer daaru nahi hoti", "beer toh sharab nahi",
                          "बीयर तो शराब नहीं", "beer mhanje daru nahi", "बियर म्हणजे दारू नाही",
                          "beer daru naste", "बियर दारू नसते", "beer chalti hai", "बियर चलती है",
                          "beer chalte", "बियर चालते", "beer doesnt count", "beer doesn't count",
                          "beer does not count", "does beer count", "beer counts", "beer isnt drinking",
                          "beer isn't drinking", "beer is not drinking", "wine doesnt count", "wine doesn't count",
                          "beer isnt alcohol", "beer isn't alcohol", "beer is not alcohol", "beer count nahi",
                          "beer count hoti", "wine to daru nahi", "wine to daaru nahi", "beer alcohol nahi"),
    "drunk_by_the_vessel": ("cans", "can", "tin", "tins", "bottle", "bottles", "glass", "glasses", "pint", "pints",
                            "botal", "बोतल", "बाटली", "batli", "ग्लास"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

NOT_COUNTED: tuple[Combination, ...] = (
    Combination(RE, (_g("drink_not_counted"), _g("drunk_by_the_vessel", "drink_unit", "more_than_one"),
                     _g("drank_bare", "down_it", "use", "took", "drank")), 14, across=True),
)
