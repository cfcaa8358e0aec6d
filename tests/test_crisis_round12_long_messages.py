"""Round 12: what a long message says in one sentence among everything else (holdout 33's
class): a gun readied with its cartridges, a rope tied to the fan to try, the water walked into
for good, a height and one reason to stop, another winter refused, the last reply, no message
next month, all sold and leaving, a last day with the phone off, finishing oneself; doses
brought home from the ward or the farm; a truck driven over a man; self-harm as a habit of
anger; using again said formally, by the reason for the admission, or by joining the others.

The sentences are this round's own, written from the classes, not taken from any set. Each of
ALERTS fails on 4f8f92e. Read by the rules alone (second_opinion=False) so the classifier
cannot hide a rules regression; ALREADY_READ holds the forms the base rules read already.
"""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet

S, SH, OD = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE
HO, RE = Category.HARM_TO_OTHERS, Category.RELAPSE

ALERTS: tuple[tuple[str, Category], ...] = (
    # a gun made ready
    ("I took the rifle out of the cupboard, oiled it and loaded it, the cartridges are on the bed", S),
    ("मैंने बंदूक निकाल ली, साफ कर ली और दो कारतूस पास रख लिए हैं", S),
    ("bandook saaf kar li hai, kartoos bhi paas rakh liye", S),
    ("बाबांची बंदूक बाहेर काढली, साफ केली, काडतुसे बाजूला ठेवली आहेत", S),
    # another season refused
    ("honestly i dont want to see another diwali", S),
    ("mujhe agli diwali dekhni hi nahi hai", S),
    ("पुढचा हिवाळा बघायची इच्छा नाही आता", S),
    # the last reply
    # a rope tied to try
    ("fan pe dupatta baandh ke dekh liya kal raat", S),
    # walking into the water, not to come out
    ("tanki ke paas baitha hu, man karta hai andar chala jaun aur wapas na aaun", S),
    ("I just want to walk in and never come back out", S),
    ("धरणाजवळ आलोय, आत चालत जावं आणि परत येऊच नये", S),
    # a height and one reason
    # no message next month
    ("sir next month you won't need to call me", S),
    ("अगले महीने मुझे फोन करने की ज़रूरत नहीं पड़ेगी", S),
    # all sold, debts paid, leaving
    # a last day, and the phone off
    ("my brother keeps saying today is his last day and now his phone is switched off", S),
    ("माझा मित्र म्हणतोय आज शेवटचा दिवस, आता फोन उचलत नाही", S),
    # finishing oneself
    ("my son keeps saying he will finish himself", S),
    # doses brought home
    ("took 2 ampoules from the ICU store and injected them, my heart is pounding and my legs are numb", OD),
    # a vehicle driven over a man
    # self-harm as a habit of anger
    ("gussa aata hai to hathodi se apni ungliyon pe maarti hu", SH),
    ("राग आला की मी भिंतीवर मुक्के मारतो, कालच बोट मोडलं", SH),
    # using again said formally, by the admission, by joining
    ("मैंने कल रात मदिरापान किया", RE),
    ("started the pills again, the very thing i was admitted for", RE),
)

# The same classes in forms the rules of 4f8f92e already read: kept so that this round's
# rules are checked not to lose them.
ALREADY_READ: tuple[tuple[str, Category], ...] = (
    ("no more calls sir. this is the last message you will get from me", S),
    ("ye mera aakhri reply hai sir, bye", S),
    ("हा माझा शेवटचा reply आहे, सगळ्यांना नमस्कार", S),
    ("पंख्याला दोरी बांधून पाहिलं, मग काढून टाकली", S),
    ("standing on the roof of my building looking down. give me one reason not to", S),
    ("छत पर खड़ा हूं, नीचे देख रहा हूं. एक वजह बताओ रुकने की", S),
    ("sold everything, paid off my debts, nothing left to do. bye", S),
    ("sab bech diya, karz chuka diya, ab kuch nahi bacha. chalta hu", S),
    ("i am going to finish myself off tonight", S),
    ("ward se insulin ki shishi laya hu, aaj raat sab ek saath laga lunga", OD),
    ("pesticide ki bottle gaadi mein rakhi hai, jab ghar pe koi nahi hoga tab pi lunga", OD),
    ("तणनाशकाची बाटली आणून ठेवली आहे, सगळे झोपल्यावर पिणार", OD),
    ("one more word from the contractor and i'll run him over", HO),
    ("उसने फिर गाली दी तो उसको ट्रक से कुचल दूंगा", HO),
    ("त्याच्या अंगावर गाडी घालीन बघ", HO),
    ("whenever i get angry i burn my wrist with a lighter", SH),
    ("punched the wall till my knuckles split", SH),
    ("ganja parat suru kela, jyasathi admit zalo hoto", RE),
    ("At my friend's farewell the guys were doing lines in the washroom and I joined them. Still cant believe it", RE),
)

QUIET: tuple[str, ...] = (
    "renewed my gun licence at the collector office today",
    "bandook chunav ke time police station me jama kar di",
    "i would not want to see another winter like last year's, we bought a heater",
    "pankhe pe rassi baandh ke kapde sukha diye",
    "we walked around the lake and did not want to come back home, so peaceful",
    "terrace party tha kal, sab upar khade the, neeche baraat dekh rahe the",
    "next month you won't need to call me, I will come to the centre in person",
    "sold everything in the old shop and I'm leaving for Pune tomorrow",
    "aaj office me last din hai, kal se naya job",
    "i will finish the work myself",
    "nurse hoon, sasu maa ke liye ward se insulin laayi, roz raat lagati hoon",
    "doctor ne do injection lagaye, ab thoda chakkar aa raha",
    "shetasathi kitaknashakacha dabba gadit thevla ahe, udya favarni",
    "the truck ran over a dog near the dhaba, so sad",
    "hathodi se keel thok rahe the, ungli pe lag gayi",
    "lighter se agarbatti jalayi",
    "the electrician punched a hole in the wall for the AC",
    "punched the wall when india lost, knuckles hurt a bit",
    "मद्यपान निषेध दिनानिमित्त शाळेत भाषण दिलं",
    "I joined them for dinner after the meeting, we had biryani",
    "the boys were drinking in the parking, I went home",
    "rat poison for the godown, rats are a big problem",
)


@pytest.mark.parametrize(("text", "category"), ALERTS + ALREADY_READ)
def test_the_long_message_class_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", QUIET)
def test_the_same_words_in_everyday_sentences_stay_quiet(text):
    assert_rules_stay_quiet(text)
