"""A sentence the domain or a service wrote in English, said again in the reader's language.

The domain stays English (docs/development.md, "Adding a translation"): a refusal or a note
is written once, as an English sentence with {named} parts, and a page reads it back
through a table whose values are msgids with the same parts as %(named)s placeholders:

    REFUSAL_WORDS = {"{name} has no phone.": _l("%(name)s has no phone.")}
    read_back("Asha Patil has no phone.", REFUSAL_WORDS)  ->  "Asha Patil यांचा फोन नंबर नोंदवलेला नाही." (Marathi)

A part that is itself a word to translate (a channel, a nested sentence) is said by the
function `parts` names for it. A sentence no pattern matches is shown as written: a person's
own words, or a sentence added without its msgid (each table's test catches the latter)."""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache

_PART = re.compile(r"\{(\w+)\}")


@lru_cache(maxsize=512)
def _pattern(english: str) -> re.Pattern[str]:
    pieces = _PART.split(english)   # literal, name, literal, name, ..., literal
    return re.compile("".join(re.escape(piece) if i % 2 == 0 else f"(?P<{piece}>.+?)"
                              for i, piece in enumerate(pieces)), re.DOTALL)


def read_back(english: str, table: Mapping[str, object],
              parts: Mapping[str, Callable[[str], str]] | None = None) -> str:
    """`english` in the reader's words by the first sentence of `table` it matches whole."""
    for sentence, words in table.items():
        match = _pattern(sentence).fullmatch(english)
        if match is None:
            continue
        values = {name: (parts[name](value) if parts and name in parts else value)
                  for name, value in match.groupdict().items()}
        return str(words) % values if values else str(words)
    return english
