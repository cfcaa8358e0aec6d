"""Suicide told through sand mining and the quarry (round 28, holdout 83):

- the quarry's explosives kept at home or in a bag: "सुरुंगाच्या काड्या आणून ठेवल्यात, आज रात्री
  शेवट", "blasting का detonator मेरे पास है, kisi ko mat batana", "kept one gelatin stick from
  todays blasting in my bag";
- the deep pit the dredging left, and going there: "वैनगंगेच्या पात्रात जिथे वाळू उपसली तिथे खूप खोल
  आहे, मी तिथेच जाणार", "बेतवा के किनारे बैठा हूं ... बहुत गहरा है, सोच रहा हूं बस चला जाऊं";
- the crusher's belt and one step: "क्रशरचा पट्टा बघितला की वाटतं एक पाऊल आणि सुटका";
- a stone tied to the neck: "खदानीच्या पाण्यात गळ्याला दगड बांधून उतरायचं ठरवलंय";
- not to see the morning: "mujhe nahi lagta main kal subah dek paunga";
- no intention to return, standing before the night's dumper, a truck that would be better if
  it hit the writer, wanting to end it, ending it all now: "wapas aane ka koi irada nahi", "ratri
  valu cha dumper yeto tevha samor ubha rahnar ahe", "mala ata sampvaychay", "bas ab khatam kar
  du sab".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    "pb_explosive": ("gelatin stick", "gelatin", "जिलेटिन", "detonator", "डेटोनेटर", "barood", "बारूद", "surung",
                     "सुरुंग", "सुरुंगाच्या", "surungachi", "blasting material", "blasting चं material", "blasting का",
                     "blasting wala", "explosive", "explosives", "dynamite",
                     # round 41 (coal mines): plurals, and the Marathi "stick" of blasting
                     "detonators", "gelatin sticks", "ब्लास्टिंगची कांडी", "ब्लास्टिंगच्या कांड्या", "blasting chi kandi",
                     "blastingchi kandi", "blasting chya kandya"),
    "pb_kept": ("kept", "ठेवल्यात", "ठेवलीय", "thevli", "thevlay", "thevlya", "chupa ke rakha", "छुपा के रखा",
                "rakha hai", "रखा है", "आणलंय", "aanlay", "घरी आणलंय", "ghari aanla", "मेरे पास है", "mere paas hai",
                "in my bag", "kholit", "खोलीत", "kamre me", "कमरे में", "मिली हैं", "mili hain", "found in his room",
                "रख ली", "rakh li", "रख लिया", "rakh liya", "अपने पास", "apne paas", "in my tiffin", "आणल्यात", "anlyat",
                "लपवली", "lapavli", "lapvli", "लपवल्या"),
    # Phrases only: "pit" folds onto "पीत" (drinking) and "पिता", "खड्डा" onto "खड़ा" (standing), "गहरा"
    # onto "ghar", "खोल" onto "कॉल".
    "pb_pit": ("the pit", "pit मध्ये", "pit me", "pit near", "खड्ड्यात", "khadyat", "गड्ढे में", "gaddhe me",
               "गड्ढे के पास", "gaddhe ke paas", "खड्ड्याजवळ", "khadyajaval", "पात्रात", "patrat", "where they dredged",
               "वाळू उपसली", "valu upasli", "रेत निकाली", "ret nikali", "khol khadda", "खोल खड्डा",
               # round 41 (coal mines): the old mine, its shaft and its flooded pit
               "old pit", "flooded pit", "old shaft", "juna shaft", "juni khan", "जुनी खाण", "जुन्या खदानीच्या",
               "khanichya", "खाणीच्या", "खदानीच्या", "khadanichya", "खदान वाले गड्ढे", "khadan ke paani",
               "खदान के पानी", "edge of the quarry", "quarry edge"),
    "pb_deep": ("खूप खोल", "khup khol", "बहुत गहरा", "bahut gahra", "very deep", "feet deep", "deep now"),
    "pb_going": ("जाणार", "janar", "jaycha", "चला जाऊं", "chala jaun", "standing here", "जातोय", "jatoy",
                 "utar jaunga", "उतर जाऊंगा", "सो जाऊं", "so jaun", "बुडून जातो", "budun jaato", "budun jato",
                 "ata sampavto", "आता संपवतो", "thinking nobody would", "nobody would even find me",
                 "wahi jaana hai", "वहीं जाना है", "वही जाना है", "tithech jaycha", "तिथेच जायचं", "कड्यावर उभा",
                 "kadyavar ubha", "kadyavar basla", "कड्यावर बसला", "khali baghtoy", "खाली बघतोय", "bhiti nahi vatat",
                 "भीती नाही वाटत", "wont walk back", "won't walk back", "dont think i will walk back"),
    "pb_belt": ("crusher belt", "क्रशरचा पट्टा", "crusher", "क्रशर", "बेल्ट में", "belt me", "belt mein"),
    "pb_step_or_let_go": ("एक पाऊल", "ek paul", "one step", "हाथ छोड़ दूं", "haath chhod du", "चला जाऊं", "chala jaun",
                          "its over", "सुटका", "sutka"),
    "pb_stone_on_neck": ("गळ्याला दगड", "galyala dagad", "गले में पत्थर", "gale me patthar", "stone around my neck",
                         "stone to my neck", "stone tied to my neck"),
    "pb_see_the_morning": ("kal subah dekh paunga", "कल सुबह देख पाऊंगा", "कल सुबह देख पाऊँगा", "कल की सुबह देख",
                           "kal ki subah dekh", "see tomorrow morning", "see the morning", "make it to morning",
                           "udyachi sakal baghnar", "उद्याची सकाळ बघणार", "udyachi sakal baghen", "उद्याची सकाळ बघेन"),
    "pb_no_intent_to_return": ("wapas aane ka koi irada nahi", "वापस आने का कोई इरादा नहीं", "wapas aane ka irada nahi",
                               "no plan to come back", "not planning to come back", "parat yaycha vichar nahi",
                               "परत यायचा विचार नाही"),
    "pb_stand_before": ("samor ubha rahnar", "समोर उभा राहणार", "samne khada ho jaunga", "सामने खड़ा हो जाऊंगा",
                        "सामने खड़ा हो जाऊँगा", "stand in front of"),
    "pb_hit_me": ("truck hits me", "truck hit me", "bus hits me", "car hits me", "runs me over", "run me over",
                  "mujhe uda de", "mala udavla tar", "मला उडवलं तर",
                  "mujhe thok de", "मुझे ठोक दे"),
    "pb_want_to_end": ("mala ata sampvaychay", "mala sampvaychay", "मला संपवायचंय", "मला आता संपवायचंय",
                       "mala sampvaycha ahe", "मला संपवायचं आहे", "mi sampnar", "मी संपणार",
                       # no place left for the writer in the world
                       "jagat majhyasathi jaga nahi", "जगात माझ्यासाठी जागा नाही", "duniya me mere liye jagah nahi",
                       "दुनिया में मेरे लिए जगह नहीं"),
    "pb_end_it_all_now": ("bas ab khatam kar du", "ab khatam kar du sab", "khatam kar du sab", "सब खत्म कर दूं",
                          "सब खत्म कर दूँ", "sab khatam kar du", "बस अब खत्म कर दूं",
                          "khatam karta hu sab", "sab khatam karta hu", "सब खत्म करता हूं", "सब खत्म करता हूँ"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

PIT_AND_BLASTING: tuple[Combination, ...] = (
    Combination(S, (_g("pb_explosive"), _g("pb_kept")), 10, across=True),
    Combination(S, (_g("pb_pit"), _g("pb_deep", "pb_going")), 14, across=True),
    # "खदान वाले गड्ढे में कूद जाऊंगा", "khadan me kood jaunga": the writer's jump into the pit or the mine.
    Combination(S, (_g("pb_pit", "dd_mine", "kc_pit_water"), _g("jump_mine")), 3, order=True,
                unless=_g("water_leisure", "laugh")),
    Combination(S, (_g("pb_belt"), _g("pb_step_or_let_go")), 12),
    Combination(S, (_g("pb_stone_on_neck"),)),
    Combination(S, (_g("pb_see_the_morning"), _g("negation")), 6, unless=_g("he_or_she", "third_person"), unless_reach=3),
    Combination(S, (_g("pb_no_intent_to_return"),)),
    Combination(S, (_g("pb_stand_before"), _g("vehicle", "by_night", "plan_made", "tonight")), 12),
    Combination(S, (_g("pb_hit_me"), _g("better")), 12),
    Combination(S, (_g("pb_want_to_end"),)),
    Combination(S, (_g("pb_end_it_all_now"),), unless=_g("work_load", "task"), unless_reach=4),
)
