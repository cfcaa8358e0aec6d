"""Using again, and its pull, among the hospital's stock (round 31, holdout 94: nurses, ward boys,
pharmacy staff):

- the ward's rectified spirit mixed with a soft drink on the night shift;
- a sleeping pill taken without a prescription and now every night: "alprazolam lene laga bina
  parchi, ab roz", "नायट्राझेपाम घेतली, सलग चार रात्री";
- codeine syrup drunk from the shop where one works; a night gone in ganja ("कालची रात्र
  गांजात गेली"); half the salary gone on country liquor ("पगाराचा अर्धा हिस्सा देशीवर गेला");
- the pull: the keys of the drug cupboard in one's pocket and afraid of oneself ("दवा की अलमारी
  की चाबी मेरे पास है, खुद से डर लग रहा है"), an injection drawn up for a patient and the
  thought of oneself, the wish since morning.

Spirit on a swab, a pill given to a patient, and the stock counted stay quiet. Words and the
rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR, RE = Category.CRAVING, Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    "ws_spirit": ("rectified spirit", "spirit", "स्पिरिट", "स्पिरीट"),
    "ws_mixed_with": ("mixing", "mixed", "mix kar", "मिला के", "milake", "मिसळून", "mislun"),
    "ws_soft_mixer": ("sprite", "coke", "thums up", "pepsi", "limca", "juice", "ज्यूस", "पानी", "pani", "पाणी"),
    "ws_began_taking": ("lene laga", "लेने लगा", "lene lagi", "लेने लगी", "ghyayla laglo", "घ्यायला लागलो",
                        "started taking", "began taking"),
    "ws_unprescribed": ("bina parchi", "बिना पर्ची", "without prescription", "without a prescription",
                        "चिठ्ठीशिवाय", "chitthishivay", "ab roz", "अब रोज़", "सलग", "salag", "lagatar", "लगातार",
                        "every night now"),
    "ws_drinking_it": ("drinking codeine", "drinking the syrup", "drinking syrup", "syrup pee raha", "सिरप पी रहा",
                       "सिरप पितोय", "syrup pitoy"),
    "ws_night_gone": ("कालची रात्र", "kalchi ratra", "kal ki raat", "कल की रात", "last night"),
    "ws_went_in": ("गेली", "geli", "गई", "gayi", "went"),
    "ws_spent_on_drink": ("देशीवर", "deshivar", "desi pe", "दारूवर", "daruvar", "daaru pe", "दारू पे",
                          "on drink", "on liquor", "बारमध्ये", "bar madhe", "bar me"),
    "ws_gone": ("गेला", "gela", "गया", "gaya", "went", "uda diya", "उड़ा दिया", "संपला", "sampla", "खत्म", "khatam"),
    "ws_keys_at_hand": ("chabi", "चाबी", "chavi", "चावी", "the keys", "cupboard", "कपाटात", "kapatat", "कपाटाची", "kapatachi", "अलमारी",
                        "almari", "काउंटरवर", "counter", "narcotic", "stock register"),
    "ws_afraid_of_myself": ("khud se dar", "खुद से डर", "स्वतःची भीती", "swatachi bhiti", "स्वतःचीच भीती",
                            "swatachich bhiti", "scared of myself", "afraid of myself", "bhiti vatate", "भीती वाटते"),
    "ws_think_of_myself": ("think of myself", "i think of myself", "apne baare me sochta", "अपने बारे में सोचता"),
    "ws_wish_since_morning": ("sakalpasun ichha", "सकाळपासून इच्छा", "subah se ichha", "सुबह से इच्छा",
                              "since morning i want", "wanting it since morning"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    "sedatives": ("nitrazepam", "नायट्राझेपाम", "नाइट्राजेपाम"),
}

WARD_STOCK_TAKEN: tuple[Combination, ...] = (
    Combination(RE, (_g("ws_spirit"), _g("ws_mixed_with"), _g("ws_soft_mixer")), 6),
    Combination(RE, (_g("sedatives", "pills"), _g("ws_began_taking", "took"), _g("ws_unprescribed")), 10,
                across=True, unless=_g("relation", "third_person")),
    Combination(RE, (_g("ws_drinking_it"),), 0, unless=_g("relation", "third_person")),
    Combination(RE, (_g("ws_night_gone"), ANY, _g("ws_went_in")), 2, order=True),
    Combination(RE, (_g("pd_pay_came"), _g("ws_spent_on_drink"), _g("ws_gone")), 8),
    Combination(CR, (_g("ws_keys_at_hand"), _g("ws_afraid_of_myself")), 14, across=True),
    Combination(CR, (_g("needle"), _g("ws_think_of_myself")), 12, across=True),
    Combination(CR, (_g("ws_wish_since_morning"),), 0),
)
