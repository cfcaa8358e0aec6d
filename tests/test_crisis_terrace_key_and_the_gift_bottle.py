"""The thirty-fifth session's reading of rounds 98-99 (housing-society watchmen, car showrooms, hardware
counters, bus-body works, weighbridges, watch repairers): the terrace key and "I won't come back down";
the car left running behind a pulled shutter; the LIC worth more than the writer; "even if I'm gone
nobody is held up"; the accounts settled and "nothing left of mine"; a prayer not to be woken; the fan
stared at with a plan; watch cells swallowed, the repair bench's IPA, rat poison dissolved in water;
his address known and the threat that follows; the gift bottle finished alone, the pay taken straight
to the adda; a new bar opposite the gate, the old habit pulling. And quiet: the hero's jump in a film,
the Celphos kept locked for the godown, the others gone to the bar on bonus day, a Diwali stock of gift
boxes sold out, taking leave "even if I'm away the showroom runs". The sentences are my own, none from
the evaluation sets. The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import (
    assert_rules_find,
    assert_rules_read_a_craving,
    assert_rules_stay_quiet,
)


@pytest.mark.parametrize("text", [
    "tanki wale terrace ki chabi aaj mere paas hai, upar jaunga aur wapas neeche nahi aunga",
    "गच्चीची किल्ली घेतली आहे, आज परत खाली नाही येणार",
    "building ke terrace se neeche pahunchne me kitna time lagega yahi soch raha hu",
    "सतराव्या मजल्याच्या गच्चीवरून खाली जायला किती वेळ लागेल",
    "छत से नीचे सब बहुत शांत लगता है, आज रात ऊपर जाऊँगा",
    "Ghat ki taraf nikla hu bike leke, wapas aane ka irada nahi hai",
    "pulavar basloy, aata bas zala sagla",
    "garage me gaadi chalu rakh ke baitha hu, shutter band kar diya",
    "बंद गोडाऊनमध्ये गाडी चालू ठेवून बसलोय, शटर खाली ओढलं",
    "aaj platform ke kinare nahi, track pe rukunga",
    "mi gelo tar company kadun baykola paise miltil, tevdha tari upyog hoil maza",
    "the family will get more from my LIC than from me alive",
    "सगळ्यांचे पैसे परत केले, आता माझं काम संपलं",
    "sab settle kar diya, dukaan ki chaabi bhai ko de di. ab kuch baaki nahi mera",
    "koi fayda nahi yaar, upar jana hai ab",
    "रोज रात्री देवाला सांगतो उद्या उठवू नकोस",
    "रोज पंख्याकडे बघत बसतो, संपवायचा plan आहे डोक्यात",
    "gaadi me rassi rakh li hai, bas raat hone ka intezar hai",
    "sab kehte hai tu ghar pe bojh hai, ye bojh aaj hi kam kar deta hu",
    "what's the point of winding other people's clocks when my own time is up",
    "जगून काय फायदा, सगळं गेलं",
])
def test_the_terrace_the_engine_and_the_settled_accounts_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "mere bhai ne chhat ka darwaja andar se band kar liya hai, jaldi madad karo",
    "my husband took the terrace key an hour ago and still hasn't come down",
    "आमच्या मेहुण्यांनी गोठ्यात दोरी बांधली होती, आम्ही पाहिली आणि काढली",
    "te kal ratri pasun ghari ale nahit, phone var mhanale mulanna sambhal",
])
def test_reported_danger_is_a_crisis(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "ghadyal che don cell gilale ata, potat dukhtay",
    "टेबलवरची IPA ची बाटली प्यायलो, चक्कर येतेय",
    "shop ka acid rakha hai saamne, pi li aadhi bottle",
    "chuhe ki dawa ka packet paani me ghol raha hu",
    "उंदीर मारायचं औषध आणलंय, आज संपवणार",
])
def test_cells_the_bench_chemicals_and_rat_poison_are_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "seth ne pagar kaata. uska ghar pata chal gaya hai, katta bhi jugaad kar liya",
    "I know where the contractor parks. he'll be in hospital by tomorrow",
    "manager pe kal spanner chalaunga pakka",
    "त्या सावकाराचा जीव घेणार आज",
    "petrol ki bottle le li hai, usko jala dunga uski dukaan me",
])
def test_his_address_and_the_tools_are_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "dealer ne gift di Royal Stag, raat ko akele khatam kar di",
    "कल रात इतना टुल्लू था कि घर का रास्ता भूल गया",
    "desi bar gaya kal, 2 pavve",
    "पगार आला आणि थेट अड्ड्याकडे गेलो, सगळा पगार उडाला",
    "one peg became four, dont remember how i reached home",
])
def test_the_gift_bottle_and_the_pay_day_adda_are_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "society ke bahar naya theka khula hai, roz dekh ke mann hota hai, mushkil hai",
    "aaj khup juni savay odhtey, bola majhyashi",
    "bar paanch minute pe hai, abhi gaya nahi, call karo",
    "matka ka number lagane ka mann hota hai aaj",
    "every night after closing the thirst starts, how do i handle this",
    "smelt the paint thinner at work and remembered the high",
])
def test_the_new_bar_and_the_old_habit_are_cravings(text):
    assert_rules_read_a_craving(text)


@pytest.mark.parametrize("text", [
    "cinemat hero dongravarun udi marto, mast scene hota",
    "godown sathi celphos aanla, kulpat thevla",
    "bonus milala, sagle bar madhe gele, mi ghari gelo",
    "Diwali ke liye Black Dog ke gift box khatam ho gaye",
    "mi gelo tari showroom chalu rahil, mi doan divas raja ghetoy",
])
def test_the_film_the_godown_and_the_leave_stay_quiet(text):
    assert_rules_stay_quiet(text)


# Rounds 100-101 (wedding bands, repair technicians, ration shops, real-estate agents, snack factories, water
# plants): "tell the children he won't come back", the live wire, the insurance that clears the debt, the
# Butox and the chlorine; the fryer's oil and the koyta; free daru at the baraat; and quiet: the drum's skin,
# the jilebi, the One above, the AC unit hauled up with a rope, a boss's daily line.

@pytest.mark.parametrize("text", [
    "mulanna sanga baba dusrya gavala gele, parat yenar nahi",
    "ustad ko bol dena naya dholak wala dhoondh lena, main ab kabhi nahi aaunga",
    "mazya nantar mulila sanga tichya baapane chori keli navhti",
    "हे आयुष्य कशाला ओढायचं आता",
    "mere beeme ke paise se bank ka loan chuk jayega, mummy ko bolna",
    "कुकडी धरणावर बसलोय, खाली बघून बरं वाटतंय",
    "रेल्वे फाटकावर उभा आहे, एकदा पुढे व्हावं वाटतंय",
    "मीटर बोर्ड उघडून बसलोय, wire ला हात लावावा आणि संपवावं",
    "godown ki rassi majboot hai, kaafi hai mere liye",
    "sab so jaye to pankhe se rassi bandhunga",
    "ghatavar basloy, aaj shevat",
])
def test_the_childrens_message_the_wire_and_the_insurance_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "bhai ka phone band hai, raat ko msg kiya tha sorry mummy",
    "te water tank var chadhlet, kunacha aikat nahit",
])
def test_reported_farewells_and_the_tank_are_a_crisis(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "बैलाचं Butox ग्लासात ओतलंय, आता फक्त प्यायचं",
    "plant wala chlorine ghol ke rakha hai, bas peena baaki hai",
    "चूहे मारने वाली दवा गिलास में घोल दी है",
])
def test_the_cattle_medicine_and_the_chlorine_are_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "bidi ne hatavar chatka deto roj, konala mahit nahi",
    "lighter se haath jalata hu jab gussa aata hai, roj",
])
def test_the_bidi_and_the_lighter_on_the_hand_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "उस ठेकेदार को कढ़ाई में धकेल दूंगा कल",
    "next time i will run the truck over him",
    "supervisor ला उद्या कोयत्याने मारणार",
])
def test_the_fryer_the_koyta_and_the_tempo_are_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "shaadi me free ki daru thi, mana nahi kar paya, do peg",
    "कल ढाबे पे पता ही नहीं कितनी पी",
    "ekach bolun char zale kal",
])
def test_free_daru_and_just_one_are_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "ghari ekta asla ki batliche vichar yetat",
    "aaj purana dealer market me mila, tab se mind disturb hai",
])
def test_the_thoughts_of_the_bottle_and_the_old_dealer_are_cravings(text):
    assert_rules_read_a_craving(text)


@pytest.mark.parametrize("text", [
    "chuhon ne drum ki khaal kaat di, nayi mangwani padegi",
    "itna khaya ki mi tar marnar, potat jagach nahi",
    "do saal ho gaye ganja chhode, upar wale ka shukr hai",
    "आज नौवीं floor पे outdoor unit लगाया, helper ने नीचे से रस्सी खींची",
    "kaju katli ke dabbe pack kiye raat bhar",
    "सेठ बोलता है देर की तो मार डालूंगा, रोज का डायलॉग है",
    "is naye kaam ka alag hi nasha hai",
])
def test_the_drum_the_jilebi_and_the_daily_line_stay_quiet(text):
    assert_rules_stay_quiet(text)


# Rounds 102-103 (radiology staff, physiotherapists, opticians, sound and light crews, tea stalls,
# warehouses): the truss's top and "just let go", the fast local, the insurance sums, the IFT's electrodes,
# the darkroom's fixer; a hand in the edger, the pallet jack; cocktails at the pub, the clinic's pain pills;
# and quiet: the MRI, the chai that is "poison", a customer who ate the writer's head.

@pytest.mark.parametrize("text", [
    "stage ke truss pe chadha hu, bas haath chhod du",
    "रॅकच्या वरच्या लेव्हलवर आहे, एकच पाऊल",
    "how long does it take under a train, asking for real",
    "मेरे बीमे से बेटी की पढ़ाई हो जाएगी, हिसाब लगा लिया",
    "terrace ki chabi aaj meri jeb me hai, par main kuch ulta seedha nahi karunga",
    "पंख्याला ओढणी बांधून बघितली आज",
    "udhaar sab chuka diya, kisi ka kuch baaki nahi. ab bas chalna hai",
    "आज रात last है मेरा, सब सोच लिया",
    "koi nahi royega mere jaane pe",
])
def test_the_truss_the_local_and_the_sums_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "TENS machine ke electrodes seene pe laga ke current full, khud pe, jaanbujh ke",
    "गरम गाळणी हातावर दाबली आज",
])
def test_the_electrodes_and_the_hot_strainer_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "lab ka acetone pilo, potat jaltay",
    "पाच इंजेक्शन आणलेत, स्वतःला टोचून घेईन",
])
def test_the_acetone_and_the_vials_are_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "agli baar supervisor ne tang kiya to uska haath machine me",
    "i will put his hand in the press and start it",
    "त्या दलालाला ट्रकखाली चिरडून टाकेन",
])
def test_the_edger_and_the_truck_are_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "kal pub me 4 cocktails ghetle",
    "sab theke gaye, maine bhi 2 large le liye",
])
def test_the_cocktails_and_the_large_ones_are_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "clinic madhe painkillers baghun man hotay",
    "कमरे के लड़के आज पार्टी करेंगे, मैं अकेला नहीं रुक पाऊंगा",
])
def test_the_pain_pills_and_the_party_are_cravings(text):
    assert_rules_read_a_craving(text)


@pytest.mark.parametrize("text", [
    "MRI ki awaaz se sar dukh gaya",
    "is tapri ki chai zeher hai bhai",
    "ek customer ne kamar tod di aaj",
    "doston ne bottle laayi thi, maine sent the bottle back",
    "sugar control me hai, ab 2000 pav ka order bhi akela sambhal leta hu",
])
def test_the_mri_the_chai_and_the_bread_stay_quiet(text):
    assert_rules_stay_quiet(text)


# Rounds 104-105 (photo studios, postmen, insurance agents, excavator operators, gardeners, dental clinics),
# their clearest part: stones in the pocket, the platform's end, the policy's claim, the hot iron, sulphas in
# the pocket, the forceps; the bonus into the permit room, the clinic's nitrous; and quiet: rat poison for the
# godown, "sorry I missed your call" on the loading platform.

@pytest.mark.parametrize("text", [
    "nadi kinare baitha hu, jeb me patthar bhar liye",
    "पाण्यात जाऊन संपून जावं असं वाटतं रोज",
    "platform ke end pe khada hu, train aane wali hai",
    "policy cha nominee aai ahe, claim la kahi adchan nahi",
    "कर्ज माझ्या मरणानंतरच फिटेल",
    "इस दुनिया से जाना है अब बस",
    "crane var chadhlo ki vatata harness kadhun takava",
])
def test_the_stones_the_platform_and_the_claim_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "गरम इस्त्री अपनी जांघ पे लगा दी",
    "swatala itka chimta ghetla ki hat nili padli",
])
def test_the_iron_and_the_pinch_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "गोडाऊनमधल्या सल्फासच्या गोळ्या माझ्या खिशात आहेत",
    "clinic ki hypo ki bottle ghar le aaya, aaj pee jaunga",
])
def test_sulphas_in_the_pocket_and_the_hypo_are_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "diwali bonus aala ani seedha permit room madhe gelo",
    "clinic ke nitrous cylinder se phir kheench liya",
])
def test_the_permit_room_and_the_nitrous_are_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "bought rat poison for the godown, kept it on the top shelf away from the kids",
    "sorry I missed your call, was on the loading platform, all ok",
    "aaj sab goliyan time pe li, sugar normal hai",
])
def test_the_godown_the_platform_and_the_pills_on_time_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "ye wedding season to maar hi daalega",
    "नवीन सॉफ्टवेअर म्हणजे विष वाटतं",
    "गेहूँ के लिए नहर में पानी छोड़ा गया",
])
def test_the_season_the_software_and_the_canal_stay_quiet(text):
    assert_rules_stay_quiet(text)
