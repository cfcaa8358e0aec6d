"""Train the crisis classifier: `python -m bench train-crisis-model` writes
alumni/domain/crisis/model_weights.json from the open labelled sets; `--check` retrains and
fails when the file differs (the data or the code changed without retraining).

Logistic regression on hashed word features (alumni.domain.crisis.model_features), trained
in pure Python with FTRL-proximal (McMahan et al., 2013: per-feature learning rates, an L1
term that leaves most weights exactly zero), five passes over the lines in an order shuffled
by a fixed seed: the same files give the same weights, byte for byte. Two kinds of model:

- alert: a line labelled suicide, self_harm, overdose, harm_to_others, third_party or
  relapse against every other (craving, sobriety, idiom, benign);
- one per alert label, trained on the alert lines only (one against the rest): which kind
  of alert a text resembles.

Training lines: every line of the open sets (bench.bench_crisis.SETS without CLOSED_SETS;
the closed ones are never read), and the sentences the tests put to the detector (those of
tests/test_crisis*.py but test_crisis_model.py, whose sentences measure the classifier, and
the texts the other tests send in as an alumnus or a supporter would): the developers' own
examples, many of them everyday look-alikes of danger, labelled by what the rules alone say
of them (the tests pass, so that is what their authors meant). Without them the classifier
took ordinary family news for the indirect farewells of the sets.

The weights file records the SHA-256 of each set, of the labelled test sentences, of every
training line's features and of this file: tests/test_crisis_model.py fails when a set, a
crisis test's sentences, the rules' reading of them, the feature code's reading of a line or
the trainer changed and the model was not retrained. It compares those fingerprints (about
25 s) rather than retraining (a few minutes of CPU): the training is deterministic, which a
test checks across processes on a sample, and `--check` retrains in full.
"""
from __future__ import annotations

import ast
import hashlib
import json
import math
import multiprocessing
import os
import random
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

from bench.bench_crisis import ALERT_LABELS, CLOSED_SETS, SETS, read_set

ROOT = Path(__file__).resolve().parent.parent
WEIGHTS = ROOT / "alumni" / "domain" / "crisis" / "model_weights.json"
TESTS = ROOT / "tests"
TEST_FILES = "test_crisis*.py"
# The classifier's own tests (its findings, its explanation's words): never trained on, or
# they would test what it had been shown.
OWN_TESTS = "test_crisis_model*.py"
# The verb paradigms (every person, tense and mood of a concept's verbs in one short frame)
# are a grammar table of the rules, not messages: 900 sentences built on a few frames, each
# counted three times, taught the classifier the frames ("sabko bol dena" read as a
# farewell), so they are not trained on either.
GRAMMAR_TABLES = "test_crisis_*paradigms.py"
OPEN_SETS = tuple((name, path) for name, path in SETS if name not in CLOSED_SETS)
CATEGORY_LABELS = ("suicide", "self_harm", "overdose", "harm_to_others", "third_party", "relapse")
SEED, EPOCHS = 1, 5
FTRL = {"alpha": 0.1, "beta": 1.0, "l1": 0.5, "l2": 1.0}
KIND_L1 = 2.0       # the kind models: sparser, as accurate on the lines the rules miss
MIN_LINES = 2       # a feature seen in fewer training lines is not learnt
# The test sentences are the developers' curated examples (the sets are imagined messages in
# bulk): each counts three times, so that the classifier keeps to what the tests pin down.
SENTENCE_WEIGHT = 3
DECIMALS = 3
BIAS = -1       # the bias's key while training


class Ftrl:
    """FTRL-proximal logistic regression over binary features (sets of slots).

    z and n are lists over every slot, the bias last (BIAS is -1), rather than dicts: the
    training runs in the test suite, and indexing a list is the cheaper step of the two."""

    def __init__(self, alpha: float, beta: float, l1: float, l2: float, slots: int):
        self.alpha, self.beta, self.l1, self.l2 = alpha, beta, l1, l2
        self.z = [0.0] * (slots + 1)
        self.n = [0.0] * (slots + 1)

    def weight(self, i: int) -> float:
        z = self.z[i]
        if abs(z) <= self.l1:
            return 0.0
        return -(z - math.copysign(self.l1, z)) / ((self.beta + math.sqrt(self.n[i])) / self.alpha + self.l2)

    def update(self, features: Sequence[int], label: int) -> None:
        z, n, l1, alpha, sqrt = self.z, self.n, self.l1, self.alpha, math.sqrt
        keys = (*features, BIAS)
        weights = [0.0 if -l1 <= z[i] <= l1 else self.weight(i) for i in keys]
        margin = max(-35.0, min(35.0, sum(weights)))
        gradient = 1.0 / (1.0 + math.exp(-margin)) - label
        g2 = gradient * gradient
        for i, w in zip(keys, weights, strict=True):
            ni = n[i]
            # Most weights are exactly zero (the L1 term), and sigma * 0.0 changes nothing:
            # the same sums as in the paper's update, without two square roots per feature.
            if w:
                sigma = (sqrt(ni + g2) - sqrt(ni)) / alpha
                z[i] = z[i] + gradient - sigma * w
            else:
                z[i] = z[i] + gradient
            n[i] = ni + g2

    def rounded(self) -> tuple[float, dict[int, float]]:
        """(bias, {slot: weight}) rounded, zeros left out, slots in order."""
        weights = {i: round(self.weight(i), DECIMALS) for i in range(len(self.z) - 1) if self.z[i] != 0.0}
        return round(self.weight(BIAS), DECIMALS), {i: w for i, w in weights.items() if w != 0.0}


def fit(examples: Sequence[tuple[Sequence[int], int]], l1: float = FTRL["l1"],
        seed: int = SEED) -> tuple[float, dict[int, float]]:
    from alumni.domain.crisis.model_features import BITS

    model = Ftrl(**{**FTRL, "l1": l1}, slots=1 << BITS)
    order = list(range(len(examples)))
    shuffle = random.Random(seed)
    for _ in range(EPOCHS):
        shuffle.shuffle(order)
        for k in order:
            model.update(*examples[k])
    return model.rounded()


Lines = Sequence[tuple[str, Sequence[int]]]     # (label, sorted feature slots)


def train(set_lines: Lines, sentence_lines: Lines = ()) -> dict[str, object]:
    """The models (the weights file's "models") for the sets' lines and the test sentences,
    each sentence read SENTENCE_WEIGHT times per pass. The seven models are independent of
    one another: they are fitted in parallel, one process per core, each exactly as alone."""
    seen_in = Counter(s for _, features in (*set_lines, *sentence_lines) for s in features)
    lines = [(label, [s for s in features if seen_in[s] >= MIN_LINES])
             for label, features in (*set_lines, *list(sentence_lines) * SENTENCE_WEIGHT)]
    alert_lines = [(label, features) for label, features in lines if label in ALERT_LABELS]
    jobs = {"alert": ([(features, int(label in ALERT_LABELS)) for label, features in lines], FTRL["l1"])}
    for category in CATEGORY_LABELS:
        jobs[category] = ([(features, int(label == category)) for label, features in alert_lines], KIND_L1)
    workers = min(len(jobs), os.cpu_count() or 1)
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        fitted = {name: pool.submit(fit, examples, l1) for name, (examples, l1) in jobs.items()}
        return {name: _as_json(future.result()) for name, future in fitted.items()}


def _as_json(model: tuple[float, dict[int, float]]) -> dict[str, object]:
    bias, weights = model
    return {"bias": bias, "weights": {str(i): w for i, w in weights.items()}}


_ARGNAMES = re.compile(r"^[a-z_]+(\s*,\s*[a-z_]+)*$")     # parametrize("text,category", ...)
# Elsewhere in the tests, the texts sent in as an alumnus or a supporter would send them.
MESSAGE_CALLS = frozenset({"post_sms", "post_email", "interpret_reply", "handle_inbound", "inbound_message",
                           "detect"})
MESSAGE_ARGS = frozenset({"text", "body", "reply", "message"})


def test_sentences(sources: Iterable[tuple[str, str]]) -> list[str]:
    """The sentences of test modules, each once, in order of appearance: in a crisis test
    (test_crisis*.py) every string listed (parametrize lists, tuples) or passed to a call
    (detect("...")), not docstrings, f-string parts or argument names; in any other test
    only the texts it sends in (MESSAGE_CALLS' string arguments, and the parametrized
    `text`, `body`, `reply` or `message`)."""
    out: dict[str, None] = {}
    for name, source in sources:
        found = _crisis_test_strings(source) if fnmatch(name, TEST_FILES) else _messages_sent(source)
        for text in found:
            out.setdefault(text)
    return list(out)


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and re.search(r"\w", node.value) is not None


def _crisis_test_strings(source: str) -> list[str]:
    out: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            items: list[ast.expr] = list(node.elts)
        elif isinstance(node, ast.Call):
            items = list(node.args)
        else:
            continue
        out += [item.value for item in items if _is_text(item) and not _ARGNAMES.match(item.value)]  # type: ignore[attr-defined]
    return out


def _messages_sent(source: str) -> list[str]:
    out: list[ast.expr] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        called = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if called in MESSAGE_CALLS:
            out += [*node.args, *(k.value for k in node.keywords if k.arg in MESSAGE_ARGS)]
        elif called == "parametrize" and len(node.args) >= 2 and isinstance(node.args[0], ast.Constant) \
                and isinstance(node.args[0].value, str) and isinstance(node.args[1], (ast.List, ast.Tuple)):
            names = [n.strip() for n in node.args[0].value.split(",")]
            for at in (i for i, n in enumerate(names) if n in MESSAGE_ARGS):
                for case in node.args[1].elts:
                    if len(names) == 1:
                        out.append(case)
                    elif isinstance(case, (ast.Tuple, ast.List)) and len(case.elts) == len(names):
                        out.append(case.elts[at])
    return [item.value for item in out if _is_text(item)]  # type: ignore[attr-defined]


def test_sources() -> list[tuple[str, str]]:
    """(file name, source) of every test module but the classifier's own and the grammar
    tables."""
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(TESTS.glob("test_*.py"))
            if not fnmatch(p.name, OWN_TESTS) and not fnmatch(p.name, GRAMMAR_TABLES)]


def rules_label(text: str) -> str:
    """What the rules alone (no classifier) make of a text, as a set label."""
    from alumni.domain.crisis import CRISIS_CATEGORIES, detect

    detection = detect(text, second_opinion=False)
    crisis = [f for f in detection.findings if f.category in CRISIS_CATEGORIES]
    if crisis:
        return "third_party" if any(f.third_party for f in crisis) else crisis[0].category.value
    return "craving" if detection.urgent else "benign"


def labelled_test_sentences() -> list[tuple[str, str]]:
    return [(rules_label(text), text) for text in test_sentences(test_sources())]


def features_of(text: str) -> list[int]:
    from alumni.domain.crisis.model_features import slots
    from alumni.domain.crisis.spelling import clean, tokens

    return sorted(slots(tokens(clean(text))))


def file_hashes(paths: Iterable[Path]) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


def sentences_hash(labelled: Sequence[tuple[str, str]]) -> str:
    return hashlib.sha256(json.dumps(list(map(list, labelled)), ensure_ascii=False).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Inputs:
    """What the weights are trained on: the open sets' lines and the labelled test
    sentences, each as (label, feature slots)."""

    set_lines: list[tuple[str, list[int]]]
    sentences: list[tuple[str, str]]
    sentence_lines: list[tuple[str, list[int]]]


def inputs() -> Inputs:
    sentences = labelled_test_sentences()
    return Inputs(set_lines=[(label, features_of(text))
                             for _, path in OPEN_SETS for label, _, _, text in read_set(path)],
                  sentences=sentences,
                  sentence_lines=[(label, features_of(text)) for label, text in sentences])


def fingerprint(given: Inputs) -> dict[str, object]:
    """The weights file's record of where its weights came from: the sets' files, the test
    sentences as the rules read them, every training line's features (the feature code's
    reading of them: model_features, spelling) and this trainer's source. The same
    fingerprint and the same trainer give the same weights (the training is deterministic):
    tests/test_crisis_model.py compares fingerprints, in seconds, where a retraining takes
    minutes; `--check` retrains."""
    features = json.dumps([given.set_lines, given.sentence_lines], separators=(",", ":"))
    return {"files": file_hashes(path for _, path in OPEN_SETS),
            "test_sentences": {"count": len(given.sentences), "sha256": sentences_hash(given.sentences)},
            "features_sha256": hashlib.sha256(features.encode("ascii")).hexdigest(),
            "trainer_sha256": hashlib.sha256(Path(__file__).read_bytes()).hexdigest()}


def build() -> str:
    """The weights file's text, from the open sets and the crisis tests as they are now."""
    from alumni.domain.crisis import model_features

    given = inputs()
    models = train(given.set_lines, given.sentence_lines)
    head = {
        "format": 1,
        "about": "alumni.domain.crisis.model: logistic regression on hashed word features; "
                 "written by `python -m bench train-crisis-model` (bench/crisis_model_train.py), do not edit",
        "features": {"bits": model_features.BITS, "kinds": ["w:skeleton", "r:folded", "b:skeleton pair"],
                     "max_words": model_features.MAX_WORDS},
        "training": {**fingerprint(given),
                     "set_lines": len(given.set_lines),
                     "alert_set_lines": sum(label in ALERT_LABELS for label, _ in given.set_lines),
                     "sentence_weight": SENTENCE_WEIGHT,
                     "method": "FTRL-proximal", "epochs": EPOCHS, "seed": SEED, **FTRL, "kind_l1": KIND_L1,
                     "min_lines": MIN_LINES},
    }
    # One model per line: small diffs, and still one json.loads.
    out = [json.dumps(head, ensure_ascii=False)[:-1] + ', "models": {']
    out += [f"{json.dumps(name)}: {json.dumps(model, separators=(',', ':'))}," for name, model in models.items()]
    out[-1] = out[-1][:-1]
    out.append("}}")
    return "\n".join(out) + "\n"


def main(argv: Sequence[str]) -> int:
    text = build()
    json.loads(text)    # well formed
    if "--check" in argv:
        same = WEIGHTS.exists() and WEIGHTS.read_text(encoding="utf-8") == text
        print(f"{WEIGHTS.name}: {'reproduced exactly' if same else 'DIFFERS from a fresh training'}")
        return 0 if same else 1
    WEIGHTS.write_text(text, encoding="utf-8")
    data = json.loads(text)
    sizes = {name: len(m["weights"]) for name, m in data["models"].items()}
    print(f"wrote {WEIGHTS} ({len(text.encode()):,} bytes; non-zero weights {sizes}; "
          f"{data['training']['set_lines']} lines of {len(OPEN_SETS)} open sets and "
          f"{data['training']['test_sentences']['count']} test sentences)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
