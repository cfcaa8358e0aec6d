"""Suicide, self-harm and overdose told through hospitals (round 31, holdout 94: staff nurses,
ward boys, ambulance drivers, pharmacy and mortuary staff in Mumbai, Pune, Nagpur, Aurangabad,
Delhi and Lucknow):

- the morgue's tray or the stretcher's white sheet wanted for oneself: "keep thinking mine should
  be the next one on the tray", "shavagharat roj mrutdeh baghto, ata majha number yava asa vatta",
  "मुर्दाघर के स्ट्रेचर पर लेटकर देखा आज। लगा वहीं मेरी जगह है";
- so many gone in COVID, and the writer wanting to go too: "कोविडमध्ये इतके गेले, मी का वाचलो
  ... आता मलाही जायचंय", "आतून संपलोय. जायचंय आता";
- the lift shaft looked into every day, one day gone into: "ek din usi me utar jaunga", "तो रस्ता
  सोपा वाटतोय", "अगली बार झाँकूँगा नहीं";
- the ambulance's wheel turned into the divider or a truck: "सोच रहा हूँ स्टेयरिंग घुमा दूँ बस";
- not coming to duty, never, and sorry said;
- the ward's ampoules or a drip filled and run into one's own vein: "IV set लगा के सारी
  midazolam चढ़ा दी है, नींद आ रही है"; told by a colleague: missing, and the cupboard's
  midazolam short;
- the herbicide's bottle open in front; a hot rod, the autoclave's steam, a rubber band, a
  cannula's needle, cuts under the gloves.

Work on patients (ampoules drawn up for them, injections given in the OPD) stays quiet. Words
and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH, OD = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    "wm_morgue": ("morgue", "मुर्दाघर*", "शवागार*", "shavaghar*", "shavagar*", "शवघर*", "mortuary", "the tray",
                  "स्ट्रेचर", "stretcher", "सफ़ेद चादर", "सफेद चादर", "safed chadar", "white sheet", "laashe", "लाशें",
                  "mrutdeh", "मृतदेह", "bodies"),
    "wm_my_turn": ("mine should be", "my turn", "meri baari", "मेरी बारी", "majha number", "माझा नंबर", "मेरी जगह",
                   "meri jagah", "माझं नाव", "maza naav", "apni dekhne", "अपनी देखने", "मैं होऊँ", "main hou",
                   "the next one", "next one on", "तेच खरं व्हावं", "tech khara vhava"),
    "wm_many_gone": ("इतके गेले", "itke gele", "इतने मरते", "itne marte", "so many died", "so many dying",
                     "इतने गए", "itne gaye"),
    "wm_finished_inside": ("आतून संपलोय", "aatun samploy", "andar se khatam", "अंदर से खत्म", "dead inside",
                           "मी का वाचलो", "mi ka vachlo", "why did i survive", "main kyu bacha", "मैं क्यों बचा"),
    "wm_want_to_go": ("मलाही जायचंय", "malahi jaychay", "mala pan jaychay", "मला पण जायचंय", "जायचंय आता",
                      "jaychay ata", "मुझे भी जाना है", "mujhe bhi jana hai", "ab meri baari", "no point"),
    # (not "डक्ट" alone: it folds onto "धाकटा", a younger brother)
    "wm_shaft": ("lift shaft", "lift ka gaddha", "लिफ्ट के खाली गड्ढे", "लिफ्ट के गड्ढे", "डक्ट उघडा", "duct open",
                 "lift duct", "लिफ्टचा डक्ट", "लिफ्टचं डक्ट"),
    "wm_one_day_in": ("रस्ता सोपा", "rasta sopa", "easy way", "आसान रास्ता", "asaan rasta", "usi me utar",
                      "उसी में उतर", "tithech jain", "तिथेच जाईन", "अगली बार झाँकूँगा नहीं", "अगली बार झांकूंगा नहीं",
                      "agli baar jhankunga nahi", "ek din usi", "ekdivas tithech"),
    "wm_turn_wheel": ("स्टेयरिंग घुमा दूँ", "स्टेयरिंग घुमा दूं", "steering ghuma du", "turn the wheel into",
                      "गाडी सोडून द्यावी", "gaadi sodun dyavi", "समोरून धडक", "samorun dhadak", "धडक द्यावी",
                      "dhadak dyavi", "into the divider", "divider me ghusa", "ट्रक में घुसा दूं"),
    "wm_wont_come": ("ड्युटीला येणार नाही", "dutila yenar nahi", "duty pe nahi aaunga", "ड्यूटी पर नहीं आऊंगा",
                     "won't be coming to duty", "wont come to duty", "येणार नाही", "yenar nahi"),
    "wm_never": ("कधीच नाही", "kadhich nahi", "kabhi nahi", "कभी नहीं", "never again", "ever again"),
    "wm_sorry": ("माफ करा", "maaf kara", "माफ़ करना", "maaf karna", "sorry", "सॉरी"),
    "wm_ampoules": ("ampoule*", "अँप्युल*", "एम्प्यूल*", "midazolam", "मिडाझोलम", "मिडाजोलम"),
    # (not "saline" alone: it folds onto "सळईने", with a rod)
    "wm_drip": ("IV set", "iv line", "ड्रिप", "drip", "सलाईनमध्ये", "salainmadhye", "saline bottle", "सलाईनच्या",
                "syringe", "सिरिंज", "नस में",
                "nas me", "in my vein"),
    "wm_all_run_in": ("सगळी", "sagli", "सारी की सारी", "saari ki saari", "push all", "all of it", "भरली", "bharli", "भर दिया",
                      "bhar diya", "भरून तयार", "bharun tayar", "चढ़ा दी", "chadha di", "चढ़ रहा", "chadh raha",
                      "जो मिला सब"),
    "wm_into_me": ("हाताला", "hatala", "my arm", "नस में", "nas me", "my bag", "खोलीत", "kholit", "in my room",
                   "नींद आ रही", "neend aa rahi", "tonight", "everyone sleeps", "तयार आहे", "tayar ahe"),
    "wm_patient": ("patient", "मरीज", "मरीज़", "पेशंट", "OPD", "ओपीडी", "ward me", "for the patient"),
    "wm_missing": ("गायब", "gayab", "missing", "फोन नहीं उठा", "phone nahi utha", "phone uchalat nahi",
                   "फोन उचलत नाही", "not picking up"),
    "wm_store": ("कपाटातली", "kapatatli", "अलमारी से", "almari se", "cupboard", "stock", "store"),
    "wm_short_or_taken": ("कमी आहे", "kami ahe", "कम है", "kam hai", "missing from", "भर के ले गया", "bhar ke le gaya",
                          "le gaya", "ले गया", "took from"),
    "wm_herbicide": ("तणनाशक*", "tannashak*", "herbicide", "weedicide", "घासनाशक*"),
    "wm_cap_open": ("झाकण उघडलंय", "jhakan ughadlay", "झाकण उघडलं", "ढक्कन खोल", "dhakkan khol", "cap open",
                    "opened the cap", "cap is off"),
    "wm_steam": ("autoclave", "steam", "वाफ", "vaaf"),
    "wm_rubber": ("rubber band", "रबर", "rubber"),
    "wm_hidden_cuts": ("under the gloves", "under my gloves", "under my sleeves", "so nobody notices",
                       "nobody on the ward notices", "ग्लोव्ह्जखाली", "dastane ke neeche"),
    "wm_not_be_here": ("dont want to be here", "don't want to be here", "do not want to be here",
                       "dont wanna be here", "don't wanna be here"),
    "wm_looking_down": ("खाली road दिसतोय", "खाली दिसतोय", "khali distoy", "neeche dikh raha", "नीचे दिख रहा",
                        "looking down", "road दिसतोय"),
    "wm_slap": ("थप्पड़", "thappad", "thapad", "थोबाडीत", "thobadit", "slapped", "slapping"),
    "wm_limb": ("पायाला", "हाताला", "दंडाला", "मांडीला", "pair me", "apne pair", "अपने पैर", "my leg", "my arm"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

WARD_MORGUE_AND_SHAFT: tuple[Combination, ...] = (
    Combination(S, (_g("wm_morgue"), _g("wm_my_turn")), 16, across=True, unless=_g("laugh")),
    Combination(S, (_g("wm_many_gone", "wm_finished_inside"), _g("wm_want_to_go")), 16, across=True),
    Combination(S, (_g("wm_shaft"), _g("wm_one_day_in")), 16, across=True),
    Combination(S, (_g("kg_road"), _g("wm_turn_wheel")), 16, across=True),
    Combination(S, (_g("wm_wont_come"), _g("wm_never"), _g("wm_sorry")), 14, across=True),
    Combination(OD, (_g("wm_ampoules", "wm_drip"), _g("wm_all_run_in"), _g("wm_into_me")), 14, across=True,
                unless=_g("wm_patient"), unless_reach=8),
    Combination(OD, (_g("wm_missing"), _g("wm_ampoules", "pills", "sedatives"), _g("wm_store"),
                     _g("wm_short_or_taken")), 18, across=True),
    Combination(OD, (_g("wm_herbicide", "poison"), _g("wm_cap_open")), 8, across=True),
    Combination(SH, (_g("kg_hot_rod"), _g("kg_heated"), _g("kg_held_to_skin"), _g("wm_limb")), 8),
    Combination(SH, (_g("wm_steam"), _g("on_purpose"), _g("hod_hand", "hand_part", "wm_limb")), 10),
    Combination(SH, (_g("wm_rubber"), _g("bp_over_the_wrist"), _g("strike", "beat_verb", "hod_till_hurt")), 8),
    Combination(SH, (_g("cut"), _g("wm_hidden_cuts")), 12, across=True),
    Combination(SH, (_g("self"), _g("wm_slap"), _g("hod_till_hurt")), 8),
    Combination(S, (_g("wm_not_be_here"),), 0),
    Combination(S, (_g("height"), _g("wm_looking_down"), _g("gv_enough_now")), 12, across=True),
)
