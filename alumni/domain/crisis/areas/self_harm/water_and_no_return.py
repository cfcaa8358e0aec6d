"""Suicide told through the water one goes to and does not come back from (rounds 48-49,
holdouts 162-169: the Godavari, the Ganga's ghats, the sangam, the dam, the sea and the jetty):

- at or going to the water, and not coming back: "Godavari वर आलोय, आता परत नाही", "मी नदीवर
  आहे आता परत येणार नाही", "घाट पर नहाने जाऊंगा और लौट के नहीं आऊंगा", "sangam pe ek dubki
  aisi lagani hai jisse wapas na niklu";
- told by others, gone towards the water or the cliff with the phone off since: "te
  kadyachya dishene gele ahet ani phone band";
- slippers found at the jetty, the bridge or the river's edge: "jetty पे चप्पल मिली";
- (round 51) deep water and "that's where I'll go": "paani bhar gaya hai.. bahut gehra hai. wahi
  jaunga aaj"; by the pond or the canal and "won't come home".

A trip to the river or the sea that ends in coming home ("कल वापस आएंगे", "उद्यापर्यंत परत
येणार नाही", "won't come back before 9") stays quiet: the not-coming-back is for good.
Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The water named as a place to be at or go into, in its Marathi and Hindi case forms ("sea"
    # alone folds onto "se", from; "dam" alone is breath, "kada" a bangle).
    "wr_water": ("nadi", "नदी", "नदीवर", "nadivar", "नदीत", "nadit", "नदीकडे", "nadikade", "नदी पर", "nadi pe",
                 "river", "the river", "samudra", "समुद्र", "समुद्रात", "samudrat", "समुद्राकडे", "samudrakade",
                 "समुद्रावर", "samudravar", "samundar", "समंदर", "समुंदर", "the sea", "into the sea", "ganga", "गंगा",
                 "ganga ji", "गंगा जी", "गंगाजी", "godavari", "गोदावरी", "गोदावरीत", "godavarit", "गोदावरीवर",
                 "godavarivar", "sangam", "संगम", "ghat", "घाट", "घाटावर", "ghatavar", "dam wall", "dam gate", "dam gates", "धरण", "dharan*", "धरणा*", "धरणावर",
                 "dharanavar", "धरणात", "dharanat", "talav", "तलाव", "तलावात", "talavat", "तालाब", "talab",
                 "lake", "jetty", "जेट्टी", "jetty pe", "pond", "the pond", "तळ्यावर", "talyavar", "तळ्यात",
                 "talyat", "nahar", "नहर", "कालवा", "kalva", "कालव्याजवळ", "kalvyajaval",
                 "नाले", "nalyat", "नाल्यात", "naale", "खाडी", "खाडीत", "khadit", "creek", "kadyachya", "कड्याच्या", "kadyakade", "कड्याकडे", "cliff", "the cliff"),
    # Not coming back, said of oneself or of the one who went.
    "wr_no_return": ("परत येणार नाही", "parat yenar nahi", "आता परत नाही", "ata parat nahi",
                     "लौट के नहीं आऊंगा", "लौट के नहीं आऊँगा", "laut ke nahi aaunga", "नहीं लौटूंगा", "नहीं लौटूँगा",
                     "nahi lautunga", "अब नहीं लौटूंगा", "वापस नहीं आऊंगा", "वापस नहीं आऊँगा", "wapas nahi aaunga",
                     "wapas nahi aunga", "wapas na niklu", "वापस न निकलूं", "वापस न निकलूँ", "bahar yenar nahi",
                     "बाहेर येणार नाही", "won't come back", "wont come back", "not coming back", "never coming back",
                     "ghari yenar nahi", "घरी येणार नाही", "wont come home", "won't come home",
                     "जातो तिकडे कायमचा", "jato tikde kaymcha", "कायमचा जातो", "kaymcha jato", "हमेशा के लिए जा",
                     "hamesha ke liye ja"),
    # Back later, not never: "उद्यापर्यंत परत येणार नाही", "won't come back before 9".
    # ("aaj" or "udya" alone are also the day of the plan: "udya jato, parat yenar nahi")
    "wr_until": ("पर्यंत", "paryant", "उद्यापर्यंत", "udyaparyant", "रात्रीपर्यंत", "ratriparyant", "संध्याकाळपर्यंत",
                 "sandhyakalparyant", "सोमवारपर्यंत", "until", "till", "before", "kal tak", "कल तक",
                 "se pehle", "से पहले", "इतक्यात", "itkyat", "this week", "ya athavdyat",
                 "या आठवड्यात"),
    "wr_deep": ("bahut gehra", "बहुत गहरा", "khup khol", "खूप खोल", "very deep", "so deep", "pani chadh raha",
                "पानी चढ़ रहा", "paani bhar gaya", "पानी भर गया"),
    "wr_there_i_go": ("wahi jaunga", "वहीं जाऊंगा", "वहीं जाऊँगा", "wahin jaunga", "tithech janar", "तिथेच जाणार",
                      "tithe janar", "तिथे जाणार", "that's where i'll go", "thats where im going"),
    "wr_went_towards": ("dishene gele", "दिशेने गेले", "दिशेने गेलेत", "dishene gelet", "की तरफ गए", "ki taraf gaye",
                        "ki taraf gaya", "की तरफ गया", "kade gele", "कडे गेले", "kade gelet", "कडे गेलेत",
                        "went towards", "headed to", "went to the"),
    "wr_slippers": ("chappal", "चप्पल", "chappals", "chapla", "चपला", "slippers", "his slippers", "her slippers",
                    "sandals", "चप्पलें", "his shoes", "जूते", "joote"),
    "wr_found": ("mili", "मिली", "mile", "मिले", "sapadli", "सापडली", "sapadle", "सापडले", "sapadla", "सापडला", "found", "were found",
                 "padi thi", "पड़ी थी", "padlya hotya", "पडल्या होत्या"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

WATER_AND_NO_RETURN: tuple[Combination, ...] = (
    Combination(S, (_g("wr_water"), _g("wr_no_return")), 12, across=True, unless=_g("wr_until"), unless_reach=3),
    Combination(S, (_g("wr_water"), _g("wr_went_towards"), _g("unreachable")), 12, across=True),
    Combination(S, (_g("wr_water", "edge_place"), _g("wr_slippers"), _g("wr_found")), 5),
    # Deep water, and "that's where I'll go": "paani bhar gaya hai.. bahut gehra hai. wahi jaunga aaj".
    Combination(S, (_g("wr_deep"), _g("wr_there_i_go")), 12, across=True),
)
