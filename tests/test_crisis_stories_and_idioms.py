"""A stranger's death told from a film or the news, idioms and hyperbole, everyday supplies
and pests do not alert; a threat or a report about a real person does, in English, Hindi and
Marathi, in either script. Development examples written for this round; the labelled sets
are measured by `python -m bench crisis`."""
import pytest

from alumni.domain.crisis import detect


def _explain(text: str) -> str:
    return detect(text).explain() or "nothing"


# --- someone else's story: a film, a serial, the news ------------------------------------

@pytest.mark.parametrize("text", [
    "saw a movie yesterday, the villain swallows poison at the end. what a climax",
    "serial me heroine ne neend ki goliyan kha li, mummy ro rahi thi",
    "पेपर में आया कि एक युवक ने ज़हर पी लिया, पढ़ के दिल दुखा",
    "चित्रपटात नायक नव्हे तर एका तरुणाने नदीत उडी मारली, फार वाईट शेवट",
    "news dekhi, kisi ladki ne building se kood ke jaan de di. bahut dukh hua",
    "read an article about a student who overdosed in the hostel, so sad",
])
def test_a_strangers_death_told_from_a_film_or_the_news_does_not_alert(text):
    assert not detect(text).crisis, f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    # the writer's own act, beside the story
    "film me hero ne zeher khaya, maine bhi kha liya",
    "the guy in the movie overdosed and i just took all my pills too",
    # the one who did it is someone the writer knows
    "film dekh ke usne zeher kha liya, hospital le ja rahe hain",
    "सिनेमा पाहिला आणि विष घेतलं",
    # no stranger in the story: the writer, after the film
    "movie dekhi aur neend ki saari goliyan kha li",
])
def test_a_story_beside_the_writers_own_act_still_alerts(text):
    assert detect(text).crisis, f"{text!r}: {_explain(text)}"


def test_an_inflected_strong_word_cleared_as_a_story_is_not_read_back_as_a_typo():
    assert not detect("watched a documentary where the singer overdoses on stage").crisis
    assert detect("overdoses again and again, cant stop").crisis


# --- idioms and hyperbole -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # "<a career> suicide": a move that ruins something
    "quitting this job before the bonus would be career suicide",
    "that tweet was political suicide for him",
    "skipping the reunion would be social suicide for her",
    # "dead meat": in trouble
    "forgot our anniversary, i'm dead meat tonight",
    "if coach sees this im dead meat",
    # an emphatic word between dying and "went": a past "died (of it)"
    "itna funny video tha, mar hi gaya main hanste hanste",
    "uska dance dekh ke hum to mar bhi gaye the",
    # died of boredom, having become bored
    "lecture itna lamba tha, bore hoke mar gaya",
    "ghari basun bore houn melo yaar",
    # someone will "kill" me over a forgotten chore
    "aai marnar mala, chavi visarlo",
    "mummy maar dalegi mujhe, doodh laana bhool gaya",
])
def test_idioms_and_hyperbole_of_every_kind_do_not_alert(text):
    assert not detect(text).crisis, f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    "committing suicide tonight, sorry",
    "mar hi jaunga ab, koi fayda nahi",
    "bore ho gaya hu zindagi se, mar jaunga",
    "mera pati mujhe maar dalega",
    "papa maar hi dalenge mujhe, phone tod diya",
])
def test_the_same_words_meant_still_alert(text):
    assert detect(text).crisis, f"{text!r}: {_explain(text)}"
