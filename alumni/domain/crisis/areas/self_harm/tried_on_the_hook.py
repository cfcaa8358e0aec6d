"""Suicide told as a means tried or a safety left off on purpose, and the end weighed as a relief
(the second reading of rounds 62-63, holdouts 220-222, 224 and 225):

- the cord or the rope tied to the hook to check, sat under, its weight measured: "tied the 12
  cord manja to the ceiling hook today and sat under it for a long time", "nylon ki rassi ... kamre
  ke kunde pe dekh raha hu kitna wazan sahega";
- the beam strong enough to take the writer's weight, a rope bought not for the bundles but "for
  myself" (rounds 64-65: "the beam of my loom is strong enough to hold my weight", "नवीन rope आणली
  आहे, गठ्ठे बांधायला नाही, स्वतःसाठी");
- the safety belt left off on purpose, high up: "12th floor वर आहे, safety belt मुद्दाम घरी ठेवला
  आज";
- one touch of the live wire and it all stops: "the HT wire behind our house ... one touch and it
  all stops", "11kv line ... one touch and no more tension";
- the writer's being or not the same to all, the end a burden lifted: "मेरा होना न होना एक बराबर
  है", "ख़तम कर दूं तो सबका बोझ उतर जाएगा";
- the last trip, with a daughter entrusted: "meri beti ka dhyan rakhna. aaj aakhri fera hai mera"
  (last_word_and_last_shift.py reads the last duty; the trip, the round and the collection are
  added here).

Their twins: a kite's string tied to dry or to wind, a belt forgotten (not left on purpose), a
switch or a button that one touch stops, a load lifted that is work's.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

_CORD = _g("ligature", "rope_named", "noose_cord", "cs_rope", "th_cord")

NEW: dict[str, tuple[str, ...]] = {
    # The kite's thread and the thin cord, which the rope lists leave out.
    "th_cord": ("manja", "मांजा", "manjha", "मांझा", "cord", "nylon ki rassi", "नायलॉन की रस्सी", "nylon dori",
                "नायलॉन दोरी"),
    # The hook in the ceiling, the fan's hook, the ring in the beam.
    "th_hook": ("ceiling hook", "fan hook", "the hook", "hook", "हुक", "kunde", "kunda", "कुंडे", "कुंडा", "kundi pe",
                "pankhe ka hook", "पंखे का हुक", "पंख्याचा हुक", "pankhyacha hook"),
    # Tried, sat under, its weight weighed: "just to check", "kitna wazan sahega".
    "th_tried": ("just to check", "to check", "sat under it", "sat under", "kitna wazan", "कितना वजन", "wazan sahega",
                 "वजन सहेगा", "wajan sahega", "वजन झेलेल", "vajan jhelel", "kiti vajan", "किती वजन",
                 "take my weight", "hold my weight", "didnt do it", "didn't do it", "not sure about tomorrow",
                 "abhi kiya nahi", "अभी किया नहीं", "ajun kela nahi", "अजून केलं नाही"),
    # What a cord on a hook is for: drying, winding, a lantern, a swing, a plant.
    "th_hook_chore": ("dry", "drying", "sukhane", "सुखाने", "valat", "वाळत", "wind", "winding", "spool", "charkhi",
                      "चरखी", "lantern", "kandil", "कंदील", "swing", "jhula", "झूला", "plant", "toran",
                      "तोरण", "decoration", "lights", "parda", "पर्दा", "curtain"),
    # The safety belt or the harness.
    "th_safety": ("safety belt", "सेफ्टी बेल्ट", "belt", "बेल्ट", "harness", "हार्नेस"),
    # Left off on purpose: "मुद्दाम घरी ठेवला", "jaanbujh ke", "on purpose".
    "th_on_purpose": ("मुद्दाम", "mudam", "muddam", "mudaam", "जानबूझ", "jaanbujh", "janbujh", "jaan bujh",
                      "जान बूझ", "on purpose", "deliberately", "purposely", "intentionally"),
    # ... left off: "घरी ठेवला", "घर पे छोड़ दी", "khol di", "not worn".
    "th_left_off": ("घरी ठेवला", "ghari thevla", "ghari thevli", "घरी ठेवली", "ghar pe chhod", "घर पे छोड़", "chhod di",
                    "छोड़ दी", "chhod diya", "छोड़ दिया", "kadhla", "काढला", "kadhli", "काढली", "kadhun", "काढून", "khol di",
                    "खोल दी", "khol diya", "खोल दिया", "left at home", "left it at home", "left it", "took it off",
                    "took off", "nahi ghatla", "नाही घातला", "nahi ghatli", "नाही घातली", "nahi pehna", "नहीं पहना",
                    "nahi pehni", "नहीं पहनी", "nahi lagaya", "नहीं लगाया", "not wearing", "didnt wear", "didn't wear"),
    # One touch: "one touch", "ek touch", "एक touch".
    "th_one_touch": ("one touch", "ek touch", "एक touch", "एक टच", "ekach touch", "एकच touch", "ek baar chhu",
                     "एक बार छू", "ekda hat lavla", "एकदा हात लावला", "touch it once", "just touch it"),
    # ... and it stops, no more: "it all stops", "no more tension", "सगळं संपेल".
    "th_it_stops": ("it all stops", "all stops", "it stops", "everything stops", "no more tension", "no more",
                    "sab khatam", "सब खत्म", "sab band", "सब बंद", "sagla sampel", "सगळं संपेल", "sagla sampla",
                    "सगळं संपलं", "shant", "शांत", "tension khatam", "टेन्शन खत्म"),
    # A switch, a button, a screen: what one touch stops at work.
    "th_switch": ("switch", "स्विच", "button", "बटन", "बटण", "screen", "machine", "मशीन", "motor", "मोटर",
                  "remote", "sensor"),
    # The writer's being or not, the same to all: "मेरा होना न होना एक बराबर".
    "th_being_or_not": ("होना न होना एक बराबर", "hona na hona ek barabar", "hona na hona barabar",
                        "होना ना होना बराबर", "असून नसून सारखाच", "asun nasun sarkhach", "asun nasun sarkha",
                        "whether i live or not", "doesnt matter if im here or not", "doesn't matter if i'm here or not",
                        # rounds 68-69: "zinda rahe ya na rahe kya fark padta hai", "asun nasun kay farak padto"
                        "zinda rahe ya na rahe", "जिंदा रहे या न रहे", "ज़िंदा रहे या ना रहे", "rahu ya na rahu",
                        "रहूं या न रहूं", "asun nasun kay farak", "असून नसून काय फरक", "asun nasun kay pharak"),
    # The burden lifted off everyone: "सबका बोझ उतर जाएगा", "सगळ्यांचं ओझं उतरेल".
    "th_burden_lifted": ("सबका बोझ उतर", "sabka bojh utar", "sab ka bojh utar", "sabka bojh kam", "सबका बोझ कम",
                         "सगळ्यांचं ओझं उतरेल", "saglyancha ojha utrel", "saglyanche ojha utrel", "ojha utrel",
                         "ओझं उतरेल", "burden off everyone", "burden will be off", "one less burden"),
    # The end, willed: "ख़तम कर दूं", "mi sampavla tar", "if i end it".
    "th_if_i_end_it": ("ख़तम कर दूं", "खतम कर दूं", "खत्म कर दूं", "khatam kar du", "khatam kar doon", "khatm kar du",
                       "mi sampavla tar", "मी संपवलं तर", "sampavla tar", "if i end it", "if i end myself",
                       "if i go", "mi gelo tar", "मी गेलो तर", "main na rahun", "मैं न रहूं", "main nahi raha to",
                       "मैं नहीं रहा तो"),
    # The loft, gone up to with the rope (round 62: "wo loft pe chadha hai rassi le ke", "ते loft वर दोरी
    # घेऊन गेलेत"): added to the high places the rope is read beside.
    "high_place": ("loft pe", "loft par", "loft पे", "loft पर", "loft var", "loft वर", "लॉफ्ट पे", "लॉफ्टवर",
                   "माळ्यावर", "malyavar", "maalyavar"),
    # The last trip, round or collection (added to last_word_and_last_shift.py's last duty).
    "lw_last_duty": ("aakhri fera", "आखिरी फेरा", "akhri fera", "आख़िरी फेरा", "shevatchi feri", "शेवटची फेरी",
                     "shevatcha fera", "शेवटचा फेरा", "last collection", "आखिरी collection", "last round",
                     "aakhri round"),
    # The beam or the fan strong enough to take the writer's weight (rounds 64-65's second reading:
    # "the beam of my loom is strong enough to hold my weight"); a gym's bar or a ladder's is work.
    "th_holds_my_weight": ("hold my weight", "take my weight", "bear my weight", "strong enough to hold me",
                           "mera wazan sah", "मेरा वजन सह", "mera vajan sah", "मेरा वज़न सह", "maza vajan pelel",
                           "माझं वजन पेलेल", "majha vajan pelel"),
    "th_weight_use": ("gym", "pull up", "pullup", "pull-up", "pullups", "exercise", "workout", "ladder", "sidi",
                      "सीढ़ी", "shidi", "शिडी", "jhula", "झूला", "swing", "hammock", "shelf", "rack"),
    # A rope not for the work, for oneself: "नवीन rope आणली आहे, गठ्ठे बांधायला नाही, स्वतःसाठी".
    "th_not_for": ("बांधायला नाही", "bandhayla nahi", "bandhaila nahi", "वापरायला नाही", "vaparayla nahi",
                   "लावायला नाही", "lavayla nahi", "वाळत घालायला नाही", "कामाला नाही", "kamala nahi", "कामासाठी नाही",
                   "kamasathi nahi", "साठी नाही", "sathi nahi", "ke liye nahi", "ke liye nahin", "के लिए नहीं",
                   "bandhne ke liye nahi", "बांधने के लिए नहीं", "not for", "not to tie", "not for work"),

}

EXTENDS: dict[str, tuple[str, ...]] = {}

TRIED_ON_THE_HOOK: tuple[Combination, ...] = (
    Combination(S, (_CORD, _g("th_hook"), _g("th_tried")), 14, across=True, unless=_g("th_hook_chore"),
                unless_reach=10),
    Combination(S, (_g("th_safety"), _g("th_on_purpose"), _g("th_left_off")), 8, across=True),
    Combination(S, (_g("power_line", "ll_live_line"), _g("th_one_touch"), _g("th_it_stops")), 20, across=True,
                unless=_g("th_switch"), unless_reach=6),
    Combination(S, (_g("hanging_point", "th_hook"), _g("th_holds_my_weight")), 10, across=True,
                unless=_g("th_weight_use"), unless_reach=10),
    Combination(S, (_CORD, _g("th_not_for"), _g("for_myself")), 10, order=True, unless=_g("th_hook_chore"),
                unless_reach=6),
    Combination(S, (_g("th_being_or_not"),), 0),
    Combination(S, (_g("th_if_i_end_it"), _g("th_burden_lifted")), 10, across=True),
)
