"""How deeply a JSON body may nest. Every document this service takes is two or three
levels deep; a body of ten thousand `[` would exhaust the parser's recursion (a 500) or
every function that walks it afterwards."""
from __future__ import annotations

from collections.abc import Iterable

JSON_MAX_DEPTH = 32


def nesting_depth_exceeds(value: object, limit: int = JSON_MAX_DEPTH) -> bool:
    """Whether a parsed document nests more than `limit` containers deep; walked without
    recursion, and stopping at the first container too deep."""
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children: Iterable[object]
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False
