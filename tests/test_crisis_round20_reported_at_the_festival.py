"""What a wife or a mother reports at a festival, and threats over a wedding or a fair, read by
the rules alone in English, Hindi and Marathi, Latin and Devanagari: he said this is his last and
his door is shut; he calls himself of no use and his phone is off; "sorry to everyone" and not
back; a man to be crushed under a car; "his game" done with men called. Their ordinary twins
("sorry everyone, running late", a phone switched off, insects crushed, a game of cards) stay
quiet, and the earnest twins alert."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "sir mera beta bola ye meri aakhri diwali hai. ab kamre ka darwaja band hai",
    "तो म्हणाला हा माझा शेवटचा सण. आता खोलीचा दरवाजा बंद आहे",
    "he said this is his last eid, now the door is locked",
    "maza navra mhanto maza kahi upyog nahi, ani aata phone band",
    "भाई ने ग्रुप पर 'sorry सबको' लिखा, अभी तक नहीं आया",
    "my son sent sorry to everyone on whatsapp and still not back",
])
def test_relations_reported_at_festivals_are_read(text: str) -> None:
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "jatret tyala gadikhali ghalto, baghach",
    "उसको गाड़ी के नीचे कुचल दूंगा",
    "त्याचा game करतो आज, पोरं बोलावली",
    "uska game baja dunga, ladke bula liye hain",
])
def test_threats_at_fairs_and_weddings_are_read(text: str) -> None:
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "sorry everyone, running late, phone was switched off",
    "phone was switched off, sorry. all good",
    "aaj saglya zurlana chirdun takto",
    "aaj raat cards ka game karte hain",
    "to mhanala hi majhi shevatchi cigarette, aata darwaja band karun zopla",
])
def test_ordinary_festival_news_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)
