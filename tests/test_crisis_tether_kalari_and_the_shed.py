"""The thirtieth session's reading of rounds 78-79 (buffalo sheds, phone repair shops, bidi rollers,
parlours, idol workshops, river-sand boats): the tether tied beside the stool, the rope hung from the
tree, the accounts settled and the time to go, the writer's things found without him, the insurance
against the debt, glass squeezed in the fist, the skin picked till it bleeds, a truck to run a man
over; drinking owned up to at the kalari, the theka and the toddy shop; cravings with everyone
drinking around and the writer barely holding, the glue's smell bringing it back; and quiet: respect
given, a son who eats and drinks cricket, a summer that burns the men alive, rats cutting wires, a
tea one is hooked on, the bhatti avoided, a drink only dreamt, a call cut on an offer. The rules
alone are tested (second_opinion=False), with the detector's explanation on failure."""
import pytest

from alumni.domain.crisis import detect
from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "गोठ्यात दावं बांधलंय, खाली स्टूल ठेवलाय",
    "आंब्याच्या झाडाला दोर टांगलाय, रात्री जातो",
    "sabka hisab chukta kar diya, ab sukoon se ja sakta hoon",
    "सगळ्यांना कपडे वाटून दिले, आता शांतपणे जाऊ शकतो",
    "nadi kinare meri chappal milegi, mai nahi milunga",
    "karz 2 lakh ka hai, LIC 5 lakh ki hai, aap hisab laga lo",
])
def test_the_tether_the_tree_the_settled_accounts_and_what_is_found_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "thinner ki bottle gale me utar di",
    "दुकानातलं IPA घेऊन सगळं पिणार आज",
])
def test_a_solvent_down_the_throat_or_drunk_whole_is_overdose(text):
    assert detect(text, second_opinion=False).crisis


@pytest.mark.parametrize("text", [
    "phone ka toota kaanch mutthi me bheench liya, khoon tapak raha hai",
    "रात्रभर skin उपटत राहिलो, रक्त येईपर्यंत",
])
def test_glass_in_the_fist_and_the_skin_picked_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "उद्या त्याला डंपरने उडवणार, मुकादम आहे ना तो",
    "usko truck se kuchal dunga kal",
])
def test_a_truck_to_run_a_man_over_is_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "gaonat sagle pit hote, mi pan baslo tyanchyasobat",
    "thekyavar basloy 2 divas",
    "tadi ki dukan pe gaya, teen glass",
    "kal do baar kalari gaya",
    "पगार आला आणि अर्धा भट्टीवर उडवले",
    "raat ko Officer's Choice ki bottle li",
])
def test_the_company_the_days_the_glasses_and_the_kalari_are_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "पार्टीत सगळे पितायत, मी कसाबसा थांबलोय",
    "shaadi me sab pi rahe hain, control chhut raha hai",
    "sagle pitayet, mala phone kara",
    "solution ka vaas aala ani juna kaal aathavla",
])
def test_everyone_drinking_and_the_glue_smell_are_craving(text):
    detection = detect(text, second_opinion=False)
    assert detection.urgent and not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "म्हशीला दावं बांधलं, धार काढायला स्टूल ठेवलं",
    "झाडाला दोर टांगलाय, पोरांसाठी झोका",
    "सगळ्यांचा हिशोब चुकता केला, आता शांतपणे घरी जाऊ शकतो",
    "kalari ke saamne se do baar gaya, andar nahi",
    "tadi ki dukan pe ruka, do glass chai pi",
    "शेजारी लोक आता मान देतात, दोन वर्ष झाली",
    "mera bhai khata peeta sota kabaddi",
    "June is burning us alive, 45 degrees in the workshop",
    "chuhe raat bhar wire kaat rahe the, dawa rakhi hai",
    "aaichya hatcha chaha mhanje maza vyasan",
    "mudaam dusrya rastyane aalo, theka talli",
    "sapne me daru pi li, uth ke dekha sach me nahi pi",
    "purane dost ne maal offer kiya, maine phone kaat diya",
    "kamane maarun taakla aaj, 14 tas ubha hoto",
    "is saal dhanda mara hua hai, grahak nahi",
    "ghat ghat ka paani piya hai maine, mujhe mat sikhao",
])
def test_the_stool_the_swing_home_and_the_trades_words_stay_quiet(text):
    assert_rules_stay_quiet(text)
