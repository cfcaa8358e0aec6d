"""Hindi verb endings as people type them short of the standard spelling, folded onto it
before the skeleton is made (alumni.domain.crisis.spelling), so that the lexicon lists each
form once.

- The first-person future loses its nasal in quick typing and in voice typing that hears
  it weakly: "maruga", "jauga", "marooga", "मरूगा", "जाऊगी" are "marunga", "jaunga",
  "maroonga", "मरूंगा", "जाऊंगी"; the nasal slips onto the letter before ("जांऊगा"), and
  "jaonga" is typed for "jaunga".
- The future's glide is written with "y" or without: "jayenge", "जायेंगे" are "jaenge",
  "जाएंगे", as the lexicon lists them.

Only at the end of a word, and only after a vowel of the verb, so that "drug", "plug" or
"yoga" are left as they are.
"""
from __future__ import annotations

import re

_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "maruga", "jauga", "marooga", "kha lugi": the nasal of "-unga", "-ungi" dropped.
    (re.compile(r"(?<=[a-z])(u|oo)(?=g[ai]$)"), r"\1n"),
    # "jaonga", "khaongi": "o" for the "u" of "-aunga".
    (re.compile(r"(?<=[a-z]a)o(?=ng[ai]$)"), "u"),
    # "मरूगा", "जाऊगी", "लुगा": the anusvara of "-ूंगा", "-ऊंगी" dropped.
    (re.compile("([\u0942\u0941\u090a\u0909])(?=ग[\u093e\u0940]$)"), "\\1\u0902"),
    # "जांऊगा", "जाँउगी": the nasal typed on the vowel before.
    (re.compile("\u093e[\u0902\u0901]([\u090a\u0909])\u0902?(?=ग[\u093e\u0940]$)"), "\u093e\\1\u0902"),
    # "jayenge", "jayega", "jayegi": the glide written out.
    (re.compile(r"(?<=[a-z]a)y(?=e(?:n?g[aei])$)"), ""),
    # "जायेंगे", "जायेगा", "जायेगी".
    (re.compile("\u093e\u092f\u0947(?=\u0902?ग[\u0947\u093e\u0940]$)"), "\u093e\u090f"),
)


def fold_verb_endings(word: str) -> str:
    """The word with a short-typed Hindi future ending written out ("jauga" -> "jaunga")."""
    if len(word) < 4:
        return word
    for pattern, replacement in _FOLDS:
        word = pattern.sub(replacement, word)
    return word
