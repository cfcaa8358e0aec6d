"""Suicide and self-harm told by students in coaching hubs and hostels (round 32, holdout 98:
NEET, JEE, MPSC and bank-exam aspirants in Kota, Latur, Pune, Delhi, Indore and Prayagraj):

- the result or the merit list, and if the name is not on it, gone: "उद्या निकाल आहे. नाव नाही
  आलं तर मी नसेन", "naav nahi aala tar latur station chya rulavar bhetin", "रैंक लिस्ट में नाम
  नहीं तो इस दुनिया में भी मेरी जगह नहीं";
- the parents' land sold for the classes, and no face to show them: "ata tond kasa dakhvu tyanna.
  sampla sagla"; "आई बाबा माफ करा, माझ्याकडून नाही होणार आता";
- the fan and the dupatta on the mind, the railway line behind the coaching "so easy", train
  timings checked "not to go home", a note kept under the pillow, the PG's terrace and looking
  down;
- told by a mother, a warden or a friend: crying on the phone and "we won't meet now", found
  sitting by the tracks at night, sitting on the terrace's parapet not speaking, pills taken and
  not waking, "don't waste money on me";
- the roommate's sleeping tablets stolen and counted for tonight; a compass dragged over the hand
  after a test.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH, OD = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    "rd_not_on_the_list": ("नाम नहीं आया तो", "naam nahi aaya to", "नाव नाही आलं तर", "naav nahi aala tar",
                           "नाव नसेल तर", "naav nasel tar", "नाव नाही तर", "naav nahi tar", "नाम नहीं तो",
                           "naam nahi to", "if my name isnt", "if my name isn't", "not on the list"),
    "rd_then_gone": ("मी नसेन", "mi nasen", "मी पण नसेन", "mi pan nasen", "पटरी पर मिलूँगा", "पटरी पर मिलूंगा",
                     "patri par milunga", "rulavar bhetin", "रुळावर भेटीन", "मैं नहीं रहूंगा", "main nahi rahunga"),
    "rd_no_place": ("जगात पण जागा नाही", "jagat pan jaga nahi", "दुनिया में भी मेरी जगह नहीं",
                    "duniya me bhi meri jagah nahi", "no place for me in this world", "no place in this world"),
    "rd_no_face": ("तोंड कसं दाखवू", "tond kasa dakhvu", "मुंह कैसे दिखाऊं", "muh kaise dikhaun",
                   "मुँह कैसे दिखाऊँ", "how do i face them", "how will i face them"),
    "rd_all_over": ("संपलं सगळं", "sampla sagla", "सगळं संपलं", "sagla sampla", "सब खत्म", "sab khatam"),
    "rd_cannot_anymore": ("माझ्याकडून नाही होणार आता", "majhyakadun nahi honar ata", "mujhse ab nahi hoga",
                          "मुझसे अब नहीं होगा", "mujhse nahi hoga ab", "मुझसे नहीं होगा अब", "cant do this anymore",
                          "can't do this anymore"),
    "rd_parents": ("आई बाबा", "aai baba", "mummy papa", "मम्मी पापा", "maa papa", "मां पापा", "mom dad"),
    "rd_on_the_mind": ("दिमाग में घूमता", "dimag me ghoomta", "dimaag me ghoomta", "डोक्यात फिरतंय", "dokyat firtay",
                       "on my mind", "keeps going round"),
    "rd_so_easy": ("kitna aasan", "कितना आसान", "so easy", "aasan hai", "आसान है", "kiti sopa", "किती सोपं"),
    "rd_train_times": ("train timings", "train ka time", "ट्रेन का टाइम", "gadichi vel", "गाडीची वेळ"),
    "rd_not_to_go_home": ("not to go home", "ghar jaane ke liye nahi", "घर जाने के लिए नहीं", "ghari janyasathi nahi"),
    "rd_under_pillow": ("उशीखाली", "ushikhali", "under the pillow", "under my pillow", "takiye ke neeche",
                        "तकिये के नीचे"),
    "rd_written_kept": ("लिहून ठेवलीय", "lihun thevliy", "लिहून ठेवली", "lihun thevli", "likh ke rakhi",
                        "लिख के रखी", "written and kept"),
    "rd_crying": ("रडत होता", "radat hota", "रो रहा था", "ro raha tha", "crying", "रडत होती", "radat hoti"),
    "rd_wont_meet": ("आता भेटणार नाही", "ata bhetnar nahi", "अब कभी नहीं मिलें*", "ab kabhi nahi milen*",
                     "won't see you again", "wont see you again"),
    "rd_waste_on_me": ("paisa waste mat karo mujhpe", "पैसा वेस्ट मत करो मुझपे", "पैसे वाया घालवू नका माझ्यावर",
                       "don't waste money on me", "dont waste money on me"),
    "rd_found_sitting": ("बसलेला सापडला", "baslela sapdla", "बैठा मिला", "baitha mila", "found sitting"),
    "rd_not_speaking": ("काहीच बोलत नाहीये", "kahich bolat nahiye", "कुछ बोल नहीं रहा", "kuch bol nahi raha",
                        "not speaking", "not saying anything"),
    "rd_not_waking": ("उठतच नाहीये", "uthatach nahiye", "उठत नाहीये", "uthat nahiye", "not waking up",
                      "uth nahi raha", "उठ नहीं रहा"),
    "rd_sleeping_tabs": ("sleeping tabs", "sleep tabs", "neend ki tabs", "zopechya tabs"),
    "rd_compass": ("compass", "कंपास", "कम्पास"),
    "rd_scratched": ("khurach diya", "खुरच दिया", "orbadla", "ओरबाडला", "scratched", "khurcha"),
    "rd_terrace": ("गच्चीच्या", "गच्चीवर", "gachivar", "gachhivar", "gachichya", "gacchivar", "terrace", "छत की",
                   "chhat ki", "छताच्या", "chhatachya"),
    "rd_looking_down": ("khali baghun", "खाली बघून", "neeche dekh ke", "नीचे देख के", "looking down"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

RESULT_DAY_AND_RANK_LIST: tuple[Combination, ...] = (
    Combination(S, (_g("rd_not_on_the_list"), _g("rd_then_gone", "rd_no_place")), 14, across=True),
    Combination(S, (_g("rd_no_place"),), 0),
    Combination(S, (_g("rd_no_face"), _g("rd_all_over")), 12, across=True),
    Combination(S, (_g("rd_parents"), _g("rd_cannot_anymore")), 10, across=True),
    Combination(S, (_g("river_god_fan"), _g("ligature"), _g("rd_on_the_mind")), 10, across=True),
    Combination(S, (_g("rail_line", "river_god_rails"), _g("rd_so_easy")), 12, across=True),
    Combination(S, (_g("rd_train_times"), _g("rd_not_to_go_home")), 10),
    Combination(S, (_g("river_god_note"), _g("rd_written_kept"), _g("rd_under_pillow")), 6),
    Combination(S, (_g("rd_crying"), _g("rd_wont_meet")), 10, across=True),
    Combination(S, (_g("rd_waste_on_me"),), 0),
    Combination(S, (_g("gf_by_the_rails", "rail_line"), _g("rd_found_sitting")), 8),
    # (a roof's parapet, not a river's bank: "nadi kinari basloy" is an evening out)
    Combination(S, (_g("rd_terrace"), _g("river_god_edge"), _g("posture", "sits_there")), 8),
    Combination(S, (_g("height"), _g("posture", "sits_there", "sat_down"), _g("rd_looking_down")), 10, across=True),
    Combination(OD, (_g("pills", "sedatives"), _g("eat", "took", "swallow"), _g("rd_not_waking")), 10, across=True),
    Combination(OD, (_g("rd_sleeping_tabs"), _g("count", "more_than_one"), _g("tonight")), 14, across=True),
    Combination(SH, (_g("rd_compass"), _g("rd_scratched"), _g("hand_part", "hod_hand")), 6),
)
