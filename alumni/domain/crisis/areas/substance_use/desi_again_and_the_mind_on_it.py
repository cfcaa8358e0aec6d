"""Desi again and the mind on it (the using and wanting of rounds 116-117: road crews, canal staff, khadi
spinners, golf caddies, hill-shrine bearers, census enumerators):

- "took it too, I won't lie" ("मी पण घेतली, खोटं बोलणार नाही", "थोडीशीच घेतली पण घेतली"); made to sit
  with them "and I took some too" ("basavla, mi pan ghetli"); "desi ghetoy" (taking the country liquor,
  every evening for three days); "didn't stop at one"; "a little every night has started again"
  ("थोडी थोडी चालू झालीय परत"); a round of MD "it was a mistake";
- cravings: "I am this close" beside the bottles and a cry for help; "the bhatti comes to mind"; "almost
  went, turned back, but the wish is still there"; "my mind is still there" beside the bottle left or the
  invitation said no to; "haven't had it yet but I'm restless"; "everyone drinks, I feel like it too";
  "someone talk me home".

Words and the rules that read them (appended to the area's COMBINATIONS by readings_from_round_88.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import NOT_MINE, Combination, _g
from alumni.domain.crisis.detection import Category

RE, CR = Category.RELAPSE, Category.CRAVING
# concepts.SUBSTANCE_CONCEPTS, named here: concepts imports the areas, so the areas cannot import it
_SUBSTANCE = ("alcohol", "cannabis", "opioids", "cocaine", "sedatives", "stimulants", "inhalants", "drugs")
_ANY_DRINK = _g(*_SUBSTANCE, "bottle_word", "liquor_place")

NEW: dict[str, tuple[str, ...]] = {
    "dm_took_it_too": ("मी पण घेतली", "mi pan ghetli", "mi pan ghetla", "मी पण घेतला", "मैंने भी ले ली",
                       "maine bhi le li", "maine bhi li", "मैंने भी ली", "मग मी पण घेतली", "i had one too",
                       "थोडीशीच घेतली", "thodishich ghetli", "थोडीशी घेतली", "thodishi ghetli", "थोड़ी सी ली",
                       "thodi si li", "थोड़ी सी पी ली", "thodi si pi li"),
    "dm_wont_lie": ("खोटं बोलणार नाही", "khota bolnar nahi", "खोटं नाही बोलणार", "khota nahi bolnar",
                    "झूठ नहीं बोलूंगा", "jhooth nahi bolunga", "jhuth nahi bolunga", "won't lie", "wont lie",
                    "not going to lie", "चूक झाली", "chuk zali", "गलती हो गई", "galti ho gayi"),
    "dm_made_to_sit": ("basavla", "बसवलं", "बसवला", "basavle", "bitha liya", "बिठा लिया", "bithaya", "बिठाया"),
    "dm_desi": ("desi", "देशी", "deshi"),
    "dm_taking_now": ("ghetoy", "घेतोय", "ghetoya", "pi raha hu", "पी रहा हूं", "le raha hu", "ले रहा हूं", "peeta hu",
                      "पीता हूं"),
    "dm_didnt_stop_at_one": ("didnt stop at one", "didn't stop at one", "couldn't stop at one", "couldnt stop at one",
                             "ek pe nahi ruka", "एक पे नहीं रुका", "एकावर थांबलो नाही", "ekavar thamblo nahi"),
    "dm_little_by_little": ("थोडी थोडी", "thodi thodi", "थोडी-थोडी", "थोड़ी थोड़ी", "little by little"),
    "dm_started": ("चालू झालीय", "chalu zaliy", "चालू झाली", "chalu zali", "सुरू झाली", "suru zali", "शुरू हो गई",
                   "shuru ho gayi", "started"),
    "dm_a_round": ("round घेतला", "round ghetla", "round liya", "राउंड लिया", "round maara", "राउंड मारा"),
    "dm_this_close": ("i am this close", "i'm this close", "im this close", "this close to", "itne kareeb",
                      "इतना करीब"),
    "dm_cry_for_help": ("help", "मदत", "madat", "bachao", "बचाओ", "please"),
    "dm_comes_to_mind": ("aathvan yetey", "आठवण येतेय", "aathvan yete", "आठवण येते", "yaad aa rahi", "याद आ रही",
                         "याद आती", "yaad aati", "i miss it"),
    "dm_bhatti": ("bhattichi", "भट्टीची", "bhatti", "भट्टी"),
    "dm_almost_went": ("जवळ जवळ", "javal javal", "जवळजवळ", "gelo ch hoto", "गेलोच होतो", "almost went",
                       "lagbhag chala gaya", "लगभग चला गया"),
    "dm_urge_still": ("इच्छा अजून आहे", "ichha ajun ahe", "इच्छा अभी भी है", "ichha abhi bhi", "the urge is still",
                      "urge is still there", "मन अजून तिथेच", "man ajun tithech"),
    "dm_mind_on_it": ("dimaag wahi pe hai", "दिमाग वहीं पे है", "dimag wahi pe", "दिमाग वहीं है", "डोकं तिथेच",
                      "dok tithech", "vichar ajun tithech", "विचार अजून तिथेच", "my mind is still on it",
                      "mind is still on it", "can't stop thinking about it", "cant stop thinking about it"),
    "dm_lets_sit": ("chal basu", "चल बसू", "chala basu", "चला बसू", "chal baithte", "चल बैठते", "left a bottle",
                    "bottle chhodi", "बोतल छोड़ी"),
    "dm_not_yet": ("ghetli nahi ajun", "घेतली नाही अजून", "abhi tak nahi li", "अभी तक नहीं ली", "haven't had one yet",
                   "havent had one yet", "not yet"),
    "dm_restless": ("tarafadtoy", "तडफडतोय", "tadap raha", "तड़प रहा", "restless", "bechain", "बेचैन"),
    "dm_all_drink": ("sagle pitat", "सगळे पितात", "sab peete", "सब पीते", "everyone drinks", "everyone is drinking"),
    "dm_me_too_feel": ("mala pan vatta", "मला पण वाटतं", "mujhe bhi lagta", "मुझे भी लगता", "mujhe bhi mann",
                       "मुझे भी मन", "i feel like it too"),
    "dm_get_me_home": ("घरापर्यंत पोचवा", "gharaparyant pochva", "ghar tak pahuncha do", "घर तक पहुंचा दो",
                       "talk me home", "get me home"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

DESI_AGAIN_AND_THE_MIND_ON_IT: tuple[Combination, ...] = (
    Combination(RE, (_g("dm_took_it_too"), _g("dm_wont_lie")), 10, across=True),
    Combination(RE, (_g("dm_made_to_sit"), _g("dm_took_it_too")), 6),
    Combination(RE, (_g("dm_desi"), _g("dm_taking_now")), 2, order=True, unless=NOT_MINE, unless_reach=3),
    Combination(RE, (_g("dm_didnt_stop_at_one"),), unless=NOT_MINE, unless_reach=3),
    Combination(RE, (_g("dm_little_by_little"), _g("dm_started"), _g("again")), 8),
    Combination(RE, (_g(*_SUBSTANCE, "sq_md"), _g("dm_a_round")), 4, unless=NOT_MINE, unless_reach=3),
    Combination(RE, (_g(*_SUBSTANCE), _g("dm_a_round", "dm_took_it_too"), _g("dm_wont_lie")), 12,
                across=True),
    Combination(CR, (_g("dm_this_close"), _ANY_DRINK), 20, across=True),
    Combination(CR, (_g("dm_comes_to_mind"), _g("dm_bhatti", *_SUBSTANCE, "liquor_place")), 4),
    Combination(CR, (_g("dm_almost_went"), _g("dm_urge_still")), 20, across=True),
    Combination(CR, (_g("dm_mind_on_it"), _g("dm_lets_sit", "offered", *_SUBSTANCE, "bottle_word")), 20,
                across=True),
    Combination(CR, (_g("dm_not_yet"), _g("dm_restless")), 10),
    Combination(CR, (_g("dm_all_drink"), _g("dm_me_too_feel")), 10, across=True),
    Combination(CR, (_g("dm_get_me_home"), _g("dm_desi", *_ANY_DRINK)), 30, across=True),
)
