"""Not gone in yet, and the navtak (the cravings and use of rounds 118-119: dam staff, FMCG salesmen,
flour mills, bar-benders, water-jar delivery men, glass fitters):

- cravings: parked before the bhatti or standing before the bar "and not gone in yet", with "call me";
  "I'm barely holding myself back" while the boys party, "can I hold myself back tomorrow?"; "scared of
  myself" with the bonus in the pocket; "please talk to me, I feel very weak today"; "my mind is over
  there" beside the others' drinking; "only the navtak and the chakna in my head";
- use: "beer, vodka, everything happened at the farmhouse. sorry".

Words and the rules that read them (appended to the area's COMBINATIONS by readings_from_round_88.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import NOT_MINE, Combination, _g
from alumni.domain.crisis.detection import Category

RE, CR = Category.RELAPSE, Category.CRAVING

_SUBSTANCE = ("alcohol", "cannabis", "opioids", "cocaine", "sedatives", "stimulants", "inhalants", "drugs")

NEW: dict[str, tuple[str, ...]] = {
    # Not gone in: yet.
    "ny_not_in_yet": ("aat gelo nahi ajun", "ajun aat gelo nahi", "अजून आत गेलो नाही", "आत गेलो नाही अजून",
                      "abhi tak andar nahi gaya", "अभी तक अंदर नहीं गया", "haven't gone in yet", "havent gone in yet",
                      "not gone in yet"),
    "ny_not_gone_in": ("aat nahi gelo", "आत नाही गेलो", "andar nahi gaya", "अंदर नहीं गया", "didn't go in",
                       "didnt go in"),
    "ny_how_long": ("kiti vel mahit nahi", "किती वेळ माहित नाही", "kab tak pata nahi", "कब तक पता नहीं",
                    "how long i can", "kiti divas tikel", "kab tak tikunga"),
    "ny_call_me": ("phone kara", "फोन करा", "call me", "phone karo", "फोन करो", "call kar do", "कॉल करा"),
    "ny_holding_back": ("कसाबसा स्वतःला थांबवलंय", "kasabasa swatala thambavla", "kasabasa swatala thambvlay",
                        "खुद को मुश्किल से रोक", "khud ko mushkil se rok", "barely holding myself back",
                        "swatala thambvu shaknar ka", "स्वतःला थांबवू शकणार का", "खुद को रोक पाऊंगा क्या",
                        "khud ko rok paunga kya"),
    "ny_afraid_of_me": ("भीती वाटतेय स्वतःचीच", "स्वतःचीच भीती", "swatachich bhiti", "bhiti vatatey swatachich",
                        "khud se dar lag raha", "खुद से डर लग रहा", "scared of myself", "afraid of myself"),
    "ny_please_talk": ("प्लीज़ बात कीजिए", "please baat kijiye", "please baat karo", "प्लीज बात करो",
                       "please talk to me", "pls talk to me", "please bola"),
    "ny_weak": ("कमज़ोर", "कमजोर", "kamzor", "kamjor", "weak", "अशक्त", "ashakta"),
    "ny_mind_there": ("मन वहीं है", "man wahi hai", "mann wahin hai", "मन तिकडे आहे", "man tikde ahe",
                      "man tikade ahe", "my mind is there", "mind is over there"),
    "ny_others_party": ("party", "पार्टी", "पार्टीत", "drinking", "प्यायला बसलेत", "pyayla baslet", "पी रहे हैं",
                        "pi rahe hai"),
    "ny_only_in_head": ("dokyat fakt", "डोक्यात फक्त", "dimaag me sirf", "दिमाग में सिर्फ", "only thing in my head"),
    "ny_quarter_bottle": ("navtak", "नवटाक", "navtank", "chakna", "चकणा", "चखना"),
    # Everything happened: the night's drinks told.
    "ny_all_happened": ("सगळं झालं", "sagla zala", "sagla jhala", "sab hua", "सब हुआ", "sab ho gaya"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

NOT_GONE_IN_YET_AND_THE_NAVTAK: tuple[Combination, ...] = (
    Combination(CR, (_g("ny_not_in_yet"),)),
    Combination(CR, (_g("ny_not_gone_in"), _g("ny_call_me")), 20, across=True),
    Combination(CR, (_g("ny_how_long"), _g(*_SUBSTANCE, "liquor_place", "offered")), 20, across=True),
    Combination(CR, (_g("ny_holding_back"),)),
    Combination(CR, (_g("ny_afraid_of_me"),)),
    Combination(CR, (_g("ny_please_talk"), _g("ny_weak")), 10),
    Combination(CR, (_g("ny_mind_there"), _g("ny_others_party", "drinkers", "liquor_place", *_SUBSTANCE)), 20,
                across=True),
    Combination(CR, (_g("ny_only_in_head"), _g("ny_quarter_bottle", *_SUBSTANCE)), 6),
    Combination(RE, (_g(*_SUBSTANCE), _g("ny_all_happened"), _g("sorry_said")), 12, across=True,
                unless=NOT_MINE, unless_reach=3),
)
