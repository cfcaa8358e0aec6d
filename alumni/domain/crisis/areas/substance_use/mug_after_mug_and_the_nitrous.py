"""Mug after mug and the theatre's nitrous (the reading of rounds 92-93: resident doctors, silk reelers,
offshore platforms, cricket grounds, door-to-door sellers, village officials):

- "told myself one mug, finished four", "90 ml mhanun basloy ani 3 zale": one was said, more were had;
- "me too": "saglyansobat mi pan ghetli", "रात को मैंने भी ले ली", "मैं भी पीने में था", beside the drink,
  the party, the match or the procession;
- "7 days of 10 I drank", "3 days straight drinking"; "half a litre in"; "all ruined, a khamba finished";
- "the bonus went into bottles"; "celebrated with the trader. whisky";
- the theatre's nitrous inhaled again, a fortwin taken from the ward, alprazolam again "for the high";
- owned up without naming it: "to be honest, it has started again", "after 45 days it began again".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import NOT_MINE, Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    "mn_said_one": ("told myself one", "told myself just one", "ek hi bola tha", "mhanun basloy", "म्हणून बसलोय",
                    "एक म्हणून", "ek mhanun", "sirf ek bola tha", "सिर्फ एक बोला था"),
    "mn_ended_more": ("finished four", "finished three", "finished five", "3 zale", "३ झाले", "4 zale", "४ झाले",
                      "teen ho gaye", "तीन हो गए", "char ho gaye", "चार हो गए", "ended with four", "ended up with"),
    "mn_me_too_took": ("mi pan ghetli", "मी पण घेतली", "mi pan ghetla", "मी पण घेतला", "maine bhi le li",
                       "मैंने भी ले ली", "मैंने भी ली", "maine bhi li", "i had some too", "main bhi peene me tha",
                       "मैं भी पीने में था", "mai bhi pine me tha", "मैंने भी पी", "maine bhi pi"),
    "mn_occasion": ("miravnuk", "मिरवणूक", "baraat", "बारात", "party", "पार्टी", "match", "मैच"),
    "mn_days_drank": ("दिन पी", "din pi", "दिवस प्यालो", "divas pyalo", "days drinking", "days straight drinking"),
    "mn_went_in": ("litre andar", "लीटर अंदर", "andar gaya", "अंदर गया", "andar gayi", "अंदर गई"),
    "mn_all_ruined": ("sab barbaad", "सब बर्बाद", "sab barbad", "sagla vaya gela", "सगळं वाया गेलं"),
    "mn_into_bottles": ("बोतलों में चला गया", "botlon me chala gaya", "बाटलीत गेला", "batlit gela",
                        "went into bottles", "daru me gaya", "दारू में गया"),
    "mn_celebrated": ("celebrated with", "celebrate kiya", "सेलिब्रेट किया", "celebrate kela", "सेलिब्रेट केलं"),
    "mn_nitrous": ("nitrous", "नाइट्रस", "नायट्रस", "laughing gas"),
    "mn_inhaled": ("सूंघ ली", "sungh li", "ghetla", "घेतला", "ओढला", "odhla", "inhaled", "फिर से", "parat", "पुन्हा"),
    "mn_took_a_shot": ("घेतलं", "ghetla", "ghetle", "मारलं", "marla", "took one", "i did it", "ले ली", "le li"),
    "mn_for_the_high": ("nashasathi", "नशासाठी", "nashe ke liye", "नशे के लिए", "for the high", "for a high"),
    "mn_confess": ("खरं सांगतो", "khara sangto", "khar sangto", "sach bolu", "सच बोलूं", "sach bolun", "to be honest",
                   "दिवसांनी", "divsanni", "din baad", "दिन बाद"),
    "mn_started_again": ("परत सुरुवात झाली", "parat suruvat zali", "परत चालू झालीये", "parat chalu zaliye",
                         "परत चालू झाली", "parat chalu zali", "phir shuru ho gayi", "फिर शुरू हो गई",
                         "thoda thoda chal raha", "थोड़ा थोड़ा चल रहा"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_DRINK = ("alcohol", "cannabis", "opioids", "drugs", "bb_country_liquor", "drink_unit", "measure", "sq_quarter")

MUG_AFTER_MUG_AND_THE_NITROUS: tuple[Combination, ...] = (
    Combination(RE, (_g("mn_said_one"), _g("mn_ended_more")), 10, across=True, unless=_g("third_person"),
                unless_reach=2),
    Combination(RE, (_g(*_DRINK, "mn_occasion", "drinkers"), _g("mn_me_too_took")), 14, across=True),
    Combination(RE, (_g("mn_days_drank"),), unless=NOT_MINE, unless_reach=2),
    Combination(RE, (_g(*_DRINK), _g("mn_went_in")), 6, unless=NOT_MINE, unless_reach=2),
    Combination(RE, (_g("mn_all_ruined"), _g(*_DRINK)), 10, across=True),
    Combination(RE, (_g("mn_into_bottles"),), unless=NOT_MINE, unless_reach=2),
    Combination(RE, (_g("mn_celebrated"), _g(*_DRINK)), 6, across=True, unless=NOT_MINE, unless_reach=2),
    Combination(RE, (_g("mn_nitrous"), _g("mn_inhaled")), 8, across=True),
    Combination(RE, (_g("theatre_drug", "sq_md"), _g("mn_took_a_shot")), 6, unless=_g("third_person"), unless_reach=2),
    Combination(RE, (_g("pills", "sao_drug", "sedatives"), _g("mn_for_the_high")), 10, across=True),
    Combination(RE, (_g("mn_confess"), _g("mn_started_again")), 10, across=True),
)
