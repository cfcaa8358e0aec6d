"""The half bottle again and the hooch den (the drink and cravings of rounds 112-113: vegetable hawkers,
fish markets, electricity linemen, soda and sugarcane carts, newspaper vendors, water tankers):

- "finished a half on the night duty"; "the bhang, then a
  quarter on top"; "shut the van and went straight to the hatbhatti"; "the daily half has started again",
  "the drink did not leave me";
- cravings: "everyone on the jetty is drinking, my mind wants it too", "the whole fair is drinking, should
  I go too?", "they've thrown a party and called me, what do I do"; "the craving to drink" spelt "tallaf";
  "my mind is going back there"; "my mind won't stop today"; "felt like turning the van towards the old
  adda"; rounds 114-115: "two months held, yesterday I took the glass in hand", "stopped at the phata and had
  one", the toddy shop "3 glasses"; cravings: "my head is still there", "my eyes stayed on it", "my feet turn
  towards the adda" on pay day, "I want to go so badly", "today I almost stopped".

Words and the rules that read them (appended to the area's COMBINATIONS by readings_from_round_88.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import NOT_MINE, Combination, _g
from alumni.domain.crisis.detection import Category

RE, CR = Category.RELAPSE, Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    "ah_hatbhatti_den": ("hatbhattivar", "हातभट्टीवर", "hatbhattit", "हातभट्टीत", "hatbhatti var", "shindi shop",
                         "शिंदीचं दुकान", "shindi chya dukanat", "toddy shop", "tadi ki dukan", "deshi dukan", "देशी दुकान",
                         "बारवाल्याने", "बारवाला", "barwala"),
    "ah_knows_what_happens": ("i know what happens there", "wahan kya hota hai pata hai", "तिथे काय होतं माहित आहे"),
    # ("adhiya" alone folds onto "diya", gave; "addha" onto "aadha", half)
    "ah_small_bottle": ("ek adhiya", "एक अधिया", "roz ka adhiya", "रोज का अधिया", "quarter", "क्वार्टर", "pauwa", "पौवा",
                        "पव्वा", "pavva", "khamba", "खंबा", "nip"),
    "ah_finished": ("खत्म कर दिया", "khatam kar diya", "khatam kar di", "ख़त्म कर दिया", "संपवला", "sampavla", "संपवली",
                    "sampavli", "finished a", "khali kar di", "खाली कर दी", "चढ़ा ली", "chadha li", "gatak li",
                    "गटक ली"),
    "ah_on_top": ("on top", "upar se", "ऊपर से", "त्यावर", "tyavar", "वरून", "varun"),
    "ah_straight": ("seedha", "सीधा", "sidha", "सरळ", "saral", "sarla", "straight"),
    "ah_went_i": ("gelo", "गेलो", "गया", "gaya", "went", "chala gaya", "चला गया"),
    "ah_started_again": ("fir se chalu ho gaya", "फिर से चालू हो गया", "phir se chalu", "फिर से शुरू", "phir se shuru",
                         "fir se shuru", "परत सुरू झालं", "parat suru zala", "पुन्हा सुरू", "punha suru",
                         "started again", "back on it"),
    # rounds 114-115
    "ah_glass_in_hand": ("ग्लास हातात घेतला", "glass hatat ghetla", "ग्लास हातात घेतलाच", "glass hatat ghetlach",
                         "गिलास हाथ में ले लिया", "picked up the glass"),
    "ah_stopped_took": ("थांबलो आणि घेतली", "thamblo ani ghetli", "ruka aur le li", "रुका और ले ली",
                        "stopped and had one"),
    "ah_glasses": ("3 glasses", "2 glasses", "two glasses", "three glasses", "3 glass", "2 glass", "4 glass",
                   "दोन ग्लास", "तीन ग्लास", "don glass", "teen glass"),
    "ah_pull": ("डोकं तिथेच", "doka tithech", "dokyat te chalu", "डोक्यात ते चालू", "नजर तिथेच", "najar tithech",
                "mann dol gaya", "man dol gaya", "मन डोल गया", "bechaini", "बेचैनी", "mann thikanyavar nahi",
                "man thikanyavar nahi", "मन ठिकाण्यावर नाही", "पाय वळतायत", "paay valtayt", "पाय तिकडेच वळ*",
                "pay tikdech val*", "पाय थांबले", "paay thambale", "want to go so badly", "almost stopped",
                "kasatari thambavla", "कसातरी थांबवलं", "कसाबसा घरी आलो", "kasabasa ghari alo", "mann hota",
                "मन होतं", "ata kay karu", "आता काय करू", "वळतायत", "valtayt"),
    "ah_pay_day": ("pagar zalay", "पगार झाला", "पगार झालाय", "payday", "pay day", "salary aayi", "सैलरी आई",
                   "तनख्वाह मिली", "pagar mila"),
    "ah_didnt_leave": ("daru chhuti nahi", "दारू छूटी नहीं", "दारू सुटली नाही", "daru sutli nahi", "sharab nahi chhuti",
                       "शराब नहीं छूटी", "couldn't quit drinking", "couldnt quit drinking"),
    # cravings
    "ah_others_drinking": ("sab pi rahe", "सब पी रहे", "sagle pit aahet", "sagle pit ahet", "सगळे पितायत",
                           "sagle pitayat", "सगळे पीत आहेत", "everyone drinking", "everyone is drinking",
                           "party thevli", "पार्टी ठेवली", "party rakhi hai", "पार्टी रखी है", "sab pee rahe", "sab chilam pi rahe", "chilam pi rahe the"),
    "ah_me_too": ("maza pan man hotay", "माझं पण मन होतंय", "मी पण जाऊ का", "mi pan jau ka", "mera bhi man",
                  "मेरा भी मन", "मैं भी जाऊं क्या", "main bhi jau kya", "mushkil hai", "मुश्किल है", "kay karu",
                  "काय करू", "kya karu", "क्या करूं", "mala pan bolavla", "मला पण बोलावलं", "hard to say no"),
    "ah_urge_spelt": ("tallaf", "तल्लफ", "pinyachi tallaf", "पिण्याची तल्लफ", "pinyachi talaf", "पिण्याची तलफ"),
    "ah_memory_of": ("आठवण", "aathvan", "आठवण येते", "aathvan yete", "athvan yete", "याद आती है", "yaad aati hai", "miss it"),
    "ah_packet": ("देशीचीच", "देशीची", "deshichi", "batli", "बाटली", "पुडी", "pudi", "पुडीची", "pudichi", "पुड़िया", "pudiya"),
    "ah_hard_going": ("कठीण जातंय", "kathin jatay", "अवघड जातंय", "avghad jatay", "मुश्किल हो रहा", "mushkil ho raha",
                      "it's hard", "its hard"),
    "ah_mind_back": ("mind is going back", "mind keeps going back", "man wapas ja raha", "मन वापस जा रहा",
                     "मन परत तिकडे", "man parat tikde", "मन तिकडे ओढ घेतंय", "man tikde odh"),
    "ah_mind_wont_stop": ("मन नहीं रुक रहा", "man nahi ruk raha", "मन थांबत नाही", "man thambat nahi",
                          "मन आवरत नाही", "man avrat nahi"),
    "ah_felt_like_turning": ("valvavishi vatli", "वळवावीशी वाटली", "valvavisa vatla", "वळवावंसं वाटलं",
                             "मोड़ने का मन", "modne ka man", "felt like turning"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

# The den by the older lists' names, or the hooch den by its case ending ("हातभट्टीवर गेलो"; "hatbhatti"
# alone is also the drink itself, which those lists read).
_DEN = _g("liquor_place", "drink_place", "ah_hatbhatti_den")

ADHIYA_AGAIN_AND_THE_HATBHATTI: tuple[Combination, ...] = (
    Combination(RE, (_g("ah_small_bottle"), _g("ah_finished")), 2, order=True, unless=NOT_MINE, unless_reach=3),
    Combination(RE, (_g("ah_small_bottle"), _g("ah_on_top")), 3, unless=NOT_MINE, unless_reach=3),
    Combination(RE, (_g("ah_straight"), _DEN, _g("ah_went_i")), 1, order=True,
                unless=NOT_MINE, unless_reach=3),
    Combination(RE, (_g("ah_small_bottle"), _g("ah_started_again")), 8, across=True),
    Combination(RE, (_g("ah_didnt_leave"),)),
    Combination(RE, (_g("ah_glass_in_hand"),), unless=NOT_MINE, unless_reach=3),
    Combination(RE, (_g("ah_stopped_took"),), unless=_g("beverage", "negation"), unless_reach=3),
    Combination(RE, (_DEN, _g("ah_glasses")), 12, across=True),
    Combination(RE, (_g("ah_straight"), _g("ah_small_bottle")), 4, order=True, unless=NOT_MINE, unless_reach=3),
    Combination(CR, (_g("ah_others_drinking"), _g("ah_me_too")), 20, across=True),
    Combination(CR, (_g("ah_urge_spelt"),)),
    Combination(CR, (_g("ah_packet", "liquor_place", "drink_place"),
                     _g("ah_memory_of", "ah_hard_going", "ah_mind_wont_stop")), 14, across=True),
    Combination(CR, (_g("ah_mind_back"),)),
    Combination(CR, (_g("alcohol", "cannabis", "opioids", "cocaine", "sedatives", "stimulants", "inhalants", "drugs",
                        "liquor_place", "drink_place", "ah_hatbhatti_den", "ah_packet", "ah_pay_day", "gs_brand",
                        "ah_others_drinking", "ah_knows_what_happens"), _g("ah_pull")), 20, across=True),
    Combination(CR, (_g("liquor_place", "drink_place", "cannabis", "alcohol"),
                     _g("ah_mind_wont_stop", "ah_felt_like_turning")), 20,
                across=True),
)
