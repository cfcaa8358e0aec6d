"""Suicide told by the place or the means in view rather than the word (round 14: holdouts
38 and 39): at the dam's wall, the canal's edge or the ghat with the water looking calm or
calling, or with no coming back up the steps next time; walking to the well or the canal now
with a sorry; the ceiling fan and the dupatta or chunni looked at together; a rope tied to a
tree in the field, the tree named by its case ("बाभळीला", "आंब्याला").

The places and the means are everyday things, so each counts only beside a second family no
outing or chore has: a picnic at the dam with friends, the sunset over a calm lake, water
fetched from the well, a sorry for a late reply, a fan fixed or a dupatta bought, dried or
caught in it (a rope for the well's bucket or motor, or a tarpaulin tied to a tree, is read as
a chore by alumni.domain.crisis.tools_at_work). Words and the rules that read them (appended to
the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The well, the canal, the dam, the quarry, by the forms a message gives them: deep water no
    # one goes to for an evening out (not a lake or a river bank, where people sit and look).
    "still_water_place": (
        "vihir", "vihiri", "विहीर", "विहिरी", "vihirit", "विहिरीत", "vihirikade", "विहिरीकडे", "vihirijaval",
        "विहिरीजवळ", "kuan", "kuaan", "kuwan", "kuwa", "kuen", "kuein", "कुआं", "कुआँ", "कुएं", "कुएँ",
        "the well", "nahar", "नहर", "canal", "कॅनॉल", "kenol", "kalvyakade", "कालव्याकडे", "kalvyajaval",
        "कालव्याजवळ", "kalvyat", "कालव्यात", "dharan", "धरण", "dharanachya", "dharnachya", "धरणाच्या",
        "dharnakade", "dharanakade", "धरणाकडे", "the dam", "khadan", "खदान", "quarry", "khanit", "खाणीत",
    ),
    # The river, the lake and the tracks, walked to (not a roof, a platform or a highway, where a
    # sorry is for a late reply).
    "open_water_or_tracks": (
        "nadi", "नदी", "nadikade", "नदीकडे", "nadit", "नदीत", "river", "the lake", "talav", "तलाव",
        "talavakade", "तलावाकडे", "talab", "तालाब", "railway track", "railway tracks", "railway line",
        "the tracks", "patri", "पटरी", "patrikade", "पटरीकडे", "rulankade", "रुळांकडे", "rulakade", "रुळाकडे",
    ),
    # On the way there now: "विहिरीकडे चालत आहे", "nahar ki taraf ja raha hu", "walking to".
    "heading_now": (
        "kade chalat", "कडे चालत", "kade chaltoy", "कडे चालतोय", "kade chalto", "कडे चालतो", "kade jatoy",
        "कडे जातोय", "kade jat ahe", "कडे जात आहे", "kade challoy", "कडे चाललोय", "chalat ahe", "चालत आहे",
        "chalat aahe", "chaltoy", "चालतोय", "challoy", "चाललोय", "jatoy", "जातोय", "nighalo", "निघालो",
        "ki taraf ja raha", "की तरफ जा रहा", "ki taraf ja rahi", "की तरफ जा रही", "ki taraf chal raha",
        "की तरफ चल रहा", "ki taraf chal rahi", "ki or ja raha", "की ओर जा रहा", "ja raha hu", "जा रहा हूं",
        "जा रहा हूँ", "ja rahi hu", "जा रही हूं", "walking to", "walking towards", "heading to", "on my way to",
        "going to the",
    ),
    # The water seen as calm: "पानी बहुत शांत लग रहा है" (only with the writer there and the water).
    "water_calm": ("shant", "शांत", "shaant", "calm", "so calm", "peaceful", "so peaceful", "sukoon", "सुकून"),
    # The water or the well calling the writer: "nadi mujhe bula rahi hai", "विहीर मला बोलावतेय"
    # (not "the river is calling", an outing's slogan).
    "water_calls": (
        "mujhe bula raha", "mujhe bula rahi", "मुझे बुला रहा", "मुझे बुला रही", "bula raha hai mujhe",
        "bula rahi hai mujhe", "बुला रहा है मुझे", "बुला रही है मुझे", "mala bolavtay", "mala bolavtey",
        "mala bolavtoy", "मला बोलावतंय", "मला बोलावतेय", "मला बोलावतोय", "bolavtay mala", "bolavtey mala",
        "बोलावतंय मला", "बोलावतेय मला", "calling me", "keeps calling me", "calling out to me", "pulling me",
        "mujhe khinch raha", "mujhe khinch rahi", "मुझे खींच रहा", "मुझे खींच रही", "odh lagtey", "ओढ लागतेय",
        "odh lagli", "ओढ लागली",
    ),
    # What an outing by the water has: company, the view, the breeze, a walk, a snack.
    "outing": (
        "friends", "with friends", "doston", "दोस्तों", "dost", "दोस्त", "mitransobat", "मित्रांसोबत", "mitra",
        "मित्र", "family", "kids", "bachhe", "बच्चे", "picnic", "पिकनिक", "sunset", "sunrise", "view", "hawa",
        "हवा", "breeze", "mast", "मस्त", "beautiful", "sundar", "सुंदर", "lovely", "enjoy",
        "enjoying", "maza", "मज़ा", "मजा", "walk", "ghoomne", "घूमने", "firayla", "फिरायला", "chai", "चाय",
        "चहा", "photo", "photos", "selfie", "birds", "relax", "relaxing",
        # an evening at the ghat: the aarti, a darshan
        "aarti", "आरती", "darshan", "दर्शन", "mandir", "मंदिर",
    ),
    # Not coming back up, out of the water or up the steps: "won't come back up", "परत वर येणार नाही".
    "not_back_up": (
        "wont come back up", "won't come back up", "will not come back up", "not come back up",
        "never come back up", "not coming back up", "wont come up", "won't come up", "not come up again",
        "wapas upar nahi", "वापस ऊपर नहीं", "upar nahi aaunga", "upar nahi aaungi", "ऊपर नहीं आऊंगा",
        "ऊपर नहीं आऊंगी", "bahar nahi niklunga", "baahar nahi niklunga", "बाहर नहीं निकलूंगा",
        "parat var yenar nahi", "परत वर येणार नाही", "var yenar nahi", "वर येणार नाही", "var yeuch naye",
        "वर येऊच नये", "parat var yeu naye", "परत वर येऊ नये",
    ),
    # Looking at it, for long: "बघत बसलोय", "dekh raha hu", "keep looking at", "staring at".
    "gaze": (
        "looking at", "keep looking", "kept looking", "keeps looking", "staring at", "staring", "stare at",
        "eyeing", "dekh raha", "dekh rahi", "देख रहा", "देख रही", "dekhta reh*", "देखता रह*", "ghoor raha",
        "ghoor rahi", "घूर रहा", "घूर रही", "nihar raha", "निहार रहा", "baghat", "बघत", "baghtoy", "बघतोय",
        "baghtey", "बघतेय", "pahat", "पाहत", "pahtoy", "पाहतोय", "nazar", "नज़र", "नजर", "najar",
    ),
    # A cloth bought, given, washed or dried; a fan that is off, noisy or not working.
    "cloth_errand": (
        "bought", "kharida", "kharidi", "खरीदा", "खरीदी", "ghetla", "घेतला", "ghetli", "घेतली", "gift",
        "birthday", "for my sister", "behen ke liye", "बहन के लिए", "didi ke liye", "दीदी के लिए",
        "bahinisathi", "बहिणीसाठी", "tailor", "darzi", "दर्जी", "shimpi", "शिंपी", "iron", "press",
        "dhoya", "धोया", "dhutla", "धुतला", "washed", "wash", "sukha", "सुखा", "sukhaya", "सुखाया",
        "colour", "color", "design", "shopping", "sale", "not working", "chal nahi", "चल नहीं", "chalat nahi",
        "चालत नाही", "kharab", "खराब", "band", "बंद", "noise", "awaaz", "आवाज", "आवाज़", "dust", "dhool",
        "धूल", "switch", "regulator", "wiring", "garmi", "गर्मी", "heat",
        "hawa", "हवा", "ud raha", "उड़ रहा", "ud rahi", "उड़ रही", "udtey", "उडतेय", "blowing", "flying",
    ),
    # Widening this area's lists (departure.py, means.py, village_places.py):
    # The dam by its genitive and its direction: "धरणाच्या भिंतीवर", "धरणाकडे".
    "danger_place": ("dharanachya", "dharnachya", "धरणाच्या", "dharnakade", "dharanakade", "धरणाकडे"),
    # The field's trees by their case: "बाभळीला", "आंब्याला", "चिंचेला", "पिंपळाला".
    "hanging_point": ("babhlila", "babhalila", "बाभळीला", "बाभळीच्या", "babhlichya", "ambyala", "aambyala",
                      "आंब्याला", "chinchela", "चिंचेला", "चिंचेच्या", "pimpalala", "पिंपळाला", "babool", "बबूल",
                      "peepal", "पीपल"),
    "tree_spot": ("babhlila", "babhalila", "बाभळीला", "बाभळीच्या", "babhlichya", "ambyala", "aambyala",
                  "आंब्याला", "chinchela", "चिंचेला", "चिंचेच्या"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_OUTING = _g("outing", "water_leisure", "coast_company", "away_trip", "water_chore", "laugh")

MEANS_IN_VIEW: tuple[Combination, ...] = (
    # At the canal, the dam or on a bridge now, and the water calm: "नहर के किनारे खड़ा हूं। पानी
    # बहुत शांत लग रहा है" (by a lake or a river, a calm evening: the calling is read below).
    Combination(S, (_g("still_water_place", "dam_side", "high_place"),
                    _g("present_there", "posture", "heading_now"), _g("the_drop"), _g("water_calm", "water_calls")), 14,
                across=True, unless=_OUTING),
    # The river or the well calling: "nadi bula rahi hai", "विहीर बोलावतेय".
    Combination(S, (_g("still_water_place", "open_water_or_tracks", "water_body", "dam_side"), _g("water_calls")), 4,
                unless=_OUTING),
    # Walking to the well, the canal or the tracks now, with a sorry or a goodbye.
    Combination(S, (_g("still_water_place", "open_water_or_tracks"), _g("heading_now", "present_there", "went_towards", "posture"),
                    _g("apology", "goodbye")), 12, across=True,
                unless=_g("commute", "route_word", "clock_time", *_OUTING)),
    # At the ghat or the water, and no coming back up next time.
    Combination(S, (_g("edge_place", "still_water_place", "open_water_or_tracks", "danger_place", "water_body", "dam_side"),
                    _g("not_back_up")), 16, across=True, unless=_g("commute", *_OUTING)),
    # The fan and the cloth looked at together: "pankha aur chunni dono dekh raha hu".
    Combination(S, (_g("hanging_point"), _g("ligature"), _g("gaze")), 10, across=True,
                unless=_g("hanging_harmless", "cloth_errand")),
)
