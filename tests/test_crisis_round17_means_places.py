"""Suicide told through a place and a plan reaches a person: the jump not made and the going back,
the jump promised for some day, the place announced with "don't stop me", the tracks or the dam
peaceful tonight or from where one sits, the courage awaited at the ghat, nobody needing one with
the well nearby, the door bolted from inside with a letter, the rope or the dupatta kept ready. A
view on a family trip, a long jump at the sports meet, a dupatta ready for a wedding, a door
bolted to study stay quiet, each beside an earnest twin that still alerts."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "went to the flyover yesterday but couldn't jump. trying again tonight",
    "नदीच्या पुलावर गेलो होतो, उडी मारता आली नाही. उद्या परत जाईन",
    "pul pe khada raha ghanta bhar, kood nahi paya, kal phir aaunga",
    "terrace se roz neeche dekhti hu, ek din kood hi jaungi",
    "इमारतीच्या गच्चीवरून खाली बघतो, एक दिवस उडी मारीन",
])
def test_the_jump_not_made_or_promised_at_a_height_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "kal subah patri pe ja raha hu, mujhe mat rokna",
    "going to the bridge now, don't try to stop me",
    "आज रात्री विहिरीकडे जातोय, मला अडवू नका",
    "नहर की तरफ निकल गया हूं, कोई मत रोकना",
])
def test_the_place_announced_with_dont_stop_me_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "धरणाच्या भिंतीवर बसलोय, खूप शांत वाटतं",
    "sitting on the railway line, it feels so peaceful tonight",
    "पटरी पर बैठा हूं, बड़ा सुकून मिल रहा है",
    "घाटावर बसलोय, बघू धाडस होतं का",
    "ghat pe baitha hu, dekhta hu himmat hoti hai kya",
    "nobody needs me anymore. the canal is right behind the house",
    "माझी कुणाला गरज नाही. विहीर जवळच आहे",
])
def test_the_place_calm_or_the_courage_awaited_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "darwaze ki kundi andar se laga di hai, chitthi likh di hai",
    "दाराला आतून कडी लावली, चिठ्ठी लिहून ठेवली आहे",
    "bolted the door from inside, the letter is on the table",
    "i kept the rope ready in the cupboard",
    "ओढणी नहीं, दुपट्टा तैयार रखा है पंखे के पास",
])
def test_the_door_bolted_with_a_letter_or_the_ligature_kept_ready_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "the dam looked so peaceful at sunset, we went on a family trip",
    "sitting at the ghat with family for the aarti, so peaceful",
    "long jump mein kood nahi paya, coach naraz hai",
    "dupatta ready rakha hai shaadi ke liye",
    "meri saree ready rakhi hai",
    "kundi andar se laga ke padhai kar raha hu, chitthi likh raha hu dadi ko",
    "don't stop me now is my favourite song",
])
def test_a_trip_a_sport_a_wedding_or_study_stays_quiet(text):
    assert_rules_stay_quiet(text)
