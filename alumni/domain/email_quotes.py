"""The new part of an email reply: quoted history and signatures removed, so a "3" typed
above a quoted check-in is read as a 3 and not as the whole thread."""
from __future__ import annotations

import re

# A line where the quoted history begins, in the mail clients alumni use (en/hi/mr).
_HISTORY_STARTS = [
    re.compile(r"^\s*On .{0,200}wrote:\s*$", re.IGNORECASE),
    re.compile(r"^\s*-{2,}\s*Original Message\s*-{2,}", re.IGNORECASE),
    re.compile(r"^\s*-{2,}\s*Forwarded message\s*-{2,}", re.IGNORECASE),
    re.compile(r"^\s*From:\s.+", re.IGNORECASE),
    re.compile(r"^\s*_{5,}\s*$"),
    re.compile(r"^\s*>"),
    re.compile(r"^.{0,200}(ने लिखा|यांनी लिहिले|लिहिले):\s*$"),
    re.compile(r"^\s*Sent from my \w+", re.IGNORECASE),
    re.compile(r"^\s*--\s*$"),
]
_WRAPPED_ON = re.compile(r"^\s*On .{0,200}$", re.IGNORECASE)
_WROTE = re.compile(r"wrote:\s*$", re.IGNORECASE)
_HTML_TAG = re.compile(r"<[^>]+>")
_BLOCK_QUOTE = re.compile(r"<blockquote.*?</blockquote>", re.IGNORECASE | re.DOTALL)
_SUBJECT_PREFIX = re.compile(r"^\s*((re|fwd?|aw|sv)\s*:\s*)+", re.IGNORECASE)


def strip_quoted(text: str) -> str:
    lines = (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    for index, line in enumerate(lines):
        if _WRAPPED_ON.match(line):
            # "On <date>, <name> wrote:" may be wrapped over two lines.
            following = " ".join(lines[index:index + 2])
            if _WROTE.search(following):
                break
            kept.append(line)
            continue
        if any(pattern.match(line) for pattern in _HISTORY_STARTS):
            break
        kept.append(line)
    return "\n".join(kept).strip()


def html_to_text(html: str) -> str:
    without_quotes = _BLOCK_QUOTE.sub("", html or "")
    text = re.sub(r"<br\s*/?>|</p>|</div>", "\n", without_quotes, flags=re.IGNORECASE)
    return _HTML_TAG.sub("", text).replace("&nbsp;", " ").replace("&amp;", "&").strip()


def reply_body(text: str, html: str, subject: str) -> str:
    """The words the alumnus wrote: the new part of the plain text (or of the HTML when
    there is no plain part), or the subject when the body is empty ("STOP" as a subject)."""
    body = strip_quoted(text) if (text or "").strip() else strip_quoted(html_to_text(html))
    if body:
        return body
    return _SUBJECT_PREFIX.sub("", subject or "").strip()
