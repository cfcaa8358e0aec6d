"""The new part of an email reply: quoted history and signatures removed, so a "3" typed
above a quoted check-in is read as a 3 and not as the whole thread, and a crisis typed
below the quote (bottom-posting) or between quoted lines (inline replies) is not lost.

The new text is every line that is not quoted history:
- lines quoted with ">" are history, wherever they are (top, bottom, in between);
- an attribution line ("On <date>, <name> wrote:", possibly wrapped over two lines, and
  the Hindi/Marathi forms) is dropped when a ">" block follows it; with no ">" block after
  it, the history is not marked and runs from there to the end;
- a separator that mail clients put above unmarked history ("-----Original Message-----",
  "---------- Forwarded message ---------", a line of underscores, or an Outlook header
  block: "From:" followed by "Sent:"/"Date:"/"To:"/"Subject:" lines) begins history that
  runs to the end of the message: such clients top-post, so nothing new follows it;
- a signature ("-- " on its own line) ends the new text; "Sent from my phone" lines are
  dropped.
Pure: no Flask, no database."""
from __future__ import annotations

import html as html_entities
import re

from alumni.domain.crisis import detect

_QUOTED = re.compile(r"^\s*>")
_ATTRIBUTION = (
    re.compile(r"^\s*On .{0,200}wrote:\s*$", re.IGNORECASE),
    re.compile(r"^.{0,200}(ने लिखा|यांनी लिहिले|लिहिले):\s*$"),
)
_WRAPPED_ON = re.compile(r"^\s*On .{0,200}$", re.IGNORECASE)
_WROTE = re.compile(r"wrote:\s*$", re.IGNORECASE)
_HISTORY_TO_END = (
    re.compile(r"^\s*-{2,}\s*Original Message\s*-{2,}", re.IGNORECASE),
    re.compile(r"^\s*-{2,}\s*Forwarded message\s*-{2,}", re.IGNORECASE),
    re.compile(r"^\s*_{5,}\s*$"),
)
_OUTLOOK_FROM = re.compile(r"^\s*\*?From:\*?\s.+", re.IGNORECASE)
_OUTLOOK_HEADER = re.compile(r"^\s*\*?(Sent|Date|To|Cc|Subject):\*?\s", re.IGNORECASE)
_SIGNATURE = re.compile(r"^\s*--\s*$")
# What mail apps add under a reply: "Sent from my iPhone", "Sent from Yahoo Mail on Android",
# "Sent from Mail for Windows", "Get Outlook for Android", "Sent via the Samsung Galaxy...".
_SENT_FROM = re.compile(r"^\s*(Sent (from|via|with) (my |the )?[\w .'-]+|Get Outlook for \w+)\s*$", re.IGNORECASE)

_HTML_TAG = re.compile(r"<[^>]+>")
_INVISIBLE = re.compile(r"<(style|script|head|title)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_INNERMOST_QUOTE = re.compile(r"<blockquote\b[^>]*>(?:(?!<blockquote\b).)*?</blockquote\s*>",
                              re.IGNORECASE | re.DOTALL)
_UNCLOSED_QUOTE = re.compile(r"<blockquote\b.*", re.IGNORECASE | re.DOTALL)
_LINE_BREAKS = re.compile(r"<br\s*/?>|</p\s*>|</div\s*>|</li\s*>|</tr\s*>|</h\d\s*>", re.IGNORECASE)
_SUBJECT_PREFIX = re.compile(r"^\s*((re|fwd?|aw|sv)\s*:\s*)+", re.IGNORECASE)


def _attribution_length(lines: list[str], index: int) -> int:
    """How many lines the attribution starting here takes (0: none)."""
    line = lines[index]
    if any(pattern.match(line) for pattern in _ATTRIBUTION):
        return 1
    if _WRAPPED_ON.match(line) and index + 1 < len(lines) and _WROTE.search(lines[index + 1]):
        return 2
    return 0


def _starts_history_to_end(lines: list[str], index: int) -> bool:
    line = lines[index]
    if any(pattern.match(line) for pattern in _HISTORY_TO_END):
        return True
    if _OUTLOOK_FROM.match(line):
        return any(_OUTLOOK_HEADER.match(following) for following in lines[index + 1:index + 4])
    return False


def strip_quoted(text: str) -> str:
    """The lines of a plain-text reply that are not quoted history (see the module)."""
    lines = (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if _QUOTED.match(line):
            index += 1
            continue
        attribution = _attribution_length(lines, index)
        if attribution:
            following = index + attribution
            while following < len(lines) and not lines[following].strip():
                following += 1
            if following < len(lines) and _QUOTED.match(lines[following]):
                index = following
                continue
            break
        if _starts_history_to_end(lines, index) or _SIGNATURE.match(line):
            break
        if not _SENT_FROM.match(line):
            kept.append(line)
        index += 1
    return _tidy(kept)


def _tidy(lines: list[str]) -> str:
    """Blank runs left where quoted blocks were become one blank line."""
    out: list[str] = []
    for line in lines:
        if not line.strip() and (not out or not out[-1].strip()):
            continue
        out.append(line.rstrip())
    return "\n".join(out).strip()


def html_to_text(html: str) -> str:
    """The visible text of an HTML part, without its <blockquote> history (nested too)."""
    text = _INVISIBLE.sub("", html or "")
    while True:
        without = _INNERMOST_QUOTE.sub("", text)
        if without == text:
            break
        text = without
    text = _UNCLOSED_QUOTE.sub("", text)
    text = _LINE_BREAKS.sub("\n", text)
    return html_entities.unescape(_HTML_TAG.sub("", text)).replace("\xa0", " ").strip()


def reply_body(text: str, html: str, subject: str) -> str:
    """The words the alumnus wrote: the new part of the plain text (or of the HTML when
    there is no plain part), or the subject when the body is empty ("STOP" as a subject).
    A subject that names a danger ("I relapsed") is kept above the body, so it is read
    with it."""
    body = strip_quoted(text) if (text or "").strip() else strip_quoted(html_to_text(html))
    topic = _SUBJECT_PREFIX.sub("", subject or "").strip()
    if not body:
        return topic
    if topic and topic not in body and detect(topic).findings:
        return f"{topic}\n\n{body}"
    return body
