"""Round 32 (holdout 101, opened): danger told by electricity linemen and tower riggers (the live
line, the tower without the belt, shocks given to oneself, current let into someone) reaches a
person; a lively helper, a line gone dead and a cake cut do not. The rules alone are tested
(second_opinion=False): the classifier cannot hide a regression."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    ("kal 33kv line ko chhu lunga, sab khatam ek second me", Category.SUICIDE),
    ("डीपीजवळ बसतो, वाटतं एकदा हात लावावा", Category.SUICIDE),
    ("if i grab the line they will call it accident, my family gets compensation", Category.SUICIDE),
    ("उद्या बिना परमिट HT line वर चढणार", Category.SUICIDE),
    ("on the tower since an hour, thinking of letting go of the rung", Category.SUICIDE),
    ("babhali la dor bandhun aloy, fakt andhar padaychi vaat", Category.SUICIDE),
    ("रुळाजवळ उभा आहे, पुढची गाडी आली की बस", Category.SUICIDE),
    ("PF ani vima bayko chya navavar kela, ata kahi kaam urla nahi", Category.SUICIDE),
    ("माझी कुणालाच गरज नाही, सगळ्यांवर ओझं झालोय", Category.SUICIDE),
    ("tester lavun swatahala current deto roj", Category.SELF_HARM),
    ("plas se apni ungli daba di jab tak khoon nahi nikla", Category.SELF_HARM),
    ("thekedar ko khambe se baandh ke current chhod dunga", Category.HARM_TO_OTHERS),
    ("त्या लाईनमनला चालू लाईनवर ढकलून देईन", Category.HARM_TO_OTHERS),
    ("duty se pehle gala tar kar liya tha", Category.RELAPSE),
    ("तीन महीने साफ रहा, अब फिर वही हाल", Category.RELAPSE),
])
def test_danger_told_by_linemen_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "line ko galti se chhu liya, gloves the, sab theek",
    "shutdown liya, permit liya, belt lagaya, phir chadha",
    "साठ फूटाच्या टॉवरवर काम झालं, सुखरूप खाली आलो",
])
def test_the_work_talk_of_linemen_is_quiet(text):
    assert_rules_stay_quiet(text)
