"""The potli bought, the doda boiled, reeling home, and the pull when the bottle is offered (the reading
of rounds 82-83: gurudwara langars and truckers, toll plazas, parking valets, flower markets, salt
pans):

- relapse: a potli of desi bought or finished on the way ("रण से लौटते वक़्त पोटली ले ली, रास्ते में ही
  खत्म"), home reeling ("रात्री झिंगून घरी आलो"), straight to the adda on pay day and "sorry sir";
- overdose: the whole bag of doda boiled to be drunk at once; the strips of pills in front to be eaten
  up; the pills or the pesticide poured down the throat ("घशात ओतली", "घशात ओततो");
- craving (urgent): a bottle or a drug offered, shown or near, and the writer's pull ("control
  मुश्किल है", "भीती वाटते घेईन", "mala pan pahije vattay", "dimaag me wahi chal raha", "call kara").

A potli bag at a wedding, poppy seeds in the kitchen, offered tea, "the control room" stay quiet.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE, OD, CR = Category.RELAPSE, Category.OVERDOSE, Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    "pl_potli": ("potli", "पोटली", "potlis", "पोटलियां"),
    "pl_got_it": ("le li", "ले ली", "li", "ली", "bought", "kharidi", "खरीदी", "khatam", "खत्म", "pee", "पी", "ghetli",
                  "घेतली"),
    "pl_potli_bag": ("bag", "batua", "बटुआ", "shagun", "शगुन", "gift", "wedding", "शादी"),
    "pl_reeling": ("झिंगून", "zingun", "jhingun", "झिंगलो", "zinglo", "jhinglo"),
    "pl_pay_sorry": ("sorry sir", "माफ करा", "maaf kara", "maaf karo", "माफ करो"),
    "pl_doda": ("डोडे", "doda", "dode", "डोडा", "पोस्त", "post ka", "bhukki", "भुक्की"),
    "pl_all_at_once": ("सारा एक साथ", "एक साथ", "ek saath", "ek sath", "all at once", "सगळं एकदम", "sagla ekdam",
                       "पूरा थैला", "pura thaila"),
    "pl_eat_them_up": ("khaun takin", "खाऊन टाकीन", "खा जाऊंगा", "kha jaunga", "sab kha lunga", "सब खा लूंगा",
                       "swallow them all"),
    "pl_down_the_throat": ("घशात ओतली", "घशात ओतलं", "घशात ओतला", "ghashat otli", "ghashat otla", "घशात ओततो",
                           "ghashat otto", "घशात ओतणार", "ghashat otnar", "gale me daal", "गले में डाल"),
    # The pull when it is offered, shown or near.
    "pl_offered": ("offer", "ऑफर", "दाखवतात", "dakhavtat", "दिखा के", "dikha ke", "बोतल दिखा", "bottle दाखव",
                   "batli kadhli", "बाटली काढली", "घेऊन आलेत", "gheun alet", "maal de rahe", "माल दे रहे", "पितायत",
                   "pitayat", "odhtat", "ओढतात", "potli wala", "पोटली वाला", "सगळे ऑफर करतात"),
    "pl_pull": ("control मुश्किल", "control mushkil", "control सुटायला", "control sutayla", "बड़ी मुश्किल",
                "badi mushkil", "भीती वाटते घेईन", "bhiti vatte ghein", "भीती वाटते", "bhiti vatte", "mann hai",
                "man hai", "मन है", "मन होतंय", "man hotay", "mann hotay", "pahije vattay", "पाहिजे वाटतंय",
                "dimaag me wahi", "दिमाग में वही", "dimag me wahi", "आँख उधर जाती", "aankh udhar jaati",
                "dolyasamor", "डोळ्यासमोर", "call kara", "फोन करा", "phone kara", "baat karni hai", "बात करनी है",
                "कैसे चलाऊंगा", "kaise chalaunga"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_DRUG = _g("alcohol", "alcohol_maybe", "cannabis", "opioids", "bottle_word", "liquor_place", "pl_potli", "tt_stuff")

POTLI_AND_THE_PULL_OF_THE_OFFER: tuple[Combination, ...] = (
    Combination(RE, (_g("pl_potli"), _g("pl_got_it")), 6, unless=_g("pl_potli_bag"), unless_reach=3),
    Combination(RE, (_g("pl_reeling"),)),
    Combination(RE, (_g("tt_adda"), _g("tt_went"), _g("pl_pay_sorry")), 12, across=True),
    Combination(OD, (_g("pl_doda"), _g("pl_all_at_once")), 12, across=True),
    Combination(OD, (_g("pills", "sedatives"), _g("pl_eat_them_up")), 12, across=True),
    Combination(OD, (_g("pills", "sedatives", "poison", "farm_poison"), _g("pl_down_the_throat")), 10, across=True),
    Combination(CR, (_DRUG, _g("pl_offered", "pl_pull")), 16, across=True, unless=_g("negation"), unless_reach=1),
    Combination(CR, (_g("pl_offered"), _g("pl_pull")), 16, across=True),
)
