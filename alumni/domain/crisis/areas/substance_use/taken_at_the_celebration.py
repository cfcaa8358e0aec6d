"""Using again told at a festival, a wedding or a party: a drink handed over and not refused
("चाचा ने बियर दी, मना नहीं किया", "quarter haatat dila. nahi mhanu shaklo nahi"); a drag taken
and begun again ("dum laga liya, fir se shuru"); country liquor taken and counted ("desi le li.
2 glass"); the vow burnt or broken beside the drink ("अपनी कसम भी जला दी। देसी के तीन पाउच");
a stop at the liquor shop on the way back ("देशीच्या दुकानात थांबलो"); the drink and a fresh
start of it ("vodka. परत सुरुवात"); and the drink beside "not proud".

What keeps each quiet is named beside it: a stop at the shop that did not happen, or to fetch
someone; desi ghee or food taken; pride in others. Drinks refused, bottles given back and
others drinking are read elsewhere.
"""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # Not refused, said plainly rather than as "couldn't": "mana nahi kiya", "didn't say no".
    "fest_use_did_not_refuse": (
        "mana nahi kiya", "मना नहीं किया", "mana nhi kiya", "मना नही किया", "inkaar nahi kiya", "इनकार नहीं किया",
        "inkar nahi kiya", "na nahi kaha", "ना नहीं कहा", "didn't refuse", "didnt refuse", "did not refuse",
        "didn't say no", "didnt say no", "did not say no", "nakar dila nahi", "नकार दिला नाही",
        "nahi mhanlo nahi", "नाही म्हणालो नाही", "nako mhanlo nahi", "नको म्हणालो नाही",
    ),
    # A drag or a hit taken: "dum laga liya", "kash lagaya", "took a drag".
    "fest_use_drag_taken": (
        "dum laga liya", "दम लगा लिया", "dum lagaya", "दम लगाया", "dum mara", "dum maara", "दम मारा",
        "kash lagaya", "कश लगाया", "kash laga liya", "कश लगा लिया", "kash mara", "कश मारा", "sutta mara",
        "sutta maara", "सुट्टा मारा", "took a drag", "took a hit", "took a puff", "had a drag",
    ),
    # Begun again, said as a fresh start: "परत सुरुवात", "fir se shuruaat".
    "fest_use_began_anew": (
        "parat suruvat", "परत सुरुवात", "punha suruvat", "पुन्हा सुरुवात", "parat survat", "fir se shuruat",
        "fir se shuruaat", "phir se shuruaat", "फिर से शुरुआत", "dobara shuruaat", "दोबारा शुरुआत",
        "back to square one", "back to day one", "back to day 1",
    ),
    # The vow burnt or broken: "कसम भी जला दी", "kasam tod di", "broke my vow".
    "fest_use_vow_broken": (
        "कसम भी जला दी", "कसम जला दी", "kasam bhi jala di", "kasam jala di", "kasam tod di", "कसम तोड़ दी",
        "kasam todi", "कसम तोड़ी", "kasam toot gayi", "कसम टूट गई", "broke my vow", "broke the vow",
        "broke my promise", "broke my pledge", "shapath modli", "शपथ मोडली", "vachan modla", "वचन मोडलं",
        "shapath tutli", "शपथ तुटली",
    ),
    # The liquor pouch: "पाउच", "pouch".
    "fest_use_pouch": ("pouch", "pouches", "पाउच", "पौच", "pauch", "thaili", "थैली",
                       # Gujarat's and Rajasthan's word for the pouch (round 62: "ek raat me 3 potli")
                       "potli", "पोटली", "potliyan", "पोटलियां", "potliya"),
    # Country liquor's shop: "देशीच्या दुकानात", "desi ke theke".
    "fest_use_desi_shop": (
        "देशीच्या दुकान*", "deshichya dukan*", "desichya dukan*", "desi ki dukan*", "देसी की दुकान*",
        "desi ke theke", "देसी के ठेके", "desi theke", "देसी ठेके", "देशी दारूच्या दुकान*",
    ),
    # Stopped or went in there: "थांबलो", "ruk gaya", "stopped".
    "fest_use_stopped_at": (
        "thamblo", "thambalo", "थांबलो", "थांबले", "thambli", "थांबली", "ruka", "रुका", "ruk gaya", "रुक गया",
        "ruki", "रुकी", "stopped", "stopped by", "went in", "ghuslo", "घुसलो", "gaya", "गया", "gelo", "गेलो",
    ),
    # An errand at the shop that is no drink: fetching someone, change, the way.
    "fest_use_errand_there": (
        "pick up", "to pick", "lene", "लेने", "ghyayla", "घ्यायला", "anayla", "आणायला", "change", "chhutte",
        "सुट्टे", "rasta", "रास्ता", "way", "address", "bhaiya ko", "bhavala",
    ),
    # Food or ghee called desi: what "desi" taken by the glass is not.
    "fest_use_desi_food": (
        "ghee", "घी", "tup", "तूप", "khana", "खाना", "chicken", "murgi", "मुर्गी", "anda", "ande", "अंडे",
        "lassi", "लस्सी", "chaas", "छाछ", "taak", "ताक", "doodh", "दूध", "milk", "sharbat", "शरबत",
    ),
    # Not drunk after all: "piya bhi nahi", "didn't drink it".
    "fest_use_not_drunk": (
        "piya nahi", "piya bhi nahi", "पिया नहीं", "पिया भी नहीं", "nahi piya", "नहीं पिया", "pi nahi", "पी नहीं",
        "didn't drink", "didnt drink", "did not drink", "never drank it", "pyalo nahi", "प्यालो नाही",
        "ghetli nahi", "घेतली नाही", "ghetla nahi", "घेतला नाही", "haath nahi lagaya", "हाथ नहीं लगाया",
    ),
    # Not proud, of oneself: "not proud", "proud nahi".
    "fest_use_not_proud": (
        "not proud", "not proud of it", "not proud of myself", "proud nahi", "proud नहीं", "proud नाही",
        "proud nahi", "ashamed of myself", "khud pe sharam", "खुद पे शर्म", "swatahachi laaj", "स्वतःची लाज",
    ),
    # Pride meant for others: "not proud of them".
    "fest_use_others_judged": ("them", "they", "him", "her", "unke", "उनके", "tyanchi", "त्यांची", "uspe", "unpe", "tyachi", "त्याची", "tichi", "तिची"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_DRINK = ANY + ("alcohol_maybe", "measure", "drink_unit", "fest_use_pouch")

TAKEN_AT_THE_CELEBRATION: tuple[Combination, ...] = (
    # A drink handed over and not refused.
    Combination(RE, (_g(*_DRINK), _g("fest_use_did_not_refuse", "could_not_refuse", "gave_in")), 10, across=True,
                unless=_g("work_asked", "fest_use_not_drunk"), unless_reach=8),
    # A drag taken, beside begun again.
    Combination(RE, (_g("fest_use_drag_taken"), _g("begun_again", "fest_use_began_anew", "again")), 10, across=True),
    # Country liquor taken and counted by the glass; desi ghee or food is another "desi".
    Combination(RE, (_g("alcohol_maybe"), _g("took", "accepted"), _g("two_of", "glass_measure", "drink_unit")), 6,
                across=True, unless=_g("fest_use_desi_food"), unless_reach=3),
    # A drink named and then two glasses of it taken: "jatret shindi chi dukan hoti, 2 glass ghetle".
    Combination(RE, (_g(*ANY), _g("two_of"), _g("took", "took_in_past")), 8, order=True,
                unless=_g("fest_use_desi_food", "negation", "beverage"), unless_reach=3),
    # Poured for the writer all night, and not refused: "the grooms uncle kept pouring and i didnt
    # say no"; tea or water poured is no drink.
    Combination(RE, (_g("pour"), _g("fest_use_did_not_refuse", "could_not_refuse", "gave_in")), 8, across=True,
                unless=_g("beverage", "work_asked", "fest_use_not_drunk"), unless_reach=4),
    # The vow burnt or broken beside the drink.
    Combination(RE, (_g("fest_use_vow_broken"), _g(*_DRINK)), 16, across=True),
    # A stop at the liquor shop; not stopped, or stopped to fetch someone, is no drink.
    Combination(RE, (_g("fest_use_desi_shop"), _g("fest_use_stopped_at")), 3,
                unless=_g("negation", "fest_use_errand_there"), unless_reach=3),
    # The drink and a fresh start of it.
    Combination(RE, (_g(*ANY), _g("fest_use_began_anew")), 10, across=True),
    # The drink beside "not proud" of oneself.
    Combination(RE, (_g(*ANY), _g("fest_use_not_proud")), 16, across=True,
                unless=_g("fest_use_others_judged"), unless_reach=6),
)
