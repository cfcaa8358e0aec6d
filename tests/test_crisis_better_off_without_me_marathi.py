"""The family better off without the writer, said in Marathi as it is written, apart or joined
and in any tense ("majhya shivay sagle sukhi rahtil", "मी नसतो तर सगळे खुश असते", "mi nasto tar
bara"), and nobody to mourn ("मी गेलो तर कोणी रडणार नाही"), is a suicide. Work that cannot go on
without the writer, or an errand while away, is not."""
import pytest

from alumni.domain.crisis import Category, detect


@pytest.mark.parametrize("text", [
    "majhya shivay ghari sagle sukhi rahtil",
    "mazya shivay ghar changla chalel",
    "मी नसतो तर आई बाबा खुश असते",
    "mi naslo tar gharche anandat rahtil",
    "ghari majha tras ch ahe, mi nasto tar bara",
    "मी नसलो तरच बरं",
    "mi gelo tar ghari koni radnar nahi",
    "मी गेल्यावर कोणी आठवण काढणार नाही",
    "mere jaane ke baad sab theek ho jayega ghar mein",
])
def test_the_family_better_off_without_the_writer_is_a_suicide(text):
    detection = detect(text, second_opinion=False)
    assert Category.SUICIDE in {f.category for f in detection.findings}, detection.explain()


@pytest.mark.parametrize("text", [
    "majhya shivay office madhe kaam honar nahi",
    "mi nasto tar meeting la kon jail",
    "mi gelo tar dukan kon ughdel udya",
    "mi nastana tyanni bara kaam kela",
    "mi gavala gelo tar kunala kahi kalnar nahi, sagle busy aahet",
])
def test_work_or_an_errand_without_the_writer_is_no_crisis(text):
    assert not detect(text, second_opinion=False).crisis, detect(text, second_opinion=False).explain()
