"""Words as a phone's voice typing or autocorrect leaves them, read as the word that was
said or meant (round 16, holdout 45: phones that mangle what is typed and said).

- Voice typing hears a Hindi word as an English name: "jeena" (to live) comes out "Gina",
  "Geena" ("mujhe ab Gina nahi hai"), whose skeleton ("gin") is the liquor.
- Vowels dropped by a hurried thumb or an SMS habit, where the skeleton (which drops only
  "a") cannot find the word: "mra", "mre" (mera, mere; "mra" would be "mar", to die;
  "mri" is left out, as it is also the scan), "phn" (phone), "zrurat" (zarurat, need),
  "jndgi" (zindagi), "bhot" (bahut).

Whole words only, by their folded spelling, before the skeleton is made (as the dialect
words are): an English "Gina" who is someone's name still reads as "jeena", but living is
only a crisis in the lexicon's combinations (beside "nahi", "don't want", "no point"), so a
friend called Gina met for tea stays quiet. "bear" for beer is a reading in context
(alumni.domain.crisis.voice_typed, "few bear" is drinks, "bear with me" is not).
"""
from __future__ import annotations

from alumni.domain.crisis.dialect_tables import read_as

_HEARD: dict[str, tuple[str, ...]] = {
    "jeena": ("gina", "geena", "ginaa", "geenaa"),
}

_VOWELS_DROPPED: dict[str, tuple[str, ...]] = {
    "mera": ("mra", "mraa"),
    "mere": ("mre",),
    "phone": ("phn", "fone"),
    "zarurat": ("zrurat", "jrurat", "zrurt", "jrurt", "zaroorat", "zarurt"),
    "zindagi": ("jndgi", "zndgi"),
    "bahut": ("bhot", "bht"),
}

VOICE_TYPED_WORDS: dict[str, str] = read_as(_HEARD, _VOWELS_DROPPED)
