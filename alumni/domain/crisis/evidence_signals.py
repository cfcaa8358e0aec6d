"""The signal classes of the message-wide evidence (alumni.domain.crisis.evidence), and the
signals found in one message: each class is a list of words (evidence_words/, compared by
skeleton) or a few concepts of the lexicon (read after idiom removal)."""
from __future__ import annotations

from collections.abc import Callable

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.detection import Category, Finding
from alumni.domain.crisis.entry_trie import EntryTrie
from alumni.domain.crisis.evidence_words import SIGNAL_WORDS
from alumni.domain.crisis.look_alikes import signal_look_alike
from alumni.domain.crisis.spelling import SHORTHAND, fold, skeleton

# Lexicon concepts that also count as a signal (read after idiom removal).
SIGNAL_CONCEPTS: dict[str, tuple[str, ...]] = {
    "means": ("hang", "hanging", "jump", "weapon", "rope_tied"),
    "place": ("height", "danger_place"),
    "gone": ("no_morning", "gone_for_good", "absent_future", "dont_look_for_me", "talk_never_again"),
    "farewell": ("affairs_settled",),
    "placed": ("placed_for_family",),
    "missing": ("searching_for",),
    "shut_in": ("locked_door",),
    "last_contact": ("mine_last_message",),
    "aftermath": ("contingency", "absent_if", "my_going"),
    "last_word": ("last_word",),
    "bye": ("cut_off",),
    "entrust": ("entrust",),
    "worthless": ("burden", "nobody_cares"),
    "ending": ("suicide", "ending_words"),
    "poison": ("poison",),
    "poised": ("poison_poured",),
    "medicine": ("pills", "sedatives", "opioids", "pill_count"),
    "bludgeon": ("blunt_object", "blunt"),
    "amount": ("count", "too_much", "quantity"),
    "taking": ("eat", "swallow", "pill_use"),
    "body": ("unconscious", "racing_heart"),
    "intent": ("on_purpose", "stockpile"),
    "blade": ("weapon",),
    "person": ("other_target", "relation", "third_person"),
    "revenge": ("violence", "dhamki"),
    "harm_intent": ("want",),
    "injure": ("cut",),
    "on_purpose": ("on_purpose", "again"),
    "topic": ("told_story",),     # a stranger's act told from a film or the news
    "worn_out": ("fed_up", "cant_cope"),     # beaten, failing, "can't manage any more"
    "serious": ("asking_serious",),
    "absolve": ("absolve",),                 # "it wasn't his fault", the line of a note
    "watching": ("watch_means",),            # a train's hour taken down
}


# --- the signals found in one message ---------------------------------------------------

Matcher = tuple[str, bool]


def _matcher(word: str) -> Matcher:
    prefix = word.endswith("*")
    word = word.rstrip("*")
    return (skeleton(SHORTHAND.get(fold(word), word)) or "_", prefix)


_ENTRIES: tuple[tuple[str, tuple[Matcher, ...]], ...] = tuple(
    (name, words) for name, entries in SIGNAL_WORDS.items()
    for words in dict.fromkeys(tuple(_matcher(w) for w in e.split()) for e in entries))
_TRIE = EntryTrie(_ENTRIES)

# "meri aakhri class", "शेवटचा पेपर", "my last shift": the last of a routine, not of a life.
_ROUTINE = frozenset({"class", "classes", "क्लास", "lecture", "shift", "शिफ्ट", "duty", "ड्यूटी", "ड्युटी",
                      "paper", "पेपर", "exam", "परीक्षा", "pariksha", "episode", "एपिसोड", "match", "मैच", "मॅच",
                      "semester", "practical", "training", "session", "performance", "show", "trip",
                      "din", "दिन", "divas", "दिवस", "day", "week", "hafta", "हफ्ता", "mahina", "month"})


class Signals:
    """Which signal classes a message holds, and the words that made each."""

    def __init__(self, c: Concepts):
        words = c.words
        skels = [t.skeleton or "_" for t in words]
        self.words: dict[str, list[tuple[int, int]]] = {}
        for i, found in _TRIE.scan(skels):
            for _, name, end in found:
                if not signal_look_alike(words, name, i):     # "with" is no "wait"
                    self.words.setdefault(name, []).append((i, end))
        for name, concepts in SIGNAL_CONCEPTS.items():
            for hit in c.of(*concepts):
                self.words.setdefault(name, []).append((hit.start, hit.end))
        # "haven't touched alcohol or pills", "दारूला हात लावला नाही": a medicine refused is not
        # one at hand, and the hand that did not touch it is not a wound.
        for refused in c.of("untouched"):
            for name in ("medicine", "skin"):
                self._drop(name, lambda span: refused.start <= span[0] < refused.end)  # noqa: B023 (run at once)
        # "स्मैक छोड़े एक साल": a substance quit is no medicine at hand.
        quits = {h.start for h in c.of("quit")}
        self._drop("medicine", lambda span: span[1] in quits)
        # A scolding quoted with a laugh, a film's scene: words a reading found unmeant.
        for unmeant in c.of("unmeant"):
            for name in list(self.words):
                self._drop(name, lambda span: unmeant.start <= span[0] < unmeant.end)  # noqa: B023 (run at once)
        self._drop("farewell", lambda span: span[1] < len(words) and words[span[1]].raw in _ROUTINE)
        # "day 40 no chitta", "90 days clean": a number beside a period is time counted, not
        # an amount taken.
        # ("for a month. 25 now" is a count of pills: the next sentence is not the period's.)
        counted = {i for p in c.of("period") for i in (p.start - 1, p.end)
                   if 0 <= i < len(words) and words[i].sentence == words[p.start].sentence}
        self._drop("amount", lambda span: span[1] - span[0] == 1 and span[0] in counted
                   and words[span[0]].raw.isdigit())
        self._tokens = words

    def _drop(self, name: str, unmeant: Callable[[tuple[int, int]], bool]) -> None:
        """Forget the words of a class that `unmeant` rejects, and the class when none is left."""
        if name not in self.words:
            return
        kept = [span for span in self.words[name] if not unmeant(span)]
        if kept:
            self.words[name] = kept
        else:
            del self.words[name]

    def has(self, *names: str) -> bool:
        return any(name in self.words for name in names)

    def classes(self, *names: str) -> list[str]:
        return [name for name in names if name in self.words]

    def distinct(self, names: list[str]) -> list[str]:
        """The classes that each have a word of their own (one word is one signal)."""
        taken: set[int] = set()
        out = []
        for name in names:
            for start, end in self.words[name]:
                span = set(range(start, end))
                if not span & taken:
                    taken |= span
                    out.append(name)
                    break
        return out

    def spread(self, name: str) -> bool:
        """The class matched two different stretches of the message."""
        spans = sorted(self.words[name])
        return any(b[0] >= a[1] for a, b in zip(spans, spans[1:], strict=False))

    def surface(self, name: str) -> str:
        start, end = min(self.words[name])
        return " ".join(t.surface for t in self._tokens[start:end])

    def first(self, names: list[str]) -> int:
        return min(min(self.words[n])[0] for n in names)

    def finding(self, category: Category, names: list[str], third_party: bool) -> Finding:
        names = sorted(dict.fromkeys(names), key=lambda n: min(self.words[n]))
        return Finding(category, tuple(names), tuple(self.surface(n) for n in names),
                       third_party=third_party)
