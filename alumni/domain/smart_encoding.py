"""Twilio's Smart Encoding, as a pure fold: the Unicode characters a messaging service
replaces with their plain GSM-7 look-alikes so a text is not sent as costlier UCS-2
(curly quotes -> straight, long dashes -> '-', the ellipsis -> '...', odd spaces -> ' ').

Where it matters here: before resending an attempt that may have gone out, the sender asks
Twilio for the message it may have made, and Twilio answers with the body as it stored it,
after this replacement. Both bodies are compared after the same fold, so a check-in with an
apostrophe in a name (O’Brien) is recognised instead of sent twice."""
from __future__ import annotations

import re

# Twilio's published replacements (the common ones; anything else is compared as is).
_REPLACEMENTS = {
    "\u00ab": '"', "\u00bb": '"', "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
    "\u02ba": '"', "\u02ee": '"', "\u275d": '"', "\u275e": '"', "\u301d": '"',
    "\u301e": '"', "\uff02": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u2035": "'",
    "\u2039": "'", "\u203a": "'", "\u02bb": "'", "\u02bc": "'", "\u02bd": "'", "\u02b9": "'",
    "\u275b": "'", "\u275c": "'", "\uff07": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u2043": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
    "\u2026": "...",
    "\u00a0": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ", "\u2003": " ", "\u2004": " ",
    "\u2005": " ", "\u2006": " ", "\u2007": " ", "\u2008": " ", "\u2009": " ", "\u200a": " ",
    "\u202f": " ", "\u205f": " ", "\u3000": " ",
    "\u200b": "", "\u2060": "", "\ufeff": "",
    "\u2022": "-", "\u2024": ".",
    "\u02c6": "^", "\u02dc": "~", "\u2028": "\n", "\u2029": "\n",
    "\uff0c": ",", "\uff1a": ":", "\uff1b": ";", "\uff0e": ".", "\uff01": "!", "\uff1f": "?",
}
_TABLE = str.maketrans(_REPLACEMENTS)
_SPACES = re.compile(r"[ \t]+")


def smart_encode(text: str) -> str:
    """The body as a messaging service with Smart Encoding on would store and send it."""
    return text.translate(_TABLE)


def same_text(sent: str, stored: str) -> bool:
    """Is `stored` (the provider's copy) the text we sent as `sent`, allowing for Smart
    Encoding and for whitespace the provider may trim or collapse?"""
    return _normalised(sent) == _normalised(stored)


def _normalised(text: str) -> str:
    lines = smart_encode(text or "").replace("\r\n", "\n").split("\n")
    return "\n".join(_SPACES.sub(" ", line).strip() for line in lines).strip()
