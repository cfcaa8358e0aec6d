"""How many SMS segments a text costs, and in which encoding.

GSM-7 (the default alphabet) fits 160 septets in one SMS, 153 per segment once a message
is split (the rest is the concatenation header). Characters from the GSM extension table
(^ { } \\ [ ~ ] | and the euro sign, form feed) take two septets, an escape and the
character, and a segment never splits such a pair. Any character outside both tables
(Devanagari, most emoji, curly quotes) switches the whole message to UCS-2: 70 UTF-16 code
units in one SMS, 67 per segment, and a surrogate pair (an emoji) is never split.
"""
from __future__ import annotations

from dataclasses import dataclass

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
GSM7_EXTENSION = frozenset("^{}\\[~]|€\f")

GSM7 = "GSM-7"
UCS2 = "UCS-2"
SINGLE = {GSM7: 160, UCS2: 70}
MULTI = {GSM7: 153, UCS2: 67}
WARN_ABOVE_SEGMENTS = 3


@dataclass(frozen=True)
class SmsSegments:
    encoding: str       # "GSM-7" or "UCS-2"
    segments: int       # 0 for an empty text
    units: int          # septets (GSM-7) or UTF-16 code units (UCS-2)
    per_segment: int    # capacity of one segment for this message

    @property
    def too_long(self) -> bool:
        """Above three segments a check-in costs (and reads) like a letter: warn the editor."""
        return self.segments > WARN_ABOVE_SEGMENTS


def encoding_for(text: str) -> str:
    return GSM7 if all(ch in GSM7_BASIC or ch in GSM7_EXTENSION for ch in text) else UCS2


def _unit_sizes(text: str, encoding: str) -> list[int]:
    """Each character's cost in units; a character is the smallest piece never split."""
    if encoding == GSM7:
        return [2 if ch in GSM7_EXTENSION else 1 for ch in text]
    return [2 if ord(ch) > 0xFFFF else 1 for ch in text]


def count_segments(text: str) -> SmsSegments:
    encoding = encoding_for(text)
    sizes = _unit_sizes(text, encoding)
    units = sum(sizes)
    if units == 0:
        return SmsSegments(encoding, 0, 0, SINGLE[encoding])
    if units <= SINGLE[encoding]:
        return SmsSegments(encoding, 1, units, SINGLE[encoding])
    capacity = MULTI[encoding]
    segments, used = 1, 0
    for size in sizes:
        if used + size > capacity:  # the pair or surrogate moves whole to the next segment
            segments, used = segments + 1, 0
        used += size
    return SmsSegments(encoding, segments, units, capacity)
