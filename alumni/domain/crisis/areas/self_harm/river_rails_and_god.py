"""Suicide said indirectly in Marathi- and Hindi-speaking homes, as a place or a means: the river,
the ghat or the well calling the writer ("पाणी बोलावतंय", "jaise bula raha ho"); sitting at the
ghat with the thought of going in or no wish to turn back; at the well's edge while the house
sleeps; a well or a valley deep enough, one step left; the railway crossing, the tracks or the
local's door with the right train, the place to stop or the hand let go; the fan looked at as
strong; a cloth and a stool, or a rope tied, made ready; a note left for the mother to read in
the morning; God asked to take the writer to him, the body left behind as the saints did, the
home above set off for; jumping if anyone comes near; a whole strip of sleeping pills together.

What keeps each quiet is named beside it: a holy dip, a pilgrimage, a swim, fishing or a boat at
the river; a devotional song, a bhajan or the wari for God; a pump, a tanker or the summer's
water level for the well; a ticket, a commute or a reel at the station; a fan's breeze, speed or
repair; a tailor, washing drying or a festival's decoration for the cloth; cattle for the rope;
a love letter, a list or a surprise for the note; a lift or a floor for the home above; pills
bought for the month.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE
OD = Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    # Water one may go into: a river, a ghat, a well, a lake, a dam.
    "river_god_water": (
        "पाणी", "paani", "pani", "पानी", "नदी", "nadi", "river", "घाट", "घाटावर", "ghatavar", "ghat",
        "यमुना", "yamuna", "गंगा", "ganga", "गोदावरी", "गोदावरीच्या", "godavari", "कृष्णा", "krishna",
        "panchganga", "panchgangechya", "पंचगंगा", "विहीर", "विहिरीच्या", "विहिरीत", "vihir", "vihirichya",
        "kuan", "कुआँ", "कुआं", "कुएं", "the well", "a well", "our well", "samudra", "समुद्र", "the sea",
        "lake", "talav", "तलाव", "तालाब", "talab", "dharan", "धरण", "the dam", "पात्राबाहेर",
    ),
    # The water calling or drawing the writer.
    "river_god_calling": (
        "बोलावतंय", "bolavtay", "bolavtoy", "बोलावतोय", "बोलावते", "बुला रहा", "bula raha", "बुला रही",
        "bula rahi", "calling me", "is calling", "calls me", "खेचतंय", "khechtay", "खींच रहा",
        "kheench raha", "pulling me", "bulave", "बुलावा", "bulawa",
    ),
    # A holy dip, a pilgrimage, a swim, fishing, a boat, a call to a meal: water for its own uses.
    "river_god_water_use": (
        "snan", "स्नान", "snaan", "bath", "dip", "dubki", "डुबकी", "kumbh", "कुंभ", "yatra", "यात्रा",
        "darshan", "दर्शन", "teerth", "तीर्थ", "pilgrimage", "aarti", "आरती", "pooja", "पूजा", "swim",
        "swimming", "पोहायला", "pohayla", "tairna", "तैरना", "machli", "मछली", "मासे", "fishing", "boat",
        "naav", "नाव", "नाव", "photo", "photos", "selfie", "jevayla", "जेवायला", "khana", "खाना", "phone",
        "call", "song", "gaana", "गाणं", "bhajan", "भजन", "picnic", "trip", "tanker", "pump", "motor",
    ),
    # The thought of going in, or no wish to turn back.
    "river_god_going_in": (
        "utraycha vichar", "उतरायचा विचार", "उतरायचं", "utraycha", "utaraycha", "मागे फिरायचं मन नाही",
        "mage firaycha man nahi", "wapas jaane ka man nahi", "वापस जाने का मन नहीं", "not turning back",
        "don't want to turn back", "dont want to turn back", "utar jaun", "उतर जाऊं", "उतर जाऊँ",
        "andar chala jaun", "अंदर चला जाऊं", "walk in", "walk into", "thinking of going in", "think of going in",
        "want to go in", "wanna go in", "go in and not come out", "going in and not coming out",
    ),
    # At the edge of it.
    "river_god_edge": (
        "काठावर", "kathavar", "kinare", "किनारे", "किनारी", "kinari", "edge", "कडेला", "kadela",
        "मुंडेर", "munder", "कठड्यावर", "kathdyavar",
    ),
    # The house asleep: nobody to stop the writer.
    "river_god_house_asleep": (
        "मुलं झोपली", "mula zopli", "sab so gaye", "सब सो गए", "everyone asleep", "everyone is asleep",
        "सगळे झोपले", "saglе zople", "सगळे झोपलेत", "bachche so gaye", "बच्चे सो गए", "kids are asleep",
        "kids asleep", "ghar zopla", "घर झोपलं", "sab so rahe", "सब सो रहे",
    ),
    # A valley or a drop: where a step is the last.
    "river_god_drop": (
        "dari", "दरी", "खाई", "valley", "कड्यावरून", "kadyavarun", "cliff",
        "the well", "विहीर", "vihir", "कुआँ", "kuan",
    ),
    "river_god_deep": ("deep", "खोल", "khol", "गहरा", "gehra", "gahra", "गहरी", "gehri", "khali baghava",
                "खाली बघावं", "neeche dekhna", "नीचे देखना"),
    "river_god_enough_or_step": (
        "deep enough", "पुरेशी खोल", "purshi khol", "kaafi gehra", "काफ़ी गहरा", "काफी गहरा",
        "bas ek paul", "बस एक पाऊल", "ek paul", "एक पाऊल", "bas ek kadam", "बस एक कदम", "ek kadam",
        "one step", "enough", "ekda", "एकदा",
    ),
    # The water level of a season, a pump, a view: a well's or a valley's ordinary talk.
    "river_god_depth_use": (
        "level", "motor", "pump", "पंप", "borewell", "pipe", "tanker", "टँकर", "patli", "पातळी", "summer",
        "unhala", "उन्हाळा", "garmi", "season", "crop", "pik", "पीक", "irrigation", "view", "photo",
        "selfie", "trek", "sunset", "dhuka", "धुका", "fog", "paus", "पाऊस", "waterfall", "dhabdhaba",
        "धबधबा", "gaadi chalav", "drive carefully", "slow",
    ),
    # The tracks, the crossing, the station's end, the local's door.
    "river_god_rails": (
        "railway crossing", "crossing", "फाटक", "phatak", "रुळ", "रुळावर", "रुळावरून", "rulavar",
        "rulavarun", "patri", "पटरी", "tracks", "railway line", "रेल्वे लाईन", "स्टेशन", "station",
        "लोकलच्या दारात", "local chya darat", "local ke darwaze", "लोकल के दरवाज़े", "platform",
    ),
    # The train awaited, the place to stop known, the hand let go, nobody to notice.
    "river_god_rail_intent": (
        "right train", "the right train", "sahi train", "सही ट्रेन", "मालगाड़ी तेज़", "तेज़ निकलती",
        "tez nikalti", "maalgadi tez", "कुठे थांबायचं ते माहीत", "kuthe thambaycha te mahit",
        "हात सोडावासा", "hat sodavasa", "haat sodavasa", "हात सोडणार", "hath chhod dunga",
        "हाथ छोड़ दूंगा", "let go of the handle", "kisi ko pata bhi nahi chalega",
        "किसी को पता भी नहीं चलेगा", "कोणालाच कळणार नाही", "konalach kalnar nahi", "nobody will even know",
        "nobody would notice",
    ),
    # A ticket, a train to catch, a reel: the station's ordinary business.
    "river_god_station_use": (
        "ticket", "bina ticket", "without ticket", "pass", "catch", "pakad", "पकड़", "pakadli", "late",
        "reel", "video", "photo", "trainspotting", "bunk", "movie", "surprise", "gift", "party",
        "office", "college",
    ),
    # The fan, looked at as strong enough.
    "river_god_fan": ("fan", "ceiling fan", "pankha", "पंखा", "पंख्याकडे", "pankhyakade", "पंखे", "pankhe"),
    "river_god_sturdy": ("strong", "sturdy", "majboot", "मज़बूत", "मजबूत", "can hold", "hold my weight",
                  "वजन", "vajan", "weight"),
    "river_god_staring": ("बघत बसलाय", "baghat baslay", "बघत बसली", "staring", "stares", "देखता रहता", "dekhta rehta",
                   "देख रहा", "dekh raha", "एकटक", "ektak", "looking at"),
    "river_god_fan_use": (
        "noise", "speed", "wind", "hawa", "हवा", "vara", "वारा", "breeze", "repair", "mechanic",
        "electrician", "install", "fitting", "bought", "ghetla", "घेतला", "brand", "warranty", "motor",
        "regulator", "cleaning", "saaf", "साफ", "naya", "नया", "new", "navin", "नवीन", "laga", "lagvla",
        "लावला", "lagaya", "fitted", "bal", "बाळ", "baby", "hasto", "हसतो", "khelto", "खेळतो",
    ),
    # A cloth or a rope, a stool: the means made ready.
    "river_god_cloth": (
        "dupatta", "दुपट्टा", "odhni", "ओढणी", "odhani", "ओढनी", "saree", "साड़ी", "साडी", "rope", "rassi",
        "रस्सी", "दोर", "dor", "दोरी", "dori",
    ),
    "river_god_stool_or_beam": (
        "stool", "स्टूल", "kursi", "कुर्सी", "chair", "खुर्ची", "khurchi", "वाशाला", "vashala", "beam",
        "हुक", "hook", "kadi", "कड़ी",
    ),
    "river_god_readied": (
        "रख दिया", "rakh diya", "ठेवला", "ठेवलाय", "thevla", "ready", "tayar", "तयार", "इंतज़ार",
        "intezaar", "intezar", "waiting", "बांधला", "bandhla", "baandh diya", "बाँध दिया", "हिंमत गोळा",
        "himmat gola", "हिम्मत जुटा", "himmat juta", "gathering courage", "mustering courage",
    ),
    "river_god_cloth_use": (
        "tailor", "darzi", "दर्जी", "silai", "सिलाई", "pack", "packing", "iron", "press", "washing",
        "sukhane", "सुखाने", "वाळत", "valat", "dry", "decoration", "sajavat", "सजावट", "toran", "तोरण",
        "makhar", "मखर", "jhula", "झूला", "palna", "पाळणा", "cradle", "gaay", "गाय", "गाईला", "bail",
        "बैल", "म्हैस", "vasru", "वासरू", "swing", "curtain", "parda", "पर्दा", "gym",
    ),
    # A note left for the mother to read in the morning.
    "river_god_note": ("chitthi", "चिठ्ठी", "चिट्ठी", "letter", "note", "पत्र", "patra", "ख़त", "खत"),
    "river_god_read_in_morning": (
        "सकाळी आई वाचेल", "सकाळी वाचेल", "sakali vachel", "subah padhegi", "सुबह पढ़ेगी", "सुबह पढ़ेंगे",
        "subah padhenge", "will read it in the morning", "read it in the morning", "find it in the morning",
        "सकाळी सापडेल", "sakali sapdel", "subah milegi", "सुबह मिलेगी",
    ),
    "river_god_note_use": (
        "love", "prem", "प्रेम", "propose", "birthday", "wish", "surprise", "gift", "list", "yadi",
        "यादी", "recipe", "dudh", "दूध", "bill", "hisab", "हिशोब", "tiffin", "डबा", "exam", "leave",
        "sorry for", "rusla", "रुसला",
    ),
    # God asked to take the writer, with nothing left here.
    "river_god_god": (
        "vithhala", "vitthala", "विठ्ठला", "विठ्ठल", "पांडुरंगा", "pandurang", "देवा", "deva", "bhagwan",
        "भगवान", "prabhu", "प्रभु", "ishwar", "ईश्वर", "god", "mahadev", "महादेव", "bappa", "बाप्पा",
        "swami", "स्वामी", "sai", "साई", "mauli", "माऊली",
    ),
    "river_god_take_me": (
        "ghe mala", "घे मला", "mala ghe", "मला घे", "ne mala", "ने मला", "mala ne", "मला ने", "utha le",
        "उठा ले", "mujhe utha le", "मुझे उठा ले", "bula le", "बुला ले", "mujhe bula le", "मुझे बुला ले",
        "apne paas bula", "अपने पास बुला", "tujhya paashi", "तुझ्या पाशी", "तुझ्यापाशी", "take me",
        "apne paas le", "अपने पास ले",
    ),
    "river_god_nothing_left": (
        "kahi urla nahi", "काही उरलं नाही", "काही उरला नाही", "kahi urle nahi", "kuch nahi bacha",
        "कुछ नहीं बचा", "nothing left", "yahan kuch nahi bacha", "यहाँ कुछ नहीं बचा", "nothing left here",
    ),
    "river_god_devotion": (
        "abhang", "अभंग", "bhajan", "भजन", "kirtan", "कीर्तन", "gaana", "gana", "गाणं", "गाना", "song",
        "aarti", "आरती", "wari", "वारी", "dindi", "दिंडी", "pandharpur", "पंढरपूर", "yatra", "यात्रा",
        "darshan", "दर्शन", "mandir", "मंदिर", "temple", "naam", "japa", "jap",
    ),
    # The body left behind, as the saints did, by the writer too.
    "river_god_body_left": (
        "deh maage sodun", "देह मागे सोडून", "deh sodun", "देह सोडून", "sharir chhod", "शरीर छोड़",
        "leave this body", "leaving this body", "body behind", "dehtyag", "देहत्याग",
    ),
    "river_god_i_too_go": (
        "mi pan jaato", "mi pan jato", "मी पण जातो", "मी पण जाते", "main bhi jaata", "मैं भी जाता",
        "मैं भी चला", "main bhi chala", "i too go", "i will go too", "me too",
    ),
    # The home above, set off for; a lift or a floor is another "up".
    "river_god_home_above": (
        "घर आता वर", "ghar ata var", "mera ghar upar", "मेरा घर ऊपर", "घर वर आहे", "ghar var ahe",
        "home is up there", "home is above", "upar wale ke paas", "ऊपर वाले के पास",
    ),
    "river_god_setting_off": (
        "निघालो", "nighalo", "निघाले", "तिकडेच निघालो", "chala", "चला", "nikal raha", "निकल रहा",
        "going there", "heading", "jaato", "जातो", "ja raha", "जा रहा",
    ),
    "river_god_upstairs": ("lift", "floor", "majla", "मजला", "maala", "chhat", "terrace", "room", "kholi",
                    "खोली", "bedroom", "flat", "mala", "माळा"),
    # If anyone comes near, the writer will jump.
    "river_god_if_anyone_near": (
        "कोई पास आया तो", "koi paas aaya to", "koi pas aaya to", "कोणी जवळ आलं तर", "koni javal aala tar",
        "if anyone comes near", "if anyone comes close", "if someone comes near",
    ),
    "river_god_will_jump": (
        "कूद जाऊँगा", "कूद जाऊंगा", "kood jaunga", "kud jaunga", "कूद जाऊंगी", "उडी मारेन", "udi maren",
        "उडी मारीन", "will jump", "i'll jump", "ill jump",
    ),
    # A whole strip of sleeping pills, all at once.
    "river_god_strip": ("पत्ती", "patti", "strip", "पूरी पत्ती", "poori patti", "puri patti", "पाकीट",
                 "whole strip", "पूर्ण पाकीट"),
    "river_god_sleep_pill": ("नींद वाली", "neend wali", "नींद की", "neend ki", "झोपेच्या", "zopechya", "sleeping",
                      "tablet", "tablets", "goli", "गोली", "गोलियां", "गोळ्या", "golya", "pills", "dawa", "दवा",
                      "औषध", "aushadh"),
    "river_god_all_at_once": (
        "सब एक साथ", "sab ek saath", "ek saath", "एक साथ", "एकदम", "ekdam", "all at once",
        "all together", "सगळ्या एकदम", "saglya ekdam",
    ),
    "river_god_pills_bought": (
        "mangwa", "मंगवा", "kharid", "खरीद", "order", "bought", "ghetli", "घेतली", "stock", "month",
        "mahine", "महीने", "महिन्याची", "chemist", "medical", "doctor ne", "prescribed",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

RIVER_RAILS_AND_GOD: tuple[Combination, ...] = (
    # The river or the well calling the writer; a dip, a pilgrimage or a call to a meal is not.
    Combination(S, (_g("river_god_water"), _g("river_god_calling")), 6, unless=_g("river_god_water_use"), unless_reach=8),
    # At the water, the thought of going in or no wish to turn back.
    Combination(S, (_g("river_god_water"), _g("river_god_going_in")), 12, across=True,
                unless=_g("river_god_water_use"), unless_reach=12),
    # At the water's edge while the house sleeps.
    Combination(S, (_g("river_god_water"), _g("river_god_edge"), _g("river_god_house_asleep")), 14, across=True,
                unless=_g("river_god_water_use"), unless_reach=10),
    # A well or a valley deep enough, a step left; the water level or a view is ordinary talk.
    Combination(S, (_g("river_god_drop"), _g("river_god_deep"), _g("river_god_enough_or_step")), 12, across=True,
                unless=_g("river_god_depth_use"), unless_reach=12),
    # At the tracks or the station's end, the train awaited or the hand let go.
    Combination(S, (_g("river_god_rails"), _g("river_god_rail_intent")), 16, across=True,
                unless=_g("river_god_station_use"), unless_reach=10),
    # The fan looked at as strong; its breeze or its repair is a fan's talk.
    Combination(S, (_g("river_god_fan"), _g("river_god_sturdy")), 6, unless=_g("river_god_fan_use"), unless_reach=8),
    # Staring at the fan while asking someone to take care; a baby watching it turn is not.
    Combination(S, (_g("river_god_fan"), _g("river_god_staring"), _g("tl_one_to_care_for", "tl_mother_cared_for")), 14,
                across=True, unless=_g("river_god_fan_use"), unless_reach=10),
    # A cloth or a rope with a stool or a beam, made ready; a tailor, washing or a cradle is not.
    Combination(S, (_g("river_god_cloth"), _g("river_god_stool_or_beam"), _g("river_god_readied")), 14, across=True,
                unless=_g("river_god_cloth_use"), unless_reach=10),
    # A note left for the mother to read in the morning.
    Combination(S, (_g("river_god_note"), _g("river_god_read_in_morning")), 14, across=True,
                unless=_g("river_god_note_use"), unless_reach=10),
    # God asked to take the writer, with nothing left here; a song or a pilgrimage is devotion.
    Combination(S, (_g("river_god_god"), _g("river_god_take_me"), _g("river_god_nothing_left")), 14, across=True,
                unless=_g("river_god_devotion"), unless_reach=14),
    # The body left behind, by the writer too.
    Combination(S, (_g("river_god_body_left"), _g("river_god_i_too_go")), 10, unless=_g("river_god_devotion"), unless_reach=3),
    # The home above, set off for; a lift or a floor is another "up".
    Combination(S, (_g("river_god_home_above"), _g("river_god_setting_off")), 8, across=True,
                unless=_g("river_god_upstairs"), unless_reach=8),
    # Jumping if anyone comes near.
    Combination(S, (_g("river_god_if_anyone_near"), _g("river_god_will_jump")), 6),
    # A whole strip of sleeping pills, all at once; a month's stock bought is not.
    Combination(OD, (_g("river_god_strip"), _g("river_god_sleep_pill"), _g("river_god_all_at_once")), 14, across=True,
                unless=_g("river_god_pills_bought"), unless_reach=10),
)
