"""A second opinion beside the rules: a small learned classifier of whole messages.

The rules come first (detector.detect). Only when they find no crisis does the classifier
read the text: a logistic regression on hashed word features (model_features), trained on
the open labelled sets by `python -m bench train-crisis-model` (bench/crisis_model_train.py)
into model_weights.json. Its score is the probability that the text is one a person must
act on now (suicide, self-harm, overdose, harm to others, about someone else, relapse):

- at CRISIS_AT or above: a crisis finding of the kind of alert the text most resembles
  (one model per kind), so the helpline reply, the top case and the on-call alert follow;
- from URGENT_AT up to CRISIS_AT: an urgent finding (a same-day case a person reads),
  unless the rules already found a craving, or the text most resembles relapse (on the
  backtests half the texts in that band that resembled relapse were sobriety talk; the
  rules read relapse well);
- below URGENT_AT: nothing.

The thresholds were chosen on backtests against the rules as they stood before each blind
set was opened (docs/crisis-detection.md, "The classifier"). A finding names the model and
the words that weighed most: "suicide (resembles suicide messages: jeena, nahi, ab)".

Pure: the weights are read once, on first use, and never at import. Never raises: a
missing or damaged weights file is logged and the rules work alone.
"""
from __future__ import annotations

import json
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from pathlib import Path
from typing import Any, Protocol

from alumni.domain.crisis.detection import Category, Finding
from alumni.domain.crisis.model_features import Reading, Word, read

logger = logging.getLogger(__name__)

WEIGHTS = Path(__file__).with_name("model_weights.json")
CRISIS_AT = 0.8
URGENT_AT = 0.65
# A text of one word ("ok", "4", "thanks", an emoji) is left to the rules: the model would
# be reading little more than its prior.
MIN_WORDS = 2
EXPLAIN_WORDS = 3
MODEL_CONCEPT = "model"

# The alert labels the kind models tell apart; "third_party" is not a category but a flag:
# the kind is then the best of the others.
_KINDS = {"suicide": Category.SUICIDE, "self_harm": Category.SELF_HARM, "overdose": Category.OVERDOSE,
          "harm_to_others": Category.HARM_TO_OTHERS, "relapse": Category.RELAPSE}
_THIRD_PARTY = "third_party"


class ReadWord(Word, Protocol):
    @property
    def surface(self) -> str: ...


@dataclass(frozen=True)
class Linear:
    bias: float
    weights: dict[int, float]

    def margin(self, features: frozenset[int]) -> float:
        return self.bias + sum(map(self.weights.get, features, repeat(0.0)))


@dataclass(frozen=True)
class Model:
    alert: Linear
    kinds: dict[str, Linear]     # alert label -> one-against-the-rest model

    @classmethod
    def from_json(cls, data: Any) -> Model:
        models = data["models"]

        def linear(name: str) -> Linear:
            m = models[name]
            return Linear(float(m["bias"]), {int(k): float(v) for k, v in m["weights"].items()})

        return cls(linear("alert"), {name: linear(name) for name in (*_KINDS, _THIRD_PARTY)})


@dataclass(frozen=True)
class Opinion:
    """What the classifier thinks of one text. Below URGENT_AT only the score is worked out
    (the kind models and the explanation would cost a long text a millisecond for nothing)."""

    score: float                  # probability of an alert label
    resembles: Category | None    # the kind of alert it most resembles
    third_party: bool = False
    words: tuple[str, ...] = ()   # the words that weighed most towards an alert


def probability(margin: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-35.0, min(35.0, margin))))


@cache
def load() -> Model | None:
    """The committed weights, read on first use; None (logged) when they cannot be read."""
    try:
        return Model.from_json(json.loads(WEIGHTS.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        logger.exception("crisis classifier: %s unreadable; the rules work alone", WEIGHTS)
        return None


def opinion(words: Sequence[ReadWord], model: Model | None = None) -> Opinion | None:
    """The classifier's reading of a text's words, or None without words or weights."""
    model = model or load()
    if model is None or sum(not w.skeleton.startswith("emoji_") for w in words[:MIN_WORDS + 1]) < MIN_WORDS:
        return None
    reading = read(words)
    features = reading.slots()
    score = probability(model.alert.margin(features))
    if score < URGENT_AT:
        return Opinion(score, None)
    kinds = {name: model.kinds[name].margin(features) for name in _KINDS}
    resembles = max(kinds, key=lambda name: kinds[name])
    third_party = model.kinds[_THIRD_PARTY].margin(features) > kinds[resembles]
    return Opinion(score, _KINDS[resembles], third_party, _weightiest(words, reading, model.alert))


def _weightiest(words: Sequence[ReadWord], reading: Reading, alert: Linear) -> tuple[str, ...]:
    """The words that pushed the score up most, most first: a word's own features, and
    half of each pair it is in."""
    weights = alert.weights
    pull = [sum(weights.get(s, 0.0) for s in reading.own(i)) for i in range(len(reading.words))]
    for i, pair in enumerate(reading.pairs):
        half = weights.get(pair, 0.0) / 2
        pull[i] += half
        pull[i + 1] += half
    out: list[str] = []
    seen: set[str] = set()
    for i in sorted(range(len(pull)), key=lambda i: (-pull[i], i)):
        if pull[i] <= 0 or len(out) == EXPLAIN_WORDS:
            break
        key = words[i].surface.casefold()
        if key not in seen:
            seen.add(key)
            out.append(words[i].surface)
    return tuple(out)


def decision(score: float, resembles: Category) -> str | None:
    """"crisis", "urgent" or None for a classifier score and the kind of alert the text
    resembles: the one place the thresholds are read."""
    if score >= CRISIS_AT:
        return "crisis"
    if score >= URGENT_AT and resembles is not Category.RELAPSE:
        return "urgent"
    return None


def model_findings(words: Sequence[ReadWord], *, urgent_already: bool, model: Model | None = None) -> list[Finding]:
    """The classifier's finding for a text in which the rules found no crisis."""
    seen = opinion(words, model)
    if seen is None or seen.resembles is None:
        return []
    verdict = decision(seen.score, seen.resembles)
    if verdict is None or (verdict == "urgent" and urgent_already):
        return []
    category = seen.resembles if verdict == "crisis" else Category.CRAVING
    return [Finding(category, (MODEL_CONCEPT, seen.resembles.value, f"{seen.score:.2f}"), seen.words,
                    third_party=seen.third_party, resembles=seen.resembles)]
