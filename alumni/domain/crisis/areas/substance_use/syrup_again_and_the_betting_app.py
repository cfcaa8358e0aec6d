"""The cough syrup again and the betting app (the drink, the drugs and the cravings of rounds 108-109:
fast-food carts, stationery shops, hosiery units, chit funds, bowling alleys, bus-body workshops):

- "the cough syrup started again, a bottle a day"; the week's pay in hand "and my feet turned to the theka
  by themselves"; "bought lottery tickets again"; "back on the rummy app"; "drinking for three days, absent
  from work"; the santra bottle or the angrezi khamba "half gone"; Royal Stag at the wedding "didn't stop";
- cravings: "feel like opening the betting app" during the match; "a holiday is a danger for me"; friends
  saying "come, let's sit ... it's hard"; "my mind says take a little and buy a bottle"; the old group's
  message for MD "don't know whether to block it".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.gift_bottle_and_the_pay_day_adda import DRINK_READ
from alumni.domain.crisis.combination import NOT_MINE, Combination, _g
from alumni.domain.crisis.detection import Category

RE, CR = Category.RELAPSE, Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    "ms_syrup": ("खांसी वाला सिरप", "khansi wala syrup", "cough syrup", "कफ सिरप", "corex", "कोरेक्स"),
    "ms_daily_bottle": ("रोज एक शीशी", "roz ek shishi", "roz ek bottle", "रोज एक बोतल", "फिर शुरू कर दिया",
                        "phir shuru kar diya"),
    "ms_feet_turned": ("पैर अपने आप", "pair apne aap", "पाय आपोआप", "paay apoaap", "feet took me"),
    # gone, not only pulled: "पैर अपने आप उधर मुड़ रहे थे" is the pull (a craving)
    "ms_feet_went": ("मुड़ गए", "mud gaye", "mud gaye the", "वळले", "valle", "took me there"),
    "ms_lottery": ("लॉटरीची तिकिटं", "lottery chi tikita", "lottery tickets", "लॉटरीची", "lottery ki ticket"),
    "ms_back_on": ("back on the", "back on"),
    "ms_days_drinking": ("दिवसांपासून पितोय", "divsanpasun pitoy", "din se pee raha", "दिन से पी रहा",
                         "days i've been drinking"),
    "ms_half_gone": ("ardhi sampli", "अर्धी संपली", "aadha khatam", "आधा खत्म", "aadhi khatam", "half gone",
                     "half finished"),
    "ms_liquor": ("santra chi bottle", "संत्रा", "santra", "angrezi", "अंग्रेजी", "khamba", "खंबा"),
    "ms_brand": ("रॉयल स्टॅग", "royal stag", "रॉयल चॅलेंज", "ऑफिसर्स चॉईस", "mc dowell", "मॅकडॉवेल"),
    "ms_took": ("घेतली", "ghetli", "थांबलोच नाही", "thambloch nahi"),
    "ms_bet_app": ("betting app", "बेटिंग ॲप", "betting ऐप"),
    "ms_feel_like": ("मन कर रहा", "man kar raha", "mann kar raha", "उघडावंसं वाटतंय", "वाटतंय", "vatatay",
                     "feel like"),
    "ms_danger_for_me": ("माझ्यासाठी धोका", "majhyasathi dhoka", "mere liye khatra", "मेरे लिए खतरा",
                         "risky for me"),
    "ms_holiday": ("सुट्टी", "sutti", "chhutti", "छुट्टी", "holiday", "sunday", "रविवार"),
    "ms_chal_basu": ("chal basu", "चल बसू", "chalo baithte", "चलो बैठते", "baithne chalo"),
    "ms_hard": ("kathin ahe", "कठीण आहे", "mushkil hai", "मुश्किल है", "it's hard"),
    "ms_mind_says": ("मन म्हणतंय", "man mhantay", "mann keh raha", "मन कह रहा", "my mind says"),
    "ms_block_or_not": ("block करू की नाही", "block karu ki nahi", "block karu ya nahi", "block करूं या नहीं",
                        "should i block"),
    "ms_md": ("md", "एमडी", "mephedrone"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

SYRUP_AGAIN_AND_THE_BETTING_APP: tuple[Combination, ...] = (
    Combination(RE, (_g("ms_syrup"), _g("again", "lb_again", "ms_daily_bottle")), 10, across=True, unless=NOT_MINE,
                unless_reach=2),
    Combination(RE, (_g("ms_feet_turned"), _g("liquor_place", "drink_place"), _g("ms_feet_went")), 10, across=True),
    Combination(RE, (_g("ms_lottery"), _g("again", "lb_again")), 8, across=True),
    Combination(RE, (_g("ms_back_on"), _g("bet_game", "qn_bet")), 4),
    Combination(RE, (_g("ms_days_drinking"),), unless=NOT_MINE, unless_reach=2),
    Combination(RE, (_g(*DRINK_READ, "ms_liquor"), _g("ms_half_gone")), 12, across=True, unless=NOT_MINE,
                unless_reach=2),
    Combination(RE, (_g("ms_brand"), _g("ms_took")), 8, unless=_g("third_person"), unless_reach=2),
    Combination(CR, (_g("ms_bet_app"), _g("want", "ms_feel_like")), 8),
    Combination(CR, (_g("ms_danger_for_me"), _g("ms_holiday")), 10, across=True),
    Combination(CR, (_g("ms_chal_basu"), _g("ms_hard")), 16, across=True),
    Combination(CR, (_g("ms_mind_says"), _g(*DRINK_READ, "bottle_word")), 12, across=True),
    # the question's own "not" is a part of the rule, so it does not cancel the pull
    Combination(CR, (_g("ms_block_or_not"), _g("negation"), _g("drugs", "stimulants", "ms_md")), 16, across=True,
                same_word=True),
)
