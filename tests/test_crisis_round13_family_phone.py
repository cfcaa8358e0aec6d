"""Round 13: messages from a family phone (parents, spouses, children and the alumnus on one
number). A wife or a mother reporting the signs a man left (a bye said before leaving, the phone
left behind, a letter, a rope seen) with a plea; the alumnus's own quiet farewells (a bye said
in one's head, the whereabouts kept, a love passed on in the past tense, the wish not to see
tomorrow, "I stop now, thank you for everything"); self-harm in anger (the head butted against
the wall, the skin scratched open); a farm poison drunk and "took too much, breathless"; a rash
act, a knife or a fire threatened at home. Each read in the forms a speaker would use, and the
everyday sentences with the same words left quiet.

The sentences are this round's own, written from the classes, not taken from any set. FAMILY
holds what the rules of c420fca missed: each fails without this round's change; ALREADY_READ
holds sentences of the same classes they read already. Read by the
rules alone (second_opinion=False) so the classifier cannot hide a rules regression.
"""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet

S, SH, OD, HO = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE, Category.HARM_TO_OTHERS

FAMILY: tuple[tuple[str, Category], ...] = (
    # a relative's signs and a plea
    ("my son said bye to his sister and went out without his phone, please call someone", S),
    ("papa ne sabko bye bol ke gaye aur phone ghar pe chhod gaye, please help", S),
    ("inka phone switch off hai aur ek chitthi rakh ke gaye hain, jaldi kuch karo please", S),
    ("नवरा letter ठेवून गेला, फोन बंद येतोय, लवकर मदत करा", S),
    ("he is not answering, i saw a rope lying in his room, please send someone now", S),
    ("भाऊ फोन उचलत नाहीये, खोलीत दोरी दिसली, please लवकर या", S),
    # the writer's own quiet farewells
    ("maine mann hi mann sabko bye bol diya hai, bas ab", S),
    ("मनातल्या मनात सगळ्यांना bye केलं आहे", S),
    ("meri beti ko bata dena uska papa usse bahut pyar karta tha", S),
    ("tell my son his dad loved him more than anything", S),
    ("doryane sagla tayar ahe, fakt dhir hot nahi", S),
    ("udyachi sakal baghuch naye asa vatta", S),
    ("bhagwan kare kal ki subah na dekhun", S),
    ("andar se khatam ho gaya hu, ab hamesha ke liye rukna hai", S),
    ("संपलोय मी, आता कायमचं थांबायचं आहे", S),
    ("मी आता थांबतेय. सगळ्यासाठी धन्यवाद", S),
    ("ab main ruk raha hu. sab ke liye shukriya", S),
    # self-harm in anger
    ("राग आला की डोक्याने भिंतीवर धडका मारते", SH),
    ("हातावर नखांनी ओचकून रक्त काढलं", SH),
    # a farm poison drunk, too much taken and breathless
    ("aaj bahut zyada le liya, saans phool rahi hai", OD),
    # threats made at home
    ("bhai ko samjha do warna main kuch kar dunga uske saath", HO),
    ("तिला समजावून सांगा नाहीतर मी तिच्यासोबत काहीतरी करून बसेन", HO),
    # more of the same classes, in other persons and scripts
    ("bhai ka phone switch off hai, aur room me dupatta bandha hua dekha, koi jaldi jao please", S),
    ("तिने मुलांना bye केलं आणि फोन घरी ठेवून गेली, कोणीतरी शोधा please", S),
    ("rope boot me rakhi hai, kisi ko nahi bataunga kahan hu", S),
    ("dupatta bag me hai. nobody knows where i am", S),
    ("mere bete ko batana uski maa usse bahut pyar karti thi", S),
    ("ab aur nahi hota mujhse, bye", S),
    ("dharanachya kathavar baslo, ghari parat jaycha nahi", S),
    ("rag aala ki mi dokyane bhintivar dhadka marto", SH),
    ("khet ki keetnashak dawa maine pee li", OD),
    ("aaj khup jasta ghetla, shwas lagtoy", OD),
    ("mohalle ke ladke ko chaku maar dunga", HO),
    ("theke ko aaj aag laga dunga, petrol le aaya hu", HO),
    ("दारूच्या दुकानाला आज आग लावणार, पेट्रोल आणून ठेवलं", HO),
)

# The same classes, which the rules of c420fca read already (kept so they stay read).
ALREADY_READ: tuple[tuple[str, Category], ...] = (
    ("mummy ka phone band aa raha hai, kamre me rassi padi thi, please jaldi call karo", S),
    ("rassi gaadi me rakh li hai. mujhe dhundna mat", S),
    ("दोरी बॅगेत ठेवली आहे, मला शोधू नका", S),
    ("माझ्या मुलीला सांगा बाबा तिच्यावर खूप प्रेम करत होते", S),
    ("sorry didi, ab aur nahi hota mujhse. alvida", S),
    ("maaf karna sab, mujhse ab aur nahi hoga, bye", S),
    ("dharanavar basloy, ghari jaycha nahi ata", S),
    ("pul pe khada hu, ghar wapas nahi jaana mujhe", S),
    ("रस्सी तैयार है खेत में, बस हिम्मत नहीं हो रही", S),
    ("i really wish i didnt see tomorrow", S),
    ("gussa aaya to sir se deewar pe takkar maari, khoon nikla", SH),
    ("nakhun se kalai nochi, khoon aa gaya", SH),
    ("khet wala keetnashak thoda pee liya hai", OD),
    ("खूप जास्त घेतल्या गोळ्या, श्वास लागतोय", OD),
    ("us ladke ko chaku maar dunga, bahut bolta hai", HO),
    ("त्या पोराला सुरा मारीन आज", HO),
    ("uska ghar aaj jala dunga, petrol le aaya hu", HO),
    ("i will burn his shop tonight, already brought the petrol", HO),
)

QUIET: tuple[str, ...] = (
    # the plea and the signs, everyday
    "please call me back when free",
    "said bye to the kids at the bus stop and left for office, please call me at lunch",
    "papa bina phone ke market gaye hain, aate hi call karwati hu",
    "he left his phone at home again, please call me on this number",
    "bhai ka phone switch off hai, train me hai, please call mat karna",
    "gaay ke liye rassi dekhi, please ek nayi le aana",
    # farewells and love, everyday
    "papa loved mangoes, tell the kids to bring some",
    "dadi ko bol dena papa unse bahut pyar karte the",
    "said bye to everyone at the party and went home",
    "mujhse nahi hoga ye project, bye kal milte",
    "dharanavar picnic la gelo, ghari parat ushira yein",
    "मी आजच्या update साठी इथे थांबतो, thank you for everything",
    "daru kaymchi thambvaychi ahe, aatun samploy tya savayine",
    "kal ka din dekhte hain, abhi so jao",
    # anger and the body, everyday
    "gaadi ne deewar ko takkar maar di",
    "nakhun kaat liye, ab dard nahi",
    # farm and fuel, everyday
    "khet ke liye keetnashak dawa le li",
    "shet sathi keetnashak aanli",
    "aaj bahut zyada kaam tha, saans phool rahi hai",
    "bike ke liye petrol le aaya, ghar pe hu",
    "ladke ko daant diya, zyada bol raha tha",
    "aaj kuch kar dunga naya, dekhna",
    "gaon me ek ladke ne chaku maar diya, news me aaya",
    # a relative's death told
    "my grandfather passed away last year, we still miss him",
)


@pytest.mark.parametrize(("text", "category"), FAMILY + ALREADY_READ)
def test_the_family_phone_message_reads_as_its_category(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", QUIET)
def test_the_same_words_in_everyday_sentences_stay_quiet(text):
    assert_rules_stay_quiet(text)
