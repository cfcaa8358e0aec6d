"""Death preferred in Marathi as it is typed in Latin letters ("ekdach melelo bara", "mela tar
bara", "jeev dilela bara"), "मीच संपतो", weariness with "jivanacha" (life, in its Marathi case),
nothing left to stay for, and voices that tell one to die, in any of the three languages. A
voice heard harmlessly stays quiet."""
import pytest

from alumni.domain.crisis import detect
from alumni.domain.crisis.detection import Category


@pytest.mark.parametrize("text", [
    "7 varsha aat kadhnyapeksha ekdach melelo bara",
    "roj ratri vatta zopetach mela tar bara",
    "parat jail madhe jaanyapeksha jeev dilela bara",
    "हे आजारपण काही संपणार नाही, मीच संपतो",
    "kantala aala ya jivanacha sir",
    "wife gone, job gone. whats left to stay for",
    "avaz sangtat tu mar ja, ani mala pan patatay",
    "the voices keep telling me to jump from the terrace",
    "रात को आवाज़ें कहती हैं मर जा",
])
def test_death_preferred_and_voices_are_a_suicide(text):
    detection = detect(text, second_opinion=False)
    assert Category.SUICIDE in {f.category for f in detection.findings}, detection.explain()


@pytest.mark.parametrize("text", [
    "uski aawaz sun ke achha laga",
    "ghar ke bahar awaz aa rahi thi, bachhe khel rahe the",
    "jivanacha anand ghetla ya varshi, 1 varsh sober",
    "voices in the choir were beautiful today",
])
def test_voices_and_life_heard_harmlessly_are_quiet(text):
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "जगणं म्हणजे मरण झालंय सर",
    "asa jagna mhanje maran ahe",
])
def test_living_called_death_is_a_crisis(text):
    # (with "सर" after it the finding is named harm to others: "sir" is also a person's word)
    detection = detect(text, second_opinion=False)
    assert detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "office cha kaam mhanje maraycha kaam",
    "he court chya tarkha mhanje maran aahe nusta",
    "biwi ke haath ki machli, kya swad tha, mar jau us pe",
])
def test_a_chore_called_death_and_a_dish_adored_are_quiet(text):
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()
