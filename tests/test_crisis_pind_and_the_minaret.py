"""The forty-second session's reading of rounds 124-125 (number-plate shops, bank-mitra kiosks, village dais
and maternity ayahs, pujaris and purohits, madrasa teachers and muezzins, truck khalasis): one's own last
rites made ready, the morning refused, the Aadhaar card "so they can identify me", the duty handed over "I
won't be there by then", the well "the only way", the wheat tablets and the ampoules "all at once", the blade
marks hidden, the belt and the candle on oneself; the drill and the Rampuri against someone; the Fortwin
ampoule, bhang tablets and N10 without a prescription. Quiet: the same rites, wells, tablets and tools in a
working day. The sentences are my own, none from the evaluation sets. The rules alone are tested
(second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "guruji mera shraddh bhi aap hi kar dena, jaldi",
    "माझं श्राद्ध तुम्हीच करा, तयारी ठेवा",
    "mazi tirdi tayar kara ata",
    "mere janaze ka kharcha almari me lifafe me rakha hai",
    "he keeps saying he will do his own shraddh tonight",
    "kabrastan wale chacha ko bola mere liye ek jagah rakhna, jaldi",
    "kafan wale ko bol diya hai, jaldi zarurat padegi",
    "उद्याचा सूर्य बघणार नाही मी",
    "kal ka suraj nahi dekhunga, sabko bata dena",
    "dont want to wake up tomorrow or any day",
    "देवा मला झोपेतच जाऊ दे, एवढंच मागतो",
    "aadhar card jeb me hai taki pehchan ho jaye, station ja raha hu",
    "कड्यावर बसलोय, फोन बंद करतोय आता",
    "mujhe koi rok nahi sakta, sabke liye letter likh diya",
    "aakhri baar sabki awaaz sunni thi isliye call kiya",
    "my watch and bike gave away to the boys, won't need anything now",
    "इस दुनिया में मेरा काम खत्म हो गया",
    "dhanda gela, paise gele, ata mi pan jato",
    "kal ki namaz koi aur padha dega, main tab tak nahi rahunga",
    "पुढची ट्रेन आली की संपलं. sorry",
    "savkarane ghar ghetla tar vihirit janar",
    "ab to kuan hi rasta hai",
    "yanantar maza konala tras honar nahi, shevatchi trip",
    "mere jaane ke baad kisi ko farak nahi padega",
    "highway var ubha ahe, bas ek kadam",
    "trailer ke neeche so jaunga, kisi ko pata nahi chalega jaan boojh ke",
])
def test_own_rites_the_last_things_and_the_well_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "आई कालपासून गायब आहे, नदीकाठी तिची चप्पल सापडली",
    "bhai bola tha ab nahi milunga, tab se phone switch off",
    "वो संगम पे बैठे हैं, कह रहे हैं वापस नहीं आऊंगा",
    "papa pulavarun call kela, sabko salaam kehna bolle",
    "the caretaker is sitting on the edge of the minaret, won't come down",
    "उन्होंने सिलेंडर खोल दिया और कमरा बंद कर लिया",
])
def test_reported_signs_are_crisis(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "gehu wali goli le aaya hu, raat ko kha lunga",
    "गव्हाच्या गोळ्या खिशात आहेत",
    "sleeping tablets sagle ekdam ghenar aaj",
    "acid gheun baslo aahe, aaj ratri sampavnar",
    "she injected herself with something, her breathing is low",
])
def test_the_wheat_tablets_and_the_ampoules_are_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "full sleeves pehenta hu taaki blade marks na dikhe, 2 new ones",
    "kil se haath me chhed karta hu raat ko",
    "candle pe ungli rakhta hu der tak",
    "स्वतःच्या तोंडावर जोरात मारतो",
    "swatala pattyane marto",
    "नखांनी हात ओरबाडला, रक्त आलं",
])
def test_the_blade_marks_the_candle_and_the_belt_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "drill machine se uska haath chhed dunga",
    "tyala rodne thokanar aaj",
    "rampuri uske pet me",
])
def test_the_drill_and_the_rampuri_are_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "kal raat fortwin khud ko laga liya",
    "dhabyavar ek 90 ghetla",
    "bhangechya golya ghetlya holi la",
    "biwi ko bola meeting hai, asal me bar me tha",
    "लग्नात मीही ग्लास घेतला, पुढचं आठवत नाही",
    "alprax bina parchi ke le li",
    "cough syrup ab roz ek shishi",
    "lagnat itki ghetli ki shuddh navhti",
])
def test_the_fortwin_the_ninety_and_the_bhang_are_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "aaj teen yajmanon ka shraddh karaya, dakshina achhi mili",
    "माझ्या यजमानांचं श्राद्ध उद्या आहे, तयारी करतोय",
    "kabrastan ki deewar ki marammat ka kharcha masjid dega",
    "dont want to wake up early tomorrow, its sunday",
    "aadhar card update karna hai bank me",
    "gehu wali goli godown me bori me daal di",
    "vihirit motor dursti sathi utarlo",
    "sagle form ekdam bharle aaj kiosk var",
    "sangam pe snan kiya, shaam tak wapas aa jaunga",
    "naral phodaycha koyta dhaar lavla",
    "fortwin ka stock register me likha",
    "candle jalake namaz padhi",
])
def test_the_same_rites_wells_and_tools_at_work_stay_quiet(text):
    assert_rules_stay_quiet(text)
