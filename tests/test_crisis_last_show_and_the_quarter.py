"""The thirty-third session's reading of rounds 88-89 (orchestra bars, chai tapris, santra orchards,
manganese mines, the tehsil's typists, pawn shops): "I won't do anything" said from the bridge, the
crossing or the canal; the last show and "nobody will see me"; "when I'm gone it won't matter"; the
local train's door and the hand let go; the express and the account settled; the ladder pulled up;
the detonator and "don't tell"; things given away and "no need now"; the hot kettle, the pestle and the
secateurs on the writer's own body; the road home waited on, a man set alight, the gelatin stick;
rat-kill, Rogor and cyanide; everyone tight after the show and the writer too, the quarter downed, the
drink that could not be refused, the counter reset; and quiet: leave taken from the bar, vada pav,
"what a high in that voice", oranges plucked, a coconut broken for the goddess, anger swallowed, the
gold's acid test. The sentences are my own, none from the evaluation sets. The rules alone are tested
(second_opinion=False)."""
import pytest

from alumni.domain.crisis import detect
from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "tension mat lo main kuch nahi karunga, bas roz raat ko flyover pe ruk ke neeche dekhta hu",
    "मी काही करणार नाही, फक्त रोज संध्याकाळी धरणावर जाऊन बसतो",
    "i wont do anything, i just stand at the railway crossing every night",
    "रोज स्वतःला सांगतो, पण आज ते वचन तुटेल",
    "aaj aakhri show hai mera, uske baad koi show nahi, kisi ko mat batana",
    "शेवटचं गाणं म्हटलं आज, उद्यापासून मी कोणालाच दिसणार नाही",
    "मेरे जाने से घर में किसी का कुछ नहीं बिगड़ेगा",
    "honestly it wont matter to anyone when im gone",
    "मी नसलो की बायको पोरं सुखी होतील, तसंच करणार आहे",
    "मैं हट जाऊँ तो घर में सब ठीक हो जाएगा",
    "railway phatak la ubha ahe, 9 chi train yete, aaichi kalji ghya",
    "local chya darvajat ubha rahun aaj haat sodnar",
    "कल की एक्सप्रेस के सामने खड़ा हो जाऊंगा, हिसाब बराबर",
    "पाण्याच्या टाकीवर बसलोय, शिडी काढून टाकली",
    "godownchya gacchivar ubha ahe, fakt sangtoy",
    "the mall terrace has no railing at the back, i checked",
    "kal mandir ke peepal pe chadh ke sar ke bal kudunga",
    "mera kuch bharosa nahi aaj, purani khadan ke shaft ke paas baitha hu",
    "नदीच्या पुलावर बसलोय, घरच्यांना सांगा माझा विचार करू नका",
    "बस झालं आता, सगळ्यांना राम राम",
    "ghar nahi jaunga aaj shift ke baad, sorry sabko",
    "ek detonator ghari aanlay, kunala sangu naka",
    "insurance ka paisa unko milega, mere rehte nahi milega",
    "मृत्यू दाखल्याची तयारी केली आहे",
    "i have decided, this is my last month, dont send messages after that",
    "mitrala majhi guitar deun aalo, ata garaj nahi",
    "मेरा भाई नहर की तरफ़ गए है, जाते हुए बोले माँ को संभालना",
    "वो बोला कि वो पुल से कूद जाएगा, मैंने सुना",
    "bhaiya ne gas ka knob khol diya aur kamra andar se band hai",
    "मला कोणी आता थांबवू शकत नाही, गाडी विकली, पैसे बायकोच्या नावावर",
    "kal subah ka suraj nahi dekhna mujhe",
    "माझ्या असण्याचा काय उपयोग आहे आता",
    "ghar ke saare number delete kar diye, aakhri baar dekh ke aaya sabko, ab man shant hai",
])
def test_the_bridge_the_crossing_and_the_last_show_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


# Rounds 90-91 (cash vans, trading screens, auto-parts lines, casino boats, chikki stalls, Irani cafes).
@pytest.mark.parametrize("text", [
    "sunset point pe hu, ab wapas nahi aaunga",
    "धरणाच्या भिंतीवर बसलोय, आज खाली उतरणार नाही",
    "Tiger point la aalo, bye sagalyana",
    "godown ki chhat pe hu, bas ek baar aapki awaaz sunni thi",
    "revolver mein ek goli hai, woh mere liye",
    "bahar se sab theek dikhta hai par andar se mar chuka hu, bas body ko bhi khatam karna baki hai",
    "kal se main kisi ke liye problem nahi rahunga",
    "term policy ki file almari me hai, wife ko claim kaise karte hain bata dena",
    "aaj meri last shift hai aur shayad last din bhi",
    "माझं लॉकर रिकामं केलंय, मी चाललो",
    "आता हा जीवच नको मला",
    "गोठ्यातल्या तुळईला दोरी बांधली आहे",
    "view point pe khada hu, bas ek step aur",
    "dharan ka paani bahut gehra hai, aaj wahi jaunga",
    "रोज रात्री एकच विचार, संपवून टाकावं",
    "bhagwan se roz mangta hu ki kuch ho jaye aur main chala jaun",
    "mai kuch karunga nahi, bas lagta hai subah na uthu to accha",
    "ghat varun gadi saral darit ghalaychi aahe",
    "jetty pe baitha hu, paani me chala jaunga",
])
def test_the_view_point_the_gun_and_the_last_shift_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "roz raat garam ketli kalai pe daba deta hu",
    "gas var chamcha garam karun hatavar lavla mudam",
    "soldering ki garam tip hatheli par rakhi jab tak chhala na aaya",
    "खलबत्त्याने हातावर मारतो रोज",
    "राग आला की हाताची मूठ दारात चेपतो",
    "used the pruning shears on my arm again last night",
    "कापण्याचे व्रण आहेत त्याच्या हातावर, मी पाहिले",
])
def test_the_kettle_the_pestle_and_the_secateurs_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "jaanbujh ke welding ki chingari me haath rakha",
    "used a knife on my thigh again, just to feel something",
    "found blades and blood in my son's drawer",
])
def test_the_welding_spark_and_the_knife_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "रॅटकिल खाल्लं आत्ताच",
    "रोगरचं पाकीट तोंडात ओतलं",
    "cyanide ki pudi rakhi hai, aaj raat khaunga",
])
def test_rat_kill_rogor_and_cyanide_are_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "neend ki puri shishi khali kar di",
    "papa ne neend ki goliyan kha li hain, jawab nahi de rahe",
])
def test_the_sleeping_bottle_is_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "that contractor wont reach home tonight, i will be waiting at the turn",
    "उस दलाल को कल petrol डाल के जला दूंगा",
    "त्याच्या टेम्पोसकट त्याला पेटवून देतो",
    "tyala bottle ne phodnar aaj",
    "ek gelatin stick his bike ke neeche, phir dekhna",
    "munshi ko blast ke time andar hi chhod dunga",
])
def test_the_road_home_the_petrol_and_the_gelatin_stick_are_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "उस ठेकेदार को गोली मार दूंगा",
    "next time the hammer goes on his head",
    "to parat aala tar koytyane vaar karin",
])
def test_the_gun_the_hammer_and_the_koyta_are_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "lagnachya program nantar sagle tight, mi pan",
    "party ke baad sab tight the, mai bhi",
    "sagle adda var gele, mi pan gelo",
    "had desi at the bus stand theka last night",
    "काल रात्री तीन बियर झाल्या",
    "तीन पव्वे खत्म कर दिए कल",
    "रोज एक क्वार्टर चालू झालाय",
    "रोज रात्री घोट घेतोय",
    "lagnat gelo, mahua samor aali ani mi nakar deu shaklo nahi",
    "ek peg liya, counter zero kar do",
    "daru pi li, jhooth nahi bolunga",
    "diwali pe charas aur daru, sab kharab kar diya",
    "went back to the adda and had the desi stuff, 3 glass",
    "court ke peeche ganja pi liya, 2 mahine sambhala tha",
])
def test_the_quarter_the_offer_and_the_counter_are_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "haan pi hai, kya karu",
    "teen din se ghar pe botal khol ke baitha hu",
    "kal bar me whisky ki aadhi bottle khatam",
    "dhabe pe baith ke pi kal",
    "went back to satta, lost the whole salary",
    "kal raat aadhi bottle khatam kar di",
    "रविवारी दिवसभर ढोसत बसलो",
])
def test_yes_i_drank_the_open_bottle_and_the_satta_are_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "udya lagna ahe, tithe sagle pitat, bhiti vatate mi pan ghein",
    "पगार झाला, मनात फक्त अड्डा येतोय",
    "cough syrup chi aathvan yete roj",
    "adda samorun gelo, thambava vatla",
    "sab log botal khol ke baithe hain, raha nahi ja raha",
    "theka raste me hai, ghar tak baat karte raho please",
    "sagle party karnar, mi kasa vachu",
    "satta ka number dimag me sirf wahi ghoom raha",
    "ghari koni nahi, man mhanta ek quarter anu, ajun ghetla nahi",
    "aaj raat sab beer party karnar, mala pan jaychay",
    "हात थरथरतात, एक घोट मिळाला तर बरं वाटेल",
])
def test_the_fear_of_joining_in_is_craving(text):
    detection = detect(text, second_opinion=False)
    assert detection.urgent and not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "score 8, bar la aaj sutti ghetli, mulgi sobat",
    "bar band aahe, ghari baslo, daru la haat nahi lavla",
    "shift ke baad vada pav kha liya, thak gaya",
    "क्या नशा था उसकी आवाज़ में, पूरी महफ़िल झूम उठी",
    "IPL का नशा सबको चढ़ा है",
    "गाने लटकले laptop वर, डोकं फिरलं",
    "हंसते हंसते लोटपोट, मर ही जाता",
    "aapki baat sun ke mare hue me jaan aa gayi",
    "ये मिर्ची इतनी तीखी है कि जान निकाल दे",
    "लग्नात इतकं जेवलो की मरायची वेळ आली",
    "गुस्सा बहुत आया पर पी गया चुपचाप",
    "aaj acid lavun sonyache dagine tapasle",
    "the boss grilled us like we were on fire",
    "दिवसभर शिडीवर चढून संत्रा तोडला, पाय दुखतात",
    "देवीला नारळ फोडला आज, एक वर्ष पूर्ण",
    "porana gheun nadivar gelo, mitra bhang ghet hote",
    "ठेके वाले ने आवाज़ लगाई, मैं सीधा निकल गया",
    "sab theke pe gaye, mai seedha ghar aaya",
    "कुएं में पानी कम हो गया है",
    "office me pankha bhi nahi, garmi se bura haal",
    "my aunt passed away in katangi, going for the rites",
    "calendar var roj khuna kartoy, 40 divas zale",
    "mi kahi karnar nahi aaj, dukan band aahe",
    "last bus pakadli, ghari pochlo",
    "ata daru chi aathvan pan yet nahi",
    "gun licence renew karaycha aahe",
    "aaj shevtacha EMI bharla",
    "peeth dard kam hua yoga se",
    "used the spray gun to paint the grill",
    "naya manager to zeher hai, chhutti nahi deta",
    "boat sathi navin dori ghetli",
    "ye modak ke liye to main mar jaun",
    "celebrated 90 days with a fish thali",
    "walked past the bar and went home, a small win",
    "orders itne hain ki no time to breathe",
    "price badha, we are hanging by a thread this month",
    "the floor manager shouted and the table went short by 500",
    "purani scooty bech di, ab zarurat nahi thi, nayi le li",
    "meri cycle bech di, ab bus pass le liya",
])
def test_leave_from_the_bar_a_voices_high_and_the_orchard_stay_quiet(text):
    assert_rules_stay_quiet(text)
