"""The ice pick and the sickle (the harm of rounds 112-113: vegetable hawkers, fish markets, electricity
linemen, soda and sugarcane carts, newspaper vendors, water tankers):

- "tomorrow I rip his belly open with the sickle"; "if she touches my basket I'll take her hand off with
  the blade"; "next time he comes I am waiting with the ice pick, I mean it"; "I'll lock him in the cold
  room, he'll die in the cold"; "I'm taking petrol tonight to burn his house"; "next shutdown I'll
  energise the line while he is on the pole"; rounds 114-115: "I'll finish the builder at the site", "I'll push
  his face into the boiling basin", "next time he shouts I will use the kitchen chopper on him";
- reported: "papa put the sickle to mother's neck"; "my husband came at me to hit me, the sickle in his hand, I'm hiding at the neighbour's";
  "he poured kerosene in the house and stood with the matchbox"; "he threatens that he'll kill us with
  the current".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "ip_rip_belly": ("pot fadto", "पोट फाडतो", "pot fadin", "पोट फाडीन", "पोट फाडेन", "pot faden", "पेट फाड़ दूंगा",
                     "पेट फाड दूंगा", "pet phaad dunga", "pet phad dunga", "पेट चीर दूंगा", "pet cheer dunga",
                     "rip his belly", "rip his guts", "rip her belly"),
    "ip_take_hand_off": ("हात उडवेन", "haat udaven", "hat udaven", "हात उडवीन", "haat udvin", "हात तोडीन", "haat todin",
                         "हात कापीन", "haat kapin", "हाथ उड़ा दूंगा", "haath uda dunga", "chop his hand",
                         "chop her hand", "cut off his hand", "cut off her hand"),
    "ip_waiting_with": ("waiting with the", "waiting with a", "ready with the", "ले के बैठा हूं", "le ke baitha hu",
                        "घेऊन बसलोय", "gheun basloy", "घेऊन थांबलोय", "gheun thamblo", "लेकर खड़ा हूं",
                        "lekar khada hu"),
    "ip_tool_weapon": ("chopper", "kitchen chopper", "ice pick", "icepick", "विळी", "vili", "विळीने", "vilie", "koyta", "कोयता", "koytyane",
                       "कोयत्याने", "sickle", "hasiya", "हंसिया", "gandasa", "गंडासा", "axe", "kulhadi", "कुल्हाड़ी",
                       "rod", "रॉड", "knife", "chaku", "चाकू", "sura", "सुरा", "सुआ", "sua", "soya", "सोया"),
    "ip_next_time": ("next time he comes", "next time he", "agli baar aaya to", "अगली बार आया तो", "पुढच्या वेळी आला तर",
                     "pudhchya veli ala tar", "i mean it", "dekh lena", "देख लेना"),
    "ip_lock_in": ("बंद कर दूँगा", "बंद कर दूंगा", "band kar dunga", "कोंडून ठेवीन", "kondun thevin", "lock him in",
                   "lock him inside"),
    "ip_he_dies": ("मरेगा", "marega", "मरेल", "marel", "मर जाएगा", "mar jayega", "let him die", "he'll die",
                   "he will die", "let him freeze"),
    "ip_threatens": ("धमकाते हैं", "dhamkate hain", "dhamkate hai", "धमकाता है", "dhamkata hai", "धमकी देते",
                     "dhamki dete", "धमकी दी", "dhamki di", "threatens", "threatened", "धमकावतो", "dhamkavto",
                     "धमकी देतो", "dhamki deto", "धमकी देतात", "dhamki detat"),
    "ip_will_kill": ("मार देंगे", "maar denge", "mar denge", "मार देगा", "maar dega", "मार डालेंगे", "maar dalenge",
                     "मार डालेगा", "maar dalega", "मारून टाकीन", "marun takin", "मारून टाकेल", "marun takel",
                     "मारून टाकेन", "kill us", "kill me", "kill her", "kill the kids"),
    "ip_burn_house": ("ghar jaalayla", "घर जाळायला", "ghar jalayla", "घर जाळीन", "ghar jalin", "घर जाळणार",
                      "ghar jalnar", "घर जला दूंगा", "ghar jala dunga", "burn his house", "burn their house",
                      "burn down his house"),
    "ip_energise": ("energise the line", "energize the line", "charge the line", "line charge kar dunga",
                    "लाइन चार्ज कर दूंगा", "line chalu karin", "लाइन चालू करीन", "feeder chalu karin",
                    "फीडर चालू करीन"),
    "ip_while_up": ("while he is on the pole", "when he is on the pole", "while he's on the pole", "jab wo khambe pe ho",
                    "जब वो खंभे पे हो", "तो खांबावर असताना", "to khambavar astana", "while he is up"),
    # reported: came at the writer, a weapon in hand, the writer hiding
    "ip_came_at_me": ("mala marayla uthla", "मला मारायला उठला", "marayla uthla", "मारायला उठला", "marayla aala",
                      "मारायला आला", "मारायला धावला", "marayla dhavla", "mujhe maarne aaya", "मुझे मारने आया",
                      "mujhe marne dauda", "मुझे मारने दौड़ा", "maarne utha", "मारने उठा", "came at me",
                      "came after me", "came to hit me", "tried to strangle me"),
    "ip_weapon_held": ("koyta hatat", "कोयता हातात", "हातात कोयता", "hatat koyta", "हाथ में चाकू", "haath me chaku",
                       "हातात सुरा", "hatat sura", "हातात चाकू", "hatat chaku", "knife in his hand", "with a knife",
                       "with a sickle", "with an axe", "kulhadi le ke", "कुल्हाड़ी ले के", "रॉड घेऊन", "rod gheun",
                       "danda le ke", "डंडा ले के"),
    "ip_hiding": ("lapliye", "लपलीये", "लपलीय", "लपले आहे", "laple ahe", "लपून बसले", "lapun basle", "छुपी हूं",
                  "chupi hu", "छुप के बैठी", "chhup ke baithi", "hiding", "shejari lapley", "शेजारी लपले",
                  "शेजारी पळाले", "shejari palale", "lapley"),
    "ip_kerosene_poured": ("rockel otla", "रॉकेल ओतलं", "रॉकेल ओतला", "rockel otle", "kerosene dala", "केरोसिन डाला",
                           "मिट्टी का तेल डाला", "mitti ka tel dala", "poured kerosene", "petrol otla", "पेट्रोल ओतलं",
                           "petrol chhidka", "पेट्रोल छिड़का", "poured petrol"),
    "ip_matches": ("kadipeti", "काडीपेटी", "माचिस", "machis", "matchbox", "lighter", "लायटर"),
    # rounds 114-115
    "ip_role_named": ("builder ला", "builder la", "contractor ला", "contractor la", "सेठला", "sethla", "मालकाला",
                      "malakala", "साहुकाराला", "sahukarala", "supervisor ला", "supervisor la", "jailor ला", "munshi la",
                      "मुनशीला", "बिल्डरला", "builderla"),
    "ip_will_finish": ("संपवणार", "sampavnar", "संपवून टाकीन", "sampvun takin", "खत्म कर दूंगा", "khatam kar dunga",
                       "finish him"),
    "ip_push_face": ("push his face into", "push her face into", "face into the boiling", "munh ghusa dunga",
                     "मुंह घुसा दूंगा", "तोंड खुपसीन", "tond khupsin"),
    "ip_blade_to_neck": ("गळ्याला विळा", "galyala vila", "गळ्याला सुरा", "galyala sura", "गले पे चाकू", "gale pe chaku",
                         "knife to her throat", "knife to my throat", "गळ्याला कोयता", "galyala koyta"),
    "ip_will_use": ("will use the", "i'll use the", "ill use the", "i will use"),
    "ip_on_him": ("on him", "on her", "on them"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

ICE_PICK_AND_THE_SICKLE: tuple[Combination, ...] = (
    Combination(HO, (_g("ip_rip_belly"),), unless=_g("negation"), unless_reach=2),
    Combination(HO, (_g("ip_take_hand_off"),), unless=_g("negation"), unless_reach=2),
    Combination(HO, (_g("ip_waiting_with"), _g("ip_tool_weapon"), _g("ip_next_time")), 20, across=True),
    Combination(HO, (_g("third_person"), _g("ip_lock_in"), _g("ip_he_dies")), 12, across=True),
    Combination(HO, (_g("ip_threatens"), _g("ip_will_kill")), 14, across=True),
    Combination(HO, (_g("ip_burn_house"),), unless=_g("negation"), unless_reach=2),
    Combination(HO, (_g("ip_energise"), _g("ip_while_up")), 20, across=True),
    Combination(HO, (_g("ip_came_at_me"), _g("ip_weapon_held", "ip_hiding")), 20, across=True),
    Combination(HO, (_g("ip_weapon_held"), _g("ip_hiding")), 20, across=True),
    Combination(HO, (_g("ip_kerosene_poured"), _g("ip_matches", "ip_hiding")), 20, across=True),
    Combination(HO, (_g("ip_role_named"), _g("ip_will_finish")), 8, across=True),
    Combination(HO, (_g("ip_push_face"),), unless=_g("negation"), unless_reach=2),
    Combination(HO, (_g("ip_blade_to_neck"),)),
    Combination(HO, (_g("ip_will_use"), _g("ip_tool_weapon"), _g("ip_on_him")), 8, order=True),
)
