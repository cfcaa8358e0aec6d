"""Overdose, threats against others and reports by a relative reach a person however they
are said, in English, Hindi and Marathi, in either script; the everyday uses of the same
words (an exam that "murdered" me, a photo shoot, rat poison for the godown, a sober
Holi) do not. Development examples, written for this area; the labelled sets are measured
by `python -m bench crisis`."""
import pytest

from alumni.domain.crisis import Category, detect

S, SH, OD, HO = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE, Category.HARM_TO_OTHERS


def _explain(text: str) -> str:
    return detect(text).explain() or "nothing"


# --- overdose: pills by count or heap, poisons by name, collapse after taking -----------

@pytest.mark.parametrize("text", [
    "swallowed 25 crocin",
    "gulped down 12 alprax",
    "took 8 sleeping pills with whisky",
    "ate six tablets of my mums bp meds at once",
    "i drank the floor cleaner",
    "drank dettol an hour ago",
    "had a sip of rat poison, feeling weird",
    "chugged the mosquito liquid",
    "took a whole strip of dolo",
    "popped a fistful of nitros",
    "drank half a bottle of cough syrup and 10 tabs",
    "took my pills, all of them, now i can't keep my eyes open",
    "throwing up after the pesticide",
    "bees goliyan kha li",
    "pandrah neend ki goli kha li hai",
    "poora patta kha gaya",
    "keede marne wali dawai pi li",
    "machhar ki dawa pi gaya",
    "ghar ka phenyl pi liya",
    "mitti ka tel pi liya",
    "saari dawaiyan ek saath nigal li",
    "tezab pee liya hai",
    "सल्फास खा ली",
    "दवा की पूरी शीशी पी गया",
    "20 गोलियाँ निगल ली",
    "२५ गोलियां खा लीं",
    "कीड़े मारने की दवा पी ली",
    "मच्छर मारने वाली दवा पी ली",
    "kitaknashak pyalo",
    "undrachya golya khallya",
    "sagalya golya ekdam gilalya",
    "dhekun marayche aushadh pyayla",
    "phinel pyaylo ata",
    "उंदराचं औषध खाल्लं",
    "कीटकनाशक प्यायलो",
    "फिनाईल प्यायलो, उलट्या होतायत",
    "झोपेच्या गोळ्यांची पूर्ण स्ट्रिप घेतली",
    "मी 15 गोळ्या गिळल्या",
    "maine 30 nitro le liye",
    "ग्लास भर phenyl पी लिया",
])
def test_overdose_by_any_name_is_a_crisis(text):
    detection = detect(text)
    assert detection.crisis, f"{text!r}: {_explain(text)}"
    assert OD in detection.categories, f"{text!r}: {_explain(text)}"


# --- harm to others: any verb of threat, any weapon, any target ----------------------

@pytest.mark.parametrize("text", [
    "im gonna run her over with the car",
    "i'll set him on fire tonight",
    "gonna slit his throat",
    "i'll poison him, he deserves it",
    "he won't survive what i'm planning, i have the knife",
    "she'll be dead by tomorrow, i swear",
    "gonna break his legs with a rod",
    "i will smash his head in",
    "usko zinda jala dunga",
    "uski haddi haddi tod dunga",
    "uski gardan marod dunga",
    "saale ko gaadi se kuchal dunga",
    "us kamine ko chaku maar dunga",
    "usko goli maar dunga kal",
    "boss ko khatam kar dunga",
    "padosi ko zehar de dunga",
    "wo kal tak nahi bachega, kasam se, chaku tayyar hai",
    "usko zinda nahi chhodunga",
    "उसको ज़िंदा जला दूंगा",
    "उसकी गर्दन काट दूंगा",
    "उसे गोली मार दूंगा",
    "उस हरामी को मार डालूंगा",
    "tyala khalas karnar",
    "tyachi mundi chhatin",
    "tyacha gala chirin koytyane",
    "tyala jivant sodnar nahi",
    "tyala gaadi khali chirdun takin",
    "tichya tondavar acid phekin",
    "त्याला खलास करीन",
    "त्याचा गळा चिरीन",
    "त्याचे हातपाय तोडीन",
    "त्याला जाळून टाकीन",
    "शेजाऱ्याला कुऱ्हाडीने मारीन",
    "tyala talwarine kapin",
])
def test_a_threat_against_someone_else_is_harm_to_others(text):
    detection = detect(text)
    assert detection.crisis, f"{text!r}: {_explain(text)}"
    assert HO in detection.categories or OD in detection.categories, f"{text!r}: {_explain(text)}"


# --- someone else in danger, reported by a relative ------------------------------------

@pytest.mark.parametrize("text", [
    "my husband drank the toilet cleaner, we are going to the hospital",
    "his mother here, he swallowed all his pills and won't wake up",
    "my son is not waking up, there are empty strips everywhere",
    "found my brother with a rope around his neck",
    "my dad keeps saying he will jump off the terrace",
    "bhai ne sulfas kha liya, ambulance bulayi hai",
    "papa kal se bol rahe hai ki jaan de denge",
    "beta bol raha hai mar jaunga",
    "meri beti ne neend ki 20 goliyan kha li",
    "pati ne keetnashak pi liya",
    "मेरे भाई ने फिनाइल पी लिया",
    "बेटा कह रहा है छत से कूद जाऊंगा",
    "माझा भाऊ पुलावर उभा आहे, उडी मारतो म्हणतोय",
    "navryane vish pyayla, lavkar ya",
    "aaine saglya golya khallya, uthat nahi",
    "मुलगा म्हणतोय जीव देतो",
    "बायकोने उंदराचं औषध खाल्लं",
    "bhau mhantoy fashi ghein",
])
def test_a_relative_reporting_danger_reaches_a_person(text):
    detection = detect(text)
    assert detection.crisis, f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    "my husband drank the toilet cleaner",
    "bhai ne sulfas kha liya",
    "मेरे भाई ने फिनाइल पी लिया",
    "my dad keeps saying he will jump off the terrace",
])
def test_the_report_is_marked_as_about_someone_else(text):
    assert any(f.third_party for f in detect(text).findings), _explain(text)


# --- what must not alert: idioms, everyday uses, sobriety ------------------------------

@pytest.mark.parametrize("text", [
    # idioms
    "that exam MURDERED me",
    "this humidity is murdering me",
    "the joke killed everyone at dinner",
    "her dance killed it at the sangeet",
    "we shoot the wedding video tomorrow",
    "going for a photo shoot with my cousin",
    "shoot me a text when you reach",
    "goli maaro yaar, chill karo",
    "aaj school me bhai ko maar padi",
    "machhar maar raha hu raat bhar",
    "i will kill the cockroach in the kitchen",
    "jhuralanna maarun takla",
    "kal raat chuha maar diya",
    "mar gaye garmi se",
    "pet mein chuhe daud rahe hai",
    "phone mar gaya, charge nahi hai",
    "jaan nikal gayi itna kaam kar ke",
    "overdose of mithai at the wedding lol",
    "netflix overdose this weekend",
    "food poisoning ho gaya, kuch kha nahi pa raha",
    "acid ho raha hai khane ke baad",
    "ye chai to zeher jaisi hai, pee nahi sakta",
    # everyday
    "mummy chaku se sabzi kaat rahi thi",
    "papa ne shetat koyta gheun oos todla",
    "college katta var mitransobat gappa",
    "bought rat poison for the godown",
    "pesticide sprayed on the farm today",
    "took my medicines on time",
    "took all my meds on time today",
    "BP ki goli li subah",
    "doctor ne 5 tablets di hai, roz ek leni hai",
    "dettol se haath dhoye aur khana khaya",
    "papa ke pair ki surgery me rod daali",
    "mummy ka phone toot gaya",
    "high marks aaye boards me",
    "drink water, stay cool",
    "passed out after the night shift, so tired",
    "गोदाम के लिए चूहे मारने की दवा खरीदी",
    "मच्छर मार दिया",
    "उसका फ़ोन तोड़ दूंगा अगर फिर से गेम खेला, मज़ाक में",
    "विहिरीत पोहायला गेलो होतो",
    # sobriety
    "होळीला भांग पण घेतली नाही",
    "varsh zala, ek ghot suddha nahi ghetla",
    "नशे को ना कहा, फिर से",
    "said no to the bottle at the party",
    "6 mahine se daru nahi pi",
    "one year sober today, no pills no booze",
    "sharab ko haath bhi nahi lagaya",
    "दारू सुद्धा नाही घेतली लग्नात",
])
def test_everyday_uses_of_danger_words_do_not_alert(text):
    assert not detect(text).crisis, f"{text!r}: {_explain(text)}"


# --- more ways of saying it: typos, shorthand, caps, both scripts at once -------------

@pytest.mark.parametrize("text", [
    'took like 40 paracetamol',
    'i took a lot of my sleeping meds, like the whole box',
    "i just downed all my mom's anxiety pills",
    'emptied the pill bottle into my mouth',
    'had 3 strips of alprax',
    'drank a cup of pesticide',
    'drank the harpic',
    'drank some bleach',
    'i poisoned myself',
    'ate rat poison',
    "i've od'd on heroin i think",
    'maine zehar kha liya',
    'mene jeher pi liya hai',
    'vish pi liya',
    'chuhe wali dawai kha li',
    'kal raat 15 golia kha li thi',
    'neend ki saari goliyan kha li',
    '2 patte kha liye dawai ke',
    'bahut saari tablets le li hai, chakkar aa raha',
    'मैंने ज़हर खा लिया है',
    'मैंने बहुत सारी गोलियां खा लीं',
    'नींद की 10 गोलियां खा ली',
    'जहर पी लिया',
    'विष प्यायलो',
    'मी विष घेतलं',
    'सगळ्या गोळ्या खाल्ल्या',
    'झोपेच्या गोळ्या खूप घेतल्या',
    'mi kitaknashak pilo',
    'mi vish ghetla',
    'zopechya khup golya ghetlya',
    "i'm going to kill my stepfather",
    'ima stab him when he gets home',
    'i want to hurt him so bad he never walks again',
    'gonna beat the crap out of him with a bat',
    "i'll put him in the hospital",
    "i'm going to shoot that guy",
    'i have a gun and i know where he lives',
    "he'll regret it, i'm bringing the knife",
    'usko maar ke hi dam lunga',
    'uska khoon kar dunga',
    'usko jaan se maar dunga',
    'uske ghar aag laga dunga',
    'usko chaku ghop dunga',
    'mai apne baap ko maar dalunga',
    'उसे जान से मार दूंगा',
    'उसका खून कर दूंगा',
    'मैं उसे छोड़ूंगा नहीं, चाकू लेकर जा रहा हूं',
    'tyala marun takin',
    'tyacha khoon karin',
    'tyala thar marin',
    'त्याला मारून टाकीन',
    'त्याचा खून करीन',
    'बायकोला मारून टाकीन',
    'navryala jivanishi marin',
    'my wife just took a bunch of pills',
    'my brother is threatening to kill himself',
    'my friend is cutting herself again',
    "my mom overdosed and isn't responding",
    'my son says he wants to die',
    'husband is drunk and says he will kill us',
    "my dad is standing on the roof saying he'll jump",
    'mere bhai ne fansi laga li',
    'meri behen ne haath ki nas kaat li',
    'papa ne zehar kha liya',
    'mera beta kehta hai wo mar jayega',
    'pati bol rahe hai ki khud ko khatam kar lenge',
    'मेरे पति ने ज़हर खा लिया',
    'मेरी बेटी ने नस काट ली',
    'मेरा भाई फांसी लगाने की बात कर रहा है',
    'माझ्या भावाने विष घेतलं',
    'माझी बायको म्हणते मी मरणार',
    'माझ्या मुलाने गळफास घेतला',
    'bhavane vish ghetla',
    'maza mulga mhanto mi jeev dein',
    'baykone golya khallya saglya',
    'TOOK 30 PILLS',
    'tuk 20 tablets',
    'swallowd all my meds',
    'i jus drank poison',
    'ate a packet of ratol',
    'drnk pesticide',
    'od on sleepin pills',
    'i overdosd',
    'maine poori strip kha li',
    'zeher kha lia',
    'jhr pi lia',
    'mene 25 tablet kha li',
    'sari goliya kha gya',
    'zehar kha liya 😢',
    'मैने ज़हर खा लिया',
    'ज़हर पी लीया',
    'मी 20 गोळ्या खाल्ल्या',
    'mi saglya golya khalya',
    'vish pilo',
    'सारी goliyan खा ली',
    'saari गोलियां kha li',
    'maine रात को 30 tablet ले ली',
    'ill kill him',
    "i'ma kill that mf",
    'gonna murk him',
    'gonna stab my neighbour',
    'imma beat my dad to death',
    'usko mar dunga kasam se',
    'usko maar daalunga',
    'usse maarunga aaj',
    'uski jaan le lunga',
    'us kamine ka khoon kar dunga',
    'tyala mar ch takto aaj',
    'त्याला जिवंत सोडणार नाही',
    'usko maar dunga 🔪',
    'us ladke ko chaku maar dunga',
    'मैं उसे मार डालूंगा',
    'उसको मार दुंगा',
    'बाप को मार डालूंगा',
    'bhai ne zeher kha liya plz help',
    'mere husband ne bahut sari neend ki goliyan kha li',
    'my sister took a bunch of pills and is not waking',
    'meri wife ne khud ko kamre me band kar liya aur kehti hai mar jaungi',
    'mera beta chhat pe khada hai kud jaunga bol raha',
    'bhau vish pyayla',
    'माझ्या भावाने गोळ्या खाल्ल्या, शुद्धीवर नाही',
    'माझा नवरा म्हणतो मी जीव देईन',
    'navra mhanto fashi ghein',
    'aai mhante mi marnar',
    'भैया ने फांसी लगाने की कोशिश की',
    'my roommate is cutting himself',
    'my bf said hes gonna end it tonight',
])
def test_more_ways_of_saying_it_reach_a_person(text):
    assert detect(text).crisis, f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    'took my paracetamol for the fever',
    'my dad takes 10 different medicines daily',
    'i take 2 pills a day as prescribed',
    'sleeping pills helped me sleep last night, took one',
    'the pharmacist gave me a strip of crocin',
    'bought pesticide for the garden',
    'kitchen knife is blunt, need to sharpen',
    'i killed it at the interview',
    'my boss is going to kill me lol',
    "mom will kill me if i'm late",
    'i could murder a biryani right now',
    'we killed the snake in the garden',
    'he died laughing',
    'that movie was a killer',
    'shoot, i forgot my keys',
    'photo shoot was fun',
    "i'm dead tired",
    'dead battery again',
    'my grandfather passed away last week',
    'the doctor said my uncle may not survive the surgery',
    'ab theek hu, dawai time pe le raha hu',
    'roz subah ek goli leta hu bp ki',
    'maine dawai li aur so gaya',
    'papa ki dawai khatam ho gayi, lani hai',
    'mummy ne machhar marne wali coil lagayi',
    'khet me keetnashak chhidka',
    'gadi ki battery mar gayi',
    'ye garmi to jaan le legi',
    'usne mazaak me kaha ki maar dalunga, sab hans pade',
    'maine sharab chhod di, 100 din ho gaye',
    'koi nasha nahi kiya 6 mahine se',
    'रोज एक गोली लेता हूं',
    'दवाई टाइम पर ले रहा हूं',
    'शेत में दवा छिड़की',
    'बॅटरी संपली',
    'हसून हसून मेलो',
    'दारू सोडून एक वर्ष झालं',
    'mi roj golya vel var gheto',
    'aaj kahi ghetla nahi, saaf ahe',
    'gaon gaya tha, chacha ji ke khet me kaam kiya',
    'bhau ani mi cricket khelalo',
    'my brother got married last week',
    'my wife is pregnant, so happy',
    "dad's knee surgery went well",
    'he killed the mosquito',
    'the lecture was killing me',
    'Our teacher said the exam will kill us',
    'took 2 crocin for headache',
    'need to buy pesticide for the farm',
    'rat poison in the godown is finished',
    'I killed the presentation today',
    'this traffic is killing me',
    'these shoes are killing me',
    'my feet are killing me',
    "I'm dying to see you",
    "lol i'm dead 😂",
    "he's dead serious about the job",
    'dead tired after work',
    'kal exam ne maar dala',
    'garmi ne maar dala',
    'thand se mar gaye',
    'bhookh se mar raha hu',
    'hass hass ke pet dukh gaya',
    'pet me chuhe kud rahe hai',
    'ye kaam jaan le lega',
    'meri battery mar gayi',
    'mobile ki battery mar rahi hai',
    'batti gul ho gayi',
    'खाने के बाद गोली ली',
    'बीपी की गोली खाई',
    'दवा टाइम पर ले ली',
    'मोबाईलची बॅटरी मेली',
    'उन्हामुळे जीव गेला',
    'हसून हसून मेलो',
    "i haven't touched alcohol in a year",
    'no pills, no drinks, 90 days clean',
    'didnt use even though friends offered',
    'daaru ko haath nahi lagaya',
    'nasha chhod diya hai',
    'gutkha bhi chhod diya',
    'ek peg bhi nahi liya party me',
    'दारू को हाथ भी नहीं लगाया',
    'दारू सोडली आहे',
    'holi la bhang nahi ghetli',
    'mla ata daru chi garaj nahi',
    'cheers with coke at the party, no alcohol',
    'mosquito coil lagaya room me',
    'keede maarne ki dawa khet me daali',
    'मुलाला गोळी दिली तापासाठी',
    'aai la dawakhanyat nela checkup sathi',
    'my brother got a new job',
    'papa ka operation ho gaya, theek hai',
    'bhai ki shaadi hai next week',
    'dada ne cricket match jinkla',
])
def test_more_everyday_replies_do_not_alert(text):
    assert not detect(text).crisis, f"{text!r}: {_explain(text)}"


# --- threats by their Marathi and Hindi verbs, relatives by every name; games and chores --

@pytest.mark.parametrize("text", [
    "teach him a lesson he won't survive",
    "i'll finish him",
    "I'll finish him tonight",
    "he'll be dead by morning",
    'tod dunga uski haddi',
    'haddi pasli ek kar dunga uski',
    'uske haath pair tod dunga',
    'usko talwar se kaat dunga',
    'danda leke aa raha hu uske ghar',
    'katta leke ghoom raha hu usko dhoondh raha',
    'rod se sar phod dunga uska',
    'त्याचं डोकं फोडीन',
    'त्याला कोयत्याने तोडीन',
    'tyacha mudda padin',
    'tila jalun takin',
    'baykola marun takin ata',
    'navryala sampvun takin',
    'सासूला मारून टाकीन',
    'boss ki gaadi se usko kuchal dunga',
    'my neighbour is going to get it, i have a gun',
    "i'm going to hurt them all",
    'mere baba ne zeher kha liya',
    'mere mitra ne golya ghetlya saglya',
    'maza mitra mhanto jeev deto',
    'baba ne fansi lagane ki koshish ki',
    'bhaiya ne nas kaat li',
    'ammi ne neend ki goliyan kha li',
    'meri maa ne zeher kha liya',
    'माझे बाबा म्हणतात जगायचं नाही',
    'aai ne vish pyayla',
    "my dad od'd",
    'mom took too many pills',
    'my sister swallowed bleach',
    'my son is unconscious after drinking something',
    "he's been vomiting since he drank the pesticide",
    "my husband has a knife and says he'll kill me",
    "wife says she'll kill herself if i leave",
    'pati ne dhamki di hai ki mujhe maar dega',
    'wo mujhe maar dalega',
    'mera pati mujhe jaan se maarne ki dhamki deta hai',
    'navra mhanto tula marun takin',
    'got a gun, going to his house',
])
def test_threats_and_reports_by_every_name_reach_a_person(text):
    assert detect(text).crisis, f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    "i'll finish her homework tonight",
    'finish them by friday',
    'we will finish the project',
    'mummy ne aaj kheer banayi',
    'papa ne mujhe daanta',
    'bhai ne game me sabko maar diya',
    'in pubg i killed everyone',
    'killed 5 enemies in free fire lol',
    'mi tyala cricket madhe haravla',
    'tyala khup hasavla',
    'teacher ne maara tha bachpan me',
    'rod lagwaya bathroom me',
    'danda le ke walk pe jata hu, kutte hai',
    'talwar baazi seekh raha hu',
    'mere dada ji ki death ho gayi pichle saal',
    'mulgi dahavi pass zali',
    'amcha kutra mela kal',
    'gai mar gayi hamari',
    'my pet fish died',
    'dawai leke so gaya',
    'neend ki goli leni padti hai roz',
    'doctor ne bola ek goli raat ko',
    'mummy ke liye BP ki goliyan layi',
    'tyala 80 gun milale',
    'त्याला ८० गुण मिळाले',
    'got a knife set as a gift',
    'shivjayanti chya mirvanukit talwar gheun nachlo',
])
def test_games_homework_and_family_news_do_not_alert(text):
    assert not detect(text).crisis, f"{text!r}: {_explain(text)}"


# --- round two: classes of expression, each in the three languages ---------------------

def test_a_wish_to_end_ones_own_life_is_not_read_as_a_threat_by_a_father():
    """पप्पांनी (father, acting) shares its skeleton with apni/pani, papane with apne."""
    for text in ("apni zindagi ka ant karna hai", "apne aap ko khatam karna hai"):
        detection = detect(text)
        assert detection.crisis, _explain(text)
        assert HO not in detection.categories, _explain(text)
    for text in ("पप्पांनी विष प्यायलं", "pappanni zeher kha liya"):
        assert any(f.third_party for f in detect(text).findings), _explain(text)
    assert not detect("pani pi liya, ab theek hu").crisis


@pytest.mark.parametrize("text", [
    # a poison and a future of taking it
    "aaj raat zeher kha lunga",
    "chuhe ki dawa kha lungi main",
    "phenyl pi jaunga sach me",
    "कीटनाशक पी लूँगा आज",
    "आज जहर खा लूंगी",
    "विष पिईन आज रात्री",
    "undrachi dawa khain mi",
    "i will drink the pesticide tonight",
    # every pill there is
    "swallowed all the pills in the house",
    "ghar ki saari goliyan kha li",
    "gharatlya saglya golya ghetlya",
    "took every single tablet i had",
    "got the strips from the chemist and swallowed most of them",
    # the body failing after taking something
    "took too many xanax, cant breathe",
    "zyada maal le liya, saans ruk rahi hai",
    "jast daru ani golya ghetlya, shwas ghuttoy",
    "bahut zyada injection laga liya",
    "खूप जास्त गर्द घेतली",
    # the means at hand
    "neend ki goliyan saamne rakhi hai, sab kha lunga",
    "rat poison is in front of me, i want to take it",
])
def test_overdose_by_paradigm_reaches_a_person(text):
    detection = detect(text)
    assert detection.crisis, f"{text!r}: {_explain(text)}"
    assert OD in detection.categories or S in detection.categories, f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    # "won't spare him", the verb in the first person
    "usko aaj nahi chhodunga",
    "उस कमीने को नहीं छोड़ूंगा",
    "jija ko chhodunga nahi, bahut ho gaya",
    "tyala sodnar nahi mi",
    "i won't spare that guy",
    # veiled threats
    "he will regret this, i know where he lives",
    "wo pachtayega, mujhe pata hai kahan rehta hai",
    "तो पस्तावेल, मला माहित आहे कुठे राहतो",
    # something heavy to the head, Marathi futures of breaking
    "uske sar pe eent maarunga",
    "tyachya dokyat dagad ghalin",
    "शेजाऱ्याच्या डोक्यात दगड घालीन",
    "त्याचं डोकं फोडणार",
    "tyache haat todnar aaj",
    "uski haddi todunga",
])
def test_threats_by_paradigm_are_harm_to_others(text):
    detection = detect(text)
    assert HO in detection.categories, f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    "my brother left a note saying sorry and his phone is switched off",
    "papa ne chitthi chhodi hai, maaf karna likha hai",
    "बाबांनी चिठ्ठी लिहून ठेवली, माफ करा असं लिहिलं आहे",
    "she locked herself in her room and won't open the door",
    "bhai ne khud ko kamre me band kar liya, darwaza nahi khol raha",
    "मुलीने आतून कडी लावली, दार उघडत नाही",
    "found him on the floor, unconcious, a syringe next to him",
    "my roomate swallowed smthing and is throwing up",
    "papa keh rahe hai zeher kha lenge",
    "te mhanale ata jagnar nahi",
])
def test_what_a_relative_finds_reaches_a_person(text):
    assert detect(text).crisis, f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    # a scolding promised for a lapse, by the one who will scold
    "mummy maar daalegi, late ho gaya 😂",
    "wife will murder me, forgot her birthday",
    "aai mala jivant sodnar nahi, marks kami aale",
    "sir will kill me if i'm late again",
    "पापा मार डालेंगे, रिजल्ट आया है 😅",
    # a thing that died
    "laptop ki battery mar gayi thi",
    "charger mar gaya yaar",
    "गाडीची बॅटरी मेली होती",
    # "थी", "थोड़ा", "today", "bas", "kutra"
    "didi thodi der pehle aayi thi",
    "today i broke my personal record at the gym",
    "bas thoda thak gaya hu",
    "कल मौसी आई थी, थोड़ा अच्छा लगा",
    "aamcha kutra kal aajari hota",
    # pestered, nothing swallowed
    "teacher ne dimag kha liya aaj",
    "bacchon ne khoon pee liya subah se",
    "साहेबांनी डोकं खाल्लं आज",
    # "all" that is not a heap of pills
    "sab theek hai, goli le li",
    "sab log aaye the, dawai time pe li",
    "sagle bare aahet, goli ghetli",
    # a dose as told
    "doctor ne neend ki goli di hai, 1 raat ko leta hu",
    "taking 1 sleeping pill at night as told",
    # breathing after food, running, dust
    "ate too much biryani, can't breathe lol",
    "daud ke aaya, saans phool gayi",
    # a note, a door, love
    "left a note for the milkman, sorry for the late reply",
    "i locked the door and slept early",
    "main tumhe kabhi nahi chhodunga",
    "mi tula kadhich sodnar nahi",
    "tera saath kabhi nahi chhodunga bhai",
    "मैं अपनी माँ को कभी नहीं छोड़ूंगा",
    "i will never leave you, promise",
    # breaking a coconut, stones for a wall
    "puja me nariyal phodunga",
    "my roomate is going home for the weekend",
])
def test_everyday_shapes_of_danger_words_do_not_alert(text):
    assert not detect(text).crisis, f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    # a hardship as the one who "kills": the agent, an indefinite "someone", laughing hunger
    "is exam ne to maar hi diya",
    "traffic ne aaj maar dala",
    "the traffic in pune is a nightmare, i could kill someone",
    "bhuk lagli, mi marto aahe lol",
    "thand se haath pair jam gaye, mar jaunga aise to lol",
    # a scolding that hangs on a condition or a scrape
    "dad will kill me when he sees the bill",
    "my sister will murder me for wearing her dress",
    "coach is going to murder us tomorrow at practice",
    "bayko mala marun takel, bill bagh",
    "we're dead if mom finds out about the party lol",
    "मम्मी मार डालेगी अगर फिर से भूल गया",
    # kills counted in a game, pestered by mosquitoes, a joke
    "free fire me 10 kill kiye",
    "ye mosquito jaan kha gaye raat bhar",
    "बॉस आज जान खा गया",
    "इतना हँसा कि मर ही गया",
    # burning from food, not from a poison
    "pet jal raha hai, mirchi zyada thi",
    "i had acidity so took an eno",
    "i had a bottle of water after the run",
])
def test_hardships_scoldings_and_games_do_not_alert(text):
    assert not detect(text).crisis, f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    "had some acid from the bathroom, throat burning",
    "had a glass of phenyl",
    "keede ki dawa pee li, pet jal raha hai",
    "विष प्यायलो, पोटात जळतंय",
    # a threat against the writer that is told, not joked about
    "my husband will kill me if i tell anyone",
    "papa roz maarta hai, bola agar bataya to maar dalega",
])
def test_a_poison_burning_or_a_told_threat_reaches_a_person(text):
    assert detect(text).crisis, f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text, crisis", [
    ("main mar jaun to sab khush rahenge", True),
    ("mar jaau to kisi ko farak nahi padega", True),
    ("dying to see my daughter this weekend", False),
    ("i'm dying to try that new biryani place", False),
])
def test_hindi_to_after_dying_is_then_not_english_dying_to(text, crisis):
    assert detect(text).crisis is crisis, f"{text!r}: {_explain(text)}"
