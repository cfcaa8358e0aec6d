"""Suicide told through Mumbai's local trains and bridges (round 51, holdouts 175 and 174): to go
in front of or under the local ("चर्चगेट वाली आखिरी लोकल के सामने जाने का सोच लिया है", "udya
pahili local chya samor jaun ubha rahnar", "better i go under a local", "वो लोकल के नीचे आ
जाएगा"); walking or sitting on the track ("track pe chal raha hu abhi, पीछे से fast aa rahi hai",
"तो ट्रॅक var basla ahe"); standing on a bridge in distress, told by the writer or a friend ("woh
nahar ke pul pe khada hai, phone pe ro raha hai", "to dadar pool var ubha ahe ani kahi bolat nahi",
"dadar cha pool var ubha ahe, khali rule distat").

A local caught or missed, a running track, a bridge crossed in traffic stay quiet: the going in
front of the train, the sitting on the rails, or the distress on the bridge is what is read.
Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    "bl_train": ("local", "लोकल", "lokal", "train", "ट्रेन", "metro", "मेट्रो", "fast local", "malgadi", "मालगाडी",
                 "express", "एक्सप्रेस"),
    "bl_in_front": ("के सामने", "ke saamne", "ke samne", "च्या समोर", "chya samor", "in front of"),
    "bl_under": ("के नीचे", "ke neeche", "ke niche", "च्या खाली", "chya khali", "under a", "under the"),
    # Going there to stand or to jump (in front), or coming under it ("aa jaunga" alone is "I'll come").
    "bl_go_stand": ("जाने का सोच", "jaane ka soch", "jane ka soch", "jaun ubha rahnar", "जाऊन उभा राहणार",
                    "jaun ubha", "जाऊन उभा", "lie down", "kood jaunga", "कूद जाऊंगा", "udi marnar", "उडी मारणार",
                    "jump in front"),
    "bl_come_under": ("आ जाएगा", "aa jayega", "aa jaega", "aa jaunga", "आ जाऊंगा", "आ जाऊँगा", "yeil", "येईल",
                      "yenar", "येणार", "jaunga", "जाऊंगा"),
    "bl_go_under": ("go under", "i go under", "gone under", "going under"),
    # On the rails, walking or sitting.
    "bl_track": ("track pe", "ट्रॅक var", "track var", "ट्रॅकवर", "trackvar", "पटरी पर", "patri pe", "patri par",
                 "रूळांवर", "rulanvar", "rulavar", "रुळावर", "on the tracks", "on the track"),
    "bl_on_it": ("chal raha hu", "चल रहा हूं", "चल रहा हूँ", "basla ahe", "बसला आहे", "baslo ahe", "बसलो आहे",
                 "baitha hu", "बैठा हूं", "baitha hai", "बैठा है", "sitting", "walking", "lying", "leta hu",
                 "लेटा हूं", "aadva zaloy", "आडवा झालोय"),
    "bl_running": ("running", "race", "stadium", "ground", "practice", "athletics", "daud", "दौड़"),
    # On the bridge, standing or sitting.
    "bl_bridge": ("pul pe", "पुल पे", "pul par", "पुल पर", "pool var", "पूल वर", "pulavar", "पुलावर", "bridge वर",
                  "bridge var", "bridge pe", "on the bridge", "railway bridge", "ke pul", "cha pool", "chya pulavar"),
    "bl_standing": ("khada hai", "खड़ा है", "khada hu", "खड़ा हूं", "ubha ahe", "उभा आहे", "ubha aahe", "standing",
                    "sitting", "baitha hai", "बैठा है", "basla ahe", "बसला आहे",
                    # round 55: the respectful plural of a father reported
                    "उभे आहेत", "ubhe ahet", "ubhe aahet", "khade hai", "खड़े हैं", "khade hain", "खड़े है"),
    # (round 55) Outside the window's grill or on the ledge of a high floor.
    "bl_ledge": ("grill के बाहर", "grill ke bahar", "grill ke baahar", "ग्रिल के बाहर", "outside the grill",
                 "ग्रिलच्या बाहेर", "grillchya baher", "on the ledge", "ledge pe", "ledge var", "कठड्यावर", "kathdyavar",
                 "parapet pe", "parapet var"),
    # (round 55) Help called for, by the one who reports it: "मदत करा", "police बुलाई है".
    # The keys of the shop or the studio sent or left with someone (round 57's reading: "studio ki chaabi Monu
    # ko bhej di hai", "स्टुडिओची चावी शेजारच्या काकांकडे ठेवली", "shop chi chavi Sagar la pathavli").
    # The train named will end it (round 57's reading): "the 6:10 fast local will sort it out".
    "bl_will_end_it": ("will sort it out", "will sort it all out", "will end it", "will take care of it",
                       "sab khatam kar degi", "सब खत्म कर देगी", "sagla sampvel", "सगळं संपवेल", "sab theek kar degi"),
    "bl_bye": ("bye", "बाय", "alvida", "अलविदा", "goodbye", "good bye"),
    "bl_keys": ("chaabi", "chabi", "चाबी", "chavi", "chaavi", "चावी", "keys", "key", "चाव्या", "chavya"),
    "bl_left_with": ("bhej di", "भेज दी", "de di", "दे दी", "pathavli", "पाठवली", "dili", "दिली", "thevli", "ठेवली",
                     "rakh di", "रख दी", "kade thevli", "कडे ठेवली", "with", "sent", "gave", "left"),
    "bl_help_called": ("मदत करा", "madat kara", "police बुलाई", "police bulayi", "पुलिस बुलाई", "police ko bulaya",
                       "पुलिस को बुलाया", "police la bolavla", "पोलीस बोलावले", "called the police", "please help",
                       "jaldi aao", "जल्दी आओ", "लवकर या", "lavkar ya", "fire brigade"),
    # And in distress: crying, silent, looking down at the rails, there for hours.
    "bl_distress": ("ro raha", "रो रहा", "radtoy", "रडतोय", "radat ahe", "रडत आहे", "crying", "kahi bolat nahi",
                    "काही बोलत नाही", "bol nahi raha", "बोल नहीं रहा", "not talking", "khali rule distat",
                    "खाली रूळ दिसतात", "trains keep passing", "since 2am", "for hours", "ghantyapasun", "तासापासून"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

BEFORE_THE_LOCAL_AND_ON_THE_BRIDGE: tuple[Combination, ...] = (
    Combination(S, (_g("bl_train"), _g("bl_in_front"), _g("bl_go_stand")), 6, order=True, unless=_g("negation"),
                unless_reach=1),
    Combination(S, (_g("bl_train"), _g("bl_under"), _g("bl_come_under")), 4, order=True, unless=_g("negation"),
                unless_reach=1),
    Combination(S, (_g("bl_go_under"), _g("bl_train")), 3, order=True),
    Combination(S, (_g("bl_track"), _g("bl_on_it")), 4, unless=_g("bl_running"), unless_reach=6),
    Combination(S, (_g("bl_bridge"), _g("bl_standing"), _g("bl_distress")), 12, across=True),
    Combination(S, (_g("bl_train"), _g("bl_will_end_it")), 6, order=True, unless=_g("commute", "uw_ordinary"),
                unless_reach=8),
    # Gone to the track and said goodbye (reported): "माझा मित्र railway track वर गेलाय, phone वर bye बोलला".
    Combination(S, (_g("bl_track", "uw_track"), _g("bl_bye")), 10, across=True,
                unless=_g("bl_running", "uw_ordinary", "uw_work"), unless_reach=4),
    # On the bridge, the keys left with someone: "yamuna wale pul pe khada hu. studio ki chaabi Monu ko bhej di".
    Combination(S, (_g("bl_bridge"), _g("bl_standing"), _g("bl_keys"), _g("bl_left_with")), 16, across=True),
    # Someone reported standing on the bridge or outside a high floor's grill, and help called for.
    Combination(S, (_g("bl_bridge", "bl_ledge"), _g("bl_standing"), _g("bl_help_called")), 16, across=True),
)
