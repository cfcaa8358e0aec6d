"""Round 13 (holdout 36, the family phone: parents, spouses, children and the alumnus on one
number): using again told with the object left out and the plural or honorific "we" ("phir
se lene lage hain", "आम्ही परत घ्यायला लागलोय"), a slip named as a thing that happened ("slip
jhala, parat suru"), the pegs by their size ("2 large ones"); and what stays quiet: a distant
relative's drinking told with worry, the leg ("पायाला"), a story on the TV in Marathi, a
chore scolded over with a Devanagari laugh, and being soaked through by the rain.

The sentences are this round's own, written from the classes, not taken from any set. Each
in AGAIN fails on c420fca; the near family's drinking begun again is ALREADY_READ and must
stay so. Read by the rules alone (second_opinion=False).
"""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet

R = Category.RELAPSE

AGAIN: tuple[tuple[str, Category], ...] = (
    # taking begun again, the object left out, any person and number
    ("hum fir se lene lage hain, roz thoda", R),
    ("ham phir se lene lage the kal se", R),
    ("वो फिर से लेने लगा है, रोज़ शाम", R),
    ("main dobara lene laga hu sir", R),
    ("आम्ही पुन्हा घ्यायला लागलोय रोज थोडी", R),
    ("mi parat ghyayla laglo aahe", R),
    ("ती परत घ्यायला लागली आहे", R),
    ("i have started taking it again every evening", R),
    # a slip named, beside again, a time or a sorry
    ("kal raat slip ho gaya, sorry", R),
    ("ek slip zala kal ratri, punha", R),
    ("slip hua hai phir se, maaf karna", R),
    # the pegs by their size
    ("had 3 large ones with the boys", R),
    ("jijaji ke saath baithe, 4 large ones ho gaye", R),
)

# A report of the near family, which may be the alumnus: read before this round, kept so.
ALREADY_READ: tuple[tuple[str, Category], ...] = (
    ("my husband has started drinking again, we are worried", R),
    ("mera beta phir se peene laga hai, chinta hai", R),
    ("maza navra parat pyayla lagla, kalji vatte", R),
    ("my cousin has started drinking again, we are worried", R),
    ("cousin ke saath pi li kal, tension hai", R),
    # named before this round by the restart or the peg
    ("स्लिप झाला, परत सुरू झालं सगळं", R),
    ("kal 3 large peg ho gaye", R),
)

QUIET: tuple[str, ...] = (
    # a distant relative's drinking, told with worry for them
    "her cousin has started drinking heavily, we are worried about the cousin",
    "mama ka ladka bahut peene laga hai, uski chinta hoti hai",
    "हमारे पड़ोसी बहुत पीने लगे हैं, फिक्र होती है",
    "शेजारी रोज दारू पितो, काळजी वाटते",
    "kakacha mulga khup pyayla lagla, tyachi kalji vatte",
    "jijaji aajkal bahut peete hain, tension hai",
    # taking begun again, with what is taken named
    "papa phir se tuition lene lage hain",
    "wo phir se saans lene laga, doctor ne bola theek hai",
    "तो परत श्वास घ्यायला लागला",
    "phir se dawai lene laga hu, time pe",
    # a slip that is a fall
    "bathroom madhe slip jhala, parat paay dukhtoy",
    "kal baarish me slip ho gaya, pair me moch",
    # large pizzas, not pegs
    "do large pizza mangwaye party ke liye",
    # the leg
    "bhavachya gadila dhakka lagla, payala plaster ahe",
    "पायाला लागलं, सूज आली आहे",
    "payavar jakham ahe, doctor kade gelo",
    # a story on the TV in Marathi
    "TV var baghitla ek manus vish pyayla, khup vait vatla",
    "टीव्हीवर पाहिलं एका मुलाने विष घेतलं, वाईट वाटलं",
    "बातमीत वाचलं एका शेतकऱ्याने विष प्यायलं",
    # a chore scolded over, with a Devanagari laugh
    "मम्मी बोली आज सब्ज़ी नहीं काटी तो मार डालूंगी, हाहाहा",
    "बायको म्हणाली कपडे वाळत घातले नाहीस तर मारून टाकीन हीही",
    "mummy boli jhadu nahi lagaya to jaan le lungi hahahahaha",
    # soaked through by the rain
    "या पावसाने हाल केले, भिजून मेलो आम्ही",
    "is barish ne to haal kharab kar diya, bheeg ke mar gaye sab",
    "भीग भीग के मर गए आज ऑफिस जाते हुए",
)


@pytest.mark.parametrize(("text", "category"), AGAIN)
def test_using_again_told_on_the_family_phone_is_read(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize(("text", "category"), ALREADY_READ)
def test_the_near_familys_report_still_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", QUIET)
def test_the_family_phones_everyday_sentences_stay_quiet(text):
    assert_rules_stay_quiet(text)
