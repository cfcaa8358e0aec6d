"""What the dialect word modules share: the Devanagari vowel signs a stem may end in (which
pick a verb ending's joining letter), and the table turned round, from each standard word and
its typed forms to each form and the word it stands for."""
from __future__ import annotations

from collections.abc import Iterable, Mapping

VOWEL_SIGNS = frozenset("ािीुूेैोौ")


def read_as(*tables: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """{typed form: standard word} of tables {standard word: typed forms}; a later table wins."""
    return {form: standard for table in tables for standard, forms in table.items() for form in forms}
