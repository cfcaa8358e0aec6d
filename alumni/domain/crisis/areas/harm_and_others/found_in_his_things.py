"""A student's means found or shown, told by a roommate, a warden, a mother or a sibling: a rope,
a cord or a dupatta found in his bag, pocket or cupboard, or knotted and put away ("uske bag me
rassi mili", "tyachya khishat dor sapadla", "ओढणीला गाठ मारून ठेवलेली सापडली"); the fan's hook
loosened with his dupatta missing; the fan shown on a video call and the phone not answered
since ("व्हिडिओ कॉलवर पंखा दाखवत होता... आता फोन उचलत नाही"); a friend cutting his hand at the
study table, with blood ("हात कापत होता, कागदावर रक्त"). And an overdose told by a student: a
count of tablets taken, with the head spinning or under the exam's pressure ("exam के pressure में
20 tablets ले ली, दिमाग घूम रहा है").

Quiet: a rope packed for a trek, a gym or the washing; a dupatta missing from the laundry; a
fan shown for its noise or its repair; vegetables or paper cut; tablets bought or counted for
a prescription, without the spinning head or the pressure.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH, OD = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    # A rope itself, which no one keeps among his books without a use: "rassi", "दोर", "rope".
    "exf_rope": (
        "dor", "दोर", "dorkhand", "दोरखंड", "rassi", "रस्सी", "rassiyan", "रस्सियां", "rope", "ropes",
        "nylon rope", "nylon ki rassi", "नायलॉन की रस्सी", "noose", "fanda", "फंदा", "फांस", "phaans",
    ),
    # A cord or a cloth that can be tied: "ओढणीला", "dupatta", the rope itself.
    "exf_cord": (
        "dor", "दोर", "dorkhand", "दोरखंड", "rassi", "रस्सी", "rassiyan", "dori", "दोरी", "rope", "ropes", "cord",
        "nylon rope", "odhni", "ओढणी", "ओढणीला", "odhnila", "ओढणीचा", "dupatta", "दुपट्टा", "dupatte",
        "दुपट्टे", "chunni", "चुन्नी", "saree", "साडी", "sadi", "belt", "noose", "fanda", "फंदा", "फांस", "phaans",
    ),
    # Among his things: his bag, pocket, cupboard, drawer, under the bed.
    "exf_his_things": (
        "bag me", "bag mein", "बैग में", "bag madhye", "बॅगमध्ये", "bagmadhe", "his bag", "her bag", "in his bag",
        "khishat", "खिशात", "jeb me", "जेब में", "jeb mein", "pocket", "his pocket", "cupboard", "कपाट",
        "kapat", "कपाटात", "kapatat", "almari", "अलमारी", "almari me", "अलमारी में", "drawer", "draaz", "दराज",
        "under his bed", "under the bed", "bed ke neeche", "बेड के नीचे", "gaadi khali", "गादीखाली",
        "locker", "लॉकर", "suitcase", "trunk", "peti", "पेटी", "bistar", "बिस्तर", "gadda", "गद्दा",
        "tyachya", "त्याच्या", "tichya", "तिच्या", "uske", "उसके", "uski", "उसकी",
    ),
    # Found, hidden or kept ready: "sapadla", "mili", "found", "ठेवलेली".
    "exf_found": (
        "sapadla", "सापडला", "sapadli", "सापडली", "sapadle", "सापडले", "mili", "मिली", "mila", "मिला",
        "found", "saw", "dekhi", "देखी", "dekha", "देखा", "pahila", "पाहिला", "baghitla", "बघितला",
        "thevleli", "ठेवलेली", "ठेवलेला", "thevlela", "rakhi hui", "रखी हुई", "chhupa ke", "छुपा के",
        "lapvun", "लपवून", "hidden", "hid",
    ),
    # Knotted: "गाठ मारून", "gaanth baandh", "tied in a knot".
    "exf_knotted": (
        "gath marun", "गाठ मारून", "gaath marun", "गाठ मारलेली", "गाठ बांधलेली", "gath bandhleli", "gaanth",
        "गांठ", "gaanth baandh", "गांठ बांध", "गांठ बंधी", "knot", "knotted", "tied in a loop", "loop", "फास",
        "fas", "phas",
    ),
    # What a rope is harmlessly for: a trek, a gym, the washing, packing, a tent, a game.
    "exf_rope_errand": (
        "trek", "trekking", "ट्रेक", "camping", "camp", "tent", "gym", "skipping", "rassi kood", "रस्सी कूद",
        "kapde", "कपडे", "कपड़े", "clothes", "washing", "laundry", "dhulai", "धुलाई", "sukhane", "वाळत",
        "valat", "packing", "luggage", "saman", "सामान", "bandhne", "bandhayla", "बांधायला", "tie the",
        "swing", "jhula", "झूला", "zoka", "झोका", "kite", "patang", "पतंग", "manja", "मांजा", "project", "craft",
        "festival", "navratri", "garba", "wedding", "lagna", "लग्न", "shaadi", "शादी", "well", "vihir", "बादली",
        "bucket", "cow", "gaay", "गाय", "bail", "बैल", "boat", "chabi", "चाबी", "chavi", "चावी", "keys",
        "paise", "पैसे", "money", "coin", "sikka", "सिक्का", "rakhi", "राखी", "mannat", "मन्नत", "dhaga",
        "धागा", "navas", "नवस",
    ),
    # The fan's hook loose or loosened: "fan hook is loose", "पंख्याचा हुक ढिला".
    "exf_hook_loose": (
        "hook is loose", "hook loose", "hook loosened", "hook was loose", "hook dhila", "हुक ढीला",
        "हुक ढिला", "hook dheela", "hook sail", "हुक सैल", "hook saila", "हुक सैल झालाय", "hook hil raha",
        "हुक हिल रहा", "hook halat", "हुक हलत", "hook wobbly", "loose hook",
    ),
    # Missing, gone from its place: "missing", "गायब", "nahi sapadat".
    "exf_missing": (
        "missing", "gayab", "गायब", "ghayab", "nahi mil raha", "नहीं मिल रहा", "nahi sapadat", "सापडत नाही",
        "not there", "is gone", "disappeared",
    ),
    # The fan shown on a video call: "पंखा दाखवत होता", "pankha dikha raha tha".
    "exf_fan_shown": (
        "पंखा दाखवत", "pankha dakhvat", "pankha dakhavat", "पंखा दाखवला", "pankha dakhavla", "pankha dikha",
        "पंखा दिखा", "pankha dikhaya", "पंखा दिखाया", "showed the fan", "showing the fan", "showed me the fan",
        "showing me the fan", "pointed at the fan", "fan dikhaya", "fan दिखाया", "fan दाखवला", "fan dakhavla",
    ),
    # A video call: where the fan was shown.
    "exf_video_call": (
        "video call", "video call var", "व्हिडिओ कॉल", "व्हिडिओ कॉलवर", "विडियो कॉल", "वीडियो कॉल",
        "video call pe", "video call par", "videocall", "vc", "facetime", "video chat",
    ),
    # The phone not answered since: "फोन उचलत नाही", "phone nahi utha raha".
    "exf_not_answering": (
        "फोन उचलत नाही", "phone uchlat nahi", "phone uchalat nahi", "फोन उचलत नाहीये", "phone uchlat nahiye",
        "phone nahi utha raha", "फोन नहीं उठा रहा", "phone nahi uthata", "फोन नहीं उठाता", "phone nahi uthaya",
        "फोन नहीं उठाया", "not picking up", "not answering", "isn't answering", "isnt answering",
        "doesn't pick up", "doesnt pick up", "switched off", "switch off", "स्विच ऑफ",
    ),
    # The fan shown for its noise, its repair, the heat or a purchase.
    "exf_fan_errand": (
        "noise", "awaaz", "आवाज", "aavaj", "repair", "दुरुस्त", "durust", "thik karna", "electrician",
        "new fan", "naya pankha", "नवा पंखा", "नया पंखा", "garmi", "गर्मी", "ukadta", "उकडतंय", "heat",
        "cooler", "ac", "room tour", "room dikhaya", "room दाखवली", "room dakhavli",
    ),
    # Was cutting, in the continuous past: "कापत होता", "kaat raha tha".
    "exf_was_cutting": (
        "कापत होता", "kapat hota", "kaapat hota", "कापत होती", "kapat hoti", "कापत होते", "kaat raha tha",
        "काट रहा था", "kaat rahi thi", "काट रही थी", "was cutting", "kept cutting", "cutting his", "cutting her",
    ),
    # Blood seen: "रक्त", "khoon", "blood".
    "exf_blood": ("रक्त", "rakt", "rakta", "रक्ताचे", "khoon", "खून", "blood", "bleeding", "bloody", "रक्तबंबाळ"),
    # What a cut hand in the kitchen or a craft is.
    "exf_cut_errand": (
        "bhaji", "भाजी", "sabzi", "सब्जी", "vegetables", "kanda", "कांदा", "pyaaz", "प्याज", "onion", "fruit",
        "fal", "फळ", "apple", "kitchen", "cooking", "craft", "project", "chart", "by mistake", "galti se",
        "गलती से", "chukun", "चुकून", "accidentally", "paper cut", "nakh", "नख", "nails", "nakhun",
    ),
    # A count of tablets that no dose is: eight or more, or a whole strip.
    "exf_many": (
        "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "24", "25", "30",
        "35", "40", "45", "50", "60", "100", "das", "दस", "daha", "दहा", "pandhra", "पंधरा", "pandrah", "पंद्रह",
        "bees", "बीस", "vees", "वीस", "tees", "तीस", "tis", "तीस", "pachas", "पचास", "pannas", "पन्नास",
        "ten", "fifteen", "twenty", "thirty", "fifty", "whole strip", "puri strip", "पूरी strip", "poora patta",
        "पूरा पत्ता", "all the tablets", "saari goliyan", "सारी गोलियां", "sagalya golya", "सगळ्या गोळ्या",
    ),
    # The head spinning, or the exam's pressure: "दिमाग घूम रहा है", "chakkar", "pressure".
    "exf_head_spins": (
        "दिमाग घूम रहा", "dimag ghoom raha", "dimaag ghoom raha", "dimag ghum raha", "sar ghoom raha",
        "सर घूम रहा", "सिर घूम रहा", "chakkar", "चक्कर आ रहे", "चक्कर आ रहा", "चक्कर येत*", "chakkar aa raha", "डोकं फिरतंय", "dok phirtay",
        "dokyat gargar", "dizzy", "head spinning", "room spinning", "ghabrahat", "घबराहट", "ulti", "उल्टी",
        "vomit", "neend aa rahi", "नींद आ रही", "sleepy", "drowsy",
        "pressure", "प्रेशर", "tension", "टेंशन", "stress", "dabav", "दबाव",
    ),
    # What makes a count of tablets a supply: bought, prescribed, a month's, a course.
    "exf_supply": (
        "medical se", "chemist", "pharmacy", "bought", "kharidi", "खरीदी", "kharedi", "विकत", "vikat",
        "prescribed", "prescription", "parcha", "पर्चा", "doctor ne", "डॉक्टर ने", "doctorni", "डॉक्टरांनी",
        "month", "mahine", "महीने", "mahinyachi", "महिन्याची", "course", "kors", "stock", "box", "डब्बा",
        "strip kharidi", "order", "delivery",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

FOUND_IN_HIS_THINGS: tuple[Combination, ...] = (
    # A rope found among his things: "uske bag me rassi mili", "tyachya khishat dor sapadla"; a
    # dupatta or a belt in one's own cupboard is where it belongs, so only the rope counts here.
    Combination(S, (_g("exf_rope"), _g("exf_his_things"), _g("exf_found")), 6,
                unless=_g("exf_rope_errand"), unless_reach=12),
    # A cord knotted and put away: "ओढणीला गाठ मारून ठेवलेली सापडली".
    Combination(S, (_g("exf_cord", "ligature"), _g("exf_knotted"), _g("exf_found")), 6,
                unless=_g("exf_rope_errand"), unless_reach=12),
    # The fan's hook loose, and a dupatta or a rope missing or found.
    Combination(S, (_g("exf_hook_loose"), _g("exf_cord", "ligature"), _g("exf_missing", "exf_found")), 16,
                across=True, unless=_g("exf_rope_errand", "exf_fan_errand"), unless_reach=16),
    # The fan shown on a video call, and the phone not answered since; a fan shown for its
    # repair, its noise or as new is a room shown.
    Combination(S, (_g("exf_fan_shown"), _g("exf_not_answering")), 20, across=True,
                unless=_g("exf_fan_errand"), unless_reach=20),
    # A friend cutting his hand, with blood: "हात कापत होता, कागदावर रक्त".
    Combination(SH, (_g("hand_part", "cut_site"), _g("exf_was_cutting"), _g("exf_blood")), 8, across=True,
                unless=_g("exf_cut_errand", "cut_harmless"), unless_reach=8),
    # Many tablets taken, with the head spinning or under the exam's pressure; a count alone
    # may be a supply bought or prescribed.
    Combination(OD, (_g("exf_many"), _g("pill_count", "pills"), _g("took"), _g("exf_head_spins")), 14,
                across=True, unless=_g("exf_supply"), unless_reach=14),
)
