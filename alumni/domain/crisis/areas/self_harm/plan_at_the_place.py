"""Suicide told through a place and a plan (round 17, holdouts 47 and 48, money and loan apps,
old age): the jump that failed at the bridge and the going back ("kood nahi paya, aaj phir
jaunga", "couldn't jump, will go again"), the jump promised for some day ("ek din kood hi
jaunga"), the place announced with "don't stop me" ("रुळावर जाणार आहे, कुणी थांबवू नका"), the
tracks or the dam that look peaceful tonight or from here, the courage awaited at the deep water
("बघू आज धाडस होतं का"), nobody needing one and the tracks nearby, the door bolted from inside with a
letter written, the dupatta kept ready.

Each needs the place or the means beside the sign, and leisure cancels the view: a long jump
that failed at the sports meet, a dam seen on a trip, a dupatta ready for a wedding, a letter
written with the door shut to study stay quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The jump tried and not made: "kood nahi paya", "couldn't jump", "उडी मारता आली नाही".
    "jump_not_made": ("kood nahi paya", "kud nahi paya", "kood nahi payi", "kud nahi payi", "कूद नहीं पाया",
                      "कूद नहीं पायी", "कूद नहीं पाई", "kood na saka", "कूद न सका", "couldnt jump", "couldn't jump",
                      "could not jump", "cudnt jump", "didnt have the guts to jump", "didn't have the guts to jump",
                      "udi marta ali nahi", "udi marta aali nahi", "उडी मारता आली नाही", "udi marli nahi",
                      "उडी मारली नाही", "udi marayla jamla nahi", "उडी मारायला जमलं नाही", "udi nahi marta ali",
                      "himmat nahi hui koodne ki", "हिम्मत नहीं हुई कूदने की", "koodne ki himmat nahi hui"),
    # The jump promised for some day: "ek din kood hi jaunga", "one of these days i'll jump".
    "jump_some_day": ("kood hi jaunga", "kud hi jaunga", "kood hi jaungi", "kud hi jaungi", "कूद ही जाऊंगा",
                      "कूद ही जाऊँगा", "कूद ही जाऊंगी", "ek din kood", "एक दिन कूद", "one day ill jump",
                      "one day i'll jump", "one day i will jump", "someday ill jump", "someday i'll jump",
                      "ekdivas udi marin", "एकदिवस उडी मारीन", "ek divas udi marin", "एक दिवस उडी मारीन",
                      "udi marinach", "उडी मारीनच"),
    # The reader told not to stop it: "don't stop me", "कुणी थांबवू नका", "mujhe mat rokna".
    "no_stopping_me": ("dont stop me", "don't stop me", "do not stop me", "dont try to stop me",
                       "don't try to stop me", "nobody stop me", "no one stop me", "kuni thambavu naka",
                       "कुणी थांबवू नका", "mala thambavu naka", "मला थांबवू नका", "mala adavu naka", "मला अडवू नका",
                       "kuni adavu naka", "कुणी अडवू नका", "mujhe mat rokna", "मुझे मत रोकना", "mujhe mat roko",
                       "मुझे मत रोको", "koi mat rokna", "कोई मत रोकना", "koi rokne mat aana", "कोई रोकने मत आना",
                       "rokne ki koshish mat", "रोकने की कोशिश मत"),
    # The steps of a river: "पंचगंगेच्या घाटावर", "ghat pe baitha".
    "river_steps": ("ghatavar", "घाटावर", "ghatavr", "ghat pe", "घाट पे", "ghat par", "घाट पर", "on the ghat",
                    "at the ghat", "ghaat pe", "ghaat par", "घाटावरच"),
    # The courage awaited today: "बघू आज धाडस होतं का", "dekhta hu himmat hoti hai kya".
    "courage_awaited": ("dhadas hota ka", "धाडस होतं का", "dhadas hote ka", "धाडस होते का", "dhadas hoil ka",
                        "धाडस होईल का", "himmat hoti hai kya", "हिम्मत होती है क्या", "himmat hogi kya",
                        "हिम्मत होगी क्या", "himmat hoti hai ki nahi", "if i have the guts", "if i have the nerve",
                        "whether i have the guts", "see if i can do it", "dekhte hain himmat", "देखते हैं हिम्मत"),
    # Nobody needs the writer: "मेरी किसी को जरूरत नहीं", "माझी कुणाला गरज नाही".
    "needed_by_none": ("meri kisi ko zarurat nahi", "मेरी किसी को जरूरत नहीं", "मेरी किसी को ज़रूरत नहीं",
                       "meri kisiko zarurat nahi", "mujhe koi nahi chahta", "nobody needs me", "no one needs me",
                       "noone needs me", "majhi kunala garaj nahi", "माझी कुणाला गरज नाही",
                       "maji kunala garaj nahi", "kunalach majhi garaj nahi", "कुणालाच माझी गरज नाही"),
    # The door bolted from inside: "kundi andar se laga ke", "दाराला आतून कडी".
    "bolted_inside": ("kundi andar se", "कुंडी अंदर से", "andar se kundi", "अंदर से कुंडी", "chitkani laga",
                      "चिटकनी लगा", "atun kadi", "आतून कडी", "kadi atun", "कडी आतून", "aatun kadi",
                      "bolted the door", "bolted myself in", "door bolted from inside", "latched from inside",
                      "bolted from inside"),
    # A letter written and left out: "chitthi likh ke rakh di", "चिठ्ठी लिहून ठेवली".
    "letter_left_out": ("chitthi likh", "चिट्ठी लिख", "chithi likh", "chitthi rakh", "चिट्ठी रख", "chithi rakh",
                        "chitthi likh ke rakh", "चिठ्ठी लिहून", "chitthi lihun", "chithi lihun", "चिठ्ठी ठेवली",
                        "chitthi thevli", "letter on the table", "note on the table", "letter is on the table",
                        "note is on the table", "टेबलावर चिठ्ठी", "table pe chitthi", "मेज पर चिट्ठी"),
    # Kept ready: "dupatta ready rakha hai", "दोरी तयार ठेवली".
    "kept_ready": ("kept ready", "ready rakha", "ready rakhi", "ready rakhla", "tayyar rakha",
                   "taiyar rakha", "तैयार रखा", "तैयार रखी", "tayar thevla", "tayar thevli", "तयार ठेवला",
                   "तयार ठेवली", "ready thevla", "ready thevli", "ready", "tayar", "तयार", "तैयार"),
    # What a dupatta or a letter is ready for on an ordinary day.
    "occasion_kept_for": ("wedding", "shaadi", "शादी", "lagn", "लग्न", "function", "haldi", "हळद", "mehndi",
                          "pooja", "puja", "पूजा", "festival", "navratri", "garba", "diwali", "iron", "press",
                          "wash", "dhobi", "tailor", "darzi", "exam", "study", "padhai", "abhyas", "अभ्यास",
                          "office", "leave application", "application", "dance", "program", "programme", "college", "trek",
                          "trekking", "tent", "camping", "kite", "patang", "पतंग", "manja", "मांजा", "swing", "jhula",
                          "झूला", "jhoka", "झोका", "kapde", "clothes", "drying", "sukhane", "वाळत", "packing", "bag",
                          "shop", "dukan", "दुकान", "tractor", "bail", "बैल", "cow", "gaay", "गाय", "bucket", "balti",
                          "बादली", "badli",
                          # clothes got ready to wear, which a ligature's words also name
                          "saree", "sari", "साडी", "साड़ी", "belt", "scarf", "stole", "school", "uniform"),
    # Leisure that makes a view of the place harmless: a trip, a photo, the family along.
    "place_leisure": ("trip", "picnic", "tour", "photo", "photos", "selfie", "sunset", "sunrise", "with family",
                      "with friends", "dosto ke saath", "doston ke saath", "दोस्तों के साथ", "mitransobat",
                      "मित्रांसोबत", "mitranbarobar", "मित्रांबरोबर", "thandi hawa", "ठंडी हवा", "cool breeze", "breeze",
                      "family sobat", "gharchyansobat", "ghar walon ke saath", "ghumne", "ghumayla", "फिरायला",
                      "घूमने", "long jump", "high jump", "sports", "swimming", "pool", "bungee", "trek", "trekking"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_PLACE = _g("rail_line", "danger_place", "height", "water_body", "dam_side", "river_steps", "deep_water",
            "open_water_or_tracks", "well_or_tracks")
# Where sitting and feeling calm is itself the warning (not a terrace, a lake or the sea).
_STILL_PLACE = _g("rail_line", "dam_side", "well_or_tracks")
# Where the courage awaited or nobody's need is read as the means (not a terrace, where tea is had).
_DEEP_PLACE = _g("rail_line", "dam_side", "well_or_tracks", "deep_water", "river_steps")
_LEISURE = _g("place_leisure", "water_leisure", "sightseeing", "away_trip")

PLAN_AT_THE_PLACE: tuple[Combination, ...] = (
    # The jump not made at the bridge, or made a plan of for some day.
    Combination(S, (_g("jump_not_made", "jump_some_day"), _PLACE + _g("look_down")), 24, across=True,
                unless=_LEISURE, unless_reach=8),
    # Going to the place with the reader told not to stop it.
    Combination(S, (_g("no_stopping_me"), _PLACE + _g("ligature", "poison", "farm_poison")), 16, across=True,
                unless=_LEISURE, unless_reach=8),
    # The tracks or the dam, seen tonight or from where one sits, feeling peaceful.
    Combination(S, (_STILL_PLACE, _g("feel_calm", "water_calm"), _g("present_there", "tonight", "by_night", "posture")),
                16, across=True, unless=_LEISURE, unless_reach=12),
    # The courage awaited at the place ("बघू आज धाडस होतं का"); the courage merely needed, only at
    # the tracks, the dam, the well or deep water.
    Combination(S, (_PLACE, _g("courage_awaited")), 16, across=True, unless=_LEISURE, unless_reach=8),
    Combination(S, (_DEEP_PLACE, _g("courage")), 16, across=True, unless=_LEISURE, unless_reach=8),
    # Nobody needs one, and the tracks, the well or the river are near.
    Combination(S, (_g("needed_by_none"), _DEEP_PLACE + _g("ligature", "poison", "farm_poison")), 20,
                across=True),
    # The door bolted from inside and a letter left out.
    Combination(S, (_g("bolted_inside", "locked_in"), _g("letter_left_out", "farewell_note", "wrote_note")), 20,
                across=True, unless=_g("occasion_kept_for"), unless_reach=6),
    # Heading for the tracks, the well or the river, and nobody to come looking: "gaon ke kuen
    # ki taraf ja raha hu, koi mat dhundna". Going home to one's village is no leisure here: the
    # well is the village's.
    Combination(S, (_DEEP_PLACE + _g("danger_place", "open_water_or_tracks"), _g("heading_now", "present_there"),
                    _g("dont_look_for_me", "nobody_to_look")), 16, across=True,
                unless=_g("place_leisure", "water_leisure", "sightseeing", "water_chore"), unless_reach=6),
    # The dupatta or the rope kept ready.
    Combination(S, (_g("ligature"), _g("kept_ready")), 3, unless=_g("occasion_kept_for"), unless_reach=8),
)
