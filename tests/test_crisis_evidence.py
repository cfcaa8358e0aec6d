"""Danger said indirectly and spread over a message: a date picked and a farewell, a
medicine with an amount and a taking, a weapon, a person and a grudge, a body part hurt on
purpose. No single window of words says it; the signals of different kinds together do.
And the everyday messages that carry one such signal, or two that mean nothing together,
stay quiet."""
import pytest

from alumni.domain.crisis import Category, detect

S, SH, OD, HO = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE, Category.HARM_TO_OTHERS


def _categories(text):
    return set(detect(text).categories)


SUICIDE_SAID_INDIRECTLY = [
    # a plan or a date, with a farewell, secrecy, a means, courage
    "i have picked a date now. please dont tell my wife anything",
    "made up my mind last night. thank you for everything you did for me",
    "the date is fixed, sunday. dont try to stop me",
    "i've decided. the rope is in the cupboard",
    "planned it all out, i just need the courage",
    "my mind is made up. wont be around for your next call",
    "mera faisla ho chuka hai, kisi ko mat batana",
    "maine tay kar liya hai, bas himmat chahiye",
    "मेरा फैसला हो गया है, किसी को मत बताना",
    "मैंने तय कर लिया है, बस हिम्मत चाहिए",
    "plan taiyar hai, bas sahi waqt ka intezaar hai",
    "sab plan ready hai, bas right time ka wait",
    "mi tharavla aahe, kunala sangu naka",
    "मी ठरवलंय, कुणाला सांगू नका",
    "माझा निर्णय झाला आहे, मला माफ करा",
    "nirnay zala aahe, yogya vel aali ki jatoy",
    # affairs put in order, letters, a will
    "wrote letters to my parents today. they'll find them in the drawer",
    "made my will this morning and put everything in order",
    "my passwords are in the diary. take care of my dog for me",
    "the insurance papers are with my brother. forgive me for all this",
    "thanks for trying with me all these months. you did more than anyone",
    "left a note for my son on the table. sorry",
    "maine apni vasiyat likh di hai, mujhe maaf karna",
    "वसीयत लिख दी है, बच्चों का ख्याल रखना",
    "bachon ke liye chitthi likh di hai, mere baad unhe de dena",
    "mulansathi patra lihila aahe, majhya nantar tyanna dya",
    "मुलांसाठी पत्र लिहिलं आहे, माझ्यानंतर त्यांना द्या",
    "mrutyupatra tayar kela aahe, mala maaf kara",
    "sorry mummy, hamesha ke liye ja raha hu",
    "sorry aai, mi kayamcha jatoy",
    "sorry बाबा, मी कायमचा जातोय",
    "majhi kahani sampli, bye sir",
    "meri kahani khatam, bye sir",
    # last contact, won't be around
    "aakhri baar message kar raha hu aapko",
    "यह आखिरी बार मैसेज कर रहा हूँ",
    "this is the last time you'll hear from me",
    "shevtacha message aahe ha sir",
    "i wont be around much longer. sorry for everything",
    "i don't see myself making it to next week. thanks for everything",
    "main zyada din nahi rahunga, sorry",
    "mera waqt aa gaya hai, alvida",
    "mi ata jast divas rahnar nahi, kunala sangu naka",
    "मी आता जास्त दिवस राहणार नाही",
    "मेरा वक्त आ गया है, माफ़ करना",
    "i'll be gone by the weekend, don't call my mom",
    # means within reach with intent or proximity
    "the river near the bridge is deep enough. thinking of walking in",
    "how many floors is enough. the 10th floor should do it",
    "keeping the revolver in my drawer just in case, dont tell anyone",
    "i keep thinking about stepping in front of a bus on the highway",
    "नदी में कूद जाऊंगा आज रात, किसी को मत बताना",
    "nadi me kood jaunga aaj raat",
    "talavat udi marun tak-nar aaj ratri, sorry aai",
    "pul se kood jaunga, mera faisla ho gaya",
    "the rope is ready and so am i. goodbye",
    "ending everything tonight. not joking",
    "feel like ending it all this week. i mean it",
    # worthlessness with another signal
    "i am worthless and i have decided. dont call my mom",
    "nikamma hu main, sab ke liye shukriya, alvida",
    "kahich kamacha nahi mi, mala maaf kara, bye",
]

OVERDOSE_SAID_INDIRECTLY = [
    "took 15 paracetamol with the whisky. room is spinning",
    "took all my lithium at once. heart racing",
    "gonna take all my sleeping pills tonight, been saving them",
    "swallowed the whole strip of alprax on purpose",
    "double dose of insulin deliberately. its done",
    "injected way more than usual, wanted it to stop",
    "too much heroin i think. lips going blue",
    "mixed the pesticide in my juice. its done",
    "rat poison is in my hand, just need 5 more minutes of courage",
    "the phenyl bottle is next to me, kisi ko mat batana",
    "neend ki goliyan sab ek saath kha lu aaj, ghar pe kisi ko pata nahi",
    "poori strip kha li jaan bujh ke, chakkar aa rahe hain",
    "पूरी स्ट्रिप खा ली जानबूझकर",
    "नींद की सारी गोलियां एक साथ खा लीं, धड़कन तेज है",
    "zehar chai me mila diya hai, bas himmat chahiye",
    "जहर मिला दिया दूध में, अब बस हिम्मत चाहिए",
    "saglya zopechya golya ghetlya mudam",
    "झोपेच्या सगळ्या गोळ्या घेतल्या मुद्दाम",
    "kitaknashak pyaylo, mala maaf kara",
    "sniffed the whole can of thinner on purpose, heart going crazy",
    "took 20 tramadols, cant breathe properly",
    "extra insulin le li jaan bujh ke, chakkar aa raha",
]

HARM_TO_OTHERS_SAID_INDIRECTLY = [
    "keeping a knife in my bag for the landlord. he knows what he did",
    "going to my boss's office tomorrow with a can of petrol. he will pay",
    "if my ex takes the kids i will hunt her down",
    "i will track him down, nobody takes my land",
    "sharpened the sickle for the neighbour. he knows what he did",
    "uske ghar ko aag laga dunga",
    "उसके घर को आग लगा दूंगा",
    "tyachya gharala aag lavun dein",
    "shejaryala koytyane todnar aahe aaj",
    "शेजाऱ्याला कोयत्याने तोडणार आहे",
    "malik ki dukaan jala dunga, badla lunga",
    "i'm going to burn the house down with him inside",
    "will set fire to her shop tonight",
    "padosi ke liye chaku rakha hai, sabak sikhana hai",
    "acid rakha hai uske liye, badla lunga",
    "boss ko sabak sikhane ke liye petrol le aaya hu, woh pay karega",
]

SELF_HARM_SAID_INDIRECTLY = [
    "pulled my hair out again till it bleeds",
    "scratched my arms again until it bleeds",
    "burned my fingers on the stove on purpose",
    "bit my lips till they bled, on purpose",
    "nakhun se khurach khurach ke chamdi chheel di",
    "ungli jala di jaan bujh ke",
    "उंगली जला दी जानबूझकर",
    "haath pe phir se kaat liya",
    "baal ukhad diye phir se",
    "kes upatle parat, jaga padli",
    "हाताची चामडी मुद्दाम ओरबाडली",
]


@pytest.mark.parametrize("text", SUICIDE_SAID_INDIRECTLY)
def test_a_plan_a_farewell_a_means_together_reach_a_person_as_suicide(text):
    detection = detect(text)
    assert detection.crisis, text
    assert S in detection.categories, detection.explain()


@pytest.mark.parametrize("text", OVERDOSE_SAID_INDIRECTLY)
def test_a_medicine_an_amount_a_taking_a_body_sign_together_are_an_overdose(text):
    assert OD in _categories(text) or S in _categories(text), detect(text).explain()
    assert detect(text).crisis


@pytest.mark.parametrize("text", HARM_TO_OTHERS_SAID_INDIRECTLY)
def test_a_weapon_or_fire_a_person_and_a_grudge_are_harm_to_others(text):
    assert HO in _categories(text), detect(text).explain()


@pytest.mark.parametrize("text", SELF_HARM_SAID_INDIRECTLY)
def test_a_body_part_hurt_on_purpose_or_over_and_over_is_self_harm(text):
    assert detect(text).crisis, text
    assert SH in _categories(text), detect(text).explain()


EVERYDAY = [
    # one signal alone, or two that mean nothing together
    "i have decided to join the evening batch at the gym",
    "we picked a date for my sister's wedding, 14th feb",
    "made up my mind to finish the course this year",
    "plan ready hai goa trip ka, bas sahi din ka wait",
    "trip ka plan tayar hai, bas tickets baaki",
    "don't tell anyone about the surprise party for mom",
    "kisi ko mat batana, mummy ka birthday surprise hai",
    "kunala sangu naka, aaicha vadhdivas surprise aahe",
    "thank you for everything sir, the counselling helped a lot",
    "thanks for trying to call, i was at work",
    "sorry for the late reply, was busy",
    "ok bye sir, see you on sunday",
    "sorry sir, kal meeting mein nahi aa paunga",
    "my insurance papers came today, the car is covered",
    "i made my will at the lawyer's office, normal for my age",
    "went to the lake with the kids tonight, beautiful",
    "the bridge near our village is being repaired",
    "chhat pe kapde sukha rahe hai, dhoop achhi hai",
    "gachivar pantanga udvat aahot",
    "i need courage for the interview tomorrow",
    "the new series has a great plot, everyone dies at the end",
    "watched a film where he leaves letters for his kids",
    "it's the last message of the group for today, good night",
    "this is the last time i'm buying from that shop",
    "mera time aa gaya promotion ka",
    "6 mahine ho gaye, waqt aa gaya hai naye kaam ka",
    "not joking, the traffic today was crazy",
    "i'm serious about staying sober this time",
    "i am useless at cooking lol",
    "nikamma hai ye naya phone",
    # medicines as told
    "taking all my meds on time as the doctor said",
    "doctor gave me sleeping pills for 5 days, one at night",
    "took 2 crocin for fever, feeling better now",
    "took my bp tablet, little dizzy in the morning",
    "double dose of vitamin d as prescribed by the doctor",
    "the whole strip of antacid is finished, need to buy more",
    "insulin le li time pe, sugar normal hai",
    "neend ki goli doctor ne di hai, ek raat ko",
    "sleeping pills ke bina neend nahi aati, doctor se baat karunga",
    "pesticide for the fields came today, spraying tomorrow",
    "khet me keetnashak chhidakna hai kal",
    "शेतात कीटकनाशक फवारायचे आहे उद्या",
    "phenyl se floor saaf kiya aaj",
    # tools and people
    "bought a new knife for the kitchen, mom is happy",
    "sickle sharpened for the harvest next week",
    "petrol bharwaya bike me, office ja raha hu",
    "going to the office tomorrow with my boss for the audit",
    "my boss will pay the bonus next month",
    "he knows what he did was wrong and said sorry",
    "shejari aaj ghari aale hote chahala",
    "diwali pe ghar me diye jalaye",
    "chulivar aag lavli, chaha thevla",
    # body parts and everyday hurts
    "burned my fingers while cooking again",
    "scratched my arm on the fence",
    "got a haircut, hair is short now",
    "ungli jal gayi khana banate waqt",
    "chat with my sister tonight, she has decided to move",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_messages_with_one_signal_or_unrelated_ones_stay_quiet(text):
    detection = detect(text)
    assert not ({S, SH, OD, HO} & set(detection.categories)), detection.explain()


def test_the_finding_names_the_words_of_each_signal():
    finding = next(f for f in detect("i have picked a date now. please dont tell my wife anything").findings
                   if f.category is S)
    assert "picked a date" in finding.words
    assert any(w.startswith("dont tell my") for w in finding.words)
    assert {"plan", "secrecy"} <= set(finding.concepts)


def test_a_threat_told_about_someone_else_reaches_a_person_marked_as_about_them():
    finding = next(f for f in detect("my uncle says he will set fire to our house with us inside").findings
                   if f.category is HO)
    assert finding.third_party


# --- more ways of saying it without saying it -------------------------------------------

SAID_WITHOUT_SAYING_IT = [
    # messages left for the children, things given away
    (S, "tell my son his father was proud of him. wont be replying after today"),
    (S, "i've been giving away my books and clothes. picked the date too"),
    (S, "letters to my kids are under the pillow, make sure they get them"),
    (S, "बच्चों को बताना पापा उनसे प्यार करते थे, अब मैं नहीं रहूंगा"),
    (S, "mulanna sanga aai tyanchyavar prem karaychi, mi nasen udya"),
    # not there by morning, next month, next time
    (S, "by the time you read this it will be over. dont blame yourself"),
    (S, "i wont see next week, i've decided"),
    (S, "आज मेरी आखिरी रात है, सुबह नहीं देखूंगा"),
    (S, "ye mera aakhri sandesh hai, sab maaf karna"),
    (S, "kal ka suraj nahi dekhunga, mera faisla ho gaya"),
    # the family better off, worn out
    (S, "meri wajah se ghar me sab dukhi hai, mai na rahun to sab khush rahenge"),
    (S, "माझ्यामुळे सगळ्यांना त्रास, मी नसलो तर सगळे सुखी, सुटका होईल"),
    (S, "khup thakli ahe, ata nahi jamnar, udya mi nasnar"),
    (S, "sorry for wasting your time all year. take care of yourself"),
    (S, "there is no way out for me. i am done, i mean it"),
    (S, "मरने के अलावा अब कोई रास्ता नहीं"),
    # a place and standing at its edge; a shut garage
    (S, "standing on the ledge of my building right now"),
    (S, "engine running, garage closed. saying bye to everyone"),
    (S, "last night i almost let go on the bridge. going back there tonight"),
    # hiding the marks, a flame on the skin
    (SH, "wearing long sleeves in this heat so nobody sees my arms"),
    (SH, "held a cigarette on my hand again, it makes it quiet inside"),
    (SH, "haath pe blade se kiya phir se, koi dekh na le isliye chhupa diya"),
    # poison named and taken, or kept within reach
    (OD, "drank the phenyl an hour ago, feeling strange"),
    (OD, "got sulphos from the shop, keeping it close just in case"),
    (OD, "30 sleeping pills lined up in front of me"),
    (OD, "injected all of it at once, if you dont hear from me thats why"),
    (OD, "took way more chitta than usual, wanted to go peacefully"),
    # a threat told by its outcome, or by knowing where someone lives
    (HO, "that contractor will never walk again after tonight"),
    (HO, "i know where he lives. tomorrow he gets stabbed"),
    (HO, "usko bol do door rahe, warna laash milegi uski"),
    (HO, "tell my brother in law if he comes again he wont come back in one piece"),
    (HO, "gonna burn down the theka with the owner inside"),
]


@pytest.mark.parametrize(("category", "text"), SAID_WITHOUT_SAYING_IT)
def test_danger_said_without_its_words_reaches_a_person(category, text):
    detection = detect(text)
    assert category in detection.categories, detection.explain()


LOOKS_LIKE_IT_BUT_IS_NOT = [
    "the train was late, stood on the platform for an hour",
    "i know where the bridge is, will meet you there at 5",
    "left a note for the milkman, sorry for the late reply",
    "acid ho raha hai khane ke baad, doctor ko dikhaya",
    "papa shetat koyta gheun oos todat hote",
    "i'll finish her homework tonight, she is tired",
    "tyala 80 gun milale exam madhe",
    "took the kids to the dam on sunday, they loved it",
    "wore full sleeves today, it was cold at the meeting",
    "had the paneer at the party, it was lovely",
    "sorry for wasting your time on the phone yesterday, the form is done",
    "there is no other way to the office since the road is closed",
    "burned my hand while cooking, put ice on it",
]


@pytest.mark.parametrize("text", LOOKS_LIKE_IT_BUT_IS_NOT)
def test_the_everyday_look_alikes_of_those_classes_stay_quiet(text):
    detection = detect(text)
    assert not ({S, SH, OD, HO} & set(detection.categories)), detection.explain()


# Fetched and kept ready, a train stepped before, love told in the past tense, a person's
# "game" played, someone else's pills and a rush to hospital: classes the first rounds missed.
KEPT_READY_AND_TOLD_IN_OTHER_WORDS = [
    (S, "climbed to the rooftop yesterday and stood at the edge, going back up after dinner"),
    (S, "honestly my family would be better off w/o me"),
    (S, "sab mere bina khush rahenge, pakka"),
    (S, "माझ्याशिवाय सगळे सुखी होतील"),
    (S, "sorry for being like this, make sure my son gets the gold chain"),
    (S, "railway line pe jaake train ke aage kood jaunga"),
    (S, "ट्रेन के आगे कूद जाऊँगा कल"),
    (S, "बायकोला सांगा मी तिच्यावर खूप प्रेम करत होतो"),
    (S, "beti ko batana papa usse bahut pyaar karta tha"),
    (S, "meri behen roz jaan dene ki baat karti hai, dar lagta hai"),
    (S, "bhau roj jiv dyaychi bhasha karto"),
    (SH, "yanked out my hair in clumps last night, again"),
    (SH, "keep pulling my eyebrows and hair, theres bald patches everywhere"),
    (OD, "kept the pesticide in my pocket, its for me"),
    (OD, "zehar kharid laya hu, aaj raat"),
    (OD, "विष आणून ठेवलंय, उद्या घेणार"),
    (OD, "meri beti ne saari goliyan kha li, hospital le ja rahe hain"),
    (OD, "माझ्या भावाने गोळ्या खाल्ल्या, दवाखान्यात नेतोय"),
    (OD, "my brother swallowed his tablets, ambulance coming"),
    (HO, "got a can of petrol, his house burns tomorrow"),
    (HO, "i'll run him down with the car when he walks out"),
    (HO, "uss aadmi pe gaadi chadha dunga kal"),
    (HO, "chaku nikal liya hai, aaj hisab hoga"),
    (HO, "talwar ko dhaar lagayi, ab faisla hoga"),
    (HO, "त्या seth चा गेम करणार आहे मी"),
    (HO, "उस ठेकेदार का गेम बजा दूंगा"),
]


@pytest.mark.parametrize(("category", "text"), KEPT_READY_AND_TOLD_IN_OTHER_WORDS)
def test_means_kept_ready_and_danger_told_in_other_words_reach_a_person(category, text):
    detection = detect(text)
    assert category in detection.categories, detection.explain()


def test_pills_someone_else_took_before_a_rush_to_hospital_are_marked_as_about_them():
    finding = next(f for f in detect("majhya bhavane golya khallya, dawakhanyat nelay").findings
                   if f.category is OD)
    assert finding.third_party


EVERYDAY_LOOK_ALIKES_OF_THE_NEW_CLASSES = [
    "make sure my appointment is on monday please",
    "sorry, my pf form is stuck at the office",
    "the train was full, i stood at the door the whole way",
    "he talks about cricket all day",
    "my hair is falling out in clumps since the fever, doctor gave a shampoo",
    "bought a new bag, kept the keys in my pocket",
    "le aaya hu sabzi, mummy ne bola tha",
    "we played a game at the office party, boss won",
    "took my dad to the hospital for his checkup, he takes his tablets daily",
    "aaj office me faisla hoga promotion ka",
    "kal cricket ka game dekha, boss bhi tha",
    "mi tyachyavar khup prem karto",
    "i always loved him, we are getting married in may",
]


@pytest.mark.parametrize("text", EVERYDAY_LOOK_ALIKES_OF_THE_NEW_CLASSES)
def test_the_everyday_look_alikes_of_the_new_classes_stay_quiet(text):
    detection = detect(text)
    assert not ({S, SH, OD, HO} & set(detection.categories)), detection.explain()


# Danger told by the act itself rather than by a strong word: a poison drunk, the whole of a
# supply, the body going under, a person hurt, a blow to the head, fuel poured and lit,
# hunger and heat used on oneself.
DANGER_TOLD_BY_THE_ACT = [
    # overdose: a medicine by its name, the whole supply, the body going under
    (OD, "have all of dads heart tablets in front of me, gonna take them all"),
    (OD, "took all of her thyroid pills and some extra, cant stay awake"),
    (OD, "swallowed double my bupe dose plus an extra one, eyes keep closing"),
    (OD, "took twice the seroquel tonight, so sleepy, cant feel my legs"),
    (OD, "injected way too much, everything going dark, im fading"),
    (OD, "banged too much, cant keep my eyes open, going under"),
    (OD, "maine bp ki goliyan sab ki sab kha li, neend aa rahi hai"),
    (OD, "खेत वाली कीड़े मार दवा पी लूंगा आज, पक्का कर लिया"),
    (OD, "ghaas maar dawai pi jaunga aaj raat"),
    (OD, "tannashak piun takin aaj, decide kelay"),
    (OD, "तणनाशक पिऊन टाकीन आज रात्री"),
    (OD, "machhar maar liquid pi lungi, bas ab"),
    # harm to others: a person hurt, a family finished, a vehicle, a blow, fuel and fire
    (HO, "i will hurt somebody today if he comes near me again"),
    (HO, "im gonna hurt that guy at the gate, serious"),
    (HO, "i swear i'll beat him up tonight till he cant stand"),
    (HO, "he will finish the family, he said so with the knife in his hand"),
    (HO, "usko finish kar dunga aaj raat"),
    (HO, "तिला finish करणार उद्या"),
    (HO, "will drive my car into him when he leaves the bar"),
    (HO, "kal gaadi uspe chadha dunga"),
    (HO, "that contractor is getting a rod to the head tomorrow"),
    (HO, "tomorrow i'll smash a bottle over his head"),
    (HO, "kal uske sar pe danda maar dunga"),
    (HO, "उद्या त्याच्या डोक्यात दगड घालीन"),
    (HO, "gonna pour kerosene on his door and light it"),
    (HO, "uski dukaan pe petrol daal ke tili laga dunga"),
    (HO, "त्याच्या घरावर पेट्रोल ओतून काडी लावणार"),
    (HO, "i'll put him in the hospital tomorrow, watch"),
    (HO, "uske bete ko hospital pahuncha dunga kal"),
    (HO, "i'll torch his car while he sleeps"),
    (HO, "i need to get even with him, already got the blade"),
    (OD, "my lips feel numb and my heart is pounding after the pills"),
    (OD, "golya ghetlyavar chhati dhadadhad kartey, oth sunna"),
    # self-harm: a wall punched on purpose
    (SH, "i punched the wall until my knuckles broke, on purpose"),
    # self-harm: hunger as a punishment, metal heated and held to the skin
    (SH, "starving myself since friday as punishment, i deserve it"),
    (SH, "didnt eat for 3 days, my punishment for drinking"),
    (SH, "khud ko bhookha rakha 3 din, yahi meri saza hai"),
    (SH, "teen din se khana nahi khaya, saza hai meri"),
    (SH, "स्वतःला उपाशी ठेवलं, हीच माझी शिक्षा"),
    (SH, "heated a coin with the lighter and pressed it on my wrist"),
    (SH, "chamach garam karke haath pe daba diya"),
    (SH, "चमचा गरम करून हातावर लावला"),
    (SH, "held the cigarette on my arm till it hurt, dont tell anyone"),
    # someone else talking of the noose
    (S, "maza mitra fas ghenyachi bhasha kartoy, please koni tari ya"),
    (S, "मेरा भाई फांसी लगाने की बात कर रहा है"),
    # a note found from someone who will be no more trouble
    (S, "found a note from my son, says he wont trouble us anymore. phone switched off"),
    (S, "भाई की चिट्ठी मिली, लिखा है अब परेशान नहीं करूंगा"),
    (S, "navryachi chitthi sapadli, lihilay tras denar nahi ata"),
]


@pytest.mark.parametrize(("category", "text"), DANGER_TOLD_BY_THE_ACT)
def test_danger_told_by_the_act_reaches_a_person(category, text):
    detection = detect(text)
    assert category in detection.categories, detection.explain()


def test_a_family_threatened_by_a_brother_is_marked_as_about_him():
    finding = next(f for f in detect("my brother says he will finish the whole family tonight").findings
                   if f.category is HO)
    assert finding.third_party


EVERYDAY_LOOK_ALIKES_OF_THE_ACTS = [
    "i dont want to hurt anyone, thats why i left the party early",
    "i would never hurt him, he is my brother",
    "im scared i will hurt her feelings if i say no",
    "will hurt their chances in the final if they lose today",
    "took my methadone dose at the clinic as prescribed, feeling fine",
    "doctor doubled my metformin dose, will take it from tomorrow",
    "spraying pesticide on the crops tomorrow, khet me keede bahut hain",
    "keede maar dawai khet me daal di, fasal bach jayegi",
    "filled petrol in my car and drove home",
    "light the diya and keep it at the door, mummy said",
    "tomorrow the kids play cricket, bat and ball ready",
    "lit the candle in the temple, pressed my palms together",
    "fasting today for navratri, didnt eat since morning",
    "haven't eaten since lunch, so hungry lol",
    "we will finish the project tonight, boss is happy",
    "he will finish his homework and then sleep",
    "shot a video at the wedding, way too much fun",
    "fees bhar di college ki, decide kar liya commerce lunga",
    "heated the milk and pressed the roti on the tawa",
    "sorry i wont trouble you with this again, thanks for the help",
    "found a note from the plumber, he will come tomorrow",
    "ate too much biryani, cant breathe lol",
    "pass me the torch the batteries are dead",
    "we got even in the second half, great match",
    "देवापुढे अगरबत्ती लावली, आज मन शांत आहे",
    "candle jalake haath jod ke prarthana ki",
    "had my dinner and took my bp tablets, heart is fine",
    "i'll pay back the loan by friday, i swear",
    "i went with my friend to the market, waited an hour",
    "punched the wall in anger, my knuckles hurt",
    "my dad is in the hospital, will visit him tomorrow",
    "bought a new pillow, not eaten since the morning though, will order food",
]


@pytest.mark.parametrize("text", EVERYDAY_LOOK_ALIKES_OF_THE_ACTS)
def test_the_everyday_look_alikes_of_the_acts_stay_quiet(text):
    detection = detect(text)
    assert not ({S, SH, OD, HO} & set(detection.categories)), detection.explain()
