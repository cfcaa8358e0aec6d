"""Round 55's reading of rounds 54-55 (pest control, toddy tapping, veterinary work, rope access,
ambulances, sweet shops): the clinic's vials and the cleaning acid turned on oneself, the writer
spoken of as already gone, a terrace left open, someone reported on a ledge with help called,
relapse counted by the peg or lost at the den; and the look-alikes beside each (a syringe for a
dog, acid splashed while cleaning, a last look at a grandfather's body, cola at a party). The
rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "xylazine chi syringe bharun thevli ahe, aata fakt shirela lavaychi",
    "the syringe is filled. i weigh less than the horse we put down",
    "godown me jo sulfas hai wo mere liye kaafi hai",
    "mere bhai ne clinic se injection churaya hai, uske bag me mila, bahut dar lag raha hai",
    "phenyl chi batli haatat ahe, tondala lavtoy",
    "bathroom wala acid pi liya thoda, gala jal raha hai",
])
def test_a_dose_or_a_corrosive_turned_on_oneself_is_an_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "syringe bharun thevli kutryala dyayla, vajan 30 kilo",
    "toilet saaf karte waqt acid ka chheenta pada, haath jal gaya thoda",
    "ek roti mere liye kaafi hai aaj",
])
def test_a_dose_for_an_animal_or_a_splash_at_work_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "aaila sang tujha mulga mehnati hota",
    "maa ko bolna uska beta bura nahi tha",
    "घरच्यांना सांगा कुणाचा दोष नाही",
    "bachhe hai isliye zinda hu, warna kab ka chala jata",
    "मरणाची भीती नाही वाटत आता",
    "aaj mulila shevatcha baghun ghetla, ti zopli hoti",
    "माझ्यानंतर आईला कोण सांभाळेल हेच वाटतं",
    "terrace ka darwaza khula hai, yahi sahi waqt hai",
    "ab toh bridge hi last option hai",
])
def test_the_writer_spoken_of_as_gone_or_the_way_left_open_is_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "aajobanchya antyasanskara adhi shevatcha baghun ghetla",
    "maa ko bolna uska beta khana kha ke aayega",
    "fireman ko marne se dar nahi lagta ab, duty hai",
    "grill kadhun rang dila, 5 va majla",
    "terrace cha darvaja ughada ahe, taki saaf karaychi, hich vel ahe",
    "rassi apne kaam aayegi site pe, rakh lo",
])
def test_their_everyday_look_alikes_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "papa nadi ke pul pe khade hai kisi ne bataya, please help",
    "शेजारचा मुलगा १२ व्या मजल्यावर ग्रिलच्या बाहेर उभा आहे, पोलीस बोलावले",
    "me theek nahi, samundar ki taraf ja raha hu, phone band kar raha hu",
])
def test_someone_on_a_bridge_or_ledge_reported_is_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "shaadi ki party thi, teen peg ho gaye",
    "gutthyavar gelo, 3 mahinyache divas vaya",
    "roz raat daru, ruk hi nahi raha",
    "mitransobat chakhna ani daru",
    "clinic se ketamine phir utha li",
])
def test_the_drink_counted_every_night_or_lost_at_the_den_is_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "tyacha jeev ghenar mi, bagh tu",
    "मालकाच्या तोंडावर गरम तेल ओतीन उद्या",
])
def test_a_life_to_be_taken_or_hot_oil_on_his_face_is_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "party me sab ne peg liye, maine coke liya",
    "दोस्तों ने दारू पिलाने की कोशिश की, मैंने coke लिया",
    "bar me kaam karta hu, aaj 2 large ka order aaya",
    "paus padla, pik gela, sagla pani gela",
    "gave ketamine to the dog before the surgery",
])
def test_cola_at_the_party_and_the_bar_at_work_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "aaj 25 rabies shots diye clinic me",
    "kadhai me puri talte waqt ungli jal gayi, burnt a bit, theek hai",
    "सेठ ने बोतल दी, मैने मिठाई ले ली",
    "shethne peg dila, mi prasad ghetla",
    "holi ke liye 30 kilo bhang ki thandai ka order hai",
    "kutte ne pair pe kaat liya, rabies ka injection lagwaya",
    "new ropes issued today, rope access training tmrw",
])
def test_the_trade_and_the_festival_order_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "maine haath pe cuts kiye, khoon ruk nahi raha",
    "beta ne apne haath pe cut mare hai, khoon band nahi ho raha, rakt thambat nahi",
])
def test_cuts_made_and_the_blood_not_stopping_is_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "is baar godown me gas chhodunga to mask nahi pahnunga, bahar bhi nahi aaunga",
    "नदी का पानी रात को पास बुलाता है",
    "ata he ayushya pan sodaycha ahe",
    "roz laash uthata hu ambulance me, aaj meri baari",
    "janwaron ko mukti mil gayi, mujhe kab milegi",
    "उतरने का रास्ता बस छत से दिखता है अब",
])
def test_the_gas_the_water_and_the_writer_s_own_turn_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "fumigation tablets khishat ahet, ratri khanar",
    "mehtaab ne godown ki goli jeb me rakhi hai, kal kha lunga bola",
])
def test_the_fumigation_tablets_kept_to_be_eaten_are_an_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "tyachya gadiche brake dhile karun thevnar udya",
    "baayko parat bolli tar tichi kahi khair nahi, ticha kahi khara nahi aaj",
])
def test_his_brakes_undone_or_her_fate_sealed_is_a_threat(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "garam chimta hatala lavla muddam",
    "हातावरच्या खुणा लपवायला फुल बाह्यांचा शर्ट घालतो",
])
def test_the_hot_tongs_and_the_hidden_marks_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "tadichya madkyatun sakali tond lavla",
    "drank from the toddy pot myself this morning",
])
def test_drunk_from_the_toddy_pot_is_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "diwali me marne ki bhi fursat nahi, baad me call karta hu",
    "garam tel hatala lavla, dukhat hota",
    "customers drink from the pot at the shop",
    "बारसमोरून रोज जातो पण आत पाऊल टाकत नाही",
])
def test_the_busy_festival_the_remedy_and_the_den_passed_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "bar madhe roj jato, aata thambat nahi",
    "i go in the bar every day, cant stop",
])
def test_the_den_every_day_with_no_stopping_now_is_still_a_relapse(text):
    # "aata" (now) and "in" are no "inside": only a step not taken in keeps the den passed by
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "majha helmet ani gloves Pintya la dile, mala ata kashachi garaj nahi",
    "meri ghadi bhai ko de di, bola papa ka dhyan rakhna",
    "give my last salary to my mother, i wont be needing it",
    "ab meri baari, kitni laashein uthayi hai maine",
    "main kal rahunga hi nahi, check-in mat bhejna",
])
def test_things_given_up_and_the_writer_s_turn_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "gave my old phone to my brother, got a new one, i wont be needing it",
    "mama ni glass dila, mi nahi mhanalo, sagla kaam mich sambhalla",
    "kal shaadi me nahi rahunga hi nahi, gaon ja raha",
])
def test_an_old_thing_replaced_a_refused_glass_and_a_trip_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "bhingri ghetli kal ratri",
    "lagnat whisky che char peg maarle",
])
def test_country_liquor_by_its_brand_and_pegs_put_away_are_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "he ate the cockroach gel, now vomiting, please come",
    "उंदीर मारायचं औषध खाल्लं, पोट जळतंय",
])
def test_the_pest_poison_and_the_sickness_after_it_are_an_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)
