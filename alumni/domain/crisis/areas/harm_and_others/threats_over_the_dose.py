"""Harm to others and reports from families in treatment: acid to be thrown at someone ("तोंडावर
ऍसिड फेकीन", "tezab phenk dunga"); a man to be crushed with a stone ("त्याला दगडाने ठेचणार",
"kuchal dunga"); a son gone up to the roof with a rope, told by his mother; a brother who says he
will not remain, beside a door shut or meals refused.

What keeps each quiet is named beside it: acid for the toilet or the drain; garlic, chillies or
a snake crushed; a rope taken up to dry clothes, fly a kite or fix the tank; not staying at a
place or a party.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, HO = Category.SUICIDE, Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "tod_acid": ("acid", "ऍसिड", "एसिड", "ॲसिड", "अ‍ॅसिड", "tezab", "tejab", "तेज़ाब", "तेजाब", "ऐसिड"),
    # Thrown, by the writer to come: "फेकीन", "phenk dunga", "will throw".
    "tod_throw_future": (
        "फेकीन", "fekin", "phekin", "फेकणार", "feknar", "phenk dunga", "फेंक दूंगा", "फेंक दूँगा", "fenk dunga",
        "फेंकूंगा", "phenkunga", "dal dunga", "डाल दूंगा", "ओतीन", "otin", "will throw", "gonna throw",
        "i'll throw", "ill throw", "throw it on", "फेकून देईन", "phekun dein",
    ),
    # Acid's chores: the toilet, the drain, cleaning.
    "tod_acid_chore": (
        "toilet", "टॉयलेट", "sandas", "संडास", "bathroom", "बाथरूम", "nali", "नाली", "drain", "gutter",
        "safai", "सफाई", "saaf", "साफ", "clean", "cleaning", "tiles", "टाइल्स", "basin", "battery", "lab",
    ),
    # Crushed: "ठेचणार", "kuchal dunga", "crush him".
    "tod_crush": (
        "ठेचणार", "thechnar", "ठेचून टाकीन", "thechun takin", "ठेचेन", "thechen", "ठेचीन", "kuchal dunga",
        "कुचल दूंगा", "kuchal daalunga", "कुचल डालूंगा", "कुचल दूँगा", "crush him", "crush his head",
        "smash his head", "sar phod dunga", "सर फोड़ दूंगा", "डोकं फोडीन", "dokan phodin", "doka fodin",
    ),
    # What is crushed in a kitchen, or a snake.
    "tod_crushed_food": (
        "lasun", "लसूण", "lahsun", "लहसुन", "mirchi", "मिरची", "मिर्च", "adrak", "अदरक", "ale", "आलं",
        "garlic", "ginger", "chillies", "saap", "साप", "सांप", "snake", "masala", "मसाला", "chutney", "चटणी",
        "खलबत्ता", "khalbatta", "can", "cans", "bottle",
    ),
    # A stone, a rock, a brick; or the man: "त्याला", "usko", "him".
    "tod_stone_or_him": (
        "dagad", "दगड", "dagadane", "दगडाने", "पत्थर", "patthar", "pathar", "पत्थर से", "rock", "stone",
        "brick", "int", "ईंट", "vit", "वीट", "त्याला", "tyala", "usko", "उसको", "use", "उसे", "him",
    ),
    # A rope: "rope", "रस्सी", "दोरी".
    "tod_rope": ("rope", "रस्सी", "rassi", "दोरी", "dori", "दोर", "dor", "फंदा", "phanda", "dupatta", "दुपट्टा"),
    # Up to the roof or the terrace.
    "tod_roof": (
        "छत पे", "chhat pe", "छत पर", "chhat par", "chat pe", "गच्चीवर", "gachchivar", "टेरेसवर", "terrace",
        "roof", "upar gaya", "ऊपर गया", "गच्चीवर गेला",
    ),
    # Taken up to go: "lekar gaya", "gheun gela", "took".
    "tod_took_up": (
        "lekar", "लेकर", "le ke", "ले के", "leke", "gheun", "घेऊन", "took", "taken", "with a",
    ),
    # What a rope is for on a roof: clothes, a kite, the tank, the dish.
    "tod_rope_chore": (
        "kapde", "कपड़े", "kapda", "kapade", "कपडे", "clothes", "sukhane", "सुखाने", "valat", "वाळत",
        "patang", "पतंग", "kite", "tanki", "टंकी", "tank", "टाकी", "dish", "antenna", "cable", "pipe",
        "bucket", "balti", "बाल्टी", "saman", "सामान",
    ),
    # He says he will not remain: "mhanto mi aata rahnar nahi", "kehta hai ab nahi rahunga".
    "tod_wont_remain": (
        "mi aata rahnar nahi", "मी आता राहणार नाही", "aata rahnar nahi", "आता राहणार नाही", "mi rahnar nahi",
        "मी राहणार नाही", "main ab nahi rahunga", "मैं अब नहीं रहूंगा", "ab nahi rahunga", "अब नहीं रहूंगा",
        "i won't be around", "i wont be around", "won't be around anymore", "wont be around anymore",
    ),
    # The signs beside it: a room shut, meals refused, a phone off.
    "tod_withdrawn": (
        "kholi band", "खोली बंद", "room band", "रूम बंद", "darwaza band", "दरवाजा बंद", "दरवाज़ा बंद",
        "kamra band", "कमरा बंद", "door band", "दार बंद", "locked himself", "locked the door", "jevla nahi",
        "जेवला नाही", "jevan nahi", "जेवण नाही", "khana nahi khaya", "खाना नहीं खाया", "khana nahi kha raha",
        "खाना नहीं खा रहा", "not eating", "hasn't eaten", "phone band", "फोन बंद", "switch off",
    ),
    # Somewhere not to stay: here, the house, a place, a job.
    "tod_stay_place": (
        "ithe", "इथे", "yahan", "यहां", "yaha", "here", "ghari", "घरी", "ghar", "घर", "hostel", "room",
        "job", "kaam", "काम", "company", "gaav", "गाव", "gaon", "गांव", "city", "shahar",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

THREATS_OVER_THE_DOSE: tuple[Combination, ...] = (
    # Acid to be thrown; the toilet or the drain is its chore.
    Combination(HO, (_g("tod_acid"), _g("tod_throw_future")), 5, unless=_g("tod_acid_chore"), unless_reach=4),
    # Crushed with a stone, or the man crushed; garlic or a snake is the kitchen's or the yard's.
    Combination(HO, (_g("tod_stone_or_him"), _g("tod_crush")), 4, unless=_g("tod_crushed_food"), unless_reach=4),
    # A rope taken up to the roof; clothes, a kite or the tank keep it a chore.
    Combination(S, (_g("tod_rope"), _g("tod_took_up"), _g("tod_roof")), 6,
                unless=_g("tod_rope_chore"), unless_reach=6),
    # He will not remain, beside a room shut or meals refused.
    Combination(S, (_g("tod_wont_remain"), _g("tod_withdrawn")), 16, across=True,
                unless=_g("tod_stay_place"), unless_reach=1),
)
