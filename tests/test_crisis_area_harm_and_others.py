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
