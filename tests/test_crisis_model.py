"""The crisis classifier beside the rules (alumni.domain.crisis.model): what it adds, what it
leaves alone, how it explains itself, and that its weights are the ones the data and the
training script give.

Every sentence here was written for this file, not copied from a set or another test, and
none is training data: bench/crisis_model_train.py reads the crisis tests' sentences but
not this file's, so these measure the classifier rather than recite to it."""
import json
import os
import subprocess
import sys

import pytest

from alumni.domain.crisis import CRISIS_CATEGORIES, Category, detect
from alumni.domain.crisis import model as crisis_model
from alumni.domain.crisis.model_features import MAX_WORDS, read
from alumni.domain.crisis.spelling import clean, tokens
from bench import crisis_model_train as training
from bench.bench_crisis import CLOSED_SETS, SETS
from tests.support.crisis_model_examples import HALF_DANGER

S, SH, RE = Category.SUICIDE, Category.SELF_HARM, Category.RELAPSE


def _model_finding(text: str):
    found = [f for f in detect(text).findings if f.resembles is not None]
    assert found, f"{text!r}: no classifier finding in {detect(text).explain()!r}"
    return found[0]


# --- what the rules miss and the classifier catches -----------------------------------------

@pytest.mark.parametrize("text,category", [
    ("nobody will have to worry about me after tonight", S),
    # made urgent until round 11; its sets' farewells made them crises of their own
    ("i wont be a problem for anyone much longer", S),
    ("सबको बोल देना मैंने कोशिश की थी", S),
    ("kuch din se soch raha hu ki sab chhod ke chala jaun hamesha ke liye", S),
    # ("the marks on my arm are back, long sleeves again", SH) was here: since round 10 the
    # rules read new marks on an arm themselves (areas/self_harm/at_the_edge.py).
    # ("the old friends came over last night and i couldn't say no. head is pounding", RE) was
    # here: since round 19 the rules read the offer not refused and the morning after
    # themselves (areas/substance_use/morning_after.py).
])
def test_danger_said_without_the_rules_words_is_a_crisis_of_its_kind(text, category):
    assert not detect(text, second_opinion=False).crisis     # the rules alone miss it
    detection = detect(text)
    assert detection.crisis
    finding = _model_finding(text)
    assert finding.category is category and finding.resembles is category


def test_a_goodbye_passed_on_is_a_crisis_though_its_kind_may_be_read_as_about_someone_else():
    text = "sabko bol dena maine koshish ki thi"
    assert not detect(text, second_opinion=False).crisis
    assert detect(text).crisis
    assert _model_finding(text).category is S


@pytest.mark.parametrize("text", [
    # "please forgive me for what i am about to do", the example until round 11, is read by
    # the rules since round 12; "bas ek hi rasta bacha hai ab", round 12's, moves with each
    # retraining (see the known limit below); "ab kya point hai next week ka", until round 15's,
    # is read by the rules since (tests/test_crisis_round15_points_asked.py); "i am so tired of
    # everything", until round 44's, read as a crisis until round 55's retraining; "so tired of it
    # all" then fell under the threshold (tests/support/crisis_model_examples.py)
    HALF_DANGER,
])
def test_a_text_that_only_half_resembles_danger_reaches_a_person_the_same_day(text):
    assert not detect(text, second_opinion=False).findings
    detection = detect(text)
    assert detection.urgent and not detection.crisis
    finding = _model_finding(text)
    assert finding.category is Category.CRAVING and finding.resembles in CRISIS_CATEGORIES


def test_what_the_rules_find_is_left_to_the_rules():
    for text in ("mujhe marna hai", "i od'd on my sleeping pills", "kal phir se daru pi li"):
        assert detect(text).crisis
        assert all(f.resembles is None for f in detect(text).findings)


# --- what it leaves alone ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "the marks on the wall are back, need to repaint the hall",
    "going back to my old job next month, the manager called",
    "my sister gave me her old phone, i won't need a new one",
    "kal raat bahut der tak padhai ki, neend puri nahi hui",
    "aaj paus khup hota, ghari basun hoto",
    "i slept the whole afternoon, feeling fresh now",
    "हम कल गाँव जा रहे हैं, शादी है",
    "nobody told me the group meeting moved to thursday",
    "मी आज मुलांना शाळेत सोडलं आणि कामावर गेलो",
    "sleeves are too long on the new kurta, giving it for alteration",
    "made up my mind to join the gym from monday",
    "ok", "4", "thank you sir", "sab theek hai", "मैं ठीक हूँ",
])
def test_everyday_look_alikes_stay_quiet(text):
    detection = detect(text)
    assert not detection.crisis and not detection.urgent, detection.explain()


def test_only_one_way_left_reaches_a_person():
    """The classifier alone made it urgent in rounds 10, 12 and 14 and lost it in the
    retrainings of 11, 13 and 15; since round 15 the rules read the only way left now with
    nothing named as suicide (tests/test_crisis_round15_points_asked.py), whatever the
    classifier's band."""
    detection = detect("bas ek hi rasta bacha hai ab")
    assert detection.crisis


@pytest.mark.parametrize("text", [
    # known limits until round 13 (a relapse or urgent after rounds 11 and 12)
    "bas ek hi bus bachi hai ab, station pe khada hu",
    "sabko bol dena party kal shaam ko hai",
])
def test_a_farewells_words_in_an_errand_stay_quiet(text):
    detection = detect(text)
    assert not detection.crisis and not detection.urgent, detection.explain()


def test_a_text_that_resembles_relapse_only_halfway_is_left_to_the_rules():
    """Half the texts between the thresholds that resembled relapse were sobriety talk."""
    assert crisis_model.decision(crisis_model.URGENT_AT, Category.RELAPSE) is None
    assert crisis_model.decision(crisis_model.URGENT_AT, Category.SUICIDE) == "urgent"
    assert crisis_model.decision(crisis_model.CRISIS_AT, Category.RELAPSE) == "crisis"


# --- explanation ------------------------------------------------------------------------------

def test_the_finding_names_the_model_and_the_words_that_weighed_most():
    text = "nobody will have to worry about me after tonight"
    finding = _model_finding(text)
    assert finding.concepts[0] == crisis_model.MODEL_CONCEPT
    assert 1 <= len(finding.words) <= crisis_model.EXPLAIN_WORDS
    assert all(word in text.split() for word in finding.words)
    explained = detect(text).explain()
    assert explained.startswith("suicide (resembles suicide messages: ")
    assert ", ".join(finding.words) in explained and "matched:" not in explained


def test_an_urgent_finding_says_what_it_might_be():
    assert detect(HALF_DANGER).explain().startswith(
        "possible suicide (resembles suicide messages: ")


def test_a_rules_finding_is_explained_as_before():
    assert detect("mujhe marna hai").explain() == "suicide (matched: mujhe + marna)"


# --- the weights: the data they came from, and reproduced exactly ---------------------------

def _weights():
    return json.loads(crisis_model.WEIGHTS.read_text(encoding="utf-8"))


def test_the_weights_were_trained_on_the_open_sets_as_they_are():
    recorded = _weights()["training"]["files"]
    assert set(recorded) == {path.name for _, path in training.OPEN_SETS}, (
        "the open sets changed: retrain with `python -m bench train-crisis-model`")
    assert recorded == training.file_hashes(path for _, path in training.OPEN_SETS), (
        "a set changed since the classifier was trained: retrain with `python -m bench train-crisis-model`")


def test_the_weights_were_trained_on_the_sentences_features_and_trainer_as_they_are_now():
    """The fingerprint of what training would read today against the one the weights file
    records: the same inputs and the same trainer give the same weights (the next test), so
    this stands for a retraining (`python -m bench train-crisis-model --check`, minutes)."""
    recorded = _weights()["training"]
    now = training.fingerprint(training.inputs())
    why = {"test_sentences": "a crisis test's sentences, or the rules' reading of them",
           "features_sha256": "the features of a training line (model_features, spelling)",
           "trainer_sha256": "bench/crisis_model_train.py"}     # the sets' files: the test above
    changed = [why[key] for key in why if recorded.get(key) != now[key]]
    assert not changed, (f"changed since the classifier was trained: {'; '.join(changed)}. "
                         "Retrain with `python -m bench train-crisis-model`")


def test_the_closed_sets_are_never_trained_on():
    recorded = _weights()["training"]["files"]
    closed = {path.name for name, path in SETS if name in CLOSED_SETS}
    assert len(closed) == len(CLOSED_SETS)
    assert not set(recorded) & closed


def test_this_files_sentences_are_not_training_data():
    assert "nobody will have to worry about me after tonight" not in training.test_sentences(training.test_sources())


def test_training_gives_the_same_weights_in_every_process():
    """Two processes with different string hashing train the same lines to the same bytes:
    nothing in the training depends on a process's hash seed, dict order or timing."""
    code = ("import hashlib, json; from bench import crisis_model_train as t; "
            "lines = [(label, t.features_of(text)) for label, _, _, text in t.read_set(t.OPEN_SETS[1][1])][:300]; "
            "print(hashlib.sha256(json.dumps(t.train(lines)).encode()).hexdigest())")
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")]
    assert runs[0] == runs[1] and len(runs[0].strip()) == 64


def test_the_weights_are_compact_and_the_model_loads():
    weights = _weights()
    for name, m in weights["models"].items():
        assert all(w != 0 and round(w, training.DECIMALS) == w for w in m["weights"].values()), name
    assert crisis_model.load() is not None


def test_nothing_is_loaded_at_import():
    code = ("import alumni.domain.crisis, alumni.domain.crisis.model as m; "
            "print(m.load.cache_info().currsize)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "0"


def test_scores_are_the_same_every_time():
    words = tokens(clean("nobody will have to worry about me after tonight"))
    assert crisis_model.opinion(words) == crisis_model.opinion(words)


# --- bad input ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "", " ", None, 42, b"\xff\xfe", "🙂🙂🙂", "💊💊💊💊", "\u200b\u200c\u200d", "mujhe\u200bmarna\u200bhai",
    "a" * 1600, ("kal raat bahut der tak padhai ki " * 60)[:1600], ("नींद नहीं आई " * 200)[:1600],
    "\x00\x01\x02", "\ud800",
])
def test_any_input_is_read_without_raising(text):
    detection = detect(text)
    assert isinstance(detection.explain(), str)


def test_only_the_first_words_of_a_long_text_are_read():
    words = tokens(clean("ok " * (MAX_WORDS + 50)))
    assert len(read(words).words) == MAX_WORDS


def test_a_missing_weights_file_leaves_the_rules_alone(monkeypatch, tmp_path):
    monkeypatch.setattr(crisis_model, "WEIGHTS", tmp_path / "missing.json")
    crisis_model.load.cache_clear()
    try:
        assert not detect("nobody will have to worry about me after tonight").crisis
        assert detect("mujhe marna hai").crisis
    finally:
        crisis_model.load.cache_clear()


@pytest.mark.parametrize("text", [
    "i dont want to get drunk ever again",
    "i dont want to drink again",
    "never again, not touching daru now",
])
def test_a_resolve_not_to_use_again_is_no_relapse_of_the_classifiers(text):
    """Every using word refused and nothing recent: the classifier's relapse resemblance
    ("again" beside "drunk") defers to the rules, which read no use."""
    assert not any(f.category is Category.RELAPSE for f in detect(text).findings), detect(text).explain()


@pytest.mark.parametrize("text", [
    "i dont want to drink again but i did last night",
    "dont want to use again, used yesterday",
])
def test_a_resolve_beside_a_turn_or_a_recent_time_is_still_read(text):
    assert detect(text).crisis, detect(text).explain()


@pytest.mark.parametrize("text", ["chaas pee li", "lassi pi li aaj dopahar", "nimbu pani pi liya"])
def test_a_soft_drink_named_leaves_the_classifiers_relapse_to_the_rules(text):
    """Round 13's retraining read "chaas pee li" (buttermilk) as a relapse: what was drunk is
    named and soft, so the resemblance to relapse messages defers to the rules."""
    assert not detect(text).crisis, detect(text).explain()


def test_a_substance_named_beside_a_soft_drink_is_still_read():
    assert detect("lassi ke baad daru pee li").crisis
