"""The thirty-fourth session's readings of rounds 92-97. Rounds 92-93 (resident doctors, silk reelers,
offshore platforms, cricket grounds, door-to-door sellers, village officials): the death certificates signed
and "now mine"; "tell mother it wasn't her fault"; the notes handed over and "nobody will need me";
the well's edge, the stone tied, "I can't swim"; the payout "if I'm gone"; the rope bought "and I know
what it's for"; the ward's vials all pushed at once, the pills one by one, the field poison for
tonight; the scalpel, the sickle and the heavy roller; a son who can't bear it and a phone switched
off, fresh cuts on a brother's arms, no sound from a locked room; one said and four had, "me too", the
theatre's nitrous again; and quiet: the MD exam, the narcotics cupboard, a bowler who burnt the
batsmen, a suicidal single, a crew change left hanging, a rope for the flag. Rounds 94-95 and 96-97
follow below their own headings. The sentences are my own, none from the evaluation sets. The rules
alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import (
    assert_rules_find,
    assert_rules_read_a_craving,
    assert_rules_stay_calm,
    assert_rules_stay_quiet,
)


@pytest.mark.parametrize("text", [
    "kitne death certificate sign kiye is saal, ab mera bhi likhna baaki hai",
    "गावातले इतके पंचनामे केले, पुढचा माझा करायची वेळ आली",
    "aaila sanga tichi kahi chuk navti, mi thaklo",
    "sabko bol dena maine puri koshish ki thi, ab aur nahi",
    "ward ke notes complete kar diye, kal se kisi ko meri zarurat nahi padegi",
    "विहिरीच्या काठावर बसलोय, पोहता येत नाही मला",
    "talavachya kathavar baslo, kambrela dagad bandhlay",
    "उद्या सकाळी मी दिसणार नाही, सगळं हिशोब कपाटात आहे",
    "karj vadhla, shevat karto swatacha aata",
    "ata jagnach nako, kuni vicharat pan nahi",
    "mi gelo tar baykola pension milel, tech bara",
    "bazaar se nayi rassi li hai, pata hai kiske liye",
    "पंचायत के पीछे वाले पेड़ की डाल मज़बूत है, रस्सी ले के आया हूं",
    "raat wali passenger ka time pakka dekh ke aaya hu railway line pe",
    "पुलाकडे चाललोय, कोणी थांबवू नका",
    "पंधराव्या मजल्यावरच्या गच्चीवर बराच वेळ उभा होतो आज",
    "sab ko aakhri ram ram, bahut kiya aap logo ne",
    "policy ke papers almari me hain, nominee biwi hai, loan fitel",
    "i want it all to stop, tonight",
    "he said look after the kids and now his phone is switched off",
])
def test_the_certificates_the_well_and_the_payout_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "insulin ke do pen hai, raat ko poora laga dunga",
    "ICU मधून आणलेल्या midazolam च्या सगळ्या ampoules एकदम घेतल्या",
    "KCl syringe me bhar li hai, duty room me rakhi hai",
    "बाबांच्या शुगरच्या गोळ्या समोर आहेत, एक एक करून घेतोय",
    "krushi kendratun kitaknashak anli ahe, aaj ratri",
    "chuha maar dawai paani me ghol ke pee raha hu",
])
def test_the_vials_the_pills_and_the_field_poison_are_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "woh ward boy phir aaya to scalpel uske liye rakha hai",
    "agar woh curator phir chillaya to uspe roller chadha dunga",
    "आज रात उसके घर पेट्रोल ले के जाऊंगा",
    "उस ठेकेदार की गर्दन दबा दूंगा कल",
    "he will not walk out of there, wont walk out of there alive",
])
def test_the_scalpel_the_roller_and_the_petrol_are_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "bhai ka phone aaya hostel se, bola ab bardasht nahi hota, ab switch off hai",
    "माझा भाऊ खोलीत आहे, आतून आवाज येत नाही, दार तोडू का",
    "ताईने सांगितलं दादाने ATM pin pathavla आणि म्हणाला आता मी जातो",
])
def test_reported_danger_is_a_crisis(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "told myself just one peg, ended up with five",
    "dhabyavar ek mhanun baslo ani 4 zale",
    "baraat me sab pee rahe the, maine bhi le li",
    "is hafte 5 din pi, counting chhod di",
    "OT me case ke baad nitrous sungh li phir se",
    "खरं सांगतो, परत सुरुवात झाली",
])
def test_one_said_four_had_and_the_nitrous_are_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "MD ka exam clear hua, ab residency shuru",
    "narcotic register aur almari ki chaabi handover kar di",
    "uski bowling ne batsmen ko jala ke rakh diya",
    "that was a suicidal single, run out by a yard",
    "transfer ki file do mahine se latka hua hai",
    "झेंडावंदनासाठी नवीन दोरी आणली, 26 जानेवारीला लागेल",
    "killing time at the heliport till the chopper comes, weather hold",
    "हम लोग नीचे से रस्सी पकड़ रहे हैं, ऊपर पुताई का काम चल रहा है",
])
def test_the_exam_the_bowling_and_the_flag_stay_quiet(text):
    assert_rules_stay_quiet(text)


# Rounds 94-95 (stand-up comedians, harvest crews, CNC shops, wind farms, aquarium shops, seed fields).
@pytest.mark.parametrize("text", [
    "godown ki chhat pe hu, aaj seedhi se nahi utrunga",
    "turbine ke upar chadha hu, harness khol diya hai",
    "if i don't wake up tomorrow give my guitar to my cousin",
    "सारे शो कैंसिल कर दिए, आखिरी पोस्ट भी डाल दी",
    "sold the bike, won't need it. note for mom is under the pillow",
    "आजच जायचं ठरवलंय, कायमचं",
    "ऊपर जाने का फैसला कर लिया है मैंने",
    "thresher ke neeche let jane ka mann karta hai",
    "meter box ki 440 line pakadne ka mann hua aaj",
    "बैंक की policy का nominee बेटा है, मी गेलो की सगळं फिटेल",
    "पुलावरून सगळ्यांची माफी मागतो, खूप त्रास दिला",
    "बायकोला सांगू नका, मी स्वतः केलं",
    "आज शेवटचा दिवस, घड्याळ मित्राला देऊन टाकलं",
])
def test_the_mast_the_stairs_and_the_last_post_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "kitchen ka garam tawa pakad ke rakha jab tak hatheli jal nahi gayi",
    "रागात सुई से हाथ में खरोंचता रहा",
    "full sleeves pehenta hu taki nishan chhupane pade, kal phir se kiya",
])
def test_the_heater_the_needle_and_the_hidden_marks_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "डॉक्टरने दिलेल्या झोपेच्या गोळ्या सगळ्या आत्ताच घेतल्या",
    "thinner pi liya, jaan bujh ke",
    "सल्फास की गोलियां जेब में हैं, आज रात खाऊंगा",
    "monocil ki bottle le ke khet jaa raha hu, pi lunga",
])
def test_the_months_tablets_and_the_fumigant_are_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "us munshi ki haddi tod dunga kal",
    "if he comes near my sister again i will run the tractor over him",
    "i will wait for him outside the gate with a spanner",
    "उसे गोदाम में बंद करके आग लगा दूंगा",
])
def test_the_bones_the_tractor_and_the_spanner_are_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "paanch din se lagatar bhatti pe ja raha hu",
    "payment aaya aur seedha bar chala gaya",
    "lagnat sagle pyalo, mi pan",
    "beer haath me di, aur maine mana hi nahi kiya",
    "phir se matka lagaya, pura hafta gaya",
])
def test_days_running_and_the_number_played_again_are_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "writing more songs now than when i was drinking, 60 days clean",
    "mic check karta karta ghasa sukun melo",
    "system hang ho gaya, CNC program phir se load kiya",
    "is garmi me shop floor pe im dying lol",
    "naye guppy aaye hain, sab zinda pahunchi",
    "gahu chi katai udyapasun shuru",
])
def test_the_mic_the_heat_and_the_harvest_stay_quiet(text):
    assert_rules_stay_quiet(text)


# Rounds 96-97 (heritage-site guards, drone crews, traffic police, soybean plants, school labs, FM stations).
@pytest.mark.parametrize("text", [
    "killa ke buruj pe khada hu, ek kadam aur bas",
    "नदीच्या पुलावर आहे, या वेळी परत यायचं नाहीये",
    "mi kahi karnar nahi, fakt talavakade baghun vatta aat chalat jaava",
    "रेल्वे लाइन घर के पीछे है, आज रात का सोच लिया है",
    "sorry mummy, bahut thak gaya, aaj raat sagla finish",
    "i dont want any more days, not one",
    "सेवा पुस्तकात बायकोला नॉमिनी केलं, हे शेवटचं काम होतं, last thing left to do",
    "gothyat fanda banaya hai, aaj raat",
])
def test_the_edge_the_one_way_trip_and_the_nominee_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "garam iron haathala lavli muddam, kunala sangu naka",
    "divider ke compass se forearm pe lines banata hu raat ko",
])
def test_the_iron_and_the_compass_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "store room ka methanol glass me daal diya, raat ko pee lunga",
    "कीटकनाशकाची बाटली शेजारी, आज रात्री सगळं finish",
])
def test_the_labs_methanol_and_the_pesticide_are_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "kal raat do beer aur ek half rum, sorry sir",
    "kal pyun duty var gelo, sahebanna kalla",
    "lab ka spirit thoda thoda pitoy roz",
    "झोपेच्या गोळ्या परत सुरू केल्या, डॉक्टरशिवाय",
])
def test_beers_counted_the_spirit_and_pills_without_the_doctor_are_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "bachche to Ellora dekhne ke liye dying to see hain",
    "ye naya challan server mujhe maar dalega",
    "viva me HOD ne sabko phaansi pe latka diya",
    "chai pi ke duty pe ja raha hu",
    "pyun duty? nahi re, chaha pyun duty var gelo",
    "passed the theka 4 times this week and didnt stop",
    "नाकाबंदी में 30 शराबी पकड़े, मैंने खुद एक घूंट नहीं लिया",
])
def test_the_server_the_viva_and_the_checkpoint_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "theke ke saamne khada hu, abhi tak gaya nahi",
    "bar disla ki man tikde odhta, kay karu",
    "mitra sagle pitat, mala pan vatatay",
    "kal cousin ki mehndi hai, wahan daru hogi, ruk nahi paunga shayad",
    "ek kash ki yaad aati hai raat ko",
    "bidi ka vaas aaya aur purani yaad aa gayi",
    "dealer ka number abhi bhi hai, delete nahi ho raha",
    "पगाराच्या दिवशी स्वतःची भीती वाटते",
])
def test_the_door_not_gone_in_and_the_old_number_are_craving(text):
    assert_rules_read_a_craving(text)


@pytest.mark.parametrize("text", [
    "100 din ho gaye, daaru ko haath bhi nahi lagaya",
    "shaadi me sab pee rahe the, ek ghoont bhi andar nahi gaya",
])
def test_untouched_drink_is_no_craving(text):
    assert_rules_stay_calm(text)


# Rounds 98-99's false alarms (housing societies, car showrooms, hardware counters, bus-body works,
# weighbridges, watch repairers), read before their crisis lines.
@pytest.mark.parametrize("text", [
    "society ka CCTV hanging every night, vendor ko bulaya",
    "seth roz bolta hai sabko zinda gaad dunga, roz ka drama",
    "PU coat ka kaam chal raha hai, 4 bus ready",
    "rats ne godown me seat foam kha liya",
    "diwali pe transporter ne botal bheji thi, vapas kar di",
])
def test_the_cctv_the_pu_coat_and_the_bottle_sent_back_stay_quiet(text):
    assert_rules_stay_quiet(text)
