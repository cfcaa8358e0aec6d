"""Suicide and self-harm told through jails and the court (round 30, holdout 90: undertrials,
convicts and those released, Yerwada, Arthur Road, Taloja, Tihar):

- a fellow prisoner's hanging seen, and the same way seen for oneself: "Taloja me ek banda chadar
  se latak gaya tha ... mujhe bhi wahi rasta dikhta hai", "... to scene roj dolyasamor yeto ani
  vatata mi pan";
- the fan measured with the eyes, the noose thought over, the bedsheet long enough: "पंख्याकडे
  बघत रात्र जाते, फास कसा लावायचा ते डोक्यात फिरतंय", "the bedsheet in my room is long enough";
- up on the roof and not coming down, the bridge and not stopping this time: "aaj raat upar
  jaunga aur neeche nahi aaunga", "कल रात पुल पर खड़ा था ... इस बार रुकूँगा नहीं";
- gone before the verdict, never back inside: "फैसले वाले दिन से पहले ही मैं चला जाऊँगा",
  "if the judge sends me back im not going back inside, ill finish it before that", "he wont go
  back to arthur road alive";
- told by a wife: the room locked from inside, no sound, no answer;
- a shard of glass kept and drawn over the wrist every night.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH, OD = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    "bp_someone_hanged": ("chadar ne gala lavla", "चादरीने गळा लावला", "chadar se latak", "chadar se latka",
                          "चादर से लटक", "latak gaya tha", "लटक गया था", "gala lavla hota", "गळा लावला होता",
                          "hanged himself", "hung himself"),
    "bp_that_way_for_me": ("vatata mi pan", "वाटतं मी पण", "vatat mi pan", "mujhe bhi wahi rasta", "मुझे भी वही रास्ता",
                           "main bhi wahi", "मैं भी वही", "mi pan tasach", "मी पण तसाच", "the same way out",
                           "same way for me"),
    "bp_measuring": ("measuring it", "measure it", "measuring the", "naapta", "नापता", "naap raha", "नाप रहा",
                     "mojto", "मोजतो", "mojat", "मोजत"),
    "bp_noose": ("फास कसा", "fas kasa", "फास लावायचा", "fas lavaycha", "फास लावून", "fas lavun", "फास घ्यायचा",
                 "fas ghyaycha", "how to tie the noose", "how to tie a noose", "फास करून", "fas karun"),
    "bp_sheet": ("bedsheet", "bed sheet", "chadar", "चादर", "चादरी*", "chaddar"),
    "bp_long_enough": ("long enough", "lambi hai kaafi", "kaafi lambi", "काफी लंबी", "पुरेशी लांब", "purshi lamb",
                       "lamb ahe purshi"),
    "bp_wont_stop": ("इस बार रुकूँगा नहीं", "इस बार रुकूंगा नहीं", "is baar rukunga nahi", "rukunga nahi",
                     "रुकूंगा नहीं", "रुकूँगा नहीं", "ya veli thambnar nahi", "या वेळी थांबणार नाही",
                     "wont stop this time", "won't stop this time",
                     # round 31: "आज नहीं रुकूंगा"
                     "नहीं रुकूंगा", "नहीं रुकूँगा", "nahi rukunga"),
    "bp_verdict_day": ("फैसले वाले दिन", "faisle wale din", "faisle ke din", "फैसले के दिन", "peshi", "पेशी*",
                       "hearing", "verdict", "judge", "फैसले", "फैसला", "faisla", "faisle"),
    "bp_before_it": ("se pehle hi", "से पहले ही", "aadhich", "आधीच", "before that", "before the"),
    "bp_gone_first": ("chala jaunga", "चला जाऊँगा", "चला जाऊंगा", "mi janar", "मी जाणार", "finish it",
                      "end it", "khatam kar dunga", "खत्म कर दूंगा", "sampvun takin", "संपवून टाकीन"),
    "bp_not_back_inside": ("not going back inside", "wont go back", "won't go back", "दोबारा बैरक नहीं",
                           "barrack nahi dekhni", "बैरक नहीं देखनी", "परत बराकीत पाय ठेवणार नाही",
                           "barakit pay thevnar nahi", "wapas andar nahi jaunga", "वापस अंदर नहीं जाऊंगा",
                           "parat aat janar nahi", "परत आत जाणार नाही"),
    "bp_alive": ("alive", "zinda", "जिंदा", "ज़िंदा", "jivant", "जिवंत"),
    "bp_locked_in": ("कमरा lock", "room lock", "door locked", "locked the door", "locked himself",
                     "दरवाजा बंद कर लिया", "कमरा बंद कर लिया", "अंदर से बंद", "andar se band", "आतून कडी",
                     "aatun kadi", "दार आतून बंद", "dar aatun band"),
    "bp_no_answer": ("कोई आवाज़ नहीं", "कोई आवाज नहीं", "koi awaaz nahi", "koi aawaz nahi", "जवाब नहीं दे",
                     "jawab nahi de", "not answering", "no response", "no sound", "उत्तर देत नाही", "uttar det nahi",
                     "आवाज येत नाही", "awaj yet nahi", "दार उघडत नाही", "dar ughadat nahi"),
    # Too much at once, and the heart racing: "एक साथ बहुत सारा माल खींच लिया, दिल बहुत तेज़ धड़क रहा है".
    "bp_stuff_taken": ("माल खींच", "maal kheench", "maal khinch", "पुड्या ओढल्या", "pudya odhlya", "पुड़िया खींच",
                       "pudiya kheench", "माल ओढला", "maal odhla", "snorted", "smoked all of it"),
    "bp_heart_racing": ("दिल बहुत तेज़", "दिल तेज़ धड़क", "दिल तेज धड़क", "dil tez dhadak", "dil bahut tez",
                        "धडधडतेय", "dhadhadtey", "छाती धडधड", "chhati dhadhad", "heart racing", "heart is racing",
                        "heart pounding", "डोळे फिरतायत", "dole phirtayat"),
    "bp_glass_shard": ("काचेचा तुकडा", "kachecha tukda", "कांच का टुकड़ा", "काँच का टुकड़ा", "kaanch ka tukda",
                       "kanch ka tukda", "glass piece", "piece of glass"),
    "bp_over_the_wrist": ("मनगटावर", "managatavar", "managtavar", "कलाई पर", "कलाई पे", "kalai par", "kalai pe",
                          "over my wrist", "across my wrist", "on my wrist"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

BARRACK_AND_PESHI: tuple[Combination, ...] = (
    Combination(S, (_g("bp_someone_hanged"), _g("bp_that_way_for_me")), 20, across=True),
    Combination(S, (_g("river_god_fan"), _g("bp_measuring", "bp_noose")), 12, across=True),
    Combination(S, (_g("bp_noose"),), 0),
    Combination(S, (_g("bp_sheet", "ligature"), _g("bp_long_enough")), 6),
    # (at_the_edge.py reads a high place; a roof gone up to tonight is read here, a kite or a
    # repair up there stays quiet)
    Combination(S, (_g("height"), _g("not_down_mine"), _g("tonight")), 12, across=True,
                unless=_g("height_pastime", "laugh"), unless_reach=12),
    Combination(S, (_g("height", "tgu_at_the_edge", "ld_bridge_or_water"), _g("bp_wont_stop")), 14, across=True),
    Combination(S, (_g("bp_verdict_day"), _g("bp_before_it"), _g("bp_gone_first", "going_there")), 10, across=True),
    Combination(S, (_g("bp_not_back_inside"), _g("bp_alive", "bp_gone_first", "bp_before_it", "end")), 12,
                across=True),
    Combination(S, (_g("bp_locked_in"), _g("bp_no_answer")), 10, across=True),
    Combination(SH, (_g("bp_glass_shard"), _g("bp_over_the_wrist")), 14, across=True),
    Combination(OD, (_g("river_god_all_at_once", "quantity"), _g("bp_stuff_taken"), _g("bp_heart_racing")), 14,
                across=True),
)
