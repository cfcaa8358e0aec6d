"""A poison said to be meant for the writer, by denying the pests or the field it would be for
("rat poison li, chuhon ke liye nahi", "not for the field, for me", "उंदरासाठी नाही") or by
saying it is theirs ("the rat poison is for me this time"), is an overdose to act on; pesticide
and rat poison for another pest, a crop, the godown, or an errand stay quiet."""
import pytest

from alumni.domain.crisis import Category, detect


@pytest.mark.parametrize("text", [
    "rat poison lena hai aaj, for me not for rats",
    "got pesticide today, not for the field, for me",
    "keetnashak laya hu, khet ke liye nahi apne liye",
    "chuhe ki dawai kharidi, chuho ke liye nahi",
    "उंदराचं औषध आणलं, उंदरासाठी नाही",
    "kitnashak aanla ahe, shetasathi nahi",
    "the rat poison is for me this time",
    "कीटनाशक की बोतल रखी है, खेत के लिए नहीं",
    # Words spelt like a pest or a crop once the vowels go ("bag" like "baag", "us" like "oos").
    "chuhe ki dawai bag me rakhi hai, chuho ke liye nahi",
    "rat poison for us, not for the rats",
])
def test_a_poison_whose_pests_or_field_are_denied_is_an_overdose(text):
    detection = detect(text, second_opinion=False)
    assert detection.crisis and Category.OVERDOSE in {f.category for f in detection.findings}, detection.explain()


@pytest.mark.parametrize("text", [
    # Another pest, a crop or a place is named for it.
    "keetnashak laya hu, khet ke liye nahi, bagiche ke liye",
    "chuhe ki dawai kharidi, chuho ke liye nahi cockroach ke liye",
    "keetnashak khet ke liye nahi, kapas ke liye laya",
    "उंदराचं औषध आणलं, उंदरासाठी नाही झुरळांसाठी",
    "rat poison bought, not for rats, for cockroaches",
    "pesticide not for the field, for the garden",
    "pesticide not for the field but for the weeds in the yard",
    "the rat poison is for me to put in the godown",
    # The bringing denied, not the field: "we went organic".
    "keetnashak ab khet ke liye nahi lata, organic kheti karta hu",
    "pesticide is not for the field anymore, we went organic",
    "kal kheton ke liye dawai nahi mili, dukan band thi",
    # An errand, or the pests still the ones meant.
    "mere liye chuhe ki dawai le aana please",
    "rat poison nahi mila, rats are still in the kitchen",
    "chuhe ki dawai kharidi, chuho ke liye, kitchen me",
])
def test_a_poison_for_another_pest_a_crop_or_an_errand_stays_quiet(text):
    assert not detect(text, second_opinion=False).crisis, detect(text, second_opinion=False).explain()
