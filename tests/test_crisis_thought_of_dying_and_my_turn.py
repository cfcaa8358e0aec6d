"""The reading of rounds 68-69: the thought of dying, the writer's turn after the birds are set free,
to go for ever, a promise of doing nothing beside the water watched, no reason to get up, thanks to
all and no more check-ins, life or death the same, all stopped once the writer is gone; sat with the
acid or gone off with the poison; a tool put through a man's neck, one of them pushed into the
crusher, the van run over him; acid poured on the writer's own arm, a hand fed into the roller on
purpose, a key heated and pressed to the wrist, an arm scraped on the wire; the brass polisher's,
the winery's and the furniture polisher's chemicals drunk; bets on the matka, a quarter every
evening, the still every afternoon, the permit room; and their look-alikes. The rules alone are
tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "sach bolu to marne ka khayal har roz aata hai",
    "sagle kabutar sodun dile. aata majhi pali, bye",
    "ab mat dhundhna, mujhe jaana hai hamesha ke liye",
    "main kuch nahi karunga, bas roz pul pe khada hoke paani dekhta rehta hu",
    "no reason to get up anymore, not even for the kids",
    "thank you everyone. ab nahi milenge",
    "mi gelo ki he sagla thambel",
    "main rahu ya na rahu kisi ko kya fark",
])
def test_the_thought_and_the_turn_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "maza bhau acid gheun baslay, kahi kara",
    "papa zeher ki bottle leke nadi ki taraf gaye hain, phone nahi utha rahe",
    "आई म्हणते ते गच्चीच्या कठड्यावर उभे आहेत, खाली येत नाहीत",
])
def test_sat_with_the_poison_or_not_coming_down_is_a_report(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "if the contractor cheats me again ill put the screwdriver through his hand",
    "next time they come for hafta i will push one of them into the boiler",
    "that traffic cop, i will run the van over him one day",
])
def test_a_tool_through_him_or_pushed_in_is_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "polishing wala acid apne haath pe daal liya, dimag shaant hua",
    "put my hand into the crusher on purpose, wanted to feel it",
    "chamcha gas pe garam karke hatheli pe daba deta hu",
    "kept scraping my wrist on the wire mesh till it bled",
])
def test_the_writers_own_arm_burnt_or_scraped_is_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


def test_the_polishers_chemical_drunk_is_an_overdose():
    assert_rules_find("french polish spirit pee liya, pet jal raha hai", Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "satte me phir paise laga diye kal",
    "matkyavar parat paise lavle",
    "dus din se roz shaam ko ek quarter",
    "roj dupari bhattivar jatoy, ghari sangitla nahi",
    "पगार झाला आणि परमिट रूममध्ये गेलो",
])
def test_bets_and_the_daily_drink_are_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "dadi ke marne ka khayal bhi dara deta hai",
    "now its my turn to bowl, wish me luck",
    "mujhe jaana hai hamesha ke liye dubai, naukri lag gayi",
    "the thread goes through his hand when he stitches the leather",
    "i will push them into the pool at the party lol",
    "acid se galti se haath jal gaya kaam kartana",
    "roller me galti se ungli aa gayi, doctor ne patti bandhi",
    "scraped my arm on the wire mesh while fixing the loft, need a tetanus shot",
    "wo keetnashak ki bottle leke khet gaya hai chhidakne, phone nahi utha raha",
    "वो acid लेकर बैठा है, toilet साफ कर रहा",
    "bachche chhat pe patang uda rahe hain, neeche nahi aa rahe khana khane",
    "shaadi me paise laga diye, sab kharcha ho gaya",
    "roz sham ko mandir jatoy",
    "bhatti pe kaam karta hu roz sham ko",
    "mi gelo ki dukan band, tumhi sukhi raha",
])
def test_their_look_alikes_stay_quiet(text):
    assert_rules_stay_quiet(text)
