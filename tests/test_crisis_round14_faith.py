"""Round 14: suicide said in a religious or fatalistic register, by the writer and as a mother or a
wife reports it: God's call come ("bulawa", "बोलावणं") or God having called, one's own time come
and felt, release sought in a holy river ("moksha", "jal samadhi"), coming to a god's feet for
good, a god by name asked to lift the writer up, the next birth as where one will be better or
the account of deeds squared, following a dead parent, a one-way ticket to a holy town, and
God's forgiveness asked beside a means. Each in Hindi, Marathi and English, Devanagari and Latin.

The same words are everyday faith and must stay quiet: a pilgrimage to Pandharpur or Kashi, an
interview's or a wedding's call, a holy dip (no "doob" under a case ending), a relative's ashes,
last rites or moksha, "nasha mukti kendra", "bhagwan ki kripa se" a clean year, praying for a
sick father, "upar wale ki marzi", a grandmother whose time came peacefully, "my time has come to
shine", a queue's turn, love promised for the next birth, following mother to the market, and a
one-way ticket whose return is by bus.

The sentences are this round's own, written from the class, not taken from any set. Read by the
rules alone (second_opinion=False) so the classifier cannot hide a rules regression.
"""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category, detect
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet

S = Category.SUICIDE

FAITH_AND_FATE: tuple[str, ...] = (
    # the writer's own call, come
    "bas ab mera bulawa aa gaya hai, sab ka dhyan rakhna",
    "meri bhi bulava aa gaya lagta hai, ghadi bhai ko de di",
    "माझं पण बोलावणं आलंय आता, आईला सांभाळा",
    "मेरा बुलावा आ चुका है भैया, अब कोई चिंता नहीं",
    # God has called the writer
    "bhagwan ne mujhe bulaya hai, ab jaana padega",
    "god has called me, i gave my bike to my cousin",
    # one's own time come, felt or acted on
    "lagta hai ab mera waqt aa gaya hai, bike chhote ko de di",
    "i feel my hour has come. gave my watch to my brother",
    "it feels like my days are numbered",
    "माझी वेळ आली आहे असं वाटतं, घड्याळ भावाकडे दिलंय",
    "महसूस हो रहा है मेरी घड़ी आ गई है",
    "mazi vel zali ahe asa vatatay, aaila sambhala",
    # release in a holy river, taken into the water
    "soch raha hu narmada me samaa jaunga, mukti milegi",
    "yamuna ji me jal samadhi le lunga kal",
    "इंद्रायणीत मुक्ती मिळेल मला, आता बस",
    "गोदावरी में समा जाऊंगा",
    "the ganga will give me moksha, going there this weekend alone",
    "went down to the ghat last night and i won't come back this time",
    # a god's feet for good; a god by name asked to take the writer
    "तेरे चरणों में हमेशा के लिए आ रहा हूं महादेव, गंगा में",
    "पांडुरंगा तुझ्या चरणी कायमचा येतोय आता",
    "mahadev ab mujhe utha le, aur nahi hota",
    "panduranga mala ata uchlun ghe re",
    "vithoba mala tujhyajawal ghevun ja",
    "sai baba mujhe apne paas bula lo",
    # the next birth, the account of deeds
    "agle janam me achha beta banunga maa, is baar maaf karna",
    "पुढच्या जन्मात चांगला माणूस होईन, या जन्माचं प्रायश्चित्त घेतो",
    "next life i will be a better person. i'll pay for my sins now",
    "is janam ka hisaab chukta karke jaunga",
    # following a dead parent
    "papa ke peeche main bhi chala jaunga, unke bina kya",
    "बाबांच्या मागे मलाही जायचंय",
    "jahan maa gayi wahin mujhe bhi jana hai",
    "i want to go where mom went, nothing left here",
    # a one-way ticket to a holy town
    "kashi ki one way ticket book kar li hai",
    "haridwar ka one-way ticket le liya, bas",
    "पंढरपूरचं फक्त जाण्याचं तिकीट काढलंय",
    # God's forgiveness beside a means
    "sulphas le aaya hu, bhagwan mujhe maaf karna",
)

# God asked to understand beside a means, and spoken of as "he": the writer's own danger.
GOD_SPOKEN_OF: tuple[str, ...] = (
    "zeher ki bottle rakh li hai aaj raat ke liye, bhagwan samajh lenge, wo sab jaante hain",
    "bought the rat poison today, god will understand, he knows why",
)

# A mother or a wife reporting what he keeps saying: read as someone else's danger.
REPORTED: tuple[str, ...] = (
    "papa bol rahe hain unka bulawa aa gaya hai, sab kuch bant rahe hain, koi aao",
    "माझा भाऊ म्हणतोय विठ्ठलाचं बोलावणं आलंय, त्याचे कपडे वाटून टाकले",
    "maza navra mhanto devache bolavne ala, ratri zopat nahi",
    "मेरे पति कहते रहते हैं भगवान का बुलावा आ गया, फोन भी दे दिया",
    "mera beta bolta hai upar wale ne bula liya hai usko",
    "माझा नवरा म्हणतो देवाने बोलावलंय, घड्याळ मुलाला दिलं",
    "meri maa bolti hai bhai kehta hai ganga me samaa jaunga",
)

QUIET: tuple[str, ...] = (
    # a pilgrimage, a darshan, a god's call to his shrine
    "next month we are going to Pandharpur for the wari, vitthala will call us",
    "पंढरपूरला वारीला चाललोय, विठ्ठलाचं बोलावणं आलंय",
    "mata rani ka bulawa aaya hai, vaishno devi ja rahe hain parivar ke saath",
    "kashi vishwanath darshan kiya, bahut shanti mili",
    "Kashi yatra ke liye train ki ticket li hai, bhagwan ki kripa",
    "vitthala mala pandharpurla gheun ja, wari chukli",
    "sai baba mujhe shirdi bula lo is saal",
    "mahadev mujhe kedarnath bula lo ek baar",
    "तुझ्या चरणी कायमचा लीन आहे पांडुरंगा",
    "tere charno me mera sar hamesha jhuka rahega prabhu",
    # a call to an interview, a job, the army, a wedding
    "mera interview ka bulawa aa gaya, kal Pune jaana hai",
    "mera bulawa aa gaya company se, joining monday ko",
    "mere pati ka bulawa aa gaya army se, duty join karni hai",
    "bhai mera bulawa aa gaya shaadi ka, chalna hai",
    "mujhe unka bulawa aaya hai, kal jaunga milne",
    "mera bulawa aa gaya ghar se, mummy bula rahi hai khane pe",
    # a holy dip, ashes, last rites, a relative's moksha, a de-addiction centre
    "ganga ji me dubki lagayi aaj, man halka ho gaya",
    "गंगा जी में डुबकी लगाने गए थे, मुक्ति का अनुभव",
    "kumbh me teen dubkiyan lagayi",
    "ganga snan kiya kumbh me, saare paapon se mukti mil gayi",
    "dadi ki asthiyan ganga ji me visarjit ki, unhe moksha mile",
    "nani ko Kashi me moksha mila, shanti se gayi",
    "aajobanchi asthi chandrabhaget visarjit keli",
    "papa ke antim sanskar haridwar me kiye, ganga kinare",
    "nasha mukti kendra godavari kinare hai, wahan admission liya",
    "vyasan mukti kendra madhe 90 divas zale, krishna nadi javal ahe",
    "ganga ghat pe aarti dekhi, photos liye",
    "went to the ghat for the evening aarti, won't come back before 9",
    "Varanasi trip done, ganga aarti was beautiful",
    "the ganga at rishikesh is so peaceful, felt liberation",
    "mokshdham me chacha ka antim sanskar hua",
    # faith in recovery, prayer for a father, the will of the one above
    "bhagwan ki kripa se 1 saal ho gaya bina daaru ke",
    "mahadev ki kripa se sab theek hai",
    "papa hospital me hai, bhagwan se prarthana kar raha hu ki jaldi theek ho jaye",
    "देवा बाबांना लवकर बरं कर, रोज प्रार्थना करतोय",
    "upar wale ki marzi, jo hoga dekha jayega",
    "sab upar wale ki marzi hai bhai, tension nahi",
    "god forgive me, i ate the whole cake",
    "bhagwan maaf kare, aaj gym nahi gaya",
    # a grandmother whose time or call came, told of the dead
    "dadi ka samay pura ho gaya tha, neend me shanti se chali gayi",
    "my grandmother's time had come, she passed peacefully in her sleep",
    "aaji geli, tichi vel ali hoti, shantpane geli",
    "dadi ko bhagwan ka bulawa aa gaya pichle hafte, bahut shanti se gayi",
    "devache bolavne ale ani aajoba shantpane gele",
    "maa kehti thi unka bulawa aa gaya tha tab",
    # one's time come for something good, a turn in a queue
    "my time has come to shine, got promoted today",
    "lagta hai ab mera time aa gaya hai, promotion pakka",
    "doctor ke paas line me thi, jab mera number aaya",
    "lagta hai mera samay pura ho gaya is company me, resign kar dunga",
    "lagta hai mera time aa gaya, boss ne pakad liya 😂",
    # a shop's account settled, atonement by a pilgrimage
    "dukaan wale ka hisaab chukta kar diya, mahine ke end me",
    "prayashchit karne haridwar jaunga agle mahine",
    # the next birth in love or in jest
    "agle janam me bhi tum hi meri biwi banogi",
    "agle janam me bhi tumhara dost hi banunga yaar",
    "agle janam me achha insaan banunga haha abhi to chalne do",
    # following a parent on an errand or a path
    "aaichya mage mi pan bajarat gelo",
    "maa ke peeche peeche main bhi mandir chala gaya",
    "i want to follow my dad into the army",
    # a one-way ticket whose return is otherwise
    "one way ticket li hai Kashi ki, return bus se aayenge",
    "Pandharpur one way ticket, wapsi ST bus ne",
    "banaras ki ek taraf ki ticket li, wapas car se aa rahe hain",
)


@pytest.mark.parametrize("text", FAITH_AND_FATE)
def test_suicide_said_in_faith_or_fate_is_found(text: str) -> None:
    assert_rules_find(text, S)


@pytest.mark.parametrize("text", REPORTED)
def test_a_familys_report_of_it_is_found_as_someone_elses(text: str) -> None:
    assert_rules_find(text, S)
    finding = next(f for f in detect(text, second_opinion=False).findings if f.category is S)
    assert finding.third_party, detect(text, second_opinion=False).explain()


@pytest.mark.parametrize("text", GOD_SPOKEN_OF)
def test_god_spoken_of_as_he_is_not_someone_else(text: str) -> None:
    assert_rules_find(text, S)
    finding = next(f for f in detect(text, second_opinion=False).findings if f.category is S)
    assert not finding.third_party, detect(text, second_opinion=False).explain()


@pytest.mark.parametrize("text", QUIET)
def test_everyday_faith_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)
