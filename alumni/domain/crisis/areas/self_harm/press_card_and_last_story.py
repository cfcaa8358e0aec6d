"""Suicide and threats told by journalists, reporters and stringers (round 35, holdout 110: district
stringers, TV crews, night desks, YouTube news channels):

- the last story filed, and the writer's work over for good: "शेवटची बातमी फाइल केली. आता माझं
  इथलं काम संपलं, कायमचं", "final copy भेज दी desk को। अब मेरी कोई story नहीं बचेगी, मैं भी
  नहीं", "माझ्या जागी ब्युरोला दुसरा कोणीतरी घ्या. मी उद्यापासून नसेन";
- the press card returned, the laptop and notes handed over, "don't look for me": "press card HR
  को वापस, laptop और notes Amit के पास। किसी को मुझे ढूँढने की ज़रूरत नहीं"; told by a colleague:
  "he handed me his press card and laptop today and said 'ab tu sambhal'";
- on the bridge they once reported on, or the office roof, the water or the road below calm and
  close: "godavari chya pulavar ubha ahe ... khali pani khup shant dista";
- a husband gone on an assignment, not home since and the phone off, told by his wife;
- pills bought at different chemists, a heap of pills and a bottle "all together today";
- "no point", and the writer "taking an exit"; a streak of days broken on the counting night;
- a politician to be "exposed and finished with my own hands", the sand mafia man to be shot.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, OD, HO, RE = Category.SUICIDE, Category.OVERDOSE, Category.HARM_TO_OTHERS, Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    "ps_last_story": ("शेवटची बातमी", "shevatchi batmi", "final copy", "last story", "aakhri story", "आखिरी स्टोरी",
                      "last report", "शेवटचा रिपोर्ट"),
    "ps_over_for_me": ("काम संपलं कायमचं", "kaam sampla kaymcha", "इथलं काम संपलं", "ithla kaam sampla", "मैं भी नहीं", "main bhi nahi",
                       "kahich urla nahi", "काहीच उरलं नाही", "मी उद्यापासून नसेन", "mi udyapasun nasen",
                       "i won't be here tomorrow", "i wont be here tomorrow"),
    "ps_replace_me": ("माझ्या जागी", "majhya jagi", "meri jagah kisi aur", "मेरी जगह किसी और", "replace me"),
    "ps_card_returned": ("press card परत", "press card parat", "press card वापस", "press card wapas", "press card HR",
                         "प्रेस कार्ड", "प्रेस ओळखपत्र", "press olakhpatra", "his press card", "my press card"),
    "ps_handed_things": ("laptop और notes", "laptop aur notes", "laptop आणि notes", "laptop ani notes",
                         "कैमरा और डायरी", "camera aur diary", "के पास रखवा दी", "ke paas rakhwa di",
                         "किल्ल्या संपादकांच्या", "press card and laptop"),
    "ps_dont_look": ("मुझे ढूँढने की ज़रूरत नहीं", "मुझे ढूंढने की जरूरत नहीं", "mujhe dhoondhne ki zarurat nahi",
                     "माझी वाट बघू नका", "majhi vaat baghu naka", "konala majha tras honar nahi",
                     "कोणाला माझा त्रास होणार नाही", "don't look for me", "dont look for me", "ab tu sambhal",
                     "अब तू संभाल", "he will do something", "मला कुठे"),
    "ps_calm_below": ("khali pani khup shant", "खाली पाणी खूप शांत", "नीचे पानी शांत", "water looks calm",
                      "नीचे road बहुत पास", "niche road bahut paas", "the road looks close",
                      "बातमी मीच केली होती", "story keli hoti mi", "tyach pulachi story"),
    "ps_not_home": ("घरी आले नाहीत", "ghari aale nahit", "घर नहीं आए", "ghar nahi aaye", "घरी नाहीत", "ghari nahit",
                    "नहीं लौटे", "nahi laute", "not come home", "hasn't come home", "hasnt come home"),
    "ps_many_chemists": ("alag alag chemist", "अलग अलग केमिस्ट", "vegvegalya medical", "वेगवेगळ्या मेडिकल",
                         "different chemists", "different pharmacies"),
    "ps_all_together": ("आज सगळं एकत्र", "aaj sagla ekatra", "sab ek saath", "सब एक साथ", "all together"),
    "ps_exit": ("exit ले लेता", "exit le leta", "exit le lunga", "exit ले लूंगा", "exit घेतो", "exit gheto",
                "taking an exit"),
    "ps_own_hands": ("स्वतःच्या हाताने", "swatahachya hatane", "अपने हाथ से", "apne haath se", "with my own hands"),
    "ps_finish": ("finish करणार", "finish karnar", "finish भी", "finish bhi", "finish कर दूंगा", "finish kar dunga"),
    "ps_will_shoot": ("गोळी घालणार", "goli ghalnar", "goli maar dunga", "गोली मार दूंगा", "गोली मार दूँगा",
                      "will shoot him"),
    "ps_streak_broken": ("दिवस तुटले", "divas tutle", "days तुटले", "दिन टूट गए", "din toot gaye", "streak broken",
                         "streak is broken", "काल मोडले", "kal modle"),
    "ps_my_mistake": ("गलती हो गई", "galti ho gayi", "galti ho gai", "chuk zali", "चूक झाली"),
    "ps_days_gone": ("divas gele", "दिवस गेले", "din gaye paani me", "दिन गए पानी में", "days down the drain"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

PRESS_CARD_AND_LAST_STORY: tuple[Combination, ...] = (
    Combination(S, (_g("ps_last_story", "ps_replace_me"), _g("ps_over_for_me")), 16, across=True),
    Combination(S, (_g("ps_card_returned", "ps_handed_things"), _g("ps_dont_look", "ps_handed_things")), 16,
                across=True),
    Combination(S, (_g("pg_forgive_me", "hinted_take_me"), _g("ps_handed_things")), 16, across=True),
    Combination(S, (_g("height", "st_tank", "high_place"), _g("ps_calm_below")), 16, across=True),
    Combination(S, (_g("ps_not_home"), _g("unreachable")), 14, across=True),
    Combination(S, (_g("ps_exit"), _g("pointless", "point")), 16, across=True),
    Combination(OD, (_g("pills", "pill_count", "sedatives"), _g("ps_many_chemists")), 12, across=True),
    Combination(OD, (_g("pills", "sedatives"), _g("alcohol", "bottle_word"), _g("ps_all_together", "at_once")), 12,
                across=True),
    Combination(HO, (_g("ps_finish", "cs_finish_him"), _g("ps_own_hands")), 10),
    Combination(HO, (_g("ps_will_shoot"),), 0),
    Combination(RE, (_g("ps_streak_broken"),), 0, unless=_g("negation"), unless_reach=2),
    Combination(RE, (_g("alcohol", "cannabis", "drugs"), _g("acquire", "ls_brought_home"), _g("ps_my_mistake")), 10,
                across=True),
    Combination(RE, (_g("alcohol", "cannabis", "drugs"), _g("ps_days_gone")), 14, across=True),
)
