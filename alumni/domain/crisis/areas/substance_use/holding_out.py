"""Craving told by the struggle to hold out rather than by the want (round 13, holdout 35's
and 36's Marathi and Konkan writers): everyone drinking at the fair, the wedding or the jetty
and "how do I hold out" ("sagle pitat, kasa ravu", "मनाला आवरणं कठीण जातंय"); the feet that
turn towards the still or stop at the shop ("पैर अपने आप उधर मुड़ रहे थे", "पाय थांबले"); the
mind pulled to the bottle ("मन बाटलीकडे ओढता"); standing in front of the shop asking whether
to go in ("aat jau kay?"); the smell of it in the house ("दारू गाळतत, वास येता घरात"); only
the glass on one's mind ("फक्त ग्लास आठवतोय"). Rounds 78-79 added the writer barely holding back,
the control slipping or the mind still over there ("मैं बड़ी मुश्किल से रुका हूं", "control सुटतोय",
"dimag waha hi he") and everyone drinking with the writer asking to be called.

Each a craving (an urgent case, no helpline) only beside what it pulls to: "how do I hold
out" at a crowded fair, feet stopped at the vegetable shop, the smell of cooking stay quiet.
Words and the rules that read them (appended to the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR = Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    # How to hold out, how hard it is to keep the mind in check.
    "holding_out_hard": (
        "kasa ravu", "kasa rahu", "कसा राहू", "कसं राहू", "kasa sahan karu", "kasa sahan karaycha",
        "कसा सहन करू", "कसं सहन करू", "कसं सहन करायचं", "kathin jata", "kathin jatay", "kathin jatay",
        "कठीण जाता", "कठीण जातंय", "कठीण जातं", "कठीण जातय", "avarna kathin", "aavarna kathin",
        "आवरणं कठीण", "आवरण कठीण", "आवरणं जड", "rokna mushkil", "रोकना मुश्किल", "khud ko rokna mushkil",
        "kaise rokun", "kaise roku", "कैसे रोकूं", "कैसे रोकूँ", "kaise sahun", "कैसे सहूं", "bardasht nahi ho raha",
        "बर्दाश्त नहीं हो रहा", "hard to hold out", "so hard to hold out", "hard to resist", "hard to stay away",
        "hard to say no", "tough to resist", "cant hold out", "can't hold out",
        # (rounds 78-79) barely held back, the control slipping, the mind still over there
        "मुश्किल से रुका", "mushkil se ruka", "बड़ी मुश्किल से", "badi mushkil se", "कसाबसा थांबलोय", "कसाबसा थांबलो",
        "kasabasa thambloy", "kasabasa thamblo", "control छूट", "control chhut", "control chut", "कंट्रोल छूट",
        "control सुटत*", "control sutat*", "control सुट*", "कंट्रोल सुटत*", "dimag waha hi", "dimag wahi", "dimaag wahi",
        "दिमाग वहीं", "man titha ch", "man tithech", "man tithach", "मन तिथेच", "मन तिथंच", "my mind is there"),
    # Everyone around drinking now, or the drink being made or opened.
    "drinking_around": (
        "sagle pitat", "sagle pit hote", "sagle peet hote", "सगळे पितात", "सगळे पीत", "सगळे पितत",
        "sab pee rahe", "sab pi rahe", "sab pee rahe the", "सब पी रहे", "everyone is drinking",
        "everyone drinking", "everybody is drinking", "everyone was drinking", "बाटल्या उघड*",
        "batlya ughad*", "bottles open*", "daru galtat", "daru gaaltat", "दारू गाळत*", "दारू गाळतात",
        "sagle pitayet", "sagle pitayt", "सगळे पितायत", "सगळे पितायेत", "बसून पितायत", "basun pitayet",
        "pass the bottle around", "passing the bottle around", "bottle going around"),
    # The feet or the mind pulled there of themselves.
    "pulled_there": (
        "पैर अपने आप", "pair apne aap", "pair apne aap udhar", "पैर उधर मुड़", "pair udhar mud*",
        "पाय आपोआप", "paay apoaap", "paay aapoaap", "पाय थांबले", "paay thamble", "paay thambale",
        "पाय वळले", "paay valle", "मन ओढत*", "man odhat*", "man odhta", "ओढ लागली", "odh lagli", "feet took me", "my feet turned", "legs turned towards"),
    # In front of or passing the shop, the still, the bar.
    "at_the_shop": (
        "dukanasmor", "dukanasamor", "दुकानासमोर", "दुकानासमोरून", "daru dukanasmor", "दारू दुकानासमोर",
        "भट्टी के पास", "bhatti ke paas", "bhatti ke pas", "theke ke saamne", "theke ke samne", "ठेके के सामने",
        "bar ke bahar", "outside the bar", "outside the wine shop", "wine shop ke saamne", "बारसमोर",
        "बारसमोरून", "barsamorun", "ठेक्यासमोर", "ठेक्यासमोरून", "thekyasamor", "दुकानासमोरून जाताना"),
    # Asking whether to go in.
    "go_in_ask": ("aat jau kay", "aat jau ka", "आत जाऊ का", "आत जाऊ काय", "andar jaun kya", "andar jau kya",
                  "अंदर जाऊं क्या", "अंदर जाऊँ क्या", "should i go in", "shall i go in"),
    # Its smell, in the nose or the house.
    "smell_of_it": ("वास नाकात", "vas nakat", "vaas nakat", "वास येता", "वास येतो", "vas yeta", "vaas yeta",
                    "vas yeto", "smell is in my nose", "can smell it", "smell of it", "गंध आ रही",
                    "बू आ रही", "boo aa rahi", "smell aa rahi"),
    # The mind pulled to the bottle, named in the phrase.
    "mind_to_bottle": ("मन बाटलीकडे", "man batlikade", "man batli kade", "मन दारूकडे", "man darukade",
                       "मन ग्लासकडे", "mind keeps going to the bottle", "man botal ki taraf", "मन बोतल की तरफ"),
    # Only the glass or the bottle on one's mind.
    "glass_on_mind": ("ग्लास आठवत*", "glass aathvat*", "glass athvat*", "बाटली आठवत*", "batli aathvat*",
                      "only the glass", "bottle on my mind", "ग्लास याद आ रहा", "बोतल याद आ रही",
                      "glass yaad aa raha", "botal yaad aa rahi"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_DRINK = ANY + ("liquor_place",)

HOLDING_OUT: tuple[Combination, ...] = (
    # "sagle pitat, kasa ravu", "लग्नात सगळे पीत होते, मनाला आवरणं कठीण जातंय".
    Combination(CR, (_g("drinking_around"), _g("holding_out_hard")), 12, across=True),
    # Everyone drinking and the writer asking to be called: "सगळे गोठ्यात बसून पितायत, मी बाहेर उभा
    # आहे, फोन करा".
    Combination(CR, (_g("drinking_around"), _g("call_me_plea")), 12, across=True),
    # "पैर अपने आप उधर मुड़ रहे थे" beside the still; "मन बाटलीकडे ओढता".
    Combination(CR, (_g("pulled_there"), _g(*_DRINK, "at_the_shop")), 10, across=True),
    # "daru dukanasmor ubho asa, aat jau kay?"
    Combination(CR, (_g("at_the_shop"), _g("go_in_ask", "pulled_there")), 10, across=True),
    # "फेणीचो वास नाकात", "दारू गाळतत, वास येता घरात".
    Combination(CR, (_g("smell_of_it"), _g(*ANY, "drinking_around")), 8, across=True),
    # "आता फक्त ग्लास आठवतोय".
    Combination(CR, (_g("glass_on_mind", "mind_to_bottle"),), 1),
    # Wanting it again, with the restlessness that comes with it, the thing unnamed: "mujhe phir
    # se cheez chahiye, bahut bechaini hai".
    Combination(CR, (_g("again_strict"), _g("want_one"), _g("restless", "longing")), 10, across=True,
                unless=_g("beverage", "food")),
)
