"""A sentence the domain, a service or a library wrote in English, said again in the reader's
language: the one way every page does it.

The domain stays English (docs/development.md, "Adding a translation"): a refusal or a note
is written once, as an English sentence, and a page reads it back through a table of its
shapes. A shape is the English sentence with its values as {named} parts; what it maps to
is a msgid with the same parts as %(named)s placeholders, or, where the words depend on a
value (a count, a plural), a function that takes the parts by name and says the sentence:

    REFUSAL_WORDS = {"{name} has no phone.": _l("%(name)s has no phone."),
                     "Keep this under {num} characters.":
                         lambda num: ngettext("Keep this under %(num)s character.",
                                              "Keep this under %(num)s characters.", int(num))}
    read_back("Asha Patil has no phone.", REFUSAL_WORDS)  ->  "Asha Patil यांचा फोन नंबर नोंदवलेला नाही." (Marathi)

In English the msgid is the shape itself, so an English reader reads the sentence as it was
written. A part that is itself a word to translate (a channel, a nested sentence) is said by
the function `parts` names for it. A shape may also mark its values "{}", as a scan of the
services' f-strings writes them (alumni/web/refusal_words.py): its function takes them in
order (a shape names all its parts or none). A function that returns None declines, and the
next shape is tried.

Each feature keeps its table in its own module, with a test that every sentence its code can
write matches a shape. A sentence no shape matches is shown as written: a person's own words,
or a sentence added without its shape (the tests catch the latter)."""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache

_PART = re.compile(r"\{(\w*)\}")

Parts = Mapping[str, Callable[[str], str]]


@lru_cache(maxsize=1024)
def _pattern(shape: str) -> re.Pattern[str]:
    pieces = _PART.split(shape)   # literal, name, literal, name, ..., literal
    groups = (f"(?P<{piece}>.+?)" if piece else "(.+?)" for piece in pieces[1::2])
    return re.compile("".join(re.escape(piece) if i % 2 == 0 else next(groups)
                              for i, piece in enumerate(pieces)), re.DOTALL)


def _say(words: object, in_order: list[str], named: dict[str, str]) -> str | None:
    if callable(words):   # a lazy msgid is not callable; a function of the parts is
        said = words(*in_order, **named)
        return None if said is None else str(said)
    return str(words) % named if named else str(words)


def read_back_known(english: str, table: Mapping[str, object], parts: Parts | None = None) -> str | None:
    """`english` in the reader's words by the first shape of `table` that matches it whole
    and says it, or None when none does."""
    if english in table and not _PART.search(english):
        return _say(table[english], [], {})
    for shape, words in table.items():
        match = _pattern(shape).fullmatch(english)
        if match is None:
            continue
        named = {name: (parts[name](value) if parts and name in parts else value)
                 for name, value in match.groupdict().items()}
        said = _say(words, [] if named else list(match.groups()), named)
        if said is not None:
            return said
    return None


def read_back(english: str, table: Mapping[str, object], parts: Parts | None = None) -> str:
    """`english` in the reader's words, or as written when no shape of `table` says it."""
    said = read_back_known(english, table, parts)
    return english if said is None else said
