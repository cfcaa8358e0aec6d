"""`record`: the small value classes read per word of every text (tokens, concept hits).

A frozen dataclass sets each field through object.__setattr__, which made building the
tokens and hits of a 1,600-character text about a fifth of detect()'s time. A record is
a plain slotted dataclass at run time (fields set directly; equality and hash by fields,
exactly as the frozen one had) and frozen to the type checker, which refuses any
assignment to a field.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar, dataclass_transform

_T = TypeVar("_T")


@dataclass_transform(frozen_default=True)
def record(cls: type[_T]) -> type[_T]:
    return dataclass(slots=True, unsafe_hash=True)(cls)
