"""The reading of rounds 74-75 (driving schools, plant nurseries, tuition teachers, pathology labs,
silk reelers, stage theatre): up on the tank or the catwalk, the brake not pressed, the rails' timings,
the batten, farewells in the trade's words; the workshop's and the lab's chemicals drunk or carried
off, threats with the needle, the car and the stage; the boiling basin and the writer's own blood; the
permit room till late and a drink owned up to; and the quiet talk of the stage, the lab and the
counterfactual drink, the gallows a manager will send one to, hunger "killing" one, a bottle walked
away from. The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis import detect
from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "hospital chya water tank var basloy, khali baghat ahe",
    "कॉलेजच्या टेरेसवर उभा आहे, आज खाली येणार नाही",
    "ghat madhe udya brake nahi dabnar, sagla sampel",
    "रात को मालगाड़ी इसी पटरी से जाती है, टाइम देख लिया है",
    "godamachya vasyala dori bandhli ahe",
    "phone will be off forever after tonight, thank you for everything",
    "meri policy ka bima mil jayega, mere zinda rehne se zyada kaam aayega",
    "aai mala maaf kar, ramram",
])
def test_up_high_the_road_the_rails_and_farewells_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "brake fluid ki bottle mere paas hai, aaj raat pee jaunga",
    "formalin ghetla ahe, pyaylo thoda, ghasa jaltoy",
    "papa khet wali dawa lekar gaye hain, phone nahi utha rahe",
    "bhaiyane neend ki goliyan kha li, bol nahi pa rahe",
])
def test_the_workshops_and_the_fields_chemicals_alert(text):
    assert detect(text, second_opinion=False).crisis


@pytest.mark.parametrize("text", [
    "us supervisor ko sui se god dunga",
    "tya agentla udya gaadi khali ghalto",
    "stage var khari talwar chalavnar, dummy nahi",
])
def test_the_needle_the_car_and_the_real_sword_are_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "गरम इस्त्रीला मुद्दाम हात लावला, फोड आले",
    "raat ko apna khoon syringe se nikalta hu, tabhi neend aati hai",
    "gusse me diwar pe sir baar baar maara, phod liya",
])
def test_the_hot_iron_own_blood_and_the_head_struck_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "kal raat bar me till 2 am tha",
    "हां सर पी है, झूठ नहीं बोलूंगा",
    "ganja mara aur upar se beer",
    "दारूचा नाद परत लागला",
])
def test_the_bar_till_late_and_a_drink_owned_are_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "old me would have drunk after that fight. went for a walk instead",
    "पूर्वी असतो तर दारू प्यायलो असतो, आज घरी गेलो",
    "नाटकात माझा विष पिण्याचा प्रसंग आहे, तालीम चालू आहे",
    "kal stage pe aag laga di, audience khadi ho gayi",
    "लग्नात मरणाची गर्दी होती",
    "needle stick injury at the lab, started PEP as per protocol",
    "बोअर आटली, पाणी विकत घेतोय",
    "target miss hua to manager फांसी पे चढ़ा देंगे 😂",
    "bhuk lagliy mi marto ata, kahi khayla ahe ka",
    "colleague ने bottle उघडली, मी निघून आलो",
])
def test_the_stage_the_lab_and_the_drink_that_would_have_been_stay_quiet(text):
    assert_rules_stay_quiet(text)
