"""The thirty-fourth session's reading of rounds 92-93 (resident doctors, silk reelers, offshore
platforms, cricket grounds, door-to-door sellers, village officials): the death certificates signed
and "now mine"; "tell mother it wasn't her fault"; the notes handed over and "nobody will need me";
the well's edge, the stone tied, "I can't swim"; the payout "if I'm gone"; the rope bought "and I know
what it's for"; the ward's vials all pushed at once, the pills one by one, the field poison for
tonight; the scalpel, the sickle and the heavy roller; a son who can't bear it and a phone switched
off, fresh cuts on a brother's arms, no sound from a locked room; one said and four had, "me too", the
theatre's nitrous again; and quiet: the MD exam, the narcotics cupboard, a bowler who burnt the
batsmen, a suicidal single, a crew change left hanging, a rope for the flag. The sentences are my
own, none from the evaluation sets. The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


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
