"""Round 13, Hindi and English: a husband's or an unnamed "he"'s "will kill me if ..." told
as a threat, not the scolding a mother or the boss gives over a lapse; going to the forest,
the pond or the water to end it, where nobody will stop one, or saying one won't come back;
Latin "talab" before a place word ("talab ki taraf") as the pond, not the craving; one's life
given for a dish or a song ("khaane ke liye jaan de du") as relish.

The sentences are this round's own, written from the class, not taken from any set. Each
in HIS_THREAT and PLACE_AND_END fails on the rules of c409a3b; ALREADY_READ and LIFE_GIVEN
alerted before and must go on alerting. Read by the rules alone (second_opinion=False) so
the classifier cannot hide a rules regression.
"""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet

S, HO = Category.SUICIDE, Category.HARM_TO_OTHERS

HIS_THREAT: tuple[tuple[str, Category], ...] = (
    ("he said he will kill me if i dont make the chai", HO),
    ("my husband will kill me if dinner is late again", HO),
    ("he will kill me if he finds out i went to my sisters", HO),
    ("he told me he'd kill me if the kids cry at night", HO),
)

PLACE_AND_END: tuple[tuple[str, Category], ...] = (
    # going to the forest or the water to end it
    ("mera bhai bol raha tha jungle jaake khatam kar lunga", S),
    ("kal raat nadi pe jaake khatam kar lungi", S),
    # where nobody will stop the writer
    ("जंगल के रास्ते निकल गया हूं, वहां कोई नहीं रोकेगा", S),
    ("nadi ki taraf ja raha hu, udhar koi nahi rokega", S),
    ("going into the forest tonight, nobody will stop me there", S),
    # gone towards the pond saying he won't come back, the pond typed in Latin letters
    ("meri saas ka beta talab ki taraf gaya hai, bol ke gaya ab nahi lautunga", S),
    ("वो talab की तरफ गए हैं बोल के कि नहीं लौटेंगे, कुछ करो", S),
    ("papa subah jungle ki taraf gaye, bole the ab wapas nahi aayenge", S),
)

# Read already by the rules of c409a3b (a threat over money handed over; "sab khatam"): kept
# so the change cannot lose them.
ALREADY_READ: tuple[tuple[str, Category], ...] = (
    ("my hubby says he'll kill me if i don't hand over my salary", HO),
    ("वो बोले जंगल जाकर सब खत्म कर लूंगा", S),
)

QUIET: tuple[str, ...] = (
    # a scolding over a lapse by those who scold plainly, or with a laugh
    "my mom will kill me if i come late again",
    "my dad will kill me if he sees these marks",
    "boss said he will kill me if i miss the deadline",
    "he said he will kill me if i dont make the chai lol",
    "my wife will kill me if i forget the milk",
    # the forest and the pond in everyday errands
    "kal jungle safari pe gaye the, bahut maza aaya",
    "talab ki taraf ghumne gaye the bacchon ke saath",
    "talab ke paas wale mandir jaana hai kal",
    "jungle jaake lakdi laana hai, phir khana",
    "going into the forest tonight for camping with friends",
    # one's life given, in the subjunctive, for a dish or a song: relish
    "nani ke haath ke parathe khaane ke liye jaan de du",
    "दादी के हाथ के लड्डू खाने के लिए जान दे दूं",
    "is gaane ko sunne ke liye jaan de du yaar",
)

# The same words of giving one's life, not for a relish: they still alert.
LIFE_GIVEN: tuple[tuple[str, Category], ...] = (
    ("daru peene ke liye jaan de du abhi", S),
    ("main jaan de dunga aaj", S),
)


@pytest.mark.parametrize(("text", "category"), HIS_THREAT)
def test_his_threat_over_a_trifle_is_a_threat_told(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize(("text", "category"), ALREADY_READ)
def test_what_the_rules_read_already_still_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize(("text", "category"), LIFE_GIVEN)
def test_ones_life_given_not_for_a_relish_still_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize(("text", "category"), PLACE_AND_END)
def test_the_place_with_ending_it_or_no_return_reads_as_suicide(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", QUIET)
def test_the_same_words_in_a_scolding_or_an_errand_stay_quiet(text):
    assert_rules_stay_quiet(text)
