"""Round 12: suicide in a village said by the place and the means rather than the word (the
well, the canal, the railway line, the tree and the rope, the farm's poison): going there
tonight or for good, the one already chosen, "it is there after all", "the only way" beside
death or a means, "by morning we won't be", talking for the last time, the next life; and
the family's reports (the rope taken towards the orchard, sitting by the well and not
speaking, run towards the canal, gone saying he won't come back). Also a few smaller forms
of the same round: a tractor to put someone under, a burn or a bite of one's own in the
honorific present, rat poison "kha lenge", and threats said in jest or of a power cut.

The sentences are this round's own, written from the classes, not taken from any set. PLACES
and SMALLER hold what the rules of 619056c missed: each fails without this round's change;
ALREADY_READ holds sentences of the same classes those rules read already.
Read by the rules alone (second_opinion=False) so the classifier cannot hide a rules
regression.
"""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet

S, SH, OD, HO = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE, Category.HARM_TO_OTHERS

PLACES: tuple[tuple[str, Category], ...] = (
    # "the only way", beside death or a means
    ("fasal barbaad, karja sar pe. ab railway line hi ek hi rasta hai", S),
    ("पीक गेलं, आता विहीर हाच एकमेव मार्ग", S),
    ("मरण हेच एकच उपाय उरला", S),
    ("the rope is the only solution i can see", S),
    # the one already chosen
    # it is there after all, and no way on
    ("biwi chhod gayi, ab kya karu. nahar to hai hi", S),
    ("कर्ज फिटत नाही, काय करू. विहीर आहेच की", S),
    # going there tonight, or to sit there for good
    ("vihiri kade jaanar aaj ratri", S),
    # by morning we won't be; talking for the last time; the next life
    ("subah hone tak hum nahi rahenge", S),
    ("is janam me to ye karz nahi utrega, agle janam me dekhenge", S),
    ("pudhchya janmat bhetu, karja khup zala", S),
    # going before the bank comes
    ("jupti chi notice aali, tyachya adhi mi jaanar", S),
    # the family's reports
    ("papa subah se kuen ke paas baithe hain, kuch bol nahi rahe", S),
    ("आई सकाळपासून विहिरीजवळ बसली आहे, काहीच बोलत नाही", S),
    ("my husband ran towards the canal after the fight", S),
    ("भाऊ धावत गेला विहिरीकडे", S),
    ("bhau dor gheun zadakade gela, lavkar ya", S),
    ("he took a rope towards the orchard, please come", S),
    ("kal raat se ghar nahi aaye, keh ke gaye the ab nahi aaunga", S),
    ("ते घरी आले नाहीत, जाताना म्हणाले परत नाही येणार", S),
    ("आम के पेड़ पर रस्सी बांध के आया हूं", S),
    # more of the same classes
    ("karz ke chalte ab nahar hi ek hi rasta bacha", S),
    ("the well is the only option left for me", S),
    ("railway line to hai hi, ab kya karu", S),
    ("aaj ratri canal var jaanar", S),
    ("वो सुबह से नहर के पास बैठे हैं, कुछ बोल नहीं रहे", S),
    ("maza navra dor gheun aamrai kade gela", S),
    ("bapu canal kade palale", S),
    ("ya janmat he karja fitnar nahi, pudhchya janmat bagha", S),
)

SMALLER: tuple[tuple[str, Category], ...] = (
    # a tractor to put someone under
    ("if he cheats me again i will put him under the tractor", HO),
    ("सरपंचाला ट्रॅक्टरखाली घालीन", HO),
    ("usko tractor ke neeche daal dunga", HO),
    # a burn or a bite of one's own, in the honorific or plural present
    ("जब गुस्सा आता है तो सिगरेट से हाथ जला लेते हैं", SH),
    ("cigarette se kalai jala leti hu", SH),
    ("मी स्वतःला चावा घेतो", SH),
    ("hatala chavun ghetla rakt yeiparyant", SH),
    # rat poison, eaten in the plural or honorific future
    ("chuhe mar dawa rakhi hai, aaj hum kha lenge", OD),
)

# Read already by the rules of 619056c: kept so that this round does not lose them.
ALREADY_READ: tuple[tuple[str, Category], ...] = (
    ("only way out now is the canal, nothing left", S),
    ("marna hi ek hi upay bacha hai ab", S),
    ("notice aayi to bas, ped bhi tay kar liya hai kaunsa", S),
    ("i have decided which well, dont stop me", S),
    ("ठरवलं आहे कोणती विहीर", S),
    ("aaj raat nahar pe jaunga, kisi ko mat batana", S),
    ("railway line pe aaj raat jaake let jaunga", S),
    ("नहर किनारे जाकर बैठूंगा हमेशा के लिए, अब बस", S),
    ("विहिरीकडे जातो कायमचा", S),
    ("आखिरी बार बात कर रहा हूं, सबको धन्यवाद", S),
    ("shevatcha boltoy tumchyashi, sagalyanna sorry", S),
    ("mera bhai daud ke railway line ki taraf gaya", S),
    ("pati rassi le ke aam ke baag ki taraf gaye hain, bahut dar lag raha", S),
    ("i keep biting myself till it bleeds", SH),
    ("ज़हर ला के रखे हैं, कल खा लेंगे", OD),
)

QUIET: tuple[str, ...] = (
    # the well, the canal, the tracks and the tree in everyday use
    "subah kuen se paani bharne jaunga",
    "aaj raat nahar pe jaunga paani lagane, light raat ko aati hai",
    "कॅनॉलला पाणी सोडलंय, आज रात्री शेताला पाणी द्यायला जाणार",
    "canal ka paani chhoda gaya hai fasal ke liye",
    "vihirit motor basavli, aaj ratri pani bharnar",
    "train pakadni hai, railway station pe aaj raat jaunga",
    "railway line paar karke school jaate hain bacche",
    "bacche nahar me nahane bhaag gaye",
    "gaay ko ped se rassi bandh ke aaye hain",
    "aam ke ped pe rassi bandh ke jhula dala bachchon ke liye",
    "bhau dor gheun gela bailala bandhayla",
    "kuan to hai hi gaon me, paani ki dikkat nahi",
    "ped lagana tay kar liya hai, kaunsa lagaye bata do",
    "the only way to the farm is along the canal",
    "पिकासाठी एकच उपाय, फवारणी करा",
    "ab upar wala hi ek hi rasta hai, uspe bharosa rakho",
    "agle janam me bhi tum hi chahiye",
    "ya janmat tari ghar hoil ka, pudhchya janmat bagh lol",
    "kal subah tak hum nahi rahenge, shaadi me ja rahe hain",
    "bank chi notice aali, tyachya adhi mi bank madhe jaanar",
    "कल रात से घर नहीं आए, शादी में गए हैं, फोन आया था",
    # the smaller items
    "tractor ke neeche se chabi nikal do",
    "दिवा लावताना हात भाजला",
    "कुत्र्याने चावा घेतला",
    "chuhe mar dawa rakhi hai, chuhe kha lenge",
    # in jest, and a power cut
    "biwi kehti hai der se aaye to jaan le lungi, mazak me",
    "bayko mhante ushira aalas tar maarin, majet",
    "बायको म्हणाली उशीर केलास तर मारीन गंमतीत",
    "mom said she'd kill me if i was late again, jokingly",
    "हा लाईट वाला मारून टाकणार आहे, रोज लाईट जाते",
    "ye network wala maar dalega, roz network gayab",
)


@pytest.mark.parametrize(("text", "category"), PLACES)
def test_the_place_and_the_means_read_as_suicide(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize(("text", "category"), SMALLER)
def test_the_rounds_smaller_forms_read_as_their_category(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize(("text", "category"), ALREADY_READ)
def test_what_the_rules_read_already_stays_read(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", QUIET)
def test_the_same_places_and_words_in_everyday_sentences_stay_quiet(text):
    assert_rules_stay_quiet(text)
