"""Classes of expression read by structure: the others drank and the writer had something
else; a distance kept from the drink ("kept away from the bottle"); a mind that wavers,
even after a refusal turned round by "but"."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import detect


def _explain(text: str) -> str:
    return f"{text!r} -> {detect(text).explain()!r}"


# The others drank (a subject with a verb after it, or a doer ending: "सबने"), and the
# writer had a soft drink, something else instead, or said no.
OTHERS_DRANK_I_DID_NOT = [
    "colleagues ordered pitchers of beer, i had a coke and left early",
    "उसने पूरी बोतल खोली, मैंने सिर्फ़ नींबू पानी लिया",
    "sabne beer li, maine juice liya aur ghar aa gaya",
    "my uncles brought whisky to the puja, said no and helped in the kitchen instead",
    "mitrani party madhe daru ghetli, mi cold drink ghetla",
]

# A distance kept from the drink, the refusal ending where the drink is named.
KEPT_AWAY = [
    "kept away from the bottle all through the holidays",
    "stayed away from the beer at my brother's engagement",
    "steered clear of the whisky at the office new year party",
    "stayed clear of the weed at the college reunion",
]


@pytest.mark.parametrize("text", OTHERS_DRANK_I_DID_NOT + KEPT_AWAY)
def test_the_others_drinking_and_the_writer_abstaining_is_not_a_relapse(text):
    assert not detect(text).crisis, _explain(text)


@pytest.mark.parametrize("text", [
    "kept away from the bottle for an hour then gave in and drank",
    "sabne pee, maine bhi do peg le liye",
    "मित्रांनी बाटली आणली आणि मी पण दोन पेग घेतले",
])
def test_the_writer_joining_in_is_still_a_relapse(text):
    assert detect(text).crisis, _explain(text)


# The mind wavering, with or without a refusal before a "but".
WAVERING = [
    "mann dagmaga raha hai aaj shaam se",
    "माझं मन डगमगतंय, सगळे मित्र बाहेर आहेत",
    "my mind is wavering tonight, the old crowd is out",
    "sharab nahi li abhi tak lekin mann dol raha hai",
    "घेतली नाही अजून पण मन डळमळतंय",
    "डोलने लगा है मन, पुराने दोस्तों का फोन आया",
]


@pytest.mark.parametrize("text", WAVERING)
def test_a_wavering_mind_is_a_craving(text):
    detection = detect(text)
    assert detection.urgent or detection.crisis, _explain(text)


@pytest.mark.parametrize("text", [
    "resisted the urge, proud of today",
    "ghetli nahi, aani ichha pan geli",
])
def test_a_refusal_without_a_but_still_cancels_the_pull(text):
    detection = detect(text)
    assert not (detection.urgent or detection.crisis), _explain(text)


@pytest.mark.parametrize("text", [
    "everyone is drinking at the reception and i'm holding a pepsi. help me get through tonight",
    "please help me get thru this weekend, the whole family is at the bar",
    "koi help me get through this evening, sab pi rahe hain",
    "help me hold on till the meeting",
])
def test_help_to_get_through_is_a_plea_not_an_errand(text):
    detection = detect(text)
    assert detection.urgent or detection.crisis, _explain(text)


@pytest.mark.parametrize("text", [
    "help me get the form filled",
    "can you help me find the clinic address",
    "शादी में सबने पी, मैंने सिर्फ coke पिया",
])
def test_errands_and_a_cola_stay_quiet(text):
    detection = detect(text)
    assert not detection.crisis, _explain(text)


# A chore or a season as the subject of "is killing": wearing out, not a threat.
@pytest.mark.parametrize("text", [
    "the commute is literally killing me these days",
    "these night shifts are killing me lol",
    "moving house is one thing but the packing is slowly killing all of us",
    "the renovation is killing everyone at home, dust everywhere",
    # any form of hanging, said of the washing
    "mom hanged the curtains in the hall for diwali",
    "hanged the bedsheets on the terrace to dry",
    # a film's death, and the writer's tears after it
    "serial madhe hero marto, mi radlo khup",
    "watched a film where the hero dies at the end, i cried so much",
])
def test_wearing_out_washing_and_a_films_death_are_not_a_crisis(text):
    assert not detect(text).crisis, _explain(text)


@pytest.mark.parametrize("text", [
    "the loneliness is killing me and i want to die",
    "this job is killing me, i want to end it all",
    "the boss is killing me, i will kill him tomorrow",
    "he hanged himself from the balcony last night",
    "movie mein heroine zeher kha leti hai, main bhi kha lungi",
])
def test_a_wish_a_threat_or_a_real_hanging_still_alerts(text):
    assert detect(text).crisis, _explain(text)
