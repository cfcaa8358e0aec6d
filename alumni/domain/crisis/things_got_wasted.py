"""Things that "got wasted", "got smashed" or "got hammered" (round 23): in Indian English the
day, the time, the money or the food "got wasted", a phone screen or a shop window "got smashed",
a team "got hammered 5-0" and the crops by rain. Said of the writer these words are a night's
drinking ("got wasted last night", "i got hammered at the office party"); said of a thing, or
with the one who did it ("got smashed by a truck"), they are not.

Only the word right before "got" is taken for its subject ("went to the party and got
wasted" is the writer's night). A person there, or nothing, keeps the drinking; so does "by"
followed by an hour ("got hammered by 10").
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_PARTY_WORDS = frozenset({"wasted", "smashed", "hammered", "trashed", "blasted", "plastered", "baked"})
# What gets wasted, broken or beaten that is not a person drinking.
_THINGS = frozenset({
    "day", "days", "time", "hours", "hour", "week", "month", "year", "years", "leave", "money", "paisa", "paise",
    "salary", "savings", "fees", "food",
    "khana", "water", "milk", "fuel", "petrol", "electricity", "crops", "crop", "harvest", "fasal", "stock",
    "effort", "efforts", "chance", "opportunity", "ticket", "tickets", "seat", "paper", "exam", "attempt",
    "phone", "mobile", "screen", "display", "car", "bike", "scooter", "auto", "truck", "bus", "windshield",
    "window", "windows", "glass", "mirror", "door", "gate", "tv", "laptop", "shop", "stall", "house",
    "team", "side", "india", "cake", "bread", "idea", "plan", "plans", "life's", "youth",
})
_HOUR_NEXT = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "midnight", "noon", "evening",
              "night", "morning")


def forget_things_got_wasted(c: Concepts) -> None:
    if "got" not in c.typed_words or c.typed_words.isdisjoint(_PARTY_WORDS):
        return
    words = c.words
    for i in range(len(words) - 1):
        if words[i].raw != "got" or words[i + 1].raw not in _PARTY_WORDS:
            continue
        subject = words[i - 1].raw if i else ""
        after = [t.raw for t in words[i + 2:i + 4]]
        by_someone = after[:1] == ["by"] and not (len(after) > 1 and after[1].startswith(_HOUR_NEXT))
        if subject not in _THINGS and not by_someone:
            continue
        c.drop_all(i, i + 2)
