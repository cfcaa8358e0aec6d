"""A day, money or food that "got wasted", a screen that "got smashed", a team that "got
hammered 5-0", and anything "got smashed by a bus" are no night's drinking; the writer who got
wasted or hammered still is, wherever the night was."""
import pytest

from alumni.domain.crisis import detect
from alumni.domain.crisis.detection import Category


@pytest.mark.parametrize("text", [
    "my whole day got wasted at the RTO office",
    "so much food got wasted at my cousins wedding",
    "all my money got wasted on that typing course",
    "phone screen got smashed when it fell from the bike",
    "shop window got smashed in the bandh",
    "our team got hammered 5-0 in the final",
    "half the crops got wasted in the unseasonal rain",
    "got smashed by a bus near swargate, leg fractured but ok",
])
def test_a_thing_that_got_wasted_is_no_relapse(text):
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "got wasted last night, sorry sir",
    "i got hammered at the office party",
    "went to the party and got wasted",
    "friday night got wasted with the boys",
    "we got hammered by 10 pm and i dont remember the rest",
])
def test_the_writer_who_got_wasted_is_a_relapse(text):
    detection = detect(text, second_opinion=False)
    assert detection.relapse is not None, detection.explain()


@pytest.mark.parametrize("text", [
    "giving away my things before relocating to pune",
    "gave away all my stuff before the move to canada",
    "sab saman de diya naye ghar ke liye",
])
def test_things_given_away_before_a_move_are_no_goodbye(text):
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "giving away my things, please take care of mom",
    "gave away my things. wont need them where im going",
    "sab saman de diya. ab kuch nahi chahiye mujhe",
    "saman baant diya, ab chalta hu",
])
def test_things_given_away_otherwise_are_a_goodbye(text):
    detection = detect(text, second_opinion=False)
    assert Category.SUICIDE in {f.category for f in detection.findings}, detection.explain()
