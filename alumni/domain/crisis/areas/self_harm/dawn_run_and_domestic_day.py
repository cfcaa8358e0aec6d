"""Suicide told by recruitment aspirants and sportspeople, and by domestic workers (round 35, holdouts
111 and 113: police and army bharti aspirants running on the highway at dawn, akhada wrestlers;
maids, cooks and nannies in city homes):

- the highway at dawn and the trucks, no stepping aside: "udya pahate highway var dhavtana samorun
  truck ala ki bajula honar nahi", "aaj socha hai wapas nahi aaunga, dumper bahut chalte hai";
- the tracks crossed every day and the thought of staying on them: "दिवा स्टेशनजवळ रूळ
  ओलांडताना वाटलं, थांबावं इथेच", "आज वाटलं train येईपर्यंत उभं रहावं"; the goods train's time known;
- the akhada's rope and "what I want to do with it tonight";
- kerosene and matches at home, and tonight all over: "घरात रॉकेल आहे आणि काडेपेटी पण. आज सगळं
  संपेल", "kal raat khud pe daalne wali thi, maachis haath me thi";
- the children sent to the village, and the writer now free to go: "पोरगी मामाकडे गावी गेली. आता मी
  मोकळी झाले जायला"; "Dont call tomorrow, nobody will pick".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, HO = Category.SUICIDE, Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "dw_wont_step_aside": ("bajula honar nahi", "बाजूला होणार नाही", "side nahi hounga", "won't move aside",
                           "wont move aside", "wapas nahi aaunga", "वापस नहीं आऊंगा", "stand on the highway",
                           "accident money", "accident ke paise", "accident che paise", "accident insurance"),
    "dw_tracks": ("रूळ", "रुळ", "track cross", "ट्रॅक क्रॉस", "railway line", "रेलवे लाइन", "रेल्वे लाईन", "patri",
                  "पटरी"),
    "dw_stay_on_them": ("थांबावं इथेच", "thambava ithech", "उद्या थांबणार", "udya thambnar", "train येईपर्यंत उभं",
                        "train yeiparyant ubha", "मालगाड़ी का टाइम पता", "malgadi ka time pata",
                        "know when the goods train", "train aane tak khada", "ट्रेन आने तक खड़ा"),
    # (not a rope found in a bag: a camping or climbing trip packs one)
    "dw_rope_intent": ("what i want to do with it tonight", "know exactly what i want to do"),
    "dw_kerosene": ("rockel", "रॉकेल", "rockel cha", "mitti ka tel", "मिट्टी का तेल", "kerosene", "केरोसिन",
                    "ghasleet", "घासलेट"),
    "dw_matches": ("काडेपेटी", "kadepeti", "maachis", "machis", "माचिस", "matchbox", "matches"),
    "dw_all_over": ("आज सगळं संपेल", "aaj sagla sampel", "sagla sampel", "सगळं संपेल", "sab khatam ho jayega",
                    "सब खत्म हो जाएगा", "khud pe daalne", "खुद पे डालने", "अंगावर ओतणार", "angavar otnar"),
    "dw_kids_sent": ("पोरगी मामाकडे गावी गेली", "पोरं गावी safe", "pora gavi safe", "kids to my mother",
                     "sent both kids", "bacche gaon bhej diye", "बच्चे गांव भेज दिए", "मुलं गावी पाठवली",
                     "mula gavi pathavli"),
    "dw_free_to_go": ("मोकळी झाले जायला", "mokli jhale jayla", "मोकळा झालो जायला", "free to go now",
                      "माझं काम संपलं", "majha kaam sampla"),
    "dw_number_off": ("ye number kal se band", "yeh number kal se band", "number kal se band milega", "नंबर कल से बंद",
                      "this number will be off", "हा नंबर उद्यापासून बंद"),
    "dw_break_leg": ("पाय तोडीन", "paay todin", "pay todin", "tang tod dunga", "टांग तोड़ दूंगा", "break his leg",
                     "break his legs"),
    # "Dont call tomorrow, nobody will pick" (not "kal se ye phone koi nahi uthayega, naya number le liya")
    "dw_dont_call": ("dont call tomorrow", "don't call tomorrow", "kal se call mat karna", "उद्यापासून फोन करू नका"),
    "dw_nobody_will_pick": ("nobody will pick", "no one will answer", "कोणी उचलणार नाही"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

DAWN_RUN_AND_DOMESTIC_DAY: tuple[Combination, ...] = (
    Combination(S, (_g("vehicle", "highway"), _g("dw_wont_step_aside")), 14, across=True),
    Combination(S, (_g("rail_line", "dw_tracks", "gf_by_the_rails"), _g("dw_stay_on_them")), 14, across=True),
    Combination(S, (_g("dw_rope_intent"),), 0),
    Combination(S, (_g("dw_kerosene"), _g("dw_matches"), _g("dw_all_over", "tonight", "self")), 16, across=True),
    Combination(S, (_g("dw_kids_sent"), _g("dw_free_to_go", "cs_time_over", "va_gone_quiet", "st_tell_no_one")), 16,
                across=True),
    Combination(S, (_g("dw_dont_call"), _g("dw_nobody_will_pick")), 10, across=True),
    Combination(S, (_g("pg_things_given"), _g("dw_number_off")), 14, across=True),
    Combination(HO, (_g("dw_break_leg"),), 0),
)
