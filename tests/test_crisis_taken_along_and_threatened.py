"""What a family reports in few words: a rope taken along to the forest or the field and the one
who took it gone ("पापा जंगल में रस्सी लेकर गए हैं अभी तक नहीं लौटे"), a threat told by its word
with the killing beside it, something swallowed and a hospital after it, and jumping "in the
well" in English. A rope for the cattle or the well's water, a threat of the sack, and children
jumping into the well for a swim stay quiet."""
import pytest

from alumni.domain.crisis import detect


@pytest.mark.parametrize("text", [
    "पापा जंगल में रस्सी लेकर गए हैं अभी तक नहीं लौटे",
    "majha bhau 2 divas zale ghari nahi, dori gheun ranat gela",
    "rassi leke khet ja raha hu",
    "मेरे पति ने धमकी दी है कि अगर केस वापस नहीं लिया तो मुझे और बच्चों को मार देगा",
    "beta thane me tha, hawaldar bol raha usne kuch kha liya, hospital le gaye hai",
    "tyane kahitari khalla, ata behosh ahe",
    "he tried to jump in the well yesterday",
])
def test_acts_reported_in_few_words_are_a_crisis(text):
    detection = detect(text, second_opinion=False)
    assert detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "rassi leke kuen pe paani bharne gaya",
    "dori gheun shetat gela, bail bandhayla",
    "usne dhamki di ki naukri se nikal dega",
    "kids jumped in the well for a swim in summer",
])
def test_errands_and_games_with_the_same_words_are_quiet(text):
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()
