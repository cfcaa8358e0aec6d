"""Self-harm told through the means and the act reaches a person: a heated rod or tongs on the
skin, a name dug into the arm with a compass, the skin clawed with the nails into wounds, a needle
or a pin pressed in until it bleeds, oneself struck, no sleep without cutting. A name carved on a
bench, a rod burning the hand at the welding shop by mistake, a head splitting with pain,
mosquitoes that will not let one sleep without biting stay quiet, each beside an earnest twin
that still alerts."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "garam chimte se apni kalai jala di",
    "तापलेली सळई हातावर ठेवली, कुणाला कळलं नाही",
    "pressed a heated rod on my thigh last night",
    "compass se kalai pe naam khod diya",
])
def test_a_heated_rod_or_a_name_dug_in_alerts(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "scratched my arms with my nails till they bled",
    "पिन से उंगली चुभोई खून आने तक",
    "सुईने हात टोचला रक्त निघेपर्यंत",
    "नखांनी हात ओरबाडून जखमा केल्या",
])
def test_the_skin_clawed_or_pricked_until_it_bleeds_alerts(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "रोज रात्री स्वतःला मारतो, कुणाला माहीत नाही",
    "gussa aaya to chhati pe mukke maare, khud ko peet-ta hu",
    "bina kaate neend hi nahi aati ab",
    "can't sleep without cutting anymore",
    "कापल्याशिवाय शांत वाटत नाही",
])
def test_oneself_struck_or_no_sleep_without_cutting_alerts(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "compass se bench pe naam khod diya school mein",
    "heating the iron rod at the welding shop, burnt my hand by mistake",
    "my head split with pain, took two crocin",
    "mera sir phat raha hai dard se",
    "machhar bina kaate chhodte nahi, neend hi nahi aati",
])
def test_a_bench_carved_or_a_burn_at_work_stays_quiet(text):
    assert_rules_stay_quiet(text)
