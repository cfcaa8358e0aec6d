"""Suicide and self-harm said the many ways people say them, in English, Hindi and Marathi,
Latin and Devanagari: euphemisms, goodbye notes, the means and the place, cutting, burning
and hitting oneself. And the everyday sentences that share those words (a haircut, a fan
that needs repair, a cut while cooking, leaving a job for good) that must not alert.
Development examples written for the lexicon, not taken from the labelled sets."""
import pytest

from alumni.domain.crisis import Category, detect

S, SH = Category.SUICIDE, Category.SELF_HARM


def _categories(text: str) -> set[Category]:
    return set(detect(text).categories)


# --- wanting to die, by euphemism ----------------------------------------------------

@pytest.mark.parametrize("text", [
    # English
    "been thinking about unaliving tbh",
    "i just wanna off myself",
    "gonna do myself in this weekend",
    "i have given up on life",
    "life isnt worth it anymore",
    "honestly no one would miss me",
    "nobody will miss me when im gone",
    "i wish i was never born",
    "wish i had never been born",
    "i want to be gone",
    "i hope i dont wake up tomorrow",
    "want to go to sleep forever",
    "sick and tired of breathing",
    "so tired of breathing every day",
    "want it all to stop 4ever",
    "make it stop for good",
    "im leaving for good, take care of mom",
    "i wont see the sunrise again, i wont make it to tomorrow",
    "i dont think i will see another day",
    "been searching ways to die all night",
    "looked up painless ways at 3am",
    "whats the easiest way to die",
    "not doing it tonight but i picked the date",
    "by the time you read this ill be gone",
    "dont blame anyone for this, i love you all",
    "theres no way out for me",
    "i want to disappear for good",
    "hope i die in my sleep",
    "want to stop breathing",
    # Hindi, Latin
    "duniya chhod ke jaana hai",
    "is duniya ko chod dunga",
    "zindagi ka ant karna hai",
    "khatam hona chahti hu ab",
    "jaan dedungi main",
    "jaan de dena chahta hu",
    "kaash main paida hi na hota",
    "kisi ko farak nahi padega mere jaane se",
    "kal ka suraj nahi dekhna",
    "hamesha ke liye so jaunga",
    "jeena kyu hai yaar",
    "zindagi se maut achhi",
    "marne ka tarika dhoondh raha hu",
    "saans band kar dunga apni",
    "khud ko khatam kar lunga",
    # Hindi, Devanagari
    "दुनिया छोड़ना चाहता हूं",
    "अपना अंत कर लूंगा",
    "काश मैं पैदा ही न होता",
    "कल का सूरज नहीं देखूंगी",
    "मेरे मरने के बाद रोना मत",
    "ऐसी ज़िंदगी से मौत अच्छी",
    "जान दे दूंगा आज",
    "खुद को खत्म कर दूंगी",
    "हमेशा के लिए सो जाना है",
    # Marathi, Latin
    "jeev dyavasa vatata",
    "jagaycha kashala ata",
    "jagun kay fayda",
    "ayushya samplay mazha",
    "kayamcha zopaycha aahe",
    "mi nasalo tar kunala farak padnar nahi",
    "swatahla sampavun takto",
    "ya jagatun nighun jain",
    # Marathi, Devanagari
    "जीव द्यावासा वाटतोय",
    "जगायचं कशाला आता",
    "जगून काय उपयोग",
    "कायमचं झोपायचंय",
    "उठायचंच नाही कायमचं",
    "माझ्या मरणानंतर कोणालाही जबाबदार धरू नका",
    "जन्मलोच नसतो तर बरं झालं असतं",
    "said my goodbyes, gave away my things",
    "wrote my will, sorry for everything",
    "tonight is my last night",
    "aaj raat aakhri hai meri",
    "kal subah tak nahi rahunga",
    "no reason to keep going",
    "dont want to exist anymore",
    "i'm a burden to everyone",
    "everyone is better off without me",
    "nobody would even notice if i was gone",
    "kisi kaam ka nahi hu, mar jana chahiye",
    "maza kahi upyog nahi, mela tari chalel",
    "mujhe uth jana hai is duniya se",
    "देवा मला घेऊन जा",
    "mujhe upar bula lo bhagwan",
    "duniya chhodne ka man hai",
    "is jahan se chala jaunga",
    "bhagwan mujhe maut de de",
    "maut mang raha hu",
    "मौत मांग रहा हूं",
    "mala mrutyu hava",
    "wish i could just fade away forever",
    "cant wait to be dead",
    "pankhyala dorine latakto",
    "ab nahi jiya jaata",
    "अब जिया नहीं जाता",
    "mi marto aata",
    "मला मरावंसं वाटतं",
    "i cant go on like this",
    "nobody cares if i die",
    # mixed script
    "कल रात decide किया, duniya छोड़ दूंगा",
    "mala जगायचं नाही ata",
])
def test_wanting_to_die_said_any_way_is_suicide(text):
    assert detect(text).crisis, detect(text).explain()
    assert S in _categories(text), detect(text).explain()


# --- the means and the place -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "rope is around my neck",
    "tied my dupatta to the ceiling fan",
    "chunni pankhe se baandh di hai",
    "saree ko pankhe se bandh diya",
    "ओढणी पंख्याला बांधली",
    "dori galyat ghatli aahe",
    "rassi gale mein daal li",
    "sitting on the railway tracks",
    "lying on the train tracks now",
    "patri par let gaya hu",
    "पटरी पर लेटा हूं",
    "रुळावर झोपलो आहे",
    "rulavar basloy",
    "pul se kood jaunga",
    "chhat se chhalang laga dungi",
    "पुलावरून उडी मारतो",
    "nadit udi marin",
    "विहिरीत उडी घेईन",
    "standing on the bridge looking down",
    "छत पर खड़ा हूं, नीचे देख रहा हूं",
    "gachivar ubha aahe, khali baghtoy",
    "kerosene daal ke aag laga lunga",
    "petrol dal ke khud ko jala dunga",
    "ghasleet otun petvun gheto",
    "going to set myself on fire",
    "poured kerosene on myself",
    "khud ko aag laga lungi",
    "nadi mein doob jaungi",
    "i want to drown myself",
    "samudrat budun marin",
    "gun to my head right now",
    "bandook kanpati pe rakhi hai",
    "train se kat jaunga",
])
def test_a_means_with_the_person_there_or_ready_is_suicide(text):
    assert detect(text).crisis, detect(text).explain()
    assert S in _categories(text), detect(text).explain()


# --- self-harm: cutting, burning, hitting ----------------------------------------------

@pytest.mark.parametrize("text", [
    "took a blade to my thigh",
    "carved into my arm again",
    "slit my forearm last night",
    "razor on my wrist rn",
    "scratched my arms till they bled",
    "i really want to cut so bad",
    "urge to cut is so strong tonight",
    "burned my arm with a cigarette on purpose",
    "pressed a hot spoon on my thigh",
    "banged my head against the wall till it bled",
    "kept hitting my head on the wall",
    "blade se kalai pe nishan bana diye",
    "kaanch se bazu cheer diya",
    "kaanch se haath kaat liya jaan boojh ke",
    "cigarette se haath jalaya",
    "garam chammach se apne aap ko daag diya",
    "sar deewar pe maarta rehta hu",
    "कांच से कलाई चीर दी",
    "ब्लेड से जांघ पर निशान बनाए",
    "सिगरेट से हाथ जला दिया",
    "खुद को दाग़ दिया",
    "blade ne hatavar chire marle",
    "mandivar razor ne kapla",
    "swatahla chatke dile",
    "dokyat bhintivar aaptla",
    "रेझरने हातावर चिरा मारल्या",
    "स्वतःला चटके दिले काल",
    "डोकं भिंतीवर आपटलं",
    "कात्रीने मांडीवर खुणा केल्या",
    "compass se haath pe naam likha",
    "hatavar navin jakhma aahet",
    "मांडीवर नवीन जखमा आहेत",
    "i hide my cuts with long sleeves",
    "my arms are covered in scars from cutting",
    "blade lapavun thevlay",
    "blade chupa ke rakha hai",
    "fresh cuts on my thighs",
    "sh urges are bad tonight",
    "relapsed on sh after 2 months",
    "dokyavar dagad marun ghetla",
    "patthar se apna sar phod liya",
    "pulling my hair out till it bleeds",
    "ciggy se bazu jalaya",
    "jangh pe blade chalaya",
    "chaku se kalai pe vaar kiya",
])
def test_cutting_burning_and_hitting_oneself_is_self_harm(text):
    assert detect(text).crisis, detect(text).explain()
    assert SH in _categories(text) or S in _categories(text), detect(text).explain()


# --- the everyday sentences that share the words ---------------------------------------

@pytest.mark.parametrize("text", [
    # cutting and burning by accident, or a chore
    "cut my hair short today",
    "want to cut down on sugar",
    "need to cut the vegetables for dinner",
    "sabzi kaatte hue ungli kat gayi",
    "burnt my hand on the tawa while cooking",
    "shaved my legs with a new razor",
    "holding a glass of water in my hand",
    "kaanch ki choodiyan haath mein pehni",
    "light cut ho gayi phir se",
    "bijli cut hai, pankha band hai",
    "hit my head on the cupboard door, accident",
    # fans, ropes, trains, bridges in daily life
    "fan is not working, called the electrician",
    "pankha kharab hai, mechanic ko bulaya",
    "rope for drying clothes tied to the tree",
    "the train was late, stood on the platform an hour",
    "crossing the bridge every day to work",
    "terrace pe kapde sukhane gaya tha",
    "chhat pe baitha hu, mausam accha hai",
    "petrol price is on fire these days",
    "listening to new tracks rn",
    # leaving, ending, sleeping in ordinary words
    "leaving this job for good, found a better one",
    "left pune for good, moving to nashik",
    "quit drinking for good, 90 days today",
    "daru hamesha ke liye chhod di",
    "i will never leave you",
    "neend nahi aati raat ko",
    "we picked the date for the wedding",
    "picked a date for my sister's engagement",
    "exam khatam ho gaye, ab chill",
    "paper sampla, ata ghari jato",
    "the easiest way to reach the hall?",
    "quickest way to pay the fee",
    "drowning in work this week lol",
    "gham doobane ke liye nahi piya, proud",
    "what a way to go, congrats on 1 year",
    "life is good, no complaints",
    "said no to a drink, so proud of myself",
    "taking care of myself these days",
    "jeene ka maza aa raha hai",
    "मस्त जगतोय, सगळं छान",
    "chalo bye, kal milte hai",
    "blade kharid li shaving ke liye",
    "kaanch toot gaya, saaf kiya",
    "gas pe chai banate hue haath jal gaya",
    "iron se kapde jal gaye",
    "petrol bharwaya bike mein",
    "nakhun kaat liye aaj",
    "jeev lavla kamat",
    "tyane jeev lavun kam kela",
    "my last day at the office was emotional",
    "aakhri din tha college ka",
    "kal tak report bhej dunga",
    "exam finally ended",
    "watched trains on the bridge with my son",
    "railway track ke paas ghar hai",
    "chhat pe patang uda rahe the",
    "sleep is so good these days",
    "aaj raat aakhri show hai movie ka",
    "sorry for everything yesterday, i was rude",
    "zindagi ka ant nahi, nayi shuruaat hai",
    "pray for the dead souls of the accident",
    "dori pe kapde sukhaye",
    "ped se rassi bandh ke jhula banaya",
    "the dog ran on the railway tracks",
    "kal subah tak aa jaunga",
    "love you all, see you at the meeting",
    "nobody told me about the meeting",
    "this useless bus is late again",
    "i want it to stop raining",
    "gas pe doodh jal gaya",
    "kerosene ki line mein khade the",
    "leaving for the airport, back on sunday",
    "mi gaav sodun punyala alo",
    "duniya ki sair karni hai",
    "glass broke in my hand while washing, bandage laga li",
    "leaving for good news, got the job",
    "i want to be gone by 5 from office",
    "i hope i dont wake up late tomorrow",
    "tired of breathing this polluted air in delhi",
    "kyun jeeta hai tu itna lol",
    "mi marto hasun hasun",
    "mi marto tuzyavar",
    "last night was my last night in goa",
    "hamesha ke liye sharab chhod di",
    "daru kayamchi sodli",
    "mobile chi battery sampli",
    "cricket match sampla, india jinkla",
    "bhai ki shaadi ki date fix ho gayi",
    "railway station pe khada hu, train late hai",
    "sitting by the lake, water looks calm",
    "pankhe ki speed badha do",
    "dupatta gale mein daala aur chali gayi",
    "razor blades khatam ho gaye, laane hain",
    "knife se sabzi kaati",
    "kaanch ka glass toot gaya, haath bacha",
    "cigarette chhod di, 3 mahine ho gaye",
    "iron se shirt press ki",
    "chai garam thi, jeebh jal gayi",
    "hit my head getting into the car, bump now",
    "pulling my hair out over this homework lol",
    "aag lagi thi building mein, sab safe",
    "kerosene stove pe khana banaya",
    "nadi mein nahane gaye the",
    "forever grateful for this group",
    "kal ka suraj dekhne jaenge beach pe",
    "saans lene mein dikkat, asthma",
    "maut ka kuan dekha mele mein",
    "melo hasun hasun",
    "knife chupa ke rakha hai bachchon se",
    "got new scars from the bike accident",
    "paper cuts on my fingers lol",
    "scar on my arm from the surgery",
    "haath pe naya ghaav, cycle se gira",
])
def test_everyday_sentences_with_the_same_words_do_not_alert(text):
    assert not detect(text).crisis, detect(text).explain()


# --- phone spelling -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "i wnt 2 die", "IM DONE WITH LIFE", "tired of livin", "gonna hang myslf", "cuttin agn",
    "cut my wristz", "zindgi khtm kr dunga", "pankhe se ltk jaunga", "mla jagaych nahi",
    "rulavar zopto", "kaymcha zopun javasa vatata", "सुसाइड कर लूंगा", "सुसाईड करणार",
    "रेल्वेखाली उडी घेतो", "मी मरतो आता", "blade se hath kata jaan bujh k",
])
def test_typos_and_shorthand_still_reach_a_person(text):
    assert detect(text).crisis, detect(text).explain()


# --- said sideways: no point waking, a plan made, things given away, the sea -----------

@pytest.mark.parametrize("text", [
    # the morning not worth reaching
    "i dont see the point of waking up anymore",
    "whats the point of waking up tomorrow",
    "no point getting up tmrw",
    "kal uthne ka koi matlab nahi",
    "subah uthne ka kya fayda",
    "उठून काय उपयोग",
    "sakali uthun kay upyog",
    "jagun kay upyog",
    # the where or the how known, the place chosen, only the courage missing
    "I know where I will do it",
    "i know exactly how im going to do it",
    "thought it through, i know where and when",
    "sab soch liya hai, jagah bhi dekh li",
    "jaga tharavli aahe, ata fakt divas",
    "nadi wala pul dekh liya, bas himmat chahiye",
    "just need the courage to jump from the bridge",
    "working up the courage to do it tonight",
    "pull pe khada hu, himmat jutani hai bas",
    "पुलावर उभा आहे, फक्त धाडस हवं",
    # things given away that will not be needed
    "gave my watch and laptop to my brother, wont be needing them after friday",
    "wont need my bike where im going",
    "i wont be needing any of this soon",
    "ab mujhe iski zarurat nahi padegi, phone bhai ko de diya",
    "mala yachi garaj lagnar nahi ata, sagla dila",
    # the day set
    "today is the day, goodbye",
    "aaj wahi raat hai, bas ho gaya",
    "im done. 2nite is the nite",
    # the family paid once the writer is gone
    "checked my insurance, family gets the money even if i die",
    "policy ke paise ghar walon ko milenge mere baad",
    "vima aahe, maze nantar gharchyanna paise miltil",
    # walking into water
    "going to walk into the sea tonight",
    "will walk into the river and not come back",
    "samundar mein chala jaunga aaj raat",
    "samudrat chalat jain ata",
    # everything over, and goodbye
    "sagla sampla, alvida",
    "सब खत्म हो गया, अलविदा",
    "everything is over, thank you for everything, bye",
    # lying down on the line, a note left, not living on
    "keep thinking of lying on the tracks when the train comes",
    "lie down on the track tonight",
    "he left a note saying sorry to everyone",
    "मी आता जगणार नाही",
    "ab main nahi jiunga",
    "ata mi jagnar nahi",
    "मैं अब और नहीं जियूंगा",
    # letters spaced out
    "k i l l m y s e l f",
    "i want to K I L L  M Y S E L F",
])
def test_a_plan_a_farewell_or_no_point_in_waking_is_suicide(text):
    assert detect(text).crisis, detect(text).explain()
    assert S in _categories(text), detect(text).explain()


@pytest.mark.parametrize("text", [
    "locked myself in the bathroom with a blade",
    "my son locked himself in his room, there are blades on the floor",
    "रोज़ रात को नाखून से हाथ खरोंचती हूँ, खून आने तक",
    "nakhun se bazu kharonch liya, khoon nikal aaya",
    "scratching my arms open again",
    "swatahla pattyane fatke marle",
    "khud ko belt se maara aaj",
    "whipped myself with a cable last night",
])
def test_locked_in_with_a_blade_scratching_and_lashing_oneself_is_self_harm(text):
    assert detect(text).crisis, detect(text).explain()
    assert SH in _categories(text) or S in _categories(text), detect(text).explain()


@pytest.mark.parametrize("text", [
    # a thing called death or suicide
    "driving in this rain is suicide lol",
    "crossing that road at rush hour is pure suicide",
    "इस गर्मी में बाहर जाना मतलब मौत है",
    "सकाळी थंड पाण्याने अंघोळ म्हणजे मरण",
    "exam ke pehle raat jaagna matlab maut",
    # a film or the news tells of someone else
    "read a news story of a woman who jumped into the river",
    "film mein hero pul se kood gaya, bahut sad tha",
    "saw a video of a man on the railway tracks, scary",
    # skipping rope, a view from the balcony
    "roz dorivar udya marte",
    "rassi koodna shuru kiya gym mein",
    "standing on the balcony looking down at the rain",
    "terrace pe khada hu, neeche baarish dekh raha",
    # goodbyes to an event or a trip
    "goodbye party for my colleague",
    "said goodbye to grandma at the station",
    "tonight is the night of the big match",
    "paper sampla sagla, bye sir, ghari jato",
    "picked the place for dinner, just need the date",
    # the same words in everyday plans
    "i know where the bridge is, will meet you there",
    "gave my old phone to my cousin, wont need it since i got a new one",
    "today is the day i start my new job",
    "walked into the sea for a swim at juhu",
    "nadi mein nahane utre",
    "need courage to tell my boss i quit",
    "left a note for the milkman",
    "checked my insurance policy, renewed it today",
    "locked myself out, keys inside",
    "belt se pant tight ki",
    # known everyday sentences
    "power cut again",
    "bought a new ceiling fan",
    "i could sleep forever on sundays lol",
    "cant sleep, need to wake up early",
    "whats the point of waking up early on a holiday lol",
    "need to upskill myself this year",
])
def test_danger_words_said_of_a_thing_a_story_or_a_plan_do_not_alert(text):
    assert not detect(text).crisis, detect(text).explain()
