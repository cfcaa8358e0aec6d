"""The lexicon's areas say whether they add a concept or add words to one that exists: a
new list under an existing name (which used to widen that concept silently) or an extension
of a concept nobody defined stops the lexicon from building, at import."""
from types import SimpleNamespace

import pytest

from alumni.domain.crisis.areas import AREAS
from alumni.domain.crisis.concepts import CONCEPTS
from alumni.domain.crisis.word_lists import LexiconError, collect, merge_lexicon


def _area(name: str, new: dict | None = None, extends: dict | None = None) -> SimpleNamespace:
    return SimpleNamespace(__name__=name, NEW=new or {}, EXTENDS=extends or {})


def test_a_new_concept_named_like_an_existing_one_is_refused():
    area = _area("areas.sleepless", new={"sleep": ("nap",)})
    with pytest.raises(LexiconError, match="'sleep'.*EXTENDS"):
        merge_lexicon(CONCEPTS, [area])


def test_words_for_an_existing_concept_are_added_through_extends():
    area = _area("areas.sleepless", extends={"sleep": ("nap",)})
    merged = merge_lexicon(CONCEPTS, [area])
    assert merged["sleep"] == CONCEPTS["sleep"] + ("nap",)


def test_extending_a_concept_that_does_not_exist_is_refused():
    area = _area("areas.sleepless", extends={"sleeep": ("nap",)})
    with pytest.raises(LexiconError, match="'sleeep'.*does not exist"):
        merge_lexicon(CONCEPTS, [area])


def test_a_later_area_may_extend_an_earlier_areas_concept_but_not_the_other_way_round():
    defines = _area("areas.first", new={"siesta": ("siesta",)})
    extends = _area("areas.second", extends={"siesta": ("nap",)})
    assert merge_lexicon(CONCEPTS, [defines, extends])["siesta"] == ("siesta", "nap")
    with pytest.raises(LexiconError, match="'siesta'"):
        merge_lexicon(CONCEPTS, [extends, defines])


def test_two_areas_cannot_both_define_the_same_new_concept():
    first = _area("areas.first", new={"siesta": ("siesta",)})
    second = _area("areas.second", new={"siesta": ("nap",)})
    with pytest.raises(LexiconError, match="areas.first already has it"):
        merge_lexicon(CONCEPTS, [first, second])


def test_one_area_cannot_list_a_concept_as_both_new_and_extended():
    words = _area("areas.one.words", new={"siesta": ("siesta",)})
    more = _area("areas.one.more", extends={"siesta": ("nap",)})
    with pytest.raises(LexiconError, match="both new and extended"):
        collect(words, more)


def test_the_areas_of_the_detector_build_the_lexicon_it_reads():
    from alumni.domain.crisis.base_lexicon import BASE_CONCEPTS

    assert merge_lexicon(BASE_CONCEPTS, AREAS) == CONCEPTS
    for area in AREAS:
        assert not set(area.NEW) & set(BASE_CONCEPTS), area.__name__
