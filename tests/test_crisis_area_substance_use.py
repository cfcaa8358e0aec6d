"""Using again and craving, in English, Hindi and Marathi, in both scripts and typed the way
phones type: substances by brand, street and local names, the verbs of taking them, being
drunk or high, slipping, and the pull towards using. Sobriety news stays quiet.

These sentences were written for this test, not taken from the labelled sets."""
import pytest

from alumni.domain.crisis import Category, detect

RE, CR = Category.RELAPSE, Category.CRAVING


def _explain(text: str) -> str:
    return f"{text!r}: {detect(text).explain()!r}"


# --- using again: every substance, every name ---------------------------------------------

RELAPSE = [
    # alcohol by brand, measure and local name
    "had 3 kingfishers after the match",
    "KF strong ki do bottle pee li",
    "old monk ka quarter maar liya kal",
    "royal stag ke 2 peg lagaye",
    "officers choice ka adha khamba khatam kar diya",
    "sirf ek peg maara tha bas",
    "tuborg ki 2 can pee li dost ke saath",
    "budweiser pi li office party me",
    "couple of cold ones with the boys last nyt",
    "ek khamba udaya kal raat",
    "desi chadha li kal shaam",
    "देसी चढ़ा ली थी",
    "mahua pi liya gaon me",
    "ताडी प्यायलो काल",
    "gavthi ghetli kal ratri",
    "गावठी दारूचा पेग घेतला",
    "toddy pi li bhai ke saath",
    "hooch at the village fair",
    "बाटली संपवली कालच",
    "poori botal khatam kar di akele",
    "vodka ke 4 shots maare",
    "beer at the wedding, then more",
    # being drunk or high
    "tight ho gaya tha kal",
    "tite hogya yaar party me",
    "टाइट होके घर आया",
    "टाईट झालो होतो",
    "tight zalo kal",
    "full tunn tha raat ko",
    "ekdum talli ho gaya",
    "was totally sloshed on saturday",
    "got hammered at the reunion",
    "so stoned rn",
    "high ho gaya yaar",
    "nashe me tha kal raat",
    "नशेत होतो रात्री",
    "hungover af today",
    # cannabis
    "smoked hash after 3 months",
    "charas ka joint maara",
    "bhang at holi and then some",
    "holi la bhang ghetli",
    "माल फूंका कल",
    "ganja odhla punha",
    "गांजा ओढला कालच",
    "took a few hits of a blunt",
    # opioids
    "chitta le liya fir se",
    "चिट्टा ले लिया कल",
    "smack maara kal",
    "brown sugar ka kash liya",
    "shot up lst nite",
    "doda post le liya",
    "bhukki kha li",
    "corex ki bottle pee gaya",
    "codeine syrup pi liya",
    "tramadol ki 4 goli le li nashe ke liye",
    "injection laga liya phir se",
    # stimulants, cocaine, pills, inhalants
    "MD ghetli party madhe",
    "एमडी घेतली पार्टीत",
    "meth again this weekend",
    "did 2 lines at the party",
    "snorted a line in the washroom",
    "did coke at the club",
    "alprax ki 5 goli nashe ke liye li",
    "nitro kha li maze ke liye",
    "popped xanax again",
    "solution sungh liya",
    "whitener sniffed with the boys",
    "सोल्यूशन सूंघ लिया",
    "petrol sniffing again",
    # slipping, in any words
    "fell off the wagon on sunday",
    "back to square one, drank on friday",
    "went back to drinking last week",
    "counter reset, day 1",
    "phisal gaya yaar",
    "पुन्हा सुरू केलं, दारू प्यायलो",
    "parat chalu zala daru",
    "phir se pee li",
    "messed up again",
    "gave in and had a peg",
    "couldn't resist the bottle",
    "6 mahine baad daru pi li",
    "वर्षभरानंतर दारू घेतली",
    "दारू प्यायलो आणि झोपलो",
    "daru pili ani zoplo",
]


@pytest.mark.parametrize("text", RELAPSE)
def test_using_again_is_a_relapse_however_it_is_said(text):
    detection = detect(text)
    assert detection.crisis and detection.relapse, _explain(text)


# --- craving: the pull, in every language -------------------------------------------------

CRAVING = [
    "my hands are shaking, i need a drink",
    "hands shaking since morning",
    "need a fix real bad",
    "need my fix",
    "the bottle is calling me",
    "the bar is calling my name",
    "botal bula rahi hai",
    "theka bula raha hai yaar",
    "dimaag nashe ki taraf bhaag raha hai",
    "someone stop me",
    "koi rok lo mujhe",
    "कोई रोक लो मुझे",
    "कोणीतरी थांबवा मला",
    "konitari thambva mala",
    "koni tari thambva mala",
    "talk me out of it please",
    "please talk me out of going to the theka",
    "chitte ki yaad aa rahi hai",
    "daru ki bahut yaad aati hai",
    "ताडीची आठवण येतेय",
    "daruchi aathvan yetey",
    "missing the peg tonight",
    "mann bekaboo ho raha hai",
    "man bhatak raha hai",
    "मन ताब्यात राहत नाही",
    "man tabyat nahi",
    "haath kaanp rahe hai",
    "हाथ काँप रहे हैं",
    "हात थरथरतायत",
    "haat thartharat ahet",
    "lene ka mann hai",
    "लेने का मन है",
    "ghyavishi vatate",
    "घ्यावीशी वाटते",
    "आज घ्यायचीच असं वाटतंय",
    "odhavasa vatatay",
    "peene ka man ho raha hai",
    "the thirst is real and its not for water",
    "can smell the liquor from the theka",
    "passing the theka every day is hard",
    "theke ke saamne se guzra",
    "ठेक्यासमोर उभा आहे",
    "white knuckling it tonight",
    "barely holding on, the urge is strong",
    "withdrawals are bad today",
    "talab lag rahi hai",
    "तलफ लागली आहे",
    "i want one so badly",
    "sahara chahiye",
    "सहारा चाहिए",
]


@pytest.mark.parametrize("text", CRAVING)
def test_a_craving_reaches_someone_the_same_day(text):
    detection = detect(text)
    assert detection.urgent or detection.crisis, _explain(text)


# --- sobriety and ordinary words that look like substances ---------------------------------

QUIET = [
    # sobriety, negated use
    "didn't even take bhang at holi",
    "holi pe bhang bhi nahi li",
    "होळीला भांग पण घेतली नाही",
    "ek ghot suddha nahi ghetla",
    "एक घोट सुद्धा घेतला नाही",
    "not a sip since diwali",
    "90 days sober today",
    "6 mahine ho gaye daru chhode",
    "दारू सोडून एक वर्ष झालं",
    "said no to beer at the party",
    "नशे को ना कहा, फिर से",
    "दारूला नाही म्हटलं",
    "friends were drinking at the wedding, i had thandai",
    "sangeet la sagle pit hote, mi fakt thanda pyalo",
    "shaadi me sab pee rahe the, maine cold drink li",
    "everyone had beers, I had a mocktail",
    "no daru for 1 year",
    "passed on the kingfisher",
    "did not touch the bottle",
    # words that only look like substances or using
    "met my sponsor yesterday",
    "met my friend again at the meeting",
    "so mad at my boss again today",
    "he has a new car",
    "tight schedule today",
    "my shoes are tight",
    "found a solution to the rent problem",
    "the solution was simple",
    "desi khana khaya",
    "desi ghee wala halwa",
    "half day li aaj",
    "bottle of water please",
    "finished my water bottle",
    "bought a new pressure pot",
    "cut the grass in the garden",
    "high marks in the exam",
    "bp high tha kal",
    "line was long at the bank",
    "stood in line for 2 hours",
    "had lunch at the dhaba",
    "went to the wedding with family",
    "kitchen ka gas khatam ho gaya",
    "bachon ko desi ghee ka halwa khilaya",
]


@pytest.mark.parametrize("text", QUIET)
def test_sobriety_and_look_alike_words_do_not_alert(text):
    assert not detect(text).crisis, _explain(text)


@pytest.mark.parametrize("text", [
    "didn't even take bhang at holi", "not a sip since diwali", "दारू सोडून एक वर्ष झालं",
    "said no to beer at the party", "90 days sober today", "ek ghot suddha nahi ghetla",
])
def test_sobriety_is_not_even_an_urgent_case(text):
    detection = detect(text)
    assert not detection.crisis and not detection.urgent, _explain(text)


@pytest.mark.parametrize("text,substance", [
    ("smoked hash after 3 months", "cannabis"), ("bhang at holi and then some", "cannabis"),
    ("MD ghetli party madhe", "stimulants"), ("chitta le liya fir se", "opioids"),
    ("solution sungh liya", "inhalants"), ("desi chadha li kal shaam", "alcohol"),
    ("tight ho gaya tha kal", "alcohol"), ("had 3 kingfishers after the match", "alcohol"),
])
def test_the_relapse_names_the_substance_staff_will_ask_about(text, substance):
    assert detect(text).relapse.substance == substance, _explain(text)


def test_a_relapse_reported_by_family_is_about_someone_else():
    relapse = detect("mera beta phir se chitta le raha hai").relapse
    assert relapse and relapse.third_party


# --- more ways of saying it, and more look-alikes -------------------------------------------

MORE_RELAPSE = [
    'Kal raat thoda jyada ho gaya, 5 peg',
    'dost ki shaadi me 2-3 peg laga liye',
    'mene fir se sharab pi',
    'sharaab pee ke so gaya',
    'kl pi k aaya ghr',
    'beer pi thi kal dosto ke sath',
    'aaj subah se pi raha hu',
    'दो पेग लगा लिए कल',
    'शराब पीकर घर आया',
    'आज फिर से पी ली',
    'चरस का दम लगाया',
    'मैंने कल गांजा पिया',
    'स्मैक पी ली कल',
    'एक बोतल खाली कर दी',
    'मी काल दारू पिऊन आलो',
    'आज परत पिली',
    'मित्रांबरोबर बिअर घेतली',
    'गांजाचा दम मारला',
    'दारू पिऊन झोपलो',
    'ek bottle khali kar di',
    'botal khaali kar di',
    'daru pike gaadi chalayi',
    'mai nashe me dhut tha',
    'bilkul dhut ho gaya tha',
    'ganja pi liya yaaro ke saath',
    'charas ka sutta maara',
    'smack ka nasha kiya',
    'MD maarli',
    'cocaine kiya party me',
    'Took 2 xanax to get high',
    'I had 6 beers',
    'i drank a whole bottle of rum',
    'got wasted at my bday',
    'smoked up with old friends',
    'relpased agian',
    'i caved and bought a bottle',
    'picked up a drink after 8 months',
    'drank myself to sleep',
    'been drinking since morning',
    'Im drunk rn',
    'im high rn sorry',
    'i fell off, used on the weekend',
    'yesterday i used meth',
    'shot heroin this morning',
    'gave in to the urge and drank',
    'daru chalu zali parat',
    'parat pyayla lagalo',
    'punha odhayla suru kela',
    'kal dosta sobat basun 4 peg marle',
    'tadi pili aaj',
    'bhang pi li holi pe',
    'bhang ki goli kha li',
    '2 din se pi raha hu',
    '3 din se lagatar pee raha hu',
    'fir shuru ho gaya peena',
    'yaar kal phir se botal khol li',
    'kal beer maari dosto ke saath',
    'kal raat ek adha khamba maar diya',
    'cheers kiya kal 3 peg ka',
    'peeke tunn tha',
    'daru ke nashe me ghar aaya',
    'mai pee ke gaadi chala raha tha',
    '2 kash maare charas ke',
    'bhang wali thandai pi li',
    'kal raatri thandi beer pyalo',
    'थंडी बियर प्यायलो दोस्तांसोबत',
    'kal smack li thi',
    'heroin ka nasha kiya',
    'chitta pi liya yaar',
    'pudiya li kal',
    'एक क्वार्टर मारला',
    'क्वार्टर घेतला काल',
    'बियर घेतली मित्रांसोबत',
    'दारू पिऊन आलोय',
    'दारू पिऊन पडलो होतो',
    'ताडी प्यायली आज',
    'मी परत दारू पितोय',
    'परत व्यसन लागलं',
    'गांजा ओढला पुन्हा',
    'माल ओढला काल',
    'चिट्टा लिया कल',
    'दारू पी के सो गया',
    'मैंने फिर से ड्रग्स लिए',
    'नशा कर लिया कल रात',
    'i had a drink tonight',
    'had two glasses of wine',
    'drank half a bottle of vodka',
    'got drunk again',
    'i got high last night',
    'smoked weed after work',
    'did some coke this weekend',
    'took some pills to get high',
    "i'm drinking right now",
    'drinking alone tonight',
    'been using for a week',
    "i'm back on the bottle",
    'I messed up, I drank',
    'i slipped last night',
    'had a lapse yesterday',
    'relapsed hard',
    'i used. im sorry.',
    'ek bottle le ke aaya aur pi gaya',
    'kal raat thak ke pee li',
    'did mushrooms again',
]

MORE_CRAVING = [
    'aaj bahut man kar raha hai peene ka',
    'peene ki tadap ho rahi hai',
    'दारू प्यायची खूप इच्छा होतेय',
    'मला आज प्यावंसं वाटतंय',
    'daru pyaychi iccha hotey',
    'ganja odhaycha aahe',
    'mann kar raha hai ek peg ka',
    'dil kar raha hai bas ek peg',
    'bahut bechaini hai, kuch lene ka mann',
    'pina hai mujhe',
    'mujhe daru chahiye abhi',
    'i need a drink now',
    'i need to get high',
    "i'm going to the bar",
    'thinking of calling my dealer',
    'i have money in my pocket and the theka is right there',
    'theke pe khada hu',
    'theke ke bahar hu',
    'बार के बाहर खड़ा हूँ',
    'दारूच्या दुकानासमोर उभा आहे',
    'wine shop ke paas hu, ghabrahat ho rahi hai',
    'i keep dreaming of getting high',
    'sapne me bhi daru dikhti hai',
    'craving bahut strong hai aaj',
    'urges are strong tonight',
    'rough day, the bottle looks good',
    'mera mann nahi lag raha, peene ka soch raha hu',
    'someone please call me i want to use',
    'call me asap',
    'help',
    'मदद करो',
    'मला मदत हवी आहे',
    'i am about to relapse',
    'i might relapse tonight',
    'close to relapsing',
    'almost drank today',
    'nearly used last night',
    'got my hands on a bottle, havent opened it',
    'bottle kharid li hai, abhi kholi nahi',
    'i really wanna drink tonight',
    'dying for a beer',
    'could murder a pint',
    'itching to use',
    'daru ki bahut talab lagi hai',
    'nashe ki talab',
    'bahut tadap raha hu',
    'ganja ki bahut yaad aati',
    'दारू की याद आ रही है',
    'दारू पिण्याची इच्छा होतेय',
    'मला गांजा ओढायचा आहे',
    'दारूची तलफ लागलीय',
    'मन दारूकडे ओढ घेतंय',
    'आज खूप अवघड जातंय, प्यावसं वाटतंय',
    'मन बेचैन है, पीने का मन है',
    'i feel like using',
    'triggered badly, want to use',
    "i'm so close to drinking",
    'old friends called me for drinks tonight',
    'im scared ill drink',
    'worried i will relapse',
    'please help me not drink',
    'call me before i do something stupid',
    'my mind keeps going to the bottle',
    'theke ke aas paas ghoom raha hu',
]

MORE_QUIET = [
    'aaj 1 saal ho gaya bina daru ke',
    'aaj 30 din pure hue, ek bhi peg nahi',
    'mene aaj bhi nahi pi',
    'shaadi me sab pi rahe the, mene nahi pi',
    'maine daru chhod di hai',
    'kabhi nahi piunga ab',
    'ab mai nahi peeta',
    'daru se door hu 6 mahine se',
    'मैंने शराब छोड़ दी है',
    'अब नहीं पीता',
    'एक साल से दारू नहीं पी',
    'मी आता पीत नाही',
    'मी दारू सोडली आहे',
    'आज पण प्यायलो नाही',
    '6 mahine zale daru sodun',
    'daru la haat lavla nahi',
    'the craving came and went',
    'beat the craving today',
    'had a craving but called my sponsor and it passed',
    'i poured the bottle down the sink',
    'gave away all the bottles at home',
    'threw out the weed',
    'no more drugs for me',
    "proud to say i'm clean",
    'sober and happy',
    "my husband still drinks but i don't",
    'papa ki daru ki aadat se pareshan hu',
    'the bar exam is next week',
    'chocolate bar kha liya',
    'ek baar milna hai sir',
    'kitni baar phone kiya aapko',
    '2 baar try kiya call',
    "saw a beer ad on tv, didn't bother me",
    'got a call from my old friend, we talked about cricket',
    'i called my sponsor',
    'the dealer at the car showroom called',
    'wedding was at the hotel bar area, i had juice',
    'party me gaya tha, cold drink pi',
    'holi pe sirf thandai pi, bhang wali nahi',
    'holi khel ke aaya, mast maza aaya',
    'drinking lots of water these days',
    'drank coconut water after the gym',
    'mere haath me chot lagi hai',
    'kal se bukhar hai, haath pair kaanp rahe hai',
    'tea and biscuits at the meeting',
    'ek cup chai pi li',
    'glass of milk before bed',
    'medicine li time pe',
    'doctor ne neend ki dawai di, 1 roz leta hu',
    'my shots are due at the clinic (vaccines)',
    'flu shot li aaj',
    'injection laga hospital me',
    'line busy thi',
    'lines of code',
    'ek line likh di',
    'sharab nahi pi 40 din se',
    'aaj bhi daru nahi li',
    'maine kal daru nahi pi',
    'dosto ne offer kiya lekin nahi liya',
    'beer offered, said no thanks',
    'mi ata ganja odhat nahi',
    'daru pyaylo nahi',
    'ek thenb pan nahi',
    'ek boond bhi nahi pi',
    'not drinking anymore',
    'im not using',
    'no drugs no alcohol',
    '60 days no drinks',
    "i don't drink anymore",
    'I quit smoking weed',
    'dad is in hospital because of alcohol',
    'uncle ki daru ki aadat chhut gayi',
    'the movie was about a drunk man',
    'i have a headache',
    'sugar kam hai',
    'paani pi liya',
    'chaas pee li',
    'kal pani puri khayi',
    'nimbu pani pi kal',
    'ek cup coffee li',
    'cold drink li',
    'maza aaya kal',
    'kal ka match dekha',
    'ghar pe party thi, sab ne khana khaya',
    'birthday party me cake kaata',
    'shaadi me dance kiya',
    'holi khel li',
    'diwali pe mithai khayi',
    'i passed the bar',
    'ek baar aur call karna',
    'thodi der baad call karta hu',
    'i met my sponsor, he says hi',
    'my md (doctor) changed my meds',
    'he is mad at me',
    'has anyone seen my phone',
    'had junk food yesterday',
    'had mushrooms for dinner again',
    'ताक प्यायलो',
]


@pytest.mark.parametrize("text", MORE_RELAPSE)
def test_more_ways_of_using_again(text):
    assert detect(text).relapse and detect(text).crisis, _explain(text)


@pytest.mark.parametrize("text", MORE_CRAVING)
def test_more_ways_of_craving(text):
    detection = detect(text)
    assert detection.urgent or detection.crisis, _explain(text)


@pytest.mark.parametrize("text", MORE_QUIET)
def test_more_sobriety_and_look_alikes_stay_quiet(text):
    assert not detect(text).crisis, _explain(text)


# --- words that are a substance only beside taking it, and their harmless doubles ----------

SUBSTANCE_IN_COMPANY = [
    # a blunt, pot or grass smoked
    "rolled a fat blunt and smoked it last nite",
    "smoked some pot behind the hostel",
    "kal raat grass phooka dost ke saath",
    # powder sniffed or taken
    "phir se safed powder le liya",
    "sniffed white powder at the after party",
    "पावडर ओढली काल रात्री",
    # a needle put in
    "sui lagayi kal raat, ghar pe",
    "सुई लगा ली फिर से",
    "shared a needle again yesterday",
    "parat sui tochli",
    # by the line or the bump
    "ek line maari bathroom me",
    "do line kheench li party me",
    "did a couple of bumps in the washroom",
    # typed measures and formal confessions
    "do quater ghetle kal",
    "ek qtr maar li office ke baad",
    "I have consumed alcohol twice this week",
    "finished nearly the whole bottle of old monk alone",
    "been usin again since monday. smack",
    # a little, or high for a stretch
    "bhai thoda sa le liya bas",
    "was high all weekend",
    "been stoned since morning",
    # a soft drink that carried it
    "holi pe bhang wali thandai pi li",
    "bhaang wali lassi pi thi, phir aur",
]

LOOK_ALIKES_IN_COMPANY = [
    "the knife is blunt",
    "sorry for being blunt sir, the fees are high",
    "cut the grass in the garden today",
    "a pot of dal on the stove",
    "protein powder le liya gym ke liye",
    "baby powder kharida bacche ke liye",
    "doctor ne sui lagayi bukhar ke liye",
    "hospital me injection lagaya nurse ne",
    "sui dhaga le liya silai ke liye",
    "ek line likh di diary me",
    "bus ki line me ek ghanta khade rahe",
    "my bp was high all week",
    "prices were high last week",
]


@pytest.mark.parametrize("text", SUBSTANCE_IN_COMPANY)
def test_a_substance_word_beside_a_taking_verb_is_a_relapse(text):
    assert detect(text).relapse and detect(text).crisis, _explain(text)


@pytest.mark.parametrize("text", LOOK_ALIKES_IN_COMPANY)
def test_the_same_words_in_everyday_use_stay_quiet(text):
    assert not detect(text).crisis, _explain(text)


# --- using, told the long way round ----------------------------------------------------------

RELAPSE_TOLD_SIDEWAYS = [
    # the rationalisation, told in the past: it was acted on
    "told myself one beer is fine. it wasnt one",
    "maine socha ek peg se kya hoga, phir raat bhar chala",
    "मला वाटलं एक पेग चालेल, पण थांबलोच नाही",
    "convinced myself a sip wont hurt and finished the can",
    # a refusal that gave way
    "nako mhanlo pan shevti don peg ghetle",
    "mana kiya par aakhir 3 peg maar liye",
    "pehle na bola lekin phir daru pi li",
    # someone in the family reporting is still someone to call
    "my husband was drunk again last night",
    "mere pati phir se pee kar aaye hai",
]


@pytest.mark.parametrize("text", RELAPSE_TOLD_SIDEWAYS)
def test_using_told_sideways_is_a_relapse(text):
    assert detect(text).crisis, _explain(text)


OTHERS_AND_REFUSALS = [
    # someone else's drinking: a bystander, a parent's habit long ago
    "my father drank daily, i never will",
    "my neighbour was drunk and shouting",
    "padosi nashe me gaali de raha tha raat bhar",
    "papa roz peete the, main nahi peeta",
    "a stranger was drunk on the train, scary",
    # offered and refused
    "dosto ne ganja offer kiya, mana kar diya",
    "colleague ne beer offer ki, maine mana kar diya",
    "ऑफिस वालों ने व्हिस्की मंगाई, मैंने कोल्ड ड्रिंक ली",
    # drinking blood, anger and tears
    "boss ne aaj khoon pee liya",
    "gussa pee gaya main, kuch nahi bola",
    "aansu pee ke reh gaya",
    # the verb is what was given up
    "peena chhod diya hai, ab roz walk karta hu",
    "पीना बंद कर दिया है, घर में सब खुश",
]


@pytest.mark.parametrize("text", OTHERS_AND_REFUSALS)
def test_others_drinking_refusals_and_idioms_are_not_a_relapse(text):
    assert not detect(text).crisis, _explain(text)


# --- craving, said the long way round ----------------------------------------------------------

CRAVING_SIDEWAYS = [
    # afraid of using, or saying one will
    "akele raha to pee lunga aaj",
    "dar lag raha hai ki aaj pi lunga",
    "scared i'll drink tonight after the fight",
    "आज रात्री मी पिणार असं वाटतंय",
    # money in hand
    "salary aayi hai aur pata hai kahan milega",
    "payday tomorrow and i'm scared",
    "पगार झाला आणि मन ओढ घेतंय",
    # the body asks, the mind goes back
    "my body is asking for it every night",
    "sharir maang raha hai roz shaam ko",
    "dimaag baar baar wahin jaata hai",
    "man tikdech jata, kay karu",
    "my mind keeps going back to it",
    # the bottle at hand
    "table pe bottle rakhi hai, main dekh raha hu",
    "fridge me beer padi hai",
    "बाटली माझ्यासमोर ठेवली आहे",
    # can't sleep or cope without it
    "neend nahi aa rahi bina peg ke",
    "can't sleep without a drink anymore",
    "daru shivay zop yet nahi",
    # struggling, no task named
    "struggling hard today",
    "struggling badly rn",
    "aaj bahut mushkil ho raha hai",
    # wanting to get high
    "wanna get wasted so bad",
    "i want to get high tonight",
    # old friends, the bar on the way
    "purane dost theke pe bula rahe hai",
    "मित्र गुत्त्यावर बोलावतात आणि मन ओढ घेतं",
    "bar samorun jatana pay thambtat",
    # asking for someone to talk to
    "कोणीतरी बोला माझ्याशी",
    "kisi se baat karni hai abhi",
    # asking for it without its name
    "i need something to calm down, you know what i mean",
    "kuch chahiye shant hone ke liye",
    "need something to take the edge off tonight",
    # near the place, or looking for it
    "sat in the wine shop parking for half an hour",
    "keep searching pubs near me on my phone",
    # "won't hurt" said with a threat's words
    "one peg wont kill me na",
    "a couple of beers won't kill me, right?",
]

NOT_CRAVING = [
    "struggling with maths homework",
    "mushkil waqt tha par nikal gaya",
    "pani ki bottle rakhi hai table pe",
    "bina daru ke party ki, maza aaya",
    "passed the wine shop and kept walking 💪",
    "theke ke saamne se nikla, ruka nahi",
    "i dont want to get drunk ever again",
    "nahi pee lunga ab kabhi",
    "chai pi lunga baad me",
]


@pytest.mark.parametrize("text", CRAVING_SIDEWAYS)
def test_a_craving_said_sideways_reaches_someone(text):
    detection = detect(text)
    assert detection.urgent or detection.crisis, _explain(text)


@pytest.mark.parametrize("text", NOT_CRAVING)
def test_a_task_a_victory_or_a_tea_is_not_a_craving(text):
    detection = detect(text)
    assert not detection.urgent and not detection.crisis, _explain(text)


# --- a slip told by its measure, by "it is going on", by raising it again -------------------

SLIP_BY_MEASURE = [
    "3 cans of tuborg last night, not proud",
    "a couple of pints of kingfisher after work yesterday",
    "couple of breezers at the party, they're basically juice i told myself",
    "4 tins of haywards and half a quarter of old monk",
    "had a few cans of bira with the team",
    "ek hafte se roz tharra chal raha hai, ghar pe kisi ko nahi pata",
    "आजकल रोज़ ठर्रा चल रहा है",
    "kal fir se chadha li yaar, bahut zyada",
    "परसों फिर से चढ़ा ली",
    "gaavat jatra hoti, mitrane afu dila aani mi ghetla",
    "जत्रेत अफू घेतला रात्री",
    "santra ghetli kal sandhyakali, sorry sir",
    "काल रात्री संत्रा मारली",
    "took 6 alprazolam to sleep, way more than the doctor said, not as prescribed",
    "been taking clonazepam without prescription for the buzz",
]


@pytest.mark.parametrize("text", SLIP_BY_MEASURE)
def test_a_slip_told_by_its_measure_or_its_routine_is_a_relapse(text):
    assert Category.RELAPSE in detect(text).categories or detect(text).crisis, _explain(text)


# --- sobriety news, others drinking, photographs, laundry and jokes stay quiet ---------------

EVERYDAY_NOT_DANGER = [
    "सब लोग पी रहे थे पार्टी में, मैंने नहीं पी",
    "shaadi mein sab pi rahe the, maine sirf cold drink li",
    "they were drinking all night at the reunion, i had lime soda",
    "ab roz yoga karta hoon, daru poori tarah chhoot gayi",
    "अब मैं रोज़ दौड़ता हूँ, शराब पूरी तरह छूट गई",
    "uncle ne kaha ek peg se kya hoga, maine mana kar diya",
    "mitra mhanla ek peg ne kahi hot nahi, mi nako mhanlo",
    "the photographer got some killer shots at the engagement",
    "clicked so many shots at the beach today, great pics",
    "hung the bedsheets on the terrace to dry",
    "she hung her clothes on our balcony railing again",
    "ye project manager jaan le lega meri, roz late tak kaam",
    "i'll kill my sister if she finishes my chocolate again lol",
    "my father has been prescribed sleeping pills, one at night; is it ok to keep the strip in the house?",
    "dad takes blood pressure pills every morning",
    "dada la doctor ni zopechya golya dilya, ek ratri",
]


@pytest.mark.parametrize("text", EVERYDAY_NOT_DANGER)
def test_sobriety_others_photographs_laundry_and_jokes_are_not_a_crisis(text):
    assert not detect(text).crisis, _explain(text)


# Marathi "ten" (दहा) folds to the skeleton of "dad": it is read only before what it counts.
@pytest.mark.parametrize("text", ["मी दहा गोळ्या घेतल्या", "daha golya ghetlya ekdam", "took 10 sleeping pills"])
def test_ten_pills_taken_is_still_an_overdose(text):
    assert Category.OVERDOSE in detect(text).categories, _explain(text)


# --- craving: a trigger and a mind already planning, a bottle in sight, the den -------------

CRAVING_BY_CLASS = [
    "salary comes in on friday and i know what my brain is planning",
    "bonus credited today, my mind is plotting the theka",
    "my flatmate left a bottle of whisky on the table and i keep staring at it",
    "fridge me beer padi hai, nazar hat nahi rahi",
    "पुन्हा त्या अड्ड्यावर जायचा विचार येतोय",
    "phir se adde pe jaane ka man ho raha hai",
]


@pytest.mark.parametrize("text", CRAVING_BY_CLASS)
def test_a_trigger_with_a_planning_mind_or_a_bottle_in_sight_is_a_craving(text):
    detection = detect(text)
    assert detection.urgent or detection.crisis, _explain(text)



# --- admitted sideways: the day, a dialect's perfect, an amount made small, a restart -------

ADMITTED_SIDEWAYS = [
    # a weekday is the time of a use
    "shot up on monday night",
    "daaru shanivar ko",
    "ganja somvari, ekdach",
    # Punjabi perfectives
    "smack le leyi si ik vaari",
    "aaj dopahar ko thoda maal laa leya",
    # an amount made small is an amount taken
    "ik peg hi to si",
    "fakt ek quarter hoti",
    "vodka hi thi sirf",
    "sirf 2 beer yaar, bas itna hi",
    # a restart told with the habit left unnamed
    "phir se shuru ho gaya sir, 5 din ho gaye",
    "started again. third day today",
    "पुन्हा सुरू झालं, कोणाला सांगू नका",
    "solution parat suru zala",
    # a medicine taken without its doctor
    "dard ki goli bina doctor ke roz 6 le raha hu",
    "painkillers le raha hu bina parchi ke",
    "झोपेच्या गोळ्या डॉक्टरांशिवाय घेतोय रोज",
    # a restraint that failed
    "the quarter was in my bag and i couldn't stop myself",
    "the bottle was right there and i couldnt stop myself",
    "बाटली समोर होती, स्वतःला थांबवू शकलो नाही",
    # a vessel of a drink named only in company; a hiding place that is not a cup
    "had two glasses of desi at the dhaba",
    "hafte bhar se charas chal rahi hai chhupa ke",
    # a local drink in a dialect's perfect; an SMS past
    "काल रात्री माडी पिलंय",
    "kl raat madi pilay",
    "usd again last nite",
    "usd yday",
]


@pytest.mark.parametrize("text", ADMITTED_SIDEWAYS)
def test_a_use_admitted_sideways_is_using_again(text):
    assert detect(text).relapse and detect(text).crisis, _explain(text)


POISON_IN_OWN_WORDS = [
    # a farm or household poison by its field name, drunk in the dialect's words
    "tanashak pilay mi, pot dukhtay",
    "तणनाशक पिलो, आता काही नको",
    "पेस्टीसाइड पेलो शेतावर",
    # the poison set before the writer, the mind made up
    "the rat poison packet is right beside me. decided tonight",
    "mere saamne sulphas ki poori packet padi hai",
    "मेरे सामने ज़हर की पूरी बोतल है",
]


@pytest.mark.parametrize("text", POISON_IN_OWN_WORDS)
def test_a_poison_named_in_the_fields_words_or_set_before_me_is_an_overdose(text):
    assert Category.OVERDOSE in detect(text).categories, _explain(text)


SOBER_TOLD_SIDEWAYS = [
    # a habit in the past, to the end of its clause
    "I used to waste every sunday because of the drinking, now we go to the park",
    "I used to spend every sunday at the bar drinking, now I play cricket",
    "I used to hate mornings because of the hangovers from drinking, not anymore",
    # the shop named after its drink is a place passed
    "walked past the beer shop on sunday, didnt even look",
    "crossed the wine shop tonight and went straight home",
    "sunday ko daaru ki dukaan ke saamne se nikla, seedha ghar",
    # a denial that is a whole sentence
    "everybody expected me to drink at the wedding. I did not.",
    "they all said I'd start using again after the breakup. I did not.",
    "my friends thought I would relapse on my birthday. I didn't.",
    "sab bol rahe the ki main phir se pi lunga. nahi pi.",
]


@pytest.mark.parametrize("text", SOBER_TOLD_SIDEWAYS)
def test_sobriety_told_sideways_is_not_a_relapse(text):
    assert not detect(text).crisis, _explain(text)


# --- craving told by the pull of the old life, the thing remembered, a mind that won't settle

CRAVING_TOLD_SIDEWAYS = [
    # the old company or den and a restless mind, in this sentence or the next
    "juna mitra bhetla bajarat, tevhapasun chalbichal",
    "purana yaar mila market me, ab bechaini",
    # the thing itself, or its high, remembered or missed
    "the old spot keeps coming back, missing it",
    "गांजा आठवतोय सारखा",
    "missing the buzz tonight, bad",
    # the fix, the wanting, the itching hands with money in them
    "aching for a fix since morning",
    "the wanting is loud today",
    "bonus mila aur haath khujli ho rahi hai",
    # a mind that won't settle, and a plea for someone to talk to
    "man lagat nahiye, koni bolal ka majhyashi",
]


@pytest.mark.parametrize("text", CRAVING_TOLD_SIDEWAYS)
def test_a_craving_told_sideways_is_urgent(text):
    detection = detect(text)
    assert detection.urgent or detection.crisis, _explain(text)


USE_TOLD_BY_COMPANY_OR_HEAP = [
    # sat down with friends and the drink
    "dosto ke saath baith gaya raat ko, desi thi",
    "mitransobat baslo hoto, hatbhatti hoti",
    "sat down with the boys at the theka till midnight",
]


@pytest.mark.parametrize("text", USE_TOLD_BY_COMPANY_OR_HEAP)
def test_sitting_down_to_the_drink_is_using_again(text):
    assert detect(text).relapse, _explain(text)


@pytest.mark.parametrize("text", [
    "पूरी पुड़िया एक साथ ले लूंगा",
    "poori pudiya ek saath maar lunga",
    "sagla maal ekach veli odhnar",
    "gonna do the whole bag of powder at once",
])
def test_all_of_it_at_once_is_an_overdose(text):
    assert Category.OVERDOSE in detect(text).categories, _explain(text)


@pytest.mark.parametrize("text", [
    "Last year I was too drunk to remember his birthday. This year I baked the cake.",
    "pichle saal diwali pe itna tight tha ki kuch yaad nahi, is baar family ke saath puja ki",
    "गेल्या वर्षी लग्नात मी टल्ली होतो, यंदा सगळं आठवतंय",
    "saw a beer ad on TV during the match",
    "missed the bus today, reached late",
])
def test_a_state_a_year_gone_or_a_tv_is_not_a_relapse_or_craving(text):
    detection = detect(text)
    assert not detection.crisis and not detection.urgent, _explain(text)


# --- sobriety told with someone else's use, a refusal a sentence later, an untouched bottle --

SOBER_AROUND_OTHERS = [
    # the others used, the writer walked away
    "my friends were smoking up, I left early",
    "all my friends were smoking up, I went home",
    # the offer, then the refusal opening the next sentence (a soft drink after it is fine)
    "mausi ke ghar daaru chal rahi thi aur mama ne glass pakda diya. maine mana kar diya aur nimbu pani piya",
    "shaadi me daaru chal rahi thi aur jiju ne glass thama diya. maine haath jod ke mana kiya",
    "party me sharab chal rahi thi, dost ne glass pakda diya. maine mana kar diya aur juice piya",
    # what was not touched is neither a use nor a medicine at hand
    "a heap of paperwork this week. havent touched the pills or the bottle since march",
    "Dear sir, a long year. haven't touched the tablets or the bottle since I left",
]


@pytest.mark.parametrize("text", SOBER_AROUND_OTHERS)
def test_sobriety_around_others_and_untouched_is_not_a_crisis(text):
    assert not detect(text).crisis, _explain(text)


@pytest.mark.parametrize("text", [
    "my friends were smoking up and I joined them",
    "the boys were getting high and so was I, then I left",
    "daaru chal rahi thi aur mama ne glass pakda diya. maine mana kiya par phir 2 peg pi liye",
    "havent touched my BP pills for 3 days, took all 20 of the sleeping ones instead",
])
def test_a_refusal_that_gave_way_or_a_heap_taken_still_alerts(text):
    assert detect(text).crisis, _explain(text)


# --- the send-off party, a glass handed over, a hand that did not touch it ------------------

@pytest.mark.parametrize("text", [
    # a farewell that is a party, an occasion where drink is offered
    "colleagues pushed whisky on me at the farewell, stuck to soda",
    "office ki farewell me sabne pee, maine nahi",
    "there was a farewell with an open bar last friday and I drove everyone home sober",
    # a glass handed over or filled is a vessel, not a blade
    "tauji ne khud glass pakda diya, maine mana kar diya aur lassi pi",
    "ek glass rum offer kiya dost ne, nahi li",
    # the hand that did not touch the drink is no wound
    "मुद्दाम सांगतो, सहा महिने झाले, दारूला हात लावला नाही",
    "muddam sangto, char mahine zale, darula haat lavla nahi",
])
def test_a_party_a_glass_handed_or_an_untouched_drink_is_not_a_crisis(text):
    assert not detect(text).crisis, _explain(text)


@pytest.mark.parametrize("text", [
    "this is my farewell. sorry for everything",
    "writing my farewell letter tonight",
    "broke the glass and cut myself with it",
])
def test_a_goodbye_and_a_broken_glass_still_alert(text):
    assert detect(text).crisis, _explain(text)
