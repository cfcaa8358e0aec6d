"""Suicide told as lying or going under a truck, a tempo or a train, with what would follow,
or an apology left for the train's driver (round 53's reading of rounds 52-53, holdouts 179-183
and 185):

- under or before the wheels, and what then: "ट्रकखाली गेलो तर घरच्यांना विम्याचे पैसे तरी
  मिळतील", "if i lie down behind the reversing tempo nobody will notice till morning", "3
  vajtachya truck samor zoplo tar kunala kalnar pan nahi", "ek divas truck खाली येईन बघा";
- the tempo crashed on purpose: "highway ला tempo उलटा घालतो, accident वाटेल", "टेम्पो घाटात सोडतो
  ब्रेक न दाबता";
- on the track and not moving: "आज रात प्लेटफार्म पर नहीं, पटरी पर सोऊंगा", "आज मैं भी नहीं हटूंगा
  track से", "rulavarun chalat chaloy, maagun gadi yetey tari baju nahi honar";
- before a train named, or it coming with a last word; the track watched from the bridge a long
  while (second reading): "आज रात्री last local समोर जाणार", "Charbagh pe Pushpak aane wali hai.
  ammi ko bolna maaf kar de", "overbridge वरून track बघतोय खूप वेळ, आज उतरणार खाली";
- the driver not to blame: "please tell the motorman of the 1.10 fast local it was not his
  fault", "मोटरमैन भाई को मेरी तरफ से माफी कह देना".

- into the way of a heavy vehicle or a machine (round 56-57's reading): a van stopped on the highway
  and the container coming, "beech me khada ho jau" with the trolleys fast at night, lying down
  on the dumper road, standing before the TBM, no longer stepping aside when the reach truck reverses.

A truck unloaded or guided, a tempo reversed into the yard and a train missed stay quiet. Words and the
rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Under or before the wheels, the writer: "ट्रकखाली गेलो", "truck samor zoplo".
    "uw_under_wheels": ("ट्रकखाली", "truckkhali", "truck khali", "truck खाली", "truck ke neeche", "ट्रक के नीचे",
                        "truck ke niche", "under the truck", "under a truck", "under the tempo", "टेम्पोखाली",
                        "tempokhali", "truck samor", "ट्रक समोर", "truck ke saamne", "ट्रक के सामने",
                        "behind the reversing", "in front of the truck", "in front of a truck", "बसखाली", "buskhali"),
    "uw_lie_go": ("zoplo", "झोपलो", "gelo", "गेलो", "येईन", "yein", "lie down", "lay down", "let jaunga", "लेट जाऊंगा",
                  "chala jaunga", "चला जाऊंगा", "jato", "जातो", "jaun", "जाऊन"),
    # What follows: the insurance, nobody knowing, an accident's look, no one asking for money.
    "uw_then": ("विम्याचे पैसे", "vimyache paise", "vima", "विमा", "insurance", "बीमा", "bima", "kunala kalnar",
                "कुणाला कळणार", "कोणाला कळणार", "nobody will notice", "no one will notice", "nobody will know",
                "accident वाटेल", "accident vatel", "accident lagega", "एक्सीडेंट लगेगा", "पैसे मागणार नाही",
                "paise magnar nahi", "till morning"),
    "uw_vehicle": ("tempo", "टेम्पो", "truck", "ट्रक", "gaadi", "गाडी", "गाड़ी"),
    "uw_crash_on_purpose": ("उलटा घालतो", "ulta ghalto", "ulta ghalin", "उलटा घालीन", "ब्रेक न दाबता",
                            "brake na dabta", "without brakes", "बिना ब्रेक", "bina brake", "brake nahi dabaunga",
                            "ब्रेक नहीं दबाऊंगा", "into the valley", "दरीत घालतो", "darit ghalto"),
    # On the track, not to move.
    "uw_track": ("पटरी पर", "पटरी पे", "patri pe", "patri par", "track से", "track se", "track pe", "track वर",
                 "rulavar", "रुळावर", "rulavarun", "रुळावरून", "on the track", "on the tracks"),
    "uw_wont_move": ("नहीं हटूंगा", "नहीं हटूँगा", "nahi hatunga", "baju nahi honar", "बाजूला होणार नाही",
                     "baajula honar nahi", "won't move", "wont move", "not moving"),
    # Asleep on it: "पटरी पर सोऊंगा" (right after the track).
    "uw_sleep_there": ("सोऊंगा", "so jaunga", "सो जाऊंगा", "झोपणार", "zopnar", "sleep", "सोना है", "sona hai"),
    # (second reading) A train by its name, and the writer before it, or it coming and the writer
    # there: "आज रात्री last local समोर जाणार", "Charbagh pe Pushpak aane wali hai. ammi ko bolna maaf kar
    # de", "aaj ratri fast local yeil tevha platform varun khali utarnar".
    "uw_train_named": ("local", "लोकल", "last local", "fast local", "rajdhani", "राजधानी", "pushpak", "पुष्पक",
                       "duronto", "दुरंतो", "shunting engine", "शंटिंग", "train", "ट्रेन", "ट्रेनसमोर", "express",
                       "mail gaadi", "मालगाडी", "malgadi", "goods train"),
    "uw_before_it": ("समोर जाणार", "samor janar", "समोर उभं", "samor ubha", "के सामने जाना", "ke saamne jana",
                     "के सामने कूद", "ke saamne kood", "in front of it", "ट्रेनसमोर", "मध्ये जाणार", "madhe janar"),
    "uw_train_coming": ("aane wali hai", "आने वाली है", "yeil tevha", "येईल तेव्हा", "येतं तेव्हा", "yeta tevha",
                        "aa rahi hai", "आ रही है", "due in", "is coming"),
    "uw_then_me": ("maaf kar de", "माफ कर दे", "khali utarnar", "खाली उतरणार", "parat var nahi", "परत वर नाही",
                   "नीचे वाली line", "neeche wali line", "platform varun", "प्लॅटफॉर्मवरून", "मध्ये", "madhe",
                   "track pe", "rulavar", "रुळावर", "khayal rakhna", "ख्याल रखना"),
    # Looked down at the track from the bridge a long while.
    "uw_bridge": ("overbridge", "ओव्हरब्रिज", "fob", "foot overbridge", "पुलावरून", "pulavarun", "rail bridge"),
    "uw_line": ("track", "ट्रॅक", "line", "लाइन", "patri", "पटरी", "rulavar", "रुळ"),
    "uw_long": ("खूप वेळ", "khup vel", "एक घंटे से", "ek ghante se", "since evening", "for an hour", "der se",
                "देर से", "उतरणार खाली", "utarnar khali"),
    # The train's driver, not to blame.
    "uw_driver": ("motorman", "मोटरमैन", "मोटरमन", "loco pilot", "लोको पायलट", "driver of the", "train driver"),
    "uw_not_his_fault": ("not his fault", "wasnt his fault", "was not his fault", "wasn't his fault",
                         "उसकी कोई गलती नहीं", "uski koi galti nahi", "uski galti nahi", "त्याची काही चूक नाही",
                         "tyachi kahi chuk nahi", "tyachi chuk nahi", "मेरी तरफ से माफी", "meri taraf se maafi",
                         "माझ्याकडून माफी", "majhyakadun maafi"),
    "uw_work": ("kaam", "काम", "duty", "ड्यूटी", "shift", "gang", "gangman", "maintenance"),
    "uw_ordinary": ("डब्यात", "dabyat", "coach", "ladies", "pakadli", "पकडली", "chukli", "pakdi", "पकड़ी", "catch",
                    "unload", "unloading", "खाली केला", "khali kela", "maal", "माल", "parking", "reverse kiya",
                    "service", "repair", "puncture", "missed the", "chuki", "चुकली"),
    # Round 56-57's reading: into the way of a heavy vehicle or a machine (below).
    # The heavy vehicle or machine: a container, a truck, the trolleys, a dumper, the reach truck, the TBM.
    "uw_heavy": ("container", "कंटेनर", "truck", "trucks", "ट्रक", "trak", "trole", "trolley", "trolly", "ट्रॉली",
                 "trailer", "ट्रेलर", "dumper", "डंपर", "डंपरच्या", "dumperchya", "ट्रकच्या", "truckchya", "कंटेनरच्या",
                 "containerchya", "डंपर के", "ट्रक के", "tanker", "टँकर", "टैंकर", "reach truck", "bopt", "forklift",
                 "फोर्कलिफ्ट", "tbm", "टीबीएम", "hydra", "हायड्रा", "cutterhead", "roller", "रोलर", "jcb", "जेसीबी"),
    # Into its way: standing in the middle, lying down on the road, not stepping aside.
    "uw_in_its_way": ("madhe ubha rahnar", "madhe ubha rahin", "मध्ये उभा राहणार", "मध्ये उभा राहीन", "madhe ubha rahato",
                      "samor ubha rahilo", "समोर उभा राहिलो", "samor ubha rahin", "समोर उभा राहीन", "samor jaun ubha",
                      "समोर जाऊन उभा", "beech me khada ho jau", "beech me khada ho jaunga", "बीच में खड़ा हो जाऊं",
                      "बीच में खड़ा हो जाऊँ", "saamne khada ho jau", "samne khada ho jaunga", "सामने खड़ा हो जाऊं",
                      "aage aa jau", "आगे आ जाऊं", "let jaun", "let jaunga", "लेट जाऊं", "लेट जाऊँ", "लेट जाऊंगा",
                      "zopun rahin", "झोपून राहीन", "aadva padnar", "आडवा पडणार", "step in front", "step out in front",
                      "dont step aside", "don't step aside", "not step aside", "doesnt see me", "doesn't see me"),
    # A truck guided or a narrow miss: the signal, the way shown, stopped in time.
    "uw_guided": ("signal", "सिग्नल", "rasta bata", "रस्ता दाखव", "rasta dakhav", "reverse karwa", "guide", "helper",
                  "direction", "bachavla", "bachaya", "बचाया", "बचावला", "thodkyat", "थोडक्यात", "just missed",
                  "brake", "ब्रेक"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

UNDER_THE_WHEELS: tuple[Combination, ...] = (
    Combination(S, (_g("uw_under_wheels"), _g("uw_lie_go", "uw_then")), 10, across=True,
                unless=_g("uw_ordinary"), unless_reach=4),
    Combination(S, (_g("uw_vehicle"), _g("uw_crash_on_purpose")), 6, unless=_g("uw_ordinary"), unless_reach=4),
    Combination(S, (_g("uw_track"), _g("uw_wont_move")), 8, across=True, unless=_g("uw_ordinary")),
    Combination(S, (_g("uw_track"), _g("uw_sleep_there")), 2, order=True, unless=_g("uw_ordinary", "uw_work"),
                unless_reach=4),
    Combination(S, (_g("uw_train_named"), _g("uw_before_it")), 4, unless=_g("uw_ordinary"), unless_reach=3),
    Combination(S, (_g("uw_train_named"), _g("uw_train_coming"), _g("uw_then_me")), 14, across=True,
                unless=_g("uw_ordinary")),
    Combination(S, (_g("uw_bridge"), _g("uw_line", "uw_train_named"), _g("uw_long")), 14, across=True,
                unless=_g("uw_ordinary", "uw_work")),
    Combination(S, (_g("uw_driver"), _g("uw_not_his_fault")), 12, across=True),
    # Into the way of a container, a dumper, the reach truck or the TBM (round 56-57's reading): "madhe ubha
    # rahnar", "beech me khada ho jau", "dont step aside anymore"; guiding a truck stays quiet.
    Combination(S, (_g("uw_heavy"), _g("uw_in_its_way")), 12, across=True,
                unless=_g("uw_guided", "third_person"), unless_reach=4),
)
