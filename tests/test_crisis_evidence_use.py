"""Using again and craving said the way people say them, with the words far apart, in a verb
no list had, with a case ending glued on or with no substance named at all; and the
look-alikes that must stay quiet: sobriety, a refusal, someone else drinking, medicine as
prescribed, a shop or an advert. Development examples for the evidence read across a whole
message (alumni.domain.crisis.evidence_use); the labelled sets are measured by the bench."""
import pytest

from alumni.domain.crisis import Category, detect

RE, CR = Category.RELAPSE, Category.CRAVING


def _categories(text: str) -> set[Category]:
    return {f.category for f in detect(text).findings}


# --- relapse: a substance by any name and any verb of taking it, any distance apart ----

@pytest.mark.parametrize("text", [
    # English: verbs no list had, the words far apart
    "shared a joint with my cousin behind the temple",
    "had a couple of cold ones with the guys after the match",
    "finished a whole quarter of rum by myself last night",
    "been vaping weed pens all week, sorry",
    "vaped a thc pen at my friend's place on sunday",
    "chewed some poppy husk like the old days",
    "ate a bhang laddoo at the mela and felt it for hours",
    "scored some md from the old guy near the station",
    "popped 3 alprax after the fight with my wife",
    "took some tramadol for fun, not for any pain",
    "popped a few nitrazepam tablets to sleep, they were not prescribed",
    "got codeine syrup from the chemist and drank the whole thing in one go",
    "tried some of the brownies at the party and they had weed in them",
    "opened the bottle of Black Dog my boss gifted and it is half gone now",
    "my sponsor does not know yet but i snorted a line of coke at the club",
    "had a few shots of vodka at the reunion with college friends",
    "smoked charas in the hostel every night this week",
    "downed half a bottle of old monk all alone in my room",
    "bought a pauwa from the theka and finished it in the rickshaw",
    "took a few hits of the hash pipe on the trek",
    "sipped some of my uncle's whisky at the family dinner",
    "had some toddy at the beach shack, two glasses",
    "split a bottle of wine with an old friend from school",
    "snorted some mephedrone at the afterparty",
    "smoked some stuff at the concert, my head is still spinning",
    "had 2 pegs of royal stag at dinner with my brother in law",
    # Hindi, Latin
    "kal dost ke ghar pe do beer pee li",
    "ganja ki chillum maar li raat ko",
    "mele me bhang ka gola kha liya",
    "corex ki bottle khatam kar di kal",
    "medical store se alprax le aaya aur 4 kha li",
    "thoda sa charas phoonka dost ke saath terrace pe",
    "shaadi me chupke se whisky chakh li",
    "pichle hafte se MD le raha hu",
    "afeem kha li thodi si dadaji wali",
    # Hindi, Devanagari
    "कल रात दोस्तों के साथ बियर पी ली",
    "मेले में भांग का गोला खा लिया",
    "कोरेक्स की पूरी बोतल गटक ली",
    "चरस का सुट्टा मार लिया कल",
    "ठेके से पव्वा लिया और पी गया",
    # Marathi, Latin
    "kal mitransobat beer ghetli, chuklo",
    "gavthi daruchi batli sampavli kal",
    "lagnat thodi whisky pyalo",
    "ratri ganja odhla terrace var",
    "gavthi gheun basloy aata gharat",
    # Marathi, Devanagari: the case ending glued on
    "काल रात्री मित्रांसोबत बियर घेतली",
    "गावठीची बाटली संपवली",
    "हातभट्टीचा ग्लास घेतला काल",
    "गांजाची चिलम ओढली परत",
    "दारूच्या दोन बाटल्या घेतल्या आणि प्यायलो",
    # mixed scripts
    "kal party में vodka पी ली",
    "roj रात्री weed ओढतोय",
    "बारमध्ये beer घेतली यार",
    # an amount with a time, no verb
    "old monk, 2 quarters, saturday night",
    "daru ki 2 bottle kal raat, akele",
    "हातभट्टी, दोन ग्लास, काल",
    # the bar as a routine, no substance named
    "going to the bar every evening again after work",
    "roz theke pe jata hu aajkal",
    "parat roj sandhyakali bar madhe jato",
    # pills for the high
    "sleeping pills khane laga hu nashe ke liye",
    "parat golya khayla suru kelya nashyasathi",
])
def test_a_use_told_in_any_words_is_a_relapse(text):
    assert detect(text).crisis, detect(text).explain()
    assert RE in _categories(text), detect(text).explain()


@pytest.mark.parametrize("text,substance", [
    ("shared a joint with my cousin behind the temple", "cannabis"),
    ("popped 3 alprax after the fight with my wife", "pills"),
    ("काल रात्री मित्रांसोबत बियर घेतली", "alcohol"),
])
def test_the_relapse_names_the_substance(text, substance):
    assert detect(text).relapse.substance == substance


def test_the_finding_lists_the_words_that_matched():
    relapse = detect("scored some md from the old guy near the station").relapse
    assert "scored" in relapse.words and "md" in relapse.words


# --- craving: a trigger and its fear, the body asking, one unit wanted -----------------

@pytest.mark.parametrize("text", [
    "goa trip next week with the old gang, honestly scared",
    "office party tonight. i am scared i will give in",
    "friends are calling me to the farmhouse and i really want to go",
    "payday on friday. always a dangerous day for me",
    "wedding this weekend with an open bar. nervous",
    "my body is asking for a drink since the morning",
    "every night at 10 my body begs for a smoke",
    "bas ek peg chahiye yaar",
    "ek sutta chahiye bas, ek",
    "dost bula rahe hai party me, jaane ka mann hai",
    "shaadi hai kal, darr lag raha hai",
    "salary aayi aaj, dar lag raha hai khud se",
    "पगार झाला आज, भीती वाटतेय",
    "मित्र पार्टीला बोलावतायत, जावंसं वाटतंय",
    "ek kash pahije fakt",
    "holi aa rahi hai, dar lag raha hai",
    "दोस्त पार्टी में बुला रहे हैं, जाने का मन है",
    "शादी में जाना है, डर लग रहा है",
])
def test_a_trigger_with_fear_or_the_body_asking_is_a_craving(text):
    detection = detect(text)
    assert detection.urgent or detection.crisis, detection.explain()


# --- hard negatives: sobriety, refusals, others, medicine, shops -----------------------

@pytest.mark.parametrize("text", [
    # sobriety and refusals
    "6 months no weed, feeling great",
    "went to the bar for a birthday and had only juice",
    "dost ne beer offer ki, maine mana kar diya",
    "mitransobat gelo pan daru nahi ghetli",
    "ganja sodun 100 divas zale",
    "दारू को हाथ भी नहीं लगाया तीन महीने से",
    "पार्टीत सगळे पीत होते, मी फक्त लिंबू सरबत घेतलं",
    "not a single drink since diwali",
    "passed the theka and kept walking, proud of myself",
    "Holi pe bhang nahi li is baar",
    "I used to smoke weed daily in college, not anymore",
    "ek saal se ek boond nahi li",
    "haven't touched alprax in 4 months",
    "होळीला सगळे भांग घेत होते, मी फक्त थंडाई प्यायलो",
    "ditched the charas, 3 weeks now",
    "दारू सुटली, आता सहा महिने झाले",
    "mitra bolavtat pan mi jat nahi aata",
    # someone else's use
    "my neighbour drinks beer every evening on his balcony",
    "sagle mitra hatbhatti gheun basle, mi ghari aalo",
    # medicine as prescribed, a dose as told
    "doctor gave me alprax for anxiety, taking one at night as prescribed",
    "taking tramadol as prescribed after the knee surgery",
    "took my bp tablets and went for a walk",
    "doctor ne di hui neend ki goli roz ek leta hu",
    # a shop, an advert, a farm, the police
    "the new beer shop near our house has a long queue",
    "saw a whisky ad on tv and changed the channel",
    "police raided the ganja field near our village",
    "papa ke liye chai aur biscuit le aaya",
    "drinking lots of water and coconut water these days",
    "mi roj sandhyakali mandirat jato",
    # everyday words that share a skeleton with a drink or a verb
    "aai la kalla tar mi ghari aalo",
    "kay khaycha aaj ratri?",
    "ganja ki kheti wala gaon hai hamara, police aati rehti hai",
    "limbu sarbat ghetla garmi mule",
    "my cousin opened a wine shop in the market",
    "the hoarding of old monk near the signal is huge",
    "सहा महिने झाले, गांजाला हात लावला नाही",
])
def test_sobriety_others_medicine_and_shops_are_not_a_relapse(text):
    assert not detect(text).crisis, detect(text).explain()


@pytest.mark.parametrize("text", [
    "wedding next month, busy with the shopping",
    "payday today, paid the rent and the school fees",
    "trip to goa with the family was lovely",
    "not scared of parties anymore, one year sober",
    "पगार झाला, आईला साडी घेतली",
    "party thi office me, maine sirf juice piya",
    "went to my friends birthday party, had cake and came home",
])
def test_a_trigger_alone_or_faced_is_not_a_craving(text):
    detection = detect(text)
    assert not detection.crisis and not detection.urgent, detection.explain()


# --- craving: the pull named, the mind going back, a bottle calling, a smell, an offer --

@pytest.mark.parametrize("text", [
    # the pull named, with what it pulls to or a "so far"
    "the itch is back and its only tuesday",
    "i can almost taste it every time i pass the corner",
    "kal raat se bahut mann ho raha hai peene ka",
    "abhi tak kuch nahi kiya lekin mann bahut kar raha hai",
    "दारूची खूप ओढ लागली आहे आज",
    "ajun ghetli nahi pan khup tadaf hotey sandhyakali",
    "पीने को दिल डोल रहा है, शाम से",
    "mann dol raha hai, theke ke saamne se guzra",
    # the mind going back to it, insistently
    "first thought when i woke up was a drink",
    "salary aayi aur pehla khayal theke ka aaya... no, first thought was the theka honestly",
    "din raat sirf daru ka vichar aata hai",
    "satat ganjyacha vichar yetoy doktyat",
    # it calling me
    "there is a bottle of rum in the kitchen and it keeps calling me",
    "cupboard me whisky padi hai, calling my name",
    # its smell, and how that felt
    "neighbour cha daru cha vaas aala ani jeev kasavis zala",
    "smelled beer at the bus stand and it was really hard",
    # an offer turned down so far
    "old friend called offering maal, said no so far",
    "dealer ka msg aaya, abhi tak reply nahi kiya",
    # a trigger with a fear or wavering
    "mitra party la bolavtayt, mann ghabrat ahe",
    "got paid today and i am scared of what i might do",
])
def test_the_pull_the_mind_and_the_offer_are_a_craving(text):
    detection = detect(text)
    assert CR in _categories(text) or detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "no cravings today, the itch is gone",
    "bahut mann hai goa ghumne ka is baar",
    "khup mann ahe navin ghar baghaycha",
    "first thought this morning was my daughter's exam",
    "satat kamacha vichar yetoy, boss ne khup kaam dila",
    "the kitchen smells of biryani and it was hard to wait",
    "abhi tak 7 mahine ho gaye, bahut accha lag raha hai",
    "friend called about the cricket match, said no so far",
    "pehle dar laga ki kya hoga, lekin party me sirf soda piya aur ghar aa gaya",
    "roj meeting la jato, bara vatatay ata",
])
def test_a_pull_to_something_else_or_a_fear_got_past_is_not_a_craving(text):
    detection = detect(text)
    assert not detection.crisis and not detection.urgent, detection.explain()


# --- sobriety: a past habit set against now, others' drinking while I had a soft drink --

@pytest.mark.parametrize("text", [
    "अब शाम को पार्क जाता हूँ, पहले बार जाता था, चार महीने हो गए",
    "pehle roz theke pe jata tha, ab mandir jata hoon",
    "आधी रोज दारूच्या दुकानात जायचो, आता नाही, तीन महिने झाले",
    "dost ne bottle kholi thi, maine pepsi pi aur jaldi nikal gaya",
    "bhai ne beer mangwayi, mujhe nahi chahiye tha, maine nimbu pani liya",
    "everyone ordered cocktails, i had a mocktail and then that was it, drank that all evening",
    "drank a coke with my samosa at the canteen",
])
def test_a_past_habit_or_others_drinking_beside_my_soft_drink_is_not_a_relapse(text):
    assert not detect(text).crisis, detect(text).explain()


@pytest.mark.parametrize("text", [
    "pehle roz peeta tha, ab phir se shuru ho gaya",
    "dost ne bottle kholi aur maine bhi 3 peg pi liye",
    "did a line of coke at the party",
])
def test_a_habit_that_came_back_or_my_own_drink_is_still_a_relapse(text):
    assert RE in _categories(text), detect(text).explain()


# --- using again with nothing but the verb: chasing, "me too", could not stop ----------

@pytest.mark.parametrize("text", [
    # chasing the dragon: heroin off foil, told as a bare verb
    "chased again last night. please dont be angry",
    "i was chasing the dragon again in the stairwell",
    "chased it again after work, feel like trash",
    "chasing on foil again with the old crowd",
    # took some, then could not stop
    "मी थोडी घेतली आणि मग थांबलो नाही",
    "party madhe thodi ghetli, nantar thambalo nahi",
    "bas ek pi li thi, phir ruka hi nahi",
    "had one drink at the office party and didnt stop till 2am",
    "took a little, then i couldn't stop",
    # the others drank, and the writer too
    "sagle pit hote mhanun mi pan ghetli",
    "sab pi rahe the, maine bhi pi li",
    "everybody was drinking at the reunion and i also drank",
    "साखरपुड्यात सगळे पीत होते, मी पण घेतली",
    # brands counted in the plural
    "had four royal stags at the dhaba",
    "we finished two old monks between the three of us and i had most of it",
    "drank 5 budweisers watching the match",
])
def test_a_bare_verb_of_taking_with_chasing_too_or_no_stopping_is_a_relapse(text):
    assert RE in _categories(text), detect(text).explain()


@pytest.mark.parametrize("text", [
    "the dog chased the cat around the building",
    "sagle pit hote pan mi nahi ghetli",
    "sab pi rahe the, maine bhi mana kar diya",
    "i ate so much biryani i couldnt stop",
    "kept talking and didnt stop till midnight",
    "एक वर्ष पूर्ण झालं दारू न पिता",
    "सहा महिने झाले नशा न करता",
    "do saal ho gaye bina piye",
    "teen mahine bina kuch liye nikal gaye, proud",
    "chaar hafte ho gaye gutkha na khata",
    "ab sutta bhi chhod diya, 3 hafte",
    "sutta bhi band, daaru bhi band",
])
def test_refusals_without_using_and_other_stops_are_not_a_relapse(text):
    detection = detect(text)
    assert not detection.crisis and not detection.urgent, detection.explain()


# --- craving: an offer wanted, an act wanted badly ------------------------------------

@pytest.mark.parametrize("text", [
    "a guy at work offered me a drag and i wanted it so much",
    "my cousin offered me a beer at the wedding and i really wanted it",
    "someone offered me a joint yesterday and i still want it",
    "kisi ne sutta offer kiya aur mujhe bahut mann tha",
    "ngl i need to get high so bad rn",
    "i wanna drink so bad tonight",
    "want to smoke so badly, cant focus on anything",
    "i really wanna get wasted so bad after this week",
])
def test_an_offer_wanted_or_the_act_wanted_badly_is_a_craving(text):
    detection = detect(text)
    assert detection.crisis or detection.urgent, detection.explain()


@pytest.mark.parametrize("text", [
    "my friend offered me a beer and i said no, had juice instead",
    "someone offered me a smoke but i didnt want it",
    "i wanna smoke less, the doctor said my lungs are weak",
    "he wants to smoke so bad, i told him to go outside",
])
def test_an_offer_turned_down_or_a_thirst_is_not_a_craving(text):
    detection = detect(text)
    assert not detection.crisis and not detection.urgent, detection.explain()


# --- look-alikes: a story, a secret found out, an errand, a count that is a word --------

@pytest.mark.parametrize("text", [
    # a film, a series or the news tells of it
    "we saw a movie about a man who killed himself, it was heavy but im fine",
    "read an article about a girl who hanged herself in kota, so sad",
    "the news about the overdose deaths in the city scared me, glad im clean",
    "watched a documentary on people who jumped off that bridge",
    "web series mein ek ladka khudkushi kar leta hai, dekh ke bura laga",
    # if they find out they'll "kill" me
    "agar papa ko pata chala to mujhe maar dalenge",
    "mummy ko pata chala toh mujhe maar daalegi, maine uska phone toda",
    "बाबांना कळलं तर मला मारून टाकतील, गाडी ठोकली",
    "if my wife finds out about the new phone she will kill me",
    # an errand for someone else's medicine
    "nani ki neend ki goli lene chemist gaya tha, mil gayi",
    "went to buy my father's sleeping pills at the pharmacy, they were out of stock",
    "picked up my wife's sleeping pills from the chemist today",
    "आजोबांच्या झोपेच्या गोळ्या आणायला मेडिकलला गेलो",
    # a morning, not a count
    "took my thyroid tablets this morning, the doctor wants a test next week",
    # "pata": knowing, not a strip of tablets
    "papa ko pata chala to bahut daantenge, result kharab aaya",
    "gaon me sab ko pata chal gaya ki maine daru chhod di",
    "mujhe sab pata hai, tension mat lo",
    "सबको पता है कि मैं अब नहीं पीता",
    # high marks are a score
    "wanna get high marks this time, studying so hard",
    # someone else's threat, told with a laugh and an all-clear
    "haha my aunt kept saying she'll kill him for breaking the vase. all good now",
])
def test_a_story_a_secret_found_out_an_errand_or_a_joke_is_not_a_crisis(text):
    assert not detect(text).crisis, detect(text).explain()


@pytest.mark.parametrize("text", [
    "watched a film about a guy who killed himself and i want to do the same",
    "agar papa ko pata chala to main khud ko maar dalunga",
    "bought my moms sleeping pills at the chemist and im going to take all of them",
    "lol he kept saying he will kill her with a knife, all good he says, im scared",
    "took 30 tablets this morning",
    "poora patta kha liya neend ki goli ka",
    "pata nahi kya karu, poora patta kha lunga aaj",
])
def test_a_story_or_errand_with_the_writers_own_intent_still_alerts(text):
    assert detect(text).crisis, detect(text).explain()


# --- back to it with nothing named ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "slid back into it over the long weekend",
    "back into old habits since the promotion party",
    "picked it up again after 8 months, i feel sick about it",
    "i did it again. i am so sorry",
    "purani aadat laut aayi hai, kal raat se",
    "उसी रास्ते पर फिर चला गया",
    "परत तेच सुरू झालं, काल रात्री",
    "juni savay parat aali, mitranbarobar",
    "lit one up at the bus stop, first in a year",
])
def test_back_to_it_with_nothing_named_is_a_relapse(text):
    assert RE in _categories(text), detect(text).explain()


@pytest.mark.parametrize("text", [
    "purani aadat chhod di, 6 mahine ho gaye",
    "meri purani aadat thi subah jaldi uthna",
    "never went back to it, 1 year today",
    "i rolled one ankle on the trek lol",
    "I lit one candle for papa at the temple",
    "juni savay sodli, aata vyayam karto",
])
def test_old_habits_left_or_harmless_are_not_a_relapse(text):
    assert not detect(text).crisis, detect(text).explain()


@pytest.mark.parametrize("text", [
    "need a fix for my bike, the chain is broken",
    "tried weed once in college, 15 years ago",
    "das saal pehle charas piya tha, ab kuch nahi",
    "mala ata daru chi athvan pan yet nahi",
    "ab to daru ki yaad bhi nahi aati",
])
def test_a_repair_a_story_from_long_ago_or_a_pull_gone_is_not_an_alert(text):
    detection = detect(text)
    assert not detection.crisis and not detection.urgent, detection.explain()


@pytest.mark.parametrize("text", [
    "need a fix so bad, my hands are shaking",
    "college mein peeta tha, kal phir se pi li",
    "10 saal pehle chhodi thi, kal raat phir se pi",
    "tried weed yesterday, first time in 2 years",
])
def test_long_ago_with_again_or_a_fix_for_the_body_still_alerts(text):
    detection = detect(text)
    assert detection.crisis or detection.urgent, detection.explain()
